"""Stage 5: mentions -> facts (issued, participated, launched, worksFor, locatedIn) and
measures (Targets and Observations), each with the sentence that states it.

Subjects are found the way a reader finds them: the agencies that open the clause of the
verb, else those that open the sentence, else the agency the paragraph is about (a clause
that starts with its verb continues the previous subject), else the agency the whole
article is about (该局, and headline-style paragraphs).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from .lexicon import Lexicon, per_lexicon, plan_key
from .model import Evidence, Fact, Measure, Mention
from .recognise import (
    ADVERBS,
    AREA_NAMES,
    AWARD_CLASS,
    GOVERNMENT_HEADS,
    INSTITUTION_SUFFIXES,
    OWN_BODY_WORDS,
    Coverage,
    TextView,
    _agency_at,
    _ascii_parens,
    _ascii_quotes,
    _district_cities,
)
from .structure import (
    FIVE_YEAR_PLAN_END,
    GOALS_NOT_MET,
    NOT_AFTER_CHANGE,
    Scope,
    cn_number,
    future_year,
    period,
)

# a notice's sending sentence, and the date under the signature after it
_SENDS_IT = re.compile(r"(?:现|特|予以)?印发给你们[^。！]{0,30}[。！]\s*")
_SIGNATURE_DATE = re.compile(r"\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
NON_AGENCY_ACTORS = ("企业", "公司", "群众", "消费者", "社会", "我们", "单位", "部门", "城市", "四省一市", "嘉宾")  # (参会嘉宾共同启动了…)
NOT_SUBJECT_BEFORE = ("向", "为", "配合", "推动", "对", "在", "按照", "根据", "依据", "依照", "由", "经", "与", "同", "跟",
                      "帮助", "指导", "支持", "联合", "会同", "承办", "把", "将", "让", "使", "被", "获", "表彰", "服务",
                      "落实", "贯彻", "协助", "以", "通过", "成立", "组建", "纳入", "列入", "写入", "报经", "据", "围绕")
_NOT_SUBJECT = re.compile("|".join(NOT_SUBJECT_BEFORE))
# a head of government opening a clause: 会上李市长, 随后副省长王某某, 市长
HEAD_OF_GOVERNMENT = re.compile(r"\s*(?:会上|会议上|随后|同时|最后|会后)?[，,]?\s*(?P<name>[\u4e00-\u9fff]{1,3}?)?"
                                r"(?P<post>(?:常务)?副?(?:省长|市长|县长|区长|州长))")
# a clause that opens with such an actor, after the words that may stand before a subject
OPENING_ACTOR = re.compile(r"\s*(?:广大|全体|各类|各级|各地|各|全市|全省|全县|全区|全国|我市|我省|我县|我区|本市|本省|本地|当地|"
                           r"辖区|相关|有关|重点|骨干|龙头|中小|小微|规模以上|参赛|参展|参会|与会|获奖)*(?:" + "|".join(NON_AGENCY_ACTORS)
                           + r"|行业|地区|地方|各地|镇街|乡镇|街道|上下"
                           # (市场监管部门重点开展…: bodies of a kind, none by name)
                           r"|(?:市场监管|市场监督管理|质量技术监督|质监|质检|监管)部门)")  # (各地各行业大力实施质量强省战略: localities act, no agency;
# 各镇街、各部门要…开展质量提升行动: a notice's addressees are told to, the government that sends it does not;
# 全市上下大力实施…: the whole city acts, no agency)
# an existential count as the subject (已有14个省, 有2024个市(区、县), 共有61万家企业)
COUNTED_ACTORS = re.compile(r"有[\d一二三四五六七八九十百千万]+(?:多|余)?万?(?:个|家|名|位|所)")
# a sentence that asks (a full-width ？, or a ? after a question word: a scrape's ? also stands for lost characters)
_QUESTION = re.compile(r"(?:？|(?:吗|呢|如何|怎样|怎么|什么|哪|为何|是否)[^。！!？?]*\?)[”\"」]?\s*$")
# (发挥X牵头统筹作用, 发挥X牵头抓总作用: X's role, which the actor plays)
_PLAYS_THE_ROLE_OF = re.compile(r"发挥(?:好)?([^，,。；;]{4,40}?)(?:的)?(?:牵头|统筹|抓总|协调|组织)[\u4e00-\u9fff]{0,4}作用")
# the group of a programme: its name, then 活动/行动 and the group's head (“质量月”活动领导小组, 质量月组委会)
_GROUP_FOR_A_PROGRAMME = re.compile(r'"?(?P<name>[^"]{2,16}?)"?(?:活动|行动)?(?:工作)?(?:领导小组|组委会|组织委员会)')
_COUNTED_PARTNERS = re.compile(r"(?:会同|联合)[^，,。；;“”]{0,40}?等[\d一二三四五六七八九十多余]+个?(?:部门|单位)(?:共同|联合)?(?:组织)?$")
_DURING_CLAUSE = re.compile(r"\s*[^，,。；;]{2,16}(?:期间|以来|之际)\s*")  # (“质量月”活动期间, 今年以来: a span of time)
TIME_CLAUSE = re.compile(r"\s*(近年来|今年以来|近日|日前|目前|同时|此外|下一步|下来)\s*")  # a clause that is only when
_DATE_CLAUSE = re.compile(r"\s*(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:以来|上半年|下半年|底|末)?\s*")  # (2024年，…)
# a level word and a department that no region resolved (我市's 市市场监管局 in a county's news)
UNRESOLVED_BODY = re.compile(r"\s*(?:近年来|今年以来|同时|此外)?[，,]?\s*[市县区州](?:市场监管局|市场监督管理局|人民政府|政府|委|质监局)")
CENTRAL_LEADERSHIP = ("中国共产党中央委员会", "国务院")
# verbs that cite a body rather than make it act: 传达贯彻落实党中央国务院质量工作部署
_BARE_CENTRE_AT_END = re.compile(r"(?:党)?中央$")
CITING = ("贯彻", "落实", "贯彻落实", "贯彻执行", "传达", "传达贯彻落实", "学习贯彻", "学习", "响应", "遵循", "围绕")
# (截至2024年底 looks back: as of then, not by then; 首次将X作为…指标纳入其中: 将 that disposes of X, no will)
# (年度目标完成情况：… reports goals met: values, not goals)
FUTURE = re.compile(r"(?<![截止])" + NOT_AFTER_CHANGE + r"到20\d\d年|(?<!截至)(?<!截止)(?<!截止到)(?<!截至到)20\d\d年(前|底|末)|力争|目标" + GOALS_NOT_MET + "|确保|将(?![^，,。；;]{0,24}?(?:作为|纳入|列为|列入|定为|确定为))|预计|“?十[四五六]五”?期间|提出|计划(?:再|用|在|到)")
YEAR_LOOKBACK = 30  # sentences
_COUNTRY_CHECKED = re.compile(r"全国(?=\d+(?:余|多)?(?:家|种|批次|个))")  # 对全国2170家企业…: the country as what was checked
# what joins the agencies of a run before a verb or a title (、, 和, 联合; 国家发展改革委等七部门联合发布的: a count of the rest)
_RUN_JOIN = re.compile(r"[、和与及\s]?(?:等[\d一二三四五六七八九十]+个?(?:部门|部委|单位))?(联合)?")
_DIRECTIVE_ON = re.compile(r"关于(?:开展|实施|推进|深入开展|深入实施|组织开展)?(?:\d{4}(?:[—–-]\d{4})?年度?)?$")  # X关于开展Y的部署: X's directive on Y
_DIRECTIVE_AFTER = re.compile(r"(?:工作)?的(?:决策部署|工作部署|部署|要求|工作要求)")
_AS_OF = re.compile(r"(?:截至|截止)到?\s*(20\d\d)\s*年(?:\d{1,2}月)?(?:底|末)?(?![前以])[，,]?")  # 截至2024年底: as of then
MAX_NAME = 64  # no agency name is longer: bounds the look-back of range lookups
# dates and time words that open a clause before its subject (2023年6月14日，…; 近日，…)
DATE_PREFIX = re.compile(r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|\d{4}年(?:\d{1,2}月)?|\d{1,2}月|上午|下午|近日|日前|近期|目前|"
                         r"今年以来|近年来|同时|此外|另外|其中")
# every character DATE_PREFIX or the subject separators can remove: what is left without them
# is at least what _is_subject keeps
_MAYBE_REMOVED = re.compile(r"[\d\s年月日上午下近前期目今以来同时此外另其中、和及与]")
_SUBJECT_SEPARATORS = re.compile(r"[、和及与\s]")
SITE_NAVIGATION = re.compile(r"今天是|当前位置|您的位置|您现在的位置|首页\s*(?:[>＞»›]|&gt;)|网站地图|设为首页|加入收藏|无障碍")
ORGANISED_BY = re.compile(r"(本次|此次|这次|该|本届|此项|上述)(活动|行动|大赛|赛事|工程|项目)[^，,。]{0,6}?由(?P<by>.{2,80}?)"
                          r"(联合|共同)?(主办|指导|组织|承办|发起|举办|开展|牵头|部署)")
# (the same opening a sentence, with no determiner: 活动由乌兰察布市质监局主办，…)
ORGANISED_BY_OPENING = re.compile(r"(活动|行动|大赛|赛事|会议|仪式|大会)由(?P<by>[^，,。]{2,80}?)(联合|共同)?(主办|组织|发起|举办|牵头)")
# the bodies a lead body is joined by after its clause (由X牵头，联合Y、Z等16家单位共同举办)
_JOINED_AFTER = re.compile(r"[，,]\s*(?:联合|携手)(?P<with>[^，,。；;]{2,80}?)(?:共同|联合)(?:主办|举办|开展|组织)")
# a programme's own event, the meeting a later 会议由X主办 speaks of (“质量月”活动启动仪式暨…大会在上海召开)
_EVENT_OF = re.compile(r"[”\"]?(?:活动|系列活动)?(?:启动仪式|启动大会|开幕式|颁奖大会|颁奖仪式)")
# a verb before a body makes it the object: 审定并核报国务院, 报请省政府, 提请市委
_REPORTS_TO = re.compile(r"(?:核报|上报|报请|报送|呈报|报给|提请|请示|转报|交由|送交|报)$")
_FIELDS_BEFORE_DE = re.compile(r"(?P<items>[\u4e00-\u9fff]{2,8}(?:[、和及与][\u4e00-\u9fff]{2,8}){1,5})的$")
_SCOPE_OPENING = re.compile(r"^(?:我|全|本)[国省市县区州旗]")
# an interview's answer: a speaker's post and name, then a colon (国家质检总局办公厅主任林伟：)
_ANSWER_LABEL = re.compile(r"[^，,。；;：:\n]{2,40}?[:：]")
_FIRST_PERSON_CLAUSE = re.compile(r"(?:^|[。；;，,！!\n])\s*我们(?!的)")
_WE_OPENING = re.compile(r"\s*(?:下一步|今年|明年|接下来|同时|此外|目前|近年来|未来)?[，,]?\s*我们")
# a region opening its paragraph as what it is about (宁晋县位于…, 宁晋县以…为契机, 我县近年来)
_REGION_AS_SUBJECT = re.compile(r"(?:位于|地处|以|是|近年来|坚持|始终|持续|全力|大力|积极)")
_LEAD_YEAR = re.compile(r"\s*(?:力争|争取|预计)?(?:在)?(20\d\d)年(?:底前|底|末|前)?[，,]")
_ANNOUNCES = re.compile(r"宣布")
_APPLIES_FOR = re.compile(r"申报|参评|争创|参加|申请")
_ORGANISER_BEFORE_HOST = re.compile(r"([\u4e00-\u9fff])(?:联合|共同)?主办[、，,]")
_AUTHOR_HEADING = re.compile(r"关于[^，,。]{4,80}的(?:通告|通报|报告|公告|情况)\s*$")
_ANNOUNCES_IT_STARTS = re.compile(r"宣布(?:本次|此次|该项?)?活动(?:正式)?(?:启动|开幕|拉开帷幕)")
_BODY_FOR_PURPOSE = re.compile(r"为了?(?:进一步|全面|深入|持续|更好地?|加快|积极)?")
_REGION_SETS_UP = re.compile(r"(?:已经|已|于\d{4}年|先后|首次|决定)?(?:设立|设置|设|颁发|授予|评选)")
_HEAD_AWARD = re.compile(r"(?:市长|县长|省长|区长|州长|旗长|主席|人民政府|政府)质量")
_PRINTS_PLAN = re.compile(r"《[^《》]{4,80}》(?:的)?(?:主要内容|全文|具体内容|原文)如下")
_MAKES_THIS_PLAN = re.compile(r"(?:特|现)?(?:制定|制订|编制)本(规划|方案|意见|计划|纲要|办法)[。.]?\s*$")
# what a clause cites, not puts forward (贯彻落实《X》, 对照《X》)
_CITES = re.compile(r"贯彻|落实|学习|传达|参照|对照|遵循")
# a sentence that says the text after it is a plan (制定本行动计划, 现提出如下意见): that plan's goals follow
# a plan that states goals (《纲要》提出，到2025年…; 《纲要》设定了我国质量发展的主要目标：…): its paragraph's
_PLAN_STATES_GOALS = re.compile(r"》?\s*(?:还|进一步|同时)?(?:提出|明确|要求|设定|确定)了?(?:[，,：:]|[^，,。；;]{0,16}?(?:目标|指标))")
_THIS_PLAN_FOLLOWS = re.compile(r"(?:制定|制订|编制)本[\u4e00-\u9fff]{0,4}?(规划|方案|意见|计划|纲要|办法)"
                                r"|(?:提出|制定|制订)(?:如下|以下)[\u4e00-\u9fff]{0,4}?(意见|方案|计划|规划)")
_STARTS_NOW = re.compile(r"(?:活动)?(?:正式|全面)?(?:启动|开幕|拉开帷幕|开始)")
_SINCE_CLAUSE = re.compile(r"(?:颁布|发布|印发|出台|实施|成立|召开|启动)(?:以来|之后|以后)$")
_SCOPE_OF_RULES = re.compile(r"适用本(?:办法|规定|条例|细则|规则|意见|标准)")
_POST_BODY_ENDS = (("局长", ("局",)), ("厅长", ("厅",)), ("司长", ("司",)), ("院长", ("院",)), ("所长", ("所",)),
                   ("主任", ("委员会", "委", "办公室", "中心")), ("秘书长", ("人民政府", "办公厅", "委员会", "协会")))
_GENERIC_BODIES_AFTER_MARK = re.compile(r"[，,；;]\s*(?:[省市县区乡镇州]?[、，,]?[省市县区乡镇州][、，,]?[两三四]级|各级|各地|各|基层)"
                                        r"[\u4e00-\u9fff]{0,6}部门")
_THIS_OR_NEXT_YEAR = re.compile(r"(?<![比较与去])(?:今年|本年度|明年)(?!以来)")  # a goal's year named by the date
RELATIVE_YEARS = {"今年": 0, "本年": 0, "本年度": 0, "去年": 1, "上年": 1, "上一年": 1, "前年": 2}
# (not a comparison base: 比上年提高2个百分点，达到95% is this year's value)
# a part of a year named with no year (上半年, 一季度, 前三季度): the year of the text's date
PART_OF_A_YEAR = re.compile(r"(?<![年\d])(?:上半年|下半年|[一二三四]季度|第[一二三四]季度|前[二三两]季度|1[-—至]\d{1,2}月份?)")
RELATIVE_YEAR = re.compile("(?<![比较与])(?:" + "|".join(sorted(RELATIVE_YEARS, key=len, reverse=True)) + ")")
# a change against a base or a year's average (比上年提高2个百分点, 同比增长3%, 年均增长0.26%), and
# the level that may follow it
# (…提升幅度超过3个百分点, 增幅2%: a size of change too)
CHANGE = re.compile(r"(?:(?:比|较|同比|环比)[^，,。；;]{0,8}?|年均|平均每年|累计)(?:提高|增长|上升|下降|增加|减少|降低|提升)"
                    r"|(?:提高|增长|上升|下降|降低|提升)幅度|[增降涨]幅")
LEVEL_AFTER = re.compile(r"\s*[，,]\s*(?:达到|达|为|至|提高到|上升到|升至|提升至|提高至)\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>%|％|分)")
# a passive after a plan or programme: 由X(、Y)(牵头|联合|共同)(组织)实施
# (…“质量月”活动以“…”为主题，由X、Y等21个部门和单位共同举办: a theme may stand between)
# (《X规划》经市政府常务会议审议通过，由市政府印发实施: an approval clause may stand before 由)
PASSIVE_BY = re.compile(r"\s*(?:活动)?(?:启动仪式|启动大会|启动会|开幕式)?(?:以“[^“”]{1,40}”为主题[，,]\s*)?(?:经[^，,。；;]{2,30}?(?:(?:审议|研究|讨论)?通过|批准(?:设立)?)[，,]\s*)?"
                        r"[，,]?\s*(?:已|将|均|统一)?由")  # (《X》，由市政府办公室印发实施: a comma before it too;
# …“质量月”活动启动仪式由X主办: the ceremony's organiser runs the event, as in 由X主办的…启动仪式)
PASSIVE_ISSUE = re.compile(r"印发|发布|制定|出台|公布|下发")
LIST_ITEM_OPENING = re.compile(r"\s*(?:[一二三四五六七八九十]是|其[一二三四五]|首先|其次|再次|第[一二三四五六七八九十][，,])")
AS_A_MEASURE_OF = re.compile(r"作为[^，,。；;]{0,30}$")
IS_A_MEASURE_OF = re.compile(r"(?<![但还总于就而])是[^。；;！？]{0,40}$")  # …活动是…，开展…的重要举措
MEASURE_OF = re.compile(r"[^，,。；;]{0,8}?的(?:重要|有力|具体)?(?:举措|抓手|内容|载体|手段|途径|组成部分)")
NAMES_A_BODY_AFTER = ("联盟", "协会", "学会", "研究会", "联合会", "促进会", "论坛")
SUPPORTS = re.compile(r"(?:支持|帮助|指导|协助|鼓励|引导|督促|扶持)(?:和(?:支持|帮助|指导|推动))?")
ATTENDS = re.compile(r"出席|参加|陪同|到会|列席|观摩")
# 市质量奖是市政府设立的…; X区区长质量奖(以下简称“区长质量奖”)是X区人民政府设立的…
FOUNDED_BY = re.compile(r"[”\"]?(?:活动|评选)?(?:[(（](?:以下)?简称[^()（）]{1,20}[)）])?是(?:由)?(?:我|本)?")
FOUNDED_VERB = re.compile(r"(?:在[^，,。；]{1,12}?(?:方面|领域))?(?:\d{4}年)?(?:共同|联合|批准)?(?:设立|创立|创办|主办|举办|发起|打造|推出|组织开展|组织|开展)的")
SHARED_POST = re.compile(r"、副?(?:局长|主任|书记|部长|司长|厅长|市长|县长|区长|省长|秘书长|署长|总监)兼")
# 该奖项由…组织评审; 此次活动以“…”为主题，由市市场监管局主办: what was just named, run by whom
ANAPHOR_BY = re.compile(r"(?:(?:该|此次|本次|本届|这次)[\u4e00-\u9fff]{0,4}?(?:奖项|奖|活动|行动|工程|项目|赛事|大赛)|(?<=[，,])活动)"
                        r"(?=[，,]?\s*(?:由|以“))")  # (此次宣传活动由X主办: the kind of activity may stand between)
_THIS_IS_RUN_BY = re.compile(r"(?:这|此|该活动)是[^。；;]{0,30}?由(?P<by>[^。，,；;]{2,40}?)(?:每年|共同|联合)?"
                             r"(?:组织实施|组织开展|主办|举办|发起|牵头)的[^。，,；;]{0,8}?(?:活动|行动|工程|项目|赛事)")
PASSIVE_LAUNCH = re.compile(r"(?:组织)?(?:实施|开展|主办|承办|举办|发起|组织)")
PASSIVE_FILLER = re.compile(r"[、和及与\s]*(?:等[\d一二三四五六七八九十]*个?部门(?:和单位)?)?(?:牵头|联合|共同|负责|会同[^，,。]{0,20})?[、和及与\s]*")
APPROVES = re.compile(r"(?:批准|同意|批复|授权)")
WINNERS_AFTER = ("获奖企业", "获奖单位", "获奖者", "获得者", "获奖个人", "获奖组织",
                 # 举办首届县长质量奖培训会: a training, a briefing or an application drive about the award, no award run
                 "培训", "宣贯", "申报动员", "申报工作", "政策宣讲", "评审标准")
RECIPIENTS = re.compile(r"\s*(?:决定)?(?P<to>对)")
# a verb that is also a noun after a count or a kind (授予A公司等5家组织“…奖”, 各类组织): not the act
NOUN_GUARDS = {"组织": "(?<![家个等类])组织"}
AWARD_VERB = re.compile(r"授予|颁发|表彰|设立|评选|开展|启动|" + NOUN_GUARDS["组织"] + "|举办|实施")
AREA = re.compile(AREA_NAMES)
# (市政府有关部门, 国务院计量行政主管部门: a body's departments, none by name)
_ITS_DEPARTMENTS = re.compile(r"(?:各有关|各相关|各|其他|有关|相关|所属|直属)(?:部门|单位|部委|机构)"
                              r"|[\u4e00-\u9fff]{0,8}?(?:行政主管部门|主管部门|行政管理部门|行政部门|监督管理部门|监督部门)")
DATELINE = re.compile(r"\s*\d{1,2}月\d{1,2}日\s*(?:电|讯|消息)")  # 新华社北京12月27日电: where the wire was filed
NATIONWIDE = re.compile(r"全国(?:各地|各省|范围内?|累计|共计?|总体)")  # a paragraph's figures, the country's
VENUE = re.compile(r"[\u4e00-\u9fff]{0,12}?(举行|召开|举办|开幕)")  # (在X)…举行: where, not whose
OWN_TITLE = re.compile(r"\s*关于[^。，,；;]{2,80}的(?:实施意见|意见|实施方案|方案|决定|规划)\s*")
NOTICE_TITLE = re.compile(r"关于(印发|转发|公布|发布|表彰|授予|颁发)[^。，,；;]{2,80}的(通知|决定|通报)")
BY_ORGANISER = re.compile(r"由([^。；;]{2,60}?)(?:组织|开展|主办|举办|发起|牵头)(?:[，,、][^，,。]{2,24}?(?:协办|承办|参与|配合))?的"
                          r"[^，,。“”\"]{0,12}“?$")  # (由X牵头，Y、Z等部门参与的…行动: X leads it)
DIRECTIVE = re.compile(r"\s*(?:[一二三四五六七八九十]是|同时|此外)?[，,]?\s*要")  # 要积极开展…, 二是要…
SAYS_IN = re.compile(r"强调|指出|要求|表示|发表了?(?:重要)?讲话|作了?(?:重要)?讲话")
SESSION_SETTING = re.compile(r"[^，,。、]{0,8}?(?:会议|开幕会|闭幕会|大会|全会|座谈会|分组讨论会)(?:上|期间|中)")
# 批示指出：…; 提出三点希望：一要…: what follows is his words
SPEECH_COLON = re.compile(r"(?:(?:指出|强调|表示|要求|批示|说|提出)|(?:提出|提了|谈了)了?[几两三四五六七八九十\d]{0,2}[点条个]?"
                          r"(?:希望|要求|意见|建议|看法|体会))[：:]")
PRONOUN_SAYS = re.compile(r"\s*(?:他|她|其)(?:还|同时|进一步)?(?:强调|指出|要求|表示|说|认为)")
# (not the noun: 认真落实省委、省政府工作要求，制定了…; 按照…的要求，)
SAYS_AT_END = re.compile(r"(?:强调|指出|(?<!工作)(?<!的)(?<!部署)(?<!总体)(?<!有关)(?<!相关)要求|表示|认为|说|建议|提出)\s*$")
# a body or its official stating its own plan: X表示，将…; X介绍，下一步将… (not 强调要…, which urges others)
STATES_AT_END = re.compile(r"(?:表示|介绍)\s*$")
OWN_PLAN_OPENS = re.compile(r"\s*(?:下一步|今后|今年|明年|接下来)?[，,]?\s*(?:我们|该局|我局)?(?:还)?将")
OBJECT_PHRASE = re.compile(r"\s*(?:对|向|为|给|针对|面向)[^，,。；;]*$")
# (比2009年批次合格率76.0%上升了6.5个百分点: a dated base, as 比上年 is)
COMPARED_WITH = re.compile(r"(?:比|较|高于|低于)(?:全国|全省|全市|全区|全县|上年|去年|同期|(?:19|20)\d\d年(?:同期)?)?$")
REGION_PRONOUN = re.compile(r"\s*(?:近年来|今年以来|多年来)?[，,]?\s*(?:我市|我省|我县|我区|我州|该市|该县|该区|该省|该州)(?!(?:市场|人民|政府|党委|委员会|[\u4e00-\u9fff]{0,6}局))")
CITED_DIRECTIVE = re.compile(r"(?:、[^，,。；;、]{2,10})?[^，,。；;]{0,6}?的(?:决策部署|重要部署|部署|要求|精神|重要指示|指示)")  # (…质量提升行动、建设质量强国的决策部署)
# (从A、B和C三方面; 就…、综合标准化示范试点、…等方面的热点问题回答了记者提问: the topics spoken of)
_ASPECTS_AFTER = re.compile(r"[^，,。；;从就]{0,30}?(?:等?[两二三四五六七八九十几多\d]+个?方面|等方面|等问题)")
TOPIC_BEFORE = re.compile(r"(?:就|关于|围绕)$")
CONTRIBUTES = re.compile(r"(?:工作)?(?:作出|做出|提供|奠定|贡献)")
REPORT_YEAR = re.compile(r"((?:20|19)\d\d)年度?[\u4e00-\u9fff]{0,8}?(?:质量状况|白皮书|分析报告|统计公报|监督抽查情况|抽检情况|监测结果)")
# what an act would be or mean, not an act done: …制度是…举措, 开展好今年的“质量月”活动意义重大
COPULA = re.compile(r"[”\"]?\s*(?:工作|活动)?\s*(?:是(?!否)|意义重大|十分重要|非常重要|至关重要|很有必要|势在必行"
                    r"|[，,]\s*(?:需要|离不开|有赖于|必须|主要是|旨在)|(?:工作)?[，,]\s*对[^。；;]{0,30}?(?:具有|有着)[^。；;]{0,8}意义)")  # 建立首席质量官制度，需要各级
# 政府积极引导; 开展农村综合改革标准化试点，主要是运用标准化手段…, 设立政府质量奖，旨在…: what the act is, or
# is for, not one done (设立长江质量奖，就是为了凸显… stays: the speaker's government set it up)
# 贯彻落实…产品质量国家监督抽查技术评审组工作会议精神: what is carried out is a meeting's spirit
SPIRIT_OF = re.compile(r"[^，,。；;、]{0,16}?(?:会议|讲话|文件|批示)精神")
_COUNTED_ISSUERS = re.compile(r"等[\d一二三四五六七八九十]+[个家]?(?:部门和单位|部门|部委|厅局|单位|委办局)$")
RANKED_WITH = re.compile(r"以(?P<num>\d+(?:\.\d+)?)(?P<unit>分)?(?:的)?(?:高分|成绩|得分|总分)?(?:位居|位列|居)"
                         r"(?:20\d\d年度?)?(?:全国|全省|全市|全区|全县)?")
RESULT_AFTER = re.compile(r"[，,]\s*(?:使其|使之)(?=达到|提高到|提升至|提高至|提升到|达)")
PURPOSE_START = re.compile(r"为了?(?!主|重点|抓手|核心)")  # 为扎实开展…，: a clause of purpose (not 以X为主)
BY_FILLER = re.compile(r"[、和及与\s]*(?:等[^，,。；;]{0,12}?)?(?:牵头|联合|共同|负责|统一)?[、和及与\s]*")
PERSON_THEN_ACTS = re.compile(r"(?:同志)?(?:\d{1,2}日|今天|日前|近日)?"
                              r"(?:出席(?:会议|活动|仪式)?并(?:讲话|致辞)?并?)?"  # 副市长王某出席并宣布…
                              # 局长王某与参会领导共同启动…: the others named with him act with him
                              r"(?:(?:与|和|同)[\u4e00-\u9fff、]{2,16}?(?:共同|一起|一道|一同))?"
                              r"(?:正式)?(?:宣布|部署|研究部署|亲自部署)?(?:正式)?(?:全面)?")
# a person's speech or presence, then 并 and what he does (局长王某致辞，并启动…): he does it for his body
_BARE_SATISFACTION = frozenset({"顾客满意度", "用户满意度", "满意度"})
# a sentence that opens with a sector and how its quality moves, then a rate (生产性服务业质量全面提升，…)
_SECTOR_THEN_RATE = re.compile(r"\s*([\u4e00-\u9fff]{2,10}?(?:业|服务))质量[\u4e00-\u9fff]{2,8}[，,]$")
_SPEECH_CLAUSE = re.compile(r"(?:提出|强调|指出|要求|表示|希望)")  # a clause that says what a speech said
_SPOKE_THEN = re.compile(r"(?:出席|到会)?(?:并)?(?:致辞|讲话|致欢迎辞|作讲话|发表讲话|发表了讲话|出席活动|出席仪式)[，,]\s*"
                         rf"(?:{_SPEECH_CLAUSE.pattern}[^，,。；;]{{0,40}}[，,]\s*)?并?")  # (并: …致辞，并启动; none: …讲话，宣布…)
# an official who chairs a meeting (局长X主持召开局务会议，部署开展…): the meeting's decisions are his body's
CHAIRS_MEETING = re.compile(r"(?:同志)?(?:\d{1,2}日|今天|日前|近日)?(?:上午|下午)?(?:主持召开|主持|召开)[^，,。；;]{0,20}(?:会议|会)")
PURPOSE = re.compile(r"为了?(进一步|深入|认真|全面|更好)?(贯彻)?落实")  # a purpose clause: 为落实…，
# a quoted slogan: 以“…”为主题, 主题是“…”, 围绕“…”这一主题
# (not 为主题 after a closing quote: 以“…”为主题“质量月”活动 ends the theme before the name)
THEME_BEFORE = re.compile(r"(?<![为”\"])(主题(是|为)?|口号(是|为)?)[:：]?$")
# (…举办“卓越绩效模式导入和政府质量奖申报”专题培训: a course's quoted topic, as a theme is)
THEME_AFTER = re.compile(r"(为|作为|这一|的)?(主题|口号)|(?:专题)?(?:培训|讲座|宣讲会|研讨会|座谈会|报告会)")
# 制定了以“…”为主题的《…方案》: a theme between the verb and what it issues
THEME_GAP = re.compile(r"了?以[^。；;《》]{1,40}?为(主题|主线|核心|重点|抓手)的")
# a clause of manner or purpose before the verb: 以习近平…思想为指导，…; 为贯彻…，…
MANNER = re.compile(r"\s*(以|为了|为|坚持|围绕|按照|根据|依据|紧紧围绕|深入贯彻|认真贯彻|全面贯彻)")
# 现将《…》印发给你们: the notice's signatory issues what it forwards
_APPROVAL_OPENS = re.compile(r"\s*经[^，,。；;]{2,30}?(?:同意|批准)[，,]")  # a sentence opening with who approved what follows
APPROVED_BY = re.compile(r"经[^，,。；;]{2,40}?(?:同意|批准|审议通过|研究通过|审定)")
# an issuing verb with nothing after it in its clause (…以县政府办公室名义印发。; 并印发实施。)
_NO_OBJECT_AFTER = re.compile(r"(?:实施|执行|施行)?了?(?:[。，,；;！!]|$)")
TO_YOU = re.compile(r"(印发|下发|转发|发)给?你们|(?:(?<=予)|(?<=予以))(印发|转发)")  # (…已经市政府同意，现予印发)
# 中国消费者报报道(记者刘浩), 本报讯: the reporter is not the actor of the story
# (and a paper's own 本报讯 run into the sentence: 本报讯为贯彻落实…)
BYLINE = re.compile(r"[^，,。]{0,24}?(报道|讯|电)?\s*[(（](本报)?记者[^)）]*[)）]\s*|[^，,。]{0,16}(讯|电)\s|(?:本报|本刊|本网)讯\s*")
# any verb that ends the subject part of a clause
VERB = re.compile(r"开展|实施|推进|推行|建立|启动|组织|推广|推动|引导|指导|帮助|支持|落实|加强|加大|参加|完成|"
                  r"印发|发布|出台|制定|提出|提升|提高|打造|探索|培育|获批|获得|成立|承办|认真|坚持|始终|高度|先后|积极|大力|深入|"
                  r"授予|颁发|决定")  # (决定授予A公司…奖: the firm after the verb is what is given to)
PER_UNIT_RATES = ("死亡率", "事故率", "发生率", "死亡人数")  # per 10 000 units (万台…死亡人数): a decimal with no unit
VALUE = re.compile(
    r"^(?P<pre>[^，,；;。\d|\t]{0,10}?)[^\S\t\n]*(?P<num>\d+(?:\.\d+)?)\s*"  # (| and tabs: a table's cells, read apart)
    r"(?P<unit>%|％|个百分点|(?:万|千)?元/(?:人|年|吨)|件/万人|分)?(?P<post>以上|以下|以内|左右)?"  # (万元/人: per head)
    r"(?![\d.万亿千百个家项件批次名位年月日天倍])"
)
# an indicator table kept as text: cells split by | or tabs, a header of years, values with their marks
_TABLE_CELL = re.compile(r"\s*[|\t]\s*")
_YEAR_COLUMN = re.compile(r"(20\d\d)\s*年?(?:底|末)?(?:目标值?|预期值?|基期值?|基准值?|指标值?)?")
_TABLE_VALUE = re.compile(r"(?P<pre>≥|≤|>|<|＞|＜|不低于|不超过|达到)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>%|％|分)?\s*"
                          r"(?P<post>以上|以下|以内|左右)?")
_UNIT_IN_NAME = re.compile(r"[(（]\s*(%|％|分)\s*[)）]")
# 2018年,党中央印发《深化党和国家机构改革方案》,决定组建…: a year that dates an act of the story, not the figures
_DATES_AN_ACT = re.compile(r"[^，,。；;\d]{0,3}[，,]?[^，,。；;\d]{0,14}?(?:印发|出台|颁布|组建|成立|召开|作出)")
_MEETING_LEAD = re.compile(r"(?:会议|会上|活动|仪式|启动仪式|座谈会)?[，,]?由?")  # what may stand before a bare post
_BA = re.compile("把")
# 对…进行了部署: a programme that a body deploys, named between 对 and the verb (of the year, of its area)
_DUTY_WORDS = re.compile(r"牵头|负责|配合|按职责分工")  # a plan's bracket of who carries out a task
# (…长江质量奖颁奖电视电话会议: an award's ceremony, held by who confers it)
_CEREMONY_AFTER = re.compile(r"[”\"]?(?:活动)?(?:启动仪式|启动大会|启动会|开幕式|颁奖(?:大会|仪式|典礼|会议|电视电话会议))")
_HELD = re.compile(r"(?:举行|召开)(?:了)?")
_CURTAIN_AFTER = re.compile(r"[”\"]?(?:活动)?的?序幕")
_RAISED = re.compile(r"拉开(?:了)?")
# 促进会、省市场监管局为第二届中国质量万里行·青海质量行出征团队授旗: who flags off its teams starts it
_FLAGGED_OFF_AFTER = re.compile(r"[”\"]?(?:活动)?(?:的)?(?:出征团队|出征队伍|团队|队伍)?授旗")
_FOR = re.compile(r"为")
_PLACE_OF_WHAT_FOLLOWS = re.compile(r"(?:19|20)\d\d年度?[“\"]?|[“\"]")  # (never empty: 哈尔滨市出台… is its subject)
# (对漯河市2013年质量月活动进行了安排部署: the region and the year the month is held in)
_TO_BEFORE = re.compile(r"对(?:[\u4e00-\u9fff]{1,8}?[省市县区州])?(?:今年|本年度?|(?:19|20)\d\d年度?)?(?:的)?"
                        r"(?:全国|全省|全市|全县|全区|全州)?[“\"]?$")
_DEPLOYED_AFTER = re.compile(r"[”\"]?(?:活动|工作|行动)?(?:进行|作|作出|做出|作了|做了)了?(?:全面|具体|专门|精心)?"
                             r"(?:部署|安排部署|安排|动员部署)")
_PUSHED_FORWARD = re.compile(r"(?:全面|进一步|持续)?(?:推向深入|推向纵深|引向深入|落到实处|落实到位|贯彻到底)")
# a report's cue: what the sentence says was measured and made known (获悉, 数据显示, 统计显示, 公布)
_REPORTED = re.compile(r"获悉|数据显示|统计显示|监测显示|结果显示|报告显示|公报显示|公布|通报")
# (记者从县市场监督管理局获悉, 记者今日从重庆市质监局得悉: who the reporter heard it from, not who acts)
_SOURCE_CLAUSE = re.compile(r"\s*(?:据[^，,。；;]{0,40}?(?:介绍|透露|了解|统计|报道|消息|悉|显示|称)"
                            r"|(?:记者|笔者)?[^，,。；;]{0,8}?[从自向][^，,。；;]{2,40}?(?:获悉|得悉|得知|了解到))\s*")
_SPAN_BEFORE_VALUE = re.compile(r"\s*(?:已|均|已经)?(?:连续|近)[一二两三四五六七八九十\d]+年(?:来|以来)?")
# the base a change is measured from (能耗较2020年下降13%, 合格率比上年提高2个百分点): no value of its own
_BASE_BEFORE_VALUE = re.compile(r"\s*(?:比|较|与)(?:20\d\d|19\d\d)年(?:底|末)?(?:相比)?[，,]?(?=[^\d，,。；;]{1,6}\d)")
# a sentence opening with a span that runs to now (实施实事项目以来，; 近年来，), not this year's (今年以来)
_SINCE_OPENING = re.compile(r"^[^，,。；;]{0,20}?(?<!今年)(?<!本年)(?:以来|近年来|多年来)[，,]")
# a clause that gives the measure before it a value for another year (，2030年达到95%; ，到2035年提高到97%)
_LATER_YEAR_VALUE = re.compile(r"[，,]\s*(?:到|至)?\s*(20\d\d)\s*年(?:底|末)?前?[，,]?(?=\s*(?:达到|达|为|提高到|提升到|超过|不低于|保持在|稳定在)?\s*\d)")
_YEAR_BEFORE = re.compile(r"(20\d\d)\s*年")
_RUNS_AFTER = re.compile(r"主办|组织|举办|发起|牵头")
_TAKES_PART = re.compile(r"(?:积极|共同|踊跃)?(?:参与|参加|配合|协办|承办)[。；;]?$")  # a clause's verb of taking part
_AMONG = re.compile(r"其中[，,]?")  # 其中南通市为94.5%: a figure broken down by region
# a row of an indicator table: 合格率：2025年达到94% (the year between the name and its value)
_DATED_VALUE = re.compile(r"[:：]\s*(20\d\d)\s*年(?:底|末)?(?:目标值?|预期值?)?[:：]?(?=[^\d]{0,6}\d)")
# a year that dates a value; not a comparison's base (比2010年, 较上年, 与2019年相比) nor 2010年以来
# an award that carries its government's name: 余姚市人民政府质量奖, 广州市市长质量奖, 鄞州区政府质量奖
_AWARD_OF_A_CLASS = AWARD_CLASS + "$"  # (and its classes: 区长质量管理奖, 市政府质量创新奖, 市长质量贡献奖)
GOVERNMENT_AWARD = re.compile(r"(?P<region>[\u4e00-\u9fff]{2,12}?|[省市县区州]?)(?:人民政府|政府|市长|县长|区长|州长|省长|旗长)"
                              + _AWARD_OF_A_CLASS)
# a bare award of a level's head or government (县长质量奖, 省政府质量奖): the document's own county's, province's…
HEAD_AWARD = re.compile(r"^([市县区州省])(?:长|政府|人民政府)" + _AWARD_OF_A_CLASS)
# what may stand between a list of regions and the indicator they own: their count, 的, 分别
REGION_LIST_TAIL = re.compile(r"(?:[两二三四五六七八九十\d]{1,2}个?(?:省区市|省市|省份|省|市|县|区|地市|城市))?(?:的|分别)?")


def _items_of(name: str, n: int) -> list[str]:
    """The n indicators a name lists with one head, or none if it does not list n.

    The items share what follows the last item: it ends as the first item does (…公路、干线公路
    抽检合格率: 路), else it is the measure word (满意度, 合格率).

    >>> _items_of("生活性服务、公共服务满意度", 2), _items_of("监督抽检不合格率", 5)
    (['生活性服务满意度', '公共服务满意度'], [])
    >>> _items_of("高速公路、干线公路抽检合格率", 2)
    ['高速公路抽检合格率', '干线公路抽检合格率']
    >>> _items_of("大、中、小型企业产品抽查不合格率", 3)[0], _items_of("食品、药品、重要工业品质量监督抽查合格率", 3)[1]
    ('大型企业产品抽查不合格率', '药品质量监督抽查合格率')
    """
    parts = re.split(r"[、和及与]", name)
    if len(parts) != n:
        return []
    last = parts[-1]
    if all(len(p) == 1 for p in parts[:-1]) and len(last) > 4 and INDICATOR_END.search(last):
        # 大、中、小型企业产品抽查不合格率: one-character items, each taking what follows the last's
        return [p + last[1:] for p in parts[:-1]] + [last]
    if any(len(p) < 2 for p in parts):
        return []
    cut = last.find(parts[0][-2:], 1) if len(parts[0]) >= 2 else -1
    field = next((k for k in (last.find(w, 2) for w in SHARED_TAIL_STARTS) if k > 0), -1)
    if cut > 0:
        cut += 2
    elif field > 0:
        cut = field  # 食品、药品、重要工业品质量监督抽查合格率: each item's 质量监督抽查合格率
    else:
        head = INDICATOR_END.search(last)
        if head is None or head.start() == 0:
            return []
        cut = head.start()
    shared = last[cut:]
    if not INDICATOR_END.search(shared):
        return []
    return [p + shared for p in parts[:-1]] + [last]


SHARED_TAIL_STARTS = ("质量", "监督", "抽查", "抽检", "监测", "例行", "检验", "检测", "服务质量")
INDICATOR_END = re.compile(r"(满意度|指数|占比|比重|不合格率|合格率|覆盖率|[\u4e00-\u9fff]率)$")
# the measure word a name ends in, whole (覆盖率, not its last two characters 盖率: the stem of
# 重点产品监督抽查覆盖率 is 重点产品监督抽查); the leftmost alternative that reaches the end wins
RATE_WORD_END = re.compile(r"(?:满意度|指数|不合格率|合格率|覆盖率|符合率|达标率|普及率|优良率|检出率|知晓率|满意率|贡献率|"
                           r"增长率|完成率|通过率|占有率|[\u4e00-\u9fff]率)$")
RECENT_YEARS = re.compile(r"(?:近|过去|最近)([二三四五六七八九十\d]{1,2})年")  # 近5年: a series' span


_STATED_YEAR = r"(?<![比较与同自从])((?:20|19)\d\d)年"  # (not a comparison's base: 比2010年, 自2015年)
_YEAR_SINCE = re.compile(_STATED_YEAR + "以来")
PERIOD_YEAR = re.compile(_STATED_YEAR + r"(?!以来|相比|同期|同比|起|开始|前|底前)")  # (2015年开始，…每年: a span to now)
SERIES_ITEM = re.compile(r"[、，,和]\s*(\d+(?:\.\d+)?)\s*(?P<unit>%|％|个百分点|分)?")
SCORE_HEADS = ("指数", "满意度", "得分")  # values that may stand without a unit (指数达到88)
FROM_TO = re.compile(r"\s*(?:由|从)\s*(?:(?:19|20)\d\d\s*年(?:底|末)?的?)?\s*\d+(?:\.\d+)?\s*[%％]?\s*"
                     r"[，,]?\s*(?:降低|下降|减少|提高|提升|上升|增长|增加)(?:了)?(?:到|至)\s*"
                     r"(?:(?P<year>(?:19|20)\d\d)\s*年(?:底|末)?的?)?\s*"  # (由2020年的91.2%提高到2023年的94.5%)
                     r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[%％])?")
BARE_RATE_NAMES = frozenset({"合格率", "不合格率", "抽检合格率", "抽检不合格率", "抽样合格率", "抽查合格率", "抽查不合格率"})
SUBJECT_COUNTED = re.compile(r"\s*(?:其中|另外|此外)?[，,]?\s*([\u4e00-\u9fff]{2,12}?)(?:共)?(抽检|抽查|抽样|检测)?(?:共)?"
                             r"\d+(?:\.\d+)?万?(?:批次|批)")
OWN_REGION = re.compile(r"(?:我|本|该|(?<![安健完齐保周成])全)([省市县区州])")  # (质量安全县 is no 全县; 该区: the one spoken of)
PAST_PLAN_PERIOD = re.compile(r"[“\"]?(十[一二三四]五)[”\"]?(?:时期|期间)")
_GOAL_YEAR_OPENS = re.compile(r"\s*(?:到|至)(?:19|20)\d\d年")
_PURPOSE_LEAD = re.compile(r"\s*(?:为|根据|按照|依据)")
COMPARED_BEFORE = re.compile(r"(?:高于|低于|优于|超过|不及|好于)$")
FIELD_OPENING = re.compile(r"\s*在([\u4e00-\u9fff]{2,10}?)领域[，,]")
# the check a sentence reports, which names a bare 合格率 after its counts (共监督抽查2339批…，合格率98.72%)
_CHECK_DONE = re.compile(r"监督抽查|监督抽检|抽查|抽检")
# the check done and counted, its field before it (完成食品安全监督抽检6997389批次)
_FIELD_CHECKED = re.compile(r"完成(?:了)?([\u4e00-\u9fff]{2,8}?)(监督抽查|监督抽检|抽查|抽检)\d")
_PASSED_COUNT = re.compile(r"(?:其中)?合格\d+(?:个)?(?:批次|批)[，,]$")
_PART_OF_IT = re.compile(r"其中[，,]?(?!合格)")
# a check counted per head of population right before a bare rate (农产品质量安全监测1.5批次/千人，合格率98%)
_DENSITY_BEFORE = re.compile(r"(?P<check>[\u4e00-\u9fff]{2,14}?(?:监测|抽检|抽查|检测|检验))(?:量|数量)?(?:达到|达|为)?"
                             r"\d+(?:\.\d+)?\s*批次?/(?:千|万)人[，,]$")
CHECKED_KIND = re.compile(r"(?:抽查|抽检)的([\u4e00-\u9fff]{2,10}?)(?:包括|涉及)")  # 2022年抽查的家用电器包括…
BARE_RATE = re.compile(r"[，,、；;]\s*((?:[\u4e00-\u9fff]{1,3})率|满意度)(?=\s*(?:达到|达|为|在|保持在|稳定在|提高到|不低于)?\s*\d)")
COUNT_UNITS = r"个|家|项|件|所|座|条|批|名|人|万件|万人|万户|万家|万个|亿元|万元|千亿元|万吨"
COUNT_GOAL = re.compile(r"(?:^|(?<=[，,；;、：:。\n—–\-]))(?P<name>[^，,；;、：:。\d—–\-]{3,28}?)(?P<pre>达到|超过|突破|不少于|不低于|力争达到|)\s*"
                        rf"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>{COUNT_UNITS})(?P<post>以上|左右)?(?=[，,；;、。]|$)")
# items listed before 分别 and their amounts in order (A、B和C分别达到2800个、2000个和50个)
COUNT_LIST_GOAL = re.compile(rf"(?:^|(?<=[，,；;。：:]))(?P<names>[^，,；;。：:\d]{{4,60}}?)分别(?P<pre>达到|达|超过|突破|)\s*"
                             rf"(?P<vals>\d+(?:\.\d+)?\s*(?:{COUNT_UNITS})(?:\s*[、和及]\s*\d+(?:\.\d+)?\s*(?:{COUNT_UNITS}))+)(?P<post>以上)?")
_COUNT_IN_LIST = re.compile(rf"(\d+(?:\.\d+)?)\s*({COUNT_UNITS})")
COUNT_VALUE = re.compile(rf"\d\s*(?:{COUNT_UNITS})")  # a sentence with no count in it states no count goal
COUNT_VERB = re.compile(r"新建|新增|新培育|培育|创建|建成|制修订|制定|制订|修订|新认证|打造|引进|主导制定|主导")
# an amount that is a goal without a verb (海洋生产总值3000亿元, 注册商标总量达到7万件, 累计注册量达到45件)
# (and designations counted: 使我市河北省名牌产品达到100项, 国家地理标志保护产品达到4项, 驰名商标达到20件)
_DESIGNATIONS = ("名牌产品", "优质产品", "保护产品", "驰名商标", "著名商标", "知名商标")
_OPENS_A_DESIGNATION = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:" + "|".join(_DESIGNATIONS) + ")")
# (and firms qualified by what they hold or won: 获得质量管理体系认证的规模以上工业企业达到3万家, 获省政府质量奖的企业达到2家)
COUNT_KIND = re.compile(r"总值|收入|产值|总量|注册量|总数|拥有量|主体数|企业数|户数|授权数|授权量|申请量|登记量|的[\u4e00-\u9fff]{0,8}企业$|"
                        + "|".join(d + r"(?:[(（][^()（）]{1,6}[)）])?$" for d in _DESIGNATIONS))  # (每万人口发明专利拥有量; 省名牌产品(农业类))
# 培育100个以上质量强县(区、镇): the count before what is counted, to the clause's end
COUNT_BEFORE_NAME = re.compile(rf"(?:培育建设|培育|建成|创建|打造|新增|新建|培育发展|认定)\s*(?P<num>\d+(?:\.\d+)?)\s*"
                               rf"(?P<unit>{COUNT_UNITS})(?P<post>以上|左右)?(?P<name>[^，,；;。\d]{{2,20}}?)(?=[，,；;。]|$)")
# what the count names, after the praise of it (培育建设100个以上积极性高、质量工作基础好，…蔚然成风的质量强县(区、镇)。):
# the noun after the sentence's last 的, where no other act comes between
_NOUN_AFTER_PRAISE = re.compile(r"[^。；;]{4,120}?的(?P<name>[^，,；;。\d的]{2,20})(?=[。；;]|$)")
_ANOTHER_ACT = re.compile(r"新建|新增|培育|创建|建成|打造|引进|开展|推进|实施|建设|推动|组织")
COUNT_NAME_STRIP = re.compile(r"^(使|让|实现|确保|争取|中国|我国|全国|全省|全市|全县|全区|我省|我市|我县|累计|年均|每年|力争|其中|同时|另外|新增数量)+")


# a ranking of regions after an indicator, each region with its value (…地区依次为：上海86.78，…；江苏84.87)
_IN_ORDER = re.compile(r"(?:依次为|依次是)[:：]")
_RANKED_VALUE = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?P<unit>分|%)?(?=[，,；;、。]|$)")
# 这4个指标分别是83.5、91.1%、92.9%和75: the values of the indicators the sentence before named
_THOSE_NAMED = re.compile(r"(?:这|上述|以上)(?P<n>[\d一二两三四五六七八九十]+)(?:个|项)指标(?:分别|依次)(?:是|为|达到|达)"
                          r"(?P<values>\d+(?:\.\d+)?[%％分]?(?:[、和及与]\d+(?:\.\d+)?[%％分]?)+)")
_ITEM_VALUE = re.compile(r"(\d+(?:\.\d+)?)([%％分]?)")
# after a value and its bound, the things counted that pass it (…在80以上的地区数量, …95%以上的企业)
_BOUNDS_A_COUNT = re.compile(r"的(?:地区|城市|省份|省市|县区|区县|企业|行业|产品|单位|项目|组织|批次)")


@dataclass(frozen=True)
class _Value:
    values: tuple[float, ...]
    unit: str | None
    comparator: str
    end: int  # where the value phrase ends in the text
    year: int | None = None  # a year stated between the indicator and its value (…合格率：2025年达到94%)


def _clause_bounds(view: TextView, pos: int) -> tuple[int, int]:
    return view.clause_bounds(pos)


@per_lexicon
def _cue_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The issue verbs, launch verbs and agency pronouns of the lexicon, longest first, compiled once."""
    def alternation(words: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(NOUN_GUARDS.get(w, w) for w in sorted(words, key=len, reverse=True)))

    return alternation(lex.cues["issue"]), alternation(lex.cues["launch"]), alternation(lex.cues["agency_pronoun"])


_DRAFT = re.compile(r"[(（](?:征求意见稿|意见征求稿|草案|送审稿|讨论稿|草稿)[)）]$")
# the nation's strategies (质量强国战略, 制造强国战略, 知识产权强国战略): the centre runs them
_NATIONAL_STRATEGY = re.compile(r"强国战略$")
_LEVEL_STRATEGY = re.compile(r"^(?:质量|标准|品牌|名牌)?[强兴]([省市县区])战略$")  # 质量强市战略, 标准强省战略
_LEVELS_ABOVE = {"区": "市省", "县": "市省", "旗": "市省", "市": "省", "州": "省", "盟": "省"}  # a region's last character
# a page's metadata field naming who publishes the document, at a row's start or after another field
_PUBLISHER_FIELD = re.compile(r"(?:^|(?<=[\s\d）)]))(?:发文单位|发文机关|制发机关|发布机构|发布单位)[：:\s]*")


class Relater:
    """Finds the facts and measures of one document."""

    def __init__(self, view: TextView, mentions: list[Mention], evidence: Callable[[int], Evidence], doc_year: int | None,
                 scopes: list[Scope] | None = None, source: str | None = None):
        self.view = view
        self.source = source  # the page header's 来源 (a publisher, or a media outlet)
        self.text = view.text
        self.mentions = mentions
        self.evidence = evidence
        self.doc_year = doc_year
        self._report_year_memo: tuple[int | None] | None = None  # (the year a report covers, once asked)
        self.scopes = scopes or []
        self._issue_verb, self._launch_verb, self._pronoun = _cue_patterns(view.lexicon)
        self._posts = tuple(view.lexicon.posts) + ("常委", "党组")
        self.lex = view.lexicon
        self.by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            self.by_sentence.setdefault(m.sentence, []).append(m)
        self.mentions = sorted(mentions, key=lambda m: m.clean_start)
        self.agencies = [m for m in self.mentions if m.kind == "Agency"]
        # start offsets, for range lookups by bisection: scanning every mention from every
        # verb made long documents quadratic
        self._mention_starts = [m.clean_start for m in self.mentions]
        # a person's body where he is first named with it (孙沪兵 again, after 省市场监管局副局长孙沪兵)
        # and every body an official's post names (区长李峻: 崇明区人民政府, named by no mention of its own)
        self._first_org: dict[str, tuple[str, str]] = {}
        self._bodies_of_officials: set[str] = set()
        for m in self.mentions:
            if m.kind == "Person" and (org := m.attr("org")):
                self._first_org.setdefault(m.canonical, (m.attr("org_kind") or "Agency", org))
                self._bodies_of_officials.add(org)
        self._agency_starts = [m.clean_start for m in self.agencies]
        # inside an agency's name: covered by one that starts at most MAX_NAME characters before
        self._in_agency = Coverage([replace(m, clean_end=min(m.clean_end, m.clean_start + MAX_NAME + 1)) for m in self.agencies])
        # what one verb asks of a clause, the next verb of the sentence asks again: asked once
        self._subject_cache: dict[tuple[int, int, str, int], bool] = {}
        self._according_cache: dict[int, list[Mention]] = {}  # sentence start -> 按照 X 部署 agencies
        self._verb_cache: dict[tuple[int, int, int], tuple[list[int], list[re.Match[str]]]] = {}
        self._first_mention: dict[str, Mention] = {}
        for m in self.agencies:
            self._first_mention.setdefault(m.canonical, m)
        self._region_ending = {r.clean_end: r for r in view.regions}  # (a region right before another)
        self._printed_from: tuple[int, str] | None = None  # where a printed plan's text starts, and the plan
        # where the document puts a plan forward (prints it, issues it, says its text follows), in text
        # order: a goal with no plan in its sentence is the last one's (None: a plan the text leaves unnamed)
        self._plans_put_forward: list[tuple[int, str | None]] = []
        self._plans_stating: list[tuple[int, int, str]] = []  # (where, its paragraph's end, plan): 《纲要》提出…
        self._institutions_by_form: dict[str, Mention] | None = None
        self._heading_region: str | None = None  # the region of the body heading the document ("" for none)
        self.signatories = self._signatories()
        self.dominant = self.signatories[0] if self.signatories else self._dominant_agency()
        self.issuers_of: dict[str, list[tuple[str, str]]] = {}  # plan -> its issuers, as found
        self._issuers_found = 0  # how many issuers issuers_of holds: what subjects_at's answers depend on
        self._subjects_cache: dict[tuple[int, int], tuple[list[Mention], str]] = {}
        self._title_issuer_cache: dict[str, list[tuple[str, str]]] = {}
        self._named_before: tuple[int, list[str]] = (-1, [])  # the last sentence's measured indicators, in order
        self.facts: list[Fact] = []
        self.measures: list[Measure] = []
        self._own_speaker: bool | None = None
        # list names whose values went item by item (分别为), and bare words a sector named (顾客满意度)
        self.split_indicators: set[str] = set()

    # ------------------------------------------------------------ subjects
    def _in_according_phrase(self, m: Mention) -> bool:
        """Is the agency only cited where it stands (根据X…, 贯彻落实X部署, 传达X精神)?"""
        a, _ = _clause_bounds(self.view, m.clean_start)
        before = self.text[a : m.clean_start]
        if any(w in before for w in self.lex.cues["according"]):
            return True
        for o in reversed(self._agencies_between(a, m.clean_start)):  # 落实党中央、国务院部署: both cited
            before = before.rstrip("、和及与")
            if before.endswith(o.surface):
                before = before[: -len(o.surface)]
        # (贯彻执行中央和省委省政府相关精神: the centre named bare before them is cited with them)
        before = _BARE_CENTRE_AT_END.sub("", before.rstrip("、和及与"))
        return before.rstrip("、和及与").endswith(CITING)

    def _in_duty_bracket(self, m: Mention) -> bool:
        """Is the agency named in a plan's bracket of who leads a task (〔国家发展改革委、工业和信息化部…牵头，
        各有关部门按职责分工负责〕)? Such bodies carry out the plan's tasks; none of them is its writer.
        (Only 〔〕 and 【】: round brackets hold short names and seats, 市场监管总局(国家标准委).)"""
        opened = max(self.text.rfind(c, max(0, m.clean_start - 120), m.clean_start) for c in "〔【")
        if opened < 0:
            return False
        closer = "〕" if self.text[opened] == "〔" else "】"
        closed = self.text.find(closer, m.clean_end, m.clean_end + 200)
        return closed > 0 and closer not in self.text[opened + 1 : m.clean_start] \
            and bool(_DUTY_WORDS.search(self.text, m.clean_end, closed))

    def _dominant_agency(self) -> Mention | None:
        """The agency the article is about: the one most often the subject of a clause."""
        # with no agency ever a subject, the most named one, unless it is only cited: 根据中共中央、
        # 国务院印发的《…》 in a province's opinion does not make the centre the province's actor
        fallback = [m for m in self.agencies if not self._in_according_phrase(m) and not self._in_duty_bracket(m)]
        # (a body whose officer opens the clause acts through him: 湖北省市场监管局一级巡视员王五主持仪式)
        as_subject = [m for m in fallback if (self._is_subject(m, (clause := _clause_bounds(self.view, m.clean_start))[0])
                                              and not _TAKES_PART.search(self.text, *clause))
                      or self._officer_acts(m) or self._runs_by(m)]
        first_person = len(_FIRST_PERSON_CLAUSE.findall(self.text)) >= 2
        if any(level in self.view.main_region for level in "市州县区") or first_person:
            # a city's or county's article is not the centre's: 中共中央 and 国务院 are cited there; nor is
            # one written in the first person (我们紧紧围绕…): its writer's body acts, the centre is praised
            as_subject = [m for m in as_subject if m.canonical not in CENTRAL_LEADERSHIP]
            fallback = [m for m in fallback if m.canonical not in CENTRAL_LEADERSHIP]
        if first_person:
            fallback = []  # (…纳入中央组织部对…的考核: a body only named is not the writer's)
        if any(not self._only_a_venue(r.name) for r in self.view.main_region.values()):
            # a local article's agency is a local one: a national department there is a guest
            # (市场监管总局质量发展局二级巡视员X出席) or cited, where a local body also acts
            as_subject = [m for m in as_subject if m.region] or as_subject
            fallback = [m for m in fallback if m.region] or fallback
        if self.source:
            # the page's own 来源 line names its publisher: the body whose news it is
            published = [m for m in fallback if self.source in (m.canonical, m.surface)]
            if published:
                return published[0]
        counts = Counter(m.canonical for m in as_subject or fallback)
        if not counts:
            return None
        # ties (a list of bodies that 共同参与, each a subject once) go to the most named one
        named = Counter(m.canonical for m in fallback)
        top = max((counts[c], named[c]) for c in counts)
        tied = [m for m in self.agencies if m.canonical in counts and (counts[m.canonical], named[m.canonical]) == top]
        # (a bureau before the institute under it: 市计量测试检定所服务队走进…, 市质监局领导表示…: the bureau's news)
        return next((m for m in tied if not m.canonical.endswith(INSTITUTION_SUFFIXES)), tied[0] if tied else None)

    def _helps_another(self, a: int, verb_pos: int) -> bool:
        """Does [a, verb_pos) hold a verb of helping and someone helped before the act
        (支持湖北深入实施, 指导企业建立)? 推动实施 has nobody between, so the subject acts."""
        helps = SUPPORTS.search(self.text, a, verb_pos)
        if helps is None:
            return False
        helped = self.text[helps.end() : verb_pos]
        for adv in sorted(ADVERBS, key=len, reverse=True):
            helped = helped.replace(adv, "")
        return bool(re.search(r"[\u4e00-\u9fff]", helped))

    def _officer_acts(self, m: Mention) -> bool:
        """Does a post and a person named right after the agency open its clause (X局局长王某主持…)?"""
        a, b = _clause_bounds(self.view, m.clean_start)
        if not self.text.startswith(self._posts, m.clean_end) or not self._opens_clause(m, a) \
                or ATTENDS.search(self.text, m.clean_end, b):
            return False  # (市委常委、副市长李东方…参加了启动仪式: a guest, not the one who runs it)
        k = bisect.bisect_left(self._mention_starts, m.clean_end)
        nxt = self.mentions[k : k + 2]
        return any(p.kind == "Person" and p.clean_start - m.clean_end <= 8 for p in nxt)

    def _signatories(self) -> list[Mention]:
        """The agencies that sign the document: a line holding nothing but agency names (the
        signature under a notice, the issuer line above a title), or a 发文单位/制发机关 field."""
        out: list[Mention] = []
        paragraphs = self.view.paragraphs[:40]
        for i, (a, b) in enumerate(paragraphs):
            if b - a > 80:
                continue  # a signature or a field is a short line
            if any(SITE_NAVIGATION.search(self.text, c, d) for c, d in paragraphs[i + 1 : i + 3]):
                continue  # 咸宁市市场监督管理局 / 今天是: / 您当前的位置: 首页: the site's header, no signature
            line = self.text[a:b].strip()
            field = re.match(r"^\s*(发文单位|发文机关|制发机关|发布机构|发布单位)[：:|｜\s]*", self.text[a:b])
            if field:
                a = a + field.end()
                bar = re.search(r"\s*[|｜]", self.text[a:b])
                if bar:  # 发文机关 | 周口市人民政府 | 成文日期 | …: a table row, the field's cell only
                    b = a + bar.start()
            agencies = self._agencies_between(a, b)
            if not agencies:
                continue
            rest = self.text[a:b]
            for ag in agencies:
                rest = rest.replace(ag.surface, "", 1)
            if not re.sub(r"[\s、,，和]", "", rest) and (field or len(line) <= 60):
                out.extend(ag for ag in agencies if ag.canonical not in {o.canonical for o in out})
        if not out:
            # a page that lost its line breaks: 现印发给你们，请认真贯彻执行。太原市人民政府2023年6月1日…
            for m in _SENDS_IT.finditer(self.text, 0, min(len(self.text), 3000)):
                run = self._agency_run_from(m.end())
                if run and _SIGNATURE_DATE.match(self.text, run[-1].clean_end):
                    return run
        if not out:
            # a notice's title line names who sends it: X关于印发《Y》的通知 (with its number after),
            # and a document's own title its issuers: 中共X市委 X市人民政府关于…的实施意见
            for a, b in self.view.paragraphs[:3]:
                run = self._agency_run_from(a)
                if run and (NOTICE_TITLE.match(self.text, run[-1].clean_end, b)
                            or OWN_TITLE.fullmatch(self.text, run[-1].clean_end, b)):
                    return run
        return out

    def _publishers(self) -> list[Mention]:
        """The bodies a page's 发布机构 field names (成文日期2025-06-06 发布机构县发改局(县粮食和物资储备局)),
        at its row's start or after another field. A site's office may post what its superiors
        issue, so the field names no signatory: it only says who issues a title nothing else explains."""
        for a, b in self.view.paragraphs[:20]:
            field = _PUBLISHER_FIELD.search(self.text, a, b)
            if field is None or b - a > 80:
                continue
            end = b
            next_field = re.search(r"\s+\S{2,6}[：:]|\s{2,}", self.text[field.end() : b])
            if next_field:
                end = field.end() + next_field.start()
            # 县发改局(县粮食和物资储备局): a merged bureau's other name, in brackets, is the same body
            agencies = [ag for ag in self._agencies_between(field.end(), end)
                        if not self.text.endswith(("(", "（"), 0, ag.clean_start)]
            rest = self.text[field.end() : end]
            for ag in self._agencies_between(field.end(), end):
                rest = rest.replace(ag.surface, "", 1)
            if agencies and not re.sub(r"[\s、,，和()（）]", "", rest):
                return agencies
        return []

    def _agency_run_from(self, a: int) -> list[Mention]:
        """The agencies that open the text at `a`, one after another (中共X市委 X市人民政府…)."""
        run: list[Mention] = []
        k = bisect.bisect_left(self._agency_starts, a)
        at = a
        while k < len(self.agencies) and re.fullmatch(r"[\s、，,和]*", self.text[at : self.agencies[k].clean_start]):
            run.append(self.agencies[k])
            at = self.agencies[k].clean_end
            k += 1
        return run

    def _is_subject(self, m: Mention, clause_start: int) -> bool:
        key = (m.clean_start, m.clean_end, m.canonical, clause_start)
        if key not in self._subject_cache:
            self._subject_cache[key] = self._is_subject_uncached(m, clause_start)
        return self._subject_cache[key]

    def _is_subject_uncached(self, m: Mention, clause_start: int) -> bool:
        if not self._opens_clause(m, clause_start):
            return False
        after = self.text[m.clean_end : m.clean_end + 12]
        if re.match(r"^([、和及与]?[\u4e00-\u9fff]{0,12}?)关于", after) and "关于" in after[:14] \
                and not PASSIVE_ISSUE.search(after.split("关于", 1)[0]):
            return False  # (X关于…的通知: a title's issuer; 省委省政府印发关于…: a subject that issues)
        if SESSION_SETTING.match(after):
            return False  # 十三届全国人大一次会议开幕会上: where it was said, not who acts
        # 县委常委、副县长陈淼: the body names a person's post, the person acts
        return not after.startswith(self._posts) and not after.startswith(("委员", "代表"))

    def _opens_clause(self, m: Mention, clause_start: int) -> bool:
        """Does nothing but a date, separators and other agencies stand before `m` in its clause?"""
        raw = self.text[clause_start : m.clean_start]
        between = self._agencies_between(clause_start, m.clean_start)
        # what the steps below keep is at least what no date, separator or agency name can
        # take away: when that is already over 8 characters, no need to take them away
        if len(raw) > 8 and len(_MAYBE_REMOVED.sub("", raw)) - sum(len(o.surface) for o in between) > 8:
            return False
        # a date or time word before the subject does not make it an object (2023年6月14日，…)
        prefix = DATE_PREFIX.sub("", raw)
        for o in between:
            prefix = prefix.replace(o.surface, "")
        prefix = _SUBJECT_SEPARATORS.sub("", prefix)
        return not (len(prefix) > 8 or _NOT_SUBJECT.search(prefix) or _REPORTS_TO.search(prefix))

    def _agencies_starting(self, a: int, b: int) -> list[Mention]:
        """Agencies whose mention starts in [a, b)."""
        return self.agencies[bisect.bisect_left(self._agency_starts, a) : bisect.bisect_left(self._agency_starts, b)]

    def _agencies_between(self, a: int, b: int) -> list[Mention]:
        return [m for m in self._agencies_starting(a, b) if m.clean_end <= b]

    def _agencies_ending_near(self, pos: int, gap: int) -> list[Mention]:
        """Agencies that end at most `gap` characters before `pos`."""
        return [m for m in self._agencies_starting(pos - gap - MAX_NAME, pos) if m.clean_end <= pos and pos - m.clean_end <= gap]

    def _has_other_actor(self, a: int, b: int, opening: bool = False) -> bool:
        """Does [a, b) name an actor that is no agency (企业, 消费者, a region, a person)? With
        `opening`, a word such as 企业 counts only where a subject stands, at the start (广大企业,
        我市企业): 增强城市竞争力 begins with its verb, and 城市 is what it acts on."""
        span = self.text[a:b]
        # partners (联合18部门) and objects of a leading verb are not actors
        cut = [k for w in self.lex.cues["partner"] if (k := span.find(w)) >= 0]
        if cut:
            b = a + min(cut)
            span = span[: min(cut)]
        if opening:
            if OPENING_ACTOR.match(span) or REGION_PRONOUN.match(span):
                return True  # (我县坚持实施质量强县战略: the county acts, no agency the text names)
        elif (any(w in span for w in NON_AGENCY_ACTORS) and not OBJECT_PHRASE.match(span)) or REGION_PRONOUN.match(span):
            return True  # (对我县10家小微企业开展…: what follows 对 is acted on, not an actor)
        if COUNTED_ACTORS.search(span) and not OBJECT_PHRASE.match(span):
            return True  # 全国已有14个省实施“质量兴省”战略: the provinces counted act, not the article's body
        if opening and UNRESOLVED_BODY.match(span) and not self._agencies_between(a, min(b, a + 12)):
            return True  # 近年来，市市场监管局…: a body the text cannot place acts, not the article's
        inside = self.mentions[bisect.bisect_left(self._mention_starts, a) : bisect.bisect_left(self._mention_starts, b)]
        return any(
            m.kind in ("Region", "Enterprise", "Person") and m.rule != "country"  # (在全国率先启动: where, not who)
            and not (m.kind == "Region" and self.text.endswith(("在", "于"), 0, m.clean_start))  # 在上海举办: where
            # (举行漯河市2013年“质量月”活动: the region and year of what follows, no actor)
            and not (m.kind == "Region" and _PLACE_OF_WHAT_FOLLOWS.fullmatch(self.text, m.clean_end, b))
            and not self._in_agency(m.clean_start)
            for m in inside
        )

    def _opens_with_actor(self, a: int, b: int) -> bool:
        """Does the clause [a, b) begin with a non-agency actor (before its first verb)?"""
        byline = BYLINE.match(self.text, a, b)
        if byline:
            a = byline.end()
        first_verb = VERB.search(self.text, a, b)
        return self._has_other_actor(a, first_verb.start() if first_verb else b, opening=True)

    def subjects_at(self, verb_pos: int) -> tuple[list[Mention], str]:
        """The agencies acting at a verb, and the rule that found them (asked once per verb: the
        programmes a clause lists share its verb)."""
        key = (verb_pos, self._issuers_found)  # (a plan's issuers, once found, can answer)
        if key not in self._subjects_cache:
            self._subjects_cache[key] = self._subjects_at(verb_pos)
        subjects, rule = self._subjects_cache[key]
        return list(subjects), rule

    def _subjects_at(self, verb_pos: int) -> tuple[list[Mention], str]:
        a, _ = _clause_bounds(self.view, verb_pos)
        if self.text.endswith("被", 0, verb_pos):
            return [], "passive"  # 每年5月20日被设立为世界计量日: done by whom the clause does not say
        if self.text.endswith("关于", 0, verb_pos):
            named = self._agencies_ending_near(verb_pos - 2, 0)
            if named:  # 贯彻内蒙古自治区人民政府办公厅关于印发《…》: a notice's title, its sender the body before 关于
                return named[-1:], "title-sender"
        speaker = self._answering_body(verb_pos)
        if speaker is not None:  # 国家质检总局办公厅主任林伟：…。下一步，我们将…开展三年质量提升行动: his body
            return [speaker], "speaker-we"
        clause_agencies = [m for m in self._agencies_between(a, verb_pos) if self._is_subject(m, a)]
        # X批准Y设立…: X approves, Y acts (GUIDE: approval does not make a body the actor)
        clause_agencies = [m for m in clause_agencies
                           if not (APPROVES.match(self.text, m.clean_end)
                                   and any(o.clean_start >= m.clean_end for o in clause_agencies))]
        named = self._named_by_title(a, verb_pos)
        if clause_agencies and self._helps_another(clause_agencies[-1].clean_end, verb_pos):
            return [], "other-actor"  # 国家质检总局将全力支持湖北深入实施…: Hubei acts, helped
        if clause_agencies:
            return clause_agencies + named, "clause-subject"
        if named:  # 8月28日以县人民政府办公室名义印发: the body whose name it goes out in acts
            return named, "in-the-name-of"
        purposed = [m for m in self._agencies_between(a, verb_pos) if _BODY_FOR_PURPOSE.fullmatch(self.text, m.clean_end, verb_pos)]
        if purposed:  # …品牌是泰安市质量强市工作领导小组为深化质量强市战略…打造的: the body named before 为 acts
            return purposed[-1:], "body-for-purpose"
        sent_start = self.view.sentences[self.view.sentence_at(verb_pos)].clean_start
        if SPEECH_COLON.search(self.text, sent_start, a):
            return [], "speech"  # …副省长作了重要讲话，强调指出：一是…；二是大力实施名牌发展战略: his words
        by = self._by_agents(a, verb_pos)
        if by:  # 由X、Y等十部委联合下发《…》: X and Y act
            return by, "by-agents"
        speaker = self._person_acting(a, verb_pos)
        if speaker is not None:  # 质量管理司司长黄某1日宣布正式启动…: he acts for his body
            return [speaker], "person-for-body"
        head = self._head_of_government(a, verb_pos)
        if head is not None:  # 会上李市长…印发了《…》: the mayor acts for the city's government
            return [head], "head-of-government"
        deploying = self._plan_opening(a, verb_pos)
        if deploying is not None and self.issuers_of.get(deploying.canonical):
            return [self._as_mention(i) for i in self.issuers_of[deploying.canonical]], "plan-deploys"
        if self._has_other_actor(a, verb_pos) or OPENING_ACTOR.match(self.text, a, verb_pos):
            return [], "other-actor"  # (各地各行业大力实施…: who opens the clause acts, no agency)
        if self._pronoun.search(self.text, a, verb_pos):
            return ([self.dominant] if self.dominant else []), "pronoun"
        sent = self.view.sentences[self.view.sentence_at(verb_pos)]
        if PRONOUN_SAYS.match(self.text, a):
            return [], "speech"  # 他认为推行实施首席质量官制度有利于…: his view, no act
        byline = BYLINE.match(self.text, sent.clean_start, sent.clean_end)  # (中国质量新闻网讯 为推进…)
        opening = byline.end() if byline else sent.clean_start
        if not self.signatories and (PURPOSE_START.match(self.text, opening) and self._in_purpose(sent, a)
                                     or self._in_later_purpose(sent, a)):
            own = self._printed_plan_issuers(sent)
            if own:  # 《福州市质量强市建设规划》主要内容如下：为…，深入实施质量提升行动，…，特制定本规划: what the
                return own, "own-plan-purpose"  # printed plan's purpose names, its issuers deploy
            # 为扎实开展“质量月”活动，…，X在杭州共同举行…; 为贯彻落实…，深入实施质量强市战略，…:
            # in a report, what a purpose names is an aim, not what its main clause's subject does
            # (a signed plan's purpose, 为…持续深入开展质量提升行动，制定本方案, is what it deploys)
            return [], "purpose"
        # sentence subject: the agencies opening an earlier clause of the sentence
        ca = sent.clean_start
        while ca < a:
            cb = _clause_bounds(self.view, ca)[1]
            if _SINCE_CLAUSE.search(self.text, ca, cb):
                ca = cb + 1  # 国务院《质量振兴纲要》颁布以来，我省…建立…: a clause of time, whose body acts in it only
                continue
            if _SOURCE_CLAUSE.fullmatch(self.text, ca, cb):
                ca = cb + 1  # 据市场监管总局标准创新司司长肖寒介绍，…: who tells it, not who acts
                continue
            opening = [m for m in self._agencies_between(ca, cb) if self._is_subject(m, ca)] or self._by_agents(ca, cb)
            if opening and STATES_AT_END.search(self.text, ca, cb) and OWN_PLAN_OPENS.match(self.text, a):
                return opening, "states-own-plan"  # 南通市市场监管局表示，将深入开展…: what the body says it will do
            if opening and SAYS_AT_END.search(self.text, ca, cb):
                return [], "speech"  # 全国政协委员、质检总局局长X在…会上建议，…全面开展…: a proposal
            if opening:
                if self._later_clause_opens_with_actor(cb + 1, a):
                    return [], "other-actor"  # 省局组织开展了…，市、县两级市场监管部门通过…，组织开展…: the nearer actor acts
                return opening, "sentence-subject"
            head = self._head_of_government(ca, cb)
            if head is not None:
                if SAYS_AT_END.search(self.text, ca, cb):
                    return [], "speech"  # 李区长强调，要扎实推进质量提升行动: what he urges, not what is done
                return [head], "head-of-government"
            body = self._body_of_official_opening(ca, cb)
            if body is not None and STATES_AT_END.search(self.text, ca, cb) and OWN_PLAN_OPENS.match(self.text, a):
                return [body], "official-states-plan"  # 南通市市场监管局局长张建华表示，将深入开展…: his body's plan
            chair = self._body_of_official_opening(ca, cb, CHAIRS_MEETING)
            if chair is not None:  # 市场监管局局长张某主持召开会议，部署开展…: his body decides
                return [chair], "meeting-chair"
            deploying = self._plan_opening(ca, cb, sentence_too=False, slack=0)  # (落实《…》: cited)
            if deploying is not None and self.issuers_of.get(deploying.canonical):
                # 在…方面，纲要提出了…举措，包括实施消费品质量提升行动: the plan an earlier clause opens with deploys it
                return [self._as_mention(i) for i in self.issuers_of[deploying.canonical]], "plan-deploys"
            if self._opens_with_actor(ca, cb) and not MANNER.match(self.text, ca):
                return [], "other-actor"  # (以习近平…思想为指导 names no actor)
            if ca == sent.clean_start and (self._opens_with_person(ca, cb) or PRONOUN_SAYS.match(self.text, ca)):
                return [], "person-speaks"  # 张某高度评价…，指出联合开展…有益于…: his words, no one's act
            ca = cb + 1
        # a clause that starts with its verb continues the article's subject; headlines
        # (no closing punctuation) state no facts of their own
        if not re.search(r"[。！？!?；;]”?$", sent.text):
            return [], "headline"
        if self._continues_other_actor(sent):
            return [], "other-actor"  # 沈阳市将坚持…。大力推动…: the city goes on acting, no agency
        if not self.signatories and self._goes_on_speaking(sent):
            return [], "speech"  # 他强调，…。要积极开展…: the speaker's must, not the article's act
        if self.signatories:  # a document signed jointly (中共X省委 X省人民政府) acts jointly
            return list(self.signatories), "article-subject"
        printed = self._printed_plan_before(sent)
        if printed:  # 《福州市质量强市建设规划》主要内容如下：…深化质量强市战略: the printed plan's text, its issuers'
            return printed, "printed-plan"
        lead = self._list_lead_subject(sent)
        if lead:  # X表示，市场监管总局高度重视…。/ 一是持续开展…活动: the body the list's lead names
            return lead, "list-lead"
        before = self._previous_sentence_subject(sent)
        if before:  # 近年来，市市场监管局深入推进…。依托…，组织开展…活动: the same body goes on
            return before, "previous-sentence-subject"
        if _APPROVAL_OPENS.match(self.text, sent.clean_start):
            return [], "approval"  # 经国务院批准，自今年起将每年5月10日设立为“中国品牌日”: who sets it up the clause does not say
        return ([self.dominant] if self.dominant else []), "article-subject"

    def _body_of_bare_post(self, person: Mention) -> Mention | None:
        """The one agency of a post's kind (局长: a 局) that opens the sentence before a name+post
        standing at its own sentence's start, in one paragraph (陈洪华副局长出席会议并讲话)."""
        role = person.attr("role") or ""
        ends = next((e for post, e in _POST_BODY_ENDS if role.endswith(post)), None)
        sent = self.view.sentences[person.sentence]
        if ends is None:
            return None
        if person.rule == "name+post" and self.text.endswith(OWN_BODY_WORDS, 0, person.clean_start):
            # 我局杨卫军副局长: the writer's bureau, the article's own body
            return self.dominant if self.dominant is not None and self.dominant.canonical.endswith(ends) else None
        lead = self.text[sent.clean_start : person.clean_start]
        if person.rule == "post+name" and lead.endswith(role):
            lead = lead[: -len(role)]  # 副局长孙立: the post before the name
        role_start = person.clean_start - len(role) if person.rule == "post+name" else person.clean_start
        pronoun = self._pronoun.search(self.text, max(0, role_start - 3), role_start) if person.rule == "post+name" else None
        if pronoun is not None and pronoun.end() == role_start:
            # 该局局长武刚表示: the body of the post's kind named last before the pronoun
            k = bisect.bisect_left(self._agency_starts, pronoun.start())
            earlier = [a for a in self.agencies[:k] if a.canonical.endswith(ends)]
            return earlier[-1] if earlier else None
        if role_start > sent.clean_start and self.text[role_start - 1] in "，,":
            # 副局长吕秋晗宣读了…，局长郭洪进传达了…: the body of the person named just before, his post's kind
            k = bisect.bisect_left(self._mention_starts, sent.clean_start)
            earlier = [m for m in self.mentions[k : bisect.bisect_left(self._mention_starts, role_start)]
                       if m.kind == "Person" and m.attr("org_kind") == "Agency" and (m.attr("org") or "").endswith(ends)]
            if earlier:
                return self._as_mention(("Agency", earlier[-1].attr("org") or ""))
        if person.clean_start == sent.clean_start or _MEETING_LEAD.fullmatch(lead):
            # (会议由副局长孙立主持: the meeting the sentence before has its body hold, else the article's)
            opening = self._previous_sentence_subject(sent)
            if not opening and lead.startswith("会议") and self.dominant is not None:
                opening = [self.dominant]
        elif self.text[person.clean_start - 1 : person.clean_start] in "，,":
            # 国家质检总局领导十分重视，支树平局长…: the body that opens the sentence, a clause before
            opening, ca = [], sent.clean_start
            while ca < person.clean_start:  # (对这次会议召开，国家质检总局领导十分重视，支树平局长…)
                cb = min(_clause_bounds(self.view, ca)[1], person.clean_start)
                opening += [m for m in self._agencies_between(ca, cb) if self._is_subject(m, ca)]
                ca = cb + 1
        else:
            opening = []
        bodies = {m.canonical: m for m in opening if m.canonical.endswith(ends)}
        if not bodies and role.endswith("司长"):
            # 会议由李玉冰副司长主持: a 司 is specific enough that the document's one 司 is his
            bodies = {m.canonical: m for m in self.agencies if m.canonical.endswith("司")}
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _answering_body(self, verb_pos: int) -> Mention | None:
        """The body of an official answering in an interview (…主任林伟：…) where 我们 opens the
        sentence of the verb, in the answer's paragraph: 我们将…开展… is what his body does."""
        sent = self.view.sentences[self.view.sentence_at(verb_pos)]
        if not _WE_OPENING.match(self.text, sent.clean_start, verb_pos):
            return None
        paragraphs = self.view.paragraphs
        k = self.view.paragraph_at(sent.clean_start)
        for j in range(k, max(-1, k - 4), -1):  # the nearest labelled paragraph above, within a few
            pa, pb = paragraphs[j]
            label = _ANSWER_LABEL.match(self.text, pa, pb)
            if label is None:
                continue
            people = [m for m in self.mentions if m.kind == "Person" and pa <= m.clean_start < label.end()]
            if people or len(label.group()) <= 6:  # (主持人：, 记者：: a question, no answer)
                person = next((m for m in people if m.attr("org") and (m.attr("org_kind") or "Agency") == "Agency"), None)
                if person is None:
                    return None
                org = person.attr("org") or ""
                # (国家质检总局办公厅主任林伟：…我们将…: a unit's head speaks for the body the unit belongs to)
                parent = max((a.canonical for a in self.agencies if org.startswith(a.canonical) and a.canonical != org),
                             key=len, default=org)
                return self._as_mention(("Agency", parent))
        return None

    def _organisers_in(self, a: int, b: int) -> list[Mention]:
        """The agencies of a 由…主办 span that organise, not those that only guide or support it
        (由国资委社会责任局指导、中国质量协会主办的…: the association runs it)."""
        return [m for m in self._agencies_between(a, b)
                if not self.text.startswith(("指导", "支持", "协办", "承办", "监制"), m.clean_end)]

    def _later_clause_opens_with_actor(self, ca: int, a: int) -> bool:
        """Does a clause in [ca, a) open with bodies that have no name (市、县两级市场监管部门, 各地质监部门)?
        One search over the span, not a walk over its clauses: a long sentence has many verbs."""
        return _GENERIC_BODIES_AFTER_MARK.search(self.text, max(0, ca - 1), a) is not None

    def _runs_by(self, m: Mention) -> bool:
        """Is the agency the one a passive names as running something (活动由X主办，Y承办)?"""
        return self.text.endswith("由", 0, m.clean_start) and _RUNS_AFTER.match(self.text, m.clean_end) is not None

    def _previous_sentence_subject(self, sent) -> list[Mention]:
        """The agencies opening one of the first clauses of the sentence before, in one paragraph."""
        if sent.index == 0:
            return []
        prev = self.view.sentences[sent.index - 1]
        if prev.paragraph != sent.paragraph:
            return []
        ca = prev.clean_start
        for _ in range(3):
            if ca >= prev.clean_end:
                break
            cb = _clause_bounds(self.view, ca)[1]
            opening = [m for m in self._agencies_between(ca, cb) if self._is_subject(m, ca)]
            if opening:
                # (市公安局、市农业农村局等单位积极参与: those who took part in what another ran act in nothing after)
                return [] if SAYS_AT_END.search(self.text, ca, cb) or _TAKES_PART.search(self.text, ca, cb) else opening
            ca = cb + 1
        return []

    def _by_agents(self, a: int, b: int) -> list[Mention]:
        """The agencies after 由 that act at the end of [a, b): 由工业和信息化部牵头, 由X、Y等十部、委、
        局联合下发 (only agencies, 等…, and words of leading or joining between 由 and the end)."""
        k = self.text.rfind("由", a, b)
        if k < 0:
            return []
        agents = self._agencies_between(k + 1, b)
        if not agents or agents[0].clean_start != k + 1:
            return []
        rest = self.text[k + 1 : b]
        for ag in agents:
            rest = rest.replace(ag.surface, "", 1)
        return agents if BY_FILLER.fullmatch(rest) else []

    def _org_of(self, person: Mention) -> tuple[str, str]:
        """The (kind, name) of the body a person works for: the mention's own, else the one the person's
        first mention in the document gave (a name repeated bare: 宁伟发表了讲话)."""
        org = person.attr("org")
        if org:
            return person.attr("org_kind") or "Agency", org
        return self._first_org.get(person.canonical, ("", ""))

    def _person_acting(self, a: int, verb_pos: int) -> Mention | None:
        """The body of a person who opens the clause and does what the verb says (no speech), or
        who spoke in the clause before it (局长王某致辞，并启动…)."""
        joined = self.text.startswith("并", a)  # (…发表了讲话，宣布…启动: his announcement, no 并 between)
        if (joined or self.text.startswith("宣布", a)) and a >= 2 and self.text[a - 1] in "，,":
            prev_start, _ = _clause_bounds(self.view, a - 2)
            if _SPEECH_CLAUSE.match(self.text, prev_start) and prev_start >= 2 and self.text[prev_start - 1] in "，,":
                # 刘某致辞，提出要…，并宣布“质量月”活动启动: what his speech said comes between
                prev_start, _ = _clause_bounds(self.view, prev_start - 2)
            k = bisect.bisect_left(self._mention_starts, prev_start)
            person = next((m for m in self.mentions[k : bisect.bisect_left(self._mention_starts, a - 1)]
                           if m.kind == "Person"), None)
            org_kind, org = self._org_of(person) if person is not None else ("", "")
            if org and org_kind != "Enterprise" \
                    and _SPOKE_THEN.fullmatch(self.text, person.clean_end, a + 1 if joined else a):
                return self._as_mention(("Agency", org))  # (named again bare: the body his first mention gave)
            a += 1 if joined else 0
        k = bisect.bisect_left(self._mention_starts, a)
        while k < len(self.mentions) and self.mentions[k].clean_start < verb_pos:
            m = self.mentions[k]
            if m.kind == "Person":
                org_kind, org = self._org_of(m)
                if org and org_kind != "Enterprise" and PERSON_THEN_ACTS.fullmatch(self.text, m.clean_end, verb_pos):
                    return self._as_mention(("Agency", org))
                return None
            k += 1
        return None

    def _official_opening(self, a: int, b: int) -> Mention | None:
        """The official named with his body who opens the clause [a, b) (南通市市场监管局局长张建华表示…),
        or None: the clause's first person, his body the agency the clause starts with."""
        k = bisect.bisect_left(self._mention_starts, a)
        while k < len(self.mentions) and self.mentions[k].clean_start < b:
            m = self.mentions[k]
            if m.kind == "Person":
                if m.attr("org") and m.attr("org_kind") == "Agency" \
                        and self.text[a : m.clean_start].startswith(tuple(ag.surface for ag in self._agencies_between(a, b))):
                    return m
                return None
            k += 1
        return None

    def _body_of_official_opening(self, a: int, b: int, then: re.Pattern[str] | None = None) -> Mention | None:
        """The body of the official opening the clause [a, b), where what follows his name matches
        `then` if given (CHAIRS_MEETING: 局长张建华主持召开会议)."""
        official = self._official_opening(a, b)
        if official is None or (then is not None and not then.match(self.text, official.clean_end, b)):
            return None
        return self._as_mention(("Agency", official.attr("org") or ""))

    def _list_lead_subject(self, sent) -> list[Mention]:
        """The agencies opening a clause of the sentence that leads a list of items, each its
        own paragraph (…表示，市场监管总局高度重视…。/ 一是…。/ 二是…), for an item of that list."""
        if not LIST_ITEM_OPENING.match(sent.text):
            return []
        k = sent.index - 1
        while k >= 0 and (LIST_ITEM_OPENING.match(self.view.sentences[k].text)
                          or self.view.sentences[k].paragraph == sent.paragraph):
            k -= 1  # back over the items before this one, to the sentence before the first
        if k < 0 or sent.paragraph - self.view.sentences[k].paragraph > 8:
            return []
        lead = self.view.sentences[k]
        ca = lead.clean_start
        while ca < lead.clean_end:
            cb = _clause_bounds(self.view, ca)[1]
            opening = [m for m in self._agencies_between(ca, cb) if self._is_subject(m, ca)]
            if opening:
                return opening
            ca = cb + 1
        return []

    def _goes_on_speaking(self, sent) -> bool:
        """Does a sentence of what must be done (要…) follow a speaker in its paragraph (强调, 指出),
        or any sentence follow one whose words a colon opens (批示指出：…)?"""
        directive = DIRECTIVE.match(sent.text) is not None
        for prev in reversed(self.view.sentences[max(0, sent.index - 8) : sent.index + 1]):
            if prev.paragraph != sent.paragraph:
                return False
            if SPEECH_COLON.search(prev.text) or (directive and prev is not sent and SAYS_IN.search(prev.text)):
                return True
        return False

    def _opens_with_person(self, a: int, b: int) -> bool:
        """Does the clause [a, b) open with a named person (after a date or time word)?"""
        k = bisect.bisect_left(self._mention_starts, a)
        if k >= len(self.mentions) or self.mentions[k].kind != "Person" or self.mentions[k].clean_start >= b:
            return False
        return len(DATE_PREFIX.sub("", self.text[a : self.mentions[k].clean_start]).strip()) == 0

    def _in_later_purpose(self, sent, a: int) -> bool:
        """Is the clause at `a` in a purpose that a sentence's second clause opens, after a clause
        with no subject (今年是“中国品牌日”设立的第四年，为深入推动实施质量强省和品牌战略，…，X将…)?"""
        first_end = _clause_bounds(self.view, sent.clean_start)[1]
        ca = first_end + 1
        if ca > a or not PURPOSE_START.match(self.text, ca) or self._agencies_between(sent.clean_start, first_end) \
                or self._head_of_government(sent.clean_start, first_end) is not None:
            return False
        while ca <= a:
            cb = _clause_bounds(self.view, ca)[1]
            if ca > first_end + 1 and (DATE_PREFIX.match(self.text, ca)
                                       or [m for m in self._agencies_between(ca, cb) if self._is_subject(m, ca)]
                                       or self._head_of_government(ca, cb) is not None
                                       or (self._opens_with_actor(ca, cb) and not MANNER.match(self.text, ca))):
                return False
            ca = cb + 1
        return True

    def _in_purpose(self, sent, a: int) -> bool:
        """Is the clause at `a` still the purpose a sentence opens with (为…，…，), before the main
        clause, the first that opens with a subject (an agency, a head of government, an actor)?"""
        ca = sent.clean_start
        while ca <= a:
            cb = _clause_bounds(self.view, ca)[1]
            if ca > sent.clean_start and (DATE_PREFIX.match(self.text, ca)
                                          or [m for m in self._agencies_between(ca, cb) if self._is_subject(m, ca)]
                                          or self._head_of_government(ca, cb) is not None
                                          or (self._opens_with_actor(ca, cb) and not MANNER.match(self.text, ca))):
                return False  # the main clause has begun at or before `a`
            ca = cb + 1
        return True

    def _head_of_government(self, a: int, b: int) -> Mention | None:
        """The 人民政府 whose head (李市长, 副省长王某) is the subject of the clause [a, b): the
        post opens the clause, after at most a name and a time word, and names no award."""
        m = HEAD_OF_GOVERNMENT.match(self.text, a, b)
        if m is None or self.text.startswith("质量奖", m.end()):
            return None
        name = m.group("name") or ""
        if name and not (name[0] in self.lex.surnames or name[:2] in self.lex.surnames):
            return None  # 该地区长期…: no name, no post
        level = GOVERNMENT_HEADS[m.group("post").removeprefix("常务")]
        region = self.view.main_region.get(level)
        if region is None:
            return None
        government = region.name + "人民政府"
        return self._first_mention.get(government) or Mention("Agency", m.group("post"), government, m.start("post"),
                                                               m.end("post"), self.view.sentence_at(a), "head-of-government")

    def _continues_other_actor(self, sent) -> bool:
        """Does the sentence before, in the same paragraph, open with an actor that is no agency
        (a region, 企业…)? A sentence that starts with its verb then goes on with that actor."""
        if sent.index == 0:
            return False
        prev = self.view.sentences[sent.index - 1]
        if prev.paragraph != sent.paragraph:
            return False
        a, b = _clause_bounds(self.view, prev.clean_start)
        # 近年来，市市场监管局…; 据了解，“质量月”活动期间，全省各地、有关部门将…: when, and who tells it
        # (围绕这一主题，“质量月”期间，我市将…: how, then when, then who)
        while b < prev.clean_end and (TIME_CLAUSE.fullmatch(self.text, a, b) or _DATE_CLAUSE.fullmatch(self.text, a, b)
                                      or _SOURCE_CLAUSE.fullmatch(self.text, a, b)
                                      or _DURING_CLAUSE.fullmatch(self.text, a, b)
                                      or (MANNER.match(self.text, a) and not self._agencies_between(a, b))):
            a, b = _clause_bounds(self.view, b + 1)
        if [m for m in self._agencies_between(a, b) if self._is_subject(m, a)]:
            return False
        if PRONOUN_SAYS.match(self.text, a) or (self._opens_with_person(a, b) and SAYS_AT_END.search(self.text, a, b)):
            return True  # 他强调，…。大力开展…: his speech goes on
        return self._opens_with_actor(a, b) and not MANNER.match(self.text, a)

    def _programme_named_before(self, sent, pos: int, sentences_back: int, same_paragraph: bool = False) -> Mention | None:
        """The last programme named before `pos` in its sentence or the `sentences_back` before it (what
        该活动, 此次活动 or 宣布活动启动 refers to), found by bisection over the mentions."""
        first = self.view.sentences[max(0, sent.index - sentences_back)].clean_start
        for m in reversed(self.mentions[bisect.bisect_left(self._mention_starts, first) :
                                        bisect.bisect_left(self._mention_starts, pos)]):
            if m.kind == "Programme" and m.clean_end <= pos \
                    and (not same_paragraph or self.view.sentences[m.sentence].paragraph == sent.paragraph):
                return m
        return None

    def _region_sets_up(self, a: int, v_start: int, award: Mention) -> Mention | None:
        """The government of the region that opens the clause and sets up or confers a head-of-government's
        award (淮南市设立市长质量奖, 南宁设市长质量奖), if that is what the clause says."""
        regions = self.view.regions_starting(a, v_start)
        if not regions or not _REGION_SETS_UP.fullmatch(self.text, regions[0].clean_end, v_start + 2) \
                or not _HEAD_AWARD.search(award.canonical) or self.view.regions_starting(regions[0].clean_end, v_start):
            return None
        if self.text[a : regions[0].clean_start].strip(" ，,"):
            return None
        region = self.lex.region_by_name(regions[0].canonical)
        return self._as_mention(("Agency", region.name + "人民政府")) if region is not None else None

    def _cited_before(self, pos: int) -> bool:
        """Does the clause cite what stands at `pos` (根据…, 贯彻落实…, 按照…印发的《X》)?"""
        a, _ = _clause_bounds(self.view, pos)
        before = self.text[a:pos]
        return any(w in before for w in self.lex.cues["according"]) or _CITES.search(before) is not None

    def _note_plans_put_forward(self, sent, ms: list[Mention]) -> None:
        """Record where the sentence puts a plan forward, besides the issue verbs `_issued` reads: a
        title line that is a plan (关于印发Y的通知: Y, the plan it prints, after it), a page that
        prints a plan (《X》主要内容如下), a purpose sentence that says the plan's text follows
        (特制定本行动计划, 现提出如下意见: the one plan of that kind put forward so far; none where the
        text leaves it unnamed)."""
        titles = [p for p in ms if p.kind == "Plan" and p.rule == "title-line"]
        for p in ms:  # (a plan printed by a notice the body cites, 贯彻《关于印发Y的通知》, is no title line's)
            if p.kind == "Plan" and (p.rule == "title-line" or (p.rule == "title-line-inner" and any(
                    t.clean_start < p.clean_start < t.clean_end for t in titles))):
                self._put_forward(p.clean_start, p.canonical)
        printed = _PRINTS_PLAN.search(self.text, sent.clean_start, sent.clean_end)
        plan = printed and next((p for p in ms if p.kind == "Plan" and p.clean_start == printed.start()), None)
        if plan is not None:
            self._put_forward(printed.end(), plan.canonical)
        for p in ms:  # (a plan reported in news states its goals in the paragraph that quotes it)
            if p.kind == "Plan" and _PLAN_STATES_GOALS.match(self.text, p.clean_end) and not self._cited_before(p.clean_start):
                k = self.view.paragraph_at(p.clean_start)
                _, end = self.view.paragraphs[k]
                national = plan_key(p.canonical) in self.lex.national_plans
                while k + 1 < len(self.view.paragraphs) and _GOAL_YEAR_OPENS.match(self.text, self.view.paragraphs[k + 1][0]) \
                        and not (national and OWN_REGION.search(self.text, *self.view.paragraphs[k + 1])):
                    # 《纲要》明确，到2015年…。/ 到2015年，大中型工程…: the paragraphs that go on with its goals, each
                    # opening with the year they are for (not a region's own after the nation's: 到2025年，我省…)
                    k += 1
                    _, end = self.view.paragraphs[k]
                self._plans_stating.append((p.clean_end, end, p.canonical))
        follows = _THIS_PLAN_FOLLOWS.search(self.text, sent.clean_start, sent.clean_end)
        if follows is not None:
            kind = follows.group(1) or follows.group(2)
            put = [name for at, name in self._plans_put_forward if at < follows.start() and name is not None
                   and re.sub(r"\([^()]*\)$", "", name).endswith(kind)]
            self._put_forward(follows.end(), put[-1] if put else None)

    def _put_forward(self, at: int, plan: str | None) -> None:
        bisect.insort(self._plans_put_forward, (at, plan), key=lambda e: e[0])  # (kept in text order)

    def _plan_governing(self, pos: int) -> str | None:
        """The plan whose goals the text states at `pos`: the last one put forward before it, or one
        that its paragraph, after it, quotes as stating goals."""
        k = bisect.bisect_right(self._plans_put_forward, pos, key=lambda e: e[0])
        at, plan = self._plans_put_forward[k - 1] if k else (-1, None)
        # (found in text order, each paragraph's after the last one's: the last before pos is the only candidate)
        j = bisect.bisect_right(self._plans_stating, pos, key=lambda e: e[0])
        if j and pos < self._plans_stating[j - 1][1] and self._plans_stating[j - 1][0] > at:
            return self._plans_stating[j - 1][2]
        return plan

    def _printed_plan_before(self, sent) -> list[Mention]:
        """The issuers of the plan whose text a news page prints from a line before the sentence on
        (《X》主要内容如下：), where the page knows who issued it."""
        if self._printed_from is None:
            marker = _PRINTS_PLAN.search(self.text)
            plan = marker and next((p for p in self.mentions if p.kind == "Plan" and p.clean_start == marker.start()), None)
            self._printed_from = (marker.end(), plan.canonical) if marker and plan else (-1, "")
        start, plan_name = self._printed_from
        if start < 0 or sent.clean_start < start or not self.issuers_of.get(plan_name):
            return []
        return [self._as_mention(i) for i in self.issuers_of[plan_name]]

    def _printed_plan_issuers(self, sent) -> list[Mention]:
        """The issuers of the plan the sentence says it makes (特制定本规划, 制定本方案: the plan the page
        prints, as `_note_plans_put_forward` found it); none where that plan is unnamed or its issuers unknown."""
        own = _MAKES_THIS_PLAN.search(self.text, sent.clean_start, sent.clean_end)
        plan = self._plan_governing(own.end()) if own is not None else None
        return [self._as_mention(i) for i in self.issuers_of.get(plan or "", [])]

    def _plan_opening(self, a: int, b: int, sentence_too: bool = True, slack: int = 2) -> Mention | None:
        """A plan that opens the clause, or else its sentence (《实施方案》围绕…开展…): it is what deploys.
        `slack`: how many characters besides a date may stand before it."""
        sent = self.view.sentences[self.view.sentence_at(a)]
        for start in (a, sent.clean_start) if sentence_too else (a,):
            inside = self.mentions[bisect.bisect_left(self._mention_starts, start) : bisect.bisect_left(self._mention_starts, b)]
            for m in inside:
                if m.clean_start - start > 40:
                    break  # mentions come in text order: what follows opens nothing (a date or two at most)
                before = self.text[start : m.clean_start]
                if m.kind == "Plan" and len(DATE_PREFIX.sub("", before).strip()) <= slack \
                        and not any(w in self.text[max(0, m.clean_start - 3) : m.clean_start] for w in self.lex.cues["according"]):
                    return m
        return None

    def _as_mention(self, agency: tuple[str, str]) -> Mention:
        if agency[1] in self._first_mention:
            return self._first_mention[agency[1]]
        return Mention("Agency", agency[1], agency[1], 0, 0, 0, "issuer")

    def _named_by_title(self, a: int, b: int) -> list[Mention]:
        """以X名义: X acts too (上海市市场监管局以上海市委市政府名义发布…)."""
        m = re.search(r"以(.{2,20})名义", self.text[a:b])
        if not m:
            return []
        return self._agencies_between(a + m.start(1), a + m.end(1))

    def according_agencies(self, sent_start: int, pos: int) -> list[Mention]:
        """按照/根据/依据 X 要求/部署: X shares in what the sentence launches after it."""
        if sent_start not in self._according_cache:  # the sentence's every such agency, read once
            self._according_cache[sent_start] = [
                m for m in self._agencies_starting(sent_start, self.view.sentences[self.view.sentence_at(sent_start)].clean_end)
                if self._according_at(m, sent_start)]
        return [m for m in self._according_cache[sent_start] if m.clean_start < pos]

    def _according_at(self, m: Mention, sent_start: int) -> bool:
        before = self.text[max(sent_start, m.clean_start - 3) : m.clean_start]
        after = self.text[m.clean_end : m.clean_end + 6]
        return any(before.endswith(w) for w in self.lex.cues["according"]) and bool(re.match(r"^(的)?(要求|部署|统一部署|安排)", after))

    # ------------------------------------------------------------ relations
    def _is_local_body(self, body: Mention | tuple[str, str]) -> bool:
        """Is `body` a region's agency (县政府, 中共X省委), not a national one?"""
        if isinstance(body, Mention) and body.region is not None:
            return True
        name = body.canonical if isinstance(body, Mention) else body[1]
        return self.lex.region_forms.match_at(name.removeprefix("中共"), 0) is not None

    def _strategy_above(self, body: Mention | tuple[str, str], programme: str) -> bool:
        """Is `programme` a strategy named for a level above the body's region (质量强市战略 for a district's
        or a county's body, 质量强省战略 for a city's)? A county-level city's 质量强市 is its own."""
        goal = _LEVEL_STRATEGY.search(programme)
        region = body.region if isinstance(body, Mention) else None
        if goal is None or not region:
            return False
        return goal.group(1) in _LEVELS_ABOVE.get(region[-1], "")

    def add(self, subj: Mention | tuple[str, str], rel: str, obj: Mention | tuple[str, str], sentence: int, rule: str) -> None:
        s = (subj.kind, subj.canonical) if isinstance(subj, Mention) else subj
        o = (obj.kind, obj.canonical) if isinstance(obj, Mention) else obj
        if s == o:
            return
        if rel in ("issued", "launched", "participated") and isinstance(subj, Mention) \
                and _ITS_DEPARTMENTS.match(self.text, subj.clean_end):
            return  # 会同国务院有关部门制定《…》: the State Council's departments, unnamed, act; not the State Council
        if rel == "launched" and _NATIONAL_STRATEGY.search(o[1]) and self._is_local_body(subj):
            return  # 巫山县人民政府…深入实施质量强国战略: a county carries out the nation's strategy, the centre runs it
        if rel == "launched" and self._strategy_above(subj, o[1]):
            return  # 宝安区…坚定不移实施“质量强市”战略: a district carries out its city's strategy, the city runs it
        if rel == "issued" and _DRAFT.search(o[1]):
            return  # 《…实施方案(征求意见稿)》: a draft put out for comment is not issued (GUIDE)
        if rel == "issued":
            issuers = self.issuers_of.setdefault(o[1], [])
            if s not in issuers:
                issuers.append(s)
                self._issuers_found += 1
        self.facts.append(Fact(s, rel, o, self.evidence(sentence), rule))

    def run(self) -> None:
        for sent in self.view.sentences:
            ms = self.by_sentence.get(sent.index, [])
            self._issued(sent, ms)
            self._note_plans_put_forward(sent, ms)
            self._launched(sent, ms)
            self._organised_by(sent)
            self._measures(sent, ms)
        self._published_title()
        self._signed_title()
        self._table_measures()
        self._awards_named_for_a_government()
        self._groups_for_a_programme()
        self._works_for_and_located_in()
        # a headline's 2025年…达到92% restates the body's 到2025年 goal: the goal, not an observation
        goals = {(m.indicator, m.value, m.unit, m.year) for m in self.measures if m.kind == "Target"}
        self.measures = [m for m in self.measures
                         if not (m.kind == "Observation" and (m.indicator, m.value, m.unit, m.year) in goals)]
        # a report's values without a year of their own are for the year it covers; a plan's
        # background figures (any document that sets targets) keep none (GUIDE)
        if not any(m.kind == "Target" for m in self.measures):
            year = self._report_year_cached()
            if year is not None:
                self.measures = [replace(m, year=year) if m.kind == "Observation" and m.year is None else m
                                 for m in self.measures]

    def _table_measures(self) -> None:
        """An indicator table kept as text (指标名称 | 2020年 | 2025年 / 制造业产品质量合格率(%) | 93.5 | ≥94):
        each row's values under the years of the header row above it. The latest year of a plan's
        table is its goal; earlier columns (the base year) are observations, as is any column of a
        year not after the document's own."""
        header: list[int | None] | None = None
        plan = next((m.canonical for m in self.mentions if m.kind == "Plan"), None)
        for a, b in self.view.paragraphs:
            line = self.text[a:b].strip()
            if "|" not in line and "\t" not in line:
                header = None
                continue
            cells = [c.strip() for c in _TABLE_CELL.split(line.strip("|").strip())]
            years = [int(y.group(1)) if (y := _YEAR_COLUMN.fullmatch(c)) else None for c in cells]
            if any(years):
                header = years
                continue
            if header is None or len(cells) != len(header):
                continue
            start = a + (len(self.text[a:b]) - len(self.text[a:b].lstrip())) + (1 if line.startswith("|") else 0)
            k = bisect.bisect_left(self._mention_starts, start)  # the indicator in the row's first cell
            ind = next((m for m in self.mentions[k:] if m.clean_start >= start + len(cells[0]) + 2 or m.kind == "Indicator"),
                       None)
            if ind is not None and ind.kind != "Indicator":
                ind = None
            if ind is None:
                continue
            # (the name's cell is the first, or the one after a 序号 column's number)
            unit_in_name = _UNIT_IN_NAME.search(" ".join(c for c, y in zip(cells, header, strict=False) if y is None))
            last = max(y for y in header if y is not None)
            sent = self.view.sentences[ind.sentence]
            for cell, year in zip(cells, header, strict=False):
                value = _TABLE_VALUE.fullmatch(cell) if year is not None else None
                if value is None:
                    continue
                unit = value.group("unit") or (unit_in_name.group(1) if unit_in_name else None)
                unit = {"％": "%"}.get(unit or "", unit)
                pre = value.group("pre") or ""
                comparator = {"≥": ">=", "≤": "<=", ">": ">", "＞": ">", "<": "<", "＜": "<"}.get(pre) \
                    or comparator_of(pre, value.group("post") or "")
                ahead = year > self.doc_year if self.doc_year is not None else (year == last and plan is not None)
                kind = "Target" if ahead else "Observation"
                self.measures.append(Measure(kind, ind.canonical, float(value.group("num")), unit, comparator, year,
                                             self._region_before(sent, ind.clean_start),
                                             (self._plan_governing(ind.clean_start) or plan) if kind == "Target" else None,
                                             self.evidence(sent.index)))

    def _published_title(self) -> None:
        """A page's 发布机构 field names who issues the document whose title heads it
        (发布机构县发改局 / 三门县质量强县建设“十四五”规划), where nothing else names its issuer."""
        publishers = self._publishers()
        own = self._unissued_own_title() if publishers else None
        if own is None:
            return
        for ag in publishers:
            self.add(ag, "issued", own, own.sentence, "publisher-field")

    def _signed_title(self) -> None:
        """A document whose own title heads it (关于下达2021年度市级标准化试点示范项目的通知) is issued by
        the bodies that sign it (青岛市市场监督管理局 / 2021年10月27日), where nothing else names its issuer."""
        own = self._unissued_own_title() if self.signatories else None
        if own is None:
            return
        for ag in self.signatories:
            self.add(ag, "issued", own, ag.sentence, "signed-title")

    def _unissued_own_title(self) -> Mention | None:
        """The plan whose title line heads the document (in its first 20 paragraphs), where no
        rule has named its issuer."""
        head_end = self.view.paragraphs[min(len(self.view.paragraphs), 20) - 1][1] if self.view.paragraphs else 0
        own = next((m for m in self.mentions if m.kind == "Plan" and m.rule == "title-line" and m.clean_start < head_end), None)
        return None if own is None or self.issuers_of.get(own.canonical) else own

    def _awards_named_for_a_government(self) -> None:
        """An award named for a government (余姚市人民政府质量奖, X市市长质量奖) is conferred by that
        government, where the document names it (是市政府对…的最高质量奖励; 经市政府同意); so is a
        bare head's award (县长质量奖) in the news of a county that names its government. A party
        committee does not confer it (武城县委副书记、县长王丽慧为获奖企业颁奖: he presents it as 县长)."""
        sentences_of: dict[tuple[str, str], set[int]] = {}
        for m in self.mentions:
            if m.kind in ("Agency", "Programme"):
                sentences_of.setdefault((m.kind, m.canonical), set()).add(m.sentence)
        launched = {(f.subject[1], f.object[1]) for f in self.facts if f.relation == "launched"}
        conferred: set[str] = set()
        for kind, award in list(sentences_of):
            named = GOVERNMENT_AWARD.match(award) if kind == "Programme" else None
            if named is None:
                continue
            conferred.add(award)
            hit = self.lex.region_forms.match_at(award, 0)
            if hit is not None and len(hit[0]) == named.end("region"):
                region = hit[1].name
            elif len(named.group("region")) <= 1 and (head := HEAD_AWARD.match(award)):
                own = self.view.main_region.get(head.group(1))  # 县长质量奖 in 武城县's news
                if own is None:
                    continue
                region = own.name
            else:
                continue
            government = ("Agency", region + "人民政府")
            if government not in sentences_of:  # (南通市通州区人民政府: a district's government named with its city)
                government = next((k for k in sentences_of if k[0] == "Agency" and k[1].endswith(government[1])
                                   and self.lex.region_forms.match_at(k[1], 0)), government)
            if (government not in sentences_of and government[1] not in self._bodies_of_officials) or (government[1], award) in launched:
                continue  # (the government named, or an official's post names it: 区长李峻)
            launched.add((government[1], award))
            # the evidence: a sentence naming both, else the award's first
            both = sentences_of.get(government, set()) & sentences_of[(kind, award)]
            self.add(government, "launched", (kind, award), min(both or sentences_of[(kind, award)]),
                     "award-named-for-government")
        # (广东省委省政府…开展省政府质量奖评选表彰: the government confers it, the committee beside it does not)
        by_government = {f.object[1]: f.subject[1] for f in self.facts if f.relation == "launched" and f.object[1] in conferred
                         and f.subject[1].endswith("人民政府")}
        # (…区人民政府办公室关于印发《…区长质量奖管理办法》的通知: the office puts out its government's rules; the
        # government confers the award)
        offices = {(award, government + office) for award, government in by_government.items() for office in ("办公室", "办公厅")}
        self.facts = [f for f in self.facts if not (f.relation == "launched" and f.object[1] in conferred and (
            (f.subject[1].startswith("中共") and (f.rule.endswith("article-subject") or f.object[1] in by_government))
            or (f.object[1], f.subject[1]) in offices))]

    def _role_played(self, a: int, b: int) -> list[Mention]:
        """The bodies whose role the actor plays before its verb in [a, b) (该局发挥省质量强省工作领导小组办公室牵头
        统筹作用，会同…组织实施…项目: the bureau acts as the group's office, and the office acts too)."""
        roles = list(_PLAYS_THE_ROLE_OF.finditer(self.text, a, b))  # (the last before the verb)
        return self._agencies_between(roles[-1].start(1), roles[-1].end(1)) if roles else []

    def _groups_for_a_programme(self) -> None:
        """A group set up to run a known programme (巴彦淖尔市“质量月”活动领导小组, …质量提升行动组委会) runs it
        (GUIDE: launched is who organises or runs one); the evidence is the group's first sentence."""
        seen: set[str] = set()
        for m in self.mentions:
            if m.kind != "Agency" or m.canonical in seen:
                continue
            seen.add(m.canonical)
            name = m.canonical.removeprefix(m.region or "")
            group = _GROUP_FOR_A_PROGRAMME.fullmatch(name)
            programme = self.lex.programmes.get(group.group("name")) if group else None
            if programme is not None:
                self.add(m, "launched", ("Programme", programme), m.sentence, "group-for-programme")

    def _issued(self, sent, ms: list[Mention]) -> None:
        text = self.text
        plans = [m for m in ms if m.kind == "Plan"]
        for plan in plans:
            named = self._title_issuers(plan)
            for issuer in named:
                self.add(issuer, "issued", plan, sent.index, "title-names-issuer")
                for printed in plans:  # 《X关于印发Y行动计划的通知》: Y, the plan it prints, is X's too (GUIDE)
                    if printed.rule == "title-line-inner" and plan.clean_start < printed.clean_start < plan.clean_end:
                        self.add(issuer, "issued", printed, sent.index, "title-names-issuer/printed")
            if not named and plan.rule == "book-title" and plan_key(plan.canonical) not in self.lex.national_plans:
                # 国家市场监管总局、公安部…、国家药监局《关于组织开展…的通知》: the bodies the title follows
                for issuer in self._agency_run_before(plan.clean_start):
                    self.add(issuer, "issued", plan, sent.index, "named-before-title")
                    for printed in plans:  # 中共重庆市委、重庆市人民政府《关于印发质量强市建设实施方案的通知》
                        if printed.rule == "title-line-inner" and plan.clean_start < printed.clean_start < plan.clean_end:
                            self.add(issuer, "issued", printed, sent.index, "named-before-title/printed")
            for issuer in self.lex.national_plans.get(plan_key(plan.canonical), ()):
                self.add(("Agency", issuer), "issued", plan, sent.index, "known-national-plan")
            passive = self._passive_agents(plan, PASSIVE_ISSUE)
            for issuer in passive:  # 《X方案》由市政府印发; 由X会同Y制定: Y takes part, as in X会同Y印发
                partner = "会同" in self.text[passive[0].clean_end : issuer.clean_start]
                self.add(issuer, "participated" if partner else "issued", plan, sent.index,
                         "passive-partner" if partner else "passive-agent")
        quoted_titles = [(p.clean_start, p.clean_end) for p in plans if p.rule == "book-title"]
        for vm in self._issue_verb.finditer(text[sent.clean_start : sent.clean_end]):
            v_start, v_end = sent.clean_start + vm.start(), sent.clean_start + vm.end()
            if any(a < v_start < b for a, b in quoted_titles):
                continue  # 《关于印发质量强市建设实施方案的通知》: the title's own verb, its issuers the title's
            relative = text.startswith("的", v_end)
            # the plans this verb governs: right after it, possibly a run of titles
            governed = []
            pos = v_end
            for p in plans:
                if p.clean_start < v_end or p.clean_start < pos:
                    continue  # (a plan cited inside the title just governed is not issued with it)
                gap = text[pos : p.clean_start]
                if "征求" in gap or "关于" in gap:
                    break  # 发布关于征求《X》意见的通告: a draft put out for comment is not issued;
                    # 印发关于贯彻落实《X》的实施意见: X is cited by the title issued, not issued
                if re.search("贯彻|落实", gap) and text.startswith("的", p.clean_end):
                    pos = p.clean_end  # 出台贯彻落实《质量强国建设纲要》的实施意见、《…办法》: the 纲要 is cited by
                    continue  # what was issued (unnamed); the titles after it are issued
                if re.fullmatch(r"(了|的)?[\u4e00-\u9fff]{0,8}?[、和及与]?|[、和及与]?", gap) or THEME_GAP.fullmatch(gap) \
                        or (governed and gap in ("", "、", "和", "及", "与", "以及")):
                    governed.append(p)
                    pos = p.clean_end
                else:
                    break
            to_you = TO_YOU.match(text, v_start)
            if to_you and not governed:  # 现将《X》印发给你们: the plan comes before the verb, the outermost title
                # there (现将《关于贯彻落实〈计量发展规划…〉的实施方案》印发给你们: the 实施方案, not the 规划 it cites)
                before = [p for p in plans if p.clean_end <= v_start]
                governed = [max(before, key=lambda p: (p.clean_end, -p.clean_start))] if before else []
            no_object = not governed and _NO_OBJECT_AFTER.match(text, v_end) is not None
            if no_object:
                # 形成《X方案》报县政府送签，8月28日以县政府办公室名义印发: the verb ends its clause, its
                # object the plan the sentence named before it (not one it follows: 根据《X》…印发)
                before = [p for p in plans if p.clean_end <= v_start][-1:]
                governed = [p for p in before if not self._cited_before(p.clean_start)]
            if not governed:
                continue
            if not self._cited_before(v_start):  # (根据中共中央、国务院印发的《纲要》: a plan cited, not put forward)
                for p in governed:
                    self._put_forward(p.clean_start, p.canonical)
            if relative:
                # 9月5日印发的《…》: only the agencies right before the verb issued it (中共中央、国务院)
                subjects, rule = self._agency_run_before(v_start), "relative-clause"
            elif to_you and self.signatories:
                subjects, rule = self.signatories, "notice-signatory"
            else:
                subjects, rule = self.subjects_at(v_start)
                if no_object and rule not in ("clause-subject", "in-the-name-of"):
                    continue  # 市质监局起草了《X》，经市政府审议通过后印发: who drafted it, named clauses before,
                    # does not send it out
            if to_you and not subjects and not any(self.issuers_of.get(p.canonical) for p in governed):
                # 《X》已经市政府同意，现印发给你们: an unsigned notice's plan, approved by the body that
                # sends it down (咸宁 d12's 经市人民政府…审议通过); a notice whose title names its
                # issuer (…办公厅关于印发X的通知) has already given X that issuer
                subjects, rule = self._approvers(governed[-1].clean_end, v_start), "approved-then-sent"
            partners = self._partners(sent.clean_start, v_start)
            joint = bool(partners) and self._partner_word(sent.clean_start, v_start) == "联合"
            subjects = [s for s in subjects if s.canonical not in {p.canonical for p in partners}]
            for p in governed:
                # a title that counts the rest of its issuers (X等14个部门关于…) names them not all
                named = [] if _COUNTED_ISSUERS.search(p.canonical.split("关于", 1)[0]) else self._title_issuers(p)
                if rule in ("article-subject", "previous-sentence-subject", "sentence-subject") \
                        and plan_key(p.canonical) in self.lex.national_plans:
                    continue  # 国家制定出台《纲要》 in a province's notice: a national plan's issuers are known, the
                    # body the article is about does not become one
                for s in subjects:
                    # a title that names its issuers overrules the verb's subject (转发《国务院关于…》)
                    if not named or ("Agency", s.canonical) in named:
                        self.add(s, "issued", p, sent.index, f"issue-verb/{rule}")
                if rule == "notice-signatory":
                    # 关于印发X方案的通知 / …现印发给你们 / 湖州市人民政府: the notice that prints X is the
                    # signatories' too (GUIDE: both plans, issued by the notice's issuer)
                    for notice in self._notices_printing(p):
                        if self.issuers_of.get(notice.canonical):
                            continue  # (…人民政府关于印发X的通知: its title has named them)
                        for s in subjects:
                            self.add(s, "issued", notice, sent.index, "notice-signatory/notice")
                for s in partners:
                    if joint and (not named or ("Agency", s.canonical) in named):
                        self.add(s, "issued", p, sent.index, "joint-issuer")  # 联合X制定: X issues too
                    else:
                        self.add(s, "participated", p, sent.index, "partner")

    def _notices_printing(self, plan: Mention) -> list[Mention]:
        """The notices of the document that print `plan` (关于印发《X》的通知 for X), one mention each."""
        found: dict[str, Mention] = {}
        for m in self.mentions:
            if m.kind == "Plan" and m.canonical != plan.canonical and "印发" in m.canonical \
                    and m.canonical.endswith("通知") and plan.canonical in m.canonical:
                found.setdefault(m.canonical, m)
        return list(found.values())

    def _approvers(self, a: int, b: int) -> list[Mention]:
        """The bodies of an approval between a plan and the verb that sends it (已经市政府同意；
        已于11月12日经市人民政府…审议通过)."""
        approval = APPROVED_BY.search(self.text, a, b)
        if approval is None:
            return []
        return self._agencies_between(approval.start(), approval.end())

    def _agency_run_before(self, pos: int) -> list[Mention]:
        """The agencies ending right before `pos`, and those joined to them by 、/和/与."""
        run: list[Mention] = []
        at = pos
        while True:
            before = [m for m in self._agencies_ending_near(at, 9) if _RUN_JOIN.fullmatch(self.text, m.clean_end, at)]
            if not before:
                return run
            m = before[-1]
            run.insert(0, m)
            at = m.clean_start

    def _partner_word(self, a: int, verb: int) -> str | None:
        """The partner cue nearest before the verb: 会同 (partners take part) or 联合 (they issue too)."""
        seg = self.text[a:verb]
        found = max(((seg.rfind(w), w) for w in self.lex.cues["partner"]), default=(-1, None))
        return found[1] if found[0] >= 0 else None

    def _partners(self, a: int, verb: int) -> list[Mention]:
        seg = self.text[a:verb]
        k = max(seg.rfind(w) for w in self.lex.cues["partner"])
        if k < 0:
            return []
        return self._agencies_between(a + k, verb)

    def _title_issuers(self, plan: Mention) -> list[tuple[str, str]]:
        """《国务院关于…的意见》 names its issuers before 关于 (read once per title)."""
        return self._issuers_named_in(plan.canonical)

    def _issuers_named_in(self, title: str) -> list[tuple[str, str]]:
        forwarded = re.match(r"(.{2,40}?)转发(?=.{2,40}?关于)", title)
        if forwarded and "关于" not in forwarded.group(1) and title.endswith("通知"):
            # 济南市人民政府办公厅转发市质监局关于…的意见的通知: the notice is the forwarder's
            title = forwarded.group(1) + "关于" + title[forwarded.end() :]
        if "关于" not in title:
            # 山东省人民政府贯彻国务院〈质量发展纲要〉…的意见: the body before 贯彻/落实 is as 关于's
            lead = re.match(r"(.{2,40}?)(?=贯彻|落实)", title)
            if lead is None:
                return []
            title = lead.group(1) + "关于" + title[lead.end() :]
        if title not in self._title_issuer_cache:
            self._title_issuer_cache[title] = self._read_title_issuers(title)
        return self._title_issuer_cache[title]

    def _institution_named(self, form: str) -> Mention | None:
        """The group or institution the document names with `form` (its surface or full name), if any:
        an index built on the first question, not a scan of the mentions per title."""
        if self._institutions_by_form is None:
            self._institutions_by_form = {}
            for m in self.mentions:
                if m.kind == "Agency" and m.rule == "institution":
                    self._institutions_by_form.setdefault(m.surface, m)
                    self._institutions_by_form.setdefault(m.canonical, m)
        return self._institutions_by_form.get(form)

    def _names_a_body(self, piece: str) -> bool:
        if not piece or piece in self.lex.national.entries:
            return bool(piece)
        sub = self._piece_view(piece)
        m = _agency_at(sub, 0)
        return m is not None and m.clean_end == len(piece)

    def _read_title_issuers(self, title: str) -> list[tuple[str, str]]:
        head = re.sub(r"(印发|转发)$", "", title.split("关于", 1)[0])  # 中共X省委X省人民政府印发〈关于…〉的通知
        # 自治区市场监管局等18个厅局关于…: the lead body named, the rest counted
        head = _COUNTED_ISSUERS.sub("", head)
        whole = self._institution_named(head.strip())
        if whole is not None:
            # 日照市质量强市工作领导小组办公室关于印发…的通知: a group's office, which the piecewise
            # reading below (departments and governments) does not know, found whole in the text
            return [("Agency", whole.canonical)]
        out = []
        region_form = ""  # 自治区党委 人民政府: the second body is the first one's region's
        parts = []
        for piece in re.split(r"[\s、，,]+", head):
            # 和 joins two bodies (省委和省政府) or stands inside one's name (发展和改革局): split on it
            # only where the whole piece is no body's name
            parts.extend([piece] if self._names_a_body(piece) else piece.split("和"))
        for part in parts:
            if not part:
                continue
            national = self.lex.national.entries.get(part)
            if national is None and any(name in self.lex.national_names for _, name in out):
                national = self.lex.bare_national(part)  # 海关总署 药监局: a national row's bare bureau
            if national:
                out.append(("Agency", national))
                continue
            for candidate in (part, region_form + part) if region_form else (part,):
                bodies = self._bodies_filling(candidate)  # (中共杭州市委杭州市人民政府: two, unspaced)
                if bodies:
                    out.extend(("Agency", m.canonical) for m in bodies)
                    hit = self.lex.region_forms.match_at(bodies[-1].canonical.removeprefix("中共"), 0)
                    region_form = hit[1].name if hit else region_form
                    break
        return out

    def _piece_view(self, piece: str) -> TextView:
        """A view of a piece of a title that reads names as the document does: its regions, its own
        regions by level, and the cities it writes its districts with (奉化区人民政府 as 宁波市奉化区…)."""
        sub = TextView.of(piece, self.view.sentences[:1])
        sub.regions, sub.main_region = self.view.regions, self.view.main_region
        sub.district_city = _district_cities(self.view)
        return sub

    def _bodies_filling(self, piece: str) -> list[Mention]:
        """The agencies that, one after another, make up the whole of `piece`, or none."""
        sub = self._piece_view(piece)
        found, pos = [], 0
        while pos < len(piece):
            m = _agency_at(sub, pos, found[-1].clean_end if found else -1)
            if m is None:
                return []
            found.append(m)
            pos = m.clean_end
        return found

    def _passive_agents(self, obj: Mention, verbs: re.Pattern[str]) -> list[Mention]:
        """The agencies of a passive right after `obj` (…行动由X局牵头组织实施; 《…》由X、Y联合印发):
        nothing but agencies and words of leading or joining stands between 由 and the verb."""
        by = PASSIVE_BY.match(self.text, obj.clean_end)
        if by is None:
            return []
        _, b = _clause_bounds(self.view, by.end())
        verb = verbs.search(self.text, by.end(), min(b, by.end() + 60))
        if verb is None:
            return []
        agents = self._agencies_between(by.end(), verb.start())
        rest = self.text[by.end() : verb.start()]
        for ag in agents:
            rest = rest.replace(ag.surface, "", 1)
        return agents if agents and PASSIVE_FILLER.fullmatch(rest) else []

    def _founders(self, prog: Mention) -> list[Mention]:
        """The agencies that a copula after the programme names as its founders or runners
        (X奖是市政府设立的…, X奖是我区人民政府在质量管理方面设立的最高荣誉, X活动是由Y主办的)."""
        cop = FOUNDED_BY.match(self.text, prog.clean_end)
        if cop is None:
            return []
        agents = self._agencies_starting(cop.end(), cop.end() + 1)[:1]
        if not agents:
            return []
        k = agents[0].clean_end
        while self.text[k : k + 1] in ("、", "和", "及", "与") and (nxt := self._agencies_starting(k + 1, k + 2)):
            agents.append(nxt[0])  # 是市委、市政府设立的
            k = nxt[0].clean_end
        return agents if FOUNDED_VERB.match(self.text, k) else []

    def _quoted_together(self, verb_at: int, prog_end: int) -> bool:
        """Do a verb and the programme it governs stand inside one pair of quotes (“全面开展…行动”)?"""
        text = self.text
        open_at = text.rfind("“", max(0, verb_at - 20), verb_at + 1)
        if open_at < 0 or "”" in text[open_at:verb_at]:
            return False
        return text.startswith("”", prog_end) or text.startswith("”", prog_end + 2) and text[prog_end : prog_end + 2] == "活动"

    def _in_theme(self, m: Mention) -> bool:
        """Does the mention stand inside a quoted theme (以“…”为主题, 主题是“…”, 围绕“…”这一主题) or a
        course's quoted topic (“…政府质量奖申报”专题培训)?"""
        text = self.text
        open_at = text.rfind("“", max(0, m.clean_start - 40), m.clean_start + 1)
        if open_at < 0 or "”" in text[open_at : m.clean_start]:
            return False
        close_at = text.find("”", m.clean_end - 1, m.clean_end + 40)
        if close_at < 0:
            return False
        before, after = text[max(0, open_at - 6) : open_at], text[close_at + 1 : close_at + 6]
        return bool(THEME_BEFORE.search(before) or THEME_AFTER.match(after))

    def _launched(self, sent, ms: list[Mention]) -> None:
        text = self.text
        if _QUESTION.search(sent.text):
            return  # 如何深入推进落实质量强国建设和标准化战略？: a question asks, no body acts
        # 该奖项由X评审委员会组织评审: the programme named just before is what 该奖项 refers to
        for ref in ANAPHOR_BY.finditer(text, sent.clean_start, sent.clean_end):
            prog = self._programme_named_before(sent, ref.start(), sentences_back=1)
            if prog is not None:
                for ag in self._passive_agents(replace(prog, clean_end=ref.end()), PASSIVE_LAUNCH):
                    self.add(ag, "launched", prog, sent.index, "passive-agent/anaphor")
        # 中国品牌日…，这是一个经国务院批复同意由国家发展改革委每年组织实施的活动: what was just named, run by X
        for ref in _THIS_IS_RUN_BY.finditer(text, sent.clean_start, sent.clean_end):
            prog = self._programme_named_before(sent, ref.start(), sentences_back=1)
            if prog is not None:
                for ag in self._organisers_in(ref.start("by"), ref.end("by")):
                    self.add(ag, "launched", prog, sent.index, "this-is-run-by")
        # 副市长王伟出席并宣布活动启动: the activity the sentences before named, started by who announces it
        for ref in _ANNOUNCES_IT_STARTS.finditer(text, sent.clean_start, sent.clean_end):
            prog = self._programme_named_before(sent, ref.start(), sentences_back=2, same_paragraph=True)
            if prog is not None:
                subjects, rule = self.subjects_at(ref.start())
                for ag in subjects:
                    self.add(ag, "launched", prog, sent.index, f"announced-start/{rule}")
        for prog in (m for m in ms if m.kind == "Programme"):
            if text.startswith(NAMES_A_BODY_AFTER, prog.clean_end):
                continue  # 主办的企业标准“领跑者”联盟成立大会: the programme names an alliance, which is held
            about = _DIRECTIVE_ON.search(text, max(0, prog.clean_start - 20), prog.clean_start)
            if about and _DIRECTIVE_AFTER.match(text, prog.clean_end):
                # 根据省委、省政府关于开展地级以上市政府质量工作考核的部署: who deploys it runs it
                bodies = self._agency_run_before(about.start())
                if bodies and not text.endswith(CITING, 0, bodies[0].clean_start):
                    # (贯彻落实党中央、国务院关于开展质量提升行动的决策部署: a superior's directive cited, GUIDE's
                    # no act of theirs in this text)
                    for ag in bodies:
                        self.add(ag, "launched", prog, sent.index, "directive-deploys")
            passive = self._passive_agents(prog, PASSIVE_LAUNCH)  # “X”专项行动由市场监管局牵头组织实施
            for ag in passive:
                self.add(ag, "launched", prog, sent.index, "passive-agent")
            if passive:
                continue
            founders = self._founders(prog)  # 市质量奖是市政府设立的最高质量荣誉奖
            for ag in founders:
                self.add(ag, "launched", prog, sent.index, "copula-founder")
            if founders:
                continue
            title = self.view.in_title(prog.clean_start)
            if title:  # 《X关于开展质量强市活动的意见》: the title's issuers launch what it deploys
                plan = next((p for p in ms if p.kind == "Plan" and p.clean_start == title[0]), None)
                # (a result notice, 《X关于颁发首届县长质量奖的决定》, is no plan, but X confers the award)
                heading = plan.canonical if plan else text[title[0] + 1 : title[1] - 1]
                issuers = self._issuers_named_in(heading)
                if not issuers and plan is not None:  # 湖南省委、省政府印发《关于开展质量提升行动的实施意见》
                    issuers = [self._as_mention(i) for i in self.issuers_of.get(plan.canonical, [])]
                for issuer in issuers:
                    self.add(issuer, "launched", prog, sent.index, "title-deploys")
                continue
            organiser = BY_ORGANISER.search(text, self.view.sentences[prog.sentence].clean_start, prog.clean_start)
            if organiser:  # 由X主办，Y协办的红河州质量月活动启动仪式: X runs it
                for ag in self._organisers_in(organiser.start(1), organiser.end(1)):
                    self.add(ag, "launched", prog, sent.index, "by-agency")
                continue
            if text.startswith(WINNERS_AFTER, prog.clean_end) or text.startswith(WINNERS_AFTER, prog.clean_end + 1):
                continue  # 推广“X质量奖”获奖企业的经验: what is launched is the promotion, not the award
            if self._in_theme(prog):
                continue  # 以“深入实施质量提升行动…”为主题: a slogan names what it urges, nobody launches it
            a, b = _clause_bounds(self.view, prog.clean_start)
            # the last launch verb of the clause before the programme (an award is launched by
            # who confers it: 授予, 颁发); the clause's verbs are found once for all its programmes
            award = prog.rule == "award" or prog.canonical.endswith("奖")  # 中国质量奖 from the lexicon is one too
            verbs = self._clause_verbs(AWARD_VERB if award else self._launch_verb, a, b)
            k = bisect.bisect_right(verbs[0], prog.clean_start) - 1
            found = verbs[1][k] if k >= 0 else None
            organisers = [ag for ag in self._agencies_ending_near(prog.clean_start, 12)
                          if re.fullmatch(r"(第[一二三四五六七八九十百\d]+届)?",
                                                                           text[ag.clean_end : prog.clean_start])]
            if len(organisers) == 1:  # 省委、省政府质量强省战略: every body listed before it
                organisers = self._agency_run_before(organisers[0].clean_end) or organisers
            for ag in organisers:
                if award and found is not None and found.group() in ("授予", "表彰") and found.end() <= ag.clean_start:
                    continue  # 授予A公司、B服务中心第九届甘肃质量奖: the last of the winners, not who confers it
                self.add(ag, "launched", prog, sent.index, "organiser-named-before")
            if found is None and prog.rule == "quoted-list":
                # a listed activity takes the verb that opens its sentence's list (组织开展…，“A”、“B”等活动)
                sent_start = self.view.sentences[prog.sentence].clean_start
                a = sent_start
                for vm in self._launch_verb.finditer(text, sent_start, prog.clean_start):
                    found = vm
                if found is not None:
                    v_start, v_end = found.start(), found.end()
            elif found is not None:
                v_start, v_end = found.start(), found.end()
            if (found is None or found.end() <= a) and text.endswith("把", 0, prog.clean_start) \
                    and _PUSHED_FORWARD.match(text, prog.clean_end):
                # 把质量强省战略推向深入 (dev d13): the verb stands after the programme
                found = _BA.match(text, prog.clean_start - 1)
                v_start, v_end = found.start(), found.end()
            if (found is None or found.end() <= a) and (to := _TO_BEFORE.search(text, a, prog.clean_start)) \
                    and _DEPLOYED_AFTER.match(text, prog.clean_end):
                # 局长李波对今年全市“质量月”活动进行了部署: the verb stands after the programme, its actor before 对
                found = to
                v_start, v_end = found.start(), found.end()
            if (found is None or found.end() <= a) and (
                    (_CEREMONY_AFTER.match(text, prog.clean_end) and (held := _HELD.search(text, a, prog.clean_start)))
                    or (_CURTAIN_AFTER.match(text, prog.clean_end) and (held := _RAISED.search(text, a, prog.clean_start)))
                    or (_FLAGGED_OFF_AFTER.match(text, prog.clean_end) and (held := _FOR.search(text, a, prog.clean_start)))):
                # 漯河市人民政府隆重举行…“质量月”活动启动仪式; …举行仪式，正式拉开了“质量月”活动序幕: who holds its
                # opening ceremony, or raises its curtain, starts it
                found = held
                v_start, v_end = found.start(), found.end()
            between_names_it = False
            if found is None or found.end() <= a:
                # 局长王某宣布2022年“质量月”活动正式启动: the verb after the programme, its actor who announces it
                k_announce = text.rfind("宣布", a, prog.clean_start)
                announced = _ANNOUNCES.match(text, k_announce) if k_announce >= 0 else None
                if announced is not None and _STARTS_NOW.match(text, prog.clean_end):
                    found, v_start, v_end = announced, announced.start(), announced.end()
                    between_names_it = True  # (宣布2022年淮北市“质量月”活动: the region is the month's, no actor)
            if found is None:
                continue
            if _SCOPE_OF_RULES.search(text, prog.clean_end, sent.clean_end):
                continue  # 第三条 在本省…开展“天府名品”标准体系建设…等活动，适用本办法: the rules' scope, no act
            if COPULA.match(text, prog.clean_end) and v_start - a <= 6 and not self._agencies_between(a, v_start):
                continue  # 建立和实施“首席质量官”制度是…的重要举措: what the act would be, not one done
            if found.group() == "落实" and SPIRIT_OF.match(text, prog.clean_end):
                continue
            if MEASURE_OF.match(text, prog.clean_end) and (AS_A_MEASURE_OF.search(text, a, v_start)
                                                           or IS_A_MEASURE_OF.search(text, sent.clean_start, v_start)):
                continue  # 将其作为…贯彻落实“放管服”改革的重要举措; 活动是…，开展…行动的重要举措之一:
                # what the act serves, not an act
            if found.group() == "落实" and PURPOSE.match(text, a):
                continue  # 为落实质量强国战略，我市开展…: the purpose names a superior's programme
            if self._quoted_together(v_start, prog.clean_end):
                continue  # 政府工作报告中的“广泛开展质量提升行动”: words quoted, not an act of the article's
            if CITED_DIRECTIVE.match(text, prog.clean_end) and "关于" in text[max(a, prog.clean_start - 30) : prog.clean_start]:
                continue  # 贯彻落实党中央…关于…开展质量提升行动的决策部署: a superior's directive cited
            if _ASPECTS_AFTER.match(text, prog.clean_end) and ("就" in text[a:v_start] or (
                    "从" in text[a:v_start] and self._opens_with_person(sent.clean_start, v_start))):
                continue  # 副区长从深化…、开展质量提升行动和…三方面进行了部署: the topics of what he said (a plan
                # that sets out measures 从…等9个方面 deploys them)
            if TOPIC_BEFORE.search(text, max(a, v_start - 3), v_start) \
                    or (text.endswith("为", 0, v_start) and CONTRIBUTES.match(text, prog.clean_end)):
                continue  # 县长就实施X提出意见; 为推进X作出贡献: X is the topic or the aim, not the act
            by = re.search(r"由(.{2,30}?)(组织|开展|主办|举办|发起)(?:[，,、][^，,。]{2,24}?(?:协办|承办))?的",
                           text[a : prog.clean_start])  # 由X主办，Y协办的…活动: X runs it
            if by:
                for ag in self._organisers_in(a + by.start(1), a + by.end(1)):
                    self.add(ag, "launched", prog, sent.index, "by-agency")
                continue
            if text.startswith("的", v_end):
                before = self._agencies_ending_near(v_start, 1)
                partner = self._partner_word(a, v_start)
                at = a + text[a:v_start].rfind(partner) if partner is not None else -1
                if not before and partner is not None and _COUNTED_PARTNERS.search(text, at, v_start):
                    # 内江市市场监管局会同发改、经信、农业等10多个部门组织开展的“质量月”活动: the lead body before
                    # its counted partners runs it (not 联合表彰四省一市开展的…: another verb, other actors)
                    before = self._agencies_ending_near(at, 1)
                if found.group() in ("承办", "协办"):
                    # 荆门市人民政府主办、市场监管局承办的…活动: who hosts it for the organiser does not run it
                    lead = _ORGANISER_BEFORE_HOST.search(text, a, v_start)
                    before = self._agencies_ending_near(lead.end(1), 1) if lead else []
                for ag in before:
                    self.add(ag, "launched", prog, sent.index, "relative-clause")
                continue
            # something between the verb and the programme that is itself acted on
            # (引导企业建立…) means the actor is not ours
            between = text[v_end : prog.clean_start]
            if not award and not between_names_it and self._has_other_actor(v_end, prog.clean_start) \
                    and not re.search("[、等]", between):
                continue  # (授予A公司…质量奖: the recipients stand between the verb and the award)
            if award and _APPLIES_FOR.search(text, v_end, prog.clean_start):
                continue  # 组织全县申报2010年度县长质量奖的企业开展培训: the applications are organised, not the award
            if award:
                # 决定对A公司、B公司…授予…奖: the recipients stand between 对 and the verb; the
                # subject is asked where they begin
                recipients = RECIPIENTS.match(text, a, v_start)
                if recipients:
                    v_start = recipients.start("to")
                # 经X评选: the body that selects the winners runs the award with its giver
                for ag in self._selectors(sent.clean_start, prog.clean_start):
                    self.add(ag, "launched", prog, sent.index, "award-selected-by")
            subjects, rule = self.subjects_at(v_start)
            if not subjects and award:
                government = self._region_sets_up(a, v_start, prog)
                if government is not None:  # 淮南市设立市长质量奖: the city's government confers it
                    subjects, rule = [government], "region-sets-award"
            for s in subjects:
                self.add(s, "launched", prog, sent.index, f"launch-verb/{rule}")
            if subjects:
                for office in self._role_played(sent.clean_start, v_start):
                    self.add(office, "launched", prog, sent.index, "role-played")
            if subjects and rule == "sentence-subject" and self._partner_word(a, v_start) is None:
                # 国家发展改革委将继续联合中宣部、…和上海市人民政府，在上海举办…活动: the partners of the clause
                # that gave the subject run it with the subject
                a = _clause_bounds(self.view, subjects[0].clean_start)[0]
            if subjects and self._partner_word(a, v_start) == "联合":
                # 省市场监管局联合省发展改革委、省科技厅等17个部门开展了…活动: they run it together (as
                # 联合印发 makes every body an issuer, GUIDE); 会同 partners only take part
                for s in self._partners(a, v_start):
                    if s.canonical not in {x.canonical for x in subjects}:
                        self.add(s, "launched", prog, sent.index, "joint-launcher")
            for s in self.according_agencies(sent.clean_start, prog.clean_start):
                self.add(s, "launched", prog, sent.index, "according-to")

    def _selectors(self, a: int, b: int) -> list[Mention]:
        """Agencies named as those who select in [a, b): 经X评选/评审, and each body the list
        after 经 goes on with (经A评审、B审定、C核报国务院批准: A, B and C, not the approver)."""
        out: list[Mention] = []
        listing = False
        for ag in self._agencies_starting(a, b):
            before = self.text[ag.clean_start - 1 : ag.clean_start]
            selects = self.text.startswith(("评选", "评审", "审定", "核报", "初审", "推荐"), ag.clean_end)
            listing = selects and (before == "经" or (listing and before in "、，,"))
            if listing:
                out.append(ag)
        return out

    def _clause_verbs(self, pattern: re.Pattern[str], a: int, b: int) -> tuple[list[int], list[re.Match[str]]]:
        """The matches of `pattern` in the clause [a, b), and their end offsets (for bisection)."""
        key = (id(pattern), a, b)
        if key not in self._verb_cache:
            # (…授权中国名牌战略推进委员会进行了…评价工作: the 推进 of a body's name is no verb)
            found = [m for m in pattern.finditer(self.text, a, b)
                     if not any(ag.clean_end > m.start() for ag in self._agencies_starting(m.start() - MAX_NAME, m.start()))]
            self._verb_cache[key] = ([m.end() for m in found], found)
        return self._verb_cache[key]

    def _organised_by(self, sent) -> None:
        """本次活动由X、Y等25部门联合主办: X and Y launched the programmes just named."""
        m = ORGANISED_BY.search(self.text, sent.clean_start, sent.clean_end) \
            or ORGANISED_BY_OPENING.match(self.text, sent.clean_start, sent.clean_end)  # 活动由X主办，…
        if not m:
            return
        organisers = self._agencies_between(m.start("by"), m.end("by"))
        if not organisers:
            return
        joined = _JOINED_AFTER.match(self.text, m.end(), sent.clean_end)
        if joined:  # 由X牵头，联合Y、Z等16家单位共同举办: all of them hold it, as 由X联合Y共同举办 says
            organisers += [ag for ag in self._agencies_between(joined.start("with"), joined.end("with"))
                           if ag.canonical not in {o.canonical for o in organisers}]
        for back in range(sent.index - 1, max(-1, sent.index - 4), -1):
            programmes = [x for x in self.by_sentence.get(back, []) if x.kind == "Programme"]
            # (为贯彻落实…关于深入实施质量提升行动…的决策部署，…“质量月”活动启动仪式…举行。本次活动由X主办:
            # the event is the month's, not the superiors' programme its purpose names)
            programmes = [x for x in programmes if not self._in_directive(x)] or []
            if m.group(1) in ("会议", "仪式", "大会"):  # 会议由X主办: the meeting's programme is the one it launched
                programmes = [x for x in programmes if _EVENT_OF.match(self.text, x.clean_end)]
            if programmes:
                for prog in programmes:
                    for ag in organisers:
                        self.add(ag, "launched", prog, sent.index, "organised-by")
                return

    def _in_directive(self, prog: Mention) -> bool:
        """Is the programme named inside a purpose that cites a superior's directive (为贯彻落实党中央、
        国务院关于深入实施质量提升行动…的决策部署)?"""
        a, _ = _clause_bounds(self.view, prog.clean_start)
        sent_start = self.view.sentences[prog.sentence].clean_start
        return "关于" in self.text[max(sent_start, prog.clean_start - 30) : prog.clean_start] \
            and bool(_PURPOSE_LEAD.match(self.text, a) or _PURPOSE_LEAD.match(self.text, sent_start))

    def _works_for_and_located_in(self) -> None:
        previous: Mention | None = None  # the person named last, for a bare post that shares its body
        previous_body: tuple[str, str] | None = None  # the body that person works for, as found
        for m in self.mentions:
            if m.kind == "Person":
                own = (m.attr("org_kind") or "Agency", m.attr("org") or "") if m.attr("org") else None
                shared = self._body_shared_with(previous, previous_body, m) if own is None else None
                if shared is not None:
                    self.add(m, "worksFor", shared, m.sentence, "post-after-official")
                elif previous is not None and previous.attr("org") and previous.sentence == m.sentence \
                        and SHARED_POST.match(self.text, previous.clean_end, m.clean_start):
                    # 国家质检总局局长支树平、副局长兼国家认监委主任孙大伟: 副局长 is the 总局's, as 支树平's post is
                    shared = (previous.attr("org_kind") or "Agency", previous.attr("org") or "")
                    self.add(m, "worksFor", shared, m.sentence, "post-shared")
                if own is None and shared is None and m.rule in ("name+post", "post+name"):
                    body = self._body_of_bare_post(m)
                    if body is not None:  # 徐州质监局召开…会议。陈洪华副局长出席会议: the bureau that held it
                        shared = ("Agency", body.canonical)
                        self.add(m, "worksFor", shared, m.sentence, "post-of-previous-subject")
                if own is not None:
                    self.add(m, "worksFor", own, m.sentence, m.rule)
                    for other in filter(None, (m.attr("also") or "").split("|")):  # a chain of posts
                        kind, _, name = other.partition(":")
                        self.add(m, "worksFor", (kind, name), m.sentence, "post-chain")
                previous, previous_body = m, own or shared
            if m.kind == "Agency" and m.region:
                self.add(m, "locatedIn", ("Region", m.region), m.sentence, "agency-name-region")

    def _body_shared_with(self, previous: Mention | None, body: tuple[str, str] | None,
                          m: Mention) -> tuple[str, str] | None:
        """The body of the official named just before, for a person named without one in the same
        sentence: a name listed after his (副局长李明、王芳), or a bare post after a comma
        (南通市市场监管局局长张建华，副局长李明…; 质检总局局长支树平，副局长梅克保、陈钢，党组成员田世宏…)."""
        if previous is None or body is None or previous.sentence != m.sentence:
            return None
        if m.rule == "name-after-official":
            return body
        role = m.attr("role") or ""
        between = self.text[previous.clean_end : m.clean_start]
        if m.rule == "post+name" and role and between in ("，" + role, "," + role):
            return body
        # 天津市副市长王治平、副秘书长王志铭: in a list of officials, a bare post of the kind the body
        # before has (秘书长 of a government, 副局长 of a 局); 市长王某、副书记李某 serve two bodies
        ends = next((e for post, e in _POST_BODY_ENDS if role.endswith(post)), None)
        if m.rule == "post+name" and role and between == "、" + role and ends and body[1].endswith(ends):
            return body
        # 我局杨卫军副局长、鲁晓龙副局长: the same list written name first
        before_role = previous.attr("role") or ""
        if m.rule == "name+post" and previous.rule == "name+post" and before_role and between == before_role + "、" \
                and ends and body[1].endswith(ends):
            return body
        return None

    # ------------------------------------------------------------ targets and observations
    def _value_after(self, ind_name: str, at: int, clause_end: int) -> _Value | None:
        """The value stated right after an indicator (达到98%以上; 指数达到88; 逐年达到89%、90%)."""
        text = self.text
        span = _SPAN_BEFORE_VALUE.match(text, at, clause_end)
        if span:  # 合格率连续6年达到93%以上: how long it has held, then the value
            at = span.end()
        base = _BASE_BEFORE_VALUE.match(text, at, clause_end)
        if base:
            at = base.end()
        after = text[at : min(clause_end, at + 24)]
        # 不合格率由1.28%降低到0.7%: the level it reached (past the clause's comma: 由2006年的91.58%，提高到2012年的95.46%)
        moved = FROM_TO.match(re.split(r"[。；;！？]", text[at : at + 40], maxsplit=1)[0])
        if moved:
            return _Value((float(moved.group("num")),), {"％": "%"}.get(moved.group("unit"), moved.group("unit")),
                          "=", at + moved.end(), int(moved.group("year")) if moved.group("year") else None)
        dated = _DATED_VALUE.match(text, at)  # 制造业产品质量合格率：2025年达到94%: an indicator table's row
        if dated:
            inner = self._value_after(ind_name, dated.end(), _clause_bounds(self.view, dated.end())[1])
            return replace(inner, year=int(dated.group(1))) if inner is not None and inner.year is None else inner
        v = VALUE.match(after)
        if not v or re.search(r"排名|第|位|名次|依次", v.group("pre")):
            return None  # (占比较高的依次是广东省(21.6%): a ranking's figures are each region's, not the name's)
        raw_unit = v.group("unit")
        if not raw_unit and not ind_name.endswith(SCORE_HEADS) and not (
                ind_name.endswith(PER_UNIT_RATES) and "." in v.group("num")
                and (at + v.end() >= clause_end or text[at + v.end()] in "，,。；;、)）")):
            # a bare number after a rate is not its value (合格率…5批次), unless the rate is one per so
            # many units (万台设备死亡率为0.39，…控制在0.06以下；): a fraction that needs no unit
            return None
        values = [float(v.group("num"))]
        end = at + v.end()
        last_unit = None
        while more := SERIES_ITEM.match(text, end, clause_end):
            values.append(float(more.group(1)))
            end = more.end()
            last_unit = more.group("unit")
        if raw_unit is None and last_unit:
            raw_unit = last_unit  # 满意度分别达到79和77.8分: the series' last unit is every value's
        unit = {"%": "%", "％": "%", None: None}.get(raw_unit, raw_unit)
        post = v.group("post") or ""
        if len(values) > 1 and not post and (last := re.match(r"以上|以下|以内|左右", text[end : end + 2])):
            post, end = last.group(), end + 2  # 分别提高到98.0%、97.5%以上: the series' last word bounds each value
        if _BOUNDS_A_COUNT.match(text, end):
            return None  # 指数在80以上的地区数量达到20个, 合格率在95%以上的企业: a threshold that counts things
        return _Value(tuple(values), unit, comparator_of(v.group("pre"), post), end)

    def _values_in_order(self, sent, inds: list[Mention]) -> None:
        """处在较高水平…的地区依次为：上海86.78，同比提高2.44；江苏84.87，…: the regions ranked after an
        indicator the sentence names, each with its own value (an observation of that region)."""
        lead = _IN_ORDER.search(self.text, sent.clean_start, sent.clean_end)
        named = [m for m in inds if m.clean_end <= lead.start()] if lead else []
        if not named:
            return
        scope = self.scopes[sent.index] if self.scopes else Scope()
        for r in self.view.regions_starting(lead.end(), sent.clean_end):
            value = _RANKED_VALUE.match(self.text, r.clean_end) if self.text[r.clean_start - 1] in "：:，,；;、" else None
            if value is not None and r.rule != "country":
                v = float(value.group("num"))
                self._emit_one(sent, None, named[-1].canonical, r.clean_start, v, _Value((v,), value.group("unit"), "=", value.end()),
                               r.canonical, False, scope, None)

    def _measures(self, sent, ms: list[Mention]) -> None:
        text = self.text
        inds = sorted((m for m in ms if m.kind == "Indicator"), key=lambda m: m.clean_start)
        counts = COUNT_VALUE.search(sent.text) is not None
        if not inds:
            self._values_of_those_named(sent, ms)
        else:
            self._values_in_order(sent, inds)
        if not inds and not counts:
            return
        scope = self.scopes[sent.index] if self.scopes else Scope()
        future = bool(FUTURE.search(sent.text)) or scope.goal
        stated: list[tuple[str, int, _Value]] = []  # (indicator, its start, its value)
        shared: _Value | None = None
        for k in range(len(inds) - 1, -1, -1):
            ind = inds[k]
            if COMPARED_WITH.search(text, max(0, ind.clean_start - 8), ind.clean_start):
                continue  # 比全国总体满意度79.09分高3.69分: the base compared with, and the gap, are not ours
            _, clause_end = _clause_bounds(self.view, ind.clean_end)
            value = self._value_after(ind.canonical, ind.clean_end, clause_end)
            ind_name = (self._counted_subject(sent, ind) or self._field_of_the_check(sent, ind)) + ind.canonical
            if ind.canonical in _BARE_SATISFACTION and text[ind.clean_start - 1 : ind.clean_start] in "，," \
                    and (sector := _SECTOR_THEN_RATE.match(text, _clause_bounds(self.view, ind.clean_start - 2)[0], ind.clean_start)):
                # 生产性服务业质量全面提升，顾客满意度达到85以上: the satisfaction of the sector the sentence
                # opens with (GUIDE: a metric attached to an earlier subject takes that subject)
                ind_name = sector.group(1) + ind.canonical
                self.split_indicators.add(ind.canonical)  # (the bare word names no indicator of its own)
            density = _DENSITY_BEFORE.search(text, max(sent.clean_start, ind.clean_start - 28), ind.clean_start) \
                if ind_name == "合格率" else None
            # 食品相关产品、计量产品和条码印刷品的合格率分别为…: each field's own rate (split below)
            fields_own_it = ind_name == "合格率" and value is not None and len(value.values) > 1 \
                and bool(self._items_listed_before(sent, ind.clean_start, ind_name, len(value.values)))
            if density:  # 农产品质量安全监测1.5批次/千人，合格率98%: the rate of the checks just counted per head
                ind_name = _SCOPE_OPENING.sub("", density.group("check")) + "合格率"
            elif ind_name == "合格率" and not fields_own_it:
                # a bare rate after the count of what passed (共抽查828批次产品，其中合格722批次，合格率为87.2%):
                # the rate of the check the sentence reports; none where the sentence turns to a part of it
                # (其中，抽查食品企业…，合格198个批次，合格率为93.4%) or the rate follows no such count
                check = _CHECK_DONE.search(text, sent.clean_start, ind.clean_start)
                if check is None or not _PASSED_COUNT.search(text, sent.clean_start, ind.clean_start) \
                        or _PART_OF_IT.search(text, sent.clean_start, ind.clean_start):
                    continue
                ind_name = check.group() + "合格率"
            then = RESULT_AFTER.match(text, clause_end) if value is None and clause_end == ind.clean_end else None
            if then:  # 显著提升了制造业质量竞争力指数，使其达到85.86的较高水平: the next clause gives its value
                value = self._value_after(ind.canonical, then.end(), _clause_bounds(self.view, then.end())[1])
            ranked = RANKED_WITH.search(text, max(0, ind.clean_start - 48), ind.clean_start) if value is None else None
            if ranked and ranked.end() == ind.clean_start and text.startswith("第", ind.clean_end):
                # 成都市以83.72高分位居2020年度全国公共服务质量满意度第一位: the score it ranks with
                unit = "分" if "分" in ranked.group() else None  # (以83.72高分: a score)
                value = _Value((float(ranked.group("num")),), unit, "=", ind.clean_end)
            if value is None and shared is not None and k + 1 < len(inds) \
                    and re.fullmatch(r"[和、及与]", text[ind.clean_end : inds[k + 1].clean_start]):
                value = shared  # 合格率和食品抽检合格率持续保持在98%以上: both
            if value is not None and not future and (CHANGE.search(text, ind.clean_end, value.end)
                                                     or value.unit == "个百分点"):
                # (a level is a share in %; a figure in 个百分点 is always how far it moved)
                # 合格率比上年提高2个百分点，达到97%: the change is no observation; the level is
                level = LEVEL_AFTER.match(text, value.end, sent.clean_end)
                value = _Value((float(level.group("num")),), {"％": "%"}.get(level.group("unit"), level.group("unit")),
                               "=", level.end()) if level else None
            if value is not None and text.startswith(("的有", "的产品有", "的企业有"), value.end):
                value = None  # 一季度抽查合格率为100%的有日用陶瓷、肉制品等9类产品: which items pass so, no measure
            shared = value
            if value is not None:
                stated.append((ind_name, ind.clean_start, value))
                # 合格率达94.5%，2030年达到95%: the same measure's value for a later year, in the clause after
                later = _LATER_YEAR_VALUE.match(text, value.end, sent.clean_end) if value.year is None else None
                if later and int(later.group(1)) > max(map(int, _YEAR_BEFORE.findall(text, sent.clean_start, value.end)), default=0):
                    # (a later year only: 到2025年…达到95%，2020年为93% gives the base, no second goal)
                    more = self._value_after(ind.canonical, later.end(), _clause_bounds(self.view, later.end())[1])
                    if more is not None and more.unit == value.unit:
                        stated.append((ind_name, ind.clean_start, replace(more, year=int(later.group(1)))))
                # a rate that takes the subject of the one before: 覆盖率90%，合格率95%以上
                for bare in BARE_RATE.finditer(text, value.end, sent.clean_end):
                    if bare.start() != value.end:
                        break
                    stem = RATE_WORD_END.sub("", ind.canonical)
                    more = self._value_after(bare.group(1), bare.end(), _clause_bounds(self.view, bare.end())[1])
                    if len(stem) < 2 or more is None:
                        break
                    stated.append((stem + bare.group(1), bare.start(1), more))
                    value = more
        if future and counts:
            stated.extend(self._count_goals(sent, {p for _, p, _ in stated}))
        for name, pos, value in sorted(stated, key=lambda x: x[1]):
            self._emit(sent, ms, name, pos, value, scope, future)
        if stated:
            self._named_before = (sent.index, [name for name, _, _ in sorted(stated, key=lambda x: x[1])])
        if stated and "其中" in sent.text:
            self._regions_among(sent, ms, stated, scope, future)

    def _values_of_those_named(self, sent, ms: list[Mention]) -> None:
        """而在2015年，这4个指标分别是83.5、91.1%、92.9%和75: one value for each indicator the sentence
        before measured, in order, where their numbers agree (GUIDE: a metric the text attaches to an
        earlier subject takes that subject)."""
        those = _THOSE_NAMED.search(sent.text)
        index, names = self._named_before
        if those is None or index != sent.index - 1:
            return
        items = [_ITEM_VALUE.fullmatch(x) for x in re.split(r"[、和及与]", those.group("values"))]
        if cn_number(those.group("n")) != len(names) or len(items) != len(names) or not all(items):
            return
        scope = self.scopes[sent.index] if self.scopes else Scope()
        pos = sent.clean_start + those.start("values")
        for name, item in zip(names, items, strict=True):
            unit = {"%": "%", "％": "%", "分": "分"}.get(item.group(2))
            self._emit(sent, ms, name, pos, _Value((float(item.group(1)),), unit, "=", pos), scope, False)

    def _regions_among(self, sent, ms: list[Mention], stated: list[tuple[str, int, _Value]], scope: Scope,
                       future: bool) -> None:
        """The regions a figure is broken down into after 其中 (全省…合格率为93.9%，其中南通市为94.5%;
        其中，南通、苏州分别为94.5%、95.1%): the same measure, each region's own value."""
        text = self.text
        for among in _AMONG.finditer(text, sent.clean_start, sent.clean_end):
            before = [x for x in stated if x[2].end <= among.start()]
            if not before:
                continue
            name, pos, _ = max(before, key=lambda x: x[1])
            regions = self.view.regions_starting(among.end(), among.end() + 40)
            listed: list[Mention] = []
            at = among.end()
            for r in regions:
                if r.clean_start != at:
                    break
                listed.append(r)
                at = r.clean_end + (1 if text[r.clean_end : r.clean_end + 1] in ("、", "和") else 0)
            if not listed:
                continue
            value = self._value_after(name, listed[-1].clean_end, _clause_bounds(self.view, listed[-1].clean_end)[1])
            if value is None or len(value.values) != len(listed):
                continue
            plan = next((m.canonical for m in ms if m.kind == "Plan" and m.clean_start < pos), None)
            for r, v in zip(listed, value.values, strict=True):
                self._emit_one(sent, plan, name, listed[0].clean_start, v, value, r.canonical, future, scope, None)

    def _count_goals(self, sent, taken: set[int]) -> list[tuple[str, int, _Value]]:
        """Goals stated as counts: 新建国家级质检中心3家以上、国家产业计量测试中心2家以上 (the verb
        carries over a 、 list), 海洋生产总值达到3000亿元, 培育100个以上质量强县(区、镇)."""
        out = []
        verb, last_end = None, -1
        for m in COUNT_GOAL.finditer(self.text, sent.clean_start, sent.clean_end):
            name = COUNT_NAME_STRIP.sub("", m.group("name")).strip()
            name = re.sub(r"(达到|达|超过|突破|不少于|不低于|力争|累计|新增数量)$", "", name)
            region = self.lex.region_forms.match_at(name, 0)  # 江西省企业首席质量官总数: GUIDE names no region
            # (河北省名牌产品: a designation keeps the region that confers it, and says nothing of whose goal it is)
            if region and len(name) - len(region[0]) >= 4 and not name.endswith(_DESIGNATIONS):
                name = name[len(region[0]) :]
            if "共计" in name or "合计" in name or len(name) < 4 or m.start("name") in taken or name[-1].isdigit():
                continue
            lead = COUNT_VERB.match(name)
            if lead:
                verb = lead.group()
            elif verb and self.text[last_end : m.start("name")] == "、":
                name = verb + name  # 新建A3家、B2家: 新建 B
            elif not COUNT_KIND.search(name):
                continue
            last_end = m.end()
            comparator = comparator_of(m.group("pre") or "", m.group("post") or "")
            out.append((_ascii_quotes(name), m.start("name"), _Value((float(m.group("num")),), m.group("unit"), comparator, m.end())))
        for m in COUNT_LIST_GOAL.finditer(self.text, sent.clean_start, sent.clean_end):
            # 著名商标、省名牌产品(工业类)、出口免验产品和地理标志保护产品分别达到2800个、2000个、50个和80个: one
            # amount per item, in order, where the list is as long as the values
            names = [n.strip() for n in re.split(r"[、和及]", m.group("names"))]
            values = list(_COUNT_IN_LIST.finditer(m.group("vals")))
            if len(names) != len(values) or any(len(n) < 2 for n in names) or m.start("names") in taken:
                continue
            comparator = comparator_of(m.group("pre") or "", m.group("post") or "")
            for n, v in zip(names, values, strict=True):
                out.append((_ascii_quotes(_ascii_parens(n)), m.start("names"),
                            _Value((float(v.group(1)),), v.group(2), comparator, m.end())))
        for m in COUNT_BEFORE_NAME.finditer(self.text, sent.clean_start, sent.clean_end):
            name = m.group("name").strip()
            praised = _NOUN_AFTER_PRAISE.match(self.text, m.start("name"), sent.clean_end)
            if praised and not _ANOTHER_ACT.search(self.text, m.start("name"), praised.start("name")):
                name = praised.group("name").strip()
            if len(name) < 3 or m.start("name") in taken or any(p == m.start("name") for _, p, _ in out):
                continue
            comparator = comparator_of("", m.group("post") or "")
            out.append((_ascii_quotes(_ascii_parens(name)), m.start("name"),
                        _Value((float(m.group("num")),), m.group("unit"), comparator, m.end())))
        return out

    def _counted_subject(self, sent, ind: Mention) -> str:
        """What a bare rate measures where its part of the sentence opens with a count of it
        (其中普通食品1060批次，不合格86批次，不合格率8.11%: 普通食品不合格率), else ""."""
        if ind.canonical not in BARE_RATE_NAMES:
            return ""
        start = sent.clean_start
        for k in (self.text.rfind(c, sent.clean_start, ind.clean_start) for c in "；;"):
            start = max(start, k + 1)
        # (从抽样领域看，生产领域抽查12734批次，…，抽查不合格率为6.6%: the first clause that counts)
        opens = [start] + [k + 1 for k in range(start, ind.clean_start) if self.text[k] in "，,"]
        field = FIELD_OPENING.match(self.text, start, ind.clean_start) or CHECKED_KIND.search(self.text, start, ind.clean_start)
        if field:  # 在日用及纺织品领域，全年抽查了…，抽查合格率为85.6%; 抽查的家用电器包括…等15种产品，抽查不合格率为
            return field.group(1)  # 17.7%: the field's rate, the kind's
        counted = next(filter(None, (SUBJECT_COUNTED.match(self.text, k, ind.clean_start) for k in opens)), None)
        if counted is None or re.search(r"组织|开展|完成|检验|抽查|抽检|抽样|检测|监测|合格|全年|全市|全县|全省|共", counted.group(1)):
            return ""  # (全年组织抽查检验18397家企业…: what was done, not what was counted)
        if self.text.startswith(("、", "不合格"), counted.end()):
            return ""  # 其中抽油烟机1批次、电线电缆2批次不合格，合格率为98.09%: the items that failed, not what was checked
        if counted.group(2) and not _CHECK_DONE.search(ind.canonical):
            # 工业产品质量市级监督抽查812批次，…，合格率为98.1%: the rate of that check, its word kept
            return counted.group(1) + counted.group(2)
        return counted.group(1)

    def _field_of_the_check(self, sent, ind: Mention) -> str:
        """The field a check's rate leaves to the count before it in its sentence (完成食品安全监督抽检6997389批次，…，
        监督抽检不合格率为2.73%: the food-safety check's rate), else ""."""
        check = _CHECK_DONE.match(ind.canonical)
        if check is None:
            return ""
        done = list(_FIELD_CHECKED.finditer(self.text, sent.clean_start, ind.clean_start))  # (the last before the rate)
        return done[-1].group(1) if done and done[-1].group(2) == check.group() else ""

    def _emit(self, sent, ms: list[Mention], name: str, pos: int, value: _Value, scope: Scope, future: bool) -> None:
        if (AREA.search(self.text, sent.clean_start, pos) and not self.view.regions_starting(sent.clean_start, pos)) \
                or AREA.match(name):
            return  # 珠三角、长三角地区…合格率超过94%: an area's figure, not the document region's
        region = self._region_before(sent, pos)
        plan = next((m.canonical for m in ms if m.kind == "Plan" and m.clean_start < pos), None)
        if region is None and plan is not None and plan_key(plan) in self.lex.national_plans:
            # 质量发展纲要提出，到2015年…: a national plan's goals are the country's, where the text is
            # no region's (a province's plan citing it sets the province's own: 全省…达到95%)
            region = "中国"
        values = list(value.values)
        years = self._series_years(sent, scope, len(values)) if len(values) > 1 else None
        listed = self._region_list_before(sent, pos)
        if len(listed) > 1 and years is None:
            each = "均" in self.text[pos : value.end]
            if len(values) == len(listed) or (len(values) == 1 and each):
                # 南京、苏州、无锡的顾客满意度分别为80.1分、79.5分和78.2分: one value per region listed;
                # 均为98%: the same value for each
                for r, v in zip(listed, values * len(listed) if len(values) == 1 else values, strict=False):
                    self._emit_one(sent, plan, name, pos, v, value, r, future, scope, None)
            else:  # (广州、深圳、佛山、东莞4市企业占比近70%: the regions' joint figure is none of theirs)
                self.split_indicators.add(name)
            return
        if years is None and len(values) > 1:
            # 生活性服务、公共服务满意度分别为81.30分和81.43分: one value per item of the name;
            # values for items the name does not hold (粮食加工品…等5大类食品…分别为…) are none of its own
            self.split_indicators.add(name)
            items = _items_of(name, len(values)) or self._items_listed_before(sent, pos, name, len(values)) \
                or self._indicators_listed_before(ms, pos, name, len(values))
            for item, v in zip(items, values, strict=False):
                self._emit(sent, ms, item, pos, _Value((v,), value.unit, value.comparator, value.end, value.year), scope,
                           future)
            return
        if years is not None:
            for v, year in zip(values, years, strict=False):
                self._emit_one(sent, plan, name, pos, v, value, region, future, scope, year)
        else:
            for v in values:
                self._emit_one(sent, plan, name, pos, v, value, region, future, scope, None)

    def _indicators_listed_before(self, ms: list[Mention], pos: int, name: str, n: int) -> list[str]:
        """The n whole indicators a list names, the last of them `name` at `pos` (工程质量抽查符合率、
        产品质量合格率分别达到95%、93%), or none if the list is not n long."""
        by_end = {m.clean_end: m for m in ms if m.kind == "Indicator"}
        names = [name]
        at = pos
        while len(names) < n:
            prev = by_end.get(at - 1)
            if prev is None or self.text[at - 1 : at] not in ("、", "和", "及", "与"):
                return []
            names.insert(0, prev.canonical)
            at = prev.clean_start
        return names if self.text[at - 1 : at] not in ("、", "和", "及", "与") or at == 0 else []

    def _items_listed_before(self, sent, pos: int, name: str, n: int) -> list[str]:
        """The n indicators of a list of fields joined to a measure by 的 (我市工业产品、食品的监督抽查合格率
        分别为95.2%、97.3%: 工业产品监督抽查合格率, 食品监督抽查合格率), or none if n fields are not listed."""
        m = _FIELDS_BEFORE_DE.search(self.text, max(sent.clean_start, pos - 40), pos)
        if m is None:
            return []
        fields = re.split(r"[、和及与]", _SCOPE_OPENING.sub("", m.group("items")))
        if len(fields) != n or any(len(f) < 2 for f in fields):
            return []
        return [f + name for f in fields]

    def _emit_one(self, sent, plan: str | None, name: str, pos: int, v: float, value: _Value, region: str | None,
                  future: bool, scope: Scope, series_year: int | None) -> None:
        """One measure: a Target where the value is a goal or lies ahead, else an Observation."""
        own_year = self._stated_year(sent, pos)
        if future and not scope.goal and all(c.group().startswith("将") and sent.clean_start + c.start() > pos
                                             for c in FUTURE.finditer(sent.text)):
            future = False  # 平均合格率91.9%，对不合格产品…，同时将…移送…: what is done next, after the value reported
        # a value for a year after the document's own is a goal, whatever the wording (2025年…指数达83
        # in a 2023 article): nobody observes the future
        ahead = self._later_year(sent, pos)
        if value.year is not None:  # 合格率：2025年达到94%: the row's own year
            series_year = series_year or value.year
            if self.doc_year is not None and value.year > self.doc_year:
                ahead = value.year
        as_of = _AS_OF.search(self.text, max(sent.clean_start, pos - 24), pos)
        if as_of:  # 截至2025年底，…拥有量达到16件，超额完成…提出的…目标: reached by then, whatever the
            # sentence goes on to say of goals
            future, ahead, own_year = False, None, int(as_of.group(1))
        kind = ""
        if (future or ahead) and not (own_year is not None and self.doc_year is not None and own_year < self.doc_year):
            kind = "Target"
            year = series_year or self._target_year(sent, pos, scope) or ahead
            if year is not None and self.doc_year is not None and year < self.doc_year and not ahead \
                    and _REPORTED.search(sent.text):
                kind = "Observation"  # 2025年3月2日电…获悉：到2024年末，…合格率达到93.93%: reached, reported after
            else:
                # a goal in a plan's text, or in a page about a plan issued before it, is that plan's
                plan = plan or self._plan_governing(pos)
        if not kind:
            kind = "Observation"
            year = series_year if series_year is not None else own_year if own_year is not None else self._paragraph_year(sent)
        self.measures.append(Measure(kind, name, v, value.unit, value.comparator, year, region, plan,
                                     self.evidence(sent.index)))

    def _region_list_before(self, sent, pos: int) -> list[str]:
        """The regions a 、/和 list names right before an indicator (南京、苏州、无锡的…, 广州、深圳
        …4市…), in order; [] where no list of two or more ends there."""
        regions = self.view.regions_starting(sent.clean_start, pos)
        if not regions or not REGION_LIST_TAIL.fullmatch(self.text, regions[-1].clean_end, pos):
            return []
        listed = [regions[-1]]
        for r in reversed(regions[:-1]):
            if self.text[r.clean_end : listed[0].clean_start] not in ("、", "和", "及", "与", "，", ","):
                break
            listed.insert(0, r)
        return [r.canonical for r in listed] if len(listed) > 1 else []

    def _region_before(self, sent, pos: int) -> str | None:
        """The region a value belongs to: the last one its sentence names before it, else the
        document's own (its most mentioned city, prefecture, county, district or province)."""
        national = self._national_voice()
        regions = self.view.regions_starting(sent.clean_start, pos)
        if not national and self.view.main_region:  # 我省在全国率先…，合格率达到98%: still the province's
            regions = [r for r in regions if r.rule != "country"]
        # the country is whose the value is only as 我国 (全国 ranks or compares: 位居全国第三；全省…为99.3%)
        regions = [r for r in regions if r.rule != "country" or r.surface in ("我国", "我國")]
        # (使我市河北省名牌产品达到100项，河北省优质产品达到70项: the region that confers a designation, not whose goal)
        regions = [r for r in regions if not _OPENS_A_DESIGNATION.match(self.text, r.clean_end, pos)]
        checked = _COUNTRY_CHECKED.search(self.text, sent.clean_start, pos)
        if checked and not any(r.clean_start > checked.start() for r in regions):
            return "中国"  # 总局对全国2170家企业生产的2359种产品实施了监督抽查，抽查合格率为74.7%: what was checked
        if regions:
            return regions[-1].canonical
        # (根据全省定期监督抽查计划安排，抽查了…: the plan the checks follow is the province's, the
        # figures the county's)
        according = tuple(self.lex.cues["according"])
        owns = [o for o in OWN_REGION.finditer(self.text, sent.clean_start, pos)
                if not self.text.endswith(according, _clause_bounds(self.view, o.start())[0], o.start())]
        own = owns[-1] if owns else None  # (the nearest before the value)
        if own and (mine := self.view.main_region.get(own.group(1))) is not None and not self._only_a_venue(mine.name):
            return mine.name  # 农业农村部对我省主要农产品监测总体合格率均高于98%: the province's, not the country's
        if (mine := self._own_region_in_paragraph(sent)) is not None:
            return mine
        opening = self._paragraph_opening_region(sent)
        if opening is not None and not self.text.endswith(("全国", "全國"), 0, pos):
            return opening  # 宁晋县位于河北省中南部，…。近年来，…检测合格率保持在100%: the county the paragraph is about
        if (national and not self._speaks_from_a_region()) or self.text.endswith(("全国", "全國"), 0, pos) \
                or self._paragraph_nationwide(sent):
            # a national body's figures are the country's, whatever provinces it lists; so is a figure
            # whose name opens with 全国 (今年前三季度全国制造业产品质量合格率为94.16%)
            return "中国"
        voice = self.signatories[0] if self.signatories else None
        if voice is not None and voice.region:
            return voice.region  # a district's plan sets its own goals, whatever city it cites
        own = self._heading_body_region()
        if own is not None:
            return own  # 广西壮族自治区市场监督管理局关于2022年广西特种设备…的通告: the region's report, whatever cities it lists
        body = self.dominant
        if body is not None and body.region and any(r.name == body.region and not self._only_a_venue(r.name)
                                                    for r in self.view.main_region.values()):
            return body.region  # 龙游县市场监管局召开会议。会议传达了衢州市…要求。…合格率为98.5%: the county's, whose body it is
        for level in ("市", "州", "县", "区", "省"):
            r = self.view.main_region.get(level)
            if r and not self._only_a_venue(r.name):
                return r.name
        if any(r.rule == "country" and r.surface in ("我国", "我國") for r in self.view.regions):
            return "中国"  # a text of no place but the one it calls 我国, whoever writes it
        return None

    def _own_region_in_paragraph(self, sent) -> str | None:
        """The region an earlier sentence of the paragraph scopes as its own (…对全省13个设区市…进行监测。
        抽检的91种蔬菜中，…合格率分别为…), when no region is named after that 全省/我省: the
        values that follow are that province's, not those of a city named in a laboratory's name.
        (The nearest few sentences only, as for a paragraph's year: a one-line document is one paragraph.)"""
        for s in reversed(self.view.sentences[max(0, sent.index - YEAR_LOOKBACK) : sent.index]):
            if s.paragraph != sent.paragraph:
                return None
            owns = list(OWN_REGION.finditer(self.text, s.clean_start, s.clean_end))
            after = owns[-1].end() if owns else s.clean_start
            if any(r.rule != "country" for r in self.view.regions_starting(after, s.clean_end)):
                return None  # a region named nearer than any 全省 is whose the values are, if anyone's
            if owns:
                mine = self.view.main_region.get(owns[-1].group(1))
                return mine.name if mine is not None and not self._only_a_venue(mine.name) else None
        return None

    def _heading_body_region(self) -> str | None:
        """The region of the body that heads the document as its author (a first line X关于…的通告/通报/
        报告 naming one local body), if any."""
        if self._heading_region is None:
            self._heading_region = ""
            if self.view.paragraphs:
                a, b = self.view.paragraphs[0]
                line = self.text[a:b]
                if _AUTHOR_HEADING.search(line):
                    bodies = [m for m in self._agencies_starting(a, a + 2) if m.region]
                    if bodies and bodies[0].clean_end <= a + line.find("关于") and not self._only_a_venue(bodies[0].region):
                        self._heading_region = bodies[0].region
        return self._heading_region or None

    def _paragraph_opening_region(self, sent) -> str | None:
        """The region a paragraph opens with as its subject (宁晋县位于…, 宁晋县以创建…为契机), if any."""
        paragraphs = self.view.paragraphs
        k = self.view.paragraph_at(sent.clean_start)
        if k < 0:
            return None
        pa = paragraphs[k][0]
        first = self.view.regions_starting(pa, pa + 1)
        if not first or first[0].rule == "country" or not _REGION_AS_SUBJECT.match(self.text, first[0].clean_end):
            return None
        return first[0].canonical

    def _speaks_from_a_region(self) -> bool:
        """Does the text speak from a province or city of its own (国家质检总局对我省部分企业产品进行了监督
        抽查)? A national body's checks reported there are that region's, named or not."""
        if self._own_speaker is None:
            self._own_speaker = re.search(r"我[省市县区州]|本[省市县]", self.text) is not None
        return self._own_speaker

    def _national_voice(self) -> bool:
        """Is the document a national body's (its signatory, else the article's agency)?"""
        voice = self.signatories[0] if self.signatories else self.dominant
        return voice is not None and voice.region is None and voice.canonical in self.lex.national_names

    def _only_a_venue(self, region: str) -> bool:
        """Is the region named only as where something was held (在北京举行新闻发布会)? A national
        body's figures announced there are not that city's."""
        mentions = [m for m in self.view.regions if m.canonical == region]
        return bool(mentions) and all((VENUE.match(self.text, m.clean_end) and self._after_at(m))
                                      or DATELINE.match(self.text, m.clean_end)
                                      # 我省…合格率为81.2%，也远高于广东省72.7%的抽查合格率: a base compared with
                                      or COMPARED_BEFORE.search(self.text, max(0, m.clean_start - 4), m.clean_start)
                                      for m in mentions)

    def _after_at(self, m: Mention) -> bool:
        """Does 在/于 open the place the region names, itself or with the regions right before it
        (在浙江省湖州市召开: 湖州市 is where, too)?"""
        start = m.clean_start
        while (prev := self._region_ending.get(start)) is not None and prev.clean_start < start:
            start = prev.clean_start
        return self.text[start - 1 : start] in ("在", "于") if start > 0 else False

    def _series_years(self, sent, scope: Scope, n: int) -> list[int] | None:
        """The years of a series of n values: a period of n years in the sentence or its scope."""
        for span in (period(sent.text), scope.period):
            if span and span[1] - span[0] + 1 == n:
                return list(range(span[0], span[1] + 1))
        recent = RECENT_YEARS.search(sent.text)
        if recent and cn_number(recent.group(1)) == n:
            # 近5年…分别为a、b、c、d和e: the n years up to the latest the text has spoken of
            last = self._stated_year(sent, sent.clean_end) or self._paragraph_year(sent) or self.doc_year
            if last is not None:
                return list(range(last - n + 1, last + 1))
        return None

    def _target_year(self, sent, pos: int, scope: Scope) -> int | None:
        """The sentence's own time phrase before the value, else its paragraph's or its
        section's (a lead or heading), else the year of the plan it belongs to."""
        own = future_year(self.text[sent.clean_start : pos])
        if own is not None:
            return own
        lead = _LEAD_YEAR.match(self.text, sent.clean_start, pos)
        if lead and (self.doc_year is None or int(lead.group(1)) >= self.doc_year):
            return int(lead.group(1))  # 2025年，全市产品质量监督抽查合格率力争达到95%: the year the goal opens with
        if scope.year is not None:
            return scope.year
        ahead = _THIS_OR_NEXT_YEAR.search(self.text, sent.clean_start, pos)
        if ahead and self.doc_year is not None:  # 今年，我市将力争…合格率稳定在95%以上 (a 2024 page): 2024's goal
            return self.doc_year + (1 if ahead.group() == "明年" else 0)
        if scope.title_year is not None:
            return scope.title_year
        return None

    def _later_year(self, sent, pos: int) -> int | None:
        """The last year after the document's own that the sentence states before `pos`."""
        if self.doc_year is None:
            return None
        later = [int(y) for y in PERIOD_YEAR.findall(self.text[sent.clean_start : pos]) if int(y) > self.doc_year]
        return later[-1] if later else None

    def _stated_year(self, sent, pos: int) -> int | None:
        """A past or current year the sentence states before `pos` (2019年…), if any."""
        chunk = self.text[sent.clean_start : pos]
        past_plan = PAST_PLAN_PERIOD.search(chunk)
        if past_plan and self.doc_year is not None and FIVE_YEAR_PLAN_END[past_plan.group(1)] < self.doc_year \
                and future_year(PAST_PLAN_PERIOD.sub("", chunk)) is None:
            # “十二五”时期，广东制造业产品质量平均合格率为95.4% (in 2017): the past period's last year
            return FIVE_YEAR_PLAN_END[past_plan.group(1)]
        if future_year(chunk) is not None:
            return None
        years = [int(y) for y in PERIOD_YEAR.findall(chunk)]
        years = [y for y in years if self.doc_year is None or y <= self.doc_year]
        if years:
            return years[-1]
        since = _YEAR_SINCE.search(chunk)
        if since and self.doc_year is not None and int(since.group(1)) == self.doc_year:
            return self.doc_year  # 2020年以来 in a page of 2020: this year's figures so far, as 今年以来's
        # a year stated against the document's date: 今年上半年 (2023 in a 2023 report), 去年
        relative = RELATIVE_YEAR.findall(chunk)
        if relative and self.doc_year is not None:
            return self.doc_year - RELATIVE_YEARS[relative[-1]]
        if self.doc_year is not None and PART_OF_A_YEAR.search(chunk):
            # 上半年，…合格率为99.4% in a news item: this year's first half; in a report on a year past
            # (2019-01-03: 永泰县圆满完成2018年…监测任务 … 1-12月份，…合格率99%), that year's
            reported = self._report_year_cached()
            return reported if reported is not None and reported < self.doc_year else self.doc_year
        return None

    def _report_year_cached(self) -> int | None:
        if self._report_year_memo is None:
            self._report_year_memo = (self._report_year(),)
        return self._report_year_memo[0]

    def _report_year(self) -> int | None:
        """The year a report covers: the first year its opening paragraphs state (2023年全国产品质量
        监督抽查…; 2011年湖北省质量白皮书), not a comparison, a period or a future year."""
        body = [(a, b) for a, b in self.view.paragraphs[:30] if "。" in self.text[a:b]]
        for a, b in self.view.paragraphs[: self.view.paragraphs.index(body[2]) + 1 if len(body) > 2 else 30]:
            chunk = self.text[a:b]
            if period(chunk) is not None:
                return None  # it covers a span of years (2023—2024年): no one year
            years = [int(m.group(1)) for m in PERIOD_YEAR.finditer(chunk)
                     if (self.doc_year is None or int(m.group(1)) <= self.doc_year)
                     and not _DATES_AN_ACT.match(chunk, m.end())]
            if len(set(years)) > 1:
                # 在2022年“质量月”来临之际，…发布了2021年城市质量状况分析报告: the report's own year
                reported = {int(y) for y in REPORT_YEAR.findall(chunk)}
                if len(reported) == 1:
                    return reported.pop()
                return None  # 于2023年、2024年连续两年…: more than one year
            if years and future_year(chunk[: chunk.find(str(years[0]))]) is None:
                return years[0]
        return None

    def _paragraph_nationwide(self, sent) -> bool:
        """Does the paragraph open its figures nationwide (2023年以来，全国各地累计出台…。据统计，…
        提升10.2%), naming no region before the value's sentence?"""
        a = sent.clean_start
        for s in reversed(self.view.sentences[max(0, sent.index - YEAR_LOOKBACK) : sent.index]):
            if s.paragraph != sent.paragraph:
                break
            a = s.clean_start
        return a < sent.clean_start and bool(NATIONWIDE.search(self.text, a, sent.clean_start)) \
            and not self.view.regions_starting(a, sent.clean_end)

    def _paragraph_year(self, sent) -> int | None:
        """The year a paragraph's lead states (2019年，全市…) for the values after it, up to a sentence
        that opens with a span instead (实施实事项目以来，…; 近年来，…: figures for a period, no year's)."""
        for s in reversed(self.view.sentences[max(0, sent.index - YEAR_LOOKBACK) : sent.index + 1]):
            if s.paragraph != sent.paragraph:
                break
            y = self._stated_year(s, s.clean_end) if s is not sent else None
            if y is not None:
                return y
            if _SINCE_OPENING.match(s.text):
                return None
        return None


def comparator_of(before: str, after: str) -> str:
    """The comparator a value phrase states.

    >>> [comparator_of(b, a) for b, a in [("稳定在", "以上"), ("不超过", ""), ("控制在", "以内"),
    ...                                     ("超过", ""), ("超", ""), ("达到", ""), ("低于", ""), ("", "左右")]]
    ['>=', '<=', '<=', '>', '>', '=', '<', '=']
    """
    if after == "以上" or re.search("不低于|不少于|至少", before):
        return ">="
    if after in ("以下", "以内") or re.search("不超过|不高于|不大于|控制在|至多", before):
        return "<="
    if re.search("超过?(?!额)|高于|大于|多于", before):  # (合格率超90%: 超 alone, as in a headline)
        return ">"
    if re.search("低于|少于|小于", before):
        return "<"
    return "="
