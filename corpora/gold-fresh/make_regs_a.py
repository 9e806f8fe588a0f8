"""Build regs-a.jsonl from hand-written labels (context strings), written by reading each document.
Run from /work/main with .venv/bin/python. Only turns labels into offsets; no extractor is used."""
from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

REL = {"date": None, "precision": "period", "relation": "during", "recurring": False}
BEF = {"date": None, "precision": "day", "relation": "by", "recurring": False}

docs = []

# ---------- 1. Jingning water resources (county regulation, 2021 revision) ----------
d = Doc("fresh-reg-zhejiang-jingning-water-resources-2021",
        "corpus/regulations/zhejiang/景宁畲族自治县水资源管理条例(2021-06-15).txt",
        {"region": "浙江省丽水市景宁畲族自治县", "date": "2021-06-15"})
d.ctx('ORG', '2001年4月12日 [县第五届人民代表大会]第五次会议通过')
d.ctx('ORG', '2001年6月29日 [浙江省第九届人民代表大会常务委员会]第二十七次会议批准')
d.ctx('ORG', '2021年5月28日 [浙江省第十三届人民代表大会常务委员会]第二十九次会议')
d.ctx('DOC_TITLE', '关于批准《[景宁畲族自治县人民代表大会关于修改〈景宁畲族自治县水资源管理条例〉的决定]》修正')
d.ctx('DOC_TITLE', '根据《[中华人民共和国民族区域自治法]》')
d.ctx('DOC_TITLE', '《[中华人民共和国水法]》和有关法律法规')
d.ctx('PRINCIPLE', '应当坚持[统筹规划、综合利用、节水优先、系统治理]的原则')
# 自治县人民政府: every occurrence as a body; not in art. 25, where it only qualifies 工作人员 (body modifying people)
d.every('ORG', '自治县人民政府', 20, exclude=['第二十五条 [自治县人民政府]水行政主管部门或者其他有关管理部门的工作人员'])
d.ctx('ORG', '[乡（镇）人民政府]、街道办事处做好')
d.ctx('ORG', '乡（镇）人民政府、[街道办事处]做好')
d.ctx('ORG', '[村（居）民委员会]协助做好')
d.ctx('ORG', '按照[省人民政府]的规定执行')
d.ctx('DOC_TITLE', '依照《[中华人民共和国治安管理处罚法]》')
docs.append(d)

# ---------- 2. Hebi: Xun county old town protection ----------
d = Doc("fresh-reg-henan-hebi-xunxian-old-town-2020",
        "corpus/regulations/henan/鹤壁市浚县古城保护条例(2020-10-28).txt",
        {"region": "河南省鹤壁市", "date": "2020-10-28"})
d.ctx('ORG', '2020年8月13日 [鹤壁市第十一届人民代表大会常务委员会]第十七次会议通过')
d.ctx('ORG', '2020年9月26日 [河南省第十三届人民代表大会常务委员会]第二十次会议批准')
d.ctx('DOC_TITLE', '根据《[中华人民共和国文物保护法]》')
d.ctx('DOC_TITLE', '《[历史文化名城名镇名村保护条例]》等法律')
d.ctx('PRINCIPLE', '应当遵循[保护优先、科学规划、严格管理、合理利用]的原则')
d.every('ORG', '浚县人民政府', 30)
d.every('ORG', '市人民政府', 4)
d.ctx('ORG', '经[浚县人民代表大会]或者其常务委员会审查同意')
d.ctx('ORG', '经浚县人民代表大会或者其[常务委员会]审查同意')
d.ctx('ORG', '由[市政府]报省政府批准')
d.ctx('ORG', '由市政府报[省政府]批准')
d.ctx('ORG', '报[国务院]住房城乡建设主管部门')
d.ctx('ORG', '主管部门和[国务院]文物主管部门备案')
docs.append(d)

# ---------- 3. Jinan outdoor advertising and shop signs ----------
d = Doc("fresh-reg-shandong-jinan-outdoor-ads-signs-2019",
        "corpus/regulations/shandong/济南市户外广告和牌匾标识管理条例(2019-06-03).txt",
        {"region": "山东省济南市", "date": "2019-06-03"})
d.ctx('ORG', '2019年4月28日 [济南市第十七届人民代表大会常务委员会]第三次会议通过')
d.ctx('ORG', '2019年5月31日 [山东省第十三届人民代表大会常务委员会]第十二次会议批准')
d.ctx('DOC_TITLE', '根据《[中华人民共和国广告法]》')
d.ctx('DOC_TITLE', '《[中华人民共和国城乡规划法]》《城市市容')
d.ctx('DOC_TITLE', '《[城市市容和环境卫生管理条例]》等法律')
d.ctx('ORG', '市、[区（县）人民政府]应当加强')
d.ctx('ORG', '经[区（县）人民政府]同意')
d.ctx('ORG', '及市、[区（县）人民政府]相关网站')
d.every('ORG', '市人民政府', 4)
d.ctx('ORG', '经[市规划委员会]审议')
d.ctx('DOC_TITLE', '已经公布实施的《[济南市户外广告和牌匾标识专项规划]》')
d.ctx('DEADLINE', '自设置之日起[十日内]向户外广告', norm=REL)
d.ctx('DEADLINE', '在活动举办日的[十个工作日前]提交', norm=BEF)
d.ctx('DEADLINE', '自受理之日起[十个工作日内]核发', norm=REL)
d.ctx('DEADLINE', '自受理之日起[五个工作日内]核发临时', norm=REL)
d.ctx('DEADLINE', '自受理之日起[五个工作日内]向申请人', norm=REL)
d.ctx('DEADLINE', '自批准之日起[两日内]传送', norm=REL)
d.ctx('DEADLINE', '应当于期限届满[三十日前]向原审批机关', norm=BEF)
d.ctx('DEADLINE', '许可期限届满之日起[七个工作日内]自行拆除', norm=REL)
docs.append(d)

write_gold('corpora/gold-fresh/regs-a.jsonl', docs)
