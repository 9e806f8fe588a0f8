"""ORG: specific institutions (机构、单位), found from their head word leftwards.

A body's name ends in a word that names a kind of body (局, 办公室, 委员会, 中心, 队,
所, 人民政府 …).  From each such head the extractor walks left over the words jieba
gives for the stretch before it, keeping words that can be part of a name (nouns,
place names, level words like 县/乡镇/中共, and the verbal nouns found in body names
such as 执法/服务/管理) and stopping at verbs, function words and punctuation.  Vague
bodies (各乡镇, 有关部门, 上级政府), generic heads (部门/单位/机构/机关), bare 党委/政府,
bodies named only to refer to people (市委书记) and look-alikes (格局, 干部, 场所) give
nothing.

>>> from policyie.records import Document
>>> from policyie.extraction.context import Context
>>> text = "组建乡镇综合行政执法队，牵头单位:编办、法制办；各乡镇党委"
>>> [m.text for m in extract(Context(Document("d", text)))]
['乡镇综合行政执法队', '编办', '法制办']
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Iterator

from policyie.extraction.context import Context
from policyie.extraction.intervals import Occupancy
from policyie.extraction.words import WordSegmenter
from policyie.records import Mention

LABEL = "ORG"

# Cadre schools are bodies (guidelines v1.2), though 学院 alone names a college, a facility.
_CADRE_SCHOOLS = ("干部学院", "行政学院", "社会主义学院")
# Head words, longest first (the regex alternation takes the first that matches).
_GENERIC_HEADS = [
    "人民代表大会常务委员会", "人民代表大会", "人大常委会", "监察委员会", "工作委员会", "委员会", "领导小组", "工作小组",
    "办公室", "办公厅", "人民政府", "政府", "党工委", "党委", "党组", "常委会", "管委会", "居委会", "村委会",
    "业委会", "监委会", "主席团", "办事处", "人民法院", "法院", "人民检察院", "检察院", "国务院", "科学院",
    "研究室", "督查室", "服务中心", "中心", "大队", "中队", "支队", "总队", "工作队", "分局", "分行", "支行",
    "派出所", "服务站", "工作站", "管理站", "文化站", "推广站", "体育站", "总工会", "工会", "共产主义青年团", "共青团", "团委", "妇联", "残联", "侨联", "文联", "科协",
    "工商联", "社科联", "贸促会", "作协", "行署", "红十字会", "联合会", "协会", "商会", "理事会", "基金会", "研究会", "党校", "党支部", "支部", "党小组",
    # customs houses and border checkpoints are bodies (防城海关, 东兴出入境边防检查站; gold-fresh17)
    *_CADRE_SCHOOLS, "海关", "边防检查站",
    "纪委", "监委", "人大", "政协", "小组", "专门委员会",
    "局", "厅", "办", "委", "部", "处", "科", "股", "所", "队", "组",
]
# 中心 names a body only after a word for a service or function (便民服务中心, 综治中心,
# 指挥中心); 体育中心, 会展中心, 区域中心 are places or metaphors.
_CENTRE_OK = re.compile(
    r"(服务|指挥|治理|综治|管理|执法|监测|调度|信息|数据|政务|便民|为民|交易|培训|救助|应急|检测|检验|研究"
    r"|控制|保障|调解|协调|评估|鉴定|仲裁|维权|受理|审批|结算|征收|登记|统计|网络|党群|服务站|疾控)$"
)
# Single-character heads that also end ordinary words: the word before must name a
# function (办事处, 财务处, 公安厅, 财务股) for them to name a body.
_CHU_OK = re.compile(r"(办事|管理|事务|工作|财务|人事|秘书|督查|法规|综合|行政|审批|执法|保卫|政策|规划|协调|计划|组织|宣传|法制|信访|督察|稽查|监察)$")
_PART_WORDS = {"颈部", "胸部", "腹部", "头部", "背部", "腰部", "腿部", "足部", "内部", "外部", "局部", "全部",
               "北部", "南部", "东部", "西部", "深部", "浅部", "底部", "顶部", "上部", "下部", "合部"}  # 城乡结合部
_BAD_TING = {"站厅", "营业厅", "服务厅", "大厅", "展厅", "客厅", "餐厅", "门厅", "前厅", "舞厅", "歌厅", "省厅", "音乐厅", "方厅"}
_ADVERB_L = re.compile(r"^(充分|积极|大力|全面|切实|不断|进一步|认真|努力|坚决|深入|着力|加快|持续|扎实|有效|统筹)")
# Adverbs of manner that go with the governing verb after them (常态化运行, 实体化运行, 全面提升)
_MANNER = re.compile(r"(?:常态|制度|规范|实体|长效|实战)化|" + _ADVERB_L.pattern[1:])
# Verbs that govern an object: at the left edge they are not part of the name
# (建设|市体育中心, 推进|乡镇综治中心).
_GOVERNING = {"建设", "推进", "促进", "发展", "保障", "保护", "统筹", "深化", "改革", "规范", "联系", "指导", "管理",
              "服务", "监督", "支持", "培育", "打造", "完成", "建强", "创建", "设立", "整合", "优化", "提升", "加强",
              "做强", "做大", "做优", "布局", "运行"}
# Heads that name a body only with a level or place before them (bare 政府/党委 are vague).
_NEEDS_PREFIX = {"政府", "人民政府", "党委", "党组", "人大", "政协", "人民代表大会", "人民代表大会常务委员会", "人大常委会", "委员会", "办公室", "中心",
                 "服务中心", "小组", "领导小组", "工作小组", "大队", "中队", "支队", "总队", "工作队", "分局",
                 "分行", "支行", "服务站", "工作站", "办事处", "常委会", "支部", "研究室", "督查室",
                 "工作委员会", "监察委员会", "人民法院", "法院", "人民检察院", "检察院", "研究院", "科学院",
                 "理事会", "基金会", "研究会", "协会", "商会", "联合会", "专门委员会", "党工委", "办公厅",
                 "干部学院", "海关", "边防检查站",
                 "局", "厅", "办", "委", "部", "处", "科", "股", "所", "站", "队", "组"}
# Words ending in a head character that are not bodies.
_NOT_BODY = {
    "村组",  # 村民小组 as a class (推动村组建设…; gold-fresh16, -17)
    "格局", "大局", "布局", "全局", "开局", "结局", "时局", "变局", "新局", "当局", "饭局", "邮局", "赌局", "骗局",
    "干部", "全部", "内部", "外部", "局部", "东部", "西部", "南部", "北部", "中部", "总部", "腹部", "头部", "底部",
    "顶部", "俱乐部", "细部", "基层干部", "大操大办",
    "场所", "住所", "处所", "厕所", "诊所", "托儿所", "事务所", "律师事务所", "交易所", "会计师事务所",
    # stock exchanges by their short names (交易所 is a market, not a body); 部委, the
    # ministries and commissions as a class (国家部委, 中央部委), names none
    "深交所", "上交所", "北交所", "部委",
    "网站", "车站", "站点", "加油站", "充电站", "公交站", "联络站", "代表联络站", "水站", "监测站", "气象站",
    "团队", "排队", "梯队", "带队", "领队", "球队", "车队", "船队", "部队", "组队", "插队", "站队",
    "医院", "学院", "卫生院", "敬老院", "养老院", "福利院", "剧院", "影院", "庭院", "寺院", "书院", "大院", "设计院",
    "大厅", "客厅", "餐厅", "展厅", "门厅", "服务大厅", "政务大厅",
    "举办", "主办", "承办", "创办", "兴办", "开办", "督办", "交办", "代办", "包办", "帮办", "领办", "协办", "合办",
    "查办", "试办", "首办", "专办", "快办", "好办", "网办", "掌办", "通办", "一网通办", "难办", "去办", "要办",
    "常委", "主委", "编委", "中委", "两委", "中心组", "联组", "省部", "怎么办", "咋办", "照办", "不办", "入口处", "出口处", "交界处", "地处", "身处", "所处", "正处", "地处于", "入局", "破局", "出局", "军队", "院所", "科研院所", "高校院所", "大所",  # 与大院大所合作: universities and institutes at large (gold-fresh19)
     "基站", "全科", "公办", "民办", "站所", "事办", "下办", "上办", "会办", "困局", "研究院",
    "之处", "好处", "到处", "处处", "深处", "住处", "用处", "难处", "益处", "长处", "短处", "坏处", "出处",
    "别处", "各处", "一处", "此处", "多处", "两处", "相处", "共处", "何处", "惩处", "判处", "论处",
    "学科", "专科", "本科", "理科", "文科", "工科", "牙科", "内科", "外科", "儿科", "妇科",
    "屁股", "炒股", "重组", "改组", "分组", "编组", "机组", "班组", "词组",
    "核心", "重心", "市中心", "为中心", "同心", "信心", "爱心", "决心", "用心", "初心",
    "社会", "机会", "例会", "都会", "晚会", "集会", "约会", "聚会", "学会", "体会", "领会", "误会",
}
# Words before the name that make the body vague (各乡镇党委, 有关部门, 上级政府).
_VAGUE = {"两级", "三级", "四级", "五级", "全市", "全县", "全省", "全区", "全镇", "全乡", "每个", "每一个", "每", "各", "有关", "相关", "上级", "下级", "同级", "各级", "县直", "市直", "区直", "职能", "所在", "属地",
          "其他", "其它", "该", "各类", "各个", "所属", "各有关", "各相关", "县级以上", "这些", "此类", "有关的",
          "驻外", "当地", "外国", "境外"}
# 所在/当地/各 opening a coordination locates or quantifies every member of it (regs-l,
# regs-aa, batch-c): 所在乡（镇）人民政府和村民委员会, 所在单位、当地公安派出所、街道办事处和
# 居（村）民委员会, 各市、县（市、区）人大常委会 name no one body.
_LIST_OPENER = re.compile(r"(?:所在|当地)[^，。；：,;:\n、和及与或]{0,12}$|各(?:省|市|县|区|乡|镇|自治州|自治县)$")
# the words that join the members of a coordination (also read by the people rule in extract())
_LIST_JOINER = re.compile(r"、|和|及|与|或者|或")
_LIST_END = re.compile(rf"(?:{_LIST_JOINER.pattern})$")
_LIST_REACH = 96


def _in_located_list(v: str, s: int) -> bool:
    """Whether the name at ``s`` is a later member of a coordination opened by 所在/当地/各.

    >>> _in_located_list("由其户口所在乡（镇）人民政府和村民委员会负责", 15)
    True
    >>> _in_located_list("由乡（镇）人民政府和村民委员会负责", 10)
    False
    """
    lo = max(0, s - _LIST_REACH)  # a bounded look-back: a run without punctuation stays linear
    b = max(v.rfind(c, lo, s) for c in "，。；：,;:\n") + 1
    seg = v[max(b, lo):s]
    m = _LIST_END.search(seg)
    if not m:
        return False
    pieces = _LIST_JOINER.split(seg[:m.start()])
    return (bool(_LIST_OPENER.search(pieces[0]))
            and all(len(x) <= 15 and "的" not in x for x in pieces[1:]))


# One-character alternatives written inside a word: 居（村）民委员会, 村（居）民委员会.
_ALT_CHARS = frozenset("居村乡镇街社")
# Words after the name that make it refer to a person or post (市委书记, 妇联主席).
_PERSON = re.compile(
    r"(?:副?书记|委员(?!会)|常委(?!会)|副?主任(?!会议(?!成员))|副?主席(?!团)|常务主席|执行主席|副?部长|副?局长|副?所长|副?站长|副?队长|副?院长|副?检察长|副?庭长|审判员|检察员|副?组长"
    r"|副职|正职|组织员|专干|专员|副?秘书长|副?厅长|副?处长|副?科长|副?县长|副?市长|副?镇长|副?乡长|成员|领导(?=[，,。；;、）)\s]|人员|干部|班子|职数|同志|职务|成员|担任|兼任|出席|参加|视察|调研|批示|讲话|带队|莅临|$)|负责人|负责同志|干部|工作人员|主要负责|班子成员|组成人员|代表(?!大会|联络|工作|资格|职工)|机关(?!事务)"
    # an accountant or paid staff of the body (村民委员会、村民小组的会计; …财会人员; …补贴人员)
    r"|会计(?!年度|制度|核算|准则|师|账|凭证|资料|档案|工作|机构|科|报表|监督|委派)|出纳|(?:财会|财务|补贴|专职|兼职)人员)"
)
# What may stand between a body and the person word that makes it name people: 的, a
# qualifier, a generic part of the body (部门, 工作机构).
# (乡镇人民政府、街道办事处法治机构工作人员 / 动物防疫工作人员: the bodies' staff, gold-fresh15)
_PERSON_VIA = re.compile(r"(?:全体|有关|相关|主要|各位|各)?(?:[\u4e00-\u9fff]{0,6}?(?:部门|工作机构|办事机构)"
                         # a field of two to four characters before 工作人员, no conjunction or
                         # verb (本级人民政府及基层国家工作人员, …应当发挥城建工作人员 name two parties)
                         r"|(?:(?![的及和与或并以其应当国])[\u4e00-\u9fff]){2,4}(?=工作人员))?"
                         r"(?:(?:主管|分管)[\u4e00-\u9fff]{1,4}?的)?的?(?:相关|有关|主要)?")  # …主管财务的负责人
# Word tags (jieba dictionary) that can be part of a name.
# (i: an idiom jieba keeps whole inside a name, 精神文明 | 建设 | 指导 | 委员会)
_NAME_TAGS = {"z", "n", "nr", "nrt", "ns", "nt", "nz", "ng", "vn", "an", "j", "b", "l", "zg", "nrfg", "s", "i"}
# Level and place words that open a name.
_LEVEL = {"省", "市", "县", "区", "乡", "镇", "乡镇", "街道", "村", "社区", "中共", "自治区", "州", "盟", "旗", "本级",
          "本", "辖区", "全国", "中央", "省级", "市级", "县级", "区级", "乡级", "镇级", "国家", "街镇", "镇街", "新区", "设区"}
# Verbs found inside body names (综合行政执法队, 综合指挥和信息化网络中心, 社会治安综合治理中心).
_NAME_VERBS = {"执法", "指挥", "督查", "监察", "巡察", "调解", "保障", "救助", "维稳", "协调", "治理", "发展", "改革",
               "保护", "办事", "领导", "审计", "应急", "监管", "服务", "管理", "审批", "信访", "便民", "为民", "动员",
               "监督", "统筹", "深化", "建设", "规划", "调查", "评估", "考核", "宣传", "培训", "登记", "征收", "执行",
               "督导", "联络", "指导", "综合", "安置", "救援", "防治", "稽查", "检查", "检验", "检测", "研究", "推进",
               "促进", "招商", "投资", "交易", "认证", "鉴定", "仲裁", "复议", "接待", "咨询", "转化", "孵化",
               "对接", "联系", "配置", "保洁", "绿化", "环卫", "消防", "防汛", "抗旱", "扶贫", "帮扶", "统计", "预警",
               "保卫", "保密", "机要", "编制", "组织", "社区", "建", "管", "治", "工作", "巡回", "巡视", "专项", "联合",
               "选举", "教育", "运行", "预防", "控制", "合作", "劳动", "审查", "殡葬"}
# Words that never start or continue a name even if tagged as nouns.
_STOP = {"单位", "部门", "机关", "力量", "队伍", "人员", "以及", "等", "等等", "方面", "职责",
         "的", "和", "与", "及", "或", "并", "由", "向", "对", "为", "在", "将", "把", "从", "经", "同", "请", "报",
         "要", "会同", "联合", "牵头", "配合", "负责", "设立", "设置", "组建", "成立", "建立", "整合", "依托",
         "所有", "全体", "现有", "其中", "以下", "下列", "每个", "各自", "原", "新", "现", "不", "未", "已", "均", "都", "也", "还", "即", "仍",
         "主要", "具体", "分别", "统一", "共同", "单独", "直接", "归口", "一个", "两个", "一", "以", "按", "按照",
         "大会", "会议", "每个", "每一个", "评议", "听取", "要求", "邀请", "通知", "报告", "转嫁", "任务", "配置",
         "规范", "保障", "联系", "办理", "高标准", "书记", "第一书记", "我", "我们", "地处", "身处", "所处", "所在地", "充分发挥", "发挥", "主任", "体系", "完成", "圆满完成", "大力支持",
         "支持", "暨", "我谨代表", "谨代表", "党中央", "可", "能", "辖区内", "区域内", "行政区域内",
         "本行政区域内", "列席", "出席", "主持", "召集", "选举", "任命", "辞去", "担任"}
_NAME_WORDS = {"平安", "法治", "文明", "和谐", "智慧", "数字", "网格", "便民", "党群", "特定"}
# Verbs and function words that jieba may glue to the start of a name (由羊口 | 镇政府).
_LEAD_WORDS = (
    "由|交由|报请|报|代表|向|经|对|从|在|与|将|把|请|及其|推进|加快|建立健全|建立|主持|召集|邀请|通知|列席|会同"
    "|协助|配合|依托|组建|设立|成立|负责|支持|推动|落实|完善|加强|深化|统筹|整合|通过|按照|根据|委托|授权|提请"
    "|提交|报送|送|给|为|让|使|被|是|指导|督促|要求|明确|确定|赋予|下放|移交|承担|开展|实行|实施|所|之"
    "|组织|选举产生|产生|报经|印发|书面报告|报告|是指|指|抓实|新建|投用|紧紧围绕|围绕|锚定|汇总整理|汇总|整理"
    "|认真执行|严格执行|执行|获批|促进|宣传|建议|关键在于|对标|选举|研究|做实|贯彻落实|贯彻"
).split("|")
# longest first: the trim ends at a word boundary, and 对 tried before 对标 stopped inside
# the word (对|标国务院 kept 对标国务院)
_LEAD_TRIM = re.compile("(?:" + "|".join(sorted(_LEAD_WORDS, key=len, reverse=True)) + ")+")
# Heads of government and party bodies need a level or place in front (县政府, 乡镇党委);
# 基层政府, 法治政府, 层级政府 are not bodies.
_LEVEL_HEADS = {"政府", "人民政府", "党委", "党组", "人大", "政协", "人民代表大会", "党工委", "纪委", "监委"}
# (上一级 + body is one body, guidelines v1.2: 上一级人民政府; 下一级 and 上级 stay vague)
_LEVEL_END = re.compile(r"(?:[省市县区乡镇村州盟旗]|街道|社区|本级|上一级|县级|市级|省级|区级|乡级|镇级|新区|街镇|镇街|自治县|自治州|自治区|中共|[)）]|[乡镇县区市]的|届)$")
# 第十二届, 十三届, 八届 (一届 alone is left to the prefix: 上一届, 新的一届)
_ORDINAL_TERM = re.compile(r"(?:第[一二三四五六七八九十百\d]+|[二三四五六七八九十百\d][一二三四五六七八九十百\d]*)届$")
# A definite term before a body: 本届, 上届, 下一届, 新一届, 该届.
_TERM_PREFIX = re.compile(r"(?<![每各])(?:上一|下一|新一|新的一|上|下|该|本)届")
# Characters of a verb or preposition that jieba glues to a level word as one unknown word
# (指市 | 人民政府, 报交市 | 人民政府, 受省 | 人民政府, 先由市 | 人大常委会).
_GLUE_CHARS = set("由向报给将把对从与经在指交受先送按于依照据请为或等及和获至以到就")
_LEVEL_CHARS = "省市县区乡镇"
# Word tags that can stand left of a level word inside a name: a place (承德 | 市), an
# abbreviation (冀), or a word the dictionary lacks (羊口 | 镇).
_PLACE_TAGS = {"ns", "j", "?"}
# Characters of pronouns, copulas and verbs that no place name is made of.
_NOT_PLACE_CHARS = set("这那是于对标为把被将从向由经获执严促宣议指要让使在和与及或等")
# Kinds of town that stand before a level word in a name (试点镇党委, 重点镇人民政府).
_TOWN_KINDS = {"试点", "重点", "中心", "特色", "示范", "建制", "经济发达"}
# Trading centres and data centres are markets and facilities (often companies), and trade
# associations a class of bodies; none is labelled ORG in any labelled set (0 of 28).
_MARKET_OR_TRADE = re.compile(r"(?:交易中心|交易所|交所|数据中心|(?:行业|产业|商会?)(?:商)?协会|商会"
                              # labs and facilities, never labelled in 168 documents (27 times read
                              # as bodies): 工程技术研究中心, 临床医学研究中心, 检验检测中心, 区域性养老
                              # 服务中心, 综合文化站; a policy research centre (发展研究中心) is a body
                              r"|(?<!发展)(?<!政策)研究中心|检测中心|养老服务中心|文化站)$")
# What the text calls a name, right after it or after the list it closes: a platform, a
# venue, a (red) resource, a project (市域社会治理指挥中心、城市运行管理中心等平台, 八路军
# 办事处、毛泽民故居…等红色资源, 金融投资服务中心项目建设).
# (a list ends in 等 before the word: in 公共法律服务中心、非诉服务中心和…“一站式”平台 the
# platform is the list's last item; 中共满洲省委旧址纪念馆 names the body whose site it was).
# (a member with a predicate ends the list: 村民委员会、村集体经济组织应当通过村务公开栏、广播电视
# 等载体 names bodies, then the carriers they use; gold-fresh15)
_CLASSED_AFTER = re.compile(r"(?:、(?:(?!应当|可以|必须|通过|负责)[^，,。；;：:、]){1,24}){0,8}?等[^，,。；;：:、]{0,4}?"
                            r"(?:平台|阵地|资源|载体|项目)|(?:平台|阵地|载体|项目)")
# A kind of body, not one body: a model or type before it (“枫桥式”公安派出所, 区域型养老
# 服务中心), or a count after it (成立业主委员会2522个).
_KIND_BEFORE = re.compile(r"[式型]”?$")
# (the count ends the phrase: 省政府三个“一号工程” counts the projects, 全国工商联万家民营企业
# the firms)
_COUNTED_AFTER = re.compile(r"(?:[0-9０-９]+|[一二三四五六七八九十两][一二三四五六七八九十百千万两]*)(?:个|家|所|支|处)"
                            r"(?=[，,。；;、）)]|$)")
# A body located by context rather than named: by the person's residence (暂住地公安派出所),
# or, before the name, by where something is (所在地的居民委员会, 举行地的区公安局).
_RESIDENCE_WORDS = r"(?:暂住|经常居住|居住|户籍|住所)地"
_RESIDENCE = re.compile(_RESIDENCE_WORDS)
_LOCATED_BEFORE = re.compile(rf"(?:所在地的|所在的|所在地|所在(?:[省市县区乡镇]、)+|当地的|当地|沿线的?|(?:举行|发生)地的?|{_RESIDENCE_WORDS}的?)$")
_HEALTH_FACILITY = re.compile(r"卫生(?:服务)?(?:中心|站|院|室)$")
# Names with a body's head that are places, platforms, firms or things (gold-fresh12): a
# custodial 所 is a facility (看守所, regs-t; 犬类留检所), a researchers' 工作站 a platform (院士
# （专家）工作站), a bank other than the central bank's branches a company (四川银行巴中分行;
# 中国人民银行寿光市支行 stays a body), and 组 after a machine a set of parts (电池组, 动车组).
# (博士后科研工作站 too, gold-fresh19)
_NOT_A_BODY_KIND = re.compile(r"(?:留检|看守|拘留|收容|戒毒|留置)所$|(?:院士|专家|博士后?)(?:[（(][^（）()]{1,6}[)）])?(?:科研|创新)?工作站$"
                              r"|^(?:(?!人民银行).)*银行(?:.{0,10}(?:分行|支行))?$|(?:电池|动车|机|模|节目|栏目|摄制)组$"
                              # a part of the body, 人体肺部 (gold-fresh13), like 腹部 and 头部 in _NOT_BODY
                              r"|(?:肺|胸|脑|颈|腰|面|背|心|胃|肝|肾)部$"
                              # an organ of a 合作社, an economic entity (guidelines), as a board is:
                              # 村经济合作社管理委员会 (gold-fresh14)
                              r"|合作社"
                              # a state bank's branch under its short name is a company like the others
                              # (农行绵阳科技支行), and a funeral home's service station a facility
                              # (殡仪服务站, as the labelled regulations read 殡仪馆; gold-fresh16)
                              r"|^[农工建中交招]行.{0,10}(?:分行|支行)$|殡仪(?:服务)?(?:站|馆)$"
                              # the customs houses of the region, a class (本市海关; gold-unseen)
                              r"|^本[省市区县]海关$")
# (荣立, 荣获, 获评: an honour won, 临涣派出所荣立公安部集体一等功 names 公安部, gold-fresh15)
_CUT_VERBS = re.compile(r"列席|出席|主持|召集|选举|提请|报请|任命|辞去|担任|要求|配置|听取|评议|邀请|通知|设立|成立|组建|建设|负责|支持|获批"
                        r"|荣立|荣获|获评|荣膺"
                        r"|创成"  # 市疾控中心创成三甲疾控中心: a rank won (gold-fresh17)
                        r"|获(?!嘉)")  # 试点经验获文旅部推广: an approval won names 文旅部 (not 获嘉县; gold-fresh18)
# An honour's title after the verb that awards it (荣获“全国模范人民调解委员会”称号)
_HONOUR_BEFORE = re.compile(r"(?:获评|荣获|被评为|评为)“?$")
_HONOUR_WORD = re.compile(r"模范|先进|优秀|示范|标兵")
_HARD = set("，,。；;：:、！？!?“”\"《》<>〈〉【】[]\n\r\t 　|·…—")
_WINDOW = 24

_HEADS_RE: re.Pattern[str] | None = None
# A congress of a named level before 及其 (市人大及其常委会, 全国人民代表大会及其常务委员会).
_LEVELLED_CONGRESS = re.compile(r"(?<![各同本])(?:[省市县区州]|全国|自治区|自治州|自治县)(?:人大|人民代表大会)及其$")
# Congress and government heads: a word before them is a level or a place, never a verb
# (选举委员会 is a name; 报告人大常委会 is a verb and its object).
_CONGRESS_GOV = {"政府", "人民政府", "人大", "人民代表大会", "人民代表大会常务委员会", "人大常委会", "常委会", "政协"}
_TASK_HEAD = re.compile(r"(?:小组|指挥部|办公室|专班)$")
_PREP_CHARS = set("由向报给将把对从与经在至到")
# Level words that open a name: nothing to their left is part of it.
_AND_STOPPERS = {"本级", "本", "辖区", "中共", "中国共产党"}
# Words that can stand left of 和 inside one name (自然资源和规划局, 综合指挥和信息化网络中心).
_AND_LEFT = {"自然资源", "人力资源", "住房", "治安", "社会治安", "卫生", "文化", "旅游", "体育", "科技", "信息化", "工业",
             "商务", "广播电视", "新闻出版", "城乡", "生态环境", "资源", "交通运输", "农业农村", "水利", "应急", "民族",
             "宗教", "社区建设", "教育", "科学技术", "发展", "改革", "指挥", "建设", "经济", "信息", "规划", "安全"}
# Left of 所 as a pronoun or particle: 职责所需, 本条例所称, 前款所列 (所 is then no head).
_SUO_NOT_HEAD = set("需称列辖属在有得谓以用致述示涉指要能占")


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """Whole body names from the domain dictionary (编办, 农牧局, 政法委 …): bodies by themselves."""
    text = resources.files("policyie.extraction").joinpath("resources", "domain_dict.txt").read_text("utf-8")
    return frozenset(p[0] for p in (ln.split() for ln in text.splitlines()) if len(p) > 2 and p[2] == "nt")


def _heads_re() -> re.Pattern[str]:
    global _HEADS_RE
    if _HEADS_RE is None:
        heads = sorted(set(_GENERIC_HEADS) | _known_names(), key=len, reverse=True)
        # a lookahead finds a head at every position, overlapping ones included:
        # 市委办公室 holds both 市委办 (a known short name) and 办公室
        _HEADS_RE = re.compile("(?=(" + "|".join(map(re.escape, heads)) + "))")
    return _HEADS_RE


def _name_like(word: str, tag: str) -> bool:
    if word in _STOP or word in _VAGUE:
        return False
    if word in _LEVEL or word in _NAME_VERBS or word in _NAME_WORDS or word in _known_names():
        return True
    if not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return False
    if tag == "?":
        return len(word) <= 4
    if tag == "vn":
        return False  # verbal nouns only from the whitelist above (评价, 推动 are not name parts)
    if tag in ("l", "i", "z") and _ADVERB_L.match(word):
        return False  # 充分发挥, 积极推进: idioms that are verb phrases
    return tag in _NAME_TAGS


def _ends_with_head(s: str) -> bool:
    ends = any(m.end(1) == len(s) for m in _heads_re().finditer(s))
    return ends and s not in _NOT_BODY and s[-2:] not in _NOT_BODY


class OrgExtractor:
    """Finds ORG mentions; owns its ``WordSegmenter`` (and so its jieba tokenizer)."""

    def __init__(self, words: WordSegmenter | None = None) -> None:
        self.words = words or WordSegmenter()

    def extract(self, ctx: Context) -> Iterator[Mention]:
        v = ctx.view.text
        kept = self._kept(v)
        dropped: set[int] = set()
        # A coordination (A、B和C) followed by a person or post word refers to people:
        # 省委、省政府领导, 党建工作办公室、综合行政执法队主要负责人.
        chain: list[int] = []
        for i, (s, e, _) in enumerate(kept):
            if chain and kept[chain[-1]][1] < s and _LIST_JOINER.fullmatch(v, kept[chain[-1]][1], s):
                chain.append(i)
            else:
                chain = [i]
            # also across 的, a qualifier or a generic part of the body (市人民检察院的负责人,
            # 常务委员会全体组成人员, 市人民政府财政等部门的相关负责人), but X的领导 is
            # leadership (加强对乡镇党委、政府的领导), not leaders
            q = _PERSON_VIA.match(v, e)
            p = q.end() if q else e
            if _PERSON.match(v, p) and not (p > e and v[p - 1] == "的" and v.startswith("领导", p)):
                dropped.update(chain)
        dropped.update(i for i, (s, _, _) in enumerate(kept) if _in_located_list(v, s))
        # kept candidates do not overlap, so at most one ends at a given position
        by_end = {k[1]: k for k in kept if k[2] != "org.coordinated"}
        for i, (s, e, src) in enumerate(kept):
            if i in dropped:
                continue
            if src == "org.coordinated":
                # bare 政府 only right after 乡镇党委、 (a shared prefix not repeated)
                prev = by_end.get(s - 1) if v[s - 1:s] and v[s - 1] in "、和及与" else None
                if prev is None or not any(ch in v[prev[0]:prev[1]] for ch in "省市县区乡镇街村"):
                    continue
            start, end = ctx.view.span(s, e)
            yield Mention(LABEL, start, end, ctx.text[start:end], None, src)

    def _kept(self, v: str) -> list[tuple[int, int, str]]:
        # for each end position only the longest head decides (基层党委 is judged as 党委,
        # not as 委; 人民法院 as 人民法院, not 法院)
        longest: dict[int, tuple[int, int]] = {}
        for hm in _heads_re().finditer(v):
            hs, he = hm.start(1), hm.end(1)
            if he not in longest or hs < longest[he][0]:
                longest[he] = (hs, he)
        cands: list[tuple[int, int, str]] = []
        for hs, he in longest.values():
            c = self._candidate(v, hs, he)
            if c:
                cands.append(c)
        # longest first; drop candidates inside or across an accepted one
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        kept: list[tuple[int, int, str]] = []
        taken = Occupancy(len(v))
        for c in cands:
            if taken.free(c[0], c[1]):
                taken.take(c[0], c[1])
                kept.append(c)
        kept.sort()
        return kept

    @staticmethod
    def _opens_with_level(v: str, start: int, words: list) -> bool:
        """Whether the name so far opens with a level word (市 | 人民政府, 市委, 省人民政府)."""
        if start >= len(v) or v[start] not in _LEVEL_CHARS:
            return False
        w = next((w for w in words if w.start == start), None)
        # 市 | 人民政府, or a body word that opens with the level (市政府, 市委); not 市场, 区域
        return w is not None and (w.text in _LEVEL or w.text in _known_names() or w.pos == "nt"
                                  or (w.pos in ("n", "j") and len(w.text) <= 4 and _ends_with_head(w.text)))

    def _place_like(self, w, v: str, start: int, words: list) -> bool:  # noqa: ANN001 - a Word
        """A word that can stand left of the level word at ``start`` in a name: a place
        (灵武 | 市委, 银川 | 市委党校: a region with that level), a level, a term, or a
        noun that qualifies a bare level word (试点 | 镇 | 党委, 中心 | 镇)."""
        if w.pos == "?" and any(ch in _NOT_PLACE_CHARS for ch in w.text):
            return False  # 这是 | 省委, 对标 | 省委: an unknown word made of function words is no place
        if (w.pos in _PLACE_TAGS or w.text in _LEVEL or w.text in _AND_STOPPERS
                or bool(_ORDINAL_TERM.fullmatch(w.text)) or self._is_region(w.text)):
            return True
        if w.text in _TOWN_KINDS:
            return True
        from policyie.corpora.regions import lookup  # the region table, loaded once

        return bool(lookup(w.text + v[start]))

    def _is_region(self, core: str) -> bool:
        """True when ``core`` ends with a place name jieba knows (兴隆 in 兴隆县委 is caught by 县)."""
        last = None
        for w in self.words.words(core):
            last = w
        return bool(last and last.pos == "ns")

    def _candidate(self, v: str, hs: int, he: int) -> tuple[int, int, str] | None:
        head = v[hs:he]
        if v[he:he + 2] in ("机构", "单位", "部门", "机关") and v[he + 2:he + 4] not in ("改革", "设置", "编制", "职能", "人员"):
            return None  # 社会保险经办 | 机构: the head word only qualifies a generic one
        if head == "部" and v[max(0, hs - 1):he] in _PART_WORDS:
            return None  # 颈部, 内部, 全部, 北部: 部 inside a word
        if head.endswith("部") and v[he:he + 1] == "门":
            return None  # 环境保护部 | 门: jieba splits 部门, a generic head
        if head == "所" and hs > 0 and v[hs - 1] in "之其有时":  # 其所编制的, 民有所呼, 订立合同时所: a particle
            return None  # 民之所盼, 心之所向: 之所 is a particle
        if he < len(v) and ((head == "所" and v[he] in _SUO_NOT_HEAD)
                             or (head in ("处", "办") and (v[he].isdigit() or v[he] in "一二三四五六七八九十百以警罚理丧"))):
            return None
        if head.endswith("联合会") and v[he:he + 1] and v[he] in "审商签诊":
            return None  # 组织联合|会审, 联合|会商: 会审/会商 is a verb, not the head 联合会
        ws = hs
        depth = 0  # inside a parenthesis group (县（市、区）人民政府) 、 does not end the window
        while ws > 0 and hs - ws < _WINDOW:
            ch = v[ws - 1]
            if ch in ")）":
                depth += 1
            elif ch in "(（":
                if depth == 0:
                    break
                depth -= 1
            elif ch in _HARD and depth == 0:
                break
            ws -= 1
        # look a few characters past the head: it must end on a word boundary
        # (处 in 行政处罚, 队 in 执法队伍, 办 in 办理 are not heads)
        we = he
        while we < len(v) and we - he < 4 and v[we] not in _HARD:
            we += 1
        words = list(self.words.words(v[ws:we], ws))
        if not any(w.end == he for w in words):
            # jieba glued the head to the next word (督查室要): accept a long head when
            # the glued word is unknown to the dictionary
            straddle = next((w for w in words if w.start < he < w.end), None)
            glued_ok = straddle is not None and straddle.end == he + 1 and v[he] in "共已将在要和等为与及也均还都并则即"
            # 市政协提案382件: jieba has 政协提案 as a word; the congress before its proposals is named
            # (every labelled report takes 市政协 there, none a bare 政协; gold-fresh18)
            proposal = straddle is not None and straddle.start == hs and straddle.text == head + "提案"
            if not proposal and (straddle is None or straddle.pos != "?" or (he - hs < 2 and not glued_ok)):
                return None
            words = [w for w in words if w.end <= hs] + [type(straddle)(v[hs:he], hs, he, "n")]
        words = [w for w in words if w.end <= he]
        # the words covering the head: a word straddling the head's start must be a body word
        i = len(words) - 1
        while i >= 0 and words[i].start > hs:
            i -= 1
        if i < 0:
            return None
        first = words[i]
        if first.start < hs:
            if first.text in _NOT_BODY or (first.pos.startswith(("v", "a", "d", "m", "p", "r", "t")) and first.text not in _known_names()):
                return None
            if v[first.start:he] in _NOT_BODY:
                return None
        if v[max(0, he - 2):he] in _NOT_BODY or v[max(0, he - 3):he] in _NOT_BODY:
            if v[max(0, he - 3):he] not in _known_names() and head not in _CADRE_SCHOOLS:  # 行政学院, not 学院
                return None
        elif head in _NOT_BODY and head not in _known_names() and head not in ("处", "科", "股", "组", "小组", "中心", "委员会"):
            pass
        if first.start == hs and len(head) == 1 and first.end == he and first.pos[:1] in ("c", "u", "p", "d", "v", "r"):
            return None  # 所 as a particle (资金所占), 办 as a verb: not a head
        start = first.start
        j = i - 1
        vague = False
        while j >= 0:
            w = words[j]
            if w.text == ")" or w.text == "）":
                # an alternative inside the name: 村(居)民委员会, 乡镇(街道)党(工)委
                k = j - 1
                while k >= 0 and words[k].text not in ("(", "（"):
                    k -= 1
                inner = v[words[k].end:w.start] if k >= 0 else ""
                if k >= 0 and 0 < len(inner) <= 6 and not _ends_with_head(inner) and start - w.end == 0:
                    # 居（村）民委员会: a one-character alternative inside a word (居民 / 村民)
                    one = len(inner) == 1 and k - 1 >= 0 and len(words[k - 1].text) == 1 and words[k - 1].text in _ALT_CHARS
                    if one:
                        start = words[k - 1].start
                        j = k - 2
                        continue
                    if k - 1 >= 0 and _name_like(words[k - 1].text, words[k - 1].pos):
                        start = words[k].start
                        j = k - 1
                        continue
                break
            if w.text in _VAGUE or (w.text[0] == "各" and len(w.text) <= 3):
                vague = True
                break
            if w.text == "和" and j - 1 >= 0 and _name_like(words[j - 1].text, words[j - 1].pos):
                left = words[j - 1].text
                if left in _AND_LEFT and v[start] not in "省市县区乡镇村" and v[start:he] not in _known_names():
                    start = words[j - 1].start
                    j -= 2
                    continue
                break
            if w.text == "的" and j - 1 >= 0 and words[j - 1].text.endswith("党") and "委员会" in v[start:he]:
                # 本街道党的工作委员会, 党的支部委员会: the party's committee keeps 党的
                start = words[j - 1].start
                j -= 2
                continue
            if (w.text == "的" and j - 1 >= 0 and words[j - 1].text in ("乡", "镇", "乡镇", "民族乡", "县", "区", "市", "街道",
                                                                     "直辖市", "自治区", "自治州", "自治县", "省")
                    and v[start:he] in ("人民政府", "人民代表大会", "人民代表大会主席团")):
                # 乡、民族乡、镇的人民政府: the shared ending keeps its 的 (镇的人民政府)
                start = words[j - 1].start
                break
            if w.text == "的" and j - 1 >= 0 and words[j - 1].text == "设区" and v[start:start + 1] == "市":
                start = words[j - 1].start
                j -= 2
                continue
            if _ORDINAL_TERM.fullmatch(w.text):
                start = w.start
                j -= 1
                continue
            if w.pos == "?" and len(w.text) > 1 and w.text[0] in "日月年号":
                start = w.start + 1  # 5月1日市人民政府: the date's last character glued to the level
                break
            if (w.pos == "?" and len(w.text) > 1 and w.text[-1] in _LEVEL_CHARS
                    and (all(c in _GLUE_CHARS for c in w.text[:-1]) or w.text[-2] in _PREP_CHARS)):
                # 指市 | 人民政府, 先由市 | 人大常委会, 路面由乡 |（镇）人民政府: the level word alone
                start = w.end - 1
                break
            if len(w.text) == 2 and w.text[0] in "和及与或" and w.text[1] in _LEVEL_CHARS + "村":
                # 市和县人民政府 (jieba reads 市 | 和县): a shared ending after 和, like 市、县人民
                # 政府, names only the last level (v1.1 shared endings); after any other word
                # (负责人和县…人民政府, 街道办事处及村民委员会) 和 coordinates two names
                start = w.end - 1
                break
            if w.pos == "?" and len(w.text) > 1 and w.text[-1] in "获受":
                break  # 拓展区获 | 省政府批复: a verb glued to the word before the name
            if (w.pos == "?" and len(w.text) > 1 and w.text[0] in _PREP_CHARS
                    and not any(ch in _NOT_PLACE_CHARS for ch in w.text[1:])):
                start = w.start + 1  # 由市 | 人民政府: the preposition is glued to the level word
                break
            if self._opens_with_level(v, start, words) and not self._place_like(w, v, start, words):
                break  # 执行 | 市 | 人民代表大会, 单个项目 | 市政府: before a level word only a place
            if (w.text[-1] in _PREP_CHARS and len(w.text) > 1 and w.text not in _known_names()
                    and not (w.text[-1] == "经" and w.pos.startswith("n"))):
                break  # 须报 | 街道办事处, 议案由 | 主席团 (but 财经 | 综合服务中心 is a noun)
            if w.text == "届" and j - 1 >= 0:
                # 河南省第十二届人民代表大会常务委员会: the term stays in the name
                k = j - 1
                while k >= 0 and words[k].end > words[j].start - 5 and not _ORDINAL_TERM.search(v[words[k].start:w.end]):
                    k -= 1
                if k >= 0 and _ORDINAL_TERM.search(v[words[k].start:w.end]):
                    start = words[k].start
                    j = k - 1
                    continue
            if (_LEAD_TRIM.fullmatch(w.text) and w.text not in _known_names() and v[start:he] in _CONGRESS_GOV
                    and len(w.text) > 1):
                break  # 书面报告 | 人大常委会: no verb is a congress's or a government's prefix
            if (_LEAD_TRIM.fullmatch(w.text) and w.text not in _known_names()
                    and v[start:he] not in _NEEDS_PREFIX and len(v[start:he]) >= 4 and not _TASK_HEAD.search(head)):
                # 国家机关委托 | 人民调解委员会: a governing verb before a whole name ends it (a
                # task force is named by its task: 县委深化机构改革领导小组 keeps its verb)
                break
            if w.text == "审查" and not head.endswith(("委员会", "小组")):
                break  # 听取和审查 | 主席团工作报告: 审查 names only a committee (议案审查委员会)
            if not _name_like(w.text, w.pos):
                break
            # a complete body before a new level word is a coordination: 县委县政府
            if _ends_with_head(v[w.start:start]) and (v[start] in "省市县区乡镇" or v[start:he] in ("政府", "党委", "人大", "政协")):
                break
            if w.text in _AND_STOPPERS:
                start = w.start
                break  # 本级人民政府, 中共兴隆县委: nothing before these belongs to the name
            start = w.start
            j -= 1
        if vague:
            return None
        # drop governing verbs at the left edge: 建设|市体育中心, with an adverb of manner before
        # one (常态化|运行|国土空间规划委员会, gold-fresh19)
        while True:
            lw = next((w for w in words if w.start == start), None)
            manner = _MANNER.match(v, start, hs)
            if manner:  # (the segmenter cuts 常态|化|运行: read on the characters)
                nw = next((w for w in words if w.start == manner.end()), None)
                if nw is not None and nw.text in _GOVERNING and nw.end < hs:
                    lw = nw
            if lw is None or lw.text not in _GOVERNING or lw.end >= hs:
                break
            start = lw.end
        if head == "中心" and v[start:he] not in _known_names() and not _CENTRE_OK.search(v[start:hs]):
            return None
        if head == "办" and (v[he:he + 2] in ("实事", "民生", "好事") or v[start - 1:start] == "“" and v[start:he] not in _known_names()):
            return None  # 15件市办民生实事 (a matter the city runs), “盐诚办”: a service's brand (gold-fresh18)
        if head in ("办", "处") and hs > 0 and (v[hs - 1] in "可能要好社来去快难易网么照查惩简速综就代帮多盯天滥先常一二三四五六七八九十"
                                               or (v[hs - 1] == "经" and v[hs - 2:hs] != "财经")):  # 医保经办, not 财经办
            return None  # 亮码可办, 合作社办, 怎么办, 依法查处: 办/处 as verbs
        if head == "处" and not _CHU_OK.search(v[start:hs]):
            return None  # 入口处, 交界处: a place, not a division
        if head == "厅" and (v[max(0, hs - 2):he] in _BAD_TING or v[max(0, hs - 1):he] in _BAD_TING):
            return None
        if head in ("股", "科", "队") and len(v[start:hs]) < 2:  # 改股, 学科, 归队, 入队
            return None
        if head in ("科", "股") and not re.search(r"(?:院|局|委|办|处|中心|所|厅)", v[start:hs]):
            # 联泓新科, 日照国家农科园, 魏桥国科研究院: 科 abbreviates 科技 in company and park
            # names (none of the 5 predicted in the labelled sets was a body); a section is 医院|肿瘤科
            return None
        if head == "局" and hs > 0 and v[hs - 1] in "终格布大结开饭骗僵败残当":  # 终局, 大局, 当局
            return None
        tm = _LEAD_TRIM.match(v, start, hs)
        # trim only at a word boundary (经 is a preposition, 经济 is not), and never down to a
        # bare head unless the head is a whole known name (建立健全|乡镇政府)
        bounds = {w.start for w in words}
        while tm and tm.end() > start and tm.end() not in bounds:
            tm = _LEAD_TRIM.match(v, start, tm.end() - 1)
        if tm and tm.end() > start and (tm.end() < hs or (tm.end() == hs and len(head) >= 2 and (head in _known_names() or (head not in _NEEDS_PREFIX and head not in _LEVEL_HEADS)))):
            if v[start:tm.end()] in ("所",) and v[start:he] in _known_names():
                pass
            else:
                start = tm.end()
        if start > 0 and v[start - 1] in "各每":
            return None
        if _RESIDENCE.match(v, start, hs):
            return None  # 暂住地公安派出所: a body located by the person's residence, like 所在地
        if _LOCATED_BEFORE.search(v[max(0, start - 6):start]):
            return None  # 所在地的居民委员会: a body located by context, like 属地
        tm = _TERM_PREFIX.search(v, max(0, start - 4), start)
        if tm and tm.end() == start:
            start = tm.start()  # 上一届村民委员会, 下届人民代表大会: the term is part of the name
        pm = re.search(r"(?:上一级|本单位)$", v[max(0, start - 3):start])
        if pm:  # 上一级人民政府, 本单位工会: a definite body (every labelled set keeps the prefix)
            start -= 3
        elif v.startswith("市", start) and v[max(0, start - 4):start] == "地级以上":
            start -= 4  # 地级以上市人民政府: one tier of cities, like 设区的市 (gold-fresh15 regs_hg)
        name = v[start:he]
        if name in _NOT_BODY or len(name) > 30:
            return None
        if _HEALTH_FACILITY.search(name):
            return None  # 社区卫生服务中心, 镇卫生院: facilities (guidelines: 乡镇卫生院, 卫生室)
        if _NOT_A_BODY_KIND.search(name):
            return None
        if re.match(r"巷|大街|街(?!道)|路(?![径线])", v[he:he + 2]) and len(v[start:hs]) <= 2:
            return None  # 户部巷: a street named after an old body (gold-fresh13)
        if _MARKET_OR_TRADE.search(name):
            return None  # 股权交易中心, 数据中心, 行业协会: markets, facilities and trade associations
        if _CLASSED_AFTER.match(v, he) or _KIND_BEFORE.search(v, max(0, start - 2), start) or _COUNTED_AFTER.match(v, he):
            return None  # …等平台, 纪念馆, “枫桥式”派出所, 业主委员会2522个: not one body
        if re.match(r"(国铁|国网|中铁|中建|中交|中石化|中石油|中国移动|中国联通|中国电信|国家电网|中国铁路)", name):
            return None  # state-owned enterprises are companies, not ORG
        if head in ("人大", "人民代表大会") and re.search(r"每届(?:[乡镇县市区、]|民族乡)*$", v[max(0, start - 10):start]):
            return None  # 每届乡、民族乡、镇人民代表大会第一次会议: each term's session (notes: 每届 a quantifier)
        if v[start:hs] in ("我", "我们", "本", "该"):
            return None  # 我厅, 我局: a pronoun, not a name
        if _HONOUR_BEFORE.search(v, max(0, start - 4), start) and _HONOUR_WORD.search(name):
            return None  # 荣获“全国模范人民调解委员会”称号: an honour's title, not a body (gold-fresh15)
        core = v[start:hs]
        if head in ("人大", "人民代表大会") and re.search(r"(街道|社区|村)$", core):
            return None  # 街道人大: streets and villages have no people's congress
        if head in ("常务委员会", "委员会", "常委会") and core in ("", "常务") and v[max(0, start - 2):start] == "及其":
            if not _LEVELLED_CONGRESS.search(v, max(0, start - 16), start):
                return None  # 人大及其常委会, 各级人民代表大会及其常务委员会: generic
            return (start, he, "org.short_form")  # 市人大及其常委会: that congress's own committee
        cut = None
        # a verbal noun right after a noun is part of the name (乡村规划|建设|监督管理办公室,
        # 市社区|建设|工作领导小组), not a verb governing it (加快|建设|乡镇综治中心)
        in_name = {w.start for k, w in enumerate(words)
                   if w.pos == "vn" and k > 0 and (words[k - 1].pos.startswith("n") or words[k - 1].pos == "i")
                   and words[k - 1].start >= start}
        ends = {w.end for w in words}
        for cm in _CUT_VERBS.finditer(v, start, hs):
            # a verb only where a word ends with it (合理配置|街道办事处); 建设 in 城乡|建设厅 is
            # inside a name word
            if cm.start() not in in_name and cm.end() in ends:
                cut = cm
        if cut is not None:
            start = cut.end()  # 负责人列席|主席团, 合理配置|街道办事处
            core = v[start:hs]
        if v[start:start + 1] in "处座" and re.search(r"[\d一二三四五六七八九十百千万]$", v[max(0, start - 1):start]):
            return None  # 新建500处社区（村）养老服务站: sites counted, not a body (gold-fresh18)
        if core.startswith("所在"):
            return None  # 所在区人民政府: as vague as 有关 (regs_ar, regs_cc, gold-fresh18)
        if head == "海关" and core and not (self._is_region(core) or core[-1] in _LEVEL_CHARS or core in _known_names()):
            return None  # 智慧海关 (a project), not 防城海关 / 南宁海关 (gold-fresh18)
        if (head in _LEVEL_HEADS and core and not _LEVEL_END.search(core) and not self._is_region(core)
                and not (head in ("党组", "党委", "纪委") and _ends_with_head(core))):
            return None  # (a body's own party group or committee keeps it: 市人大常委会党组, 市教育局党委)
        if not core:
            # bare, a body only as the second member after a shared prefix (乡镇党委、政府;
            # guidelines v1.2: 镇的人民代表大会和人民政府 → 人民政府): decided in extract()
            if head in ("政府", "党委", "人大", "政协", "人民政府", "人民代表大会", "人民法院"):
                return (start, he, "org.coordinated")
            if head in _NEEDS_PREFIX and head not in _known_names():
                return None
        if core and all(ch in "的和与及" for ch in core):
            return None
        if not core and re.search(r"(?:县级以上|以上各级|各级|上级|下级|同级)$", v[max(0, start - 5):start]):
            return None  # 县级以上工会, 各级工会: vague levels (guidelines: 县级以上/同级 + 人民政府)
        if not core and head == "纪委" and v[he:he + 2] == "监委":
            return None  # 纪委监委 with no level: the institution in general (every labelled set leaves it out)
        if core in _STOP:
            return None
        return (start, he, "org.head" if core else "org.known")


def _region_names() -> frozenset[str]:
    return frozenset()


def extract(ctx: Context, words: WordSegmenter | None = None) -> Iterator[Mention]:
    """ORG mentions of the document (a fresh ``OrgExtractor`` unless ``words`` is shared)."""
    return OrgExtractor(words).extract(ctx)
