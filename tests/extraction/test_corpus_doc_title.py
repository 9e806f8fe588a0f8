"""DOC_TITLE corpus: the text inside 《》 naming a document or list (guidelines § DOC_TITLE)."""

from __future__ import annotations

from corpus import ANY, assert_corpus, ex, exs, neg

EXAMPLES = [
    # --- the guidelines' own examples -----------------------------------------------
    ex("制定《兴隆县乡镇行政处罚事项清单》。", "兴隆县乡镇行政处罚事项清单", ANY,
       why="《兴隆县乡镇行政处罚事项清单》 → 兴隆县乡镇行政处罚事项清单"),
    # --- constructed by the same rules ----------------------------------------------
    ex("依据《中华人民共和国行政处罚法》实施处罚。", "中华人民共和国行政处罚法", ANY, why="a law"),
    ex("省委办公厅印发《关于深化乡镇和街道改革的实施意见》。", "关于深化乡镇和街道改革的实施意见", ANY,
       why="an opinion"),
    ex("编制《兴隆县“十四五”乡镇发展规划》。", "兴隆县“十四五”乡镇发展规划", ANY, why="a plan"),
    exs("制定《乡镇权责清单》和《公共服务事项目录》。", [("乡镇权责清单", ANY), ("公共服务事项目录", ANY)],
        why="a list and a catalogue"),
    ex("转发《关于印发〈兴隆县深化乡镇改革方案〉的通知》。", "关于印发〈兴隆县深化乡镇改革方案〉的通知", ANY,
       why="nested title (〈〉) stays inside the outer one"),
    ex("转发《关于印发《兴隆县深化乡镇改革方案》的通知》。", "关于印发《兴隆县深化乡镇改革方案》的通知", ANY,
       why="titles nested inside a title stay inside the outer one (no second mention)"),
    ex("印发《中共兴隆县委兴隆县人民政府关于深化乡镇改革的实施意见》。",
       "中共兴隆县委兴隆县人民政府关于深化乡镇改革的实施意见", ANY,
       why="a DOC_TITLE may contain ORG names"),
    # --- corpus: licences and certificates in 《》 (gold-fresh4 regs-p, gold-fresh11 regs_dg,
    # gold-fresh14 regs_ge, gold-fresh15 regs_hh: every labelled one is a DOC_TITLE)
    exs("经营者应当持有《蚕种生产许可证》和《蚕种冷藏许可证》。",
        [("蚕种生产许可证", ANY), ("蚕种冷藏许可证", ANY)], why="licences: 重庆市蚕种管理条例"),
    ex("由市人民政府颁发《上海市荣誉市民证书》。", "上海市荣誉市民证书", ANY, why="a certificate: regs_dg"),
    ex("凭《营业执照》办理。", "营业执照", ANY, why="a licence"),
]

NEGATIVES = [
    neg("原创舞剧《咏春》、电影《长津湖》在全市巡演。", why="only a law, plan, opinion, notice, list or catalogue (not works)"),
    neg("出版《林芝文化丛书》。", why="a book series is no document kind"),
    neg("观看话剧《见证》。", why="a work whose name ends in 证 (no licence)"),
    neg("据《人民日报》报道。", why="only a law, plan, opinion, notice, list or catalogue (not a newspaper)"),
    neg("北京市街道办事处条例", why="settled: title lines without 《》 are not DOC_TITLE"),
    neg("省委办公厅印发关于深化乡镇改革的实施意见。", why="without book-title marks, no DOC_TITLE"),
    neg("根据《兴隆县深化乡镇改革方案要求，做好工作。", why="an unclosed 《: there is no text inside 《》"),
]


def test_doc_title_corpus(pipeline):
    assert_corpus(pipeline, "DOC_TITLE", EXAMPLES, NEGATIVES)
