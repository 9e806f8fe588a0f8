"""Turn hand-written anchors for 遂宁.txt into offsets (labels decided by reading).

Each anchor is (left context, mention, right context, label, normalized); the
concatenation must occur exactly once in the text.  Labels were chosen by hand;
this script only locates them and writes the JSON line.
"""
import hashlib, json, sys
sys.path.insert(0, '/work/main')
from policyie.corpora.readers import read_document

SHARED = '/work/shared/'
SOURCE = 'corpus/gov-reports-2024/txt/遂宁.txt'
path = SHARED + SOURCE
text = read_document(path).text
raw = open(path, 'rb').read()
assert text == raw.decode('utf-8')

def ic(v, unit, **kw):
    d = {"value": v, "unit": unit}
    d.update(kw)
    return d

O, I, T = 'ORG', 'ITEM_COUNT', 'DOC_TITLE'
A = [
    # opening
    ('我代表', '市人民政府', '，向大会报告工作', O, None),
    ('在', '省委', '、省政府和市委的坚强领导下，在市人大', O, None),
    ('在省委、', '省政府', '和市委的坚强领导下，在市人大', O, None),
    ('在省委、省政府和', '市委', '的坚强领导下，在市人大', O, None),
    ('在', '市人大', '、市政协的监督支持下', O, None),
    ('在市人大、', '市政协', '的监督支持下', O, None),
    # 2023 review
    ('新建重症医学等', '17个', '医疗专科联盟', I, ic(17, '个')),
    ('实现', '65项', '医学影像检查', I, ic(65, '项')),
    ('出台支持“商业外摆”', '18条', '，打造夜晚经济区', I, ic(18, '条')),
    ('', '32件', '重点民生实事全面完成', I, ic(32, '件')),
    ('新改建', '15所', '公办学校', I, ic(15, '所')),
    ('落实医保服务', '十六项', '便民措施', I, ic(16, '项')),
    ('坚持过“紧日子”', '11条', '措施', I, ic(11, '条')),
    ('修订《', '遂宁市重大行政决策程序规定', '》', T, None),
    ('推动制定《', '遂宁市集中式饮用水水源保护条例', '》', T, None),
    ('正式施行《', '遂宁市城市生活垃圾分类管理条例', '》', T, None),
    ('》《', '遂宁市城区农贸市场管理条例', '》', T, None),
    ('一年来，', '市政府', '主动接受人大法定监督', O, None),
    ('支持', '工会', '、共青团、妇联', O, None),
    ('支持工会、', '共青团', '、妇联', O, None),
    ('支持工会、共青团、', '妇联', '、科协', O, None),
    ('妇联、', '科协', '、工商联、残联', O, None),
    ('科协、', '工商联', '、残联、侨联', O, None),
    ('工商联、', '残联', '、侨联', O, None),
    ('残联、', '侨联', '、红十字', O, None),
    # thanks
    ('得益于党中央', '国务院', '、省委省政府', O, None),
    ('党中央国务院、', '省委', '省政府和市委', O, None),
    ('党中央国务院、省委', '省政府', '和市委', O, None),
    ('党中央国务院、省委省政府和', '市委', '的坚强领导', O, None),
    ('得益于', '市人大', '、市政协和社会各界', O, None),
    ('得益于市人大、', '市政协', '和社会各界', O, None),
    ('在此，我代表', '市人民政府', '，向全市人民', O, None),
    ('各民主党派、', '工商联', '、无党派人士', O, None),
    # 2024 plan
    ('全面落实习近平总书记来川视察重要指示精神，按照', '省委', '、省政府和市委决策部署', O, None),
    ('按照省委、', '省政府', '和市委决策部署', O, None),
    ('按照省委、省政府和', '市委', '决策部署', O, None),
    ('新兴产业扩量增效', '三大', '行动', I, ic(3, '大')),
    ('组建', '农业技术专家服务团', '，强化农业技术指导推广', O, None),
    ('推动制定《', '遂宁市城区机动车公共停车场管理条例', '》', T, None),
    # closing
    ('为核心的党中央周围，在', '省委', '、省政府和市委的坚强领导下', O, None),
    ('为核心的党中央周围，在省委、', '省政府', '和市委的坚强领导下', O, None),
    ('为核心的党中央周围，在省委、省政府和', '市委', '的坚强领导下', O, None),
]

ents = []
for left, m, right, label, norm in A:
    key = left + m + right
    n = text.count(key)
    assert n == 1, (key, n)
    s = text.index(key) + len(left)
    e = s + len(m)
    assert text[s:e] == m
    ents.append({"start": s, "end": e, "label": label, "text": m, "normalized": norm})
ents.sort(key=lambda x: x['start'])
for a, b in zip(ents, ents[1:]):
    assert a['end'] <= b['start'], (a, b)

rec = {
    "id": "fresh-report-2024-suining",
    "source": SOURCE,
    "sha256": hashlib.sha256(raw).hexdigest(),
    "meta": {"region": "四川省遂宁市", "date": "2024"},
    "entities": ents,
}
out = '/work/main/corpora/gold-fresh/report-d.jsonl'
with open(out, 'w', encoding='utf-8') as f:
    f.write(json.dumps(rec, ensure_ascii=False) + '\n')
from collections import Counter
print(len(ents), Counter(e['label'] for e in ents))
