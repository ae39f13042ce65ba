"""Stage 4: cleaned text -> mentions of Region, Agency, Enterprise, Person, Plan, Programme
and Indicator.

Each recogniser is a small function over a `TextView` (the cleaned text with its sentences,
book-title spans and token boundaries) that returns `Mention`s. They run in a fixed order
because later ones use earlier results: agencies need the regions (to complete 市发改委 with
the document's city), persons need agencies and enterprises (for worksFor).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from .clean import DOC_NUMBER, EMPTY_CELLS, HEADING_NUMBER, TITLE_FIELD_LABEL
from .lexicon import Department, Gazetteer, Lexicon, Region, any_of, per_lexicon, plan_key
from .lexicon import load as load_lexicon
from .model import Mention, Sentence
from .segment import TokenBounds, tokenizer

HAN = r"\u3400-\u9fff"
_is_han = re.compile(f"[{HAN}]").match

# Characters and words that end a name when scanning leftwards from its head.
STOP_CHARS = set("的和与及暨在对为是将把被由等了中上向从以于并或、，,。；;：:！!？?（）()《》“”\"‘’ 　\n到即也还都又使让给跟同获【】[]—"
                 "▲△▼■□●○◆◇★☆※→•|")  # (▲湖南湘窖酒业有限公司: a caption's bullet)
STOP_WORDS = (
    "开展", "实施", "推进", "推行", "建立", "健全", "启动", "组织", "推广", "创建", "落实", "参加", "申报", "狠抓", "抓好",
    "推荐", "通报", "简称", "介绍", "宣布",
    "承办", "推动", "完善", "深化", "加强", "探索", "开辟", "融入", "围绕", "结合", "按照", "根据", "依据",
    "设立", "构建", "打造", "完成", "获批", "获得", "列入", "纳入", "加快", "支持", "引导", "指导", "帮助",
    "促进", "建设", "深入", "走进", "总结", "评估", "历年", "持续", "大力", "积极", "全面", "认真", "扎实", "继续", "进一步", "着力", "不断",
    "成立", "举办", "主办", "部署", "发布", "印发", "出台", "制定", "提高", "贯彻", "重视", "坚持",
    "表彰", "配合", "聚焦", "依托", "通过", "作为", "关于", "提出", "推出", "首次", "稳定", "达到", "保持", "力争",
    "新增", "创新", "明确", "进行", "负责", "做好", "抓好", "抓住", "用好", "管好", "用足", "列为", "入选", "评为", "获评",
    "授予", "发挥", "召开", "牵头", "会同", "担任", "荣获", "颁发", "公布", "决定", "指出", "强调", "强化",
    "转发", "批转", "下发", "形成", "明晰",
    # words of discourse that open a clause and never start a name (最终安宁市X有限公司29票: the vote's
    # outcome; 包括X有限公司在内, 随后X公司发言)
    "包括", "随后", "首先", "最终", "还有", "先后",
)
LEVEL_CHARS = "市省州县区"
_JU_WORDS_END = set("数依根证占单票论收字")  # 数据, 依据, 根据, 证据, 占据, 单据, 票据, 论据, 收据, 字据
LEVEL_PRECEDERS = "经据请邀受我"  # 经市委、市政府同意, 我区人民政府: a word that ends right before a level word
_EVERY_LISTED = re.compile(r"各(?:[\u4e00-\u9fff()（）]{1,6}、)+$")  # (各县、区; 各旗、县、区人民政府)
LEVEL_PRECEDING_WORDS = ("联合", "会同", "协同", "带领", "率领",  # 石城县市场监管局联合县卫健委…; 副市长带领市委宣传部…
                         "发布机构", "发文机关", "制发机关", "发文单位", "发布单位", "来源")  # a page's field label glued to its value
CLAUSE_PUNCT = "，,；;：:"
_CLAUSE_MARK = re.compile(f"[{CLAUSE_PUNCT}]")
_ANAPHOR_BEFORE_LEVEL = re.compile(r"(?<![应各])[该本]$")  # (应该市…: 该 of a modal verb)
GENERIC_BEFORE_LEVEL = ("各", "该", "全", "本", "有关", "相关", "等", "每", "县(", "县（", "以上")  # (地级以上市: every city)

INSTITUTION_SUFFIXES = (
    "检验检测研究院", "检验检测院", "检验检测中心", "综合检测中心", "检测中心", "检验中心", "监测中心", "检验所",
    "检测所", "检验院", "检测院", "研究院", "研究所", "研究中心", "计量所", "标准化院", "指挥中心", "服务中心",
    "质量安全监督站", "质量监督站", "监督站", "检验站", "检测站", "监测站",  # 建设工程质量安全监督站
    "质检中心", "质检院", "质检所",  # (东莞市质检中心: the short form of 产品质量监督检验中心 pages use)
    "缺陷产品管理中心",  # every province's recall centre (省缺陷产品管理中心), as the national one
    "计量测试所", "计量检定测试所", "计量测试检定所", "计量检定所", "计量测试院", "计量检定测试院", "计量测试研究院", "行政执法支队", "行政执法大队", "综合执法支队", "综合执法大队",  # (市场监管综合行政执法支队)
)
PROGRAMME_HEADS_STRONG = ("专项行动", "行动", "工程", "战略", "制度", "机制", "试点", "大赛", "发表赛", "成果竞赛", "开放日", "示范区",
                          "统计调查",  # 认证认可统计调查, 国家标准实施数据统计调查: a survey a body runs
                          "服务站", "服务总平台", "服务平台", "服务中心", "实践基地", "示范基地", "教育基地")  # designations
_QUOTED_FOUNDED = re.compile(r"[“\"][^“”\"\n]{2,12}[”\"](?=是(?:由)?[^，,。；;“”]{2,30}?(?:设立|创立|创办|主办|举办|发起|打造|推出)的"
                             r"[^，,。；;]{0,12}?(?:品牌|项目|奖项|奖|工程|活动|行动|计划|制度|赛事|大赛))")
# (工程招投标和质量监管联动制度; and any 机制 not named in quotes: find_programmes; 标准化法律制度, 规章制度: the
# body of rules a field has, no programme)
_WAYS_OF_WORKING = ("会议制度", "工作制度", "联动制度", "协作制度", "法律制度", "法规制度", "规章制度", "政策制度")
_GOALS = ("强国", "强省", "强市", "强州", "强县", "强区", "兴国", "兴省", "兴市", "兴州", "兴县", "兴区",
          "立省", "立市", "立县")  # 质量强国, 标准强省, 质量兴市, 质量立县: goals a strategy is named after
PLACE_HEADS = ("服务站", "服务总平台", "服务平台", "服务中心")  # a platform or station keeps the region it serves
PROGRAMME_HEADS_WEAK = ("体系", "活动", "服务", "项目", "展示", "认证", "举措", "宣传工作")
_HEAD_AT = re.compile("|".join(map(re.escape, PROGRAMME_HEADS_STRONG + PROGRAMME_HEADS_WEAK)))  # in that order
PROGRAMME_KEYWORDS = (
    "质量", "标准", "认证", "认可", "计量", "检验", "检测", "品牌", "信用", "诚信", "失信", "违法", "安全",
    "监管", "消费", "知识产权", "商标", "名牌", "质检", "示范", "提升", "首席", "名录", "召回", "放心", "食品", "药品",
    "特种设备", "合格评定", "对标", "达标", "一站式", "三同", "放管服", "QC",
)
GENERIC_PROGRAMME_WORDS = ("主题", "宣传", "系列", "相关", "各类", "各项", "专项", "执法", "整治", "检查", "活动",
                           "工作", "培训", "监督", "日常", "联合", "联动", "区域", "合作")
_GENERIC_WORD = re.compile("|".join(GENERIC_PROGRAMME_WORDS))
_KEYWORD = re.compile("|".join(PROGRAMME_KEYWORDS))

THEMED = re.compile(r"[“\"]([^“”\"]{2,10}(?:月|日|周|节))[”\"]")
# 5•20, 3·15 before a day's name, or its month and day run together (520世界计量日, 315消费者权益日)
_DAY_DATE = re.compile(r'^("?)(?:\d{1,2}\s*[•·.．・]\s*\d{1,2}|(?:[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))\s*(?=[\u4e00-\u9fff])')
QUOTED = re.compile(r"[“\"]([^“”\"\n]{1,40})[”\"]")
# (a title may break over one line end: 《中共宿州市委\n宿州市人民政府关于…的实施意见》)
BOOK_TITLE = re.compile(r"《([^《》\n]{1,80}(?:\n[^《》\n]{1,80})?)》")
PLAN_SUFFIX = re.compile(r"(方案|纲要|规划|计划|意见|规定|办法|指南|指引|通知|细则|决定|条例|措施|要点|意见书|若干政策)$")
# (result notices are no plans: 关于授予第一届X市长质量奖的决定, 关于表彰…的通报 — GUIDE)
NOT_PLAN = re.compile(r"((规范|标准)$|周刊|日报|晚报|杂志|报$|期刊|GB|ISO|(授予|表彰|颁发|命名|公布)[^。]*的(决定|通报|公告)$"
                      r"|(?:授奖|表彰|奖励)(?:的)?决定$"
                      r"|(?:公布|命名|认定|确定)[^。]*名单的(?:通知|通报|公告|决定)$)")  # 关于公布2011年山东名牌产品名单的通知: a result  # 中国质量奖评审表彰委员会关于首届中国质量奖的授奖决定
# (万台特种设备死亡人数为0.08: deaths per 10,000 units, the safety rate special-equipment reports give)
INDICATOR_HEAD = re.compile(r"(满意度|一致性程度|指数|占比|比重|比例|投入强度|[\u4e00-\u9fff]率|(?<=万台设备)死亡人数|(?<=万台特种设备)死亡人数"
                            r"|能耗|水耗|用水量|拥有量)")
# heads that measure only per unit: 单位GDP能耗, 万元工业增加值用水量, 每万人口高价值发明专利拥有量 (能耗 alone,
# 降低能耗, names no measure)
_PER_UNIT_HEADS = {"能耗": "(?:单位|万元)", "水耗": "(?:单位|万元)", "用水量": "(?:单位|万元)", "拥有量": "每[万千百]人"}
INDICATOR_BAD_HEADS = ("效率", "频率", "概率", "汇率", "税率", "利率", "功率", "速率", "费率", "坦率", "草率", "轻率", "表率", "统率", "率率")  # 比率 is a ratio: an indicator
INDICATOR_AFTER_BAD = ("调查", "测评", "监测", "评价", "提升工程")  # (满意度监测均获全市第一名: a survey, no measure)
ADMIN_LEVEL_WORDS = ("国家级", "省级", "市级", "县级", "国家", "省", "市", "县", "州", "区", "各级", "全国", "全省", "全市",
                     "全州", "全县", "全区", "主要")
ENTERPRISE_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|分公司)")
# a works named with its region (广州市白云联佳精细化工厂); 绿色工厂, 厂长 and 厂区 are no firms
FACTORY = re.compile(r"(?<=[\u4e00-\u9fff])厂(?![长区房家商])")


# a year, an ordinal or a count ends a name on its left: 2023年, 第十四届, 5个, 首批
_COUNT_BEFORE = re.compile(r"(\d{4}年度?|第[\d一二三四五六七八九十百]+[届个批期次]|\d+[个批项家期次名]|首批|年度)$")
# what may follow a programme's head word (the head must end the name)
FOLLOW_OK = ("建设", "工作", "项目", "举措", "活动", "期间", "以来", "启动", "仪式", "获奖", "评选", "试点", "中", "上",
             "的", "和", "与", "及", "等", "为", "在", "有", "已", "是", "将", "被", "并", "已", "列入", "纳入", "全面",
             "各项", "如期", "取得", "成效", "落实", "实施", "推进", "开展", "验收", "相关", "暨",
             "日前", "落下帷幕", "落幕", "举行", "开幕", "圆满",  # (…成果发表赛日前落下帷幕)
             "正式", "揭牌", "挂牌", "授牌", "成立")  # (…“一站式”服务总平台正式揭牌成立: a platform opened)
FOLLOW_BAD = ("城市", "单位", "企业", "地区", "名单", "机构")
_STRATEGY_AS_WORD = ("管理", "思维", "眼光", "定位", "布局", "高度", "意识", "视野")


def _head_ends_word(text: str, end: int) -> bool:
    nxt = text[end : end + 1]
    if not nxt or not _is_han(nxt):
        return True
    if text.startswith(FOLLOW_BAD, end):
        return False
    # 活动自2005年…启动: a name followed by when it began
    return text.startswith(FOLLOW_OK, end) or re.match(r"自(?:\d|[今去上本]年|[一二]〇)", text[end : end + 3]) is not None


def _year_prefix(name: str) -> str:
    """A programme's name without its year or round before it (2021全市 writes the year without 年).

    >>> _year_prefix("2023年度第五届质量奖"), _year_prefix('2021全市"中国品牌日"活动'), _year_prefix("2035远景")
    ('质量奖', '全市"中国品牌日"活动', '2035远景')
    """
    return re.sub(r"^(\d{4}年度?|(?:19|20)\d\d(?=全[国省市县区州])|第[\d一二三四五六七八九十百]+[届个批期次])+", "", name)


# (and the award's classes: 质量管理创新奖, 质量管理优胜奖, 质量突出贡献奖)
AWARD_CLASS = r"质量(?:管理|创新|管理创新|贡献)?奖"  # a government's award and its classes (市长质量管理奖, 市长质量贡献奖)
_AWARD_CLASS_ONLY = re.compile(rf"(?:人民)?(?:政府)?{AWARD_CLASS}")  # a class named, no award
_OPENING_QUOTES = ("“", "「", "‘", '"')
_CLOSING_QUOTES = ("”", "」", "’", '"')
AWARD = re.compile(r"(?:市长|县长|省长|区长|州长|旗长|主席|政府|人民政府)?(?:质量(?:管理)?(?:创新|优胜|优秀|卓越|标杆|突出贡献|贡献"
                   r"|[兴强][省市县区州旗])?[金银]?|标准(?:化)?(?:创新|突出)?贡献)奖")  # (质量兴县奖: a county's award named
# for its campaign; 上海市质量金奖: a rank in the award's name; 中国标准创新贡献奖, 广东省标准化突出贡献奖: the
# standards' awards a regulator confers)
# (the items side by side or joined: “A”、“B”等活动, “A”“B”“C”等活动)
QUOTED_LIST = re.compile(r"(?P<items>[“\"][^“”\"\n]{2,14}[”\"](?:[、和及与]?[“\"][^“”\"\n]{2,14}[”\"])+)等[^，,。；;]{0,8}?"
                         r"(活动|行动|工程|项目|工作)")
_EDITION = re.compile(r"(?:·|•|——|—)(?=[\u4e00-\u9fff]{2})")
_EDITION_ENDS = ("行动", "活动", "行", "周", "月", "赛")


def _edition_end(view: TextView, at: int) -> tuple[int, int] | None:
    """(start, end) of a local edition's name joined to a programme at `at` by · or ——: the
    shortest run of up to ten characters that ends in 行/活动/周/月/赛 at a word boundary."""
    m = _EDITION.match(view.text, at)
    if not m:
        return None
    start = m.end()
    for end in range(start + 2, min(len(view.text), start + 10) + 1):
        if not _is_han(view.text[end - 1]):
            return None
        if view.text.endswith(_EDITION_ENDS, start, end) and (end == len(view.text) or not _is_han(view.text[end])
                                                               or end in view.bounds):
            return start, end
    return None
_DESIGNATED = re.compile(r"(?:\d+|[一二三四五六七八九十百]+)(?:个|家|批|所)$|(?:公布|命名|授予|认定)了?$")
# a themed month or day in quotes and the generic words of its event: “质量月”(大型宣传服务)活动
THEMED_WITH_GENERIC = re.compile(r'"([^"]+(?:月|日|周|节))"(?:大型|集中|主题|系列|专题|宣传|服务|咨询|现场)*(?:活动)?')
_DETERMINERS = ("此次", "本次", "这次", "该次", "上述", "此项", "这项", "一系列", "系列", "一批", "该批", "这批", "此批")  # 以此次提升行动为契机: a reference, no name
# (…“三大工程”; “质检利剑”建材执法、汽车及其配件执法2个专项行动)
_ACTIVITY_ENDS = ("检查", "抽查", "抽检", "整治", "督查", "排查", "评价", "培训", "宣传", "监测", "执法", "攻关")
_COUNT_OF_LIST = re.compile(r"[一二三四五六七八九十两\d]+[大项个类种](?:专项|重点|重大|质量提升)?(战略|工程|行动|任务|举措|活动|机制|制度)\"?$")
_COUNTED = re.compile(r"[\d一二三四五六七八九十百千两]+[余多]?[项个场次批类种]")
# a round hundred or thousand that opens a campaign's name (“百项能效标准推进工程”) counts nothing
_ROUND_COUNT_NAME = re.compile(r"[百千万][项个家]")


def _counts_things(name: str) -> bool:
    """Does a name open with a count (70余项活动, “两个行动”), not a round figure that names a campaign?"""
    return _COUNTED.match(name) is not None and _ROUND_COUNT_NAME.match(name) is None

_SAYS = ("指出", "强调", "表示", "提出", "要求", "介绍", "认为", "宣布", "说")
# a list of quoted names right after a launch verb: 率先实施“首席质量官制度”、“质量先导区创建”、“市长质量奖”
QUOTED_LIST_AFTER_VERB = re.compile(r"(?:实施|开展|推行|推进|启动|推广)了?(?P<items>[“\"][^“”\"\n，,。]{2,14}[”\"]"
                                    r"(?:[、和及与]?[“\"][^“”\"\n，,。]{2,14}[”\"])+)")
_SHARED_QUOTED_HEAD = re.compile("战略|工程|专项行动|行动")
# quoted names side by side before the head they share, a verb before them or none (“管集市”“净餐馆”专项行动)
QUOTED_RUN_BEFORE_HEAD = re.compile(r"(?P<items>[“\"][^“”\"\n，,。]{2,14}[”\"](?:[、和及与]?[“\"][^“”\"\n，,。]{2,14}[”\"])+)"
                                    r"(?=" + _SHARED_QUOTED_HEAD.pattern + ")")
AWARD_IN_TITLE = re.compile(r"(颁发|表彰|授予|评选|设立)[^《》]{0,10}$")
AWARD_LEAD = re.compile(r"(经|由|争创|荣获|获得|获颁|颁发|颁|荣膺|申报|参评|培育|孵化|推荐|冲刺|本届|首届|上届|历届|各级|第[一二三四五六七八九十\d]+届|\d+年度?"
                        r"|等?(?:\d+|[一二三四五六七八九十百两]+)(?:家|个|项|名)(?:单位|企业|组织)?|(?<=[家个名])(?:单位|企业|组织))+")  # (对五家市政府质量奖…颁奖: a count)
QUOTED_WHOLE = re.compile(r"[“\"]([\u4e00-\u9fff]{6,24}(?:提升行动|专项行动|行动|工程|计划|制度|试点))[”\"]")
_GROUP_VERB = re.compile(r"(?:充分)?(?:强化|加强|发挥|依托|通过|成立|组建|调整|完善|健全|优化|规范|召开|主持|印发|报请|提请|报送|经)")
_FIELD_VERB = re.compile(r"(?:布局|推进|推动|开展|建设|打造|构建|构筑|完善|优化|加快|加强|强化|深化|实施|组织|调研|考察|走访|视察|参观|查看)")
THEME_BEFORE = re.compile(r"主题(?:是|为|确定为|定为)?[:：]?[“\"]$")
THEME_AFTER = re.compile(r"[”\"]为主题")
_HEAD_RUN = re.compile(r"(?:[：:]|包括|分别是|分别为)(?P<items>(?:[\u4e00-\u9fff()（）]{3,24}?(?P<head>行动|工程|试点)、){2,}"
                       r"[\u4e00-\u9fff()（）]{3,24}?(?P=head))(?![\u4e00-\u9fff])")
QUOTED_WHOLE_EVENT = re.compile(r"[“\"]([\u4e00-\u9fff]{4,20}(?:推选活动|评选活动|主题活动|大赛|竞赛|评选))[”\"]")
QUOTED_ACTION = re.compile(r"[“\"][\u4e00-\u9fff]{2,8}(?:行动|工程|计划)[”\"]")
# a programme name may follow an agency's name directly (党中央国务院质量强国战略)
AGENCY_ENDINGS = ("中央", "国务院", "政府", "党委", "省委", "市委", "县委", "区委", "委员会", "局", "厅")  # (…总局, 浠水质监局|质量月活动)


def _deployed_in_title(text: str, pos: int) -> bool:
    """Is `pos` right after 关于开展/关于实施 in a title (《…关于开展质量强市活动的实施意见》)?"""
    # (关于开展2018年“质量月”活动的通知: a year and a quote may stand between)
    # (关于开展2024年全国“质量月”活动的通知: and the scope word of a level)
    return bool(re.search(r"关于(?:深入|全面|大力|进一步)?(?:开展|实施|推进|推行|建立)(?:\d{4}年度?|第[\d一二三四五六七八九十]+届)?"
                          r"(?:全国|全省|全市|全县|全区|全州)?[“\"]?$",
                          text[max(0, pos - 18) : pos]))


MAX_PROGRAMME = 80  # characters: longer spans are never one programme's name


def _conjunction_then_level(text: str, at: int, form: str) -> bool:
    """Is a two-character county (和县) a conjunction and a level word, after a word (由县领导和县质监局局长)?"""
    return len(form) == 2 and form[0] in "和与及" and at > 0 and _is_han(text[at - 1]) and text[at - 1] not in STOP_CHARS


@dataclass
class TextView:
    """The cleaned text of one document as the recognisers see it."""

    text: str
    sentences: list[Sentence]
    lexicon: Lexicon
    titles: list[tuple[int, int]] = field(default_factory=list)  # spans of 《…》 including brackets
    bounds: TokenBounds = field(default_factory=lambda: TokenBounds(""))
    regions: list[Mention] = field(default_factory=list)
    main_region: dict[str, Region] = field(default_factory=dict)  # level char -> region
    region_hits: dict[int, tuple[str, Region]] = field(default_factory=dict)  # offset -> longest region form there
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each paragraph with text
    district_city: dict[str, Region] | None = None  # a district -> the city the text writes it with (武汉市汉阳区)
    _starts: list[int] = field(default_factory=list)
    _title_starts: list[int] = field(default_factory=list)
    _region_starts: list[int] = field(default_factory=list)
    _clause_marks: list[int] = field(default_factory=list)  # offsets of every CLAUSE_PUNCT character
    _paragraph_starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, sentences: list[Sentence]) -> TextView:
        view = cls(text, sentences, load_lexicon())
        view.titles = [m.span() for m in BOOK_TITLE.finditer(text)]
        view._title_starts = [a for a, _ in view.titles]
        view.bounds = TokenBounds(text)
        view._starts = [s.clean_start for s in sentences]
        view._clause_marks = [m.start() for m in _CLAUSE_MARK.finditer(text)]
        spans: dict[int, list[int]] = {}
        for s in sentences:
            span = spans.setdefault(s.paragraph, [s.clean_start, s.clean_end])
            span[1] = s.clean_end
        view.paragraphs = [(a, b) for a, b in spans.values()]
        view._paragraph_starts = [a for a, _ in view.paragraphs]
        # regions and agencies both look for region names: every offset is looked up once
        forms = view.lexicon.region_forms
        view.region_hits = {i: hit for m in forms.starts.finditer(text) if (hit := forms.match_at(text, i := m.start()))
                            and not _conjunction_then_level(text, i, hit[0])}
        _drop_unlikely_renamings(view)
        return view

    @classmethod
    def of_plain(cls, text: str) -> TextView:
        """The view of a text that needs no cleaning: one paragraph (examples and tests).

        >>> TextView.of_plain("湛江市市场监管局开展工作。").sentences[0].text
        '湛江市市场监管局开展工作。'
        """
        from .clean import CleanText
        from .model import DocumentMeta
        from .segment import split_sentences

        return cls.of(text, split_sentences(CleanText(text, list(range(len(text))), [(0, len(text))], [], DocumentMeta())))

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def paragraph_at(self, pos: int) -> int:
        """The index in `paragraphs` of the paragraph holding `pos` (-1 before the first)."""
        return bisect.bisect_right(self._paragraph_starts, pos) - 1

    def clause_bounds(self, pos: int) -> tuple[int, int]:
        """The clause (between ，；： marks, inside its sentence) that contains `pos`."""
        sent = self.sentences[self.sentence_at(pos)]
        marks = self._clause_marks
        k = bisect.bisect_left(marks, pos)  # marks[k - 1] < pos <= marks[k]
        a = marks[k - 1] + 1 if k > 0 and marks[k - 1] >= sent.clean_start else sent.clean_start
        b = marks[k] if k < len(marks) and marks[k] < sent.clean_end else sent.clean_end
        return a, b

    def regions_back_from(self, pos: int) -> Iterator[Mention]:
        """Region mentions that start before `pos`, nearest first (found by bisection: callers stop
        at the first that fits, so a long text is not walked from its end)."""
        for k in range(bisect.bisect_left(self._region_starts, pos) - 1, -1, -1):
            yield self.regions[k]

    def regions_starting(self, a: int, b: int) -> list[Mention]:
        """Region mentions that start in [a, b), in text order."""
        starts = self._region_starts
        return self.regions[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]

    def in_title(self, pos: int) -> tuple[int, int] | None:
        """The 《…》 span containing `pos` (titles never overlap: one bisection finds it)."""
        i = bisect.bisect_right(self._title_starts, pos) - 1
        if i >= 0 and pos < self.titles[i][1]:
            return self.titles[i]
        return None

    def extend_left(self, end: int, limit: int = 16, through_titles: bool = False, through_quotes: bool = False,
                    keep: str = "") -> int:
        """Leftmost start of a name that ends at `end`, stopping at punctuation, function
        words and verbs (STOP_CHARS, STOP_WORDS); `through_quotes` steps over a short “…”
        inside the name, `keep` lists stop characters that may be part of this kind of name."""
        i = end
        text = self.text
        while i > 0 and end - i < limit:
            ch = text[i - 1]
            if through_titles and ch == "》":
                j = text.rfind("《", 0, i - 1)
                if j >= 0:
                    i = j
                    continue
            if through_quotes and ch in "”\"":
                j = max(text.rfind("“", 0, i - 1), text.rfind('"', 0, i - 1))
                if j >= 0 and i - j <= 12 and not re.search(r"[，,。；;\n]", text[j:i]):
                    i = j
                    continue
            if ch in keep:
                i -= 1
                continue
            if ch == "同" and text[i - 2 : i - 1] == "共":  # 共同 is a word (…共同行动), not the 同 of 同X合作
                i -= 2
                continue
            if ch == "在" and text[i - 2 : i - 1] == "内":  # 内在质量合格率: 内在 is a word, not the 在 of 在X
                i -= 2
                continue
            if ch == "与" and text.endswith("研究", 0, i - 1) and text.startswith(("试验", "开发"), i):
                i -= 3  # 研究与试验发展经费投入强度 (R&D): one term, not the 与 of A与B
                continue
            if ch == "与" and text.startswith("国际标准", i):
                i -= 1  # 主要消费品与国际标准一致性程度: what is compared with the standards is part of the name
                continue
            if ch == "对" and text[i - 2 : i - 1] == "比":  # 质量比对提升行动: 比对 (compare) is a word
                i -= 2
                continue
            if ch == "等" and text[i - 2 : i - 1] in ("中", "优", "高", "上", "一", "二", "三"):
                i -= 2  # 优良中等路率, 高等学校, 一等品率: a grade (中等), not the 等 that ends a list
                continue
            if ch == "获" and text[i : i + 1] == "证":  # 获证企业 (certified firms): not the 获 of 获得
                i -= 1
                continue
            if ch == "中" and text[i : i + 1] in ("小", "型", "医", "药", "华", "央"):
                # 中小企业, 中小学, 大中型工程, 中医康养, 中药饮片, 中华老字号, 中央企业: not the 中 of 活动中
                i -= 1
                continue
            if (ch in STOP_CHARS and not (ch == "对" and text[i : i + 1] == "标")) or ch.isspace():
                break
            if ch == "好" and text.endswith(STOP_WORDS, 0, i - 1):
                break  # 扎实开展好质量管理活动: 好 completes the verb (do it well), no part of the name
            if ch == "据" and text[i - 2 : i - 1] not in _JU_WORDS_END and (i - 1 == 0 or not _is_han(text[i - 2])
                                                                            or (i - 1) in self.bounds):
                break  # 据企业标准“领跑者”制度工作机构…介绍: 据 (according to) opens the clause (数据, 依据 are words)
            if _COUNT_BEFORE.search(text, max(0, i - 8), i):
                break
            if text.endswith(STOP_WORDS, 0, i):  # a tuple: one C call, not a loop
                break
            i -= 1
        return i


def _drop_unlikely_renamings(view: TextView) -> None:
    """A county's name under another level word (海安市 for the table's 海安县) is one only in a text
    that names its city or province, as whole words and not before 场 (宿松市场监管局: 宿松 and 市场): else it is a
    word and a level word met by chance (会同市农委: with the city's farm board; 以上城市)."""
    hits = view.region_hits
    regions = view.lexicon.regions
    named = {r.code for _form, r in hits.values() if r.code}
    region_ends = {i + len(form) for i, (form, r) in hits.items() if r.code}
    text = view.text
    for i, (form, r) in list(hits.items()):
        if r.code:
            continue
        city = regions.get(r.parent or "")
        before = text[i - 1 : i]
        after_a_word = bool(before) and _is_han(before) and before not in STOP_CHARS and i not in region_ends
        end = i + len(form)
        # a district's own news may not name its city (济阳区市场监管局召开…): its body's name after it will do,
        # where the stem is no common word (会同市农委: 会同, with, and the city's farm board)
        body_after = view.lexicon.departments.match_at(text, end) is not None \
            and (tokenizer_freq(form[:-1]) < 300 or len(form) == 2)  # (梅县人民政府: a name of two is no stem + level)
        # (同意梅县人民政府筹建…: a body's name after it, the word before is no part of it)
        # (华亭市委书记: jieba reads 市委 as one word, the level word and the committee's 委)
        ends_inside = end not in view.bounds and not (body_after and text[end - 1 : end + 1] in ("市委", "县委", "区委", "州委"))
        if text.startswith("场", end) or not (r.parent in named or (city is not None and city.parent in named) or body_after) \
                or (after_a_word and not body_after) or i not in view.bounds or ends_inside:
            # (以上城市, 雄安新区: the form starts inside a word; 汉阳市政: it ends inside one)
            del hits[i]


def mention(view: TextView, kind: str, start: int, end: int, canonical: str, rule: str, **kw) -> Mention:
    attrs = tuple(sorted((k, v) for k, v in kw.pop("attrs", {}).items()))
    return Mention(kind, view.text[start:end], canonical, start, end, view.sentence_at(start), rule, attrs=attrs, **kw)


class Coverage:
    """Whether an offset lies inside any of a set of mentions, by bisection (mentions may overlap).

    >>> cov = Coverage([Mention("Agency", "ab", "ab", 2, 5, 0, "r"), Mention("Plan", "c", "c", 3, 4, 0, "r")])
    >>> [cov(i) for i in (1, 2, 4, 5)]
    [False, True, True, False]
    """

    def __init__(self, mentions: list[Mention]) -> None:
        spans = sorted((x.clean_start, x.clean_end) for x in mentions)
        self.starts = [a for a, _ in spans]
        self.reach: list[int] = []  # the furthest end among the spans up to each one
        furthest = -1
        for _, b in spans:
            furthest = max(furthest, b)
            self.reach.append(furthest)

    def __call__(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and self.reach[k] > pos


# ---------------------------------------------------------------- regions
@per_lexicon
def _post_tuple(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.posts)


@per_lexicon
def _county_stems(lex: Lexicon) -> tuple[dict[str, Region], re.Pattern[str] | None]:
    """The two-character stems of county names (永嘉 for 永嘉县) that name one county only and are
    no region form of their own; the lexicon leaves them out, being ordinary words as often."""
    return _stems_of(lex, "县")


@per_lexicon
def _city_stems(lex: Lexicon) -> dict[str, Region]:
    """The same for county-level cities (宜都 for 宜都市)."""
    return _stems_of(lex, "市")[0]


@per_lexicon
def _district_stems(lex: Lexicon) -> dict[str, Region]:
    """The same for districts (福田 for 福田区)."""
    return _stems_of(lex, "区")[0]


def _stems_of(lex: Lexicon, suffix: str) -> tuple[dict[str, Region], re.Pattern[str] | None]:
    counts: Counter[str] = Counter()
    stems: dict[str, Region] = {}
    for r in lex.regions.values():
        if r.level != "county" or not r.code:
            continue  # (a renamed county's variant, 睢宁市 for 睢宁县, is no division a bare stem names)
        # the name's stem, or a short form's (麻阳苗族自治县, short 麻阳县: 麻阳)
        for stem in {n[:-1] for n in (r.name, *r.short) if n.endswith(suffix) and len(n) == 3 and not n.endswith("自治" + suffix)}:
            counts[stem] += 1
            stems[stem] = r
    unique = {s: r for s, r in stems.items() if counts[s] == 1 and lex.region_forms.entries.get(s) is None
              and s not in lex.blocked_words}
    return unique, (re.compile("|".join(sorted(unique))) if unique else None)


_LOCAL_MEDIA = re.compile(r"新闻网|新闻|日报|融媒|电视台|广播电视台|发布")


def _bare_counties(view: TextView, found: list[Mention], county_voice: bool = True) -> list[Mention]:
    """In a county's own news (县政府召开全县质量大会), its name written bare (涉及永嘉的目标任务):
    a whole jieba token that is no common word, stands outside every region already found and
    next to no post (副司长高阳 is a man). A stem of the county the text names in full is an
    alias of it; where the text names another county in full, or none, a stem is that county
    only if it comes twice or names the news site (苍南新闻网): 名牌兴业 once is a slogan,
    方正达电子 a firm's name. A county-level city's stem (宜都) counts only beside its full name
    or as its media's (宜都融媒讯), in a county's or a city's news.
    """
    text, lex = view.text, view.lexicon
    inside = Coverage(found)
    posts = _post_tuple(lex)
    named = {m.canonical for m in found if m.kind == "Region"}
    hits: dict[str, list[tuple[int, int, Region]]] = defaultdict(list)

    def consider(start: int, stem: str, stems: dict[str, Region]) -> None:
        end = start + len(stem)
        if start in view.bounds and end in view.bounds and not inside(start) \
                and tokenizer_freq(stem) < COMMON_WORD_FREQ and not view.in_title(start) \
                and not text.endswith(posts, 0, start) and not text.startswith(posts, end):
            hits[stems[stem].name].append((start, end, stems[stem]))

    county_stems, pattern = _county_stems(lex)
    if county_voice and pattern is not None:
        for m in pattern.finditer(text):
            consider(m.start(), m.group(), county_stems)
    # a city's stem is looked for only where it could count (a scan of every stem costs a tenth
    # of a build): the stems of cities named in full, and the two characters before a media word
    city_stems = _city_stems(lex)
    wanted = {r.name[:-1] for r in city_stems.values() if r.name in named}
    wanted |= {stem for m in _LOCAL_MEDIA.finditer(text) if (stem := text[max(0, m.start() - 2) : m.start()]) in city_stems}
    for stem in wanted:
        k = text.find(stem)
        while k >= 0:
            consider(k, stem, city_stems)
            k = text.find(stem, k + len(stem))
    # a district's stem before its body's name (福田市场监督管理局), where the text names the district in full
    district_stems = _district_stems(lex)
    for stem in {r.name[:-1] for r in district_stems.values() if r.name in named}:
        k = text.find(stem)
        while k >= 0:
            if lex.departments.match_at(text, k + len(stem)) is not None:
                consider(k, stem, district_stems)
            k = text.find(stem, k + len(stem))
    named_counties = {n for n in named if n.endswith("县")}
    out = []
    for county, ms in sorted(hits.items(), key=lambda kv: kv[1][0][0]):
        by_its_media = any(_LOCAL_MEDIA.match(text, e) for _, e, _ in ms)  # 苍南新闻网8月25日消息
        # 麻阳市场监督管理局将…: the stem before a body's name, in a county's news, is the county's
        by_its_body = any(lex.departments.match_at(text, e) is not None for _, e, _ in ms)
        # (a district's stem is looked for only before its body's name, the district named in full: it stands)
        if county.endswith("市"):
            if county not in named and not by_its_media:
                continue
        elif county.endswith("县") and not (county in named_counties
                                             or (not named_counties and (len(ms) >= 2 or by_its_media or by_its_body))):
            continue
        out.extend(mention(view, "Region", a, e, county, "county-bare", attrs={"code": r.code} if r.code else {})
                   for a, e, r in ms)
    return out


_BYLINE_WORD_BEFORE = re.compile(r"(?:记者|通讯员|作者|编辑|摄影|撰稿|供稿)\s*[:：]?\s*$")


def find_regions(view: TextView) -> list[Mention]:
    """Administrative divisions: full names anywhere, bare short forms (辽宁, 沈阳) only as
    whole jieba tokens so that words that merely contain them do not count."""
    out = []
    lex = view.lexicon
    i = 0
    county_voice = bool(_COUNTY_VOICE.search(view.text))
    named = {r.code for _form, r in view.region_hits.values() if r.code}
    for at, (form, region) in view.region_hits.items():  # in text order
        if at < i:
            continue  # inside the region just found
        end = at + len(form)
        is_bare = form in lex.bare_short_forms
        county_short = region.level == "county" and len(form) <= 2
        before = view.text[at - 1 : at]
        if county_short and form == region.name and form.endswith("县") and not view.text.startswith("长", end) \
                and (not before or not _is_han(before) or before in STOP_CHARS or before in LEVEL_PRECEDERS
                     or lex.departments.match_at(view.text, end) is not None or _after_its_city(view, at, region)):
            # 道县, 叶县: a county's full name of two characters, where no word runs into it (not the 兴县
            # of 质量兴县, the 范县 of 示范县, or 叶县长, Mr Ye the head), or its body's name follows (同意梅县人民政府)
            county_short = False
        if is_bare and at > 1 and view.text[at - 1] in lex.surnames and (
                view.text.endswith(_post_tuple(lex), 0, at - 1) or _BYLINE_WORD_BEFORE.search(view.text, max(0, at - 8), at - 1)
                or (view.text[at - 2] in "(（" and view.text[end : end + 1] in ")）")):
            continue  # 副部长李汉中: a name after a post, not the region 汉中 (nor a writer's, 记者谭玉林, (谭玉林))
        title = view.in_title(at)
        if title and NOT_PLAN.search(view.text[title[0] + 1 : title[1] - 1]):
            continue  # 《上海证券报》: a periodical's name, not a place the text names
        if _DATELINE.match(view.text, end):
            continue  # 新华社北京12月27日电: where a wire was filed, not what it is about
        if not is_bare and region.level == "county" and _reads_as_a_common_word(view, at, form, region, named):
            continue  # 建设现代化滨海城市 (海城市), 推进老城区改造: words, not a county the text places
        if not county_short and (not is_bare or (at in view.bounds and end in view.bounds)):
            out.append(mention(view, "Region", at, end, region.name, "region-lexicon",
                               attrs={"code": region.code} if region.code else {}))
            i = end
    if county_voice or _CITY_VOICE.search(view.text):
        bare = _bare_counties(view, out, county_voice)
        out.extend(bare)
        # (麻阳市场监督管理局: a stem before a body's name starts that body's name too)
        before_body = {m.clean_start: (m.surface, lex.region_by_name(m.canonical)) for m in bare
                       if lex.departments.match_at(view.text, m.clean_end) is not None and m.clean_start not in view.region_hits}
        if before_body:
            view.region_hits = dict(sorted({**view.region_hits, **before_body}.items()))
    out.extend(_places_of_events(view, out))
    out.sort(key=lambda m: m.clean_start)
    _set_main_regions(view, out)
    out = _without_foreign_zone_names(view, out)
    out = sorted(out + _country_mentions(view), key=lambda m: m.clean_start)  # after the level words: 市 never means 中国
    view.regions = out
    view.regions = out = _homonyms_placed(view)
    view._region_starts = [m.clean_start for m in out]
    return out


def placed_code(view: TextView, name: str, codes: list[str] | None = None) -> str | None:
    """The code of the region called `name` (a name several regions hold: 通州区, 城区, 鼓楼区) that lies
    in one of the regions the text names (or in one of `codes`), where exactly one does; None where
    the text does not say which it is.

    >>> view = TextView.of_plain("江苏省南通市召开会议，通州区开展质量月活动。")
    >>> [m.attr("code") for m in find_regions(view)], placed_code(view, "通州区")
    (['320000', '320600', '320612'], '320612')
    """
    lex = view.lexicon
    if codes is None:
        codes = [code for m in view.regions if m.canonical not in lex.homonyms and (code := m.attr("code"))]
    placed = lex.placed(name, codes)
    return placed.code if placed is not None else None


def _homonyms_placed(view: TextView) -> list[Mention]:
    """The view's regions, those whose name several regions hold carrying the code of the one the text
    places: under the city named right before it (南通市通州区), else inside a region the text names;
    else no code at all (which one is meant, the text does not say)."""
    regions = view.regions
    if not any(m.canonical in view.lexicon.homonyms for m in regions):
        return regions
    out = []
    for k, m in enumerate(regions):
        if m.canonical in view.lexicon.homonyms:
            before = regions[k - 1] if k and regions[k - 1].clean_end == m.clean_start else None
            code = placed_code(view, m.canonical, [c] if before is not None and (c := before.attr("code")) else None)
            attrs = {k: v for k, v in m.attrs if k != "code"} | ({"code": code} if code else {})
            m = replace(m, attrs=tuple(sorted(attrs.items())))
        out.append(m)
    return out


def _after_its_city(view: TextView, at: int, region: Region) -> bool:
    """Does the region's own city end right where its name starts (菏泽市曹县: the county 曹县, no word 市曹)?"""
    for k in range(max(0, at - 8), at):
        hit = view.region_hits.get(k)
        if hit and k + len(hit[0]) == at and hit[1].code and hit[1].code == region.parent:
            return True
    return False


_URBAN_AREA = ("城区", "市区")  # (新城区, 老城区, 古城区, 新市区: the new or old part of any town, as words)


def _reads_as_a_common_word(view: TextView, at: int, form: str, region: Region, named: set[str]) -> bool:
    """Is a county's full name here a word of the text rather than the county, which the text places by
    neither its city or province nor a body's name after it? Two kinds: a name that is itself a word
    for part of a town (新城区, 老城区), and one whose first character ends a word before it
    (沿海城市, 滨海城市: 沿海 and 滨海, then 城市, not 海城市).

    >>> [m.canonical for m in find_regions(TextView.of_plain("沿海城市、滨海城市和新城区。"))]
    []
    >>> [m.canonical for m in find_regions(TextView.of_plain("鞍山海城市、洛阳市老城区、新城区市场监管局。"))]
    ['鞍山市', '海城市', '洛阳市', '老城区', '新城区']
    """
    city = view.lexicon.regions.get(region.parent or "")
    if region.parent in named or (city is not None and city.parent in named):
        return False
    text = view.text
    if view.lexicon.departments.match_at(text, at + len(form)) is not None:
        return False  # 新城区市场监管局: the district's body
    if len(form) >= 3 and form.endswith(_URBAN_AREA):
        return True
    before = text[at - 1 : at]
    # (a level word before it is no such word: 湖州市长兴县 is no 市长)
    return bool(before) and _is_han(before) and before not in STOP_CHARS and before not in LEVEL_CHARS \
        and tokenizer_freq(before + form[0]) >= 100


@per_lexicon
def _held_back_in_place(lex: Lexicon) -> re.Pattern[str] | None:
    """A held-back short form (海东, 大同, 中山) where an event is placed in it: 在海东启动, 于大同举行."""
    if not lex.blocked_short_forms:
        return None
    forms = "|".join(sorted(map(re.escape, lex.blocked_short_forms), key=len, reverse=True))
    return re.compile(rf"(?:在|于|赴|到|来到|走进)(?P<form>{forms})(?=(?:隆重|正式|顺利|成功)?(?:启动|举行|召开|举办|开幕|闭幕|开展|拉开))")


def _places_of_events(view: TextView, found: list[Mention]) -> list[Mention]:
    """Regions whose short form is also a common word, which the lexicon otherwise leaves out,
    where the text places its event there (在海东启动: 海东市)."""
    pattern = _held_back_in_place(view.lexicon)
    if pattern is None:
        return []
    taken = Coverage(found)
    out = []
    for m in pattern.finditer(view.text):
        a, b = m.span("form")
        if not taken(a):
            region = view.lexicon.blocked_short_forms[m.group("form")]
            out.append(mention(view, "Region", a, b, region.name, "region-event-place", attrs={"code": region.code}))
    return out


# GUIDE: the country is 中国, aliases 我国 and 全国 where used as a place. 全国 mostly opens a
# name (在全国“质量月”启动仪式上, 全国质量奖, 全国人大, 全国市场监管工作会议); it is the place where the
# text ranks, compares or counts within it (位居全国第一, 高于全国平均水平, 覆盖全国31个省).
_COUNTRY = re.compile(
    r"(?P<c>我国)|(?:位居|位列|在|占|居|高于|低于|超过|领先|乃至|覆盖|面向|遍布|辐射)"
    r"(?P<after>全国)(?![“\"《]|[\u4e00-\u9fff]{0,6}(?:会议|委员会|大会|人大|政协))"
    r"|(?P<before>全国)(?=平均|总数|总量|总体水平|前列|首位|\d+个(?:省|地区|城市|市))")


def _country_mentions(view: TextView) -> list[Mention]:
    out = []
    for m in _COUNTRY.finditer(view.text):
        group = next(g for g in ("c", "after", "before") if m.group(g))
        if not view.in_title(m.start(group)):
            out.append(mention(view, "Region", m.start(group), m.end(group), "中国", "country", attrs={"code": "100000"}))
    return out


# words a county's own news speaks with: then a bare two-character county name (永嘉) is that county
_CITY_VOICE = re.compile(r"我市|全市|市政府|市委|市人民政府|市市场监管局|市市场监督管理局")
_COUNTY_VOICE = re.compile(r"县政府|县委|我县|全县|县长|县人民政府|县领导|县市场监管局|县市场监督管理局")
_ADDRESSEE_SENTENCE = re.compile(r"^\s*(主送[:：])?各[^。！？]{2,200}[:：]\s*$")  # (one sentence's text)
_DATELINE = re.compile(r"\s*\d{1,2}月\d{1,2}日\s*(?:电|讯|消息)")
_ZONE = ("经济技术开发区", "经济开发区", "高新技术产业开发区", "高新区", "开发区", "工业园区", "产业园区", "保税区", "试验区")


def _without_foreign_zone_names(view: TextView, regions: list[Mention]) -> list[Mention]:
    """A short region form that names a development zone of another province is no mention of
    that region: 滨州's 北海经济开发区 is not 北海市 (Guangxi). Zones of the document's own
    province keep their region."""
    province = view.main_region.get("省")
    if province is None:
        return regions
    kept = []
    for m in regions:
        region = view.lexicon.region_by_name(m.canonical)
        if m.surface != m.canonical and view.text.startswith(_ZONE, m.clean_end) and region is not None \
                and region != province and not _within(view.lexicon, region, province):
            continue
        kept.append(m)
    if len(kept) < len(regions):  # the level words are read again without it
        view.main_region.clear()
        _set_main_regions(view, kept)
    return kept


_RANKED_IN = re.compile(r"(?:走在|位居|位列|居于|处于|跻身|名列)[^，,。；;]{0,4}$")
_RANK_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:前列|前茅|首位|第一|领先)")


_FIRM_NAME_AFTER = re.compile(r"[\u4e00-\u9fff()（）]{2,18}?(?:股份有限公司|有限责任公司|有限公司|集团公司)")


def _ranked_against(text: str, m: Mention) -> bool:
    """Is a region named as the field a place ranks in (走在郑州市、全省乃至全国前列, 位居全省第一)?"""
    return bool(_RANKED_IN.search(text, max(0, m.clean_start - 8), m.clean_start) and _RANK_AFTER.match(text, m.clean_end))


def _listed_peers(text: str, regions: list[Mention]) -> set[int]:
    """Where the regions named as items of a list of three or more joined by 、 or 和 start
    (南京、苏州、无锡和常州).

    >>> from kg.model import Mention
    >>> text = "南京、苏州和无锡，以及常州"
    >>> found = [Mention("Region", t, t, text.index(t), text.index(t) + 2, 0, "region") for t in ("南京", "苏州", "无锡", "常州")]
    >>> sorted(_listed_peers(text, found))
    [0, 3, 6]
    """
    ordered = sorted(regions, key=lambda m: m.clean_start)
    listed: set[int] = set()
    run: list[Mention] = []
    for m in [*ordered, None]:
        if m is not None and run and text[run[-1].clean_end : m.clean_start] in ("、", "和", "及", "与"):
            run.append(m)
            continue
        if len(run) >= 3:
            listed.update(r.clean_start for r in run)
        run = [m] if m is not None else []
    return listed


def _set_main_regions(view: TextView, regions: list[Mention]) -> None:
    """The document's own regions, by the level word that refers to them (市, 省, 州 …): the
    most mentioned of each level."""
    lex = view.lexicon
    # a notice's addressee line (各市、自治州人民政府，兰州新区管委会：) names who receives it
    # (各项工作走在郑州市、全省乃至全国前列: the places a county city ranks against are not its own, nor
    # the place a firm is named for: 郑州建信耐火材料成套有限公司)
    # (广东、江苏、北京、上海、天津、浙江的…指数在85以上: places a report lists are not its own, though the
    # province the listed cities share is: 呼和浩特市、包头市、…阿拉善盟)
    listed = _listed_peers(view.text, regions)
    counted = [m for m in regions if not _ADDRESSEE_SENTENCE.match(view.sentences[m.sentence].text)
               and not _ranked_against(view.text, m) and not _FIRM_NAME_AFTER.match(view.text, m.clean_end)] \
        if view.sentences else regions
    counts = Counter(m.canonical for m in counted)
    own = Counter(m.canonical for m in counted if m.clean_start not in listed)
    for ch in LEVEL_CHARS:
        cands = [n for n, _ in own.most_common() if n.endswith(ch) or (ch == "省" and n.endswith("自治区"))]
        if cands:
            view.main_region[ch] = lex.region_by_name(cands[0])
    # a county city's article names its prefecture by the city (香格里拉市: 副州长 is 迪庆州's), a city's its
    # province: the nearest ancestor of that kind of the most mentioned region that has one
    for ch, of_kind in (("州", lambda r: r.name.endswith("州")), ("盟", lambda r: r.name.endswith("盟")),
                        ("省", lambda r: r.level == "province")):
        if ch in view.main_region:
            continue
        for n, _ in counts.most_common():
            r = lex.region_by_name(n)
            p = lex.parent(r) if r else None
            while p is not None and not of_kind(p):  # (a county's province is two levels up)
                p = lex.parent(p)
            if p is not None:
                view.main_region[ch] = p
                break


_TASK_LEVEL_BEFORE = re.compile(r"质量(?:强|兴)([省市县区州])暨$")


def _own_local_region(view: TextView) -> Region | None:
    """The city, prefecture, county or district the document is about: the most mentioned of
    its main ones (a county's news names its city's visitors: 济宁市质监局 at 微山县's launch),
    the city on a tie."""
    mains = [r for ch in "市州县区" if (r := view.main_region.get(ch)) is not None]
    if not mains:
        return None
    counts = Counter(region.name for _form, region in view.region_hits.values())
    return max(mains, key=lambda r: counts[r.name])  # (max keeps the first of equals: 市 first)


def _named_most(view: TextView, region: Region) -> bool:
    """Is `region` named more often than any other region of the document (a county's own news,
    not a province's report that names a city or two)?"""
    counts = Counter(m.canonical for m in view.regions)
    return counts[region.name] > max((n for name, n in counts.items() if name != region.name), default=0)


_VENUE_AFTER = re.compile(r"(?:市|县|区)?(?:隆重)?(?:举行|召开|举办|开幕)")


def _prefecture_of_text(view: TextView) -> Region | None:
    """The 地区 (prefecture) the document names most, if any (阿勒泰地区)."""
    counts = Counter(m.canonical for m in view.regions if m.canonical.endswith("地区"))
    return view.lexicon.region_by_name(counts.most_common(1)[0][0]) if counts else None


def region_for_level(view: TextView, level: str, pos: int) -> Region | None:
    """The region a bare level word (市, 州, 省 …) refers to at `pos`: the nearest earlier
    region of that level in the document, else the document's most mentioned one."""
    paragraph = view.sentences[view.sentence_at(pos)].paragraph if view.sentences else None
    for m in view.regions_back_from(pos):
        if view.sentences and view.sentences[m.sentence].paragraph != paragraph:
            break  # another paragraph's region is a mention, not the body this text belongs to
        before = view.text[max(0, m.clean_start - 6) : m.clean_start]
        if _VENUE_AFTER.match(view.text, m.clean_end) and ("在" in before or "于" in before):
            continue  # 大会在山东济南举行。记者从市市场监管局获悉: where it was held, not whose bureau
        if view.text.startswith("级", m.clean_end) or view.text.startswith(("市级", "省级", "县级", "区级"), m.clean_end):
            continue  # 按照温州市级规划要求和市委、市政府工作部署 (瑞安's plan): a level of plan, not whose 市委
        if m.canonical.endswith(level) or (level == "省" and m.canonical.endswith("自治区")):
            near = view.lexicon.region_by_name(m.canonical)
            main = view.main_region.get(level)
            if near is not None and main is not None and near != main and _within(view.lexicon, near, main):
                return main  # 咸宁's plan: 在赤壁市启动试点…在市委、市政府领导下 is 咸宁's 市委, not 赤壁's
            return near
    found = view.main_region.get(level)
    if found is None and level in "市省":
        # 市市场监管局 in a district's or county's news it never names the city of (奉贤区, 开州区):
        # the city above it, or the province above that
        for below in ("区", "县"):
            local = view.main_region.get(below)
            above = view.lexicon.parent(local) if local else None
            while above is not None and not above.name.endswith(("省", "自治区") if level == "省" else "市"):
                above = view.lexicon.parent(above)
            if above is not None and (level == "省" or above.level in ("prefecture", "province")):
                return above
    return found


def _within(lex, region: Region, ancestor: Region) -> bool:
    """Is `region` below `ancestor` (赤壁市 in 咸宁市)?"""
    above = lex.parent(region)
    while above is not None:
        if above == ancestor:
            return True
        above = lex.parent(above)
    return False


# ---------------------------------------------------------------- agencies
# the fields local departments are named for, which merged bureaus join freely (文化广电旅游体育局,
# 卫生健康局, 科技商务局): GUIDE keeps such a name as written, with its region
_FIELDS = ("发展", "改革", "经济", "信息化", "工业", "科学技术", "科技", "商务", "文化", "广播电视", "广电", "新闻出版",
           "旅游", "体育", "卫生", "健康", "计划生育", "教育", "民政", "司法", "财政", "人力资源", "社会保障", "自然资源",
           "规划", "国土资源", "生态环境", "环境保护", "住房", "城乡建设", "交通运输", "水利", "水务", "农业", "农村",
           "畜牧", "兽医", "林业", "草原", "粮食", "物资储备", "能源", "应急管理", "审计", "统计", "医疗保障",
           "退役军人事务", "行政审批", "政务服务", "大数据", "数据", "城市管理", "综合行政执法", "综合执法",
           "市场监督管理", "质量技术监督", "知识产权", "投资促进", "外事", "侨务", "民族宗教", "人民防空", "乡村振兴",
           "金融", "机关事务管理", "信访", "工商行政管理", "食品药品监督管理", "贸易", "物价", "海洋", "渔业",
           "中小企业", "安全生产监督管理")
# one field or several, joined: 卫生局 and 物价局 before 2018's reform, 文化广电旅游体育局 after it
_MERGED_DEPARTMENT = re.compile("(?:{f})(?:和?(?:{f})){{0,5}}(?:局|委员会|厅)".format(f="|".join(sorted(_FIELDS, key=len, reverse=True))))


def _match_department(view: TextView, j: int):
    hit = view.lexicon.departments.match_at(view.text, j)
    if not hit:
        merged = _MERGED_DEPARTMENT.match(view.text, j)
        if merged is None:
            return None
        hit = (merged.group(), Department(merged.group(), (merged.group(),), "{region}{canonical}"))
    surface, dept = hit
    end = j + len(surface)
    nxt = view.text[end : end + 1]
    if surface == "委" and nxt in ("员", "托", "屈", "婉"):
        return None
    if nxt == "门" or (surface.endswith("局") and nxt == "长"):
        return None
    return surface, dept, end


_SESSION = re.compile(r"第[一二三四五六七八九十百\d]+届")  # 第十六届 (人民代表大会)
_SUB_UNIT = re.compile(f"([{HAN}]{{2,8}}?)(分局|局)(?![长])")
# …总局标准创新司, …总局办公厅, 国家知识产权局办公室, …总局产品质量安全监督管理司 (ten characters before its 司)
_NATIONAL_SUB_UNIT = re.compile(f"([{HAN}]{{2,10}}?)(司|局)(?![长])|()(办公厅|办公室)")


PARTY_UNITS = {"宣传部": "宣传部", "组织部": "组织部", "统战部": "统战部", "统一战线工作部": "统一战线工作部",
               "政法委员会": "政法委员会", "政法委": "政法委员会", "办公厅": "办公厅", "办公室": "办公室",
               "财经委员会": "财经委员会", "财经委": "财经委员会",
               "机构编制委员会办公室": "机构编制委员会办公室", "编办": "机构编制委员会办公室",
               # (中共福建省委台港澳工作办公室; 省委网信办; 省委政研室; 市委农办)
               "台港澳工作办公室": "台港澳工作办公室", "台湾工作办公室": "台湾工作办公室", "台办": "台湾工作办公室",
               "网络安全和信息化委员会办公室": "网络安全和信息化委员会办公室", "网信办": "网络安全和信息化委员会办公室",
               "政策研究室": "政策研究室", "政研室": "政策研究室",
               "农村工作领导小组办公室": "农村工作领导小组办公室", "农办": "农村工作领导小组办公室"}
_PARTY_UNIT = re.compile("|".join(sorted(PARTY_UNITS, key=len, reverse=True)))


def _party_unit(view: TextView, end: int) -> int:
    """Extend a party committee over its department: 省委宣传部, 中共中央办公厅."""
    m = _PARTY_UNIT.match(view.text, end)
    return m.end() if m else end


def _party_unit_name(unit: str) -> str:
    return PARTY_UNITS.get(unit, unit)


# (省政府感谢国家质检总局…: a verb and another body, no sub-unit of the government)
_NOT_IN_A_UNIT = ("国家", "总局", "感谢", "代表", "会同", "联合", "委托", "要求", "召开", "组织", "分管", "主管", "相关", "有关",
                  "各",  # (市政府各委办局: every one of them, no unit of its own)
                  "致函", "回函", "复函")  # (山东省人民政府致函市场监管总局: a letter to another body)


def _sub_unit(view: TextView, end: int, pattern: re.Pattern[str] = _SUB_UNIT) -> int:
    """Extend an agency over a named sub-unit: …总局质量发展局, …管理局大理片区分局, …总局标准创新司."""
    m = pattern.match(view.text[end : end + 14])
    if m is not None and m.lastindex == 4:  # a national body's 办公厅: a body of its own
        return end + m.end()
    national = pattern is _NATIONAL_SUB_UNIT and m is not None and m.group(2) == "司"  # 标准创新司: always a unit
    if m and m.group(2) == "司" and (m.group(1).endswith("公") or any(w in m.group(1) for w in _RECIPIENT_VERBS + ("决定", "批准"))):
        return end  # 国务院授予海尔集团公司…: a firm the body acts on, no 司 of its own
    if m and not any(c in STOP_CHARS for c in m.group(1)) and (national or not any(w in m.group(1) for w in STOP_WORDS)) \
            and not any(w in m.group() for w in _NOT_IN_A_UNIT) and not _holds_another_body(view, end, end + m.end()):
        return end + m.end()
    return end


def _one_word(view: TextView, a: int, b: int) -> bool:
    """Is [a, b) one short word of the tokenizer's (代表|省委|感谢: 省委 a word of its own, as 市 is in
    委托|市|市场监管局)?"""
    return b - a <= 3 and b in view.bounds and not any(k in view.bounds for k in range(a + 1, b))


def _holds_another_body(view: TextView, a: int, b: int) -> bool:
    """Does [a, b) hold a level word and a department of its own (湖州市人民政府办公室|批复|市市场监管局)?
    A verb between two bodies joins them; a sub-unit's name (大理片区分局) holds none."""
    text = view.text
    return any(text[p] in LEVEL_CHARS and (dep := _match_department(view, p + 1)) is not None and dep[2] <= b
               for p in range(a, b - 1))


# what ends no verb before a level word: a count (四省一市质监局), a goal (质量强市委员会), a level (县市)
_NO_VERB_BEFORE_LEVEL = frozenset("一二三四五六七八九十两几各每强兴" + LEVEL_CHARS)
# besides regions and national bodies, an agency starts with a level word or 中 (中共, 中国共产党)
_AGENCY_OTHER_FIRSTS = frozenset(LEVEL_CHARS) | {"中"}
_AUTONOMOUS = re.compile("自治区|地区")  # 自治区人民政府, 地区市场监督管理局: the level word of a region of that kind


def find_agencies(view: TextView) -> list[Mention]:
    out: list[Mention] = []
    text = view.text
    lex = view.lexicon
    # an agency starts with a region, a level word, a national body's name or 中共/中国共产党:
    # positions starting none of them are skipped before any matching (most of the text)
    others = any_of(lex.national.first_chars | _AGENCY_OTHER_FIRSTS)
    starts = sorted({*view.region_hits, *(m.start() for m in others.finditer(text)),
                     *(m.start() for m in _AUTONOMOUS.finditer(text))})
    i = 0
    for at in starts:
        if at < i:
            continue  # inside the title or the agency just passed
        title = view.in_title(at)
        if title:
            i = title[1]
            continue
        m = _agency_at(view, at, out[-1].clean_end if out else -1)
        if m:
            out.append(m)
            i = m.clean_end
    # a group's office is a body of its own: 全国评比达标表彰工作协调小组办公室批准… (the lexicon
    # knows the group; the office after it is what acts)
    out = [_with_office(view, m) for m in out]
    out.extend(_bare_national_units(view, out))
    out.extend(_regions_sharing_a_department(view, out))
    # institutions (…检验所, …研究院) and leading groups (…领导小组)
    out.extend(_institutions(view, out))
    out.extend(_listed_departments(view, sorted(out, key=lambda m: m.clean_start)))
    out.extend(_unplaced_regulators(view, out))
    out.extend(_youth_league(view, out))
    out.extend(_town_stations(view, out))
    out.extend(_bare_congresses(view, out))
    out.extend(_bare_bureaus(view, out))
    addressees = [(m.start(), m.end()) for m in _ADDRESSEES.finditer(text)]
    if addressees:  # (most texts have none: no per-name look back over a long line)
        out = [m for m in out if not _in_addressee_list(view, m, addressees)]
    out.sort(key=lambda m: m.clean_start)
    return out


_ADDRESSEES = re.compile(r"^\s*各[^。；;！!？?\n]{2,200}?[:：]\s*$", re.M)
_YOUTH_LEAGUE = re.compile(r"团([省市县区州])委(?!员)")


_BARE_CONGRESS = re.compile(r"(?:(?<=[、，,])|(?<=[、，,]\s))(人大常委会|人大|政协)(?=(?:党组)?(?:副?主任|副?主席|常委|秘书长))")
_LEVEL_OF_CHAIN = re.compile(r"([省市县区州])(?:委|政府|人民政府)")


def _bare_congresses(view: TextView, found: list[Mention]) -> list[Mention]:
    """A congress or political consultative conference named bare in a list of a region's leaders
    (县委常委、副县长陈某、人大副主任陈某、政协副主席程某): the region the list's level word names."""
    text = view.text
    covered = Coverage(found)
    out = []
    for m in _BARE_CONGRESS.finditer(text):
        if covered(m.start()):
            continue
        sent = view.sentences[view.sentence_at(m.start())] if view.sentences else None
        lo = max(sent.clean_start if sent else 0, m.start() - 40)
        levels = list(_LEVEL_OF_CHAIN.finditer(text, lo, m.start()))
        region = region_for_level(view, levels[-1].group(1), m.start()) if levels else None
        if region is None:
            continue
        canonical = (f"中国人民政治协商会议{region.name}委员会" if m.group(1) == "政协"
                     else f"{region.name}人民代表大会常务委员会")
        out.append(mention(view, "Agency", m.start(), m.end(), canonical, "bare-congress", region=region.name))
    return out


# 市局副局长徐素俭, 省局质量处: "the bureau" at a level, written before a post or a section of it
_BARE_BUREAU = re.compile(r"(?<![\u4e00-\u9fff])([省市县区])局(?=(?:党组|党委)?(?:书记|副?局长|副总工|总工程师|"
                          r"副?总经济师|副?巡视员|调研员|纪检组长|办公室|[\u4e00-\u9fff]{1,8}[处科](?:[副长]|$|[，,。、])))")


def _bare_bureaus(view: TextView, found: list[Mention]) -> list[Mention]:
    """市局, 省局 as a bureau's staff write it (天津市质监局召开座谈会。市局副局长徐素俭…): the one
    bureau at that level the text has named before; none where it named several or none."""
    matches = list(_BARE_BUREAU.finditer(view.text))
    if not matches:
        return []  # (most texts write none: the bureaus are not read)
    bureaus = [(a.clean_end, a.canonical, a.region, hit[1].name[-1]) for a in found
               if a.canonical.endswith("局") and not a.canonical.endswith(("分局", "总局")) and a.region is not None
               and (hit := view.lexicon.region_forms.match_at(a.canonical, 0)) is not None]
    out = []
    for m in matches:
        named = {(name, region) for end, name, region, level in bureaus if end <= m.start() and level == m.group(1)}
        if len(named) == 1:
            (canonical, region), = named
            out.append(mention(view, "Agency", m.start(), m.end(), canonical, "bare-bureau", region=region))
    return out


def _youth_league(view: TextView, found: list[Mention]) -> list[Mention]:
    """A region's youth league committee written 团县委, 团市委 (共青团X县委员会): the region the text is
    about at that level, as a bare 县委 is the county's party committee."""
    taken = Coverage(found)
    out = []
    for m in _YOUTH_LEAGUE.finditer(view.text):
        region = view.main_region.get(m.group(1))
        if region is not None and not taken(m.start()) and not view.text.endswith("共青", 0, m.start()):
            out.append(mention(view, "Agency", m.start(), m.end(), f"共青团{region.name}委员会", "youth-league",
                               region=region.name))
    return out


def _in_addressee_list(view: TextView, m: Mention, addressees: list[tuple[int, int]]) -> bool:
    """Is a body written without its region part of a notice's addressee line (各市(州)市场监管局、发展改革委、
    经济和信息化局…：)? Every city's bureaus are meant, none by name. A body named with its region
    (各区人民政府、…，市政府各部门：) may still be one the text means."""
    k = bisect.bisect_right(addressees, (m.clean_start, len(view.text) + 1)) - 1
    if k < 0 or not (addressees[k][0] <= m.clean_start and m.clean_end <= addressees[k][1]):
        return False
    line_start = addressees[k][0]
    if re.match(r"[省市县区州](?:人民)?政府|[省市县区州]委", m.surface):
        return False  # (市政府各部门: the city's own government, whose departments are addressed)
    # only the run of 、 that 各 opens is distributive (各直属检验检疫局，…，认监委、标准委，: the last two are bodies)
    run_start = max(view.text.rfind(c, line_start, m.clean_start) for c in ",，;；") + 1
    run_start = max(run_start, line_start)
    if not view.text[run_start:m.clean_start].lstrip().startswith("各"):
        return False
    return not view.regions_starting(m.clean_start, m.clean_start + 1)


_REGULATOR = re.compile(r"(?<=[区县市])(市场监督管理局|市场监管局|质量技术监督局|质监局)")
_REGULATOR_NAMES = {"市场监管局": "市场监督管理局", "质监局": "质量技术监督局"}


_DISCOURSE_WORDS = ("首先", "其次", "再次", "最后", "同时", "随后", "然后", "另外", "此外", "其中")  # 首先县质监局…: no place


_KINDS_OF_REGION = ("直辖市", "自治区", "自治州", "自治县", "地级市", "县级市", "计划单列市", "副省级城市")


def _unplaced_regulators(view: TextView, found: list[Mention]) -> list[Mention]:
    """A district's or zone's regulator whose place the division list does not hold (济阳区, made a
    district after the list was drawn; 湛江经开区): named as written, its 区/县/市 kept."""
    text = view.text
    covered = Coverage(found)
    out = []
    for m in _REGULATOR.finditer(text):
        if covered(m.start()) or covered(m.start() - 1) or view.in_title(m.start()):
            continue
        start = _back_to_region(view, view.extend_left(m.start(), limit=9))
        # (湖北省武汉市东湖高新区市场监管局: the zone is named from its city, the innermost of the regions
        # that open the name, as a placed body's is; the scan is not cut inside the province)
        lo = _back_to_region(view, view.extend_left(m.start(), limit=16))
        chain = [r for r in view.regions_starting(lo, m.start()) if r.clean_end < m.start()]
        if chain:
            k = 0
            while k + 1 < len(chain) and chain[k + 1].clean_start == chain[k].clean_end:
                k += 1
            start = chain[k].clean_start
        stem = text[start : m.start()]
        if covered(start):
            continue  # 湖州市人民政府办公室委托市市场监管局: the scan ran back into another body's name
        if len(stem) < 3 or stem[0] in "全各本该我每辖城新" or "各" in stem or stem.startswith(_DISCOURSE_WORDS) or re.search(r"\d|[一二三四五六七八九十两][省市县区]", stem) \
                or text.startswith(STOP_WORDS, start) or stem.endswith(_KINDS_OF_REGION) \
                or re.search(r"报送|上报|送至|交至|提交|报", stem[:-1]) or re.search(r"[该本我全每各此][省市县区]$|年", stem):
            continue  # (四省一市质监局 are five bodies, not one; 各省、自治区、直辖市质量技术监督局: every one of a kind;
            # 将…电子版报送区市场监管局: a verb before the level word, whose region the text does not name;
            # 通报了2017年上半年该市质监局履职情况: the city the text is about, by a determiner)
        canonical = stem + _REGULATOR_NAMES.get(m.group(1), m.group(1))
        out.append(mention(view, "Agency", start, m.end(), canonical, "unplaced-region+department"))
    return out


def _innermost_region(view: TextView, region: Region, j: int) -> tuple[Region, int, Region | None]:
    """The last of the regions written one after another from `j` on (广东省湛江市 -> 湛江市), where
    they end, and the city a district is named with (武汉市汉阳区 keeps its city), if one is."""
    city_of_district = None
    while (inner := view.region_hits.get(j)) and inner[1].parent:
        named = view.lexicon.as_part_of(inner[1], region)  # (南通市通州区: the 通州区 of 南通市, not Beijing's)
        city_of_district = region if _district_of(named, region) else None
        region, j = named, j + len(inner[0])
    if city_of_district is None and region.name.endswith("区"):
        # 奉化区人民政府 in a text that signs 宁波市奉化区人民政府: one body, named with its city as the text writes it
        city_of_district = _district_cities(view).get(region.name)
    return region, j, city_of_district


def _district_cities(view: TextView) -> dict[str, Region]:
    """The districts the text writes right after their city (宁波市奉化区), each with that city."""
    if view.district_city is None:
        view.district_city = {}
        for i, (form, region) in view.region_hits.items():
            inner = view.region_hits.get(i + len(form))
            if inner and _district_of(view.lexicon.as_part_of(inner[1], region), region):
                view.district_city.setdefault(inner[1].name, region)
    return view.district_city


def _district_of(district: Region, city: Region) -> bool:
    """Is `district` a district (区) of the prefecture-level `city`, so named with it (武汉市汉阳区)?"""
    return city.level == "prefecture" and district.name.endswith("区") and district.parent == city.code


_BARE_REGULATOR = ("市场监管局", "市场监督管理局")
# (a clause's start or a preposition before it: not 各地市场监管局, 省市场监管局, 全国市场监管局长)
_BEFORE_BARE_REGULATOR = set("在由向与和及、，,。；;：:\n 　“\"（(")


def _agency_at(view: TextView, i: int, after: int = -1) -> Mention | None:
    text, lex = view.text, view.lexicon
    start = i
    party_prefix = text.startswith("中共", i) or text.startswith("中国共产党", i)
    if party_prefix:
        i += 2 if text.startswith("中共", i) else 5
    # 1. region (+ inner region) + [第N届] + department
    hit = view.region_hits.get(i)
    if hit:
        form, region = hit
        region, j, city_of_district = _innermost_region(view, region, i + len(form))
        ordinal = _SESSION.match(text, j)
        k = ordinal.end() if ordinal else j
        dep = _match_department(view, k)
        if dep is None and text.startswith("市场", j - 1):
            # 蓬莱市场监督管理局: the city's 市 is also the first character of 市场 (written once)
            k = j - 1
            dep = _match_department(view, k)
        if dep:
            surface, dept, end = dep
            if party_prefix and dept.canonical != "党委":
                return None
            if dept.canonical == "党委":
                end = _party_unit(view, end)
                canonical = dept.full_name(region) + _party_unit_name(text[k + len(surface) : end])
                return mention(view, "Agency", start, end, canonical, "region+department", region=region.name)
            end = _sub_unit(view, end)
            canonical = dept.full_name(region, city_of_district) + text[k + len(surface) : end]
            return mention(view, "Agency", start, end, canonical, "region+department", region=region.name)
        # bare short region + 局 (福建局) is resolved later against the document's agencies
        return None
    if party_prefix:
        hit = lex.national.match_at(text, start)
        if hit:
            end = start + len(hit[0])
            end = _party_unit(view, end)
            return mention(view, "Agency", start, end, hit[1] + _party_unit_name(text[start + len(hit[0]) : end]),
                           "national-lexicon")
        return None
    # 2. level word + department: 市发改委, 州市场监管局, 省政府
    ch = text[i]
    # (自治区 is no word's ending but a region's, so any word may stand before it: 据自治区市场监管局,
    # 积极争取自治区政府出台 — unless it ends a region's name or says every one: 各自治区)
    if ch == "自" and text.startswith("自治区", i) and not text.endswith(GENERIC_BEFORE_LEVEL, 0, i) \
            and not any(r.clean_start < i < r.clean_end for r in view.regions_starting(max(0, i - 12), i)):
        dep = _match_department(view, i + 3)
        region = view.main_region.get("省")
        if dep and region is not None and region.name.endswith("自治区"):
            surface, dept, end = dep
            if dept.canonical == "党委":
                end = _party_unit(view, end)
                canonical = dept.full_name(region) + _party_unit_name(text[i + 3 + len(surface) : end])
            else:
                end = _sub_unit(view, end)
                canonical = dept.full_name(region) + text[i + 3 + len(surface) : end]
            return mention(view, "Agency", start, end, canonical, "level+department", region=region.name)
    if ch == "地" and text.startswith("地区", i) and (i == 0 or not _is_han(text[i - 1]) or text[i - 1] in STOP_CHARS
                                                     or i == after or text.endswith(STOP_WORDS, 0, i)
                                                     or text.endswith(LEVEL_PRECEDING_WORDS, 0, i)):
        # 由地区市场监督管理局牵头: a prefecture (阿勒泰地区) is named by 地区 as a city by 市
        dep = _match_department(view, i + 2)
        region = _prefecture_of_text(view)
        if dep and region is not None and dep[1].canonical != "党委":
            surface, dept, end = dep
            end = _sub_unit(view, end)
            canonical = dept.full_name(region) + text[i + 2 + len(surface) : end]
            return mention(view, "Agency", start, end, canonical, "level+department", region=region.name)
    # the level word first: the look-behind over STOP_WORDS is the costly test, and this runs at
    # every position of every document
    if ch in LEVEL_CHARS and (i == 0 or not _is_han(text[i - 1]) or text[i - 1] in STOP_CHARS or i == after
                              or text[i - 1] in LEVEL_PRECEDERS or text.endswith(STOP_WORDS, 0, i)
                              or (text[i - 1] in "该本" and _ANAPHOR_BEFORE_LEVEL.search(text, max(0, i - 2), i))
                              or text.endswith(LEVEL_PRECEDING_WORDS, 0, i)
                              # a verb the lists do not hold (委托市市场监管局): the level word a word of its
                              # own, asked of the tokenizer only where a department follows
                              # (not 区: 经开区, 高新区 end in it, and a zone is no district the text names)
                              or (ch in "市省县" and (dep := _match_department(view, i + 1)) is not None and i in view.bounds
                                  and (i + 1 in view.bounds or _one_word(view, i, dep[2]))
                                  and text[i - 1] not in _NO_VERB_BEFORE_LEVEL)):
        if (text.endswith(GENERIC_BEFORE_LEVEL, 0, i) and not _ANAPHOR_BEFORE_LEVEL.search(text, max(0, i - 2), i)) \
                or _EVERY_LISTED.search(text, max(0, i - 8), i):
            return None  # (各市、区人民政府: every district's, none by name; 该市质监局局长张西周 is the city
            # just named's, 本市 the document's own)
        dep = _match_department(view, i + 1)
        if dep:
            surface, dept, end = dep
            region = region_for_level(view, ch, i)
            if region is not None and dept.canonical == "党委":
                end = _party_unit(view, end)
                canonical = dept.full_name(region) + _party_unit_name(text[i + 1 + len(surface) : end])
                return mention(view, "Agency", start, end, canonical, "level+department", region=region.name)
            if region is not None:
                end = _sub_unit(view, end)
                canonical = dept.full_name(region) + text[i + 1 + len(surface) : end]
                return mention(view, "Agency", start, end, canonical, "level+department", region=region.name)
    # 2b. the market regulator named bare in a local article (今年以来，市场监管局加大…; 活动在市场监管局拉开帷幕):
    # the article's own city's or county's, as 市市场监管局 is
    if ch == "市" and text.startswith(_BARE_REGULATOR, i) and (i == 0 or text[i - 1] in _BEFORE_BARE_REGULATOR) \
            and (region := _own_local_region(view)) is not None and _named_most(view, region):
        dep = _match_department(view, i)
        if dep is not None and dep[1].canonical == "市场监督管理局":
            return mention(view, "Agency", start, dep[2], dep[1].full_name(region), "bare-department", region=region.name)
    # 3. national bodies by name or abbreviation
    hit = lex.national.match_at(text, i)
    if hit:
        surface, canonical = hit
        end = i + len(surface)
        if text[end : end + 1] == "门" or (i > 0 and text[i - 1] in LEVEL_CHARS and surface[0] not in "国中全"):
            return None
        branch = view.region_hits.get(end)
        if branch is not None:  # 人民银行湛江市中心支行: a local branch of a national body, a body of its own
            tail = _BRANCH_OF_NATIONAL.match(text, end + len(branch[0]))
            if tail:
                return mention(view, "Agency", start, tail.end(), canonical + text[end : tail.end()],
                               "national-branch", region=branch[1].name)  # (as written: 人民银行呼和浩特中心支行)
        sub = _sub_unit(view, end, _NATIONAL_SUB_UNIT)  # a national 司 or 局 is a body of its own
        canonical = canonical + text[end:sub]
        return mention(view, "Agency", start, sub, canonical, "national-lexicon")
    return None


_BRANCH_OF_NATIONAL = re.compile(r"中心支行|分行|支行|营业管理部|监管局|监管分局")
NATIONAL_PREFIXES = ("全国", "国家", "中国", "中华")
GROUP_TOPIC = re.compile("质量|标准|品牌|计量|认证|检验|检测|安全|食品|药品|强省|强市|强县|强区|强州|兴省|兴市|振兴|名牌|"
                         "消费|知识产权|特种设备|质量月|整治|提升|对标|达标")
def trie_pattern(words: list[str]) -> str:
    """One regex for a set of literal words that matches, at a position, the longest of them,
    trying one branch per next character (an alternation of many words is tried word by word).

    >>> re.findall(trie_pattern(["检测中心", "检测所", "检验检测中心"]), "检验检测中心、检测所")
    ['检验检测中心', '检测所']
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_GROUP_WORDS = [base + office for base in ("工作领导小组", "领导小组", "工作协调小组", "协调小组", "部际联席会议", "联席会议",
                                           "工作委员会", "评选表彰委员会", "评审表彰委员会", "评选委员会", "评审委员会",
                                           "评定委员会", "认定委员会", "推进委员会", "发展委员会", "推荐委员会", "评价委员会")
               for office in ("", "办公室", "秘书处")]
_GROUP_WORDS += ["专项行动办公室", "活动组委会", "质量管理协会", "质量协会"]  # (省质量管理协会: the province's)
# the genre's associations, a region's like a ministry's (GUIDE's 中国质量万里行促进会 is an agency)
_GROUP_WORDS += [field + kind for field in ("质量检验", "质量发展", "质量", "标准化", "计量", "计量测试", "检验检测",
                                             "认证认可", "品牌建设", "质量品牌")
                 for kind in ("协会", "促进会", "学会", "研究会")]
# a campaign's office named by the campaign alone (四川省质量强省办, 淮安市质强办, 县质量强县办)
_CAMPAIGN_OFFICES = [f"质量{verb}{level}{office}" for verb in ("强", "兴") for level in "省市县区州镇"
                     for office in ("办", "办公室")] + ["质强办"] + [f"强{level}办" for level in "省市县区"]
# and its committee (我市质量强市委员会, 市质强委)
_CAMPAIGN_OFFICES += [f"质量{verb}{level}委员会{office}" for verb in ("强", "兴") for level in "省市县区州"
                      for office in ("", "办公室")] + ["质强委"]
# (县质量强县办公室主任王斗星; 义乌市强市办: the office named by its campaign's verb and level alone)
_GROUP_WORDS += _CAMPAIGN_OFFICES
_INSTITUTION_OR_GROUP = re.compile(trie_pattern(list(INSTITUTION_SUFFIXES) + _GROUP_WORDS))
_ANY_HEAD = re.compile(trie_pattern(list(PROGRAMME_HEADS_STRONG + PROGRAMME_HEADS_WEAK)))  # the longest head at a place


_SERIES_OF = ("一系列", "一些列", "系列")
_ACT_BEFORE_AWARD = re.compile(r"举行|举办|召开|启动")  # (the verbs of an award itself, 授予, 评出, have rules of their own)
_ROUND_OR_YEAR = re.compile(r"(?:第[一二三四五六七八九十百\d]+届|首届|本届|(?:19|20)\d\d(?:\s*[-—–]\s*(?:19|20)\d\d)?年度?|\s)*")


def _regions_naming_award(text: str, regions: list[Mention], award_at: int) -> list[Mention]:
    """The regions that open an award's name: those after which, up to the award's head, stand only
    other such regions, rounds and years (湖北省武汉市第八届市长质量奖), the first one first."""
    out: list[Mention] = []
    at = award_at
    for r in reversed(regions):
        if r.clean_end > at or not _ROUND_OR_YEAR.fullmatch(text, r.clean_end, at):
            break
        out.insert(0, r)
        at = r.clean_start
    return out


_VERB_BEFORE_AWARD = re.compile(r"(?:不再|不得|不|再|可|已)?"  # (已经获得…的，不再评定政府质量奖: a rule on who may win it)
                                r"(?:保障|确保|推进|推动|做好|围绕|申报|争创|参评|参加|组织|配合|宣传|落实|评定|评选|评审|授予|颁发|撤销|取消)"
                                r"出?")  # (评选出主席质量奖4个: the count of winners chosen)
# what the word scan runs back over before an award and never names it: the verbs of its rules (批准, 受理,
# 监督, 设立), an article's number, 本区 (this district's), the year it is given in (当年), what a clause says of it
# (服务辖区企业有关天府质量奖申报, 标志着县政府质量奖评审工作启动)
_OUTSIDE_AWARD_NAME = re.compile(r"批准|受理|提交|监督|拟订|拟定|指导|负责|设立|首设|增设|新设|申请|当年|今年|本年度|有关|标志着"
                                 r"|第[一二三四五六七八九十百\d]+条|[本该此我][省市县区州旗]")
_LIST_MARK = re.compile("[、，,：:(（]|联合|会同|[ \u3000\n]+")  # (（发展改革委、工业和信息化部等负责）: a list in brackets;
# 市场监管总局 公安部 / 药监局: a notice's signatories, spaced and broken over lines)
_LIST_AFTER = "、，,和与及等"


# a 司 named bare before its head's name or post: 标准创新司崔钢司长, 新闻宣传司司长于军
_LISTED_SI = re.compile(f"[、和及与]([{HAN}]{{2,8}}?司)(?=[、，,和及与。；;]|等)")
_BARE_SI = re.compile(f"(?<![{HAN}])([{HAN}]{{2,8}}?)司(?=(?:副)?司长|[{HAN}]{{2,3}}(?:副)?司长)")
_BARE_JU_IN_CHAIN = re.compile(f"、([{HAN}]{{2,8}}?局)(?=(?:副)?局长)")
_ZONGJU_UNIT = re.compile(f"总局([{HAN}]{{2,8}}?(?:司|局))(?![长])")
_MINISTRY_ENDINGS = ("总局", "部", "委员会", "局")


def _ministry_of(name: str) -> str | None:
    """The national body a national name is, or is a 司 or the office of.

    >>> _ministry_of("国家市场监督管理总局标准创新司"), _ministry_of("教育部"), _ministry_of("中国标准化研究院")
    ('国家市场监督管理总局', '教育部', None)
    >>> _ministry_of("国家市场监督管理总局办公厅"), _ministry_of("国务院办公厅")
    ('国家市场监督管理总局', None)
    """
    if name.endswith(("司", "办公厅", "办公室")):
        k = max((name.rfind(e) + len(e) for e in _MINISTRY_ENDINGS if name.rfind(e) > 0), default=0)
        return name[:k] if 0 < k < len(name) else None
    return name if name.endswith(_MINISTRY_ENDINGS) else None


def _bare_national_units(view: TextView, found: list[Mention]) -> list[Mention]:
    """Departments (司) of a national body named without it, in a document whose national body
    is plain: the one national ministry it names most often (市场监管总局 … 标准创新司崔钢司长).

    >>> t = "市场监管总局召开会议。标准创新司崔钢司长做了总结发言。"
    >>> v = TextView.of_plain(t)
    >>> [m.canonical for m in find_agencies(v)]
    ['国家市场监督管理总局', '国家市场监督管理总局标准创新司']
    """
    text = view.text
    named = [(m, n) for m in found if m.rule == "national-lexicon" and not m.region and (n := _ministry_of(m.canonical))]
    if not named:
        return []
    counts = Counter(n for _, n in named)
    top = max(counts.values())
    ministries = [n for n, c in counts.items() if c == top]
    covered = Coverage(found)
    out = []
    for m in _BARE_SI.finditer(text):
        unit = m.group(1)
        if any(c in STOP_CHARS for c in unit) or unit.endswith("公") or view.in_title(m.start()):
            continue
        if covered(m.start()):
            continue  # part of a name already found (…总局标准创新司)
        # the ministry named just before it in its sentence (市场监管总局新闻发言人、新闻宣传司司长于军), else
        # the one named most often; two named as often: whose 司 it is, the text must say
        sentence_start = view.sentences[view.sentence_at(m.start())].clean_start
        before = [n for x, n in named if sentence_start <= x.clean_start and x.clean_end <= m.start()]
        ministry = before[-1] if before else (ministries[0] if len(ministries) == 1 else None)
        if ministry is not None:  # (总局质量司: the 总局 that names its ministry again is no part of the unit's name)
            unit = unit[2:] if unit.startswith("总局") and ministry.endswith("总局") and len(unit) > 3 else unit
            out.append(mention(view, "Agency", m.start(), m.end(), ministry + unit + "司", "national-unit"))
    # a 局 of a 总局 in a chain of posts after it (市场监管总局总工程师、质量发展局局长黄国梁): the 总局's, as its 司 are;
    # only with the 总局 named before in the sentence (a bare 质量发展局 alone may be a region's)
    for m in _BARE_JU_IN_CHAIN.finditer(text):
        if covered(m.start(1)) or view.in_title(m.start()) or any(c in STOP_CHARS for c in m.group(1)):
            continue
        sentence_start = view.sentences[view.sentence_at(m.start())].clean_start
        before = [n for x, n in named if sentence_start <= x.clean_start and x.clean_end <= m.start()]
        if before and before[-1].endswith("总局"):
            out.append(mention(view, "Agency", m.start(1), m.end(1), before[-1] + m.group(1), "national-unit"))
    # 受总局质量发展局委托: a 司 or 局 of the one 总局 the text names (国家市场监管总局办公厅 … 总局质量发展局)
    administrations = [n for n in counts if n.endswith("总局")]
    if len(administrations) == 1:
        for m in _ZONGJU_UNIT.finditer(text):
            before = text[m.start() - 1 : m.start()]
            if covered(m.start()) or view.in_title(m.start()) or (before and _is_han(before) and before not in STOP_CHARS
                                                                  and before not in LEVEL_PRECEDERS + "受由"):
                continue
            out.append(mention(view, "Agency", m.start(), m.end(), administrations[0] + m.group(1), "national-unit"))
    # 市场监管总局标准创新司、标准技术司、中国检科院: the units listed after a ministry's named one are its too
    for unit in [x for x in found + out if x.canonical.endswith("司")]:
        ministry = _ministry_of(unit.canonical)
        end = unit.clean_end
        while ministry and (listed := _LISTED_SI.match(text, end)) and not covered(listed.start(1)):
            out.append(mention(view, "Agency", listed.start(1), listed.end(1), ministry + listed.group(1), "national-unit-listed"))
            end = listed.end(1)
    return out


_GROUP_ENDINGS = ("小组", "委员会", "联席会议", "组委会")


def _with_office(view: TextView, m: Mention) -> Mention:
    """A group's mention with the 办公室 right after it: the office.

    >>> t = "全国评比达标表彰工作协调小组办公室批准设立。"
    >>> v = TextView.of_plain(t)
    >>> [x.canonical for x in find_agencies(v)]
    ['全国评比达标表彰工作协调小组办公室']
    """
    if m.canonical.endswith(_GROUP_ENDINGS) and view.text.startswith("办公室", m.clean_end):
        end = m.clean_end + 3
        return replace(m, surface=view.text[m.clean_start : end], canonical=m.canonical + "办公室", clean_end=end)
    return m


def _regions_sharing_a_department(view: TextView, found: list[Mention]) -> list[Mention]:
    """Regions listed before one department (上海市、江苏省、浙江省、安徽省市场监管局): each region's body."""
    text = view.text
    ending_at = {r.clean_end: r for r in view.regions}
    out = []
    for m in found:
        if m.rule != "region+department" or m.region is None:
            continue
        dept = m.canonical[len(m.region):] if m.canonical.startswith(m.region) else None
        if not view.regions_starting(m.clean_start, m.clean_start + 1) or not dept or dept.startswith("委员会"):
            continue  # (a party committee's name is not one department shared; governments are: 韩城市、城固县、平利县人民政府)
        own_region = view.lexicon.region_by_name(m.region)
        if own_region is None:
            continue
        k = m.clean_start
        # a region of the same level, or the one above (在广州市及黄埔区市场监督管理局代表见证下: both bureaus)
        above = view.lexicon.parent(own_region)
        while text[k - 1 : k] in ("、", "和", "及") and (prev := ending_at.get(k - 1)) is not None \
                and (listed := view.lexicon.region_by_name(prev.canonical)) is not None \
                and (listed.level == own_region.level or listed == above):
            out.append(mention(view, "Agency", prev.clean_start, prev.clean_end, prev.canonical + dept, "regions-sharing-department",
                               region=prev.canonical))
            k = prev.clean_start
    return out


def _listed_departments(view: TextView, found: list[Mention]) -> list[Mention]:
    """Departments named bare in a list (联合工商局、食药局、建设局等11个部门): the bodies of the
    region the sentence (or else the document) is about."""
    text, lex = view.text, view.lexicon
    out = []
    taken = [(m.clean_start, m.clean_end) for m in found]
    starts = [a for a, _ in taken]
    can_start = lex.departments.starts
    for mark in _LIST_MARK.finditer(text):  # a bare department in a list follows a list mark
        i = mark.end()
        if not can_start.match(text, i):
            continue
        dep = _match_department(view, i)
        k = bisect.bisect_right(starts, i) - 1
        if dep and dep[0] == "政府" and k >= 0 and taken[k][1] == mark.start() and found[k].region \
                and found[k].canonical.startswith("中共") and mark.group() in ("、", "，", ","):
            # 自治区党委、政府出台…: the committee's region's government, named after it by 政府 alone
            region = lex.region_by_name(found[k].region)
            if region is not None:
                out.append(mention(view, "Agency", i, dep[2], dep[1].full_name(region), "listed-department",
                                   region=region.name))
            continue
        # (the list goes on after it, or it ends a list right after a body: 省教育厅、民政厅开展了…)
        right_after_a_body = k >= 0 and taken[k][1] == mark.start()
        spaced = mark.group().isspace()  # (a space separates names only in a row of them: 海关总署 药监局, then the row's end)
        if not dep or (spaced and (not right_after_a_body or text[dep[2] : dep[2] + 1] not in (" ", "\u3000", "\n", ""))):
            continue
        after_a_body = mark.group() == "、" and right_after_a_body
        if len(dep[0]) < 3 or dep[1].canonical in ("党委", "人民政府") \
                or (text[dep[2] : dep[2] + 1] not in _LIST_AFTER and not after_a_body and not spaced):
            continue
        if k >= 0 and taken[k][1] > i:
            continue  # inside a name already found
        sentence = view.sentence_at(i)
        region = None  # the nearest agency before it in its sentence that has one (found is sorted by start)
        national_list = False  # …or, nearest, a national body: 市场监管总局会同发展改革委、科技部…
        if spaced:  # (a row of signatories broken over lines: the body it follows, across the break)
            sentence = found[k].sentence
        for j in range(k, -1, -1):
            if found[j].sentence != sentence:
                break
            if found[j].clean_end <= i and found[j].region:
                region = lex.region_by_name(found[j].region)
                break
            if found[j].clean_end <= i and found[j].rule == "national-lexicon":
                national_list = True
                break
        nxt = found[k + 1] if k + 1 < len(found) else None
        if region is None and not national_list and mark.group() in "(（" and nxt is not None and nxt.rule == "national-lexicon" \
                and text[dep[2] : nxt.clean_start] in ("、", "，", ","):
            national_list = True  # （发展改革委、工业和信息化部、…负责）: a list that goes on with national bodies
        if national_list:
            national = lex.bare_national(dep[0])
            if national:
                out.append(mention(view, "Agency", i, dep[2], national, "listed-department"))
            continue
        region = region or next((view.main_region[c] for c in "县市州区省" if c in view.main_region), None)
        if region is None:
            continue
        surface, dept, end = dep
        out.append(mention(view, "Agency", i, end, dept.full_name(region), "listed-department", region=region.name))
    return out


def _group_anchor(view: TextView, group_at: int, start: int) -> int | None:
    """Where a group's name starts when its words hold a verb: the nearest region, or level word
    right after a mark, within 24 characters before it and with no mark between."""
    text = view.text
    lo = max(0, group_at - 24)
    if re.search(r"[，,。；;：:、\s“”\"《》()（）]", text[start:group_at]):
        return None

    def name_like(k: int, allowed: tuple[str, ...] = ()) -> bool:  # only the verbs such names hold, and no other body's name
        words = text[k:group_at]
        # (以市委副书记、市长为组长的质量强市工作领导小组: who chairs it, a relative clause, no part of its name)
        return not any(w in words for w in _STOPS_OUTSIDE_GROUP_NAMES if w not in allowed) and "的" not in words \
            and not any(h in words for h in ("小组", "办公室", "委员会"))

    for r in reversed(view.regions_starting(lo, start)):
        if not re.search(r"[，,。；;：:、\s“”\"《》()（）]", text[r.clean_start : group_at]):
            # (北京市贯彻质量强国战略工作领导小组: right after its region, a name may say what it carries out)
            if name_like(r.clean_start, _REGION_GROUP_VERBS):
                return r.clean_start
            break  # (山东省市场监管局积极发挥…小组: the region is another body's, before the verb)
    for k in range(start - 1, lo - 1, -1):
        ch = text[k]
        if re.match(r"[，,。；;：:、\s“”\"《》()（）]", ch):
            break
        if ch in LEVEL_CHARS and (k == 0 or re.match(r"[，,。；;：:、\s]", text[k - 1])):
            return k if name_like(k) else None
    # 积极发挥质量强省及品牌战略推进工作领导小组办公室…作用: no region or level word, the name's own verbs and
    # tasks back to the verb that governs it (发挥), a task among them
    k = start
    while k > lo and not (text[k - 1] in STOP_CHARS and text[k - 1] not in "及和与") and not text[k - 1].isspace() \
            and not text.endswith(_STOPS_OUTSIDE_GROUP_NAMES, 0, k):
        k -= 1
    return k if k < start and _JOINED_TASK.search(text, k, start) else None


_JOINED_TASK = re.compile(r"(?:质量|标准|品牌)(?:强[省市县区州]|兴[省市县区州])(?:战略)?[及和与]")
_GROUP_NAME_VERBS = ("推进", "推动", "建设", "创建", "实施", "提升", "协调", "全面")  # (省全面实施标准化战略领导小组)
_STOPS_OUTSIDE_GROUP_NAMES = tuple(w for w in STOP_WORDS if w not in _GROUP_NAME_VERBS)  # (a tuple for str.endswith)
_REGION_GROUP_VERBS = ("贯彻", "落实", "贯彻落实")


_JING_WORDS = ("经济", "经信", "经开", "经贸", "经营", "经管")  # words that start with 经


_SEAT_AFTER = re.compile(r"[(（]([\u4e00-\u9fff]{2,8})[)）]")


_TOWN_STATION = re.compile(f"([{HAN}]{{1,4}}?(?:镇|乡|街道))(市场监督管理所|市场监管所)")
_BARE_STATION = re.compile("市场监督管理所|市场监管所")


def _town_stations(view: TextView, found: list[Mention]) -> list[Mention]:
    """A town's market-supervision station (赛马镇市场监督管理所, X街道市场监管所): a body of its own,
    named as written (the gazetteer stops at counties); the one station a text names, named bare
    again (市场监督管理所所长王军), is that station.

    >>> v = TextView.of_plain("赛马镇市场监管所开展检定。检定现场，市场监督管理所所长王军讲解了常识。")
    >>> sorted({m.canonical for m in _town_stations(v, [])})
    ['赛马镇市场监督管理所']
    """
    text = view.text
    covered = Coverage(found)
    out: list[Mention] = []
    for m in _TOWN_STATION.finditer(text):
        start = view.extend_left(m.end(1), limit=6)
        town = text[start : m.end(1)]
        if covered(m.start(2)) or len(town) < 2 or not town.endswith(("镇", "乡", "街道")) or town.startswith(("各", "全", "本")):
            continue
        out.append(mention(view, "Agency", start, m.end(), town + "市场监督管理所", "town-station"))
    names = {x.canonical for x in out}
    if len(names) == 1:
        mine = Coverage(found + out)
        for m in _BARE_STATION.finditer(text):
            if not mine(m.start()) and not mine(m.end() - 1):
                out.append(mention(view, "Agency", m.start(), m.end(), next(iter(names)), "town-station-again"))
    return out


class _Spans:
    """Name spans kept sorted by start, for the questions a recogniser asks of the names already
    found near a place (which overlap it, which end just before it): scanning them all at every
    match made a long document quadratic. Spans are name-sized, so those that reach a place start
    at most the longest span's length before it.

    >>> spans = _Spans([(0, 5), (10, 14)])
    >>> spans.add(20, 30)
    >>> spans.starting(0, 12), spans.starting(0, 25, reach=22)
    ([(0, 5), (10, 14)], [(20, 30)])
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]
        self._longest = max((b - a for a, b in self._spans), default=0)

    def add(self, a: int, b: int) -> None:
        k = bisect.bisect_left(self._spans, (a, b))
        self._spans.insert(k, (a, b))
        self._starts.insert(k, a)
        self._longest = max(self._longest, b - a)

    def starting(self, lo: int, hi: int, reach: int | None = None) -> list[tuple[int, int]]:
        """Spans starting in [lo, hi); with `reach`, only those that may end at `reach` or after it
        (the start bound then tightened to what the longest span allows)."""
        if reach is not None:
            lo = max(lo, reach - self._longest)
        return self._spans[bisect.bisect_left(self._starts, lo) : bisect.bisect_left(self._starts, hi)]


def _back_to_region(view: TextView, start: int) -> int:
    """A name's start back at the region the word scan stopped in, where the character it stopped at is a
    stop character too: a region's first (the 上 of 上海: a locative elsewhere) or a later one (the 都 of 成都:
    成都高新区市场监督管理局 and 成都市高新区…, not 高新区… or 市高新区…).

    >>> view = TextView.of_plain("成都市高新区市场监督管理局")
    >>> _back_to_region(view, view.extend_left(6))
    0
    """
    if start > 0 and view.text[start - 1] in STOP_CHARS:
        for k in range(max(0, start - 8), start):
            hit = view.region_hits.get(k)
            if hit and k + len(hit[0]) >= start:
                return k
    return start


# a verb that holds or attends a meeting, in the clause before a 联席会议 (召开了…联席会议)
_MEETING_HELD = re.compile(r"(?:召开|举行|举办|主持|出席|参加)[^，,。；;：:、]*$")


def _institutions(view: TextView, found: list[Mention]) -> list[Mention]:
    """Public institutions (…检验所, …研究院, …检测中心) and coordinating bodies (…领导小组,
    …领导小组办公室, …联席会议, …工作委员会) named with a region, a level word or 全国/中国."""
    text = view.text
    taken = _Spans((m.clean_start, m.clean_end) for m in found)
    out = []
    for m in _INSTITUTION_OR_GROUP.finditer(text):
        end = m.end()
        if view.in_title(m.start()) or any(m.start() < b for _, b in taken.starting(0, end, reach=m.start() + 1)):
            continue
        if text.startswith(("制度", "机制"), end):
            continue  # 建立质量工作联席会议制度: a way of working, not a body
        if m.group() in ("联席会议", "工作会议") and any(b == m.start() for _, b in taken.starting(0, m.start(), reach=m.start())):
            continue  # 召开县质量强县工作领导小组联席会议: the group's meeting, the group named already
        if m.group() in ("联席会议", "工作会议") and _MEETING_HELD.search(text, max(0, m.start() - 30), m.start()):
            continue  # 组织召开了2020年质量强县暨质量提升工作联席会议: a meeting held, not the body that meets
        group = m.group() not in INSTITUTION_SUFFIXES
        bare_group = False  # the text's one group named again bare (会同领导小组成员单位)
        start = view.extend_left(m.start(), limit=24 if group else 18, through_quotes=group)
        joined = _JOINED_TASK.search(text, max(0, start - 8), start) if group else None
        if joined and joined.end() == start:
            start = joined.start()  # 质量强省及品牌战略推进工作领导小组办公室: two tasks joined by 及, one group
        while text.endswith("建设", 0, start) and text.startswith("工程", start) and start > 2:
            start = view.extend_left(start - 2, limit=18)  # 平江县建设工程质量安全监督站: 建设工程 is a word
        if group:  # 全国评比达标表彰工作协调小组: a national body's name may hold verbs
            k = max(text.rfind(w, max(0, m.start() - 24), m.start()) for w in NATIONAL_PREFIXES)
            if 0 <= k < start and not re.search(r"[，,。；;：:、\s“”\"《》()（）]", text[k : m.start()]):
                start = k
            else:  # so may a region's (甘肃省质量强省建设协调推进领导小组), or a level word's after a mark
                k = _group_anchor(view, m.start(), start)
                if k is not None:
                    start = k
        start = _back_to_region(view, start)  # 上海市计量测试技术研究院
        rep = text.rfind("代表", start, m.start())
        if rep >= 0:
            start = rep + 2  # 张永强代表自治区质量强区领导小组办公室发表了讲话: who speaks for it is no part of it
        if text.startswith("来", start) and text.endswith("以", 0, start):
            start += 1  # 介绍了2010年以来名牌战略领导小组办公室所做的工作: 以来 ends the time phrase
        before = [b for _, b in taken.starting(start, m.start()) if b < m.start() and text[b] in "与和及、同"]
        if before:  # 南通市市场监管局与南通市质量协会: a body joined before this one is no part of it
            start = max(before)
            while start < m.start() and text[start] in "与和及、同":
                start += 1
        inner_body = [(b, a) for a, b in taken.starting(0, m.start(), reach=start + 1) if start < b <= m.start()]
        if inner_body:  # 省质监局委托省质量检验协会: a body named inside the span acts on this one
            k, k_start = max(inner_body)
            anchor = next((i for i in range(k, m.start()) if text[i] in LEVEL_CHARS or i in view.region_hits), None)
            if anchor is not None:
                start = anchor
            elif k_start > start:  # 领导小组有关成员单位组成市政府质量奖评审委员会: the last body named is the one
                start = k_start    # the committee is named for; what comes before it makes it up
        # the name starts at its region, level word or 全国/中国 when there is one inside the span
        regions_inside = view.regions_starting(start, m.start())
        if regions_inside and text[regions_inside[0].clean_start - 1 : regions_inside[0].clean_start] in "“\"" \
                and start < regions_inside[0].clean_start:
            regions_inside = []  # “湖北精品”认定委员会: the region is inside a quoted brand, which the name keeps whole
        if regions_inside:
            start = regions_inside[0].clean_start
        elif text[start] == "经" and not text.startswith(_JING_WORDS, start):
            start += 1  # 经市长质量奖评审委员会评审: 经 (after review by) is no part of the name
        elif text[start] in "有是与和及同向对由在将把被为" and text[start + 1 : start + 2] in LEVEL_CHARS:
            start += 1  # 参加仪式的还有市质量工作领导小组成员单位: the name starts at its level word
        name = text[start:end]
        region = None
        if regions_inside and regions_inside[0].clean_start - start <= 2:
            r = regions_inside[0]
            region = view.lexicon.region_by_name(r.canonical)
            inner, city = r.clean_end, None
            if region:  # 广东省湛江市… is the city's; 珠海市斗门区区长质量奖评定委员会 keeps its city
                region, inner, city = _innermost_region(view, region, inner)
            canonical = (city.name if city else "") + region.name + text[inner:end] if region else name
            if region and inner == r.clean_end and r.surface != region.name and text[r.clean_start - 1 : r.clean_start] == region.name[-1]:
                # 省浙江制造品牌建设促进会: the level word before it names the region, so its short form opens
                # the body's own name (a brand's, 浙江制造), kept
                canonical = region.name + text[r.clean_start:end]
        elif name.startswith(NATIONAL_PREFIXES) and group and text.endswith(("创建", "争创"), 0, start) \
                and (level := re.search(r"强([省市县区])", name)) and (reg := region_for_level(view, level.group(1), start)):
            # 副市长、创建全国质量强市示范城市领导小组副组长X: the city's group for winning the national title, its
            # name the verb and the title (保山市创建全国质量强市示范城市领导小组)
            region, start = reg, start - 2
            name = text[start:end]
            canonical = region.name + name
        elif name.startswith(NATIONAL_PREFIXES):
            canonical = name
        elif name.startswith("自治区") and (reg := view.main_region.get("省")) is not None and reg.name.endswith("自治区"):
            region = reg  # 自治区质量强区领导小组办公室: the autonomous region's, as 自治区市场监管局 is
            canonical = region.name + name[3:]
        elif name[:1] in LEVEL_CHARS and (reg := region_for_level(view, name[0], start)) is not None:
            region = reg
            # 市长质量奖评审委员会: the level word belongs to the head's post (市长), not the region
            canonical = region.name + (name if name[1:2] == "长" else name[1:])
        elif m.group() == "领导小组" and (start == m.start() or text.endswith(("会同", "联合", "协调", "和", "与", "及", "由", "向"), 0, m.start())) \
                and not text.startswith("办公室", end) \
                and len(prior := {x.canonical.removesuffix("办公室") for x in out if x.canonical.endswith(("领导小组", "领导小组办公室"))}) == 1:
            # 省质量强省工作领导小组办公室牵头…，会同领导小组相关成员单位: the one group the text named, bare
            canonical, start = prior.pop(), m.start()
            name, bare_group = text[start:end], True
            region = next((view.lexicon.region_by_name(x.region) for x in out if x.region and canonical.startswith(x.region)), None)
        elif group and name[:1] in "“\"" and view.lexicon.region_forms.match_at(name, 1):
            canonical = name  # “湖北精品”认定委员会: a body named for a region's brand, as written
        elif name.startswith(("各", "有关", "相关")):
            continue  # 各区县质量强区县工作领导小组办公室: a notice's addressees, every such group, none named
        elif group and (GROUP_TOPIC.search(name[: -len(m.group())]) or m.group() in ("专项行动办公室", "活动组委会")
                        or m.group() in _CAMPAIGN_OFFICES):  # (我市质量强市委员会: the campaign names it)
            # a group named by its task alone (质量强市工作领导小组) is the document's city's; a bare
            # 领导小组 after a verb (按程序报领导小组, 以下简称领导小组) names nothing
            verb = _GROUP_VERB.match(name)
            if verb and len(name) - verb.end() - len(m.group()) >= 2:  # 进一步强化质量工作领导小组各成员单位的协作:
                start, name = start + verb.end(), name[verb.end() :]  # what is done to the group is no part of it
            region = _own_local_region(view)
            if re.search("[强兴]省", name) and not re.search("[强兴][市县区州]", name) and (province := view.main_region.get("省")):
                region = province  # 质量强省及品牌战略推进工作领导小组办公室: a province's task, the province's group
            if name[:1] in LEVEL_CHARS and region is not None and not region.name.endswith(name[0]) \
                    and not (name[0] == "市" and region.name.endswith("州")):
                continue  # 完成对区质量强区工作领导小组的考核 in a city's report: every district's group, none named
            level_before = _TASK_LEVEL_BEFORE.search(text, max(0, start - 8), start)
            if level_before and region is not None and not region.name.endswith(level_before.group(1)):
                continue  # 我县召开质量强县暨质量发展委员会会议: the county's group, in a text naming only its city
            # (成立全市品牌工作领导小组: the 全市 is the city's, no part of the group's name)
            # (我市质量强市委员会: the city's; 调整县质量强县工作领导小组: the level word stands for the region named)
            lead = r"^(?:全[省市县区州旗]|[我本]{}[省市县区州旗]|部分)(?=[\u4e00-\u9fff]{{4}})".format("?" if region else "")
            canonical = (region.name if region else "") + re.sub(lead, "", name)
        else:
            continue
        body = name[: -len(m.group())]
        if m.group().startswith("质检") and (body.endswith(("国家", "级")) or re.search(r"局|委|联合|会同|依托", body)):
            continue  # 新建国家质检中心, 省级质检中心, 市场监管局联合质检中心: a kind of centre, or a bare one after a body
        if m.group() in _CAMPAIGN_OFFICES and text[end : end + 1] in ("法", "公", "理", "事", "学"):
            continue  # 质量强省办法: a word that only starts like the office's name
        if (len(body) < 2 and m.group() not in _CAMPAIGN_OFFICES and not bare_group
                and not (m.group().endswith("协会") and region is not None)
                # 与市计量所沟通: a level word and an institution, the region's as 市质监局 is
                and not (body in LEVEL_CHARS and region is not None and not group)) \
                or re.search(r"\d|[一二两三四五六七八九十]个", body) or name.startswith("国家级"):
            continue  # (泉州酝酿再建两个国家检验中心: a count; 第一个国家级…中心: a kind of centre, no name)
        seat = _SEAT_AFTER.match(text, end)  # 国家富硒产品质量监督检验中心(湖北): a national centre's seat
        if seat and canonical.startswith(NATIONAL_PREFIXES) and view.lexicon.region_forms.match_at(seat.group(1), 0):
            end, canonical = seat.end(), canonical + "(" + seat.group(1) + ")"
        out.append(mention(view, "Agency", start, end, _ascii_quotes(canonical), "institution",
                           region=region.name if region else None))
        taken.add(start, end)
    return out


# ---------------------------------------------------------------- enterprises
@per_lexicon
def _post_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Any post of the lexicon, the longest first (副局长 before 局长)."""
    return re.compile("|".join(sorted(map(re.escape, lex.posts), key=len, reverse=True)))


@per_lexicon
def _official_then_for(lex: Lexicon) -> re.Pattern[str]:
    """A post, a name and 为 or 向 (主席陈武为…, 市长张三向…): who does something for a firm, not its name."""
    return re.compile(rf"(?:{_post_pattern(lex).pattern})[\u4e00-\u9fff]{{2,3}}?[为向]")


def find_enterprises(view: TextView, agencies: list[Mention] | None = None) -> list[Mention]:
    out = []
    text = view.text
    agency_ends = sorted(a.clean_end for a in agencies or [])
    agency_end_set = set(agency_ends)
    for m in ENTERPRISE_SUFFIX.finditer(text):
        if view.in_title(m.start()):
            continue
        if m.group() != "分公司" and _BRANCH_AFTER.match(text, m.end()):
            continue  # X有限公司云霄分公司: one firm, the branch, named whole below
        # scan left over the name, stepping over a short parenthesised part: 下关沱茶(集团)股份有限公司
        start = view.extend_left(m.start(), limit=20, keep="中")
        while start > 0 and text[start - 1] in ")）":
            k = max(text.rfind("(", 0, start - 1), text.rfind("（", 0, start - 1))
            if k <= 0 or start - k > 6 or text[k + 1 : start - 1].isdigit():
                break  # ((1)徐州建机工程机械有限公司: a list's number, not part of the name)
            start = view.extend_left(k, limit=20, keep="中")
        if text[start - 1 : start] in ("上", "下") and (start == 1 or text[start - 2] in ")） \n\u3000"):
            start -= 1  # (4)上药控股徐州股份有限公司: after a list's number or a line's start 上 opens the name (no 会上)
        if m.start() - start < 4 or text.startswith(_GENERIC_FIRM_WORDS, start):
            # (对华为投资控股有限公司: the word scan stopped at the 为 of 华为)
            start = _enterprise_start(view, m.start(), start)
        start = _back_to_region(view, start)  # 上海电气集团股份有限公司
        if text[start - 1 : start] == "和" and (start - 1) not in agency_end_set:  # 广东万和新电气股份有限公司:
            # the scan stopped at a trade name's 和; what stands before it is a place and a character or two,
            # no firm or body of a list (深圳市政府和X公司)
            place = [r for r in view.regions_starting(start - 7, start - 2) if 1 <= start - 1 - r.clean_end <= 2
                     and (r.clean_start == 0 or not _is_han(text[r.clean_start - 1]) or r.clean_start in view.bounds)]
            if place and all(_is_han(ch) for ch in text[place[0].clean_end : start - 1]) \
                    and not text.endswith(_NOT_A_FIRMS_END, 0, start - 1) and not text.endswith("委", 0, start - 1):
                start = place[0].clean_start
        if text[start - 1 : start] == "的":  # 广东美的环境电器制造有限公司: the scan stopped at a trade name's 的
            place = [r for r in view.regions_starting(start - 5, start - 2) if 1 <= start - 1 - r.clean_end <= 2]
            if place and all(_is_han(ch) for ch in text[place[0].clean_end : start - 1]):
                start = place[0].clean_start
        if text.startswith(("评选", "评为", "携手", "邀请", "组织", "依托", "协同"), start) and m.start() - start >= 6:
            start += 2  # 会议决定，评选庆铃汽车股份有限公司…为区长质量管理奖; 携手中国航天科技集团有限公司…: the verb names no firm
        town = re.match(r"[\u4e00-\u9fff]{1,4}?[镇乡]", text[start : m.start()])
        if town and start + town.end() in view.region_hits and m.start() - (start + town.end()) >= 4:
            start += town.end()  # 先后到吴店镇山东天荣实业集团有限公司: the town is where, the firm starts at its province
        counted = _COUNT_LEAD.match(text, start)
        if counted is None:  # 长兴县共有天能电池集团有限公司和…两家企业: a named region counting
            places = view.regions_starting(start, start + 1)
            counted = _COUNT_LEAD.match(text, places[0].clean_end) if places else None
        if counted and m.start() - counted.end() >= 4:
            start = counted.end()  # 全县共有河南清丽装修装饰工程有限公司、…等18家企业: the count's words are no name
        official = _official_then_for(view.lexicon).search(text, start, m.start())
        if official:  # 自治区主席陈武为集团公司董事长颁奖: an official's post and name, then 为; the firm is
            # what follows (市长张三为华为技术有限公司颁奖: the 为 right after the name, not 华为's)
            start = official.end()
        if m.start() - start < 2 or text.startswith(("各", "有关", "相关", "全市", "全省", "全县"), start) \
                or text[start : m.start()] in _NOT_A_GROUP:
            continue  # 各工业集团公司, 有关企业, 市经信委、工业集团公司: every firm of a kind, none by name
        rep = text.rfind("代表", start, m.start())
        if rep >= 0 and m.start() - (rep + 2) >= 2:
            start = rep + 2  # 为获奖企业代表华润雪花啤酒(黔东南)有限公司颁奖: the firm after 代表
        member = text.rfind("单位", start, m.start())
        if member >= 0 and m.start() - (member + 2) >= 4:
            start = member + 2  # 协会常务副会长单位浙江鑫祥印业有限公司: the firm after its role in an association
        role = _FIRM_ROLE.match(text, start, m.start())
        if role and m.start() - role.end() >= 4:
            start = role.end()  # 试点企业浙江世友木业有限公司: the firm after what it was picked as
        won = list(_WINNER_OF.finditer(text, start, m.start()))
        if won and m.start() - won[-1].end() >= 4:
            start = won[-1].end()  # 第二届天府质量奖正奖得主极米科技股份有限公司: the firm after what it won
        start = _after_acting_body(text, agency_ends, start, m.start())
        when = _TIME_BEFORE_FIRM.match(text, start) or _PLACE_BEFORE_FIRM.match(text, start) \
            or _SITE_GREETING.match(text, start) or _GOES_TO_FIRM.match(text, start)
        # (欢迎光临北京新标恒通认证有限公司: a firm's site greets; 活动前往湛江市双湖食品有限公司: who goes there)
        if when and m.start() - when.end() >= 4:
            start = when.end()  # 今年湖南飞沃新能源科技股份有限公司荣获…, 辖区内合肥热电集团有限公司: the time
            # or the place is no part of the name
        unit = _NUMBERED_INSTITUTE.match(text, m.end())
        if unit:  # 中国船舶重工集团公司第七〇二研究所: the group's numbered institute, a body of its own
            out.append(mention(view, "Agency", start, unit.end(), _ascii_parens(text[start : unit.end()]), "institute-of-firm"))
            continue
        surface = text[start : m.end()]
        out.append(mention(view, "Enterprise", start, m.end(), _ascii_parens(surface), "enterprise-suffix"))
    for m in FACTORY.finditer(text):
        if view.in_title(m.start()) or ENTERPRISE_SUFFIX.match(text, m.end()):
            continue  # (江苏华昌铝厂有限公司: one firm, named whole above)
        start = view.extend_left(m.start(), limit=20)
        if m.start() - start < 4 or text.startswith(_GENERIC_FIRM_WORDS, start):
            # (对华为投资控股有限公司: the word scan stopped at the 为 of 华为)
            start = _enterprise_start(view, m.start(), start)
        if m.start() - start >= 4 and start in view.region_hits:
            out.append(mention(view, "Enterprise", start, m.end(), _ascii_parens(text[start : m.end()]), "factory"))
    in_firm = Coverage(out)
    for m in _FIRM_BEFORE_POST.finditer(text):
        # 山东神力锁具公司董事长杜亚中: a firm named short (no 有限) before its head's post, from its place on
        if view.in_title(m.start()):
            continue
        places = view.regions_starting(view.extend_left(m.start(), limit=16), m.start())
        if places and m.start() - places[0].clean_end >= 2 and not in_firm(m.start()):
            start = places[0].clean_start
            out.append(mention(view, "Enterprise", start, m.end(), text[start : m.end()], "firm-before-post"))
    out.extend(_bare_groups(view, out, agency_ends))
    out.extend(_counted_firm_names(view, out, agencies or []))
    return out


# a list of firms by their short names, counted as firms right after it: 黄鹤楼、金牛、汉阳市政4家企业入围…
_COUNTED_FIRM_LIST = re.compile(r"(?P<list>(?:[\u4e00-\u9fffA-Za-z]{2,6}、)+[\u4e00-\u9fffA-Za-z]{2,12}?)等?"
                                r"(?:\d+|[两二三四五六七八九十])家(?:企业|公司)")
_KINDS_LISTED = re.compile(r"(?:行业|领域|产业|产品|品类|类别|方面|环节)$")
_NOT_A_FIRMS_END = ("站", "局", "院", "所", "中心", "会", "办", "厅", "委", "处", "队", "校", "馆", "部", "政府", "中学", "小学", "大学")


def _counted_firm_names(view: TextView, firms: list[Mention], agencies: list[Mention]) -> list[Mention]:
    """The short names a count of firms lists (黄鹤楼、恒星防水、中交交通3家企业负责人): each a firm,
    unless a body, a place or a firm already found stands there."""
    text = view.text
    taken = Coverage(firms + agencies)
    places = {r.clean_start: r for r in view.regions}
    out = []
    for m in _COUNTED_FIRM_LIST.finditer(text):
        if _KINDS_LISTED.search(m.group("list")):
            continue  # 排水管、复合膜袋、家具产品等行业18家企业: the trades the firms are in, no firm's name
        at = m.start("list")
        # (晶澳 (扬州)太阳能、…: where the list's first name starts is unknown unless a mark or a word ends before it)
        first_starts_here = at == 0 or text[at - 1] in "，,。；;：:、 \n" or (_is_han(text[at - 1]) and at in view.bounds)
        for k, item in enumerate(m.group("list").split("、")):
            end = at + len(item)
            lead = next((w for w in STOP_WORDS if item.startswith(w)), None) if k == 0 else None
            if lead is not None and len(item) - len(lead) >= 2:  # (共有包括天健集团、…34家企业: 包括 opens the list)
                at, item = at + len(lead), item[len(lead) :]
            joined = max(item.rfind(c) for c in "和与及") if k == 0 else -1
            if joined >= 2 and len(item) - joined > 2:  # (相关单位和中石化、中石油…等6家企业: the list opens after 和)
                at, item = at + joined + 1, item[joined + 1 :]
            place = places.get(at)
            if (k > 0 or first_starts_here) and not taken(at) and not taken(end - 1) and len(item) <= 6 \
                    and not item.startswith(("各", "全", "本", "该", "其他", "有关")) and not item.endswith(_NOT_A_FIRMS_END) \
                    and (place is None or end - place.clean_end >= 2):  # (江苏华建: a firm named with its province)
                out.append(mention(view, "Enterprise", at, end, item, "counted-firm-list"))
            at = end + 1
    return out


# a group named without its company suffix (海尔集团获得中国质量奖), where a firm's act or a list follows
_BARE_GROUP = re.compile(r"集团(?=[、，,。；;）)]|和|与|及|等|荣获|获得|获评|获|入选|董事长|董事局|总裁|总经理|党委书记|公司|作|被|是|"
                         r"开展|参加|参与|承办|举办|主办|牵头|积极|成功|在|的|为|以|通过|坚持|始终)")
_NOT_A_GROUP = ("企业", "产业", "龙头", "大型", "骨干", "国有", "民营", "重点", "优势", "工业", "商业", "该", "本", "旗下", "所属",
                "中央", "地方", "省属", "市属", "县属", "各", "大", "小", "一批", "多家", "知名", "跨国", "投资", "控股", "实业")


_TRADE_WORDS = ("控股", "投资", "实业")  # what a group's own name may end in (万丰奥特控股集团), after a name of its own


def _bare_groups(view: TextView, firms: list[Mention], agency_ends: list[int]) -> list[Mention]:
    text = view.text
    taken = Coverage(firms)
    out = []
    for m in _BARE_GROUP.finditer(text):
        if taken(m.start()) or view.in_title(m.start()):
            continue
        start = _enterprise_start(view, m.start(), view.extend_left(m.start(), limit=8))
        start = _after_acting_body(text, agency_ends, start, m.start())
        stem = text[start : m.start()]
        ends_generic = next((w for w in _NOT_A_GROUP if stem.endswith(w)), None)
        if not 2 <= len(stem) <= 6 or not all(_is_han(c) for c in stem) or stem.startswith(_NOT_A_GROUP) \
                or (ends_generic and (len(stem) - len(ends_generic) < 3 or ends_generic not in _TRADE_WORDS)) \
                or (start > 0 and _is_han(text[start - 1]) and start not in view.bounds):
            continue  # (组建大型企业集团, 该集团, 一批龙头集团: a kind, no name)
        hit = view.lexicon.region_forms.match_at(stem, 0)
        if hit and len(hit[0]) == len(stem):
            continue  # (宁波集团? a place's name alone names no firm)
        out.append(mention(view, "Enterprise", start, m.end(), text[start : m.end()], "bare-group"))
    return out


_COUNT_LEAD = re.compile(r"(?:全[县市省区州旗]|全国)?(?:共有|另有|还有|其中有)(?=[\u4e00-\u9fff]{4})")
_NUMBERED_INSTITUTE = re.compile(r"第[〇零一二三四五六七八九十百\d]{1,5}(?:研究所|研究院|设计研究院)")
_PLACE_BEFORE_FIRM = re.compile(r"(?:辖区|区域|园区|县域|市域|境|域|区|市|县|省)内|(?:我|本)[省市县区州旗]")
_FIRM_BEFORE_POST = re.compile(r"(?<!有限)(?<!集团)(?<!分)(?<!该)(?<!本)公司(?=董事长|副董事长|总经理|副总经理|总裁|党委书记|执行董事)")
_SITE_GREETING = re.compile(r"欢迎(?:您)?(?:光临|访问|来到|莅临)")
_WINNER_OF = re.compile(r"得主|获得者|获奖者")
_FIRM_ROLE = re.compile(r"(?:试点|龙头|骨干|获奖|会员|示范|标杆|重点|优秀|参评|申报|入选|培育|领军)企业")
_GOES_TO_FIRM = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:前往|来到|走进|走访|深入|参观|考察|调研)")
_TIME_BEFORE_FIRM = re.compile(r"(?:今年|去年|近日|日前|目前|近年来|同时|此外|其中|另外)")
_BRANCH_AFTER = re.compile(r"[\u4e00-\u9fff]{2,8}分公司")
# what a body does with a firm right after its name: 县市场监管局联合X有限公司 names the firm after 联合
_BODY_WITH_FIRM = re.compile(r"(联合|会同|携手|指导|督促|组织|走进|深入|约谈|检查|抽查|与|和|对|到|赴)")


def _after_acting_body(text: str, agency_ends: list[int], start: int, suffix: int) -> int:
    """The firm's start after the last body that ends inside the scanned name and acts on it."""
    k = bisect.bisect_right(agency_ends, suffix - 2) - 1
    while k >= 0 and agency_ends[k] > start:
        verb = _BODY_WITH_FIRM.match(text, agency_ends[k])
        if verb and suffix - verb.end() >= 2:
            return verb.end()
        k -= 1
    return start


_ENTERPRISE_BOUNDARY = re.compile(r'[、，,。；;：:“”"《》()（）\s]|和|与|及|代表')  # 获奖企业代表X有限公司
_GENERIC_FIRM_WORDS = ("集团", "实业", "科技", "控股", "股份", "发展", "投资", "工业")
_BEFORE_A_FIRM = STOP_WORDS + ("授予", "评选", "获", "由", "对", "向", "为", "在", "被", "将", "把", "给", "让", "使", "是")
_RECIPIENT_VERBS = ("授予", "表彰", "评选", "命名", "认定", "推荐", "颁发给")  # (acts whose object a firm is)


def _enterprise_start(view: TextView, suffix: int, start: int) -> int:
    """Where a firm's name starts when the word scan stopped inside it (美的集团, 中国交通建设:
    的 and 建设 end most names, not these): from the list mark or clause start before it, less
    the verbs and cue words that precede a firm (授予中国交通建设股份有限公司…).

    >>> t = "授予中国交通建设股份有限公司、美的集团股份有限公司质量奖。"
    >>> v = TextView.of_plain(t)
    >>> [m.canonical for m in find_enterprises(v)]
    ['中国交通建设股份有限公司', '美的集团股份有限公司']
    """
    text = view.text
    window_start = max(0, suffix - 24)
    marks = [k.end() for k in _ENTERPRISE_BOUNDARY.finditer(text, window_start, suffix)]
    begin = marks[-1] if marks else window_start
    if not marks and window_start > 0:
        return start  # no boundary within reach: keep the word scan's answer
    raw = text[begin:suffix]
    changed = True
    while changed:
        changed = False
        for w in _BEFORE_A_FIRM:
            if raw.startswith(w) and len(raw) > len(w):
                raw, changed = raw[len(w):], True
                break
        count = _COUNT_BEFORE.match(raw) or re.match(r"\d{4}年度?|第[\d一二三四五六七八九十百]+[届批]|\d+[家个名]|首批", raw)
        if count:
            raw, changed = raw[count.end():], True
    for verb in _RECIPIENT_VERBS:  # 南通市人民政府决定授予海尔集团公司: the firm after the act that names it
        k = raw.rfind(verb)
        if k >= 0 and len(raw) - (k + len(verb)) >= 2:
            raw = raw[k + len(verb) :]
    if "的" in raw:  # 全省的某某有限公司: what follows the last 的, unless that is a bare 集团 (美的集团)
        before, after = raw.rsplit("的", 1)
        place = view.lexicon.region_forms.match_at(before, 0)
        # (广东美的环境电器制造有限公司: a region and one or two characters before 的 are a trade name's, as
        # 广东的… would put nothing between)
        if len(after) >= 2 and after not in _GENERIC_FIRM_WORDS and not (place and 1 <= len(before) - len(place[0]) <= 2):
            raw = after
    if len(raw) < 2 or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9·]+", raw):
        return start
    return suffix - len(raw)


_YEAR_RANGE_DASH = re.compile(r"(?<=\d)\s*[―－–‐‑−﹣─━~～-]\s*(?=\d)")  # 2023―2025, 2023－2025, 2018- 2022: GUIDE's one plan


def _ascii_parens(s: str) -> str:
    """ASCII brackets, and one dash (—) between the years of a range: GUIDE counts the variants
    of a title (…(2023—2025年), …(2023―2025年)) as one plan."""
    return _YEAR_RANGE_DASH.sub("—", s.replace("（", "(").replace("）", ")"))


def _plan_name(s: str) -> str:
    """A plan's name: no title brackets, its inner ones (〈〉, <>) included, and no space beside
    a bracket (…实施方案 (2023-2027年)的通知 is …实施方案(2023-2027年)的通知) or before 关于.

    >>> _plan_name("眉山市人民政府办公室 关于印发《眉山市质量发展规划》的通知"), _plan_name("中共中央 国务院关于开展质量提升行动的指导意见")
    ('眉山市人民政府办公室关于印发眉山市质量发展规划的通知', '中共中央 国务院关于开展质量提升行动的指导意见')
    """
    s = _NESTED_TITLE.sub(r"\1", re.sub(r"[《》〈〉]", "", _ascii_parens(s)))
    # (质量发展纲要(2011-2020)年: the period's 年 typed outside its brackets is the period's)
    s = re.sub(r"\(((?:19|20)\d\d\s*[-—–－~至]\s*(?:19|20)\d\d)\)年$", r"(\1年)", s)
    # (眉山市人民政府办公室 关于印发…的通知, a title's line break left as a space, is …办公室关于…)
    return re.sub(r"\s+(?=\()|(?<=\))\s+|(?<=[\u4e00-\u9fff])\s+(?=关于)", "", s)


_STANDARD_NUMBER_BEFORE = re.compile(r"(?:GB|DB|JJF|JJG|[A-Z]{2})\s*/?\s*[TZ]?\s*[\d.]+(?:\s*[-—–]\s*\d{4})?\s*$")
# <…方案> used as inner title marks; other angle brackets are the text's own (markup stays data)
_NESTED_TITLE = re.compile(r"<([^<>]{2,60}?(?:方案|纲要|规划|计划|意见|规定|办法|指南|通知|细则|决定)(?:\([^()<>]{2,20}\))?)>")


# ---------------------------------------------------------------- plans
def find_plans(view: TextView, agencies: list[Mention] | None = None) -> list[Mention]:
    """Titled policy documents: 《…方案》 and the like; not standards or periodicals."""
    out = []
    for m in BOOK_TITLE.finditer(view.text):
        # (a line end inside the title: after an issuer's name a space, as 中共中央 国务院; else nothing)
        title = re.sub(r"(?<=[委府局厅部院会])\n", " ", m.group(1).strip()).replace("\n", "")
        # …纲要(2011-2020年)(讨论稿), 质量发展纲要2011-2020: what follows the document's type
        core = _TRAILING_PERIOD.sub("", title).strip()
        name = _plan_name(title)
        known = plan_key(name) in view.lexicon.national_plans  # 《中国制造2025》: a plan by name
        if not (PLAN_SUFFIX.search(core) or known) or NOT_PLAN.search(title):
            continue
        if _STANDARD_NUMBER_BEFORE.search(view.text, max(0, m.start() - 24), m.start()):
            continue  # GB/Z19579-2004《卓越绩效评价准则实施指南》: a standard, by its number
        out.append(mention(view, "Plan", m.start(), m.end(), name, "book-title"))
        for inner in _INNER_TITLE.finditer(m.group(1)):
            # 《宁波市贯彻落实〈质量强国建设纲要〉实施方案》: the plan it cites is one too
            inner_name = _plan_name(inner.group(1))
            # (〈X纲要(2012-2020年)〉: the type before its period, as for the outer title)
            if PLAN_SUFFIX.search(_TRAILING_PERIOD.sub("", inner.group(1))) or plan_key(inner_name) in view.lexicon.national_plans:
                # (关于印发〈X〉的通知: the plan the notice prints, its issuers' too; 贯彻〈X〉: one it cites)
                printed = m.group(1).endswith(("印发", "转发", "下发"), 0, inner.start())
                out.append(mention(view, "Plan", m.start(1) + inner.start(), m.start(1) + inner.end(), inner_name,
                                   "title-line-inner" if printed else "cited-in-title"))
        if "《" not in title and "\n" not in m.group(1):
            # 《…办公厅关于印发广东省实施质量强省战略2016~2017年行动计划的通知》: the plan it prints, too
            out.extend(_printed_plan(view, m.start(1), m.group(1)))
    out.extend(_title_lines(view, agencies or []))
    out.extend(_unbracketed_national_plans(view, out))
    out.extend(_unbracketed_titles(view))
    return out


_INNER_TITLE = re.compile(r"[〈<]([^〈〉<>\n]{2,40})[〉>]")
# what follows a title's type: its period or draft in brackets, its years (…纲要(2011-2020年)(讨论稿), …2011-2020)
_TRAILING_PERIOD = re.compile(r"(?:[(（][^()（）]*[)）]年?|\s*20\d\d\s*[-—–－~至]\s*20\d\d\s*年?)+$")
# a title written without 《》 after the verb that publishes it: 发布关于贯彻落实《质量强国建设纲要》的
# 实施意见(以下简称《实施意见》); it opens with 关于 and ends with its type where the clause ends
_UNBRACKETED_TITLE = re.compile(
    r"(?:印发|发布|出台|制定|公布)了?(关于[^，,。；;：:\n《》“”]{0,30}(?:《[^》\n]{2,40}》)?[^，,。；;：:\n《》()（）“”]{0,24}?"
    r"(?:实施意见|指导意见|若干意见|意见|实施方案|工作方案|行动方案|方案|规划|行动计划|计划|办法|决定))"
    r"(?=[(（]以下简称|[，,。；;])")


# …a region's title, too: 宁波市人民政府印发了宁波市质量强市建设实施方案。 (the region opens it)
_UNBRACKETED_REGION_TITLE = re.compile(
    r"(?:印发|发布|出台|制定|公布)了?([\u4e00-\u9fff\d“”\"]{6,36}?"
    r"(?:实施意见|指导意见|若干意见|实施方案|工作方案|行动方案|行动计划|发展规划|建设规划|建设纲要|发展纲要|工作要点|管理办法|实施办法))"
    r"(?=[(（]以下简称|[，,。；;\n])")


def _unbracketed_titles(view: TextView) -> list[Mention]:
    out = []
    for m in _UNBRACKETED_TITLE.finditer(view.text):
        if view.in_title(m.start(1)) or len(m.group(1)) < 8:
            continue
        out.append(mention(view, "Plan", m.start(1), m.end(1), _plan_name(m.group(1)), "unbracketed-title"))
    for m in _UNBRACKETED_REGION_TITLE.finditer(view.text):
        region = view.region_hits.get(m.start(1))
        if view.in_title(m.start(1)) or region is None or len(m.group(1)) - len(region[0]) < 6 \
                or NOT_PLAN.search(m.group(1)):
            continue
        out.append(mention(view, "Plan", m.start(1), m.end(1), _plan_name(m.group(1)), "unbracketed-title"))
    return out


# what may stand right before a national plan named without 《》, and right after it
_BEFORE_BARE_PLAN = ("印发", "公布", "颁布", "发布", "出台", "贯彻", "落实", "实施", "根据", "按照", "依据", "的", "国务院",
                     "中共中央", "党中央")
_AFTER_BARE_PLAN = re.compile(r"(?:还|进一步|明确)?(?:提出|明确|指出|要求|强调|规定|设定|确定|实施|印发|发布|颁布|[，,。；;、和及])")


def _unbracketed_national_plans(view: TextView, titled: list[Mention]) -> list[Mention]:
    """A nationally known plan the text names without 《》 (中国政府网近日公布质量发展纲要提出，…):
    its plain name, standing alone (not inside a longer title: 湖北省质量发展纲要), as what is
    published, followed or said."""
    text, forms = view.text, view.lexicon.national_plan_forms
    taken = Coverage(titled)
    out = []
    for form, name in forms.items():
        k = text.find(form)
        while k >= 0:
            end = k + len(form)
            before_ok = k == 0 or not _is_han(text[k - 1]) or text.endswith(_BEFORE_BARE_PLAN, 0, k)
            if before_ok and not taken(k) and not view.in_title(k) and _AFTER_BARE_PLAN.match(text, end):
                out.append(mention(view, "Plan", k, end, name, "known-plan-unbracketed"))
            k = text.find(form, end)
    # 纲要明确，到2015年…; 纲要提出了…举措: the document's plan of that type, named bare (resolved, or dropped, later)
    for m in _BARE_TYPE_SAYS.finditer(text):
        if not taken(m.start(1)) and not view.in_title(m.start(1)):
            out.append(mention(view, "Plan", m.start(1), m.end(1), m.group(1), "bare-plan-type"))
    return out


_BARE_TYPE_SAYS = re.compile(r"(?:^|(?<=[。，,；;\n]))\s*(纲要|方案|规划|意见)(?=(?:还|进一步)?(?:提出|明确|指出|要求|强调|设定)(?:了|[，,：:]))")


# a document's own title on a line of its own: …的实施意见, …行动计划(2015—2017年), 关于印发…的通知(文号)
_TITLE_TAIL = re.compile(r"[(（][^()（）]{0,30}[)）]$")
# a number after the title, its year in brackets of its own: (吉政发(2012)27号), (国办发〔2014〕18号)
# (or after a space, unbracketed: …工作方案的通知 江府办函〔2018〕83号)
_NUMBER_TAIL = re.compile(rf"\s*[(（]{DOC_NUMBER}[)）]$|\s+{DOC_NUMBER}$")
# (…关于成立国家质量强国建设 / 协调推进领导小组的通知: the rest of a title's name, too)
_TITLE_CONTINUES = re.compile(r"[(（][^()（）]{2,20}[)）]的(?:通知|意见|决定|办法)|[\u4e00-\u9fff]{0,24}的(?:通知|意见|决定)")
_DOC_NUMBER = re.compile(rf"^{DOC_NUMBER}\s*")
_NEWS_VERB = re.compile(r"印发|发布|出台|制定|通过|审议|召开|举行|部署")
# a numbered heading (三、工作措施, (一)主要目标, 2.…) is no title; 三门县…规划 starts with a numeral's character
_HEADING_NUMBER = re.compile(r"[\d（(]|[一二三四五六七八九十]+[、.．)）]")


# (the value as a title line: spaces inside it, up to the row's next bar; cleaning's dcterms:title reads the same labels)
_TITLE_FIELD = re.compile(rf"\s*{TITLE_FIELD_LABEL}\s*[:：]\s*\|?\s*([^|\n]{{8,90}}?)\s*(?:\||$)")
# (…管理办法(2022年修订)的通知, …行动计划(2016-2018年)的通知: the period or revision is the printed title's)
_PRINTED_PLAN = re.compile(r"关于(?:印发|转发|下发)([^《》]{4,60}?(?:方案|规划|计划|意见|办法|要点|纲要|细则)"
                           r"(?:[(（][^()（）《》]{2,16}[)）])?)的通知$")


_STAGE_MARK = re.compile(r"[(（](?:征求意见稿|送审稿|草案|试行|暂行|修订稿|讨论稿)[)）]")


def _title_lines(view: TextView, agencies: list[Mention]) -> list[Mention]:
    """Plans named by a line of their own, without 《》: a title heads the document it names.
    A line of agency names right above a 关于… title is part of it (中共X省委 X省人民政府 / 关于…)."""
    out = []
    text = view.text
    previous: tuple[int, int] | None = None
    paragraphs = view.paragraphs
    joined = -1  # the paragraph that ended the title just read
    for k, (a, b) in enumerate(paragraphs):
        b = a + len(text[a:b].rstrip(EMPTY_CELLS))  # (…规划的通知 | ||||…: a gazette table's empty cells)
        if b - a > 130 or k <= joined:  # a title is a short line; most paragraphs are not
            previous = (a, b)
            continue
        field = _TITLE_FIELD.match(text, a, b)
        if field:  # 名称: | X关于印发…的通知 | 文号: | …: a page's metadata row names the document
            a, b = field.span(1)
        line = _NUMBER_TAIL.sub("", text[a:b].strip())
        if k + 1 < len(paragraphs) and "关于" in line and not re.search(r"的(?:通知|意见|决定|办法)$", line):
            # 国务院关于印发计量发展规划 / (2021—2035年)的通知: a title broken over two lines, or three
            # (…关于印发《内蒙古自治区产品、 / 工程和服务质量提升行动方案 / (2023-2025年)》的通知)
            na, nb = paragraphs[k + 1]
            middle = text[na:nb].strip()
            if _TITLE_CONTINUES.fullmatch(middle):
                line = line + middle
                b, joined = nb, k + 1
            elif k + 2 < len(paragraphs) and len(middle) <= 30 and not re.search(r"[。，,；：:]", middle):
                ma, mb = paragraphs[k + 2]
                last = text[ma:mb].strip()
                if re.fullmatch(r"[(（][^()（）]{2,20}[)）]》?的(?:通知|意见|决定|办法)|[^，,。；：:]{0,24}》?的(?:通知|意见|决定)", last):
                    line = line + middle + last
                    b, joined = mb, k + 2
        if not PLAN_SUFFIX.search(_TITLE_TAIL.sub("", line).strip()):
            previous = (a, b)
            continue
        start = a + (len(text[a:b]) - len(text[a:b].lstrip()))
        bullet = re.match(r"[•·●▪■◆]\s*", line)
        if bullet:  # • 金华市…的实施方案: a page's list bullet before the title
            line, start = line[bullet.end() :], start + bullet.end()
        number = _DOC_NUMBER.match(line)  # 靖政发〔2017〕30号 before the title
        if number:
            line, start = line[number.end() :], start + number.end()
        if "关于" in line:  # the title starts at its issuer (drop what a page put before it)
            first = next((m for m in agencies if start <= m.clean_start < start + line.index("关于")), None)
            if first is not None:
                line, start = line[first.clean_start - start :], first.clean_start
        news = _NEWS_VERB.search(line.split("关于")[0]) if "关于" in line else None
        if news and line.index("关于") - news.end() <= 1:
            # 省委省政府印发关于贯彻落实《…》深化质量强省建设的实施意见: a headline that names the plan
            # it reports from 关于 on
            start += line.index("关于")
            line = line[line.index("关于") :]
        tail = _TITLE_TAIL.search(line)
        core = _TITLE_TAIL.sub("", line).strip()
        # a 关于… title may cite a plan inside it (关于深入贯彻《质量强国建设纲要》…的实施意见,
        # 关于印发《X方案》的通知): the brackets are the cited plan's, the line is a title still
        # (金华市深入贯彻《质量强国建设纲要》加快建设质量强市的实施方案: a region's title citing one too)
        cites = "关于" in core or view.lexicon.region_forms.match_at(core, 0) is not None
        cited = re.sub(r"《[^《》]{2,60}》", "", core) if cites and not core.endswith("》") else core
        if cites:  # (…关于印发…建设“十四五”规划的通知, 三门县质量强县建设“十四五”规划: a short term in quotes)
            cited = re.sub(r"“[^“”]{1,16}”", "", cited)
        # (首页 >> 政务公开 >> 发展规划: a page's breadcrumb trail, no title)
        if (8 <= len(line) <= 90 and not re.search(r"[。！？；，,：:《》“”>»›]", cited) and PLAN_SUFFIX.search(core)
                and not NOT_PLAN.search(core) and not _HEADING_NUMBER.match(line)
                and not _NEWS_VERB.search(core.split("关于")[0])):
            keep_tail = tail is not None and re.search(r"20\d\d", tail.group()) and "号" not in tail.group()
            name = line if keep_tail else core
            if core.startswith("关于") and previous is not None:
                # the issuers' lines above it (市场监管总局 国家发展改革委 / 公安部 商务部 / 药监局: a row broken
                # over lines), nearest first
                lines_above = []
                for pa, pb in [previous, *reversed(paragraphs[max(0, k - 3) : k - 1])]:
                    issuers = [m for m in agencies if pa <= m.clean_start and m.clean_end <= pb]
                    rest = text[pa:pb]
                    for m in issuers:
                        rest = rest.replace(m.surface, "", 1)
                    if not issuers or rest.strip():
                        break
                    lines_above.insert(0, " ".join(text[pa:pb].split()))
                if lines_above:
                    name = " ".join(lines_above) + name
            end = _past_chars(text, start, len(line if keep_tail else core))  # (name may hold its issuer line too)
            marked = paragraphs[k + 1] if k + 1 < len(paragraphs) and k + 1 > joined else None
            if marked and _STAGE_MARK.fullmatch(marker := text[marked[0] : marked[1]].strip()):
                name += marker  # 关于开展质量提升行动的实施意见 / (征求意见稿): the line under the title says which text
            out.append(mention(view, "Plan", start, end, _plan_name(name), "title-line"))
            if "《" not in core:  # 关于印发市场监管系统2022年“质量月”活动方案的通知: the plan it prints, too
                out.extend(_printed_plan(view, start, core))
        previous = (a, b)
    return out


def _printed_plan(view: TextView, at: int, title: str) -> list[Mention]:
    """The plan a notice's title prints (X关于印发Y方案的通知: Y), the title starting at `at`."""
    inner = _PRINTED_PLAN.search(title)
    if inner is None:
        return []
    start = _past_chars(view.text, at, inner.start(1))
    end = _past_chars(view.text, start, len(inner.group(1)))
    return [mention(view, "Plan", start, end, _plan_name(inner.group(1)), "title-line-inner")]


def _past_chars(text: str, at: int, n: int) -> int:
    r"""Where `n` characters of a title read from `at` end in the text: a title read over lines skips
    the line breaks the text still holds.

    >>> _past_chars("甲乙\n丙丁", 0, 3)
    4
    """
    i = at
    while n > 0 and i < len(text):
        if text[i] != "\n":
            n -= 1
        i += 1
    return i


# ---------------------------------------------------------------- programmes
@per_lexicon
def _programme_names(_lex: Lexicon) -> dict[str, str]:
    """Surfaces already named (`_canonical_programme` is a function of the lexicon and the surface
    alone: a text dense with one programme names it once)."""
    return {}


def _canonical_programme(view: TextView, name: str) -> str:
    """Strip what is not part of a programme's identity: a leading year or ordinal, 全国/全州…,
    a leading region, and 活动/工作/建设 after a themed month or a head word."""
    known = _programme_names(view.lexicon)
    canonical = known.get(name)
    if canonical is None:
        if len(known) > 20000:
            known.clear()  # (a bound on what a long run of builds holds)
        canonical = known[name] = _programme_name(view, name)
    return canonical


_QUOTED_SLOGAN = re.compile(r'^"(质量[强兴][省市县区州旗])"(?=(?:活动|战略|工程|行动|工作)$)')


def _programme_name(view: TextView, name: str) -> str:
    # (6.品牌带动战略: no list item's number; “蓝剑1号” 专项执法检查行动: no space after the quotes)
    name = re.sub(r'(?<=")\s+(?=[^"]*$)', "", _ascii_quotes(_ITEM_NUMBER.sub("", name)))
    name = _DAY_DATE.sub(r"\1", name)  # “5•20世界计量日”, “3·15”国际消费者权益日: the day is named by its date too
    name = _year_prefix(name)
    name = re.sub(r"^(?:首个|首次|第一个)(?=全国|全省|全市|\")", "", name)  # 首个全国“质量月”活动: the first one held
    hit = view.lexicon.region_forms.match_at(name, 0)
    if hit and len(name) - len(hit[0]) >= 4:
        name = name[len(hit[0]) :]
    name = re.sub(r'^(全国|全省|全市|全州|全县|全区)(?=")', "", name)
    scope = re.match(r"全[省市州县区]", name)  # 全省消费品质量提升行动: the scope is whose, not what (全国… names stay)
    if scope and len(name) - 2 >= 5:
        name = name[2:]
    own = re.match(r"(?:我|本)[国省市县区州旗]|[省市县区州](?=质量[兴强])", name)  # 推动我区质量强区活动: the region
    # the text speaks from (市质量兴市活动: the level word of the speaker's region, before its slogan)
    if own and len(name) - own.end() >= 4:
        name = name[own.end() :]
    name = _year_prefix(name)
    # 国家农产品质量安全县(市、区)创建活动: the levels a title is also given are no part of the campaign's name
    name = re.sub(r"[(（][省市县区镇乡](?:[、，,][省市县区镇乡])*[)）](?=创建)", "", name)
    # a region's quality slogan in quotes before its head (“质量强市”活动, “质量兴市”战略) is the campaign written
    # unquoted as often (GUIDE, d10 and d12: 质量强市活动, 质量兴市战略), so one name across the corpus
    name = _QUOTED_SLOGAN.sub(r"\1", name)
    themed = THEMED_WITH_GENERIC.fullmatch(name)
    if themed:  # “质量月”大型宣传服务活动: the month, with words that say what kind of event (and “全国质量月”
        # the lexicon's other name of 质量月)
        inner = _year_prefix(themed.group(1))  # (“2004年质量月宣传咨询服务日”活动: the year's edition of it)
        return view.lexicon.programmes.get(inner.replace('"', ""), inner)
    if name.endswith("活动") and name[:-2] in view.lexicon.programmes:
        name = name[:-2]  # 质量月活动
    generic = re.match(r"(.+?)(?:大型|集中|主题|系列|专题|宣传|服务|咨询|现场)+活动$", name)
    if generic and generic.group(1) in view.lexicon.programmes:
        name = generic.group(1)  # 世界计量日主题活动: the day, with words that say what kind of event
    for tail in ("建设", "工作", "项目"):
        if name.endswith(tail):
            rest = name[: -len(tail)]
            if rest.endswith(PROGRAMME_HEADS_STRONG + PROGRAMME_HEADS_WEAK) and not rest.endswith("宣传"):
                name = rest
    return view.lexicon.programmes.get(name, view.lexicon.programmes.get(name.replace('"', ""), name))


def _canonical_award(view: TextView, name: str) -> str:
    """An award keeps the region that confers it, in full: 广州市长质量奖 -> 广州市市长质量奖."""
    name = _year_prefix(_ascii_quotes(name))
    if name.rstrip('"').endswith("奖"):
        name = name.replace('"', "")  # 龙岩市“政府质量奖”: the quotes are no part of an award's name
    name = re.sub(r"(首届|第[一二三四五六七八九十百\d]+届)", "", name)  # 平江县首届县长质量奖: the award, not the round
    autonomous = view.main_region.get("省")
    if name.startswith("自治区") and autonomous is not None and autonomous.name.endswith("自治区"):
        name = autonomous.name + name[3:]  # 自治区主席质量奖: the autonomous region's, as 自治区人民政府 is
    hit = view.lexicon.region_forms.match_at(name, 0)
    rest = name[len(hit[0]) :] if hit else ""
    if hit and rest.startswith("长") and not tokenizer().FREQ.get(rest[:2]):  # 广州市长质量奖, 平江县长质量奖: the
        # region's head (市长, 县长) confers it; an award named after its region's short form (甘肃质量奖) is its
        # name as written, and so is one whose 长 opens a word (湖北省长江质量奖: the Yangtze's, no governor's)
        name = hit[1].name + hit[1].name[-1] + rest
    return view.lexicon.programmes.get(name, name)


def _ascii_quotes(s: str) -> str:
    return re.sub(r"[“”‘’'「」]", '"', s)


def _verb_before(view: TextView, pos: int, words: list[str] | tuple[str, ...]) -> bool:
    """Is one of `words` in the same clause, before `pos`?"""
    a, _ = view.clause_bounds(pos)
    return any(w in view.text[a:pos] for w in words)


ADVERBS = ("持续", "大力", "积极", "深入", "全面", "进一步", "认真", "不断", "首次", "继续", "着力", "切实", "扎实", "共同",
           "联合", "探索", "率先", "逐步", "重点", "广泛", "主动", "有序", "加快", "同时", "也", "还", "并", "已", "正式")


_COUNT_BEFORE_NAME = re.compile(r"(\d+|[一二三四五六七八九十百]+)(项|个|批|大|类|场)$")


_BODY_ENDS = ("局", "委", "政府", "委员会", "厅", "办", "部", "领导小组", "协会", "分局", "监管所",
              # (《…行动计划》要求开展…活动: a verb that asks for the launch)
              "要求", "提出", "决定", "计划", "号召", "倡导", "鼓励")


def _launched_here(text: str, start: int, verbs: list[str]) -> bool:
    """Is `start` right after a launch verb that opens its clause or follows an adverb or
    another verb (推行3C…, 组织开展…), so that the verb is not part of a noun (获证组织)?"""
    between = _AFTER_LAUNCH_VERB.search(text, max(0, start - 10), start)  # 组织开展了第二批…, 启动2014年…
    if between:
        start = between.start()
    count = _COUNT_BEFORE_NAME.search(text, max(0, start - 8), start)  # 组织实施182项重点…项目
    if count:
        start = count.start()
    for v in verbs:
        if text.endswith(v, 0, start):
            k = start - len(v)
            prev = text[k - 1 : k]
            if not prev or not _is_han(prev) or prev in STOP_CHARS or text.endswith(ADVERBS, 0, k) \
                    or any(text.endswith(w, 0, k) for w in verbs) or text.endswith(_BODY_ENDS, 0, k):
                # (市场监管局开展…活动: a body's name ends right before the verb, its subject)
                return True
    return False


@per_lexicon
def _programme_matchers(lex: Lexicon) -> tuple[tuple[str, ...], Gazetteer]:
    """The known programme names as a tuple (for str.endswith) and as a gazetteer that finds,
    at an offset, the longest of them starting there: one scan of the text, not one per name."""
    keys = tuple(sorted(lex.programmes, key=len, reverse=True))
    return keys, Gazetteer({k: k for k in keys})


# what a known action is narrowed to, by product or sector (消费品质量提升行动, 产品和服务质量提升行动)
_FIELD_BEFORE_ACTION = re.compile(r"(?:[\u4e00-\u9fff]{0,6}(?:[和、与]))?[\u4e00-\u9fff]{0,6}"
                                  r"(?:消费品|产品|服务|服务业|工程|产业|产业链|农产品|食品|制造业|小微企业|中小企业)")


_FIELD_WORD = "(?:消费品|产品|服务|服务业|工程|农产品|食品|制造业|环境)"
_FIELDS_LISTED_BEFORE = re.compile(f"(?:{_FIELD_WORD}[、和与])+$")
_FIELD_RUN = re.compile(f"(?:{_FIELD_WORD}[、和与])*{_FIELD_WORD}$")


def _fields_listed_before(view: TextView, start: int) -> re.Match | None:
    """The fields listed right before `start` that an action's name shares (产品、工程和|服务质量提升行动),
    if the list opens where a word starts: in 质量竞争力提升工程、服务质量攀登行动 the 工程 ends the name
    before, it is no field."""
    fields = _FIELDS_LISTED_BEFORE.search(view.text, max(0, start - 16), start)
    if fields is None or view.extend_left(fields.start()) != fields.start():
        return None
    return fields


def _field_edition(view: TextView, name: str, keys: tuple[str, ...]) -> bool:
    """Is `name` a known action (质量提升行动) narrowed to a field, its own programme
    (消费品质量提升行动, 江苏工程机械产业链质量提升行动), not the known one with context before it
    (镇江市质量提升行动, 六大质量提升行动, 检视质量提升行动)?"""
    key = next((k for k in keys if name.endswith(k) and len(k) < len(name)), None)
    if key is None or not key.endswith("行动"):
        return False
    field = name[: -len(key)]
    hit = view.lexicon.region_forms.match_at(field, 0)
    if hit:
        field = field[len(hit[0]) :]
    field = SCOPE_WORDS.sub("", field)
    return bool(field) and _FIELD_BEFORE_ACTION.fullmatch(field) is not None and not re.search(r"[\d一二三四五六七八九十]", field)


# an adjective of kind with 的 right before a name: what kind of system or method, not which one
# (a firm's own strategy, 组织制定企业质量发展战略: what every firm should have, no campaign)
_KIND_OF_SYSTEM = re.compile(r"(?:现代|先进|科学)[\u4e00-\u9fff]*(?:制度|体系|模式)$|企业(?:质量|品牌|发展|质量发展|品牌发展)战略$")
_QUALITY_OF_KIND = re.compile(r"(?:科学|先进|现代|有效|完善|规范|成熟|良好|合理)的$")
_WHICH_KIND_BEFORE = re.compile(r"(?:相应|相关|有关|必要|各自|自身)的$")
# kinds of activity the genre urges by a descriptive phrase, no programme's name (GUIDE: generic
# bodies and activities without a name are no entities)
# what closes the title of an award's rules right after the award (《广州市市长质量奖|评审管理办法》)
_AWARD_RULES_CLOSE = re.compile(r"(?:评审|评定|评选)?(?:管理)?(?:办法|细则|规定)(?:[(（]试行[)）])?》")
_AWARD_RULES = re.compile(r"奖(?:评审|评选|评定|申报|奖励)?(?:制度|机制)$")
GENERIC_ACTIVITIES = frozenset({"群众性质量活动", "群众性质量管理活动", "质量管理活动", "质量整治行动", "质量宣传活动", "质量提升活动"})


def find_programmes(view: TextView) -> list[Mention]:
    text = view.text
    cands: list[Mention] = []
    launch = view.lexicon.cues["launch"] + ["完成", "获批"]
    launch_strict = view.lexicon.cues["launch"]
    launch_any = re.compile("|".join(launch_strict))  # a launch verb anywhere in a window

    def goals_sharing_the_head(j: int, head: str = "战略") -> None:
        """深入实施质量强国和知识产权强国战略, 开展质量强省、质量强市活动: each goal listed before a strategy (or an
        activity named for a goal) that starts at `j` shares its head."""
        while text[j - 1 : j] in ("和", "与", "及", "、") and text.endswith(_GOALS, 0, j - 1):
            a = view.extend_left(j - 1, limit=8)
            scope = re.match(r"[全我本][省市县区州]", text[a : j - 1])
            if scope and j - 1 - a >= 6:
                a += 2  # 对全县质量兴县和名牌战略工作: the county's scope word is no part of the strategy's name
            if j - 1 - a < 4:
                break
            add(a, j - 1, "shared-head", canonical=text[a : j - 1] + head)
            j = a

    def add(start: int, end: int, rule: str, canonical: str | None = None) -> None:
        cut = [r for r in view.regions_starting(max(0, start - 6), start) if r.clean_end > start]
        if cut:  # 无为县全国电线电缆知名品牌示范区: the word scan stopped at the 为 of 无为县, which starts the name
            start = cut[0].clean_start
        annex = _ANNEX_LABEL.match(text, start, end)
        if annex:
            start = annex.end()  # 附件3农村综合改革标准化试点项目目标考核表: the annex's label is no part of the name
        if text.endswith(PLACE_HEADS, start, end):
            placed = [r for r in view.regions_starting(max(0, start - 8), start) if r.clean_end == start]
            if placed:  # 宜都化工园质量基础设施“一站式”服务站: the place a station serves starts its name
                start = placed[0].clean_start
        surface = text[start:end]
        keeps_region = rule == "award" or surface.endswith(PLACE_HEADS)
        if canonical is None:
            canonical = _canonical_award(view, surface) if keeps_region else _canonical_programme(view, surface)
        if canonical in GENERIC_ACTIVITIES:
            return  # 广泛开展群众性质量活动: a kind of activity, no named one
        if _AWARD_RULES.search(canonical):
            return  # 完善广东省政府质量奖评审制度: the award's rules; the award is the programme
        if (_QUALITY_OF_KIND.search(text, max(0, start - 6), start) or _KIND_OF_SYSTEM.match(canonical)) \
                and '"' not in canonical:
            return  # 推广科学的质量管理制度、模式和方法, 现代企业质量管理制度: a kind of system described, no
            # programme's name
        if rule != "programme-lexicon" and _WHICH_KIND_BEFORE.search(text, max(0, start - 4), start):
            return  # 是否有相应的计量管理制度: whatever system fits, no named programme
        if rule != "programme-lexicon" and (THEME_BEFORE.search(text, max(0, start - 8), start)
                                            or THEME_AFTER.match(text, end)):
            return  # 活动的主题是“质量强省全民行动”; 以“…行动”为主题: a slogan, not a programme's name
        if re.match(r"(?:全国|全省|全市|全县|全区)?优秀", canonical):
            return  # 全省优秀标准化试点(示范)项目: the ones judged best, a result, not a programme
        if canonical.endswith(("新机制", "新模式", "新体制", "新格局", "体制机制", "多举措", "新举措", "重要举措", "有力举措")):
            return  # 探索建立…质量基础设施集成服务新机制: a new way of working sought, no programme's name
        if (canonical.endswith(_WAYS_OF_WORKING) or canonical.endswith("机制")) and '"' not in canonical:
            return  # 质量工作长效机制, 标准化工作机制, 联席会议制度: how bodies work together (the gold ignores them),
            # unless named (“多方联动、合作共赢”标准化工作机制): every mechanism the gold holds is named in quotes
            # (“一带一路”质量认证合作机制), every one it ignores is not (风险预警决策机制)
        if len(canonical.replace('"', "")) < 3 or _counts_things(canonical) or "各级" in canonical or "相关" in canonical \
                or re.search("各[项类]", canonical) \
                or _COUNT_OF_LIST.search(canonical) or "简称" in canonical or canonical.startswith(_DETERMINERS) \
                or re.match(r"[省市县区州]级", canonical):
            return  # 70余项活动 counts activities, 各级政府质量奖 names every level's award, 计量相关管理制度 any
            # related one (农业质量年各项行动
            # every action of one), 品牌发展三大战略
            # ends a list (实施知识产权、标准引领、品牌发展三大战略): none is one; 区级质量奖 says
            # which level's award, not which award
        cands.append(mention(view, "Programme", start, end, canonical, rule))

    # (a) lexicon of nationally known programmes
    quoted_text = _ascii_quotes(text)
    keys, known = _programme_matchers(view.lexicon)
    region_ends = {at + len(form) for at, (form, _region) in view.region_hits.items()}  # 红河州|质量月活动
    for first in known.starts.finditer(quoted_text):  # where a known name can start: the longest there
        hit = known.match_at(quoted_text, first.start())
        if hit is None:
            continue
        a, b = first.start(), first.start() + len(hit[0])
        if view.in_title(a) and not _deployed_in_title(text, a):
            continue
        # a known name needs only to end a word (jieba has it in its dictionary)
        if not (_head_ends_word(text, b) or (b in view.bounds and not text.startswith(FOLLOW_BAD, b))):
            continue
        if hit[1].endswith("战略") and text.startswith(_STRATEGY_AS_WORD, b):
            continue  # 质量和标准化战略管理, 战略眼光: 战略 begins a word of its own, no strategy is named
        if hit[1].endswith("奖") and text.startswith("提名", b):
            continue  # 获福建省政府质量奖提名奖: the nomination category (GUIDE: ignored), as for the awards found by head
        before = text[a - 1 : a]
        if before and _is_han(before) and before not in STOP_CHARS and view.extend_left(a) != a \
                and not text.endswith(STOP_WORDS, 0, a) and not text.endswith(AGENCY_ENDINGS, 0, a) \
                and a not in region_ends and not _DURATION_BEFORE.search(text, max(0, a - 4), a):
            continue  # (三年质量提升行动: a duration before the name is no part of another word)
        edition = _edition_end(view, b)  # 中国质量万里行·青海质量行, …——青海质量行: the local edition
        if edition:
            name_start, end = edition
            cands.append(mention(view, "Programme", a, end, f"{hit[1]}·{text[name_start:end]}", "programme-edition"))
            continue
        add(a, b, "programme-lexicon")
        if hit[1].endswith("战略"):
            goals_sharing_the_head(a)  # 实施质量强市和品牌战略: 质量强市战略 too
    # (b) “quoted” + head: “同线同标同质”工程, 质量基础设施“一站式”服务
    for m in QUOTED.finditer(text):
        if view.in_title(m.start()):
            continue
        after = text[m.end() : m.end() + 16]
        best = None
        for k in range(len(after)):
            if k == 0 and after[:1] in " \u3000":
                continue  # 2015年“蓝剑1号” 专项执法检查行动: a space after the quotes
            if (after[k] in STOP_CHARS and after[k : k + 2] != "对标") or after.startswith(STOP_WORDS, k):
                break
            hm = _HEAD_AT.match(after, k)
            h = hm.group() if hm else None
            if h and _head_ends_word(text, m.end() + k + len(h)):
                best = (k + len(h), h)
                break
        if best is None:
            continue
        if _COUNTED.match(m.group(1)) and re.match("[指即是]|包括", after):
            continue  # “两个行动”指…: a numbered slogan explained, whose items are the programmes
        if best[1] == "试点" and best[0] == 2 and QUOTED_WHOLE.fullmatch(m.group()):
            continue  # 部署开展“小微企业质量管理提升行动”试点工作: the quoted action is the name, piloted
        end = m.end() + best[0]
        # a platform or station is named with the field and the region it serves
        start = view.extend_left(m.start(), limit=24 if best[1] in PLACE_HEADS else 10)
        if start < m.start() and (start not in view.bounds or text[m.start() - 1 : m.start()] == "之"):
            start = m.start()  # 全市中小学“质量教育月”活动: the field would start inside a word
            # (“质量月”系列之“奋进自贸港 品质新海南”主题活动: what the quoted name is one of is no part of it)
        if text.startswith("主题", start) and text[start - 1 : start] in ("为", "的"):
            start += 2  # 以“…”为主题“质量月”现场宣传活动: the theme's phrase ends before the name
        lead = _FIELD_VERB.match(text, start, m.start())
        if lead:  # 布局质量基础设施“一站式”服务平台建设: the verb before the field is no part of the name
            start = lead.end()
        if start < m.start() and text[start - 1 : start] in ("、", "和", "及", "与") and best[1] not in PLACE_HEADS:
            # 局业务科室、镇街道、服务机构“四级联动”机制: the levels listed, not the field (a list of
            # stations, …、文昌市水产养殖业质量基础设施“一站式”服务站, names each with its field)
            start = m.start()
        if best[1] in PROGRAMME_HEADS_WEAK and not _verb_before(view, start, launch) and not _HELD_AFTER.match(text, end):
            continue
        if text.startswith(_SERIES_OF, start):
            start = m.start()  # 等一系列“质量月”宣传活动 (and its typo 一些列): a series of, no part of the name
        add(start, end, "quoted+head")
    # (c) “quoted” themed months and days: “质量月”, “世界标准日”
    for m in THEMED.finditer(text):
        if not view.in_title(m.start()) and not re.search(r"\d", _DAY_DATE.sub("", m.group(1))):  # (“5•20世界计量日”: its date only)
            add(m.start(), m.end(), "themed-day")
    # (d) unquoted name + head
    for m in _ANY_HEAD.finditer(text):
        head = m.group()
        if view.in_title(m.start()) and not _deployed_in_title(text, view.extend_left(m.start(), limit=16)):
            continue
        end = m.end()
        if head == "体系" and not text.startswith("建设", end):
            continue
        if text[m.start() - 1 : m.start()] in "”\"" or not (_head_ends_word(text, end) or _CONTEST_DIVISION.match(text, end)):
            continue  # quoted names are handled by (b) (全国品牌故事大赛西宁赛区: the contest, before its division)
        weak = head in PROGRAMME_HEADS_WEAK
        window = text[max(0, m.start() - 36) : m.start()]
        held = text[end : end + 1] in "”\"" and _held_after_quotes(text, end + 1)  # (an event's name in quotes)
        if "》" not in window and head not in PLACE_HEADS and not held and not (launch_any if weak else _KEYWORD).search(window) \
                and not (head == "活动" and _CAMPAIGN_SLOGAN.search(text, max(0, m.start() - 8), m.start())):
            continue  # no launch verb (weak head) or no keyword (strong head) where the name could start
        place = head in PLACE_HEADS  # a station's name holds its host's (海南中南标质量科学研究院…服务站)
        at = m.start()
        if not weak and text.endswith("创新", 0, at):
            at -= 2  # 全国质量创新大赛: right before a named head 创新 names the field (elsewhere it is a verb)
        if head in ("行动", "工程", "专项行动") and text.endswith("建设", 0, at) and at - 2 > 0 \
                and _is_han(text[at - 3]) and text[at - 3] not in STOP_CHARS:
            at -= 2  # 品牌建设行动, 信息化标准建设行动: 建设 right before the head is the action's (it would end the scan)
        if head == "活动" and text.endswith("创建", 0, at):
            at -= 2  # 国家农产品质量安全县创建活动: the campaign to earn a title (创建 would end the scan)
        levels = _LEVEL_LIST_BEFORE.search(text, max(0, at - 8), at)
        if levels:  # 国家农产品质量安全县(市、区)创建活动, 质量强企强链强县(区、镇)行动: the levels in brackets
            at = levels.start()
        start = view.extend_left(at, limit=28 if place else 16, through_titles=True, through_quotes=True,
                                 keep="中" if place else "")
        if start == at and at < m.start():
            start = m.start()
        if head in ("行动", "专项行动", "工程") and text[start - 1 : start] in ("和", "与") and start < at:
            # 开展全国防疫物资产品质量和市场秩序专项整治行动: two fields joined before one action are its
            # name (not where the left one is an action of its own, 产品质量提升行动和服务…, nor the last of a
            # list of actions sharing the head: 实施质量创新、标准引领、品牌带动和标杆示范工程)
            left = view.extend_left(start - 1, limit=12)
            if start - 1 - left >= 4 and _KEYWORD.search(text, left, start - 1) and text[left - 1 : left] != "、" \
                    and not text.endswith(PROGRAMME_HEADS_STRONG + PROGRAMME_HEADS_WEAK + _ACTIVITY_ENDS, left, start - 1):
                # (组织开展品牌产品专项监督检查和质量品牌执法打假专项行动: the left one is an activity of its own)
                start = left
        if text[start - 1 : start] in "“\"" and text[end : end + 1] in "”\"" and not held \
                and not _DESIGNATED.search(text, max(0, start - 12), start - 1):
            continue  # a quoted slogan that ends in a head word (“全国知名品牌示范区”), unless counted
            # out as a designation (公布了第二批36家“全国中小学质量教育社会实践基地”) or held as an event
        opened = text.rfind("“", max(0, m.start() - 40), m.start())
        if text[end : end + 1] == "”" and opened > text.rfind("”", max(0, m.start() - 40), m.start()) and not held:
            if not _DESIGNATED.search(text, max(0, opened - 12), opened):
                continue  # …the same, where the word scan stopped inside the quotes (“全国家纺床上用品…示范区”)
            start = opened + 1  # a designation: the whole quoted name (“全国中小学…实践基地”)
        if text[start + 1 : end].endswith(keys):
            if not _field_edition(view, text[start:end], keys):
                key_at = end - len(next(k for k in keys if text.endswith(k, 0, end)))
                run = _FIELD_RUN.search(text, max(start, key_at - 16), key_at)
                if run is None or run.start() == start or run.start() not in view.bounds:
                    continue  # the lexicon names it; the extra words on the left are context
                start = run.start()  # “两个行动”指产品质量提升行动和…: the field word, not the words before it
            fields = _fields_listed_before(view, start)
            if fields:  # 产品、工程和服务质量提升行动: the fields listed are all the action's
                start = fields.start()
        elif head in PROGRAMME_HEADS_STRONG and m.start() - start >= 3 and re.match(_FIELD_WORD, text[start:end]) \
                and (fields := _fields_listed_before(view, start)):
            # 部署开展提高产品、工程和服务质量行动: the fields listed before are all the action's; the verb too,
            # where a title in the document names the action with it (《…提高产品、工程和服务质量行动方案》)
            start = fields.start()
            verb = text[start - 2 : start]
            if verb in ("提高", "提升") and any(verb + text[start:end] in text[a:b] for a, b in view.titles):
                start -= 2
        inner = _INNER_HEAD.search(text, max(0, m.start() - 6), m.start()) if head in ("试点", "项目") else None
        if inner is not None:  # 小微企业质量管理体系认证提升行动区域试点: an action's pilot keeps the action whole
            start = min(start, view.extend_left(inner.start(), limit=16, through_quotes=True))
        core = text[start : m.start()]
        if len(core) < 3 or not re.search(f"[{HAN}]", core):
            continue
        if len(_GENERIC_WORD.sub("", core)) < 2:
            continue
        has_kw = _KEYWORD.search(core) is not None
        if weak and not _launched_here(text, start, launch_strict) and not held \
                and not (head == "活动" and _CAMPAIGN_SLOGAN.fullmatch(core)):
            continue  # (我市质量兴市活动自2005年…启动: a campaign's slogan names its activity, verb or none)
        if not weak and not has_kw:
            continue
        if core.startswith(_SERIES_OF):
            continue  # 开展A、B、C等一系列“质量月”宣传活动: the summary of what the list names, no name of its own
        if head == "战略" and core.endswith("发展") and not any(g in core for g in _GOALS):
            continue  # 明晰城市质量发展战略: a plan for growth, no strategy named for a goal (GUIDE: 质量发展战略 is none)
        if head == "体系":
            end += 2  # 建设
        add(start, end, "name+head")
        if head == "战略" or core.endswith(_GOALS):
            goals_sharing_the_head(start, head)
    # (d2) a quoted name a copula says a body set up (“湖北精品”是湖北省人民政府设立的品牌培育项目): a programme
    # with no head word of its own
    for m in _QUOTED_FOUNDED.finditer(text):
        if not view.in_title(m.start()):
            add(m.start(), m.end(), "quoted-founded")
    # (e) awards an agency confers: 天府质量奖, 广州市市长质量奖, 县长质量奖, 中国质量奖
    for m in AWARD.finditer(text):
        # inside a title only where the title confers it (《…关于颁发首届县长质量奖的决定》)
        # (《广州市市长质量奖评审管理办法》印发实施，该奖项…: the award its rules' title is named for)
        in_rules_title = view.in_title(m.start()) and _AWARD_RULES_CLOSE.match(text, m.end())
        if not in_rules_title and (
                (view.in_title(m.start()) and not AWARD_IN_TITLE.search(text, max(0, m.start() - 14), m.start()))
                or text.startswith(("提名", "管理办法", "评审办法", "实施办法", "评选办法"), m.end())):
            continue
        start = view.extend_left(m.start(), limit=10, keep="中")
        start = max(start, m.start() - 10)
        end = m.end()
        if text[m.start() - 1 : m.start()] in _OPENING_QUOTES and text[m.end() : m.end() + 1] in _CLOSING_QUOTES:
            quoted_by = [at for at in range(max(0, m.start() - 13), m.start() - 1)
                         if (hit := view.region_hits.get(at)) and at + len(hit[0]) == m.start() - 1]
            if quoted_by:  # 首届龙岩市“政府质量奖”颁奖仪式: the region before the quotes confers what they name
                start, end = quoted_by[0], m.end() + 1
        lead = AWARD_LEAD.match(text, start, m.start())
        if lead and "各级" in lead.group():
            continue  # 开展各级政府质量奖…的培育: every level's award, none by name
        if lead:
            start = lead.end()
        acts = list(_ACT_BEFORE_AWARD.finditer(text, start, m.start()))
        if acts:  # 在北京航天城举行首届中国质量奖颁奖仪式: the scan ran back over what was held, and where
            start = acts[-1].end()
        inside = view.regions_starting(start + 1, m.start())
        cut = [r.clean_start for r in view.regions_starting(start - 4, start) if r.clean_end > start]
        if not cut and view.in_title(m.start()):  # (a title's regions are no mentions: its lexicon hits)
            cut = [k for k in range(max(0, start - 4), start) if (hit := view.region_hits.get(k)) and k + len(hit[0]) > start]
        if cut:  # 申报上海市政府质量奖, 《…关于表彰2021年度上海市政府质量奖…的决定》: the word scan stopped inside
            start = cut[0]  # the region (at 上), which starts the name
        elif (naming := _regions_naming_award(text, inside, m.start())):
            # 向各成员单位通报安宁市首届市长质量奖: the award's name starts at its region (not at one the clause
            # names before a verb: 在北京航天城举行首届中国质量奖颁奖仪式 is 中国质量奖's)
            start = naming[0].clean_start
            lead = AWARD_LEAD.match(text, start, m.start())
        ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 8), start)
        if ordinal:  # “黄石市第八届市长质量奖”: the region before the round names the award
            before = [r for r in view.regions_starting(max(0, ordinal.start() - 12), ordinal.start())
                      if r.clean_end == ordinal.start()]
            if before:
                start = before[0].clean_start
        opening = view.regions_starting(start, start + 1)
        if opening and re.match(r"(?:已经|已|先后|共|还|又|首次)?(?:设立?|颁发|授予|评选|评出|荣获|获得)",
                                text[opening[0].clean_end : m.start()]):
            start = m.start()  # 南宁设市长质量奖: the region sets the award up; the award's name is what follows
            level = re.search(r"(?:[一二三四五六七八九十\d]+|首)届([省市县区])$", text[max(0, start - 6) : start])
            if level:
                start -= 1  # 福州市已评出四届市政府质量奖, 莆田评选出首届市政府质量奖: the level word after the
                # count of rounds (or the first round) is the award's
        firm = _FIRM_END.search(text, start, m.start())
        if firm:
            start = firm.end()  # 授予大连华锐重工集团股份有限公司省长质量奖: the winner is no part of the award
            listed = AWARD_LEAD.match(text, start, m.start())
            if listed:
                start = listed.end()  # 授予…公司等5家单位首届铜川质量奖: nor is the count of winners
        verb = _VERB_BEFORE_AWARD.match(text, start, m.start())
        if verb and m.end() - verb.end() >= 4:
            start = verb.end()  # 保障县长质量奖的有效实施, 申报市长质量奖: the verb is no part of the award
        outside = list(_OUTSIDE_AWARD_NAME.finditer(text, start, m.start()))  # (the last counts)
        if outside and m.end() - outside[-1].end() >= 4:
            start = outside[-1].end()  # 向区人民政府提请批准区长质量奖, 监督区长质量奖评定活动, 第二条本区区长质量奖, 当年区长质量奖
        every = re.search(r"(?:每一?|历|本|各|上一?|下一?)届|(?:本|此|这|该)次|每(?:次|年|两年)(?:评价|评选|评审|评定)?"
                          r"|(?:全[省市县区国])?(?:首个|第一个)"  # (全省首个市长质量奖获奖企业)
                          r"|(?:更多|一批|一些|众多|若干|多个)的?"  # (打造更多政府质量奖标杆: how many)
                          r"|^(?:其中|同时|另外|此外|以及)", text[start : m.start()])  # (其中中国质量奖每届评选…: a word of discourse)
        if every:
            start += every.end()  # 每一届质量奖的评选, 确保本次质量奖…: a round of the award, no award's name
        name = text[start : m.end()]
        if len(name) < 4 or re.search(r"\d", name) or name.startswith(("获", "届", "最高", "该", "此", "本级", "同级")) \
                or text.startswith(("项", "励"), m.end()):
            continue  # (是县政府设立的最高质量奖项, 质量奖励, 申报该级别政府质量奖: no award's name)
        if text.endswith("的", 0, start) and _AWARD_CLASS_ONLY.fullmatch(name):
            continue  # 县长质量奖是…县政府的质量管理奖: the kind of award it is, no second award's name
        add(start, end, "award")
    # (f) a named action in quotes after its field: 产品质量“升级行动”, 城市品质“对标行动”
    for m in QUOTED_ACTION.finditer(text):
        if view.in_title(m.start()):
            continue
        start = view.extend_left(m.start(), limit=8)
        if m.start() - start < 2:  # the field may hold a verb-like word (质量创新“激发行动”)
            start = m.start()
            while start > m.start() - 6 and _is_han(text[start - 1 : start] or "a") and text[start - 1] not in STOP_CHARS \
                    and not text.endswith(_SAYS, 0, start):  # 工作报告指出“全面开展…行动”: a quote, not a field
                start -= 1
        field = text[start : m.start()]
        while (verb := next((v for v in (*view.lexicon.cues["launch"], *ADVERBS) if field.startswith(v)), None)):
            field = field[len(verb) :]  # 开展“两个行动”: the verb is no part of the field
        if any(field.endswith(v) for v in view.lexicon.cues["launch"]) or field.endswith(("局", "厅", "委", "部", "府")):
            # (上海市局“两千一百工程”: a body's action, the body no part of its name)
            # 在全国范围内全面开展“质检利剑行动”: a verb ends it, so the name is the quoted one alone
            if len(m.group()) >= 6 and not _COUNTED.match(m.group()[1:]):
                add(m.start() + 1, m.end() - 1, "quoted-action")
            continue
        if len(field) < 2 or _COUNTED.match(m.group()[1:]):
            continue
        add(m.start() - len(field), m.end(), "field+quoted-action")
    # (h) a whole name in quotes, its head inside: 在全国发起“小微企业质量管理体系认证提升行动”
    for m in QUOTED_WHOLE.finditer(text):
        inner = m.group(1)
        if view.in_title(m.start()) or _counts_things(inner) or inner.startswith(ADVERBS) \
                or inner.startswith(tuple(view.lexicon.cues["launch"])):
            continue  # “全面开展质量提升行动”: a quoted phrase that does something, no name
        add(m.start(1), m.end(1), "quoted-whole")
    # (and an event named whole in quotes after a launch verb: 共同启动了首届“中国杰出质量人推选活动”)
    for m in QUOTED_WHOLE_EVENT.finditer(text):
        if not view.in_title(m.start()) and _verb_before(view, m.start(), launch_strict) \
                and not m.group(1).startswith(tuple(launch_strict) + ADVERBS):
            add(m.start(1), m.end(1), "quoted-whole")
    # (i) a run of three or more actions sharing a head after a colon or 包括 (具体包括：生产标准化推进行动、
    # 农产品质量安全监测行动、…): each item whole, verbs inside it included (推进, 创建)
    for run in _HEAD_RUN.finditer(text):
        if view.in_title(run.start()):
            continue
        pos = run.start("items")
        for item in run.group("items").split("、"):
            start, end = pos, pos + len(item)
            pos = end + 1
            lead = re.match("(?:" + "|".join(map(re.escape, (*launch_strict, *ADVERBS))) + ")+", item)
            if lead:
                start += lead.end()
            if end - start - len(run.group("head")) >= 3:
                add(start, end, "listed-action")
    # (g) a list of quoted names closed by 等…活动: “计量惠民生”、“电梯安全宣传周”等宣传推广活动
    for lst in (*QUOTED_LIST.finditer(text), *QUOTED_LIST_AFTER_VERB.finditer(text), *QUOTED_RUN_BEFORE_HEAD.finditer(text)):
        if view.in_title(lst.start()):
            continue
        # 实施“质量立县、名牌兴业”和“品牌强县”战略: the head after the last item is every item's
        shared = _SHARED_QUOTED_HEAD.match(text, lst.end("items"))
        for item in QUOTED.finditer(text, lst.start(), lst.end("items")):
            name = item.group(1)
            if 3 <= len(name) <= 14 and not re.search(r"\d|[，,。]", name) and not name.endswith("城市"):
                # (推进“全国质量强市示范城市”和“全国文明城市”创建工作: honours a city wins, GUIDE's ignore)
                if shared is None:
                    cands.append(mention(view, "Programme", item.start(), item.end(), name, "quoted-list"))
                elif item.end() < lst.end("items"):  # (the last item takes its head as quoted+head)
                    add(item.start(), item.end(), "shared-head", canonical=_canonical_programme(view, item.group() + shared.group()))
    # (g) a region's brand-product designation: 开展2017年新疆名牌产品的评定工作, 进行了中国世界名牌产品的
    # 评价工作 (新疆名牌产品评定, 中国世界名牌产品评价); 获“武汉名品”认定 ("武汉名品"认定)
    for m in _BRAND_EVALUATION.finditer(text):
        at = m.start("name")
        if not (text.startswith("中国", at) or view.lexicon.region_forms.match_at(text, at)):
            continue
        if m.group("verb") in "和及、" and not re.search(r"开展|进行|组织|启动|做好",
                                                      text[view.sentences[view.sentence_at(at)].clean_start : m.start()]):
            continue  # (开展“湖南名品”引领行动和湖南名品评价工作: the second of two things the verb governs)
        cands.append(mention(view, "Programme", at, m.end(), m.group("name") + m.group("act"), "brand-evaluation"))
    # (h) the assessment of governments' quality work (质量工作考核, the State Council's since 2013) at a
    # level: 省级政府质量工作考核, 地级以上市政府质量工作考核 (a bare 质量工作考核 names whose work only by context)
    for m in _GOVERNMENT_ASSESSMENT.finditer(text):
        if not view.in_title(m.start()):
            level = "县级" if m.group("level").startswith(("县(", "县（")) else m.group("level")
            cands.append(mention(view, "Programme", m.start(), m.end(), level + "政府质量工作考核",
                                 "government-assessment"))  # (…市人民政府质量工作考核: one assessment)
    for m in _BRAND_DESIGNATION.finditer(text):
        at = m.start("name") - 1
        if view.lexicon.region_forms.match_at(text, at + 1):
            cands.append(mention(view, "Programme", at, m.end(), f'"{m.group("name")}"认定', "brand-evaluation"))
    # keep the longest of candidates that start at the same place; drop ones inside others
    # of the same rule family unless they are themed days (质量月 inside 全国“质量月”…行动)
    # (of two with the same span, the list item: it knows to take the verb that opens its list)
    cands.sort(key=lambda m: (m.clean_start, -(m.clean_end - m.clean_start), m.rule != "quoted-list"))
    out: list[Mention] = []
    out_starts: list[int] = []
    for c in cands:
        # only candidates starting shortly before can contain this one (names are short)
        near = out[bisect.bisect_left(out_starts, c.clean_start - 2 * MAX_PROGRAMME) :]
        if any(o.clean_start <= c.clean_start and c.clean_end <= o.clean_end and o.canonical != c.canonical
               and c.rule != "themed-day" and not (o.clean_start == c.clean_start and o.clean_end == c.clean_end)
               for o in near):
            continue
        if any(o.clean_start == c.clean_start and o.clean_end == c.clean_end for o in near):
            continue
        out.append(c)
        out_starts.append(c.clean_start)
    return out + _strategies_sharing_a_head(view, out)


def _strategies_sharing_a_head(view: TextView, programmes: list[Mention]) -> list[Mention]:
    """Parallel strategies written with one head: 联动推进质量强省、标准强省、品牌强省战略 names
    three. Each item before the last is as long as its body and ends as it does (强省)."""
    text = view.text
    out = []
    for m in programmes:
        body = m.surface[: -2] if m.surface.endswith("战略") else ""
        if not 3 <= len(body) <= 6 or not m.canonical.endswith(body + "战略"):
            continue
        k = m.clean_start
        while text[k - 1 : k] == "、" and k - 1 - len(body) >= 0:
            item = text[k - 1 - len(body) : k - 1]
            # (质量强省、标准强省: the same ending; 质量兴桂、质量兴市: the same opening)
            if not (item.endswith(body[-2:]) or item[:3] == body[:3]) or not all(_is_han(ch) for ch in item):
                break
            k = k - 1 - len(body)
            out.append(mention(view, "Programme", k, k + len(body), item + "战略", "shared-head"))
    return out


# ---------------------------------------------------------------- indicators
# (食品相关产品、计量产品和条码印刷品的合格率分别为…: a list of fields before a bare rate, each field's own rate)
_FIELDS_OWN_THE_RATE = re.compile(r"[、和及与][\u4e00-\u9fff]{2,8}的$")


def find_indicators(view: TextView) -> list[Mention]:
    """Measured quantities: names ending in 合格率, 满意度, 指数 … A list of items sharing one
    head (主要农产品、食品、药品合格率) is one indicator; a list of full indicators is several."""
    text = view.text
    out = []
    for m in INDICATOR_HEAD.finditer(text):
        head = m.group()
        if head in INDICATOR_BAD_HEADS or view.in_title(m.start()):
            continue
        end = m.end()
        if text.startswith("指数", end):
            continue  # 顾客满意度指数: the index is the measure, found at its own head
        survey = text.startswith(INDICATOR_AFTER_BAD, end)
        if survey and _SURVEY_RESULT.match(text, end):
            survey = False  # 质量满意度测评达76.3分: the survey's result is the measure's value
        if survey or (head.endswith("率") and text.startswith(("先", "领"), end)):
            continue  # (实现率先突破, 率领: no rate)
        if text.startswith(("平均值", "均值"), end):  # …监督抽查合格率平均值: the average is what is measured
            end += 3 if text.startswith("平均值", end) else 2
        if _ACRONYM_THEN_RATE.match(text, end):
            continue  # 环境空气质量指数(AQI)优良率为75.3%: the index names the rate that follows, found at its own head
        share = _SHARE_OF.search(text, max(0, m.start() - 20), m.start()) if head in ("比重", "比例") else None
        # 旅游产业增加值占地区生产总值的比重: a share names its part and its whole
        start = _indicator_start(view, share.start() if share else m.start())
        acronym = _ACRONYM_BEFORE.search(text, max(0, start - 12), start)
        if acronym and head.endswith("率"):  # …指数(AQI)优良率: the rate's name holds the index and its acronym
            start = _indicator_start(view, acronym.start())
        # words that join a name across a stop word: 规模以上企业…, 建设工程…, 公路建设项目…
        while True:
            if text.endswith("规模以上", 0, start):
                start = view.extend_left(start - 4, limit=24) if start > 4 else start - 4
            elif text.endswith("规上", 0, start):  # 规上工业企业…: 规模以上, shortened
                start = view.extend_left(start - 2, limit=24) if start > 2 else start - 2
            elif text.endswith("建设", 0, start) and text.startswith(("工程", "项目"), start):
                start = view.extend_left(start - 2, limit=24)
            elif text.endswith("个", 0, start) and (counted := _COUNTED_REGION_KIND.match(text, start)) \
                    and counted.end() < m.start():
                start = counted.end()  # 全省11个市食品抽检合格率均…: the regions counted are whose figures, not what they measure
            else:
                break
        while start < m.start() and _is_han(text[start - 1 : start] or "a") and start not in view.bounds:
            # 获得感、满意度: not 感满意度 (after punctuation a name always starts a word)
            start += 1
        name = text[start:end]
        name = _strip_indicator_prefix(view, name)
        bare_rate_named = name == "合格率" and (text[start - 1 : start] in "，,"
                                                 or _FIELDS_OWN_THE_RATE.search(text, max(0, start - 12), start) is not None)
        if (len(name) < 4 and not bare_rate_named) or name[0] in "、，,":
            # (…共抽查828批次产品，合格722批次，合格率为87.2%: a bare rate after a count of checks, which the
            # measures stage names by what was counted or checked)
            continue  # (广州、深圳、佛山、东莞4市企业占比: what is left after the first region is a list's tail)
        if _COUNTED_PRODUCTS.search(name):
            continue  # 羊绒针织衫、农用地膜等46种产品抽查不合格率在10.0%—20.0%之间: a band products fall in, no measure
        if head in _PER_UNIT_HEADS and not re.match(_PER_UNIT_HEADS[head], name):
            continue
        start = end - len(name)
        counted = _HOW_MANY_HAVE.search(text, max(0, start - 10), m.start())
        if counted and not re.search(r"[，,。；;：:、\s]", text[counted.end() : m.start()]):
            continue  # 有30种产品合格率低于80%, 全省有5个县合格率达到100%: how many items pass a bar, no
            # measure of a place
        # (GUIDE writes a quoted word inside an indicator without its quotes: 获武汉名品认定企业…)
        out.append(mention(view, "Indicator", start, end, re.sub(r"[“”\"]", "", name), "indicator-head"))
    return out


SCOPE_WORDS = re.compile(r"^(中国|本地|全国|全省|全市|全县|全区|全州|全旗|我国|我省|我市|我县|我区|本省|本市|本县|"
                         r"今年|去年|每年|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|年度|全年|当年|同期|"
                         # a span the figure covers (近五年来万台特种设备死亡率下降73%): when, not what
                         r"近[一二两三四五六七八九十\d]*年(?:来|以来)?|多年来|连续[一二两三四五六七八九十\d]+年|目前|当前)+")


_CONJUNCTION_FIRST = re.compile(r"(?:但是|但|而且|而|并且|且|以及|其次|再次)")
_COMPARISON_BASE = re.compile(r"(?:比|较|高于|低于|高出|超出|超过|优于)(?:全国|全省|全市|全区|全县|上年|去年|同期)?")
INDICATOR_STOPS = ("提升", "提高", "确保", "力争", "争取", "使", "达到", "保持", "实现", "要求", "其中", "包括", "参考", "根据", "依据")
# where each stop word starts, overlaps too (力争取: 力争 and 争取), read in one pass
_INDICATOR_STOP_AT = re.compile("(?=(" + "|".join(INDICATOR_STOPS) + "))")


def _indicator_start(view: TextView, head_start: int) -> int:
    text = view.text
    i = head_start
    stepped = False  # a quoted or bracketed word is stepped over once
    while True:
        j = view.extend_left(i, limit=24)
        while j > 1 and text[j - 1] == "中" and (text[j : j + 1] in "型小央国级等高" or text[j - 2] == "大"):
            j = view.extend_left(j - 1, limit=24)  # 大中型工程…, 中小企业…: 中 inside a name
        # the name starts after the last stop word (endpos: one that ends by i)
        stops = list(_INDICATOR_STOP_AT.finditer(text, j, i))
        if stops:
            j = stops[-1].end(1)
        while j > 1 and text[j - 1] in " \u3000":  # 生产许可证、 3C认证…
            j -= 1
        sizes = _SIZE_LIST.search(text, max(0, j - 8), j)
        if sizes and sizes.end() == j and sizes.start() < i:  # 大、中、小型企业产品抽查不合格率: the sizes share the name
            i = sizes.start()
            continue
        inner = None if stepped else _QUOTED_WORD_BEFORE.search(text, max(0, j - 14), j)
        if inner and inner.end() == j and inner.start() < i and j < head_start and "简称" not in inner.group():
            stepped = True
            # 获“武汉名品”认定企业首席质量官覆盖率, 各级政府质量奖(含提名奖)企业…: a quoted or bracketed
            # word inside the name
            i = inner.start()
            continue
        if j > 1 and text[j - 1] in "和或及" and j < head_start:
            # 主导产品采用国际标准和国外先进标准比率 (企业采用国际标准或国外先进标准率): 和 or 或 joins two nouns sharing the head, where the first
            # names no measure of its own (合格率和满意度 are two)
            prev_start = view.extend_left(j - 1, limit=24)
            prev = text[prev_start : j - 1]
            if 2 <= len(prev) <= 16 and not INDICATOR_HEAD.search(prev) and not re.search(r"\d", prev) \
                    and not prev.endswith(("性", "感", "度", "水平", "能力")):  # (可及性、便利性和公共服务质量满意度)
                i = prev_start
                continue
        if j > 1 and text[j - 1] == "、":  # 主要农产品、食品合格率 (和 joins whole indicators as often)
            prev_end = j - 1
            prev_start = view.extend_left(prev_end, limit=24)
            prev = text[prev_start:prev_end]
            # (获得感、满意度: a sense is a measure of its own, not an item sharing the head)
            # (质量整体水平、品牌影响力、人民群众质量满意度: a level, a power or a quality is a measure too)
            # (产品技术含量、产品质量信誉、市场占有率: a content, a standing or a state is a measure of its own;
            # so is a degree: 精细度、便捷度、满意度)
            if prev and not INDICATOR_HEAD.search(prev[-3:]) \
                    and not prev.endswith(("感", "水平", "力", "性", "含量", "信誉", "状况", "情况", "度", "效益", "规模")) \
                    and prev_end - prev_start <= 10 \
                    and not re.search(r"\d", prev):
                i = prev_start
                continue
        if j > 1 and text[j - 1] == "等" and i == head_start:
            # 旅游、医疗…等服务顾客满意度
            k = view.extend_left(j - 1, limit=24)
            if j - 1 - k >= 1:
                i = k
                continue
        return j


_COUNTED_REGION_KIND = re.compile(r"设区市|地级市|地市|县[(（]市、区[)）]|市(?!场)|县|区(?!域)")
_ORDINAL_BEFORE = re.compile(r"(?:首届|第[一二三四五六七八九十百\d]+届)$")  # the round of an award
_FIRM_END = re.compile(r".*(?:公司|集团|厂|研究所|研究院)")  # the last firm's name ending before an award
_INNER_HEAD = re.compile(r"(?:行动|工程)(?:区域|地区)?$")
_DURATION_BEFORE = re.compile(r"(?:开展|实施|推进|启动)[一二两三四五六七八九十]年$")
_LEVEL_LIST_BEFORE = re.compile(r"[(（][省市县区镇乡](?:[、，,][省市县区镇乡]){0,2}[)）]$")
_AFTER_LAUNCH_VERB = re.compile(r"(?:了|第[一二三四五六七八九十\d]+批|\d{4}年度?)+$")
_ACRONYM_THEN_RATE = re.compile(r"[(（][A-Za-z0-9.]{1,10}[)）][\u4e00-\u9fff]{0,4}率")
_ACRONYM_BEFORE = re.compile(r"(?:指数|系数)[(（][A-Za-z0-9.]{1,10}[)）]$")
_ANNEX_LABEL = re.compile(r"附件\s*\d{0,2}[:：、.]?\s*")
_BRAND_EVALUATION = re.compile(r"(?P<verb>开展|进行|组织|启动|做好|[和及、])了?(?:\d{4}年度?)?(?P<name>[\u4e00-\u9fff]{2,8}?(?:(?:世界)?名牌产品|名品))的?"
                               r"(?P<act>评定|评价|认定)(?:工作)?")
# (and the counties' written with their kinds, 县(市、区)人民政府(管委会)质量工作考核: the county-level one)
_GOVERNMENT_ASSESSMENT = re.compile(r"(?P<level>省级|地级以上市|地级市|市级|县级|市县|县[(（]市[、，,]区[)）])(?:人民)?政府"
                                    r"(?:[(（]管委会[)）])?质量工作考核")
_BRAND_DESIGNATION = re.compile(r"(?:获|获得|通过)[“\"](?P<name>[\u4e00-\u9fff]{2,6}(?:名品|名牌|精品))[”\"]认定")
# an event named as the subject of its holding (“…”主题活动16日在海口举办, …活动近日在京举行): a name, verb or none before it
_HELD_AFTER = re.compile(r"(?:近日|日前|\d{1,2}月\d{1,2}日|\d{1,2}日)?(?:同期|同时|同日|当天|当日)?(?:上午|下午|晚上?)?"
                         r"在[^，,。；;“”]{1,16}?(?:举办|举行|开幕|启动|召开)")
_NEXT_QUOTED = re.compile(r"[和、及与]“[^“”]{2,30}”")  # …”和“第三届全国质量创新大赛”同期在郑州举行: the next of a list


def _held_after_quotes(text: str, pos: int) -> bool:
    """Is the quoted name closing at `pos` (and any quoted names listed after it) said to be held
    somewhere (“全国质量标杆河南行交流活动”和“…”同期在郑州举行): an event's name, no slogan?"""
    while q := _NEXT_QUOTED.match(text, pos):
        pos = q.end()
    return _HELD_AFTER.match(text, pos) is not None
_CAMPAIGN_SLOGAN = re.compile(r"(?:我|本|全)?[省市县区州旗镇]?质量(?:兴|强)[省市县区州旗镇]")
_CONTEST_DIVISION = re.compile(r"[\u4e00-\u9fff]{2,6}?分?赛区")
# 羊绒针织衫、农用地膜等46种产品抽查不合格率在…之间, 国家监督抽查中49种产品不合格率下降, 28大类525种食品抽查合格率:
# a count of kinds of products, whose rates the sentence sums up, no measure
_COUNTED_PRODUCTS = re.compile(r"等\d+种产品|^\d+种产品|\d+大类\d+种")
_HOW_MANY_HAVE = re.compile(r"有(?:\d+|[一二两三四五六七八九十百千]+)(?:多|余)?(?:个|种|家|批次|批|项|类|款|所|座)")
_SHARE_OF = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])占[\u4e00-\u9fffA-Za-z]{2,14}?的?$")
_SURVEY_RESULT = re.compile(r"(?:调查|测评|监测|评价)(?:结果|得分|总分)?(?:达到|达|为|是)\s*\d")
_QUOTED_WORD_BEFORE = re.compile(r"[“\"][\u4e00-\u9fff]{1,8}[”\"]|[(（][\u4e00-\u9fff]{1,6}[)）]")
# areas that are no region of the lexicon (their figures are no region's: relate.AREA)
AREA_NAMES = r"珠三角|长三角|京津冀|川渝|成渝|粤港澳|(?:东部|中部|西部|东北|中西部|华东|华北|华南|华中|西南|西北)地区|(?:中等)?发达国家"
_AREA_PREFIX = re.compile(f"(?:{AREA_NAMES})")
_RANK_BEFORE = re.compile(r"^[^第]{0,20}第[一二三四五六七八九十\d]{1,3}(?:位|名)\s*")
_CAPTION_OR_SPAN = re.compile(r"[图表]\s*\d{1,2}[:：.．]?\s*|(?:近|最近|过去)[一二两三四五六七八九十\d]{1,2}年(?:来|以来)?")
_OUR_SCOPE = re.compile(r"我(?:国|省|市|县|区|州|旗)")
_ITEM_NUMBER = re.compile(rf"^\s*{HEADING_NUMBER}\s*")  # an item's or a heading's number before a name (2., 一、, (三))
_REGION_COUNT = re.compile(r"^(?:[两二三四五六七八九十\d]{1,2}个?(?:省区市|省市|省份|省|设区市|市|县|区|地市|城市))的?")
_SIZE_LIST = re.compile(r"(?:[大中小微]型?、)+")
_DIVISION_KINDS = re.compile(r"^(?:(?:省|自治区|直辖市|自治州|计划单列市|地级市|地市|市州|县区|县市区)、?)+(?<!省)(?<!省、)")


# a determiner, with a count, that points back to what was named before (这3大类产品…合格率, 上述产品…)
_DETERMINER_PREFIX = re.compile(r"^(?:这些|这|该|此|上述|以上)(?:\d+|[一二两三四五六七八九十]+)?(?:大类|类|种|个|批|项)?")


def _strip_indicator_prefix(view: TextView, name: str) -> str:
    name = _ITEM_NUMBER.sub("", name).lstrip()  # 2.大中型工程一次验收合格率: an item's number
    ours = list(_OUR_SCOPE.finditer(name))[-1:]
    if ours and ours[0].start() > 0 and len(name) - ours[0].end() >= 4:
        name = name[ours[0].end() :]  # (…直播下载4年我国制造业产品质量合格率: 我国 starts whose figure it is, whatever
        # a page's spam or a scrambled headline put before it; no indicator's name holds it)
    pointer = _DETERMINER_PREFIX.match(name)
    if pointer and pointer.end() and len(name) - pointer.end() >= 4:
        name = name[pointer.end() :]
    joined = _CONJUNCTION_FIRST.match(name)  # 但机械装备产品质量抽检合格率: the word that joins the clause
    if joined and len(name) - joined.end() >= 4:
        name = name[joined.end() :]
    ranked = _RANK_BEFORE.match(name)  # …位居全国公共服务质量满意度第一位 公共服务质量满意度,是…: a ranking's end
    if ranked and len(name) - ranked.end() >= 4:  # (a flattened page's next sentence starts after it)
        name = name[ranked.end() :]
    comparison = _COMPARISON_BASE.match(name)  # 比全国总体满意度79.09分高3.69分: the base's indicator
    if comparison and len(name) - comparison.end() >= 4:
        name = name[comparison.end() :]
    changed = True
    while changed:
        changed = False
        hit = view.lexicon.region_forms.match_at(name, 0)
        if hit and len(name) >= len(hit[0]) + 3:
            name = name[len(hit[0]) :]
            changed = True
            # 南京市、苏州市和无锡市产品质量合格率, 广州、深圳、佛山、东莞4市企业占比: a list of regions
            # (and their count) is whose the figures are, not what they measure
            while name[:1] in ("、", "和", "及", "与") and (more := view.lexicon.region_forms.match_at(name, 1)) \
                    and len(name) >= 1 + len(more[0]) + 3:
                name = name[1 + len(more[0]) :]
            count = _REGION_COUNT.match(name)
            if count and len(name) - count.end() >= 4:
                name = name[count.end() :]
        y = re.match(r"^\d{4}年度?", name) or _CAPTION_OR_SPAN.match(name)
        if y and len(name) - y.end() >= 4:  # (图1 近五年国家监督抽查不合格率: a figure's label, and the years it shows)
            name = name[y.end() :]
            changed = True
        scope = SCOPE_WORDS.match(name)
        if scope and len(name) - scope.end() >= 4:
            name = name[scope.end() :]
            changed = True
        area = _AREA_PREFIX.match(name)  # 华东地区公共服务质量整体满意度: the area is whose, not what
        if area and len(name) - area.end() >= 4:
            name = name[area.end() :]
            changed = True
        kinds = _DIVISION_KINDS.match(name)  # 我国31个省、自治区、直辖市制造业产品质量合格率: whose, not what
        if kinds and len(name) - kinds.end() >= 4:
            name = name[kinds.end() :]
            changed = True
        for w in sorted(ADMIN_LEVEL_WORDS, key=len, reverse=True):
            if name.startswith(w + "、") or (w != "主要" and name.startswith(w) and w.endswith("级")):
                name = name[len(w) + (1 if name[len(w) : len(w) + 1] == "、" else 0) :]
                changed = True
                break
    return name


# ---------------------------------------------------------------- persons
# provinces where officials' names are often Tibetan or Mongolian, transcribed without a surname
_NAMES_WITHOUT_SURNAMES = frozenset({"内蒙古自治区", "西藏自治区", "青海省"})
_STRONG_CUES = ("出席", "主持", "表示", "讲话", "致辞", "指出", "强调", "介绍", "宣读", "参加", "作了", "带队")


_RANK_AFTER_POST = re.compile(r"[(（][正副]?(?:部|厅|局|处|科|司|县|师)级[)）]")


def find_persons(view: TextView, orgs: list[Mention]) -> list[Mention]:
    """People named next to a post: <org><post><name> (王文仲 after 副局长) or <name><post>
    (习近平总书记). The name must start with a known surname and be followed by a speech
    cue or punctuation; the organisation becomes worksFor."""
    text, lex = view.text, view.lexicon
    # what may follow a name: a speech cue, punctuation, the end of its line (a caption: 副市长欧先伟),
    # or a word that joins it to others (副市长李东方及相关负责人, 局长王某等领导, 局长王某在会上)
    # (局长王某与某公司总经理李某举行签约仪式: 与 joins two people as 和 does)
    speech = tuple(lex.cues["speech"]) + tuple("，,。：:“\"（(、\n及和与等在到从") + ("分别", "是在", "是从")
    by_end = _OrgsByEnd(orgs)
    region_ends = {r.clean_end: r for r in view.regions}
    out = []
    posts = sorted(lex.posts, key=len, reverse=True)
    post_re = _post_pattern(lex)  # (compiled once per lexicon, not per document)
    province = view.main_region.get("省")
    transcribed_names = province is not None and province.name in _NAMES_WITHOUT_SURNAMES
    for m in post_re.finditer(text):
        post = m.group()
        if any((hit := view.region_hits.get(at)) and at + len(hit[0]) > m.end() for at in range(m.start() + 1, m.end())):
            continue  # 上海市长宁区市场监督管理局: 市长 straddles 上海市 and 长宁区, no post
        rank = _RANK_AFTER_POST.match(text, m.end())  # 一级巡视员(正局级)毕开春: the rank in brackets, then the name
        name_at = rank.end() if rank else m.end()
        # post + name (four characters only after a two-character surname: 副局长欧阳志刚)
        dotted = _DOTTED_NAME.match(text, name_at)  # 副局长艾尔肯·吐尼亚孜: a name transcribed, its parts dotted
        sizes = (4, 3, 2) if text[name_at : name_at + 2] in lex.surnames else (3, 2)
        # 局长次仁多吉表示, 副局长斯琴毕力格出席: a Tibetan or Mongolian name of four or five characters and
        # no surname, tried last, where a strong cue ends it
        unsurnamed = tuple(n for n in (4, 5) if re.fullmatch(f"[{HAN}]{{{n}}}", text[name_at : name_at + n])
                           and text.startswith(_STRONG_CUES, name_at + n)
                           and not re.search("[等同和与及在的]", text[name_at + 1 : name_at + n])) if transcribed_names else ()
        # (its second part the shortest that what follows lets end: 买买提·艾力出席会议 ends before 出席)
        dot = re.search("[·•・]", dotted.group()).start() if dotted else 0
        dotted_sizes = tuple(range(dot + 3, len(dotted.group()) + 1)) if dotted else ()
        for k, n in enumerate(dotted_sizes + sizes + unsurnamed):
            name = text[name_at : name_at + n]
            transcribed = n in dotted_sizes
            if transcribed and name.endswith(tuple(lex.cues["speech"]) + ("出席", "参加", "主持", "介绍")):
                continue  # (艾尔肯·吐尼亚孜强调: the cue after the name is no part of it)
            if name[:1] in "和与及并":
                break  # 相益霖副局长和李咸和科长: 和 joins two people, it starts no name
            if n >= 3 and name[-1:] in _JOINING_CHARS and not (
                    name[-1] == "和" and text.startswith(("向", "对", "表示", "介绍", "指出", "说"), name_at + n)):
                continue  # 发言人李静在发布会上: 在 joins the name to what follows, it ends no name (局长黄序和向
                # 与会记者介绍: 和 before 向 joins nothing, so it ends the name)
            unsurnamed_try = k >= len(dotted_sizes) + len(sizes)
            if len(name) == n and (transcribed or unsurnamed_try or (all(_is_han(c) for c in name) and _surname_ok(lex, name))) and (
                    text.startswith(speech, name_at + n) or name_at + n == len(text)
                    or _name_then_verb(text, name_at, n) or _DAY_THEN_ACTS.match(text, name_at + n)
                    or _FOR_THEN_PRESENTS.match(text, name_at + n)
                    or _adverb_then_cue(text, name_at + n, speech)):
                org = _org_before(by_end, m.start(), text)
                if org is not None and post in GOVERNMENT_HEADS and "、" in text[org.clean_end : m.start()]:
                    sep = text.rfind("、", org.clean_end, m.start())
                    if any(p.clean_end == sep for p in out[-3:]):
                        # 市人大常委会副主任宗和、副市长吴经建: a head of government after another body's
                        # person (局长张工、副局长秦宜智 are one body's)
                        org = None
                implied_by_post = lex.posts.get(post)
                if implied_by_post and (org is None or "、" in text[org.clean_end : m.start()]):
                    # 中共中央政治局常委、国务院总理李克强; 国务委员王勇: the post names its body
                    attrs_implied = {"role": post, "org": implied_by_post, "org_kind": "Agency"}
                    out.append(mention(view, "Person", name_at, name_at + n, name, "post+name", attrs=attrs_implied))
                    break
                if org is not None and "、" in text[org.clean_end : m.start()]:
                    # 国家质检总局局长支树平、浙江省省长吕祖善: a region of its own opens this post
                    segment = text[org.clean_end : m.start()].rsplit("、", 1)[1]
                    hit = lex.region_forms.match_at(segment, 0)
                    if hit and len(hit[0]) == len(segment) or re.search("[A-Za-z]", segment):
                        org = None  # (原国务院参事张纲、ISO原主席张晓刚: a body in Latin letters opens this one)
                role_start = org.clean_end if org else m.start()
                role = text[role_start : m.end()].lstrip("、")
                attrs = {"role": role}
                if org:
                    attrs["org"] = org.canonical
                    attrs["org_kind"] = org.kind
                    also = _posts_before(by_end, org, text, lex)
                    bodies = [f"{o.kind}:{o.canonical}" for o in also]
                    # 市委副书记、市长、市质量强市工作领导小组组长刘超: a head of government in the chain works
                    # for the government of the region the chain's bodies belong to
                    chain = text[(also[-1].clean_start if also else org.clean_start) : m.start()]
                    region_name = next((o.region for o in [org, *also] if o.region), None)
                    if region_name and re.search(r"[、，,](?:" + "|".join(GOVERNMENT_HEADS) + r")[、，,]", chain):
                        government = f"Agency:{region_name}人民政府"
                        if government not in bodies and org.canonical != region_name + "人民政府":
                            bodies.append(government)
                    # 南通市副市长、市质量强市工作领导小组组长张建华: a region's head opens the chain
                    first = (also[-1] if also else org).clean_start
                    if text[first - 1 : first] in ("、", "，", ","):
                        head = next((h for h in sorted(GOVERNMENT_HEADS, key=len, reverse=True)
                                     if text.endswith(h, 0, first - 1)), None)
                        place = region_ends.get(first - 1 - len(head)) if head else None
                        place_name = place.canonical if place is not None else None
                        if head and place is None and region_name and region_name.endswith(head[-2]) \
                                and text[first - 2 - len(head) : first - 1 - len(head)] in ("", *CLAUSE_PUNCT, "。", "\n", " "):
                            # 副市长、市质量强市工作领导小组副组长罗宗志: a bare head opening the chain heads the
                            # government of the region its bodies' names give (a head of that level)
                            place_name = region_name
                        if place_name is not None and f"Agency:{place_name}人民政府" not in bodies \
                                and org.canonical != place_name + "人民政府":
                            bodies.append(f"Agency:{place_name}人民政府")
                    office = _OFFICE_OF_GOVERNMENT.search(role) if org.canonical.endswith("人民政府") else \
                        _UNIT_OF_COMMITTEE.search(role) if org.canonical.startswith("中共") and org.canonical.endswith("委员会") \
                        else None
                    if office:  # 兰州市政府副秘书长、办公厅主任雒泽民: the government's office is a body of its own (and
                        # 市委常委、宣传部部长孙红: the committee's department)
                        at = role_start + len(text[role_start : m.end()]) - len(role) + office.start(1)
                        office_name = org.canonical + PARTY_UNITS.get(office.group(1), office.group(1))
                        out.append(mention(view, "Agency", at, at + len(office.group(1)), office_name,
                                           "office-of-government", region=org.region))
                        bodies.append(f"Agency:{office_name}")
                    if bodies:
                        attrs["also"] = "|".join(bodies)
                out.append(mention(view, "Person", name_at, name_at + n, name, "post+name", attrs=attrs))
                out.extend(_names_sharing_the_post(view, name_at + n, attrs, speech))
                break
        # name + post: 习近平总书记 (the post implies the body), 崔钢司长做了… (the body named before)
        implied = lex.posts.get(post)
        for n in _name_sizes_ending(lex, text, m.start()):
            s = m.start() - n
            name = text[s : m.start()]
            if s < 0 or not all(_is_han(c) for c in name) or not _surname_ok(lex, name) or s not in view.bounds:
                continue
            if implied:
                out.append(mention(view, "Person", s, m.start(), name, "name+post",
                                   attrs={"role": post, "org": implied, "org_kind": "Agency"}))
                break
            place = region_ends.get(s)  # 桐乡市周民副市长: the region whose post it is, then the name
            ours = text.endswith(OWN_BODY_WORDS, 0, s)  # 我局杨卫军副局长、鲁晓龙副局长对…: the writer's bureau
            # 桂林市质监局党组钟显魁书记: the body's party group, the name, then the group's post (looked for only
            # where a group's word stands before the name: this runs for every name a post may end)
            party = next((w for w in _PARTY_GROUPS if text.endswith(w, 0, s)), "") if text.endswith(_PARTY_GROUPS, 0, s) else ""
            if party and not _org_ends_at(by_end, s - len(party)):
                party = ""
            if not (text.startswith(speech, m.end()) or text.startswith(_ACTS_AFTER_NAME, m.end())
                    or _adverb_then_cue(text, m.end(), speech) or (ours and text.startswith("、", m.end()))) \
                    or (s > 0 and _is_han(text[s - 1]) and not _org_ends_at(by_end, s) and place is None and not ours
                        and not party and text[s - 1] not in "由和与及请邀是了"):
                continue
            org = _org_before(by_end, s + 1, text)
            attrs = {"role": (place.canonical + post) if place is not None and org is None else party + post}
            if org:
                attrs.update(org=org.canonical, org_kind=org.kind)
            out.append(mention(view, "Person", s, m.start(), name, "name+post", attrs=attrs))
            break
    # a name right after a firm's, then what he does (青海桥头铝电有限责任公司王玉珍以《…》为题，分享了…): the firm's person
    named_already = Coverage(out)  # (one index, not a scan of every person per firm: lists hold hundreds of firms)
    for firm in (o for o in orgs if o.kind == "Enterprise"):
        if named_already(firm.clean_end):
            continue
        for k in _name_sizes_starting(lex, text, firm.clean_end):
            cand = text[firm.clean_end : firm.clean_end + k]
            after = firm.clean_end + k
            # (a full name may be in the tokenizer's dictionary, 王玉珍 257 times: with the firm before and the act
            # after, only a common word is kept out)
            if len(cand) == k and all(_is_han(c) for c in cand) and _surname_ok(lex, cand) \
                    and tokenizer_freq(cand) < (1000 if k >= 3 else 100) and text.startswith(_ACTS_AFTER_FIRMS_PERSON, after):
                out.append(mention(view, "Person", firm.clean_end, after, cand, "name-after-firm",
                                   attrs={"org": firm.canonical, "org_kind": "Enterprise"}))
                break
    # a name heading a count of people: …等80家组织和李万君等9名个人
    for m in _NAMED_COUNT.finditer(text):
        name = m.group("name")
        for k in _name_sizes_ending(lex, text, m.end("name")):
            cand = name[-k:]
            if len(cand) == k and _surname_ok(lex, cand) and (tokenizer_freq(cand) < 100):
                start = m.end("name") - k
                if not any(p.clean_start <= start < p.clean_end for p in out):
                    out.append(mention(view, "Person", start, m.end("name"), cand, "name+count"))
                # the names listed before it (刘乃勇、赵新定、王海斌、毋定坤和史天祥等5名个人): each a person
                while start > 0 and text[start - 1] in "、和及与":
                    item = re.search(r"(?:^|[、，,：:和及与]|授予|给予|表彰|向|对)([\u4e00-\u9fff]{2,3})$",
                                     text[max(0, start - 6) : start - 1])
                    if item is None or not _surname_ok(lex, item.group(1)) or tokenizer_freq(item.group(1)) >= 100:
                        break
                    start = start - 1 - len(item.group(1))
                    if not any(p.clean_start <= start < p.clean_end for p in out):
                        out.append(mention(view, "Person", start, start + len(item.group(1)), item.group(1), "name+count"))
                break
    # the author of a signed article: 《学习时报》刊发罗文署名文章 (no post: whose he is, the text does not say)
    for m in _SIGNED_ARTICLE.finditer(text):
        name = m.group("name")
        for k in _name_sizes_ending(lex, text, m.end("name")):
            cand = name[-k:]
            start = m.end("name") - k
            if len(cand) == k and _surname_ok(lex, cand) and tokenizer_freq(cand) < 100 \
                    and (k == len(name) or not _is_han(name[-k - 1])) \
                    and not any(p.clean_start <= start < p.clean_end for p in out):
                out.append(mention(view, "Person", start, m.end("name"), cand, "signed-article"))
                break
    # a roster, one member a line: 组 长：王 勇 国务委员 / 罗 文 市场监管总局局长 / 林念修 国家发展改革委副主任
    by_start = {m.clean_start: m for m in orgs}
    longest_first = sorted(posts, key=len, reverse=True)
    for a, b in view.paragraphs:
        if b - a > 48:
            continue
        row = _ROSTER_LINE.fullmatch(text, a, b)
        if row is None:
            continue
        name = re.sub(r"\s", "", row.group("name"))
        post = next((p for p in longest_first if row.group("rest").endswith(p)), None)
        if post is None or not _surname_ok(lex, name) or tokenizer_freq(name) >= 100:
            continue
        body = by_start.get(row.start("rest"))
        attrs = {"role": row.group("rest")[len(body.surface) :] if body else post}
        if lex.posts.get(post):
            attrs.update(org=lex.posts[post], org_kind="Agency")
        elif body is not None and body.clean_end <= row.end("rest") - len(post):
            attrs.update(org=body.canonical, org_kind=body.kind)
        out.append(mention(view, "Person", row.start("name"), row.end("name"), name, "roster-line", attrs=attrs))
    # leaders named in a list with no post each (县领导徐新、陈芝双、黄天集参加会议)
    for m in _LEADERS_LISTED.finditer(text):
        names = []
        for part in re.finditer(r"[\u4e00-\u9fff]{2,3}", m.group("names")):
            cand = part.group()
            if not _surname_ok(lex, cand) or tokenizer_freq(cand) >= 100 or cand[0] in "和及与同":
                names = []
                break  # (市领导小组: a body; every item must be a name, or none is)
            names.append((m.start("names") + part.start(), m.start("names") + part.end(), cand))
        # (县政府领导贺志显: a government's leader works for it; a bare 县领导 may be the committee's)
        government = _org_before(by_end, m.end("lead"), text) if m.group("lead").endswith("政府") else None
        attrs = {"org": government.canonical, "org_kind": "Agency", "role": "领导"} if government is not None else {}
        for a, b, cand in names:
            if not any(p.clean_start <= a < p.clean_end for p in out):
                out.append(mention(view, "Person", a, b, cand, "leaders-listed", attrs=attrs))
    out.extend(_speakers_opening_a_clause(view, orgs, out))
    out.extend(_names_before_bracketed_posts(view, orgs, out, posts))
    bodies_regions = Counter(o.region for o in orgs if o.kind == "Agency" and o.region)
    out = [_government_post(view, p, bodies_regions) for p in out]
    return out + _named_again(view, out)


def _names_before_bracketed_posts(view: TextView, orgs: list[Mention], found: list[Mention],
                                  posts: list[str]) -> list[Mention]:
    """A name with its body and post in brackets after it (张建华（南通市市场监管局局长）, a list of
    speakers or members): the person works for that body."""
    text, out = view.text, []
    taken = Coverage(found)
    starting = {o.clean_start: o for o in orgs}
    for m in re.finditer(r"[(（]", text):
        org = starting.get(m.end())
        if org is None:
            continue
        post = next((p for p in posts if text.startswith(p, org.clean_end)), None)
        if post is None or text[org.clean_end + len(post) : org.clean_end + len(post) + 1] not in (")", "）"):
            continue
        for n in _name_sizes_ending(view.lexicon, text, m.start()):
            a = m.start() - n
            name = text[a : m.start()]
            if a >= 0 and all(_is_han(c) for c in name) and _surname_ok(view.lexicon, name) and not taken(a) \
                    and (a == 0 or not _is_han(text[a - 1]) or text[a - 1] in STOP_CHARS):
                out.append(mention(view, "Person", a, m.start(), name, "name-then-bracketed-post",
                                   attrs={"role": post, "org": org.canonical, "org_kind": org.kind}))
                break
    return out


# a name that opens a clause and speaks (李纪恒指出，…; 张庆伟主持召开…): a person though no post is named
_SPEAKER_OPENS = re.compile(r"(?:^|(?<=[。！？；;，,：:\n]))\s*(?P<name>[\u4e00-\u9fff]{2,3}?)"
                            r"(?=指出|强调|表示|认为|要求|主持召开|在讲话中|在会上|代表[省市县区]委)")


def _speakers_opening_a_clause(view: TextView, orgs: list[Mention], found: list[Mention]) -> list[Mention]:
    """Persons named only as the speaker who opens a clause (no post before or after the name):
    a surname, no common word (jieba's count under 100), no post's beginning (黄书记, 李局长)."""
    text, lex = view.text, view.lexicon
    taken = Coverage(orgs + found)
    out = []
    for m in _SPEAKER_OPENS.finditer(text):
        name, at = m.group("name"), m.start("name")
        if taken(at) or at in view.region_hits or not _surname_ok(lex, name) or tokenizer_freq(name) >= 100 \
                or any(p.startswith(name[1:]) for p in lex.posts) or view.in_title(at):
            continue
        out.append(mention(view, "Person", at, at + len(name), name, "speaker"))
    return out


def _named_again(view: TextView, persons: list[Mention]) -> list[Mention]:
    """A person named with a post is the same person where the name stands alone later
    (张纲到会并讲话。张纲高度评价…): as a whole word, outside the mentions already found."""
    text = view.text
    found = {(p.clean_start, p.clean_end) for p in persons}
    covered = Coverage(persons)
    out = []
    for name in {p.canonical for p in persons if p.surface == p.canonical}:
        k = text.find(name)
        while k >= 0:
            end = k + len(name)
            if (k, end) not in found and not covered(k) and k in view.bounds and end in view.bounds:
                out.append(mention(view, "Person", k, end, name, "name-again"))
            k = text.find(name, end)
    return out


# posts that belong to a government, whatever party post comes before them (县委常委、副县长)
GOVERNMENT_HEADS = {"省长": "省", "副省长": "省", "市长": "市", "副市长": "市", "县长": "县", "副县长": "县",
                    "区长": "区", "副区长": "区", "州长": "州", "副州长": "州",
                    "代省长": "省", "代市长": "市", "代县长": "县", "代区长": "区", "代州长": "州"}  # (an acting head)


def _government_post(view: TextView, person: Mention, bodies_regions: Counter[str] | None = None) -> Mention:
    """A head of government works for the 人民政府 of the region the text is about (or, where the
    text names that region only inside its bodies' names, as 河北涉县质监局 does, their region)."""
    role = person.attr("role") or ""
    last = re.split(r"[、，,]", role)[-1]
    own = view.lexicon.region_forms.match_at(last, 0)  # 浙江省省长: the post's own region
    if own and len(last) > len(own[0]):
        last = last[len(own[0]) :]
    last = re.sub(r"^(?:人民)?政府", "", last)  # 县委常委、政府副县长X: the government's post
    last = last[2:] if last.startswith("常务") else last
    level = GOVERNMENT_HEADS.get(last)
    org = person.attr("org") or ""
    if level is None or org.endswith("人民政府"):
        return person
    region = own[1] if own else None
    if region is None and not org:
        # 深圳市市长许勤 in a text about 宁波: the region the post is written with, not the text's own
        role_start = person.clean_start - len(role)
        named = [r for r in view.regions_starting(max(0, role_start - 12), role_start) if r.clean_end == role_start]
        region = view.lexicon.region_by_name(named[-1].canonical) if named else None
    if org and region is None:
        m = view.lexicon.region_forms.match_at(org.removeprefix("中共"), 0)
        region = m[1] if m else None
    if region is None or not region.name.endswith(level if level != "省" else ("省", "自治区")):
        region = view.main_region.get(level)
    if region is None and bodies_regions:
        name = next((n for n, _ in bodies_regions.most_common() if n.endswith(level)), None)
        region = view.lexicon.region_by_name(name) if name else None
    if region is None:
        return person
    attrs = {**dict(person.attrs), "org": region.name + "人民政府", "org_kind": "Agency"}
    # 县委常委、副县长: the 县委 too; 区质量工作领导小组副组长、副区长: the group too
    if org and org != attrs["org"] and re.search(r"常委|委员|书记|组长|主任", role):
        attrs["also"] = "|".join(filter(None, (f"{person.attr('org_kind') or 'Agency'}:{org}", attrs.get("also"))))
    return replace(person, attrs=tuple(sorted(attrs.items())))


_ROSTER_LINE = re.compile(r"\s*(?:(?:组\s*长|副组长|成\s*员|主\s*任|副主任|委\s*员)\s*[:：]\s*)?"
                          r"(?P<name>[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,2})[ \u3000]+(?P<rest>[\u4e00-\u9fff]{2,30})\s*")
_LEADERS_LISTED = re.compile(r"(?P<lead>[市县区省州旗]|党政|[市县区省州旗](?:人民)?政府)领导"
                             r"(?P<names>[\u4e00-\u9fff]{2,3}?(?:[、，,][\u4e00-\u9fff]{2,3}?){0,8})"
                             r"(?=等|出席|参加|参会|陪同|到会|一同|分别|及|做了|作了)")
_FOR_THEN_PRESENTS = re.compile(r"为[^，,。；;]{1,60}?(?:颁奖|颁发|授牌|揭牌|颁证|授奖)")  # 副局长沈建新为…揭牌
_OFFICE_OF_GOVERNMENT = re.compile(r"[、，,](办公厅|办公室)副?主任$")
# (市委常委、宣传部部长X; 市委常委宣传部长X: the department's head named short, unmarked after 常委)
_UNIT_OF_COMMITTEE = re.compile(r"(?:[、，,]|(?<=常委))(宣传部|组织部|统战部|政法委|政法委员会)(?:常务)?副?(?:部长|书记|(?<=部)长)$")
_ACTS_AFTER_FIRMS_PERSON = ("以《", "以“", "作为", "代表", "荣获", "获评", "被评为", "作典型发言", "作交流发言", "分享了", "介绍了")
_SIGNED_ARTICLE = re.compile(r"(?:刊发|发表|刊登|刊载|推出)了?(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志)?的?署名文章")
_NAMED_COUNT = re.compile(r"(?:[和及与、]|^)(?P<name>[\u4e00-\u9fff]{2,4})等\d+(?:名|位)(?:个人|同志|专家|代表|先进个人)")


def tokenizer_freq(word: str) -> int:
    """How often jieba's dictionary counts a word (0 if it has not got it)."""
    return tokenizer().FREQ.get(word) or 0


_ACTS_AFTER_NAME = ("授予", "主持", "出席", "参加", "发布", "介绍", "宣布", "颁发", "作了", "做了", "带队", "调研", "率队", "对",
                    "举行", "签署", "签订", "共同", "进行",  # (总经理李某举行签约仪式, 总工程师X进行授课)
                    "汇报", "就", "第一时间", "亲自", "专程", "总结", "通报", "部署", "安排",
                    "会见", "慰问", "任组长", "任副组长", "任主任", "做工作报告", "作工作报告", "获得", "到会", "作出",
                    "传达", "宣读", "解读", "讲解", "作动员", "做动员", "出任", "兼任", "担任",  # (副总裁高亦强出任首席质量官)
                    # 董事长茅忠群作典型发言, 局长王某作表态发言: what a speaker gives
                    "作典型发言", "做典型发言", "作表态发言", "做表态发言", "作交流发言", "做交流发言", "作报告", "做报告",
                    "作讲话", "作重要讲话", "作经验介绍", "作专题辅导", "作辅导报告", "致辞", "致欢迎辞", "颁奖", "揭牌",
                    "应邀", "受邀", "陪同", "一行")  # (县政协副主席李文志应邀出席, 副局长X一行到…调研)


_DAY_THEN_ACTS = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}日|(?:昨天|昨日|今天|今日|日前|近日|当天|当日)(?:[(（][^()（）]{1,10}[)）])?)"
                            r"(?:在|宣布|表示|介绍|说|指出|出席|主持|召开|上午|下午|透露)"  # 司长黄某1日宣布…, 副局长X昨天(8月31日)在…
                            # …总裁唐修国10位在质量领域…荣膺: the count of the people just listed
                            r"|(?:\d{1,3}|[两二三四五六七八九十]{1,3})(?:位|名)(?:在|同志|专家|企业家|个人|获奖|荣获|荣膺|入选)"
                            r"|[作做]了?(?:开班动员|动员讲话|重要讲话|讲话|报告|总结|主题演讲|表态发言|交流发言)")
_JOINING_CHARS = set("在和及等与说将对向为是到从并")  # characters that follow a name far more often than they end one


_CUE_ADVERBS = ("重点", "详细", "系统", "全面", "深入", "专题", "简要", "首先", "随后", "着重", "现场", "一同", "全程", "一起",
                "专门", "具体", "进一步", "再次", "也")


def _adverb_then_cue(text: str, at: int, speech: tuple[str, ...]) -> bool:
    """An adverb and then a cue after a name (副院长蒋加东重点解读…, 局长王某简要介绍…)."""
    adv = next((a for a in _CUE_ADVERBS if text.startswith(a, at)), None)
    return adv is not None and text.startswith(speech + _ACTS_AFTER_NAME, at + len(adv))


def _name_then_verb(text: str, at: int, n: int) -> bool:
    """A name of n characters at `at` followed by what a person does (总工程师林鸣授予…, 局长王某主持…),
    when those characters are no common word (局长高度重视: 高度 is a word, not a name)."""

    # (a name may be in the dictionary too, rarely: 林建明 3 times, 高度 6,119)
    return text.startswith(_ACTS_AFTER_NAME, at + n) and tokenizer_freq(text[at : at + n]) < 100


def _posts_before(orgs: _OrgsByEnd, org: Mention, text: str, lex: Lexicon) -> list[Mention]:
    """The other bodies of a chain of posts before a name: “质量月”活动领导小组组长，市质监局
    党组书记、局长王某 works for the group too; 兰州市委常委、市政府副市长李某 for the 市委 too.
    Each link is a body, a post right after it, and a mark (、，,) before the next body."""
    out: list[Mention] = []
    pos = org.clean_start
    while True:
        k = pos
        while k > 0 and text[k - 1] in "、，, ":
            k -= 1
        if k == pos:
            return out
        post = next((p for p in _chain_posts(lex) if text.endswith(p, 0, k)), None)
        if post is None:
            return out
        j = k - len(post)
        while text[j - 1 : j] == "、" and (more := next((p for p in _chain_posts(lex) if text.endswith(p, 0, j - 1)), None)):
            j -= 1 + len(more)  # 市场监管总局党组成员、副局长，国家标准委主任X: two posts of one body
        before = [o for _, o in orgs.ending_in(j, j)]
        if not before:
            return out
        body = before[0]
        if body.canonical != org.canonical and all(o.canonical != body.canonical for o in out):
            out.append(body)
        pos = body.clean_start


@per_lexicon
def _chain_posts(lex: Lexicon) -> tuple[str, ...]:
    """The lexicon's posts (组长, 主任, 常委 among them), longest first: the links of a chain."""
    return tuple(sorted(lex.posts, key=len, reverse=True))


_PARTY_GROUPS = ("党组", "党委", "党工委")  # a body's party group, whose posts (书记, 成员) a name may stand inside


def _org_ends_at(orgs: _OrgsByEnd, pos: int) -> bool:
    return bool(orgs.ending_in(pos, pos))


@per_lexicon
def _cue_prefixes(lex: Lexicon) -> frozenset[str]:
    """Every cue word after a name, and every prefix of one of two characters or more."""
    return frozenset(w[:k] for w in lex.cues["speech"] for k in range(2, len(w) + 1))


# words that end a phrase before a post (区企业首席质量官, 市单位负责人) and no given name does
_GENERIC_GIVEN = frozenset({"企业", "单位", "部门", "领导", "干部", "人员", "代表", "机关", "系统", "行业", "协会", "政府",
                            "群众", "公司", "集团", "工厂", "园区", "乡镇", "街道", "社区", "学校", "医院", "机构", "组织",
                            "大家", "各位", "大会", "全体",  # (公司质量总监向大家介绍: 向 is a surname, 大家 everyone)
                            "分管", "主管", "协管"})  # (由分管副区长担任主任: the deputy in charge, 由 no surname here)

# jieba's count for a word above which it is a common word, not a person's name: 任命 1969, 高度
# 6119 against 李强 159, 习近平 4 (most names are not in its dictionary at all)
COMMON_WORD_FREQ = 1000
OWN_BODY_WORDS = ("我局", "本局", "我委", "本委", "我厅", "本厅", "我办", "我所", "我院")  # the writer's own body


_FUNCTION_CHARS = frozenset("他她它我你们也都还就")  # pronouns and adverbs, never in a given name


def _surname_ok(lex: Lexicon, name: str) -> bool:
    if name in _cue_prefixes(lex):
        return False  # 书记强调: a cue, not a name
    if name[-1] in "组局委厅部会院司处科办府室站所队员":  # 党组书记, 市委书记: a body, not a name
        return False
    if name[-1] == "长" and name[-2] in "市县局省区部厅处科院所站队社行校组镇乡村会事州旗司":
        return False  # 王市长, 李局长: a surname and a post, not a name (王成长 is one)
    if tokenizer_freq(name) >= COMMON_WORD_FREQ:
        return False  # 首席质量官任命, 副局长高度评价: a common word of jieba's dictionary, not a name
    if name[1:] in _GENERIC_GIVEN or name[2:] in _GENERIC_GIVEN:
        return False  # 各市、区企业首席质量官代表: 区 is a surname too, 企业 no given name
    if any(ch in _FUNCTION_CHARS for ch in name[1:]):
        return False  # 但他也指出: 但 is a surname, but 他 and 也 are no part of a given name
    return (name[:2] in lex.surnames and len(name) >= 3) or name[0] in lex.surnames


def _name_sizes_ending(lex: Lexicon, text: str, end: int) -> tuple[int, ...]:
    """The lengths a person's name ending at `end` may have: four only after a two-character
    surname (司马国庆副司长主持; not 东方, mostly a word), else three or two."""
    return (4, 3, 2) if _double_surname(lex, text[end - 4 : end - 2]) else (3, 2)


def _name_sizes_starting(lex: Lexicon, text: str, start: int) -> tuple[int, ...]:
    """As `_name_sizes_ending`, for a name starting at `start` (…有限责任公司上官建国以…)."""
    return (4, 3, 2) if _double_surname(lex, text[start : start + 2]) else (3, 2)


def _double_surname(lex: Lexicon, two: str) -> bool:
    return len(two) == 2 and two in lex.surnames and two != "东方"


class _OrgsByEnd:
    """Organisation mentions indexed by where they end, for the questions find_persons asks at
    every post: scanning them all at each one made a document dense with posts quadratic."""

    def __init__(self, orgs: list[Mention]) -> None:
        self.ranked = sorted(enumerate(orgs), key=lambda io: io[1].clean_end)  # (position in orgs, mention)
        self.ends = [o.clean_end for _, o in self.ranked]

    def ending_in(self, a: int, b: int) -> list[tuple[int, Mention]]:
        """Those ending in [a, b], with their position in the list given."""
        return self.ranked[bisect.bisect_left(self.ends, a) : bisect.bisect_right(self.ends, b)]


_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}[·•・][\u4e00-\u9fff]{2,6}")


def _names_sharing_the_post(view: TextView, at: int, attrs: dict[str, str], speech: tuple[str, ...]) -> list[Mention]:
    """The names listed right after an official's, with no post of their own (副局长李明、王芳出席):
    each holds the same post in the same body. A name must start with a known surname and be
    followed by what may follow a name (a speech cue, a mark, 等)."""
    text, out = view.text, []
    while text.startswith("、", at):
        for n in (3, 2):
            name = text[at + 1 : at + 1 + n]
            if n == 3 and (name[-1] in _JOINING_CHARS or name[-1] in "等和及与"):
                continue  # (赵刚等出席: 等 ends the list, it ends no name)
            if len(name) == n and all(_is_han(c) for c in name) and _surname_ok(view.lexicon, name) \
                    and (text.startswith(speech, at + 1 + n) or text.startswith(("出席", "参加", "陪同"), at + 1 + n)):
                out.append(mention(view, "Person", at + 1, at + 1 + n, name, "name-after-official", attrs=attrs))
                at += 1 + n
                break
        else:
            return out
    return out


def _org_before(orgs: _OrgsByEnd, pos: int, text: str) -> Mention | None:
    """The organisation ending at most 12 characters before `pos` with no clause mark between
    (the last of the list given, when several do)."""
    best = None
    for i, o in orgs.ending_in(pos - 12 - _LONGEST_ALIAS, pos):
        end = o.clean_end
        if (alias := _ALIAS_AFTER.match(text, end, pos)) is not None:
            end = alias.end()  # 广东省质量发展促进会(下称省质促会)执行会长兼秘书长X: the short name is no distance
        if pos - end <= 12 and not re.search("[，,。；]", text[end:pos]) and (best is None or i > best[0]):
            best = (i, o)
    if best is None:  # a bureau's section named at length between (…局质量发展与产品质量监督管理科科长X)
        for i, o in orgs.ending_in(pos - 30, pos - 13):  # or a chain of posts (…局党组成员、副局长(正县级)、新闻发言人X)
            if (_LOCAL_UNIT.fullmatch(text, o.clean_end, pos) or _POST_CHAIN.fullmatch(text, o.clean_end, pos)) \
                    and (best is None or i > best[0]):
                best = (i, o)
    return best[1] if best else None


_LONGEST_ALIAS = 24
_ALIAS_AFTER = re.compile(r"[(（](?:以下简称|下称|简称)[^()（）]{1,18}[)）]")
_POST_CHAIN = re.compile(r"(?:[\u4e00-\u9fff]{1,10}(?:[(（][\u4e00-\u9fff]{1,6}[)）])?、)+")
_LOCAL_UNIT = re.compile(r"[\u4e00-\u9fff]{2,28}(?<!长)(?:处|科|室|股)")  # a centre or a branch may be a body of its own


def _runs_into_a_body(award: Mention, agencies: list[Mention], starts: list[int]) -> bool:
    """Does an award's name end inside a body's name that goes on after it (组成中国质量奖评审表彰委员会:
    the committee's name, which the award only opens)?"""
    k = bisect.bisect_right(starts, award.clean_end - 1)
    return any(a.clean_start < award.clean_end <= a.clean_end - 2 for a in agencies[max(0, k - 4) : k])


def _after_its_body(view: TextView, programme: Mention, agencies: list[Mention], starts: list[int]) -> Mention:
    """A programme whose field ran back into the body that runs it (衢州市质监局“蓝剑1号”专项执法行动)
    starts after that body (`starts`: the agencies' starts, in order, for bisection)."""
    if programme.rule != "quoted+head":
        return programme
    k = bisect.bisect_right(starts, programme.clean_start)
    for a in agencies[max(0, k - 8) : k]:  # (no body name is that long and that nested)
        if a.clean_start <= programme.clean_start < a.clean_end < programme.clean_end:
            surface = view.text[a.clean_end : programme.clean_end]
            return replace(programme, clean_start=a.clean_end, surface=surface, canonical=_canonical_programme(view, surface))
    return programme


_AWARD_ACTIVITY = re.compile(r"(?:争创|申报|评选)?(.*质量[\u4e00-\u9fff]{0,4}奖)(?:(?:评审|评选|评比|评定|申报)(?:表彰)?)?(?:活动|工作)")
# a round of selection named in quotes (推动落实“县政府质量奖评选”工作): the quotes hold the award and its round
_QUOTED_AWARD_ROUND = re.compile(r"(.*质量[\u4e00-\u9fff]{0,4}奖)(?:评审|评选|评比|评定|申报)(?:表彰)?(?:活动|工作)?")


def _award_activities(view: TextView, programmes: list[Mention]) -> list[Mention]:
    """An award's round of selection (县长质量奖评审活动, 铜川市首届质量奖评选活动) is the award itself
    (GUIDE's gold: 政府质量奖评选表彰工作 is an alias of 政府质量奖): the award the document names
    that way, else the award's name; an activity that names no award of its own is dropped."""
    awards = {p.canonical for p in programmes if p.rule == "award"}
    out = []
    for p in programmes:
        m = _AWARD_ACTIVITY.fullmatch(p.canonical) if p.rule == "name+head" \
            else _QUOTED_AWARD_ROUND.fullmatch(p.canonical) if p.rule == "quoted-whole" else None
        if m is None:
            out.append(p)
            continue
        name = _canonical_award(view, m.group(1))
        same = next((a for a in sorted(awards) if a == name or (len(name) >= 5 and a.endswith(name[-5:]) and a[:2] == name[:2])),
                    None)
        if same is None and len(name) < 5:
            same = next(iter(awards)) if len(awards) == 1 else None
            if same is None:
                continue
        out.append(replace(p, canonical=same or name, rule="award-activity"))
    return out


# ---------------------------------------------------------------- all
def recognise(view: TextView) -> list[Mention]:
    regions = find_regions(view)
    agencies = find_agencies(view)
    enterprises = find_enterprises(view, agencies)
    persons = find_persons(view, agencies + enterprises)
    # a region inside a firm's name (宁波舟山港集团有限公司) is part of the name, not a place the text names
    in_firm = Coverage(enterprises)
    regions = [r for r in regions if not in_firm(r.clean_start)]
    # an institution's name inside a firm's (郑州磨料磨具磨削研究所有限公司) is the firm, no body
    agencies = [a for a in agencies if not (in_firm(a.clean_start) and in_firm(a.clean_end - 1))]
    # a programme inside a body's name (安宁市实施质量兴市战略领导小组办公室) is part of that name
    in_agency = Coverage(agencies)
    by_start = sorted(agencies, key=lambda a: a.clean_start)
    starts = [a.clean_start for a in by_start]
    programmes = [_after_its_body(view, p, by_start, starts) for p in find_programmes(view)
                  if not (in_agency(p.clean_start) and in_agency(p.clean_end - 1))
                  and not (p.rule == "award" and _runs_into_a_body(p, by_start, starts))]
    programmes = _award_activities(view, programmes)
    # a government inside an award's name (汉阳区政府质量奖) names the award, not a body the text speaks of
    in_award = Coverage([p for p in programmes if p.rule == "award"])
    agencies = [a for a in agencies if not (in_award(a.clean_start) and in_award(a.clean_end - 1))]
    mentions = regions + agencies + enterprises + persons + find_plans(view, agencies) + programmes + find_indicators(view)
    mentions.sort(key=lambda m: (m.clean_start, m.clean_end, m.kind))
    return mentions
