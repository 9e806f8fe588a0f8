"""Build regs-f.jsonl from hand-written labels (context anchors), decided by reading the document.
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used."""
import hashlib, json, re
from collections import Counter
from policyie.corpora.readers import read_document

SHARED = '/work/shared/'
OUT = 'corpora/gold-fresh2/regs-f.jsonl'
LABELS = {'ORG', 'STAFFING', 'ITEM_COUNT', 'DEADLINE', 'PRINCIPLE', 'DOC_NO', 'DOC_TITLE'}

def principle(s):
    return [p for p in re.split(r'[、，,；;]', s) if p]

class Doc:
    def __init__(self, id, source, meta):
        self.id, self.source, self.meta = id, source, meta
        self.text = read_document(SHARED + source).text
        self.ents = []
    def ctx(self, label, pattern, n=1, norm=None):
        """pattern 'left[mention]right'; must occur exactly n times."""
        l, rest = pattern.split('[', 1); m, r = rest.split(']', 1)
        hits = [k.start() for k in re.finditer(re.escape(l + m + r), self.text)]
        assert len(hits) == n, (self.id, pattern, len(hits))
        for h in hits:
            s = h + len(l); self.add(label, s, s + len(m), norm)
    def every(self, label, mention, n, exclude=(), norm=None):
        """every occurrence of mention except those inside an excluded context 'left[mention]right'."""
        bad = set()
        for pattern in exclude:
            l, rest = pattern.split('[', 1); m, r = rest.split(']', 1)
            for k in re.finditer(re.escape(l + m + r), self.text):
                bad.add(k.start() + len(l))
        hits = [k.start() for k in re.finditer(re.escape(mention), self.text) if k.start() not in bad]
        assert len(hits) == n, (self.id, mention, len(hits))
        for h in hits: self.add(label, h, h + len(mention), norm)
    def add(self, label, s, e, norm):
        assert label in LABELS, label
        if label == 'PRINCIPLE' and norm is None: norm = principle(self.text[s:e])
        self.ents.append({"start": s, "end": e, "label": label, "text": self.text[s:e], "normalized": norm})
    def record(self):
        self.ents.sort(key=lambda x: (x['start'], x['end']))
        for a, b in zip(self.ents, self.ents[1:]):
            assert a['end'] <= b['start'], (self.id, a, b)
        for x in self.ents:
            assert self.text[x['start']:x['end']] == x['text']
        sha = hashlib.sha256(open(SHARED + self.source, 'rb').read()).hexdigest()
        return {"id": self.id, "source": self.source, "sha256": sha, "meta": self.meta, "entities": self.ents}

d = Doc("fresh2-reg-shandong-qingdao-price-2018",
        "corpus/regulations/shandong/青岛市价格条例(2018-11-30).txt",
        {"region": "山东省青岛市", "date": "2018-11-30"})

# ---- header: adoption / approval / promulgation / revision lines ----
d.ctx('ORG', '2013年11月1日 [青岛市第十五届人民代表大会常务委员会]第十四次会议通过')
d.ctx('ORG', '2013年11月29日 [山东省第十二届人民代表大会常务委员会]第五次会议批准')
d.ctx('ORG', '2013年11月29日 [青岛市人民代表大会常务委员会]公告公布')
d.ctx('ORG', '根据2018年9月7日[青岛市第十六届人民代表大会常务委员会]第十一次会议《')
# one title; the nested 〈…〉 stays inside, 等十九件 inside a title is not ITEM_COUNT
d.ctx('DOC_TITLE', '第十一次会议《[关于修改〈青岛市环境噪声管理规定〉等十九件地方性法规的决定]》修正')

# ---- bodies: shared ending 市、区（市）人民政府 -> only the complete name ----
d.every('ORG', '区（市）人民政府', 7)
for p in ['第三条 市、[区（市）人民政府]应当将价格调控工作',
          '第四条 市、[区（市）人民政府]价格主管部门负责',
          '由市、[区（市）人民政府]按照定价目录',
          '第十七条 市、[区（市）人民政府]可以设立价格调节基金',
          '（五）市、[区（市）人民政府]确定的其他事项',
          '第十八条 市、[区（市）人民政府]应当建立',
          '降幅较大时，市、[区（市）人民政府]可以采取']:
    l, rest = p.split('[', 1); m, r = rest.split(']', 1)
    assert d.text.count(l + m + r) == 1, p   # every one of the 7 checked in context
d.ctx('ORG', '管理的具体办法由[市人民政府]制定')
d.ctx('ORG', '可能显著上涨,[市人民政府]实施限定差价率')
assert d.text.count('市人民政府') == 2

# ---- PRINCIPLE: content the text calls 原则 ----
d.ctx('PRINCIPLE', '遵循[公平、合法和诚实信用]原则，自主制定')
d.ctx('PRINCIPLE', '价格听证应当遵循[公开、公平、公正、效率]的原则')
d.ctx('PRINCIPLE', '中介机构提供有偿服务应当遵循[合法、自愿有偿、委托人付费]的原则')

# ---- STAFFING ----
d.ctx('STAFFING', '（一）执法人员[不得少于两人]；',
      norm={"min": 2, "max": None, "unit": "人", "approx": False})

rec = d.record()
with open(OUT, 'w', encoding='utf-8') as f:
    f.write(json.dumps(rec, ensure_ascii=False) + '\n')
c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 13, 'PRINCIPLE': 3, 'DOC_TITLE': 1, 'STAFFING': 1}), c
print(d.id, dict(c), len(d.ents))
