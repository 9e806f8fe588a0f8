"""Document metadata: dates, titles, issuers, 文号, and the seeds' expected meta.

Value-keyed corpora: each case is (input, expected); one shared assertion runs a whole
corpus and lists every failing case at once.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policyie.corpora.metadata import extract_meta, parse_cn_date
from policyie.paths import SAMPLES_DIR, shared_missing, shared_path
from policyie.records import Document
from corpus_check import check_corpus


# ---------------------------------------------------------------- parse_cn_date

DATE_CASES = [
    ("二〇一八年四月二十八日", "2018-04-28"),
    ("二○一八年四月二十八日", "2018-04-28"),      # ○ (U+25CB) for 〇
    ("二零二零年十二月三十一日", "2020-12-31"),
    ("二〇二〇年十月一日", "2020-10-01"),
    ("二〇二〇年六月", "2020-06"),
    ("2018年4月28日", "2018-04-28"),
    ("2018年04月28日", "2018-04-28"),
    ("2018 年 4 月 28 日", "2018-04-28"),
    ("２０１８年４月２８日", "2018-04-28"),        # full-width digits
    ("2018年4月28", "2018-04-28"),               # 日 lost
    ("2020-04-30", "2020-04-30"),
    ("2020/4/30", "2020-04-30"),
    ("2018.4.28", "2018-04-28"),
    ("2020年6月", "2020-06"),
    ("2020-06", "2020-06"),
    ("2020年", "2020"),
    ("2020年426", "2020-04-26"),                 # 月 lost; only 4-26 is a date
    ("2020年426日", "2020-04-26"),
    ("2020年1226", "2020-12-26"),
    # must give nothing
    ("2020年112", None),                         # 1-12 or 11-2: ambiguous, not guessed
    ("2019年2月30日", None),
    ("2020年13月1日", None),
    ("2018-4-28-1", None),
    ("2018.4.28日", None),
    ("四月二十八日", None),                        # no year
    ("1850年", None),
    ("第2018号", None),
    ("", None),
]


def test_parse_cn_date_corpus():
    check_corpus(DATE_CASES, parse_cn_date)


# ---------------------------------------------------------------- extract_meta on small texts

def meta(text: str, doc_id: str = "doc", source: str = ""):
    return extract_meta(Document(doc_id=doc_id, text=text, source=source))


NOTICE = """兴政字〔2020〕7号

中共兴隆县委
兴隆县人民政府
关于印发《兴隆县深化乡镇改革方案》的通知

各乡镇党委、政府：
《兴隆县深化乡镇改革方案》已经县委常委会研究通过，现印发给你们。

中共兴隆县委
兴隆县人民政府
2020年4月26日

兴隆县深化乡镇改革方案
为深入贯彻落实中央、省委关于构建简约高效基层管理体制的决策部署，根据《关于深化乡镇和街道改革的实施意见》（冀办字〔2020〕5号），制定本方案。
"""

META_CASES = [
    # (text, field, expected)
    ((NOTICE, "title"), "兴隆县深化乡镇改革方案"),
    ((NOTICE, "doc_no"), "兴政字〔2020〕7号"),
    ((NOTICE, "issuers"), ("中共兴隆县委", "兴隆县人民政府")),
    ((NOTICE, "date"), "2020-04-26"),
    ((NOTICE, "date_source"), "落款"),
    ((NOTICE.replace("兴政字〔2020〕7号", "兴政字〔20207"), "doc_no"), None),   # damaged: not guessed
    ((NOTICE.replace("兴政字〔2020〕7号", "兴政字〔2020〕7"), "doc_no"), None),  # 号 lost
    ((NOTICE.replace("兴政字〔2020〕7号\n", ""), "doc_no"), None),  # the cited 冀办字 is not its own
    ((NOTICE.replace("2020年4月26日", "二〇二〇年四月二十六日"), "date"), "2020-04-26"),
    # the 落款 beats the web page's 发布时间
    (("发布时间: 2020-04-30\n" + NOTICE, "date"), "2020-04-26"),
    (("发布时间: 2020-04-30\n关于做好防汛工作的通知\n各乡镇：\n请做好防汛工作。\n", "date"), "2020-04-30"),
    (("发布时间: 2020-04-30\n关于做好防汛工作的通知\n各乡镇：\n请做好防汛工作。\n", "date_source"), "发布时间"),
    (("成文日期: | 2018-04-28 |\n关于做好防汛工作的通知\n请做好防汛工作。\n", "date_source"), "成文日期"),
    # a page title next to the site's section name taken from the breadcrumbs
    (("您当前的位置: 首页 > 行政体制改革\n行政体制改革\n关于做好防汛工作的通知\n请做好。\n", "title"),
     "关于做好防汛工作的通知"),
    (("蓬天涯 蓬天涯\n关注数: 41 粉丝数: 39\n" + "很长的一段帖子正文，" * 20, "title"), None),
    (("【提纲】一、改革探索。" + "坚持机构优化设置，突出乡镇主责主业。" * 10, "title"), None),
    (("县政府办公室关于印发《甲方案》和《乙办法》的通知\n正文。", "title"), "甲方案"),
    (("关于印发《关于<推进改革>的实施方案》的通知\n正文。", "title"), "关于<推进改革>的实施方案"),
    # a task table's 完成时间 is not a publication date; a feed's bare 时间 label is
    (("关于做好工作的通知\n任务分工表 完成时间：2018年6月\n", "date"), None),
    (("(转) 时间:2019-07-11 来源:编办 正文", "date"), "2019-07-11"),
]


def test_extract_meta_corpus():
    check_corpus(META_CASES, lambda given: getattr(meta(given[0]), given[1]),
                 describe=lambda given: f"{given[1]} of {given[0][:30]!r}…")


REGULATION = """浙江省街道人大工作条例

2019年11月29日 浙江省第十三届人民代表大会常务委员会第十五次会议通过


第一章  总则

第一条 为了加强和规范街道人大工作，结合本省实际，制定本条例。
"""

AMENDED = """南阳市白河水系水环境保护条例

2016年10月28日 南阳市第五届人民代表大会常务委员会第二十二次会议通过

2017年3月30日 河南省第十二届人民代表大会常务委员会第二十七次会议批准根据2018年10月30日南阳市第六届人民代表大会常务委员会第七次会议《关于修改〈南阳市白河水系水环境保护条例〉的决定》修正

第一条 为了保护白河水系水环境，制定本条例。
"""


def test_regulation_meta():
    m = meta(REGULATION, doc_id="浙江省街道人大工作条例(2019-11-29)")
    assert (m.title, m.date, m.date_source) == ("浙江省街道人大工作条例", "2019-11-29", "题注")
    assert m.issuers == ("浙江省人民代表大会常务委员会",)
    assert (m.region.province, m.region.city) == ("浙江省", None)
    amended = meta(AMENDED)
    assert (amended.date, amended.date_source) == ("2018-10-30", "题注")   # the latest amendment
    # adopted by the city, approved by the province (the amending body is the city again)
    assert amended.issuers == ("南阳市人民代表大会常务委员会", "河南省人民代表大会常务委员会")
    assert (amended.region.province, amended.region.city) == ("河南省", "南阳市")


def test_filename_date_is_the_last_resort():
    no_tizhu = "上海市产品质量条例\n\n\n第一章　总则\n\n第一条 为了明确产品质量责任，制定本条例。\n"
    m = meta(no_tizhu, doc_id="上海市产品质量条例(2012-04-19)",
             source="/x/regulations/shanghai/上海市产品质量条例(2012-04-19).txt")
    assert (m.date, m.date_source) == ("2012-04-19", "filename")
    assert meta(no_tizhu, doc_id="上海市产品质量条例").date is None
    assert meta(REGULATION, doc_id="浙江省街道人大工作条例(2000-01-01)").date == "2019-11-29"


def test_entry_into_force_dates_a_text_nothing_else_dates():
    """上海市住房公积金管理若干规定 has no 题注 and no date in its file name: its entry into
    force is the one year left for 每年八月 (gold-fresh6); a 题注 or a file name still wins."""
    text = "上海市住房公积金管理若干规定\n\n第一条 为了加强管理，制定本规定。\n第二十三条 本规定自2006年1月1日起施行。\n"
    m = meta(text, doc_id="上海市住房公积金管理若干规定")
    assert (m.date, m.date_source) == ("2006-01-01", "施行")
    m = meta(text, doc_id="上海市住房公积金管理若干规定(2010-05-01)",
             source="/x/regulations/shanghai/上海市住房公积金管理若干规定(2010-05-01).txt")
    assert (m.date, m.date_source) == ("2010-05-01", "filename")


# ---------------------------------------------------------------- the seeds (in the repo)

SEEDS = {   # stem: (title, date, date_source, region name, issuers, doc_no)
    "xinglong-2020-township-reform-plan": (
        "兴隆县深化乡镇改革方案", "2020-04-26", "落款", "河北省承德市兴隆县",
        ("中共兴隆县委", "兴隆县人民政府"), None),       # its 文号 line "字〔20207" is damaged
    "lingwu-2018-township-service-plan": (
        "关于进一步加强乡镇政府服务能力建设实施方案", "2018-04-28", "落款", "宁夏回族自治区银川市灵武市",
        ("中共灵武市委办公室", "灵武市人民政府办公室"), None),
    "city-2020-township-reform-report": (None, "2020", "filename", "", (), None),
    "xixian-2020-street-town-reform": (
        "西咸新区探索街镇综合管理改革", "2020", "filename", "陕西省西咸新区", ("西咸新区党工委组织部",), None),
    "shandong-2019-reform-news-reposts": (None, "2019-07-15", "发布时间", "山东省", (), None),
}


def seed_meta(stem: str) -> tuple:
    path = SAMPLES_DIR / f"{stem}.txt"
    m = extract_meta(Document(doc_id=stem, text=path.read_text(encoding="utf-8"), source=str(path)))
    return (m.title, m.date, m.date_source, m.region.name, m.issuers, m.doc_no)


def test_seed_meta():
    check_corpus(list(SEEDS.items()), seed_meta)


def test_seed_meta_without_source_path():
    # The date fallback reads the doc_id too, so a reader that leaves source empty still works.
    stem = "city-2020-township-reform-report"
    text = (SAMPLES_DIR / f"{stem}.txt").read_text(encoding="utf-8")
    assert extract_meta(Document(doc_id=stem, text=text)).date == "2020"


# ---------------------------------------------------------------- shared corpora

def _shared_dir(*parts: str) -> Path:
    path = shared_path(*parts)
    if path is None:
        pytest.skip(shared_missing(*parts))
    return path


FOLDER_PROVINCE = {"beijing": "北京市", "chongqing": "重庆市", "guangdong": "广东省", "henan": "河南省",
                   "shandong": "山东省", "shanghai": "上海市", "zhejiang": "浙江省"}

REGULATIONS = [
    "zhejiang/浙江省街道人大工作条例(2019-11-29)",
    "zhejiang/景宁畲族自治县城市管理条例(2015-06-08)",
    "henan/安阳市城市管理综合执法条例(2017-06-26)",
    "shanghai/上海市街道办事处条例(2018-05-24)",
    "beijing/北京市专利保护和促进条例",
    "chongqing/彭水苗族土家族自治县旅游条例(2019-04-19)",
    "guangdong/东莞市文明行为促进条例(2023-02-23)",
    "guangdong/广东省乡村振兴促进条例(2022-06-01)",
    "shandong/青岛市专利保护规定(2011-11-25)",
    "shandong/山东省乡镇人民代表大会工作若干规定(2015-12-03)",
]


@pytest.mark.shared
def test_regulations_meta():
    folder = _shared_dir("corpus", "regulations")

    def observed(stem: str) -> tuple:
        path = folder / f"{stem}.txt"
        m = extract_meta(Document(doc_id=path.stem, text=path.read_text(encoding="utf-8"), source=str(path)))
        date_ok = m.date is not None and m.date_source in ("题注", "filename")
        return (m.title, m.region.province, date_ok)

    def expected(stem: str) -> tuple:
        folder_name, name = stem.split("/")
        return (re.sub(r"\(\d{4}-\d\d-\d\d\)$", "", name), FOLDER_PROVINCE[folder_name], True)

    check_corpus([(s, expected(s)) for s in REGULATIONS], observed)
