import json, hashlib, re, sys
sys.path.insert(0, '/work/main/src')
from policyie.corpora.readers import read_document
SH = '/work/shared/'

def occ(text, s):
    i = text.find(s)
    while i >= 0:
        yield i
        i = text.find(s, i + 1)

DOCS = [
 dict(id='fresh-reg-shandong-qingdao-civilized-behaviour-2016',
      source='corpus/regulations/shandong/青岛市文明行为促进条例(2016-11-26).txt',
      meta={'region': '山东省青岛市', 'date': '2016-11-26'},
      # (label, string, exclude-contexts): every occurrence not overlapping an earlier label
      spec=[
        ('ORG', '青岛市第十五届人民代表大会常务委员会', []),
        ('ORG', '山东省第十二届人民代表大会常务委员会', []),
        ('ORG', '青岛市人民代表大会常务委员会', []),
        ('ORG', '区（市）精神文明建设委员会', []),
        ('ORG', '区（市）人民政府', []),
        ('ORG', '镇人民政府', []),
        ('ORG', '街道办事处', []),
        ('ORG', '村（居）民委员会', []),
      ]),
 dict(id='fresh-reg-shandong-weifang-toxic-pesticides-2020',
      source='corpus/regulations/shandong/潍坊市禁用限用剧毒高毒农药条例(2020-01-15).txt',
      meta={'region': '山东省潍坊市', 'date': '2020-01-15'},
      spec=[
        ('DOC_TITLE', '《》', []),
        ('ORG', '潍坊市第十六届人民代表大会常务委员会', []),
        ('ORG', '山东省第十二届人民代表大会常务委员会', []),
        ('ORG', '潍坊市第十七届人民代表大会常务委员会', []),
        ('ORG', '山东省第十三届人民代表大会常务委员会', []),
        ('ORG', '县（市、区）人民政府', []),
        ('ORG', '市人民政府', []),
        ('ORG', '镇人民政府', ['当地镇人民政府']),
        ('ORG', '街道办事处', ['当地镇人民政府（街道办事处']),
        ('ORG', '村（居）民委员会', []),
      ]),
 dict(id='fresh-reg-henan-luoyang-county-township-road-maintenance-2010',
      source='corpus/regulations/henan/洛阳市县乡公路养护管理条例.txt',
      meta={'region': '河南省洛阳市', 'date': '2010-09-29'},
      spec=[
        ('DOC_TITLE', '《》', []),
        ('ORG', '洛阳市第十一届人大常委会', []),
        ('ORG', '河南省第九届人民代表大会常务委员会', []),
        ('ORG', '洛阳市第十三届人民代表大会常务委员会', []),
        ('ORG', '河南省第十一届人民代表大会常务委员会', []),
        ('ORG', '县（市、区）乡（镇）人民政府', []),
        ('ORG', '乡（镇）人民政府', []),
        ('ORG', '县（市、区）人民政府', []),
        ('ORG', '市人民政府', []),
        ('ORG', '本级人民政府', []),
        ('ORG', '乡（镇）政府', []),
        ('ORG', '村民委员会', []),
        ('ORG', '县级人民政府', []),
        ('PRINCIPLE', '统一领导、行业管理、分级养护', []),
        ('DEADLINE', '每年初', []),
      ]),
]
DL = {'每年初': {'date': '2010-03-31', 'precision': 'quarter', 'relation': 'by', 'recurring': True}}

out = []
for d in DOCS:
    path = SH + d['source']
    text = read_document(path).text
    raw = open(path, 'rb').read()
    ents = []
    def free(s, e):
        return all(e <= x['start'] or s >= x['end'] for x in ents)
    for label, s, excl in d['spec']:
        if s == '《》':
            # outermost 《…》 only (nested 〈〉/<> stay inside)
            for m in re.finditer(r'《([^》]*)》', text):
                ents.append(dict(start=m.start(1), end=m.end(1), label=label, text=m.group(1), normalized=None))
            continue
        n = 0
        for i in occ(text, s):
            e = i + len(s)
            if any(text[j:j + len(c)] == c and j <= i and e <= j + len(c)
                   for c in excl for j in range(max(0, i - len(c)), i + 1)):
                continue
            if not free(i, e):
                continue
            norm = None
            if label == 'PRINCIPLE':
                norm = [p for p in re.split(r'[、，,；]', s) if p]
            if label == 'DEADLINE':
                norm = DL[s]
            ents.append(dict(start=i, end=e, label=label, text=s, normalized=norm))
            n += 1
        if n == 0:
            print('NO MATCH', d['id'], s)
    ents.sort(key=lambda x: x['start'])
    out.append(dict(id=d['id'], source=d['source'], sha256=hashlib.sha256(raw).hexdigest(),
                    meta=d['meta'], entities=ents))
with open('/work/main/corpora/gold-fresh/regs-b.jsonl', 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
