"""ORG corpus: institutions (guidelines § ORG and settled cases).

The guidelines define no normalised value for ORG, so only spans are checked (``ANY``).
Every sentence lists all the ORGs the guidelines require in it.
"""

from __future__ import annotations

from corpus import ANY, assert_corpus, ex, exs, neg


def orgs(sentence, *names, why=""):
    return exs(sentence, [(n, ANY) for n in names], why=why)


YES = "the guidelines' Yes list"

EXAMPLES = [
    # --- the guidelines' Yes list -------------------------------------------------------
    ex("中共兴隆县委研究决定。", "中共兴隆县委", why=YES),
    ex("兴隆县人民政府批准实施。", "兴隆县人民政府", why=YES + "; a region prefix belongs to the name"),
    ex("由县委编办牵头。", "县委编办", why=YES),
    ex("编办负责审核。", "编办", why=YES),
    ex("法制办负责审查。", "法制办", why=YES),
    ex("县司法局负责培训。", "县司法局", why=YES),
    ex("市委督查室开展督查。", "市委督查室", why=YES),
    ex("设立党政综合办公室。", "党政综合办公室", why=YES),
    ex("组建综合行政执法队。", "综合行政执法队", why=YES),
    ex("设立行政综合服务中心。", "行政综合服务中心", why=YES),
    ex("设立退役军人服务站。", "退役军人服务站", why=YES),
    ex("财政所负责资金管理。", "财政所", why=YES),
    ex("公安派出所负责治安管理。", "公安派出所", why=YES),
    ex("税务分局负责征管。", "税务分局", why=YES),
    ex("市场监督管理分局负责监管。", "市场监督管理分局", why=YES),
    ex("乡镇党委统一领导。", "乡镇党委", why=YES),
    ex("乡镇纪委负责监督。", "乡镇纪委", why=YES),
    ex("县监察委员会负责监督。", "县监察委员会", why=YES),
    ex("县委深化机构改革领导小组审议通过。", "县委深化机构改革领导小组", why=YES),
    ex("市总工会参与协调。", "市总工会", why=YES),
    ex("团市委参与协调。", "团市委", why=YES),
    ex("妇联参与协调。", "妇联", why=YES),
    ex("村委会负责组织实施。", "村委会", why=YES),
    ex("党支部负责组织实施。", "党支部", why=YES),
    # --- names, parentheses, coordinations ------------------------------------------
    ex("中共灵武市委办公室印发通知。", "中共灵武市委办公室", why="longest name: one ORG"),
    orgs("设立党政综合办公室(财政所)。", "党政综合办公室", "财政所",
         why="parenthesised second names are separate ORGs"),
    orgs("农牧局(扶贫办)负责。", "农牧局", "扶贫办", why="农牧局(扶贫办) gives two"),
    orgs("由县委组织部、县委编办、县司法局负责。", "县委组织部", "县委编办", "县司法局",
         why="coordinations are split"),
    orgs("由县委组织部、编办负责。", "县委组织部", "编办", why="a shared prefix not repeated stays with the first"),
    # --- settled cases ----------------------------------------------------------------
    ex("市、区人民政府应当加强领导。", "区人民政府", why="settled: 市、区人民政府 gives 区人民政府"),
    ex("省、设区的市人民政府应当加强指导。", "设区的市人民政府",
       why="settled: 省、设区的市人民政府 gives 设区的市人民政府"),
    ex("县（市、区）人民政府负责组织实施。", "县（市、区）人民政府",
       why="settled: 县（市、区）人民政府 is one ORG"),
    ex("区人民政府工作部门依法履行职责。", "区人民政府",
       why="settled: 区人民政府工作部门 gives 区人民政府"),
    ex("北京市街道办事处条例", "北京市街道办事处",
       why="settled: a title line without 《》 gives 北京市街道办事处"),
    ex("本级人民政府应当予以支持。", "本级人民政府", why="settled: 本级人民政府 is ORG with its prefix"),
    ex("本街道党的工作委员会领导街道工作。", "本街道党的工作委员会",
       why="settled: 本街道党的工作委员会 is ORG with its prefix"),
    ex("辖区社会组织联合会参与社区治理。", "辖区社会组织联合会",
       why="settled: 辖区社会组织联合会 is ORG with its prefix"),
    ex("区人民政府负责。", "区人民政府", why="settled: 区人民政府 is ORG"),
    ex("县政府负责统筹。", "县政府", why="settled: 县政府 is ORG"),
    ex("党的支部委员会一般设委员3至5名。", "党的支部委员会",
       why="settled: where the body itself is the subject, it is ORG"),
    ex("乡镇(街道)党(工)委负责。", "乡镇(街道)党(工)委", why="settled: alternative readings stay one ORG"),
    ex("龙岩高新区(经开区)经发局负责。", "龙岩高新区(经开区)经发局",
       why="settled: alternative readings stay one ORG"),
    ex("人民银行济南分行参与。", "人民银行济南分行", why="settled: state organs named like banks are ORG"),
    ex("山东银保监局参与。", "山东银保监局", why="settled: state organs named like banks are ORG"),
    ex("县级党委组织部门负责。", "县级党委", why="settled: 县级党委组织部门 gives 县级党委"),
    ex("派出巡回督查组开展督查。", "巡回督查组", why="settled: 组 is a body head"),
    ex("成立指导组。", "指导组", why="settled: 组 is a body head"),
    ex("成立工作组。", "工作组", why="settled: 组 is a body head"),
    ex("来源:兴隆编办", "兴隆编办", why="settled: 来源:兴隆编办 gives 兴隆编办"),
    # --- boundaries: a governing verb is not part of the name, a noun is -------------
    ex("建立健全乡镇政府职能体系。", "乡镇政府", why="a verb before a whole known name is trimmed"),
    ex("委托乡镇政府实施。", "乡镇政府", why="a verb before a whole known name is trimmed"),
    ex("加快建设乡镇综治中心。", "乡镇综治中心", why="建设 governs the name here"),
    orgs("设立经济发展办公室、乡村规划建设监督管理办公室和财经综合服务中心。",
         "经济发展办公室", "乡村规划建设监督管理办公室", "财经综合服务中心",
         why="经 of 经济/财经 is no preposition; 建设 after a noun is inside the name"),
    ex("市社区建设工作领导小组办公室负责日常工作。", "市社区建设工作领导小组办公室",
       why="建设 after a noun is inside the name"),
    ex("议案由主席团提请大会审议。", "主席团", why="由 ends the word jieba gives (案由) but is a preposition"),
    # --- project notes (batch-c) -------------------------------------------------------
    ex("报乡、民族乡、镇的人民政府备案。", "镇的人民政府", why="notes: a shared ending keeps its 的"),
    ex("对该届村民委员会进行财务审计。", "该届村民委员会", why="notes: a term prefix stays in the span"),
    ex("到下届人民代表大会举行第一次会议为止。", "下届人民代表大会", why="notes: a term prefix stays in the span"),
    orgs("村民委员会换届期间成立村民选举委员会。", "村民委员会", "村民选举委员会",
         why="notes: 村民选举委员会 is ORG"),
]

# --- guidelines v1.2: definite short forms and 以下简称 (extractors/org_refs.py) ------------
EXAMPLES += [
    orgs("设立深圳市不动产登记中心（以下简称登记机构）。申请人应当向登记机构提交材料。",
         "深圳市不动产登记中心", "登记机构", "登记机构",
         why="v1.2: the abbreviation introduced by 以下简称 is ORG, at every occurrence"),
    orgs("成立县深化改革领导小组。领导小组负责统筹协调。",
         "县深化改革领导小组", "领导小组", why="v1.2: 领导小组 refers back to the named body"),
    orgs("乡镇人民代表大会主席团召集会议。主席团会议须主席团全体组成人员的过半数出席。", "乡镇人民代表大会主席团",
         "主席团", why="v1.2 short form; but 主席团全体组成人员 are people (a qualifier between)"),
    orgs("乡镇人民代表大会主席团召集会议。主席团应当听取意见。",
         "乡镇人民代表大会主席团", "主席团", why="v1.2: 主席团 refers back to the named presidium"),
    orgs("由省委编办、省发展改革委、省住房城乡建设厅、省粮食和储备局、省卫生健康委负责。",
         "省委编办", "省发展改革委", "省住房城乡建设厅", "省粮食和储备局", "省卫生健康委",
         why="issue 8: every member of an enumeration of provincial bodies (a level prefix, a head word)"),
    orgs("省、自治区、直辖市的人民政府可以制定具体办法。", "直辖市的人民政府",
         why="v1.2 / notes: a shared ending across levels keeps its last member with 的"),
    orgs("深圳市人民代表大会常务委员会（以下简称市人大常委会）任免。市人大常委会副秘书长列席。",
         "深圳市人民代表大会常务委员会", "市人大常委会",
         why="notes v1.2: an alias before a person word (副秘书长) names a post, not the body"),
    orgs("成立县深化改革领导小组。领导小组成员由各部门负责人组成。", "县深化改革领导小组",
         why="notes v1.2: a short form that modifies a person (领导小组成员) is not a body"),
    orgs("市人民代表大会常务委员会人事代表工作委员会（以下简称市人大常委会人代工委）负责交办。"
         "代表可以向市人大常委会人代工委反映。",
         "市人民代表大会常务委员会人事代表工作委员会", "市人大常委会人代工委", "市人大常委会人代工委",
         why="v1.2: an alias is read whole at every occurrence, though bodies (市人大常委会, 工委) lie inside it"),
    orgs("市人民代表大会秘书处（以下简称大会秘书处）负责受理。大会秘书处应当及时交办。",
         "市人民代表大会秘书处", "大会秘书处", "大会秘书处",
         why="v1.2: the alias 大会秘书处, not the 秘书处 inside it"),
    orgs("医疗纠纷人民调解委员会应当自收到申请之日起三个工作日内受理。", "医疗纠纷人民调解委员会",
         why="longest name: the field of disputes belongs to the committee's name (jieba tags 医疗纠纷 z)"),
    orgs("市和县人民政府应当加强领导。", "县人民政府",
         why="v1.1 shared endings: 市和县人民政府 names the last level, like 市、县人民政府 (jieba: 市 | 和县)"),
    orgs("市和县（市）区人民政府应当将医疗纠纷预防工作纳入规划。", "县（市）区人民政府",
         why="shared ending after 和, the bracketed alternative kept"),
]

# issue 8, the unseen documents' left edges: before a level word (市 | 人民政府, 市委) only a
# place, a level, a term or a kind of town belongs to the name, never a verb or a preposition.
LEVEL_EDGE = "issue 8: before a level word only a place, level, term or kind of town is part of the name"
EXAMPLES += [
    ex("预算调整方案报交市人民政府审议。", "市人民政府", why=LEVEL_EDGE + " (jieba glues 报交市)"),
    ex("本条例所称预算，是指市人民政府编制的年度收支计划。", "市人民政府", why=LEVEL_EDGE + " (指市)"),
    ex("受省人民政府委托开展检查。", "省人民政府", why=LEVEL_EDGE + " (受省)"),
    ex("议案先由市人大常委会审议。", "市人大常委会", why=LEVEL_EDGE + " (先由市)"),
    ex("严格执行市人民代表大会批准的预算。", "市人民代表大会", why=LEVEL_EDGE + " (执行 | 市)"),
    ex("单个项目市政府投资超过一亿元的，应当报告。", "市政府", why=LEVEL_EDGE + " (项目 | 市政府)"),
    ex("认真执行市委的决定。", "市委", why=LEVEL_EDGE + " (认真执行 | 市委)"),
    ex("银川市委党校承担培训任务。", "银川市委党校", why=LEVEL_EDGE + " (银川 | 市委党校: the region 银川市 exists)"),
    ex("灵武市委办公室印发通知。", "灵武市委办公室", why=LEVEL_EDGE + " (灵武, tagged a person name, is the city 灵武市)"),
    ex("试点镇党委负责组织实施。", "试点镇党委", why=LEVEL_EDGE + " (a kind of town)"),
    ex("乡道的路基及沙石路面由乡（镇）人民政府组织养护。", "乡（镇）人民政府",
       why=LEVEL_EDGE + " (jieba glues 面由乡: the preposition ends the word before the level)"),
    ex("岱山石化拓展区获省政府批复。", "省政府", why=LEVEL_EDGE + " (jieba glues 区获: a verb, not a place)"),
    ex("将考试成绩书面报告市人大常委会。", "市人大常委会",
       why=LEVEL_EDGE + " (gold-unseen: a noun before a bare level word is no place: 书面报告 | 市)"),
    ex("推动升格市港口管理委员会。", "市港口管理委员会", why=LEVEL_EDGE + " (gold-unseen: 升格 | 市)"),
    ex("国家机关委托人民调解委员会调解民间纠纷。", "人民调解委员会",
       why="a governing verb before a whole name ends it (gold-unseen: 委托 | 人民调解委员会)"),
    ex("有关部门指导村民委员会做好选举工作。", "村民委员会",
       why="a governing verb before a whole name ends it (gold-unseen: 指导 | 村民委员会)"),
    ex("成立县委深化机构改革领导小组。", "县委深化机构改革领导小组",
       why="a task force is named by its task: its verb stays (devset)"),
    ex("十三届全国人大常委会第十次会议通过。", "十三届全国人大常委会", why="a term without 第 stays in the name"),
    ex("本届村民委员会任期届满。", "本届村民委员会", why="a definite term (本届) stays in the name"),
    ex("上一届村民委员会应当移交印章。", "上一届村民委员会", why="上一届: the prefix, not 一届 alone"),
]

NEGATIVES = [
    neg("城市管理综合执法部门（以下简称城管执法部门）负责查处。",
        why="notes: an abbreviation is ORG only when the body it stands for is (部门 is a generic head)"),
    neg("每个镇设置一所社区卫生服务中心。", why="notes: health facilities are not ORG (guidelines: 乡镇卫生院)"),
    neg("每届人民代表大会任期五年。", why="每届 is no definite term"),
    # vague collectives and generic heads
    neg("各乡镇要高度重视。", why="No: 各乡镇"),
    neg("有关部门要密切配合。", why="No: 有关部门"),
    neg("县直相关部门要积极配合。", why="No: 县直相关部门"),
    neg("整合派驻机构力量。", why="No: 派驻机构"),
    neg("深化事业单位改革。", why="No: 事业单位"),
    neg("加强群团组织建设。", why="No: 群团组织"),
    neg("加强基层党组织建设。", why="No: 基层党组织; settled: 党组织 (any level) is not ORG"),
    neg("加强执法队伍建设。", why="No: 执法队伍"),
    neg("公安机关依法处理。", why="settled: 机关 is a generic head"),
    neg("行政执法机关应当公示执法信息。", why="settled: 机关 is a generic head"),
    neg("监察机关依法监督。", why="settled: 机关 is a generic head"),
    neg("区级行政机关应当配合。", why="settled: 机关 is a generic head"),
    neg("省综合行政执法指导机构负责指导。", why="settled: a body under a generic head is not ORG"),
    # level words, bare 党委/政府
    neg("各级人民政府应当加强领导。", why="settled: 各级 + 人民政府 is vague"),
    neg("上级人民政府应当加强指导。", why="settled: 上级 + 人民政府 is vague"),
    neg("县级以上人民政府应当加强领导。", why="settled: 县级以上 + 人民政府 is vague"),
    neg("同级人民政府予以支持。", why="settled: 同级 + 人民政府 is vague"),
    neg("党委领导、政府负责。", why="settled: bare 党委, 政府 are not ORG"),
    neg("推行政府购买服务。", why="settled: bare 政府 is not ORG"),
    neg("由所在乡镇人民政府负责管理。", why="settled: 所在… works like 有关/上级"),
    # people, meetings, groups of people
    neg("市委书记带队调研。", why="settled: a body that modifies a person or post"),
    neg("妇联主席参加会议。", why="settled: a body that modifies a person or post"),
    neg("村民委员会成员由村民选举产生。", why="settled: a body that modifies a person or post"),
    neg("省委、省政府领导出席会议。", why="settled: a body that modifies a person or post"),
    neg("党委书记负总责。", why="No: job titles"),
    neg("建立常务委员会主任会议成员联系制度。", why="主任会议成员 are people: the body modifies them"),
    neg("第二条 人民代表大会常务委员会任免国家工作人员，应当坚持德才兼备的标准。",
        why="a standing committee without a level or place is any level's (like bare 人民代表大会, 人民政府)"),
    neg("全省各级人大及其常委会要忠实履行法定职责。", why="notes: 各级人大及其常委会 is vague"),
    neg("必要时，召开联组会议进行审议。", why="联组 (a joint session of groups) is a way of meeting, not a body"),
    neg("召开初步审查会议时，市人民政府财政等部门的相关负责人应当到会。",
        why="settled: a body that modifies a person, across a generic part (部门) and 的"),
    neg("表决议案由常务委员会全体组成人员的过半数通过。", why="settled: 全体组成人员 are people"),
    neg("必要时，主席团常务主席可以召开代表团团长会议。", why="settled: 常务主席 is a post"),
    neg("提升全市政府系统干事创业的能力本领。", why="全市 + 政府 is every government of the city, like 各级"),
    neg("市人民政府、市高级人民法院和市人民检察院的负责人列席会议。",
        why="settled: bodies that modify a person (across 的 and a coordination) are not ORG"),
]
EXAMPLES += [
    orgs("要加强对乡镇党委、政府的领导。", "乡镇党委", "政府",
         why="X的领导 is X's leadership, not its leaders: the bodies stay"),
    orgs("市人大常委会根据主任会议提名任命。根据市人大常委会主任会议提名，决定任免。", "市人大常委会", "市人大常委会",
         why="X主任会议 is X's meeting, not a person (主任): the body stays"),
    orgs("在此，我代表行署，向大家表示衷心的感谢！市贸促会、市社科联、市作协积极参与。", "行署", "市贸促会",
         "市社科联", "市作协", why="established short names of bodies (like 文联, 科协): 行署 is 行政公署"),
    orgs("景宁县人民代表大会常务委员会召开会议。常务委员会主任会议提出议案。", "景宁县人民代表大会常务委员会",
         "常务委员会", why="a definite short form before 主任会议 (a meeting) is the body, as the full name is"),
    ex("市人大常委会根据市人民检察院检察长提名，任免副检察长。", "市人大常委会",
       why="settled: 市人民检察院检察长 is a post (the body modifies it); 市人大常委会 is a body"),
    ex("告知市人民代表大会常务委员会代表联络工作部门。", "市人民代表大会常务委员会",
       why="代表联络工作部门 is a department, not deputies (代表): the body before it stays"),
]
NEGATIVES += [
    neg("召开党员大会。", why="settled: meetings are not ORG"),
    neg("我们将坚持“民之所盼，我必行之”。", why="之所 is a particle, 所 no head (gold-fresh)"),
    neg("组建远洋船队，拓展远洋渔业。", why="a fleet is vessels, like 车队 (gold-fresh)"),
    neg("支持企业在深交所、北交所上市。", why="stock exchanges are markets, like 交易所 (gold-fresh)"),
    neg("积极争取国家部委支持。", why="国家部委 names no body, like 有关部门 (gold-fresh)"),
    neg("召开村民代表会议。", why="settled: meetings are not ORG"),
    neg("组织民兵参加训练。", why="settled: groups of people are not ORG"),
    # places, media, facilities, companies, others
    neg("兴隆县地处燕山腹地。", why="No: a county as a territory"),
    neg("包括雾灵山镇、六道河镇等乡镇。", why="No: townships in a list of townships"),
    neg("贯彻中央决策部署。", why="settled: 中央 is not ORG"),
    neg("新建学校和公办幼儿园。", why="settled: facilities are not ORG"),
    neg("乡镇卫生院和村卫生室提供基本医疗服务。", why="settled: facilities are not ORG"),
    neg("发展农民专业合作社。", why="settled: economic entities are not ORG"),
    neg("成立工作专班。", why="settled: working groups without a body head"),
    neg("登录兴隆县机构编制网查询。", why="settled: websites are not ORG"),
    neg("设立人大代表联络站和代表之家。", why="settled: a deputies' liaison point is a facility"),
    neg("国铁济南局、国网山东省电力公司参与。", why="settled: state-owned enterprises are companies"),
    neg("我厅高度重视。", why="settled: pronoun references are not ORG"),
    neg("我局高度重视。", why="settled: pronoun references are not ORG"),
    neg("印发《中共兴隆县委兴隆县人民政府关于深化乡镇改革的实施意见》。",
        why="ORGs inside a DOC_TITLE are not labelled"),
]


def test_org_corpus(pipeline):
    assert_corpus(pipeline, "ORG", EXAMPLES, NEGATIVES)
