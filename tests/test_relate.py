"""Relations and values on small literal texts."""

import pytest

from kg.relate import comparator_of

from .conftest import facts, names


def test_issued_with_partners(extract):
    r = extract("沈阳市位于辽宁。沈阳市市场监管局牵头会同沈阳市发改委、市商务局等部门研究起草并印发了《沈阳市质量提升行动方案》。")
    assert facts(r, "issued") == {("沈阳市市场监督管理局", "沈阳市质量提升行动方案")}
    assert facts(r, "participated") == {("沈阳市发展和改革委员会", "沈阳市质量提升行动方案"),
                                        ("沈阳市商务局", "沈阳市质量提升行动方案")}


def test_issuers_named_in_the_title(extract):
    r = extract("9月5日印发的《中共中央 国务院关于开展质量提升行动的指导意见》,提出了目标任务。")
    assert facts(r, "issued") == {("中国共产党中央委员会", "中共中央 国务院关于开展质量提升行动的指导意见"),
                                  ("国务院", "中共中央 国务院关于开展质量提升行动的指导意见")}


def test_issued_in_the_name_of_others(extract):
    r = extract("上海市市场监管局以上海市委市政府名义发布《质量强国建设纲要上海实施方案》,明确了任务。")
    assert facts(r, "issued") == {(a, "质量强国建设纲要上海实施方案")
                                  for a in ("上海市市场监督管理局", "中共上海市委员会", "上海市人民政府")}


def test_passed_and_published_by_a_congress(extract):
    r = extract("上海市第十六届人民代表大会常务委员会第四次会议于2023年7月25日通过并公布了地方性法规《上海市促进标准化发展若干规定》。")
    assert ("上海市人民代表大会常务委员会", "上海市促进标准化发展若干规定") in facts(r, "issued")


def test_launched_by_the_clause_and_sentence_subject(extract):
    r = extract("大理州委、州政府高度重视质量工作,大力实施质量强州战略。")
    assert facts(r, "launched") == {("中共大理白族自治州委员会", "质量强州战略"), ("大理白族自治州人民政府", "质量强州战略")}


def test_a_subjectless_clause_continues_the_article_subject(extract):
    r = extract("湛江市市场监管局开展工作。湛江市市场监管局表示将继续努力。该局大力开展质量诚信体系建设。")
    assert ("湛江市市场监督管理局", "质量诚信体系") in facts(r, "launched")


def test_no_launch_when_someone_else_acts(extract):
    r = extract("湛江市市场监管局开展工作。引导企业建立首席质量官制度。")
    assert facts(r, "launched") == set()


def test_according_to_an_agency_it_launches_too(extract):
    r = extract("上海市市场监管局,依据市场监管总局部署,开展小微企业质量管理体系认证提升行动。")
    assert facts(r, "launched") == {("上海市市场监督管理局", "小微企业质量管理体系认证提升行动"),
                                    ("国家市场监督管理总局", "小微企业质量管理体系认证提升行动")}


def test_relations_are_not_read_from_the_subject_of_a_quote(extract):
    r = extract("上海市市场监管局贯彻落实党中央、国务院关于开展质量提升行动的决策部署。")
    assert ("国务院", "质量提升行动") not in facts(r, "launched")


def _measures(r, kind):
    return {(m.indicator, m.value, m.unit, m.comparator, m.year) for m in r.measures if m.kind == kind}


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "comparator"),
    [
        ("食品抽检合格率稳定在98%以上", 98, "%", ">="),
        ("食品抽检合格率达到98%以上", 98, "%", ">="),
        ("食品抽检合格率不低于98%", 98, "%", ">="),
        ("食品抽检合格率达到98%", 98, "%", "="),
        ("食品抽检合格率超过98%", 98, "%", ">"),
        ("食品抽检合格率控制在2%以内", 2, "%", "<="),
        ("食品抽检合格率不超过2%", 2, "%", "<="),
        ("食品抽检合格率在2%以下", 2, "%", "<="),
        ("食品抽检合格率98%左右", 98, "%", "="),
        ("食品抽检合格率提高2个百分点", 2, "个百分点", "="),
        ("食品抽检合格率提高2个百分点以上", 2, "个百分点", ">="),
        ("食品抽检合格率较2020年提高2个百分点", 2, "个百分点", "="),  # (the base year is no value)
    ],
)
def test_target_phrasings(extract, sentence, value, unit, comparator):
    r = extract(f"沈阳市提出,到2025年,{sentence}。")
    assert _measures(r, "Target") == {("食品抽检合格率", value, unit, comparator, 2025)}
    target = next(m for m in r.measures)
    assert target.region == "沈阳市"


def test_target_year_from_a_five_year_plan_in_the_paragraph(extract):
    r = extract("“十四五”期间,大理州实施质量强州战略。我州将力争主要农产品合格率稳定在97%以上。")
    assert _measures(r, "Target") == {("主要农产品合格率", 97, "%", ">=", 2025)}


def test_target_belongs_to_the_plan_that_sets_it(extract):
    r = extract("《沈阳市质量提升方案》提出,到2025年,食品评价性抽检合格率达到98%以上。")
    assert next(m for m in r.measures).plan == "沈阳市质量提升方案"


def _target_plans(r):
    return {m.indicator: m.plan for m in r.measures if m.kind == "Target"}


@pytest.mark.parametrize(
    "opening",
    [
        # a notice that sends the plan down, the plan's text after it
        "各区人民政府:\n现将《梅州市质量强市建设实施方案》印发给你们,请认真贯彻执行。\n梅州市人民政府\n",
        "《梅州市质量强市建设实施方案》已经市政府同意,现印发给你们,请认真组织实施。\n",
        # a title line that prints it
        "梅州市人民政府关于印发梅州市质量强市建设实施方案的通知\n",
        # a news page about the plan issued
        "近日,梅州市人民政府印发了《梅州市质量强市建设实施方案》(以下简称《方案》)。\n",
    ],
)
def test_goals_in_later_sentences_belong_to_the_plan_put_forward(extract, opening):
    # a plan's goals come sentences or paragraphs after its name, in its own text or a report of it;
    # the plan a purpose sentence cites (根据《纲要》) sets none of them
    r = extract(opening + "为贯彻落实中共中央、国务院印发的《质量强国建设纲要》精神,结合我市实际,制定本实施方案。\n"
                "一、主要目标\n到2025年,全市制造业产品质量合格率达到94%以上。农产品质量安全监测合格率稳定在98%以上。")
    assert _target_plans(r) == {"制造业产品质量合格率": "梅州市质量强市建设实施方案",
                                "农产品质量安全监测合格率": "梅州市质量强市建设实施方案"}


@pytest.mark.parametrize("follows", ["现提出如下实施意见", "现提出以下意见"])
def test_goals_of_an_unnamed_printed_plan_belong_to_no_plan_it_cites(extract, follows):
    r = extract("近日,某省人民政府印发了《某省质量工作要点》。\n"
                f"为加快推进质量强省建设,根据中共中央、国务院印发的《质量强国建设纲要》精神,结合我省实际,{follows}。\n"
                "到2027年,制造业产品质量合格率达到95%。")
    assert _target_plans(r) == {"制造业产品质量合格率": None}


def test_a_plan_a_news_page_quotes_sets_the_goals_of_that_paragraph(extract):
    r = extract("2023年,《质量强国建设纲要》正式实施。《纲要》设定了我国质量发展的主要目标:到2025年,质量整体水平进一步提高。"
                "具体指标包括制造业质量竞争力指数达到86。\n到2025年,我省制造业产品质量合格率达到95%。")
    assert _target_plans(r) == {"制造业质量竞争力指数": "质量强国建设纲要", "制造业产品质量合格率": None}


def test_a_plan_named_after_the_goals_sets_none_of_them(extract):
    r = extract("到2020年,我区产品质量国家监督抽查合格率达到90%以上。全面贯彻落实《关于实施质量强区战略的决定》。")
    assert _target_plans(r) == {"产品质量国家监督抽查合格率": None}


def test_observations_with_the_year_before_them(extract):
    r = extract("2019年,湛江市制造业产品合格率为93.2%,食品抽检合格率98.59%,2021年度政府质量工作公众满意度排名全省第4位。")
    assert _measures(r, "Observation") == {("制造业产品合格率", 93.2, "%", "=", 2019), ("食品抽检合格率", 98.59, "%", "=", 2019)}


def test_comparator_words():
    assert comparator_of("不少于", "") == ">="
    assert comparator_of("低于", "") == "<"


def test_a_head_of_government_acts_for_the_government(extract):
    r = extract("宜昌市召开质量工作会议。会上张市长与各成员单位签订了责任书，印发了《2024年宜昌市质量提升工作方案》。")
    assert facts(r, "issued") == {("宜昌市人民政府", "2024年宜昌市质量提升工作方案")}
    # a word that only looks like a post names nobody
    r = extract("宜昌市市场监管局召开会议。该地区长期印发《宜昌市计量工作要点》。")
    assert ("宜昌市人民政府", "宜昌市计量工作要点") not in facts(r, "issued")


def test_a_purpose_clause_and_its_objects_name_no_actor(extract):
    r = extract("为引导和激励我市企业加强质量管理，增强城市综合竞争力，市政府决定，授予甲乙科技股份有限公司等单位2023年度宜昌市市长质量奖。")
    assert ("宜昌市人民政府", "宜昌市市长质量奖") in facts(r, "launched")


def test_a_sentence_that_goes_on_with_a_regions_action_names_no_agency(extract):
    r = extract("宜昌市市场监管局召开会议。宜昌市将坚持部门协同、上下联动。深入开展群众性质量活动，营造良好氛围。")
    assert not {a for a, p in facts(r, "launched") if p == "群众性质量活动"}
    # (after who tells it and when: 据了解，“质量月”活动期间，全省各地、有关部门将…)
    r = extract("云南省市场监管局局长张某在活动上致辞。\n据了解，“质量月”活动期间，全省各地、有关部门将紧紧围绕发展大局。"
                "创新活动形式，广泛组织开展“质量开放日”“计量服务中小企业行”等活动。")
    assert not {p for _, p in facts(r, "launched")} & {"质量开放日", "计量服务中小企业行"}


def test_a_chain_of_posts_gives_every_body_the_person_works_for(extract):
    r = extract("宜昌市召开会议。宜昌市委常委、市政府副市长张明华出席会议并讲话。")
    assert {("张明华", "中共宜昌市委员会"), ("张明华", "宜昌市人民政府")} <= facts(r, "worksFor")
    r = extract("会议由宜昌市质监局召开。宜昌市质量工作领导小组组长，宜昌市质监局党组书记、局长李建国介绍了情况。")
    works = {o for p, o in facts(r, "worksFor") if p == "李建国"}
    assert "宜昌市质量技术监督局" in works and any(o.endswith("领导小组") for o in works), works


def test_a_bare_department_of_the_ministry_the_document_names(extract):
    r = extract("市场监管总局召开新闻发布会。市场监管总局新闻发言人、新闻宣传司司长张建华：各位记者好。")
    assert ("张建华", "国家市场监督管理总局新闻宣传司") in facts(r, "worksFor")
    # two ministries named as often: whose 司 it is, the text does not say
    r = extract("教育部和市场监管总局召开会议。综合司司长王建国出席。")
    assert not {o for p, o in facts(r, "worksFor") if p == "王建国" and o.endswith("综合司")}


def test_a_value_for_a_year_after_the_document_is_a_target(extract):
    r = extract("宜昌市质量强市工作综述\n2023年5月1日\n宜昌市2025年制造业质量竞争力指数达85。")
    assert [(m.kind, m.value, m.year) for m in r.measures if "指数" in m.indicator] == [("Target", 85.0, 2025)]


def test_a_value_as_of_a_date_is_an_observation_whatever_goals_the_sentence_names(extract):
    r = extract("截至2025年底,中国每万人口高价值发明专利拥有量达到16件,超额完成国家“十四五”规划提出的12件的预期目标。"
                "截至2024年底,全省制造业产品质量合格率达到94%,完成了年度目标。")
    assert sorted((m.kind, m.indicator, m.value, m.year) for m in r.measures) == [
        ("Observation", "制造业产品质量合格率", 94.0, 2024), ("Observation", "每万人口高价值发明专利拥有量", 16.0, 2025)]


def test_a_bare_rate_after_a_checks_count_per_head_takes_the_check(extract):
    r = extract("到2025年,全省农产品质量安全监测1.5批次/千人,合格率98%。")
    assert [(m.kind, m.indicator, m.value) for m in r.measures] == [("Target", "农产品质量安全监测合格率", 98.0)]


def test_every_body_listed_right_before_a_programme_runs_it(extract):
    r = extract("珠海召开会议。实施质量强市战略是贯彻落实省委、省政府质量强省战略的实际行动。")
    assert {("中共广东省委员会", "质量强省战略"), ("广东省人民政府", "质量强省战略")} <= facts(r, "launched")


def test_a_national_plan_is_not_issued_by_the_body_a_local_article_is_about(extract):
    r = extract("吉林省人民政府关于实施质量强省战略的意见\n为贯彻落实国务院《质量发展纲要(2011—2020年)》(以下简称《纲要》),现提出以下意见:\n"
                "质量发展是兴国之道。国家制定出台《纲要》,是与时俱进的重大选择。")
    assert {a for a, p in facts(r, "issued") if p.startswith("质量发展纲要")} == {"国务院"}


def test_jiang_that_disposes_of_its_object_is_no_future(extract):
    r = extract("国家统计局发布的《2017年统计公报》中,首次将“制造业产品质量合格率”作为“发展质量效益改善”指标纳入其中,"
                "统计显示,2017年我国制造业产品质量合格率为93.71%。到2025年,将制造业产品质量合格率提高到95%。")
    assert sorted((m.kind, m.value) for m in r.measures) == [("Observation", 93.71), ("Target", 95.0)]


def test_who_deploys_a_programme_in_a_directive_runs_it(extract):
    r = extract("广东省人民政府通报。根据省政府关于开展2016—2017年度地级以上市政府质量工作考核的部署,省质量强省工作领导小组办公室组织考核。")
    assert ("广东省人民政府", "地级以上市政府质量工作考核") in facts(r, "launched")


def test_a_body_counting_its_partners_before_a_relative_clause_issued_the_plan(extract):
    r = extract("2022年,国家发展改革委等七部门联合发布的《关于新时代推进品牌建设的指导意见》明确提出,鼓励各地打造区域品牌。")
    assert facts(r, "issued") == {("国家发展和改革委员会", "关于新时代推进品牌建设的指导意见")}


def test_a_headlines_figure_restating_the_bodys_is_one_measure_under_the_bodys_name(extract):
    r = extract("2011年我国产品质量合格率为87.5%\n质检总局2011年共对19328家企业生产的20965种产品进行了国家监督抽查,产品抽样合格率为87.5%。")
    assert [(m.indicator, m.value) for m in r.measures] == [("产品抽样合格率", 87.5)]


def test_the_region_a_check_covers_the_one_spoken_of_and_no_compared_average(extract):
    r = extract("青岛市质量技术监督局公布抽查结果。据介绍,今年一季度,国家质检总局对全国2170家企业生产的2359种产品实施了监督抽查,"
                "抽查合格率为74.7%。\n台州市黄岩区上半年共抽查111批次产品,批次合格率为92.8%,高出全市平均批次合格率0.3个百分点。"
                "上半年,该区共抽查大米等食品33批次,合格30批次,合格率为90.9%。")
    assert sorted((m.value, m.region) for m in r.measures) == [(74.7, "中国"), (90.9, "黄岩区"), (92.8, "黄岩区")]
    assert not any(n.startswith("高出") for n in names(r, "Indicator"))


def test_the_items_that_pass_at_a_rate_are_no_measure(extract):
    r = extract("抽查结果显示,一季度抽查合格率为100%的有日用陶瓷、肉制品等9类产品。食品质量有所提高,一季度抽样合格率为93.5%。")
    assert [m.value for m in r.measures] == [93.5]


def test_the_centre_cited_in_a_local_article_is_not_its_actor(extract):
    r = extract("秭归县召开全县质量工作会议，传达贯彻落实党中央国务院质量工作部署。会议强调，要深入开展质量提升行动。")
    assert not {a for a, p in facts(r, "launched") if a in ("中国共产党中央委员会", "国务院")}
    r = extract("为加快质量强省建设，根据中共中央、国务院印发的《质量强国建设纲要》精神，提出如下意见。深入实施质量品牌提升工程。")
    assert not {a for a, p in facts(r, "launched") if a in ("中国共产党中央委员会", "国务院")}


def test_a_body_that_publishes_a_designation_list_launched_it(extract):
    r = extract("宜昌市召开会议。市场监管总局和教育部联合公布了第二批30家“全国中小学质量教育社会实践基地”，湖北省有3家。")
    assert {("国家市场监督管理总局", "全国中小学质量教育社会实践基地"), ("教育部", "全国中小学质量教育社会实践基地")} \
        <= facts(r, "launched")


def test_an_award_given_to_listed_recipients_is_launched_by_who_gives_and_who_selects_it(extract):
    r = extract("经中国质量奖评选表彰委员会评选，市场监管总局审定并核报国务院，决定对甲乙科技股份有限公司、"
                "丙丁集团有限公司等3家组织授予第五届中国质量奖。")
    launched = {a for a, p in facts(r, "launched") if p == "中国质量奖"}
    assert launched == {"国家市场监督管理总局", "中国质量奖评选表彰委员会"}  # 国务院 is reported to, not acting


def test_a_bare_department_listed_after_a_national_body_is_national(extract):
    r = extract("宜昌市召开会议。市场监管总局会同发展改革委、科技部等部门印发《质量提升方案》。")
    assert "国家发展和改革委员会" in {a for a, _ in facts(r, "participated")} | {m.canonical for m in r.mentions}
    assert "宜昌市发展和改革委员会" not in {m.canonical for m in r.mentions}


def test_a_themed_week_in_a_quoted_list_takes_the_lists_verb(extract):
    r = extract("宜昌市质监局将组织开展“计量惠民生”、“电梯安全宣传周”等宣传推广活动。")
    assert {("宜昌市质量技术监督局", "计量惠民生"), ("宜昌市质量技术监督局", "电梯安全宣传周")} <= facts(r, "launched")


def test_a_name_after_a_post_and_before_what_the_person_does(extract):
    r = extract("决定对宁波港建设股份有限公司总工程师林建明授予质量奖。宜昌市质监局局长高度重视此项工作。")
    assert ("林建明", "宁波港建设股份有限公司") in facts(r, "worksFor")
    assert "高度" not in {m.canonical for m in r.mentions if m.kind == "Person"}


def test_an_award_named_only_for_its_winners_is_not_what_is_launched(extract):
    r = extract("宜昌市质监局将组织开展“宜昌市质量奖”获奖企业质量管理先进经验的推广。")
    assert ("宜昌市质量技术监督局", "宜昌市质量奖") not in facts(r, "launched")


def test_a_body_that_approves_is_not_the_one_that_acts(extract):
    r = extract("宜昌市召开会议。全国评比达标表彰工作协调小组办公室批准湖北省政府设立省政府质量奖。")
    launched = {a for a, p in facts(r, "launched") if p == "省政府质量奖"}
    assert launched == {"湖北省人民政府"}


@pytest.mark.parametrize(("sentence", "year"), [
    ("今年上半年，全市食品抽检合格率为98.5%。", 2023),
    ("去年，全市产品质量监督抽查合格率达到95.2%。", 2022),
    ("全市食品抽检合格率比上年提高2个百分点，达到97%。", None),  # a comparison base dates nothing
])
def test_a_year_stated_against_the_documents_date(extract, sentence, year):
    r = extract(f"宜昌市质量工作简报\n2023年7月5日\n{sentence}")
    assert [m.year for m in r.measures if m.value in (98.5, 95.2, 97.0)] == [year]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("全市食品抽检合格率比上年提高2个百分点，达到97%。", [97.0]),  # the level after the change
    ("全省制造业产品质量合格率年均增长0.26%。", []),  # growth of a rate is no observation of it
    ("全市食品抽检合格率同比增长1.5%。", []),
])
def test_a_change_is_no_observation_the_level_is(extract, sentence, expected):
    r = extract(f"宜昌市质量工作简报\n2023年7月5日\n{sentence}")
    assert [m.value for m in r.measures if m.kind == "Observation"] == expected


def test_a_goal_section_named_without_its_number(extract):
    r = extract("宜昌市质量提升方案\n2023年7月5日\n主要目标\n到2027年，制造业质量竞争力指数达到86以上。\n"
                "服务质量满意度达到82分以上。\n重点任务\n2022年全市食品抽检合格率为97%。")
    assert [(m.kind, m.value, m.year) for m in r.measures] == [("Target", 86.0, 2027), ("Target", 82.0, 2027),
                                                               ("Observation", 97.0, 2022)]


def test_passive_agents_of_plans_and_programmes(extract):
    r = extract("《宜昌市质量提升行动方案》由宜昌市市场监管局、宜昌市商务局联合印发。")
    assert facts(r, "issued") == {("宜昌市市场监督管理局", "宜昌市质量提升行动方案"), ("宜昌市商务局", "宜昌市质量提升行动方案")}
    r = extract("宜昌市今年开展的质量提升行动由宜昌市市场监管局牵头组织实施。")
    assert ("宜昌市市场监督管理局", "质量提升行动") in facts(r, "launched")
    # 由 that introduces no passive of the plan names nobody
    r = extract("《宜昌市质量提升行动方案》由此成为全市工作的依据。")
    assert not facts(r, "issued")


def test_the_article_agency_is_never_one_it_only_cites_in_a_list(extract):
    # a province's opinion that cites 中共中央、国务院 names no actor of its own: nobody launches
    r = extract("为贯彻落实中共中央、国务院《质量强国建设纲要》精神，统筹推进质量强省战略，提出如下意见。\n"
                "大力实施“某某精品”品牌培育行动。")
    assert facts(r, "launched") == set()


def test_the_page_source_line_names_the_article_agency(extract):
    # the page's 来源 names whose news it is, however often others are named
    r = extract("宜昌启动质量月\n2022年09月12日 来源:湖北省市场监督管理局\n"
                "市场监管总局质量发展局副局长张三、宜昌市市场监管局副局长李四出席启动仪式。\n"
                "宜昌市市场监管局局长王五主持仪式。宜昌市市场监管局还介绍了情况。湖北省市场监管局有关同志出席。\n"
                "会议要求，深入开展“质量月”活动。")
    assert facts(r, "launched") == {("湖北省市场监督管理局", "质量月")}


def test_a_national_guest_is_not_a_local_articles_agency(extract):
    r = extract("宜昌启动质量月\n市场监管总局质量发展局副局长张三、省市场监管局副局长李四出席启动仪式。\n"
                "湖北省市场监管局一级巡视员王五主持仪式。市场监管总局质量发展局有关同志介绍了情况。\n"
                "会议要求，深入开展“质量月”活动。")
    assert facts(r, "launched") == {("湖北省市场监督管理局", "质量月")}


def test_a_theme_slogan_launches_nothing(extract):
    r = extract("宜昌市市场监管局举办质量月活动。活动以“深入实施质量提升行动，大力推进质量强国建设”为主题。"
                "今年的主题是“开展质量提升行动”。")
    assert ("宜昌市市场监督管理局", "质量提升行动") not in facts(r, "launched")


def test_a_purpose_clause_does_not_launch_what_it_implements(extract):
    r = extract("宜昌市市场监管局发布消息。为落实质量强国战略，9月1日起我市将开展“质量月”活动。")
    assert ("宜昌市市场监督管理局", "质量强国战略") not in facts(r, "launched")


def test_a_lead_paragraph_sets_the_goals_of_its_section(extract):
    r = extract("宜昌市质量强市实施意见\n一、总体要求\n到2025年，全市质量总体水平显著提高。\n"
                "——供给质量水平显著提高。制造业产品质量合格率稳定在94%以上，食品抽检问题处置率达到100%。\n"
                "二、重点任务\n2022年全市食品抽检合格率为97%。")
    assert sorted((m.kind, m.value, m.year) for m in r.measures) == [
        ("Observation", 97.0, 2022), ("Target", 94.0, 2025), ("Target", 100.0, 2025)]


def test_figures_announced_in_a_city_are_not_that_citys(extract):
    r = extract("1月22日，国家质检总局在北京举行新闻发布会，发布2016年产品质量监督抽查情况。"
                "国家产品质量监督抽查合格率为91.6%。")
    assert [(m.value, m.region) for m in r.measures] == [(91.6, "中国")]  # the country's, not 北京's


def test_a_series_over_the_recent_years(extract):
    r = extract("国家质检总局发布2016年产品质量监督抽查情况。从近5年的抽查情况看，国家产品质量监督抽查合格率"
                "分别为89.8%、88.9%、92.3%、91.1%和91.6%。")
    assert sorted((m.year, m.value) for m in r.measures if m.kind == "Observation") == [
        (2012, 89.8), (2013, 88.9), (2014, 92.3), (2015, 91.1), (2016, 91.6)]


def test_a_draft_put_out_for_comment_is_not_issued(extract):
    r = extract("10月30日，宜昌市市场监督管理局发布关于征求《宜昌市质量强市建设实施方案》意见的通告。")
    assert facts(r, "issued") == set()


def test_a_notice_title_line_names_who_issues_the_plan_it_sends(extract):
    r = extract("宜昌市人民政府办公室关于印发宜昌市质量强市工作方案的通知 宜府办函〔2018〕83号\n"
                "各县(市、区)人民政府，市政府各部门：\n经市人民政府同意，现将《宜昌市质量强市工作方案》印发给你们，"
                "请认真贯彻执行。")
    # (the notice is a plan too, GUIDE: a notice whose title embeds a plan gives two, both the notice's issuer's;
    # read since its number after a space stopped hiding the title line)
    assert facts(r, "issued") == {("宜昌市人民政府办公室", "宜昌市质量强市工作方案"),
                                  ("宜昌市人民政府办公室", "宜昌市人民政府办公室关于印发宜昌市质量强市工作方案的通知")}


def test_goals_stated_mid_sentence_govern_the_rest_of_the_paragraph(extract):
    r = extract("2024年3月4日\n2023年，《纲要》正式实施。《纲要》设定了主要目标：到2025年，质量整体水平进一步提高。"
                "具体指标包括制造业质量竞争力指数达到86，食品抽检合格率达到98%以上。")
    assert sorted((m.kind, m.indicator, m.value, m.year) for m in r.measures) == [
        ("Target", "制造业质量竞争力指数", 86.0, 2025), ("Target", "食品抽检合格率", 98.0, 2025)]


def test_values_listed_for_the_items_of_a_name(extract):
    r = extract("2024年3月4日\n2023年，生活性服务、公共服务满意度分别提高到81.30分和81.43分。")
    assert sorted((m.indicator, m.value) for m in r.measures) == [("公共服务满意度", 81.43), ("生活性服务满意度", 81.3)]
    # values for items the name does not hold are none of the indicator's
    r = extract("2023年5月30日\n2022年，粮食加工品、食用油、肉制品等3大类食品，监督抽检不合格率分别为0.68%、1.13%、1.06%。")
    assert r.measures == []


def test_a_body_placed_above_the_county_is_not_the_provinces(extract):
    # 市市场监管局 in a county's news is the city above it (河源市 above 东源县), and the sentence
    # without a subject goes on with it, not with the province that published the list
    r = extract("广东省市场监督管理局公布了第二批名单，东源县成功入选。\n"
                "近年来，市市场监管局深入推进质量强市建设。依托检验检测平台，组织开展“提质强企”活动。")
    assert facts(r, "launched") == {("河源市市场监督管理局", '"提质强企"活动')}


def test_issuers_and_launchers_named_after_you(extract):
    # 由X、Y等十部委联合下发《…》: X and Y issue it
    r = extract("8月由国家质量监督检验检疫总局、工业和信息化部等十部、委、局联合下发《关于开展2011年全国“质量月”活动的通知》。")
    assert {a for a, _ in facts(r, "issued")} == {"国家质量监督检验检疫总局", "工业和信息化部"}
    # 由X主办，Y协办的…活动: X runs it
    r = extract("9月5日，由红河州人民政府主办，红河州质监局协办的红河州质量月活动启动仪式在蒙自举行。")
    assert facts(r, "launched") == {("红河哈尼族彝族自治州人民政府", "质量月")}


def test_an_official_who_launches_acts_for_his_body(extract):
    r = extract("新华社北京9月1日电 国家质检总局质量管理司司长黄国梁1日宣布正式启动全国“质量月”。")
    assert facts(r, "launched") == {("国家质量监督检验检疫总局质量管理司", "质量月")}


def test_a_purpose_clause_takes_the_main_clauses_subject(extract):
    r = extract("来源:上海市质监局\n为扎实开展“质量月”活动，8月31日，苏浙皖赣沪四省一市质监局在杭州共同举行启动仪式。"
                "国家质检总局总工程师张纲到会并发表讲话。张纲高度评价合作互认工作，指出联合开展质量月活动有益于形成合力。")
    assert facts(r, "launched") == set()


def test_the_second_issuer_of_a_title_takes_the_first_ones_region(extract):
    r = extract("依据《宁夏回族自治区党委 人民政府关于加快推进质量强区建设的实施意见》精神，制定本方案。")
    assert {a for a, _ in facts(r, "issued")} == {"中共宁夏回族自治区委员会", "宁夏回族自治区人民政府"}


@pytest.mark.parametrize(
    "text",
    [
        "2016年8月27日\n《规划》提出到2020年实现两类目标。定量目标主要有3个：一是消费品质量国家监督抽查合格率稳定在90%以上。",
        "2016年12月29日\n规划设置了明确的目标，提出到2020年，产品和服务质量水平明显提升。具体来看，产品质量国家监督抽查合格率要稳定在90%以上。",
        "2012年7月18日\n《意见》提出,到2015年,广东农业标准化生产普及率超过30%,产品质量国家监督抽查合格率稳定在90%以上。",
    ],
)
def test_goal_leads_that_open_with_what_a_plan_proposes(extract, text):
    r = extract(text)
    assert ("Target", 90.0, 2020 if "2020" in text else 2015) in {(m.kind, m.value, m.year) for m in r.measures}


def test_a_wires_dateline_and_a_papers_name_are_not_the_region(extract):
    r = extract("新华社北京12月27日电 国家质检总局公布规划，提出到2020年产品质量国家监督抽查合格率要稳定在92%以上。(《上海证券报》)")
    assert {m.region for m in r.measures} == {"中国"}  # not 北京 or 上海
    assert names(r, "Region") == set()


def test_a_national_bodys_figures_are_the_countrys(extract):
    r = extract("记者12日从市场监管总局获悉，2022年大型企业产品抽查不合格率低于2.2%。"
                "2022年组织广东、浙江、河北等15个省开展质量专项整治。")
    assert [(m.value, m.region) for m in r.measures] == [(2.2, "中国")]


def test_an_areas_or_other_countries_figure_is_none_of_ours(extract):
    r = extract("2023年我国制造业产品质量合格率达到93.65%。从区域看，珠三角、长三角地区制造业产品质量合格率超过94%。"
                "目前，发达国家产品质量抽查合格率在90%以上。")
    assert [(m.indicator, m.value) for m in r.measures] == [("制造业产品质量合格率", 93.65)]


def test_a_plan_to_raise_a_rate_is_a_goal(extract):
    r = extract("2011年9月1日\n国家质检总局计划再用十年时间把我国产品质量抽查合格率再提高15个百分点。")
    assert [(m.kind, m.value, m.unit) for m in r.measures] == [("Target", 15.0, "个百分点")]


def test_what_a_speaker_urges_is_not_done(extract):
    r = extract("3月21日，普陀区召开质量工作领导小组会议，普陀区质量工作领导小组副组长、副区长肖立出席会议并讲话。\n"
                "他强调，要深刻学习领会《质量强国建设纲要》。以实施行动计划为主线，大力开展质量提升行动。"
                "要积极开展质量基础设施强链补链延链行动。\n李峻区长强调，要牢固树立质量意识，扎实推进质量提升行动。")
    assert facts(r, "launched") == set()


def test_what_follows_dui_is_acted_on_not_an_actor(extract):
    r = extract("山东省沂南县市场监管局开展认证提升活动。我局了解了小微企业的需求。对我县10家小微企业开展质量提升行动。")
    assert ("沂南县市场监督管理局", "质量提升行动") in facts(r, "launched")


def test_a_headline_restating_a_goal_is_no_observation(extract):
    r = extract("泉州市：2025年全市强检计量器具检定覆盖率达到92%\n泉州市人民政府出台意见。到2025年，全市强检计量器具检定覆盖率达到92%。")
    assert [(m.kind, m.value, m.year) for m in r.measures] == [("Target", 92.0, 2025)]


def test_the_base_a_value_is_compared_with_is_not_the_documents(extract):
    r = extract("2022年6月1日\n2021年，镇江以总体满意度82.78分排名全国第五，比全国总体满意度79.09分高3.69分。"
                "呼和浩特市公共服务质量满意度得分80.50分，较全国总体满意度高1.41分。")
    assert sorted((m.indicator, m.value) for m in r.measures) == [("公共服务质量满意度", 80.5), ("总体满意度", 82.78)]


@pytest.mark.parametrize(
    "text",
    [
        "汉阴县人民政府召开会议。会上，县长周永鑫就实施质量兴县战略提出三点意见。",  # the topic
        "汉阴县人民政府召开会议。县质监局纷纷表示将为推进质量兴县战略作出积极的贡献。",  # the aim
        "蕲春县人民政府召开会议。近年来，我县坚持实施质量强县战略，取得了明显成效。",  # the county acts
    ],
)
def test_a_programme_that_is_a_topic_an_aim_or_a_regions_act_is_not_launched(extract, text):
    assert facts(extract(text), "launched") == set()


def test_a_meeting_that_adopts_a_plan_issues_it(extract):
    r = extract("近日，江西省宁都县人民政府召开常务会议审议并通过了《宁都县质量兴县实施方案》。")
    assert facts(r, "issued") == {("宁都县人民政府", "宁都县质量兴县实施方案")}


def test_a_superiors_cited_directive_launches_nothing(extract):
    r = extract("为全面贯彻落实党中央国务院和市委市政府关于建设质量强国、开展质量提升行动的决策部署，"
                "上海市质量工作领导小组办公室、上海市市场监督管理局编撰了白皮书。")
    assert facts(r, "launched") == set()


def test_the_year_a_report_covers_beside_the_year_it_appears(extract):
    r = extract("2022年9月8日\n在2022年“质量月”来临之际，乐山市发布了2021年城市质量状况分析报告。\n"
                "全市食品、药品、重要工业品质量监督抽查合格率分别达98.1%、99.8%和96.1%。")
    assert sorted((m.indicator, m.value, m.year) for m in r.measures) == [
        ("药品质量监督抽查合格率", 99.8, 2021), ("重要工业品质量监督抽查合格率", 96.1, 2021), ("食品质量监督抽查合格率", 98.1, 2021)]


def test_in_a_report_a_purpose_is_an_aim_in_a_signed_plan_what_it_deploys(extract):
    r = extract("为大力开展质量提升行动、全面提高产品和服务质量，2018年9月，国家市场监督管理总局联合相关部门将共同开展全国“质量月”活动。")
    assert facts(r, "launched") == {("国家市场监督管理总局", "质量月")}
    r = extract("各市人民政府：\n现将《方案》印发给你们。\n甘肃省质量强省建设协调推进领导小组\n2023年3月24日\n"
                "为深入贯彻落实有关精神，持续深入开展质量提升行动，结合我省实际，制定本方案。")
    assert facts(r, "launched") == {("甘肃省质量强省建设协调推进领导小组", "质量提升行动")}


def test_his_view_is_no_act(extract):
    r = extract("上海市市场监管局质量发展处副处长周曙光作开班动员。他认为推行实施首席质量官制度有利于督促企业落实质量主体责任。")
    assert facts(r, "launched") == set()
    assert ("周曙光", "上海市市场监督管理局") in facts(r, "worksFor")


@pytest.mark.parametrize(
    "text",
    [
        "国务院总理李克强作出重要批示。批示指出：质量是立业之本。各方面共同努力，深入实施质量强国战略。",
        "3月5日，十三届全国人大一次会议开幕会上，国务院总理李克强在谈到政府工作时说，要全面开展质量提升行动。",
        "3月6日，全国政协委员、质检总局局长支树平在分组讨论会上建议，全面开展质量提升行动。",
        "从2017年政府工作报告中的“广泛开展质量提升行动”，到2018年的“全面开展质量提升行动”，关注一以贯之。",
    ],
)
def test_instructions_proposals_sessions_and_quoted_words_are_no_acts(extract, text):
    assert facts(extract(text), "launched") == set()


def test_a_titles_issuers_whose_names_hold_he(extract):
    r = extract("温州市洞头区发展和改革局 温州市洞头区市场监督管理局关于印发《温州市洞头区质量强区发展规划》的通知\n各相关部门：")
    plan = "温州市洞头区发展和改革局 温州市洞头区市场监督管理局关于印发温州市洞头区质量强区发展规划的通知"
    assert {a for a, p in facts(r, "issued") if p == plan} == {"温州市洞头区发展和改革局", "温州市洞头区市场监督管理局"}


def test_a_district_plans_goals_are_the_districts(extract):
    r = extract("重庆市沙坪坝区人民政府关于印发沙坪坝区质量强区建设实施方案的通知\n各镇人民政府：\n"
                "《沙坪坝区质量强区建设实施方案》已经区政府审议通过，现印发给你们。\n重庆市沙坪坝区人民政府\n"
                "为深入贯彻落实《中共重庆市委 重庆市人民政府质量强市建设实施方案》精神，制定本方案。\n"
                "到2027年，制造业质量竞争力指数达到86以上。")
    assert [(m.value, m.region) for m in r.measures] == [(86.0, "沙坪坝区")]


def test_issuers_unspaced_in_a_title_and_a_documents_own_title(extract):
    r = extract("中共杭州市委杭州市人民政府关于开展质量提升行动的实施意见\n为全面贯彻落实有关部署，提出如下实施意见。")
    plan = "中共杭州市委杭州市人民政府关于开展质量提升行动的实施意见"
    assert {a for a, p in facts(r, "issued") if p == plan} == {"中共杭州市委员会", "杭州市人民政府"}
    r = extract("根据《中共山东省委山东省人民政府印发〈关于开展质量提升行动的实施方案〉的通知》精神，制定本方案。")
    assert {a for a, _ in facts(r, "issued")} == {"中共山东省委员会", "山东省人民政府"}


def test_a_notice_sent_to_you_without_gei(extract):
    r = extract("中共张掖市委 张掖市人民政府\n印发《关于开展质量提升行动实施方案》的通知\n各县区委：\n"
                "《关于开展质量提升行动实施方案》已经市委常委会研究通过，现印发你们，请认真贯彻执行。")
    assert facts(r, "issued") >= {("中共张掖市委员会", "关于开展质量提升行动实施方案"), ("张掖市人民政府", "关于开展质量提升行动实施方案")}


def test_a_name_after_the_theme_it_is_held_under(extract):
    r = extract("9月16日，始兴县市场监管局举行以“建设质量强国 决胜全面小康”为主题“质量月”现场宣传活动。")
    assert names(r, "Programme") == {"质量月"}
    assert facts(r, "launched") == {("始兴县市场监督管理局", "质量月")}


def test_a_national_report_measures_the_country(extract):
    # GUIDE: the country is 中国 (aliases 我国, 全国 as a place); a national report's values are its
    r = extract("市场监管总局8日发布的监测数据显示：2023年我国制造业产品质量合格率达到93.65%，较上年提高0.36个百分点。\n"
                "从行业看，通用设备制造业产品质量合格率提升幅度超过3个百分点。\n"
                "我国31个省、自治区、直辖市制造业产品质量合格率首次全部达到90%以上。")
    assert {(m.indicator, m.value, m.comparator, m.year, m.region) for m in r.measures} == {
        ("制造业产品质量合格率", 93.65, "=", 2023, "中国"), ("制造业产品质量合格率", 90.0, ">=", 2023, "中国")}
    assert "中国" in names(r, "Region")


def test_where_quanguo_names_a_place_and_where_a_name(extract):
    r = extract("湖北省产品质量合格率位居全国第一，高于全国平均水平。")
    assert [m.surface for m in r.mentions if m.kind == "Region" and m.canonical == "中国"] == ["全国", "全国"]
    r = extract("刘平均在全国“质量月”活动启动仪式上说，全国质量奖和全国第一批试点已经公布。")
    assert "中国" not in names(r, "Region")


def test_a_provinces_value_stays_the_provinces_beside_the_country(extract):
    r = extract("湖北省市场监管局发布质量状况白皮书。2022年湖北省在全国率先建立质量档案，制造业产品质量合格率为93.58%。")
    assert [(m.value, m.region) for m in r.measures] == [(93.58, "湖北省")]


def test_a_headline_repeating_the_body_gives_one_value(extract):
    r = extract("我国制造业质量竞争力指数达到85.21\n本报讯 市场监管总局统计监测数据显示，2023年我国制造业质量竞争力指数达到85.21。\n"
                "生活性服务、公共服务满意度分别提高到81.30分和81.43分。")
    assert _measures(r, "Observation") == {("制造业质量竞争力指数", 85.21, None, "=", 2023),
                                           ("生活性服务满意度", 81.3, "分", "=", 2023), ("公共服务满意度", 81.43, "分", "=", 2023)}
    assert "生活性服务、公共服务满意度" not in names(r, "Indicator")


def test_a_shorter_indicator_named_first_is_no_part_of_a_longer_one(extract):
    r = extract("2023年我国制造业产品质量合格率达到93.65%。从行业看，通用设备制造业产品质量合格率提升明显。")
    assert _measures(r, "Observation") == {("制造业产品质量合格率", 93.65, "%", "=", 2023)}
    assert names(r, "Indicator") == {"制造业产品质量合格率", "通用设备制造业产品质量合格率"}


def test_the_country_where_a_body_acts_first_is_no_actor(extract):
    r = extract("杭州市人民政府早在2012年就在全国率先启动实施质量强市战略。")
    assert facts(r, "launched") == {("杭州市人民政府", "质量强市战略")}
    assert "中国" in names(r, "Region")


def test_as_of_a_year_end_is_a_past_date(extract):
    r = extract("记者从市场监管总局获悉：截至2024年底，我国制造业产品质量合格率达到93.93%。\n截止到2023年末，全市食品抽检合格率为98%。\n"
                "力争至2027年，全市食品抽检合格率达到99%。")
    assert {(m.kind, m.value, m.year) for m in r.measures} == {
        ("Observation", 93.93, 2024), ("Observation", 98.0, 2023), ("Target", 99.0, 2027)}


def test_a_years_goals_stated_after_a_speaker(extract):
    r = extract("2012年12月25日 来源：某省人民政府网站\n[省质监局副局长]：2015年具体目标是：农产品质量安全水平稳定提高。"
                "农业标准化生产普及率超过30%，主要农产品质量安全抽检合格率稳定在96%以上。")
    assert _measures(r, "Target") == {("农业标准化生产普及率", 30.0, "%", ">", 2015),
                                      ("主要农产品质量安全抽检合格率", 96.0, "%", ">=", 2015)}
    assert _measures(r, "Observation") == set()


def test_amounts_as_goals_without_a_verb(extract):
    r = extract("一、总体要求\n到2025年，全省质量总体水平显著提高。\n——制修订地方标准300项以上，力争注册商标总量达到7万件，"
                "地理标志商标累计注册量达到45件以上。\n到2020年，江西省企业首席质量官总数达2000名，全省发明专利年授权数达到4000件。")
    assert _measures(r, "Target") == {("制修订地方标准", 300.0, "项", ">=", 2025), ("注册商标总量", 7.0, "万件", "=", 2025),
                                      ("地理标志商标累计注册量", 45.0, "件", ">=", 2025), ("企业首席质量官总数", 2000.0, "名", "=", 2020),
                                      ("发明专利年授权数", 4000.0, "件", "=", 2020)}


def test_an_awards_classes_and_organisations_that_win_them(extract):
    r = extract("经严格评审，市政府决定，授予浙江万马股份有限公司等5家组织“杭州市人民政府质量奖”；"
                "授予龙邦建设股份有限公司等5家组织“杭州市人民政府质量管理创新奖”。")
    assert facts(r, "launched") == {("杭州市人民政府", "杭州市人民政府质量奖"), ("杭州市人民政府", "杭州市人民政府质量管理创新奖")}


def test_a_purpose_after_a_byline_and_an_act_defined_launch_nothing(extract):
    r = extract("中国质量新闻网讯 为推进建立企业首席质量官制度，引导企业落实质量主体责任，共青城市市场监管局组织企业管理人员参加培训。\n"
                "建立和实施“首席质量官”制度是落实企业质量主体责任的重要举措。")
    assert facts(r, "launched") == set()


def test_who_organises_an_activity_named_at_a_sentences_start(extract):
    r = extract("8月31日上午，乌兰察布市“质量月”活动启动仪式隆重举行。活动由乌兰察布市质监局主办，全市17家企事业单位参加。\n"
                "“质量月”作为贯彻落实质量发展纲要的一项重要措施，开展好今年的“质量月”活动意义重大。")
    assert {(s, p, rule) for s, p, rule in ((f.subject[1], f.object[1], f.rule) for f in r.facts if f.relation == "launched")} \
        == {("乌兰察布市质量技术监督局", "质量月", "organised-by")}


def test_a_sites_header_line_signs_nothing(extract):
    r = extract("咸宁市市场监督管理局\n今天是:\n您当前的位置 : 首页 >>正文\n市人民政府关于印发咸宁市质量兴市规划的通知\n"
                "各县、市、区人民政府：\n《咸宁市质量兴市规划》已经市人民政府审议通过，现印发给你们，请认真贯彻实施。\n咸宁市人民政府\n2012年11月26日")
    assert {a for a, _ in facts(r, "issued")} == {"咸宁市人民政府"}



def test_sizes_listed_before_one_name_give_one_value_each(extract):
    r = extract("2022年，市场监管总局组织开展国家监督抽查。大、中、小型企业产品抽查不合格率分别为1.6%、2.9%、10.1%。")
    assert _measures(r, "Observation") == {("大型企业产品抽查不合格率", 1.6, "%", "=", 2022),
                                           ("中型企业产品抽查不合格率", 2.9, "%", "=", 2022),
                                           ("小型企业产品抽查不合格率", 10.1, "%", "=", 2022)}


def test_a_plan_title_deploys_what_it_names_for_its_issuers(extract):
    r = extract("湖南省委、省政府正式印发《关于开展质量提升行动的实施意见》\n本报讯 日前，湖南省委、省政府印发《关于开展质量提升行动的实施意见》。")
    assert facts(r, "launched") == {("中共湖南省委员会", "质量提升行动"), ("湖南省人民政府", "质量提升行动")}


def test_a_headline_that_reports_a_plan_issued(extract):
    r = extract("贵州省\n省委省政府印发关于贯彻落实《质量强国建设纲要》深化质量强省建设的实施意见\n为深入贯彻落实党的二十大精神，制定本实施意见。")
    plan = "关于贯彻落实质量强国建设纲要深化质量强省建设的实施意见"
    assert {(a, p) for a, p in facts(r, "issued") if a.startswith(("中共贵州", "贵州"))} == {
        ("中共贵州省委员会", plan), ("贵州省人民政府", plan)}
    r = extract("厦门日报讯 市政府印发关于贯彻落实《质量强国建设纲要》的实施意见，推进质量强市建设。")
    assert ("厦门市人民政府", "质量强国建设纲要") not in facts(r, "issued")


def test_a_full_stop_typed_as_a_decimal_point(extract):
    r = extract("記者從市市場監督管理局獲悉，2021年呼和浩特市公共服務質量滿意度得分80。50分，較全國總體滿意度高1。41分。")
    assert _measures(r, "Observation") == {("公共服务质量满意度", 80.5, "分", "=", 2021)}


def test_an_areas_figure_names_no_indicator_of_its_own(extract):
    r = extract("中新社北京7月16日电 监测结果显示，华东地区公共服务质量整体满意度为78.82，处于“比较满意”水平。")
    assert r.measures == [] and names(r, "Indicator") == {"公共服务质量整体满意度"}


def test_who_runs_a_month_named_after_its_theme(extract):
    r = extract("今年全国“质量月”活动以“推动质量变革创新 促进质量强国建设”为主题，由市场监管总局、国家发展改革委等21个部门和单位共同举办。")
    assert facts(r, "launched") == {("国家市场监督管理总局", "质量月"), ("国家发展和改革委员会", "质量月")}


def test_localities_and_industries_that_act_are_no_agency(extract):
    r = extract("国家市场监督管理总局副局长秦宜智介绍，我国质量发展成效明显。各地各行业大力实施质量强省、质量强业战略。")
    assert facts(r, "launched") == set()
    # (a notice's addressees told to act: 各镇街、各部门要…开展质量提升行动, not the government that sends it)
    r = extract("中山市人民政府决定授予某公司称号。各镇街、各部门要高度重视质量工作,持续深入开展质量提升行动。")
    assert facts(r, "launched") == set()


def test_a_value_given_in_the_clause_after_its_indicator(extract):
    r = extract("2024年，这些举措显著提升了制造业质量竞争力指数，使其达到85.86的较高水平。")
    assert _measures(r, "Observation") == {("制造业质量竞争力指数", 85.86, None, "=", 2024)}


def test_bodies_joined_with_lian_he_run_the_programme_together(extract):
    r = extract("9月20日，青海省市场监管局联合省发展改革委、省科技厅等17个部门开展了“质量月”系列活动。"
                "沈阳市市场监管局会同市商务局开展质量提升行动。")
    assert facts(r, "launched") == {("青海省市场监督管理局", "质量月"), ("青海省发展和改革委员会", "质量月"),
                                    ("青海省科学技术厅", "质量月"), ("沈阳市市场监督管理局", "质量提升行动")}


def test_a_survey_result_and_a_rank_in_the_country(extract):
    r = extract("2017年全省质量满意度测评达76.3分。\n市场监管总局发布2020年省级政府质量工作考核结果。"
                "2020年，福建省公共服务质量社会满意度监测结果位居全国第三；全省农产品例行监测总体合格率为99.3%。")
    assert {(m.indicator, m.value, m.region) for m in r.measures} >= {("农产品例行监测总体合格率", 99.3, "福建省")}
    assert ("质量满意度", 76.3, "分", "=", 2017) in _measures(r, "Observation")


def test_a_past_year_after_a_five_year_plans_name_states_no_goal(extract):
    r = extract("蓬溪县先后制定了《关于加快建设质量强县的实施意见》《蓬溪县质量发展“十三五”规划》，明确质量发展目标。"
                "2017年全县重点工业产品监督抽查合格率94.2%；服务业顾客满意度91.3%。")
    assert _measures(r, "Target") == set()
    assert _measures(r, "Observation") == {("重点工业产品监督抽查合格率", 94.2, "%", "=", 2017), ("服务业顾客满意度", 91.3, "%", "=", 2017)}


def test_a_notice_title_over_three_lines_by_a_body_and_its_counted_partners(extract):
    r = extract("自治區市場監管局等18個廳局關于印發《內蒙古自治區產品、\n工程和服務質量提升行動方案\n(2023-2025年)》的通知\n"
                "各盟行政公署、市人民政府：\n现印发给你们，请认真贯彻落实。\n內蒙古自治區市場監督管理局\n中國人民銀行呼和浩特中心支行\n2023年3月30日")
    notice = "自治区市场监管局等18个厅局关于印发内蒙古自治区产品、工程和服务质量提升行动方案(2023—2025年)的通知"
    assert notice in names(r, "Plan")
    assert ("内蒙古自治区市场监督管理局", notice) in facts(r, "issued")
    assert "中国人民银行呼和浩特中心支行" in names(r, "Agency")


def test_the_central_quality_action_opinion_named_without_brackets_is_known(extract):
    r = extract("2017年9月，中共中央 国务院关于开展质量提升行动的指导意见明确开展公共服务质量监测和结果通报。")
    plan = "中共中央 国务院关于开展质量提升行动的指导意见"
    assert {("中国共产党中央委员会", plan), ("国务院", plan)} <= facts(r, "issued")


def test_a_forwarding_notice_is_the_forwarders_and_the_forwarded_plan_its_authors(extract):
    r = extract("济南市人民政府办公厅转发市质监局关于进一步加快推进区域品牌建设的意见的通知\n各县(市)、区人民政府:\n"
                "市质监局《关于进一步加快推进区域品牌建设的意见》已经市政府同意,现转发给你们,请认真贯彻执行。\n济南市人民政府办公厅\n")
    assert facts(r, "issued") == {
        ("济南市人民政府办公厅", "济南市人民政府办公厅转发市质监局关于进一步加快推进区域品牌建设的意见的通知"),
        ("济南市质量技术监督局", "关于进一步加快推进区域品牌建设的意见")}


def test_a_papers_own_byline_run_into_a_purpose_and_a_plans_period_typed_outside_its_brackets(extract):
    r = extract("本报讯为贯彻落实国务院《質量發展綱要(2011-2020)年》精神,扎实推进质量强市、名牌兴忻战略,忻州市开展推荐工作。"
                "忻州市质监局具体负责该项工作。")
    assert facts(r, "launched") == set()
    assert ("国务院", "质量发展纲要(2011—2020年)") in facts(r, "issued")


def test_a_headline_that_names_the_field_names_the_bodys_figure(extract):
    r = extract("市场监管总局:2021年食品安全监督抽检不合格率2.69%\n2021年全国市场监管部门完成食品安全监督抽检6954438批次,"
                "发现不合格样品187368批次,监督抽检不合格率为2.69%,较2020年上升0.38个百分点。其中,第四季度监督抽检不合格率为2.85%。")
    # (the body's bare name, a part of two, resolves to neither: the headline's names its figure)
    assert [(m.indicator, m.value, m.year) for m in r.measures][:1] == [("食品安全监督抽检不合格率", 2.69, 2021)]
    assert len(r.measures) == 2
    assert r.measures[0].evidence.sentence_text.startswith("2021年全国市场监管部门")


def test_a_districts_award_rules_put_out_by_its_office(extract):
    """The office puts out its government's rules for the award, the government confers it (GUIDE: the
    awarding body); 区长质量奖, defined short for the district's award, is the award the title names in
    full; the city's strategy (质量强市) a district's rules carry out is the city's."""
    r = extract("深圳市宝安区人民政府办公室关于印发《深圳市宝安区区长质量奖管理办法》的通知\n各街道办事处:\n"
                "《深圳市宝安区区长质量奖管理办法》已经区政府同意,现印发给你们,请遵照执行。\n区政府办公室\n2025年7月17日\n"
                "深圳市宝安区区长质量奖管理办法\n第一条 为树立质量第一意识,坚定不移实施“质量强市”战略,扎实推进“质量强区”建设,制定本办法。\n"
                "第二条 本办法适用于宝安区区长质量奖(以下简称区长质量奖)评定等各项活动。\n"
                "第三条 区长质量奖是深圳市宝安区人民政府设立的全区最高质量荣誉。")
    assert facts(r, "launched") == {("深圳市宝安区人民政府", "深圳市宝安区区长质量奖")}
    assert {n for n in names(r, "Programme") if n.endswith("奖")} == {"深圳市宝安区区长质量奖"}


def test_a_heads_award_of_a_class_is_conferred_by_the_government_not_the_party(extract):
    r = extract("2014年,渝北区委、区政府又提出建设临空都市区的决定,加快推进临空产业集群建设。"
                "同时,还特别设立了区长质量管理奖,对获奖企业给予政策扶持。")
    assert {a for a, p in facts(r, "launched") if p.endswith("区长质量管理奖")} == {"渝北区人民政府"}


def test_the_standards_awards_are_awards_their_regulators_confer(extract):
    r = extract("“中国标准创新贡献奖”是由国家质检总局和国家标准化管理委员会共同设立的,是国家标准化领域最高荣誉。")
    assert facts(r, "launched") == {("国家质量监督检验检疫总局", "中国标准创新贡献奖"), ("国家标准化管理委员会", "中国标准创新贡献奖")}
    r = extract("各地级以上市市场监督管理局,省全面实施标准化战略领导小组各成员单位:\n经严格评审,广东省人力资源和社会保障厅、"
                "广东省市场监督管理局决定,授予珠海格力电器股份有限公司等5家单位广东省标准化突出贡献奖标准化组织奖。")
    assert {a for a, p in facts(r, "launched") if p == "广东省标准化突出贡献奖"} == {"广东省人力资源和社会保障厅", "广东省市场监督管理局"}
    assert "广东省全面实施标准化战略领导小组" in names(r, "Agency")


def test_an_award_set_up_with_approval_and_run_by_a_body(extract):
    r = extract("中国质量奖经中央批准设立,由市场监管总局主办,是政府在质量管理领域授予相关组织和个人的最高荣誉。")
    assert facts(r, "launched") == {("国家市场监督管理总局", "中国质量奖")}


def test_a_lead_body_before_its_counted_partners_runs_what_they_organise(extract):
    r = extract("本次活动是内江市市场监管局会同发改、经信、农业等10多个部门组织开展的“质量月”活动之一。")
    assert facts(r, "launched") == {("内江市市场监督管理局", "质量月")}
    # (联合表彰四省一市开展的…: another verb, its objects others' work)
    r = extract("上海市市场监管局联合表彰四省一市开展的质量品牌故事大赛。")
    assert facts(r, "launched") == set()


def test_a_body_that_carries_out_requirements_then_acts(extract):
    # 落实…工作要求 is the requirements carried out (a noun), not a speaker's 要求，…
    r = extract("山东省质量强省及品牌战略推进工作领导小组办公室认真落实党中央、国务院决策部署和省委、省政府工作要求,"
                "制定了《山东省质量强县(市、区)创建实施方案》,首次启动开展质量强县(市、区)创建活动。")
    office = "山东省质量强省及品牌战略推进工作领导小组办公室"
    assert (office, "山东省质量强县(市、区)创建实施方案") in facts(r, "issued")
    assert (office, "质量强县创建活动") in facts(r, "launched")


def test_amounts_listed_with_fenbie_are_one_goal_per_item(extract):
    r = extract("《意见》提出,到2015年,培育一批自有品牌,著名商标、省名牌产品(工业类)、出口免验产品和地理标志保护产品分别达到"
                "2800个、2000个、50个和80个。年主营业务超过1000亿元、500亿元的名牌企业分别达到10家、20家。")
    assert {(m.indicator, m.value, m.unit, m.year) for m in r.measures if m.kind == "Target"} == {
        ("著名商标", 2800.0, "个", 2015), ("省名牌产品(工业类)", 2000.0, "个", 2015), ("出口免验产品", 50.0, "个", 2015),
        ("地理标志保护产品", 80.0, "个", 2015)}
    # (firms qualified by what they hold or won, counted: 获得…认证的规模以上工业企业达到3万家)
    r = extract("到2015年,获得质量管理体系认证的规模以上工业企业达到3万家,获省政府质量奖的企业达到2家。")
    assert {(m.indicator, m.value, m.unit) for m in r.measures} == {
        ("获得质量管理体系认证的规模以上工业企业", 3.0, "万家"), ("获省政府质量奖的企业", 2.0, "家")}


def test_a_checks_rate_takes_the_field_its_count_names(extract):
    r = extract("2023年,全国市场监管部门完成食品安全监督抽检6997389批次,发现不合格样品190872批次,监督抽检不合格率为2.73%。")
    assert [(m.indicator, m.value, m.year) for m in r.measures] == [("食品安全监督抽检不合格率", 2.73, 2023)]


def test_what_an_approval_sets_up_and_guests_start_is_no_bodys_act(extract):
    r = extract("通州区质监局开展宣传。\n经国务院批准,自今年起将每年5月10日设立为“中国品牌日”。参会嘉宾共同启动了“中国品牌日”消费节。")
    assert facts(r, "launched") == set()


def test_designations_counted_as_a_citys_goals(extract):
    r = extract("唐山市质监局将继续加大名牌培育力度,力争到2012年底,使我市河北省名牌产品达到100项,河北省优质产品达到70项,"
                "国家地理标志保护产品达到4项。")
    assert {(m.indicator, m.value, m.year, m.region) for m in r.measures if m.kind == "Target"} == {
        ("河北省名牌产品", 100.0, 2012, "唐山市"), ("河北省优质产品", 70.0, 2012, "唐山市"), ("国家地理标志保护产品", 4.0, 2012, "唐山市")}
    r = extract("《意见》提出,到2015年,广东农业标准化生产普及率超过30%,省名牌产品(农业类)达到1000个。")
    assert ("省名牌产品(农业类)", 1000.0, 2015) in {(m.indicator, m.value, m.year) for m in r.measures}


def test_figures_since_the_pages_own_year_are_that_years(extract):
    r = extract("2020-11-13 来源:国际在线\n陕西省召开发布会。2020年以来，陕西省工业产品质量监督抽查合格率达91.96%。"
                "2018年以来，全省食品安全监督抽检合格率保持在97%以上。")
    assert {(m.indicator, m.year) for m in r.measures} == {("工业产品质量监督抽查合格率", 2020), ("食品安全监督抽检合格率", None)}


def test_the_signatories_of_a_notice_issue_the_notice_and_the_plan_it_prints(extract):
    """GUIDE: a notice whose title embeds a plan gives two plans, both issued by the notice's issuer;
    a notice without an issuer in its title is signed. A scrape's ?? for a paragraph's indent (its
    full-width spaces lost) opens the first line of signatories and hides no body."""
    r = extract("關于印發進一步提高產品、工程和服務質量行動方案(2022—2025年)的通知\n各省、自治區、直轄市人民政府:\n"
                "??《進一步提高產品、工程和服務質量行動方案(2022—2025年)》已經國務院同意,現印發給你們,請認真貫徹落實。\n"
                "??市場監管總局 中央網信辦 國家發展改革委\n科技部 工業和信息化部 民政部\n2022年11月1日\n")
    plan = "进一步提高产品、工程和服务质量行动方案(2022—2025年)"
    issuers = {"国家市场监督管理总局", "中共中央网络安全和信息化委员会办公室", "国家发展和改革委员会", "科学技术部", "工业和信息化部", "民政部"}
    assert {a for a, p in facts(r, "issued") if p == plan} == issuers
    assert {a for a, p in facts(r, "issued") if p == f"关于印发{plan}的通知"} == issuers
    # (the plan it prints is the outermost title before 印发给你们, not the one that title cites)
    r = extract("各区县人民政府:\n现将《关于贯彻落实〈计量发展规划(2021—2035年)〉的实施方案》印发给你们,请认真组织实施。\n"
                "济南市人民政府\n2023年11月13日\n")
    assert ("济南市人民政府", "关于贯彻落实计量发展规划(2021—2035年)的实施方案") in facts(r, "issued")
    assert ("济南市人民政府", "计量发展规划(2021—2035年)") not in facts(r, "issued")


def test_a_title_that_counts_its_other_issuers_overrules_none_of_them(extract):
    r = extract("国家市场监督管理总局、中共中央宣传部、国家发展和改革委员会等相关部门8月23日联合印发"
                "《市场监管总局等14个部门关于开展2019年全国“质量月”活动的通知》。")
    plan = "市场监管总局等14个部门关于开展2019年全国“质量月”活动的通知"
    assert {a for a, p in facts(r, "issued") if p == plan} == {"国家市场监督管理总局", "中共中央宣传部", "国家发展和改革委员会"}


def test_the_score_a_city_ranks_with(extract):
    r = extract("2021年7月，国家市场监督管理总局印发2020年全国公共服务质量监测情况通报，在110个监测城市中，"
                "成都市以83.72高分位居2020年度全国公共服务质量满意度第一位。")
    assert {(m.indicator, m.value, m.year, m.region) for m in r.measures} == {("公共服务质量满意度", 83.72, 2020, "成都市")}


def test_what_a_speaker_lists_after_a_colon_is_no_act(extract):
    r = extract("江苏省质监局召开会议。最后，缪瑞林副省长作了重要讲话，强调指出：一是全面深化质量强省活动；二是大力实施名牌发展战略。")
    assert facts(r, "launched") == set()
    # (his points a number announces, 提出三点希望：, each a sentence of its own)
    r = extract("9月1日上午，由厦门市市场监督管理局主办的启动仪式举行。\n韩某副市长在启动仪式上致辞。他首先对质量工作表示肯定，并提出三点希望："
                "一要牢固树立质量发展意识。要深入学习高质量发展的精神实质。二要深入推进质量提升行动。三要全面共享质量发展成果。")
    assert ("厦门市市场监督管理局", "质量提升行动") not in facts(r, "launched")


def test_goals_reported_met_are_values_and_list_numbers_name_nothing(extract):
    r = extract("广州市质量强市工作成效显著。年度目标完成情况: 1.广州检验检测认证集团正式成立。 2.大中型工程一次验收合格率达100%。"
                " 5.全市制造业产品质量统计合格率达96.74%。 6.品牌带动战略成效明显。")
    assert _measures(r, "Target") == set()
    assert {m.indicator for m in r.measures} == {"大中型工程一次验收合格率", "制造业产品质量统计合格率"}
    assert "6.品牌带动战略" not in names(r, "Programme")


def test_a_figure_named_with_quanguo_is_the_countrys(extract):
    r = extract("据全国市场监管工作会议透露，2017年前三季度全国制造业产品质量合格率为94.16%。")
    assert {(m.indicator, m.value, m.region) for m in r.measures} == {("制造业产品质量合格率", 94.16, "中国")}


def test_an_award_that_a_copula_names_its_founder(extract):
    # X奖是Y设立的…: Y set it up, so Y runs it (GUIDE: an award is launched by the awarding body)
    r = extract("金坛区区长质量奖是我区人民政府在质量管理方面设立的最高荣誉。")
    assert facts(r, "launched") == {("金坛区人民政府", "金坛区区长质量奖")}
    r = extract("莆田市政府质量奖每年评审一次。市质量奖是市政府设立的最高质量荣誉奖。")
    assert facts(r, "launched") == {("莆田市人民政府", "莆田市政府质量奖")}


def test_an_agency_cited_after_weirao_is_no_actor(extract):
    # 围绕X的部署 cites X's plan: the article's own body acts, not X
    r = extract("会议指出,全省要围绕市场监管总局关于质量工作的部署,全面推动质量强省建设。"
                "湖南省市场监管局开展“十百千万”质量品牌提升行动。")
    assert ("国家市场监督管理总局", '"十百千万"质量品牌提升行动') not in facts(r, "launched")
    # 市场监管局围绕省委、市委实施…行动: the committees after 围绕 are cited, the bureau acts, here and in the
    # clauses after (扎实推进质量提升行动)
    r = extract("近年来,漳州市市场监管局围绕省委、市委实施“三提三效”行动,认真落实部署要求,扎实推进质量提升行动。\n")
    assert facts(r, "launched") == {("漳州市市场监督管理局", '"三提三效"行动'), ("漳州市市场监督管理局", "质量提升行动")}


def test_goals_a_plan_sets_reported_in_the_next_sentence(extract):
    # 纲要提出，…。实现…达到98%以上: the plan's goals, though the sentence names no time; a
    # sentence opening with a past year is still a report
    r = extract("近日印发的《质量强国建设纲要》明确了主要目标。在突破质量瓶颈方面,纲要提出,稳步提高一二三产业质量效益。"
                "实现食品抽检合格率达到98%以上,制造业产品质量合格率达到94%。2023年制造业产品质量合格率为93.65%。")
    assert _measures(r, "Target") == {("食品抽检合格率", 98, "%", ">=", None), ("制造业产品质量合格率", 94, "%", "=", None)}
    assert _measures(r, "Observation") == {("制造业产品质量合格率", 93.65, "%", "=", 2023)}


def test_no_launch_in_a_meetings_spirit_or_in_what_a_system_needs(extract):
    r = extract("福建省市场监管局召开会议。会议贯彻落实2023年产品质量国家监督抽查技术评审组工作会议精神,开展了深入的交流研讨。")
    assert not facts(r, "launched")
    r = extract("市场监管总局副局长甘霖出席大会。建立首席质量官制度,需要各级政府积极引导。")
    assert not facts(r, "launched")


def test_a_bare_rate_takes_what_its_clause_counted(extract):
    r = extract("2022年,湛江市县市场监管局全年共完成食品抽检1360批次,总体不合格率6.84%。其中普通食品1060批次,不合格86批次,"
                "不合格率8.11%;食用农产品300批次,不合格7批次,不合格率2.33%。从抽样领域看,生产领域抽查12734批次,"
                "占总量65.5%,抽查不合格率为6.6%。全年组织抽查检验18397家企业的19440批次产品,抽查不合格率为9.4%。"
                "合格132批次,不合格8批次,抽样合格率94.3%。")
    assert {(n, v) for n, v, *_ in _measures(r, "Observation")} == {
        ("总体不合格率", 6.84), ("普通食品不合格率", 8.11), ("食用农产品不合格率", 2.33), ("生产领域抽查不合格率", 6.6),
        ("抽查不合格率", 9.4), ("抽样合格率", 94.3)}
    # (the check's word in the count stays in the rate's name: 市级监督抽查812批次…合格率, not 市级监督合格率)
    r = extract("2019年,工业产品质量市级监督抽查812批次,不合格47批次,合格率为98.1%。"
                "食品及餐饮具监督市县级抽检10906批次,不合格853批次,合格率92.18%。")
    assert {(n, v) for n, v, *_ in _measures(r, "Observation")} == {
        ("工业产品质量市级监督抽查合格率", 98.1), ("食品及餐饮具监督市县级抽检合格率", 92.18)}


def test_who_helps_another_act_does_not_act(extract):
    r = extract("湖北省召开会议。国家质检总局将全力支持湖北深入实施质量兴省战略。湖北省质监局推动实施质量兴省战略。")
    assert facts(r, "launched") == {("湖北省质量技术监督局", "质量兴省战略")}


def test_a_list_item_takes_the_body_its_lead_names(extract):
    r = extract("国家发展改革委8月1日举行专题新闻发布会。国家市场监督管理总局登记注册局二级巡视员张舒在发布会上表示,"
                "市场监管总局高度重视民营企业测量能力提升。\n一是持续开展“计量服务中小企业行”活动,帮助解决计量困难。\n"
                "二是积极引导民营企业参与产业计量测试中心建设。")
    assert facts(r, "launched") == {("国家市场监督管理总局", '"计量服务中小企业行"活动')}


def test_what_an_act_serves_as_a_measure_of_is_not_launched(extract):
    r = extract("市场监管总局高度重视“计量服务中小企业行”活动,将其作为深入开展党史学习教育和贯彻落实“放管服”改革的重要举措。")
    assert not facts(r, "launched")


def test_a_long_list_of_organisers(extract):
    r = extract("9月6日上午,由安徽省石台县质监局、经信委、住建委、国资办、工商联、总工会、团县委等七部门联合主办的"
                "全县“质量月”活动启动仪式在县城繁华街道隆重举行。")
    assert facts(r, "launched") == {(body, "质量月") for body in (
        "石台县质量技术监督局", "石台县经济和信息化委员会", "石台县住房和城乡建设委员会", "石台县国有资产监督管理办公室",
        "石台县工商业联合会", "石台县总工会", "共青团石台县委员会")}


def test_every_body_that_selects_an_award_runs_it(extract):
    r = extract("经中国质量奖评选委员会评审、中国质量奖评审表彰委员会审定、质检总局核报国务院批准,决定对海尔集团公司授予首届中国质量奖。")
    assert facts(r, "launched") == {(a, "中国质量奖") for a in ("中国质量奖评选委员会", "中国质量奖评审表彰委员会", "国家质量监督检验检疫总局")}


def test_an_award_founded_in_a_year_with_approval(extract):
    r = extract("授予我省5家企业2018年度福建省政府质量奖。省政府质量奖是省政府2009年批准设立的质量领域最高荣誉奖项。")
    assert facts(r, "launched") == {("福建省人民政府", "福建省政府质量奖")}


def test_a_rate_moved_from_one_level_to_another_reports_the_level_reached(extract):
    r = extract("2022年,湛江市食品抽检合格率从97.5%提高到98.2%。")
    assert _measures(r, "Observation") == {("食品抽检合格率", 98.2, "%", "=", 2022)}


def test_a_national_plan_named_without_brackets_and_then_bare(extract):
    r = extract("中国政府网近日公布质量发展纲要提出,将形成一批国际标准。\n纲要明确,到2015年,产品质量国家监督抽查合格率稳定在90%以上。")
    assert facts(r, "issued") == {("国务院", "质量发展纲要(2011—2020年)")}
    assert _measures(r, "Target") == {("产品质量国家监督抽查合格率", 90, "%", ">=", 2015)}
    assert {m.region for m in r.measures} == {"中国"}
    assert not facts(extract("湖北省质量发展纲要提出,要加强质量工作。"), "issued")  # a province's own 纲要


def test_a_venue_names_no_bureau_and_an_alliance_named_after_a_programme_launches_nothing(extract):
    r = extract("日前,2019年度企业标准“领跑者”大会在山东济南举行。记者昨日从市市场监管局获悉,深圳市共有15家企业成为“领跑者”。"
                "深圳市市场监管局修订出台资助规程。")
    assert "济南市市场监督管理局" not in names(r, "Agency")
    r = extract("由中国质量万里行促进会、企业标准“领跑者”联盟主办的企业标准“领跑者”联盟成立大会在北京举行。")
    assert not facts(r, "launched")
    r = extract("市场监管总局发布意见,提出建立企业标准“领跑者”制度。")
    assert names(r, "Programme") == {'企业标准"领跑者"'}


def test_where_an_event_is_held_is_no_actor_and_the_partners_of_the_subjects_clause_run_it(extract):
    r = extract("4月19日,国家发展改革委召开新闻发布会,新闻发言人孟玮介绍称,今年5月10日-14日,国家发展改革委将继续联合中宣部、"
                "商务部和上海市人民政府,在上海举办中国品牌日活动。")
    assert facts(r, "launched") == {(a, "中国品牌日") for a in ("国家发展和改革委员会", "中共中央宣传部", "商务部", "上海市人民政府")}


def test_what_a_speaker_asks_after_his_speech_is_no_act(extract):
    r = extract("葫芦岛市召开大会。启动仪式上,葫芦岛市黄晓霞副市长从三个方面发表了重要讲话。要求全市上下积极开展质量提升行动。")
    assert not facts(r, "launched") and facts(r, "worksFor") == {("黄晓霞", "葫芦岛市人民政府")}


def test_bodies_named_right_before_a_title_issued_it_and_a_body_that_follows_it_did_not(extract):
    r = extract("国家市场监管总局、公安部、国家药监局《关于组织开展2021年食品安全专项整治的通知》要求各地加强监管。")
    assert facts(r, "issued") == {(a, "关于组织开展2021年食品安全专项整治的通知")
                                  for a in ("国家市场监督管理总局", "公安部", "国家药品监督管理局")}
    r = extract("瑞安市市场监管局根据《关于开展2021年质量月活动的通知》要求，组织开展活动。")
    assert not facts(r, "issued")


@pytest.mark.parametrize("sends", ["现印发给你们", "现予印发", "现予以印发"])
def test_an_unsigned_notice_sends_down_a_plan_its_approver_issued(extract, sends):
    r = extract(f"各区县人民政府,市政府各部门:\n《重庆市标准化发展战略纲要(2011—2020年)》已经市政府同意,{sends},请认真贯彻落实。")
    assert facts(r, "issued") == {("重庆市人民政府", "重庆市标准化发展战略纲要(2011—2020年)")}
    # a notice whose title names its issuer: the approver issued neither
    r = extract("辽宁省人民政府办公厅关于印发辽宁省标准化体系建设发展规划(2016—2020年)的通知\n\n各市人民政府:\n"
                "《辽宁省标准化体系建设发展规划(2016—2020年)》已经省政府同意,现印发给你们,请认真贯彻执行。")
    assert ("辽宁省人民政府", "辽宁省标准化体系建设发展规划(2016—2020年)") not in facts(r, "issued")
    assert ("辽宁省人民政府办公厅", "辽宁省标准化体系建设发展规划(2016—2020年)") in facts(r, "issued")


def test_a_title_that_opens_with_its_issuer_before_implementing_words(extract):
    r = extract("近期山东省政府新闻办公室将召开《山东省人民政府贯彻国务院〈质量发展纲要〉,实施质量强省战略的意见》新闻发布会。")
    title = "山东省人民政府贯彻国务院质量发展纲要,实施质量强省战略的意见"
    assert {i for i, p in facts(r, "issued") if p == title} == {"山东省人民政府"}
    # (the plan it cites is the State Council's: 国务院〈质量发展纲要〉)
    assert ("国务院", "质量发展纲要") in facts(r, "issued")


def test_a_plan_first_put_forward_and_an_act_named_as_what_an_event_serves(extract):
    r = extract("苏州市市场监管局在国内首推“质量赋能伙伴计划”。")
    assert facts(r, "launched") == {("苏州市市场监督管理局", "质量赋能伙伴计划")}
    r = extract("据了解,此次活动由苏州市市场监管局主办,活动是市场监管部门充分发挥作用,"
                "开展质量技术帮扶“提质强企”行动的重要举措之一。")
    assert not facts(r, "launched")


def test_a_bare_rate_in_a_fields_sentence_is_the_fields(extract):
    r = extract("质检总局公布了2017年国家监督抽查产品质量状况的公告。在日用及纺织品领域,全年抽查了20种2209家企业生产的2245批次产品,"
                "抽查合格率为85.6%。在电子电器领域,全年抽查了32种1601家企业生产的1625批次产品,抽查合格率为83.4%。")
    got = {(o.indicator, o.value) for o in r.measures if o.kind == "Observation"}
    assert got == {("日用及纺织品抽查合格率", 85.6), ("电子电器抽查合格率", 83.4)}


def test_a_region_named_only_as_a_base_compared_with_is_not_the_documents(extract):
    r = extract("2006年第二季度國家監督抽查了我省71類611家企業的655批次產品,產品抽樣合格率為81.2%,"
                "比全國平均水平高3.7個百分點,也遠高于廣東省72.7%的抽查合格率。")
    assert [(o.indicator, o.value, o.region) for o in r.measures] == [("产品抽样合格率", 81.2, None)]


def test_a_national_bodys_figure_for_our_province_is_the_provinces(extract):
    r = extract("福建省安溪县荣获称号。农业农村部于2016年组织开展创建活动。近年来,农业农村部对我省主要农产品监测总体合格率均高于98%,位居全国前列。")
    assert [(o.indicator, o.region) for o in r.measures] == [("主要农产品监测总体合格率", "福建省")]


def test_a_joint_notice_issued_by_its_offices_deploys_the_month_and_attendees_words_are_no_acts(extract):
    r = extract("包头市“质量月”活动正式启动。会议传达了包头市质量强市活动领导小组办公室和包头市精神文明建设委员会办公室联发"
                "《关于开展2018年“质量月”活动的通知》的文件精神。参会单位表示,要大力开展质量提升行动。")
    issuers = {"包头市质量强市活动领导小组办公室", "包头市精神文明建设委员会办公室"}
    assert facts(r, "issued") == {(i, "关于开展2018年“质量月”活动的通知") for i in issuers}
    assert facts(r, "launched") == {(i, "质量月") for i in issuers}


def test_a_figure_for_a_past_five_year_period_is_its_last_years(extract):
    r = extract("2017年9月6日。统计数据显示,“十二五”时期,广东制造业产品质量平均合格率为95.4%。")
    assert [(m.kind, m.year) for m in r.measures] == [("Observation", 2015)]


def test_a_plan_cited_by_an_unnamed_one_that_was_issued_is_not_issued_with_it(extract):
    r = extract("西藏自治区召开会议。自治区党委、政府出台贯彻落实《质量强国建设纲要》的实施意见、《西藏自治区产品质量监督管理暂行办法》等政策文件。")
    assert {p for a, p in facts(r, "issued") if a.startswith(("中共西藏", "西藏"))} == {"西藏自治区产品质量监督管理暂行办法"}


def test_a_rate_per_so_many_units_needs_no_unit(extract):
    r = extract("《规划》提出主要目标,到2025年,重特大事故得到有效遏制,万台特种设备死亡率控制在0.06以下;特种设备数量年均增长8%以上。"
                "2011年,全年没有发生重、特大事故,万台设备死亡率为0.595,比上一年下降了9%。")
    got = {(m.kind, m.indicator, m.value, m.comparator, m.year) for m in r.measures}
    assert ("Target", "万台特种设备死亡率", 0.06, "<=", 2025) in got
    assert ("Observation", "万台设备死亡率", 0.595, "=", 2011) in got
    r = extract("全市抽查合格率为95,共5批次。")
    assert not r.measures  # a bare number after another rate is still no value


def test_an_event_organised_is_not_the_programme_its_purpose_cites(extract):
    r = extract("每年9月是全国“质量月”,为贯彻落实党中央、国务院关于深入实施质量提升行动、建设质量强国的决策部署,"
                "9月8日上午,2021年宣城市“质量月”活动启动仪式在绩溪县隆重举行。本次活动由宣城市市场监督管理局主办,绩溪县市场监督管理局承办。")
    assert facts(r, "launched") == {("宣城市市场监督管理局", "质量月")}


def test_a_list_of_regions_pairs_with_its_values(extract):
    # 分别为: one value per region, in order; 均为: the same value for each; a joint figure of
    # several regions (4市企业占比近70%) is none of theirs
    r = extract("2023年，南京市、苏州市和无锡市产品质量合格率分别为95.1%、94.5%和93.2%。\n"
                "2022年，常州、镇江两市的顾客满意度均为80分。\n"
                "2021年，广州、深圳、佛山、东莞4市企业占比近70%。\n")
    got = {(m.indicator, m.value, m.year, m.region) for m in r.measures}
    assert got == {("产品质量合格率", 95.1, 2023, "南京市"), ("产品质量合格率", 94.5, 2023, "苏州市"),
                   ("产品质量合格率", 93.2, 2023, "无锡市"), ("顾客满意度", 80, 2022, "常州市"),
                   ("顾客满意度", 80, 2022, "镇江市")}


def test_an_award_named_for_a_government_is_that_governments(extract):
    # 余姚市人民政府质量奖 … 是市政府对…的最高质量奖励: conferred by the government it is named for, where
    # the document names that government; not where it does not
    r = extract("余姚市人民政府办公室\n余姚市人民政府质量奖(以下简称“市政府质量奖”)是市政府对实施卓越绩效管理"
                "取得显著效益的企业的最高质量奖励。\n")
    assert ("余姚市人民政府", "余姚市人民政府质量奖") in facts(r, "launched")
    r = extract("今年湖南飞沃新能源科技股份有限公司荣获第七届湖南省省长质量奖。\n")
    assert not any(s == "湖南省人民政府" for s, _ in facts(r, "launched"))


def test_a_plan_that_lost_its_line_breaks_keeps_its_goal_section(extract):
    # one line holding the whole plan: 二、创建目标2022年8底前,… heads the goals after it (the month's
    # 月 lost as the page has it), though no line break marks the section
    r = extract("济宁市任城区人民政府关于印发《济宁市任城区创建国家农产品质量安全区实施方案》的通知\n"
                "发布时间:2021年08月28日\n"
                "为整体提升农产品质量安全水平,结合我区实际,制定本方案。一、指导思想以习近平新时代中国特色社会主义思想为指导,"
                "全力创建农产品质量安全区。二、创建目标2022年8底前,各项创建指标全部达到要求。(一)农产品质量安全水平明显提高。"
                "食用农产品抽检合格率达到98%以上,不合格食用农产品处置率达到100%。\n")
    assert {(m.kind, m.indicator, m.value, m.year) for m in r.measures} == {
        ("Target", "食用农产品抽检合格率", 98, 2022), ("Target", "不合格食用农产品处置率", 100, 2022)}


def test_a_passive_after_its_anaphor_names_who_runs_the_programme(extract):
    # 湖南省省长质量奖是省政府设立的…，该奖项由湖南省省长质量奖评审委员会组织评审: 该奖项 is the award
    r = extract("湖南省省长质量奖是省政府设立的最高质量荣誉奖,该奖项由湖南省省长质量奖评审委员会组织评审,"
                "由省政府审定批准、表彰和奖励。\n")
    assert {("湖南省省长质量奖评审委员会", "湖南省省长质量奖"), ("湖南省人民政府", "湖南省省长质量奖")} <= facts(r, "launched")


def test_a_heads_award_is_the_governments_not_the_party_committees(extract):
    # 开展县长质量奖评选 in 武城县委宣传部's news: the committee is no launcher of the 县长's award;
    # in a county whose government the text names, the bare award is that government's
    r = extract("来源:武城县委宣传部\n开展县长质量奖评选,是武城县开展质量行动的一个成果展示和缩影。\n"
                "武城县委副书记、县长王丽慧为获奖企业和个人颁奖。\n")
    assert not any(s.startswith("中共") for s, _ in facts(r, "launched"))
    r = extract("近日，武城县人民政府召开质量大会。\n会议表彰了获得县长质量奖的企业。\n")
    assert ("武城县人民政府", "县长质量奖") in facts(r, "launched")


def test_a_national_meetings_figures_are_the_countrys_not_the_venues(extract):
    # 在浙江省湖州市召开: 湖州市 is only where, like 浙江省 before it; 全国各地累计… opens the paragraph's
    # figures, so the rates after it are the country's
    r = extract("5月24日,小微企业质量管理体系认证提升行动推进会在浙江省湖州市召开。浙江省人民政府副省长柯吉欣出席并致辞。\n"
                "2023年以来,全国各地累计出台激励政策1108项。据统计,2023年参与提升行动的小微企业年利润率提升8.3%。\n")
    assert {(m.indicator, m.region) for m in r.measures} == {("小微企业年利润率", "中国")}


def test_a_headlines_bare_rate_and_a_band_of_products_are_no_measures_of_their_own(extract):
    # 不合格率为14.3%! restates the body's 监督抽查不合格率为14.3%; 等46种产品抽查不合格率在10.0%—20.0%之间
    # is a band products fall in
    r = extract("不合格率为14.3%!2024年产品质量抽查情况公布\n"
                "2024年,市场监管总局对147种产品组织开展产品质量国家监督抽查,监督抽查不合格率为14.3%。"
                "羊绒针织衫、农用地膜、烟花爆竹等46种产品抽查不合格率在10.0%—20.0%之间。\n")
    assert {(m.indicator, m.value) for m in r.measures} == {("监督抽查不合格率", 14.3)}


def test_a_committee_beside_the_government_does_not_confer_its_award(extract):
    # 广东省委省政府…开展质量比对提升行动,开展省政府质量奖评选表彰: both run the action (比对 is one word),
    # only the government confers its award
    r = extract("近年来,广东省委省政府高度重视质量工作,率先实施质量强省战略,开展质量比对提升行动,开展省政府质量奖评选表彰。\n")
    launched = facts(r, "launched")
    assert {("中共广东省委员会", "质量比对提升行动"), ("广东省人民政府", "质量比对提升行动"),
            ("广东省人民政府", "省政府质量奖")} <= launched
    assert ("中共广东省委员会", "省政府质量奖") not in launched


def test_a_passive_act_and_an_act_of_nameless_bodies_are_no_agencys(extract):
    # 每年5月20日被设立为世界计量日: set up by whom the clause does not say (not the article's bureau);
    # …省局组织开展了…，市、县两级市场监管部门通过…，组织开展计量公益服务…: the nearer, nameless bodies act
    r = extract("“世界计量日”宣传活动:计量精准战“疫” 助力复产复工\n据了解,为纪念1875年《米制公约》的签署,每年5月20日被设立为世界计量日。"
                "今年的活动主题是“测量支撑全球贸易”。\n5月20日上午,睢宁县市场监督管理局组织自来水公司、电力公司走入天虹世纪城,"
                "为居民们免费检测水表。\n")
    assert not facts(r, "launched")
    r = extract("河南省市场监管局举办活动。省市场监管局还在全省系统组织开展了“计量惠民生”公益活动,市、县两级市场监管部门"
                "通过发放宣传资料、免费咨询、免费检测等,组织开展计量公益服务“进市场、进社区”等活动。\n")
    assert facts(r, "launched") == {("河南省市场监督管理局", '"计量惠民生"公益活动')}


def test_what_an_act_is_for_is_no_act(extract):
    # 开展农村综合改革标准化试点，主要是运用标准化手段…: what the pilots are, not the provincial bureau's act
    r = extract("记者从省市场监管局获悉,国家标准化管理委员会日前批准全国40家单位开展第三批农村综合改革标准化试点,"
                "其中我省阜阳市界首市获批全国项目试点。\n"
                "开展农村综合改革标准化试点,主要是运用标准化手段,推动农村一二三产业融合发展。\n")
    assert facts(r, "launched") == {("国家标准化管理委员会", "农村综合改革标准化试点")}


def test_a_bare_post_opening_a_sentence_is_at_the_body_that_opened_the_one_before(extract):
    # 徐州质监局召开…会议，…。陈洪华副局长出席会议并讲话: the bureau's deputy head
    r = extract("11月8日,江苏徐州质监局召开2013年度《质量报告》编制工作会议,安排部署《质量报告》编制工作。"
                "陈洪华副局长出席会议并讲话,各县(市、区)质监局负责人参加了会议。\n")
    assert facts(r, "worksFor") == {("陈洪华", "徐州市质量技术监督局")}


def test_a_purpose_after_a_first_clause_with_no_subject_names_an_aim(extract):
    # 今年是“中国品牌日”设立的第四年，为深入推动实施…品牌战略，…，山东省市场监管局将…举办品牌日系列活动: the bureau
    # holds the events; the strategy is what they serve
    r = extract("今年是“中国品牌日”设立的第四年,为深入推动实施质量强省和品牌战略,充分展示各地品牌建设成就,自今年起,"
                "山东省市场监管局将和各地市政府联合举办品牌日系列活动。\n")
    assert facts(r, "launched") == {("山东省市场监督管理局", "品牌日系列活动")}


def test_fields_listed_before_a_measure_and_its_de_take_one_value_each(extract):
    # 我市工业产品、食品的监督抽查合格率分别为95.2%、97.3%: one rate per field, in order
    r = extract("2022年,我市工业产品、食品的监督抽查合格率分别为95.2%、97.3%。\n")
    assert {(m.indicator, m.value) for m in r.measures} == {("工业产品监督抽查合格率", 95.2), ("食品监督抽查合格率", 97.3)}


def test_a_national_bodys_checks_in_a_text_speaking_from_its_province_are_not_the_countrys(extract):
    # 国家质检总局对我省部分企业产品进行了监督抽查: the unnamed province's rates, not 中国's
    r = extract("上半年,国家质检总局对我省部分企业产品进行了监督抽查。\n食品质量有所提高。一季度抽样合格率为93.5%。\n")
    assert [(m.value, m.region) for m in r.measures] == [(93.5, None)]


def test_an_act_said_to_matter_is_no_act(extract):
    # 推进“品字标浙江制造”认证工作，对实施新制造业计划具有重要而积极意义: what would matter, not what was done
    r = extract("杭州市政府对新增企业补助20万元。\n萧山是制造业大区,推进“品字标浙江制造”认证工作,对实施新制造业计划具有重要而积极意义。\n")
    assert not facts(r, "launched")


def test_a_notices_distributive_addressees_and_its_rules_scope_name_no_body_and_no_act(extract):
    # 各市(州)市场监管局、发展改革委、经济和信息化局、国资委：every city's bureaus, none the province's; 第三条
    # 在本省…开展…活动，适用本办法: the rules' scope, not an act of the signatories
    r = extract("各市(州)市场监管局、发展改革委、经济和信息化局、国资委、供销社:\n"
                "为加强品牌建设,省市场监管局、省发展改革委制定了《“天府名品”品牌建设管理办法》,现印发给你们。\n"
                "第三条 在四川省行政区域内,开展“天府名品”标准体系建设、品质认证等活动,适用本办法。\n")
    assert names(r, "Agency") == {"四川省市场监督管理局", "四川省发展和改革委员会"}
    assert not facts(r, "launched")
    # a national notice's later runs of addressees are bodies (…质量技术监督局，认监委、标准委，)
    r = extract("各直属检验检疫局,各省、自治区、直辖市质量技术监督局,认监委、标准委,总局各司(局):\n现将要点印发给你们。\n")
    assert {"国家认证认可监督管理委员会", "国家标准化管理委员会"} <= names(r, "Agency")


def test_a_value_per_head_keeps_its_compound_unit(extract):
    # 全员劳动生产率达到22万元/人: 22, 万元/人
    r = extract("到2025年,全员劳动生产率达到22万元/人。\n")
    assert [(m.indicator, m.value, m.unit, m.year) for m in r.measures] == [("全员劳动生产率", 22, "万元/人", 2025)]


def test_a_series_last_word_bounds_each_value(extract):
    # 分别提高到98.0%、97.5%以上: each at least its value
    r = extract("到2025年,全省农产品、食品抽检合格率分别提高到98.0%、97.5%以上。\n")
    assert {(m.indicator, m.value, m.comparator) for m in r.measures} == {("农产品抽检合格率", 98.0, ">="),
                                                                        ("食品抽检合格率", 97.5, ">=")}


def test_we_in_an_officials_answer_is_the_body_he_speaks_for(extract):
    # 国家质检总局办公厅主任林伟：…。下一步，我们将…开展三年质量提升行动: the administration his office belongs to;
    # a host's question (主持人：…我们…) credits nobody
    r = extract("主持人:2018年我们围绕质量提升还将开展哪些工作?\n"
                "国家质检总局办公厅主任林伟:刚刚过去的2017年,质检总局把提升质量作为首要任务。\n"
                "下一步,我们将全面贯彻党的十九大精神,集中力量开展三年质量提升行动。\n")
    assert facts(r, "launched") == {("国家质量监督检验检疫总局", "质量提升行动")}


def test_a_bare_post_after_its_body_opened_an_earlier_clause(extract):
    # 对这次会议召开，国家质检总局领导十分重视，支树平局长专门作出批示: the administration's head
    r = extract("对这次会议召开,国家质检总局领导十分重视,支树平局长专门作出批示。\n")
    assert facts(r, "worksFor") == {("支树平", "国家质量监督检验检疫总局")}


def test_a_deputy_director_generals_bureau_is_the_documents_one_department(extract):
    # 会议由李玉冰副司长主持: the 司 the article names (a 质量发展局, no 司, leaves him unplaced)
    r = extract("市场监管总局标准技术管理司召开座谈会。会议由李玉冰副司长主持。\n")
    assert facts(r, "worksFor") == {("李玉冰", "国家市场监督管理总局标准技术管理司")}
    r = extract("市场监管总局质量发展局召开座谈会。会议由李玉冰副司长主持。\n")
    assert not facts(r, "worksFor")


def test_a_paragraph_about_a_county_gives_it_its_figures(extract):
    # 宁晋县位于河北省中南部，…。近年来，…检测合格率保持在100%: the county's, though a ministry runs the campaign
    r = extract("按照国务院统一部署,农业农村部组织开展了国家农产品质量安全县创建活动。\n"
                "宁晋县位于河北省中南部,是全国粮食生产先进县。近年来,蔬菜农产品检测合格率保持在100%。\n")
    assert [(m.indicator, m.region) for m in r.measures] == [("蔬菜农产品检测合格率", "宁晋县")]


def test_a_rate_named_after_an_index_and_its_acronym(extract):
    # 环境空气质量指数(AQI)优良率为75.3%: the rate's value, not the index's
    r = extract("2017年,上海市环境空气质量指数(AQI)优良率为75.3%,空气质量总体改善。\n")
    assert [(m.indicator, m.value) for m in r.measures] == [("环境空气质量指数(AQI)优良率", 75.3)]


def test_a_cited_notice_gives_the_plan_it_prints_and_its_issuer(extract):
    # 根据《广东省人民政府办公厅关于印发广东省实施质量强省战略2016~2017年行动计划的通知》: two plans, one issuer (GUIDE)
    r = extract("根据《广东省人民政府办公厅关于印发广东省实施质量强省战略2016~2017年行动计划的通知》(粤办函〔2016〕517号)要求,"
                "制定本计划。\n")
    assert ("广东省人民政府办公厅", "广东省实施质量强省战略2016—2017年行动计划") in facts(r, "issued")


def test_a_body_in_a_clause_of_time_does_not_act_in_the_next(extract):
    # 国务院《质量振兴纲要(1996-2010年)》颁布以来，我省…建立科学监管机制: the province acts, not the State Council
    r = extract("安徽省人民政府印发纲要。\n国务院《质量振兴纲要(1996-2010年)》颁布以来,我省认真组织实施,完善质量工作体系,"
                "建立科学监管机制。\n")
    assert ("国务院", "科学监管机制") not in facts(r, "launched")


def test_a_share_names_its_part_and_its_whole(extract):
    # 旅游产业增加值占地区生产总值的比重达10%以上: the share's name runs from its part, over 占…的, to 比重
    r = extract("巫山县质量强县建设实施方案\n到2027年,旅游产业增加值占地区生产总值的比重达10%以上。\n")
    assert [(m.indicator, m.value, m.comparator, m.year) for m in r.measures] == \
        [("旅游产业增加值占地区生产总值的比重", 10.0, ">=", 2027)]


def test_a_level_or_a_power_in_a_list_is_a_measure_of_its_own(extract):
    # 质量整体水平、品牌影响力、人民群众质量满意度明显提升: three measures, not one name over the list
    r = extract("到2025年,质量整体水平、品牌影响力、人民群众质量满意度明显提升。\n")
    assert "质量整体水平、品牌影响力、人民群众质量满意度" not in names(r, "Indicator")
    assert "主要农产品、食品合格率" in names(extract("主要农产品、食品合格率达到98%。\n"), "Indicator")


def test_the_nation_s_strategy_is_not_launched_by_a_county(extract):
    # 巫山县人民政府印发…：深入实施质量强国战略 carries out the centre's strategy; its own 质量强县战略 it runs
    r = extract("巫山县人民政府关于印发质量强县建设实施方案的通知\n各乡镇人民政府:\n"
                "以习近平新时代中国特色社会主义思想为指导,深入实施质量强国战略,深入实施质量强县战略。\n")
    assert ("巫山县人民政府", "质量强国战略") not in facts(r, "launched")
    assert ("巫山县人民政府", "质量强县战略") in facts(r, "launched")
    assert ("国务院", "质量强国战略") in facts(extract("国务院深入实施质量强国战略。\n"), "launched")


def test_a_page_s_publisher_field_issues_the_title_it_heads(extract):
    # 成文日期… 发布机构县发改局(县粮食和物资储备局) / 三门县质量强县建设“十四五”规划: the field, glued to its label
    r = extract("首页\n>> 政务公开 >> 县级部门信息公开 >> 发展规划\n成文日期2025-06-06 发布机构县发改局(县粮食和物资储备局)\n"
                "三门县质量强县建设“十四五”规划\n推进质量强县建设,特编制本规划。\n")
    assert names(r, "Plan") == {"三门县质量强县建设“十四五”规划"}  # the breadcrumb trail is no plan
    assert facts(r, "issued") == {("三门县发展和改革局", "三门县质量强县建设“十四五”规划")}


def test_a_publisher_field_does_not_sign_what_its_title_says_others_issue(extract):
    # 发布机构:银川市委办公室 posts the notice 中共银川市委 银川市人民政府 issue: no signatory, no issuer
    r = extract("发布机构:银川市委办公室 成文日期:2019-02-22\n"
                "中共银川市委银川市人民政府关于印发《银川市推进质量强市工作实施方案》的通知\n"
                "《银川市推进质量强市工作实施方案》已经市委常委会会议研究同意,现印发给你们,请认真组织实施。\n")
    assert not {s for s, _ in facts(r, "issued")} & {"中共银川市委员会办公室", "银川市委办公室"}


def test_a_notice_s_title_line_spelled_with_a_word_more_is_the_printed_plan(extract):
    # 《咸宁市质量兴市战略“十二五”规划(2011-2015年)》…现印发给你们 / 咸宁市实施质量兴市战略“十二五”规划: one plan
    r = extract("各县、市、区人民政府:\n《咸宁市质量兴市战略“十二五”规划(2011-2015年)》已经市人民政府审议通过,现印发给你们。\n"
                "咸宁市人民政府\n2012年11月26日\n咸宁市实施质量兴市战略“十二五”规划\n(2011-2015年)\n一、过去五年工作总体回顾\n")
    assert names(r, "Plan") == {"咸宁市质量兴市战略“十二五”规划(2011—2015年)"}


def test_deaths_per_ten_thousand_units_is_a_rate(extract):
    # 万台特种设备死亡人数为0.08: a rate with no unit, the figure special-equipment reports lead with
    r = extract("市场监管总局发布通告。在2021年,我国万台特种设备死亡人数为0.08,全年未发生重特大事故。\n")
    assert [(m.indicator, m.value, m.unit, m.year, m.region) for m in r.measures] == \
        [("万台特种设备死亡人数", 0.08, None, 2021, "中国")]
    assert not extract("2021年,全国特种设备事故死亡人数为80人。\n").measures


def test_nationally_known_plans_give_their_issuers(extract):
    # 《中国制造2025》 names no document type, but it is the State Council's plan; “十四五” in curly quotes
    # is the lexicon's "十四五"
    r = extract("为贯彻落实《中国制造2025》和《“十四五”市场监管现代化规划》,制定本方案。\n")
    assert facts(r, "issued") == {("国务院", "中国制造2025"), ("国务院", "“十四五”市场监管现代化规划")}


def test_a_federation_s_chairman_and_a_works_director(extract):
    r = extract("企业标准“领跑者”联盟成立。中国质量协会理事长马林聪、南通中远船务工程有限公司厂长张建华出席会议。\n")
    assert facts(r, "worksFor") == {("马林聪", "中国质量协会"), ("张建华", "南通中远船务工程有限公司")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 到“十四五”末: the period's last year governs, as 到2025年 does
        ("到“十四五”末,制造业产品质量合格率达到94%。", [("制造业产品质量合格率", 94.0, "=", 2025)]),
        # a list of whole indicators takes the values in order (分别)
        ("到2025年,工程质量抽查符合率、产品质量合格率分别达到95%、93%。",
         [("工程质量抽查符合率", 95.0, "=", 2025), ("产品质量合格率", 93.0, "=", 2025)]),
        # a bare rate after a value takes the subject of the one before, without its measure word whole
        ("到2025年,重点产品监督抽查覆盖率90%,合格率95%以上。",
         [("重点产品监督抽查覆盖率", 90.0, "=", 2025), ("重点产品监督抽查合格率", 95.0, ">=", 2025)]),
        # an index of a satisfaction is one measure; R&D (研究与试验发展) is one term
        ("到2025年,顾客满意度指数提高2个百分点以上。", [("顾客满意度指数", 2.0, ">=", 2025)]),
        ("到2025年,研究与试验发展经费投入强度达到2.5%。", [("研究与试验发展经费投入强度", 2.5, "=", 2025)]),
    ],
)
def test_more_target_phrasings(extract, sentence, expected):
    r = extract("南通市质量强市建设实施方案\n" + sentence + "\n")
    assert [(m.indicator, m.value, m.comparator, m.year) for m in r.measures if m.kind == "Target"] == expected


def test_a_span_of_past_years_is_no_time_ahead(extract):
    # 2021年至2023年…分别为: a report's series, not goals until 2023
    r = extract("南通市市场监管局发布质量状况报告\n2021年至2023年,全市产品质量监督抽查合格率分别为92.1%、93.4%和94.0%。\n")
    assert [(m.kind, m.value, m.year) for m in r.measures] == \
        [("Observation", 92.1, 2021), ("Observation", 93.4, 2022), ("Observation", 94.0, 2023)]


@pytest.mark.parametrize(
    ("text", "launched"),
    [
        # an official named with his body acts for it: directly, or chairing the meeting that decides
        ("南通市市场监管局局长张建华部署开展质量提升行动。", {("南通市市场监督管理局", "质量提升行动")}),
        ("南通市市场监管局党组书记、局长张建华主持召开会议,部署开展质量提升行动。", {("南通市市场监督管理局", "质量提升行动")}),
        # what he urges is no act (强调要…), nor what a bare post does
        ("南通市市场监管局局长张建华出席会议,强调要深入开展质量提升行动。", set()),
    ],
)
def test_an_official_acts_for_his_body(extract, text, launched):
    assert facts(extract(text), "launched") == launched


def test_officials_listed_after_one_body_s_head_work_for_it(extract):
    # 质检总局局长支树平，副局长梅克保、陈钢，党组成员田世宏: bare posts after a comma, and names after a name,
    # are of the body named first
    r = extract("质检总局局长支树平,副局长梅克保、陈钢、吴清海,党组成员田世宏、李元平出席会议。\n")
    assert facts(r, "worksFor") == {(p, "国家质量监督检验检疫总局") for p in ("支树平", "梅克保", "陈钢", "吴清海", "田世宏", "李元平")}
    r = extract("南通市市场监管局副局长李明、王芳、赵刚等出席会议。\n")
    assert names(r, "Person") == {"李明", "王芳", "赵刚"}
    # another body's official after 、 keeps his own
    r = extract("南通市市场监管局副局长李明、市发改委副主任王芳出席会议。\n")
    assert ("王芳", "南通市发展和改革委员会") in facts(r, "worksFor")


def test_a_transcribed_name_with_its_dot(extract):
    r = extract("新疆市场监管局党组书记、局长买买提·艾力出席会议。新疆市场监管局副局长艾尔肯·吐尼亚孜强调,要开展质量提升行动。\n")
    assert facts(r, "worksFor") == {("买买提·艾力", "新疆维吾尔自治区市场监督管理局"),
                                    ("艾尔肯·吐尼亚孜", "新疆维吾尔自治区市场监督管理局")}


def test_a_region_s_head_opening_a_chain_of_posts(extract):
    # 南通市副市长、市质量强市工作领导小组组长张建华: he works for the government too
    r = extract("南通市副市长、市质量强市工作领导小组组长张建华出席会议。\n")
    assert facts(r, "worksFor") == {("张建华", "南通市质量强市工作领导小组"), ("张建华", "南通市人民政府")}


def test_an_indicator_table_s_rows_give_their_year(extract):
    # 主要指标 / (1)制造业产品质量合格率：2025年达到94%: the year stands between the name and the value
    r = extract("南通市质量强市建设实施方案\n主要指标\n(1)制造业产品质量合格率:2025年达到94%;\n"
                "(2)公共服务质量满意度:2025年达到82分。\n")
    assert [(m.kind, m.indicator, m.value, m.unit, m.year) for m in r.measures] == \
        [("Target", "制造业产品质量合格率", 94.0, "%", 2025), ("Target", "公共服务质量满意度", 82.0, "分", 2025)]


@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_an_indicator_table_kept_as_text(extract, sep):
    # 指标名称 | 2020年 | 2025年: each row's values under the header's years; the latest year of a plan is its goal
    rows = [["指标名称", "2020年", "2025年"], ["制造业产品质量合格率(%)", "93.5", "≥94"], ["公共服务质量满意度(分)", "80", "82"]]
    text = "南通市质量强市建设实施方案\n主要指标\n" + "".join(("| " if sep == " | " else "") + sep.join(r)
                                                      + (" |" if sep == " | " else "") + "\n" for r in rows)
    r = extract(text)
    assert sorted((m.kind, m.indicator, m.value, m.unit, m.comparator, m.year) for m in r.measures) == [
        ("Observation", "公共服务质量满意度", 80.0, "分", "=", 2020), ("Observation", "制造业产品质量合格率", 93.5, "%", "=", 2020),
        ("Target", "公共服务质量满意度", 82.0, "分", "=", 2025), ("Target", "制造业产品质量合格率", 94.0, "%", ">=", 2025)]


def test_a_figure_broken_down_by_region_after_其中(extract):
    r = extract("江苏省市场监管局发布报告\n2023年,全省制造业产品质量合格率为93.9%,其中,南通市、苏州市分别为94.5%、95.1%。\n")
    assert sorted((m.region, m.value) for m in r.measures) == [("南通市", 94.5), ("江苏省", 93.9), ("苏州市", 95.1)]
    # a category after 其中 is no region's
    r = extract("江苏省市场监管局发布报告\n2023年,全省产品抽查合格率为93.9%,其中食品为95%。\n")
    assert [(m.region, m.value) for m in r.measures] == [("江苏省", 93.9)]


def test_a_draft_titled_as_one_is_not_issued(extract):
    r = extract("泰顺县质量强县工作领导小组办公室\n现将《关于开展质量提升行动的实施意见(征求意见稿)》印发给你们,请提出修改意见。\n")
    assert not facts(r, "issued") and not facts(r, "launched")
    assert "关于开展质量提升行动的实施意见(征求意见稿)" in names(r, "Plan")


@pytest.mark.parametrize(
    ("text", "launched"),
    [
        # a body, or its official, stating what it will do (…表示，将…): seed 002's gold credits what an official tells of his bureau's work to the bureau
        ("南通市市场监管局局长张建华表示,将深入开展质量提升行动。", {("南通市市场监督管理局", "质量提升行动")}),
        ("南通市市场监管局表示,下一步将深入开展质量提升行动。", {("南通市市场监督管理局", "质量提升行动")}),
        # what he says others should do is no act of his body
        ("南通市市场监管局局长张建华表示,企业要深入开展质量提升行动。", set()),
    ],
)
def test_a_body_stating_its_own_plan(extract, text, launched):
    assert facts(extract(text), "launched") == launched


def test_a_span_between_an_indicator_and_its_value(extract):
    # 截至2021年,我国制造业产品质量合格率连续6年达到93%以上: how long it has held, then the value
    r = extract("截至2021年,我国制造业产品质量合格率连续6年达到93%以上,处于历史最高水平。")
    assert [(m.kind, m.indicator, m.value, m.comparator, m.year, m.region) for m in r.measures] == [
        ("Observation", "制造业产品质量合格率", 93.0, ">=", 2021, "中国")]


def test_a_year_dating_an_act_of_the_story_is_not_the_reports_year(extract):
    # a review's opening year dates an act (2018年,党中央印发…), not the figures the article reports later
    r = extract("2018年,党中央印发《深化党和国家机构改革方案》,决定组建市场监管总局。\n特种设备安全形势持续向好。"
                "近五年来,万台特种设备死亡率从0.30下降到0.08。\n")
    assert [(m.indicator, m.value, m.year) for m in r.measures] == [("万台特种设备死亡率", 0.08, None)]
    # a report's opening year is still the year of its figures
    r = extract("2023年全国产品质量监督抽查情况通报\n抽查发现,产品质量合格率为93.2%。\n")
    assert [(m.value, m.year) for m in r.measures] == [(93.2, 2023)]


@pytest.mark.parametrize(
    ("sentence", "works_for"),
    [
        ("宁波方太厨具有限公司董事长茅忠群作典型发言。", ("茅忠群", "宁波方太厨具有限公司")),  # what a speaker gives
        # a body's 负责人 named: 国家发展和改革委员会产业发展司负责人龚桢梽
        ("据宁波市市场监管局相关负责人孙立介绍,今年全市共培训首席质量官500余名。", ("孙立", "宁波市市场监督管理局")),
        # a bare post in the meeting the sentence before has its body hold
        ("会议由副局长孙立主持。", ("孙立", "宁波市市场监督管理局")),
    ],
)
def test_people_named_by_what_they_do_or_their_bodys_meeting(extract, sentence, works_for):
    for joint in ("\n", ""):  # the sentence in a paragraph of its own, or after the meeting's
        r = extract("宁波市市场监督管理局召开2024年质量工作会议。" + joint + sentence + "\n")
        assert facts(r, "worksFor") == {works_for}


def test_a_title_inside_a_title_and_a_regions_title_without_brackets(extract):
    # 《…印发〈X〉的通知》: the plan the notice prints is its issuers' too (GUIDE); 〈X〉 it cites is only named
    r = extract("根据《中共山东省委山东省人民政府印发〈关于开展质量提升行动的实施方案〉的通知》,全市开展质量提升行动。")
    assert {("中共山东省委员会", "关于开展质量提升行动的实施方案"), ("山东省人民政府", "关于开展质量提升行动的实施方案")} \
        <= facts(r, "issued")
    r = extract("宁波市印发《宁波市贯彻落实〈质量强国建设纲要〉实施方案》。")
    assert "质量强国建设纲要" in names(r, "Plan")
    assert ("宁波市人民政府", "质量强国建设纲要") not in facts(r, "issued")
    # a region's title published without 《》
    r = extract("近日,宁波市人民政府印发了宁波市质量强市建设实施方案。")
    assert facts(r, "issued") == {("宁波市人民政府", "宁波市质量强市建设实施方案")}


def test_an_article_in_the_first_person_is_not_the_centres(extract):
    # a minister's review: the centre is praised and cited, 我们 (his body) does the work, and a body named
    # as the one whose assessment a duty enters (纳入中央组织部对…的考核) acts in nothing
    text = ("以习近平同志为核心的党中央高度重视市场监管工作。2018年,党中央印发《深化党和国家机构改革方案》。\n"
            "我们紧紧围绕加快构建新发展格局,着力完善市场制度规则。我们深刻把握高质量发展主题。\n"
            "质量工作考核纳入中央组织部对领导班子和领导干部的考核内容。\n"
            "深入开展质量提升行动,推动企业加强全面质量管理。截至2021年,我国制造业产品质量合格率达到93%以上。\n"
            "近五年来,万台特种设备死亡率从0.30下降到0.08。\n")
    r = extract(text)
    assert not facts(r, "launched")
    assert facts(r, "issued") == {("中国共产党中央委员会", "深化党和国家机构改革方案")}
    # the figures are the country's, the one place it calls 我国
    assert {m.region for m in r.measures} == {"中国"}


@pytest.mark.parametrize(
    ("text", "launched"),
    [
        ("“湖北精品”是湖北省人民政府设立的品牌培育项目,旨在打造一批知名品牌。", {("湖北省人民政府", '"湖北精品"')}),
        ("“好品山东”是山东省市场监管局打造的区域公共品牌。", {("山东省市场监督管理局", '"好品山东"')}),
    ],
)
def test_a_quoted_name_a_body_set_up_is_a_programme(extract, text, launched):
    # a brand designation with no head word of its own, named by its quoted brand (as GUIDE's "好品山东")
    assert facts(extract(text), "launched") == launched


def test_a_quoted_word_that_no_body_set_up_is_no_programme(extract):
    assert not names(extract("“三品”是一个口号。"), "Programme")


def test_a_governments_office_in_a_chain_of_posts(extract):
    # 兰州市政府副秘书长、办公厅主任雒泽民 (dev d17): he works for the government and for its office, a body of its own
    r = extract("会议由兰州市政府副秘书长、办公厅主任雒泽民主持。")
    assert "兰州市人民政府办公厅" in names(r, "Agency")
    assert facts(r, "worksFor") == {("雒泽民", "兰州市人民政府"), ("雒泽民", "兰州市人民政府办公厅")}


def test_a_notice_deploying_a_national_campaign_its_title_names(extract):
    # 《关于开展2024年全国“质量月”活动的通知》: the notice's issuer launches what its title deploys (GUIDE)
    r = extract("国家市场监督管理总局办公厅近日发布《关于开展2024年全国“质量月”活动的通知》。")
    assert facts(r, "launched") == {("国家市场监督管理总局办公厅", "质量月")}


def test_who_tells_it_is_not_who_acts(extract):
    # 据X介绍，…: the source of the account opens the sentence; the body that acts is named later
    r = extract("据市场监管总局标准创新司司长肖寒介绍,为贯彻落实《国家标准化发展纲要》,市场监管总局(国家标准委)紧扣一体化"
                "和高质量这两个关键词,印发《服务国家区域重大战略实施标准化工作指南》。")
    assert {i for i, p in facts(r, "issued") if p == "服务国家区域重大战略实施标准化工作指南"} == {
        "国家市场监督管理总局", "国家标准化管理委员会"}


def test_the_body_that_leads_a_programme_others_take_part_in(extract):
    r = extract("由日照市市场监管局牵头,市工信局、市商务局等部门参与的质量提升行动全面启动。")
    assert facts(r, "launched") == {("日照市市场监督管理局", "质量提升行动")}


def test_a_passive_issuer_after_an_approval(extract):
    # the approval names no issuer (GUIDE); the passive after it does
    r = extract("日照市召开会议。《日照市质量发展规划》经市政府常务会议审议通过,由市政府印发实施。")
    assert facts(r, "issued") == {("日照市人民政府", "日照市质量发展规划")}


def test_a_committees_department_in_a_chain_of_posts(extract):
    r = extract("日照市市场监督管理局召开会议。市委常委、宣传部部长孙红出席活动。")
    assert facts(r, "worksFor") == {("孙红", "中共日照市委员会"), ("孙红", "中共日照市委员会宣传部")}


@pytest.mark.parametrize(
    ("text", "works_for"),
    [
        ("青海桥头铝电有限责任公司王玉珍以《高原明珠》为题,分享了企业品牌建设的经验。", {("王玉珍", "青海桥头铝电有限责任公司")}),
        ("青海桥头铝电有限责任公司以质量求发展。", set()),  # no name after the firm
    ],
)
def test_a_name_right_after_a_firms_then_what_he_does(extract, text, works_for):
    # dev d27: a person named after his firm with no post between
    assert facts(extract(text), "worksFor") == works_for


def test_a_programme_pushed_forward_with_ba(extract):
    # 把X推向深入 (dev d13): the verb after the programme; a signed plan's purpose is its signatory's act
    r = extract("各州、市人民政府:\n现将《云南省质量强省发展规划(2016—2020年)》印发给你们,请认真贯彻执行。\n云南省人民政府\n"
                "云南省质量强省发展规划(2016—2020年)\n为落实《质量发展纲要(2011—2020年)》,把质量强省战略推向深入,制定本规划。\n")
    assert ("云南省人民政府", "质量强省战略") in facts(r, "launched")


def test_values_after_a_province_wide_scope_are_the_provinces(extract):
    # the paragraph scopes the monitoring as 全省; the city named only in a laboratory's name is not the figures' region
    r = extract("江苏省农业农村厅发布消息。上半年,江苏省农业农村厅组织南京市农产品质量检测院等20家检验检测机构,"
                "对全省13个设区市主要农产品进行监测。抽检的14种水产品中,虾类合格率为99.3%。")
    assert [(o.indicator, o.region) for o in r.measures] == [("虾类合格率", "江苏省")]


def test_a_part_of_a_year_named_without_its_year_is_the_texts_year(extract):
    r = extract("2020-04-02 15:53 来源:新华日报\n江苏省农业农村厅组织完成上半年全省农产品质量安全例行监测,总体合格率为99.4%。")
    assert [(o.indicator, o.year) for o in r.measures] == [("总体合格率", 2020)]


def test_counted_provinces_act_not_the_articles_body(extract):
    r = extract("由国家质检总局联合工业和信息化部共同主办的第十六届中国质量高层论坛24日在京举行。\n"
                "质检总局局长王勇在讲话中指出,质检总局全力以赴。\n目前,全国已有14个省实施“质量兴省”战略,"
                "有2024个市(区、县)开展了质量兴市活动。\n")
    assert facts(r, "launched") == set()


@pytest.mark.parametrize(
    ("text", "works_for"),
    [
        # 与 joins two people (as 和 does); 举行 is what they do
        ("双方举行仪式。上海市市场监督管理局局长王明与上海某某有限公司总经理赵海涛举行签约仪式。",
         {("王明", "上海市市场监督管理局"), ("赵海涛", "上海某某有限公司")}),
        # the association's short name in brackets stands between it and the post
        ("双方举行仪式。广东省质量发展促进会(下称省质促会)执行会长兼秘书长余洪斌出席仪式。",
         {("余洪斌", "广东省质量发展促进会")}),
    ],
)
def test_people_joined_by_yu_and_a_post_after_a_short_name(extract, text, works_for):
    assert facts(extract(text), "worksFor") == works_for


@pytest.mark.parametrize(
    ("text", "launched"),
    [
        ("9月1日,淮北市召开全市质量工作会议。淮北市市场监管局宣布2022年淮北市“质量月”活动正式启动。",
         {("淮北市市场监督管理局", "质量月")}),
        ("9月1日,淮北市召开全市质量工作会议。淮北市市场监管局局长王丽宣布2022年淮北市“质量月”活动正式启动。",
         {("淮北市市场监督管理局", "质量月")}),
        ("9月1日,淮北市召开全市质量工作会议。2022年淮北市“质量月”活动正式启动。", set()),  # nobody announces
    ],
)
def test_who_announces_that_a_programme_starts_launches_it(extract, text, launched):
    assert facts(extract(text), "launched") == launched


@pytest.mark.parametrize(
    "text",
    [
        "启动仪式上,无锡市市场监管局党组书记、局长王丽致辞,并启动2023年无锡市“质量月”活动。",  # spoke, and then acts
        "启动仪式上,无锡市市场监管局局长王丽与参会领导共同启动“质量月”活动。",  # acts with others
    ],
)
def test_an_official_who_spoke_or_acts_with_others_acts_for_his_body(extract, text):
    assert facts(extract(text), "launched") == {("无锡市市场监督管理局", "质量月")}


def test_a_groups_office_heading_its_notice_issues_it_and_its_addressees_are_no_body(extract):
    r = extract("日照市质量强市工作领导小组办公室关于印发《2024年全市质量工作要点》的通知\n各区县质量强区县工作领导小组办公室:\n"
                "现将《2024年全市质量工作要点》印发给你们,请认真贯彻落实。\n")
    office = "日照市质量强市工作领导小组办公室"
    assert facts(r, "issued") == {(office, "2024年全市质量工作要点"), (office, office + "关于印发2024年全市质量工作要点的通知")}
    assert names(r, "Agency") == {office}


def test_a_goal_opening_with_its_year_and_a_shortened_scale_word(extract):
    # 2025年，…力争达到: the year the goal opens with; 规上 is 规模以上 shortened, part of the name
    r = extract("南通市质量强市建设实施方案\n2025年,全市产品质量监督抽查合格率力争达到95%。\n"
                "到2027年,全市规上工业企业首席质量官覆盖率不低于60%。\n")
    assert _measures(r, "Target") == {("产品质量监督抽查合格率", 95, "%", "=", 2025),
                                      ("规上工业企业首席质量官覆盖率", 60, "%", ">=", 2027)}


def test_a_name_before_a_reminder_is_a_person(extract):
    r = extract("海淀区市场监管局开展眼镜行业专项检查。区市场监督管理局计量监督科科长朱璟提醒消费者选择正规眼镜店。\n")
    assert facts(r, "worksFor") == {("朱璟", "海淀区市场监督管理局")}


def test_a_news_page_printing_a_plan_credits_its_issuers_with_what_the_plan_deploys(extract):
    # (held-out set 3's 福州 page, retired to training in session 19)
    r = extract("中共福州市委 福州市人民政府印发《福州市质量强市建设规划》\n"
                "近日,中共福州市委福州市人民政府印发了《福州市质量强市建设规划》,并发出通知要求各地各部门认真贯彻实施。\n"
                "《福州市质量强市建设规划》主要内容如下:\n"
                "为全面落实党中央决策部署,深入实施质量提升行动,全面深化质量强市建设,特制定本规划。\n"
                "以习近平新时代中国特色社会主义思想为指导,坚持质量第一、效益优先,深化质量强市战略,加强全面质量管理。\n")
    issuers = {"中共福州市委员会", "福州市人民政府"}
    assert facts(r, "launched") == {(i, p) for i in issuers for p in ("质量提升行动", "质量强市战略")}


def test_a_body_named_before_its_purpose_acts(extract):
    r = extract("泰安市市场监管局召开会议。“泰好品”质量公共品牌是泰安市质量强市工作领导小组为深化质量强市战略、"
                "推动全市品牌培育量身打造的重点工程。\n")
    assert facts(r, "launched") == {("泰安市质量强市工作领导小组", "质量强市战略")}


def test_a_second_award_after_the_first_winners_is_the_deciding_bodys_too(extract):
    # (retired held-out set 4) the firm after 决定授予 is given the award, it does not act
    r = extract("叶县人民政府\n关于表彰2012年度叶县县长质量奖和县长质量贡献奖获奖单位的决定\n"
                "经县政府研究,决定授予河南省金牛足食品有限责任公司等3家单位“2012年度叶县县长质量奖”,各奖励10万元;"
                "授予北京韩建河山管业股份有限公司叶县分公司县长质量贡献奖,奖励5万元。\n")
    assert facts(r, "launched") == {("叶县人民政府", "叶县县长质量奖"), ("叶县人民政府", "县长质量贡献奖")}


def test_a_plan_level_word_names_no_region_for_its_bodies(extract):
    # 按照温州市级规划要求和市委、市政府工作部署 in 瑞安's plan: 瑞安's 市委 and 市政府
    r = extract("瑞安市人民政府关于印发瑞安市质量强市规划的通知。按照温州市级规划要求和市委、市政府工作部署,特编制本规划。\n")
    assert names(r, "Agency") == {"中共瑞安市委员会", "瑞安市人民政府"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("淮南市召开质量大会。淮南市于2015年设立市长质量奖,每两年评选一次。", {("淮南市人民政府", "市长质量奖")}),
        ("淮南市召开质量大会。淮南市企业荣获市长质量奖。", set()),  # a firm wins it: who confers it, the text does not say
        ("凯里市召开会议。凯里市决定设立市长质量奖。", {("凯里市人民政府", "市长质量奖")}),
    ],
)
def test_a_region_that_sets_up_its_heads_award_is_its_government(extract, text, expected):
    assert facts(extract(text), "launched") == expected


def test_an_office_that_prints_what_the_government_adopted(extract):
    r = extract("日前,焦作市人民政府常务会议研究通过了《焦作市质量强市建设三年行动计划》,由市政府办公室印发实施。\n")
    assert facts(r, "issued") == {("焦作市人民政府", "焦作市质量强市建设三年行动计划"),
                                  ("焦作市人民政府办公室", "焦作市质量强市建设三年行动计划")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the activity the sentence before named, started by the official who announces it, for his body
        ("9月1日上午,荆州市“质量月”活动启动仪式在市民之家举行。市委常委、副市长王伟出席并宣布活动启动。",
         {("荆州市人民政府", "质量月")}),
        # 致辞，提出要…，并宣布…启动: what his speech said comes between him and his announcement
        ("9月6日,“质量月”启动仪式在福州举办。省市场监管局副局长刘先义致辞,提出要建设更加适配的质量供给体系,"
         "并宣布福建省2024年“质量月”活动启动。", {("福建省市场监督管理局", "质量月")}),
        # 此次活动以“…”为主题，由X主办: what was just named, run by X
        ("9月1日,荆州市2025年“质量月”活动正式启动。此次活动以“加强质量支撑 共建质量强国”为主题,由市市场监管局主办。",
         {("荆州市市场监督管理局", "质量月")}),
    ],
)
def test_an_activity_named_before_and_then_announced_or_run(extract, text, expected):
    assert facts(extract(text), "launched") == expected


def test_a_head_of_government_written_with_his_region_works_for_its_government(extract):
    # 深圳市市长许勤 in a text about 宁波: 深圳's government, not the text's own city's
    r = extract("近日。宁波市召开会议。深圳市市长许勤出席。宁波市市长卢子跃出席。厦门市副市长王明出席。\n")
    assert facts(r, "worksFor") == {("许勤", "深圳市人民政府"), ("卢子跃", "宁波市人民政府"), ("王明", "厦门市人民政府")}


def test_a_committee_members_department_named_short(extract):
    r = extract("新密市召开会议。市委常委宣传部长付建峰,副市长蒋剑茹出席了会议。\n")
    assert facts(r, "worksFor") == {("付建峰", "中共新密市委员会"), ("付建峰", "中共新密市委员会宣传部"),
                                    ("蒋剑茹", "新密市人民政府")}


def test_every_body_of_a_long_national_list_runs_the_month(extract):
    # 27 bodies 联合开展 the month: the courts, the procuratorate, the propaganda department and the co-operatives among them
    r = extract("市场监管总局、中央宣传部、最高人民法院、最高人民检察院、国家发展改革委、教育部、国家国际发展合作署、供销合作总社、"
                "全国总工会等27个部门于2024年9月联合开展以“加强质量支撑 共建质量强国”为主题的2024年全国“质量月”活动。\n")
    bodies = {"国家市场监督管理总局", "中共中央宣传部", "最高人民法院", "最高人民检察院", "国家发展和改革委员会", "教育部",
              "国家国际发展合作署", "中华全国供销合作总社", "中华全国总工会"}
    assert facts(r, "launched") == {(b, "质量月") for b in bodies}


def test_a_regions_report_heading_gives_its_figures_its_region(extract):
    # the body heading the report is the region's; the cities it lists later do not own its figures
    r = extract("廣西壯族自治區市場監督管理局關于2022年廣西特種設備安全與能效狀況的通告\n"
                "截至2022年底,全區共有特種設備359331臺。\n2022年設備總量與2021年相比,凈增14176臺,年增長率為4.1%。\n"
                "南寧、柳州、桂林、北海4個市的特種設備擁有量為19.03萬臺。\n")
    assert [(m.indicator, m.region) for m in r.measures] == [("年增长率", "广西壮族自治区")]


def test_unplaced_figures_are_the_region_of_the_articles_body(extract):
    # a county bureau's meeting that passes on its city's requirements: the figures are the county's
    r = extract("龙游县市场监管局召开会议。会议传达了衢州市市场监管局工作要求。\n会议指出,2023年食品安全抽检合格率为98.5%。\n")
    assert [(m.indicator, m.region) for m in r.measures] == [("食品安全抽检合格率", "龙游县")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the organiser runs it; the body that hosts it for the organiser (承办) does not
        ("荆门市人民政府主办、荆门市市场监督管理局承办的2025年“质量月”活动启动仪式在市民广场举行。",
         {("荆门市人民政府", "质量月")}),
        # 活动由X主办 after the ceremony's clause: the activity just named
        ("9月1日上午,荆门市2025年“质量月”活动启动仪式在市民广场举行,活动由荆门市市场监督管理局主办。",
         {("荆门市市场监督管理局", "质量月")}),
    ],
)
def test_who_organises_and_who_hosts(extract, text, expected):
    assert facts(extract(text), "launched") == expected


@pytest.mark.parametrize(
    "text",
    [
        "近日,临泉县质监局在五楼会议室举办首届县长质量奖培训会,20家企业参加了培训。",  # a training about the award
        "近日,当涂县质监局组织全县申报2010年度县长质量奖的企业开展了宣贯培训活动。",  # applications for it
    ],
)
def test_work_about_an_award_does_not_run_it(extract, text):
    assert facts(extract(text), "launched") == set()


def test_an_expert_who_gives_a_lecture_works_for_his_bureau(extract):
    r = extract("临泉县质监局举办培训会,邀请阜阳市质监局总工程师兰思田进行授课。\n")
    assert ("兰思田", "阜阳市质量技术监督局") in facts(r, "worksFor")


def test_a_bare_post_after_an_official_of_its_kind_of_body(extract):
    r = extract("近日,临泉县质监局召开会议。会上临泉县质监局副局长吕秋晗宣读了县长质量奖管理办法,局长郭洪进传达了成员名单。\n")
    assert facts(r, "worksFor") == {("吕秋晗", "临泉县质量技术监督局"), ("郭洪进", "临泉县质量技术监督局")}


def test_a_congress_and_a_conference_named_bare_in_a_list_of_a_countys_leaders(extract):
    r = extract("临漳县召开大会。县委常委、政府副县长陈虎清、人大副主任陈建军、 政协副主席程利民等县领导出席活动。\n")
    assert facts(r, "worksFor") == {("陈虎清", "临漳县人民政府"), ("陈虎清", "中共临漳县委员会"),
                                    ("陈建军", "临漳县人民代表大会常务委员会"),
                                    ("程利民", "中国人民政治协商会议临漳县委员会")}



def test_a_goal_heading_run_into_its_text_still_heads_goals():
    """On a page that lost its line breaks, 一、2014年…主要目标 runs straight into its section's
    text; the sentences of that section still state goals (and 目标的考核 heads none)."""
    from kg.model import Sentence
    from kg.structure import scopes

    def goals(texts):
        sentences = [Sentence(i, i, 0, len(t), t) for i, t in enumerate(texts)]
        return [s.goal for s in scopes(sentences)]

    assert goals(["一、2014年质量强市建设主要目标争取全面完成创建全国质量强市示范城市工作，保持全市质量安全形势的总体稳定。",
                  "制造业产品质量合格率达到92%以上。", "二、重点任务深入开展质量提升行动，全面落实企业主体责任。"]) == [True, True, False]
    assert goals(["三、主要目标的考核办法由市质量强市工作领导小组办公室另行制定并组织实施。", "合格率达到92%以上。"]) == [False, False]


def test_a_notices_signature_run_into_its_text_signs_it(extract):
    """On a page that lost its line breaks the signature under a notice stands inline
    (…现印发给你们，请认真组织实施。太原市人民政府2023年12月27日(此件公开发布)…): its body issues the plan."""
    page = ("并政发〔2023〕18号各县(市、区)人民政府,市直各委、局、办,各有关单位:现将《全面推进质量强市建设实施方案》印发给你们,"
            "请认真组织实施。太原市人民政府2023年12月27日(此件公开发布)全面推进质量强市建设实施方案为深入贯彻党中央国务院质量强国战略,"
            "全面落实省委省政府质量强省建设部署,依据中共中央、国务院印发的《质量强国建设纲要》及《山西省人民政府关于全面推进质量强省"
            "建设的实施意见》,结合我市实际,制定本方案。")
    assert ("太原市人民政府", "全面推进质量强市建设实施方案") in facts(extract(page), "issued")


def test_a_numbered_heading_opening_with_a_year():
    """1.2014年质量强市建设主要目标: a section number before a year, not a decimal (1.5倍 is one)."""
    from kg.structure import heading_level

    assert [heading_level(t) for t in ("1.2014年质量强市建设主要目标", "1.5倍于上年", "2.质量水平")] == [3, None, 3]


@pytest.mark.parametrize("border", ["\t", " | ", "    ", "  "])
def test_an_indicator_table_copied_with_spaces_for_its_borders(extract, border):
    """A plan's indicator table copied as text, its cells parted by tabs, bars or runs of spaces: each
    row's values under the header's years, the plan's last year a target, the base year observed
    (with spaces, 84 was read as the 2025 target of 制造业质量竞争力指数, and the header dropped as keywords)."""
    rows = [["序号", "指标名称", "2020年", "2025年", "属性"], ["1", "制造业产品质量合格率（%）", "93.5", "95以上", "预期性"],
            ["2", "制造业质量竞争力指数", "84", "86", "预期性"]]
    page = "湖州市质量强市建设实施方案\n一、主要目标\n到2025年，全市质量整体水平进一步提升。主要指标如下：\n" + \
        "\n".join(border.join(r) for r in rows) + "\n"
    assert _measures(extract(page), "Target") == {("制造业产品质量合格率", 95, "%", ">=", 2025), ("制造业质量竞争力指数", 86, None, "=", 2025)}
    assert _measures(extract(page), "Observation") == {("制造业产品质量合格率", 93.5, "%", "=", 2020), ("制造业质量竞争力指数", 84, None, "=", 2020)}


def test_the_head_of_this_bureau_works_for_the_bureau_named_before(extract):
    r = extract("下一步,沈阳市市场监督管理局将继续加大质量宣传力度。该局局长王文仲表示:“我们将努力。”")
    assert facts(r, "worksFor") == {("王文仲", "沈阳市市场监督管理局")}


def test_a_rankings_figures_are_no_value_of_the_share_before_it(extract):
    r = extract("2022年,从抽查批次占国家监督抽查总量看,抽查批次占比较高的依次是广东省(21.6%)、浙江省(16.9%)。")
    assert _measures(r, "Observation") == set()


def test_a_bare_post_in_a_list_of_officials_serves_the_body_of_its_kind_before_it(extract):
    r = extract("天津市副市长王治平、副秘书长王志铭出席会议并讲话。")
    assert facts(r, "worksFor") == {("王治平", "天津市人民政府"), ("王志铭", "天津市人民政府")}
    # (a deputy party secretary after a mayor serves the party committee, which the list does not name)
    r = extract("沈阳市市长张建华、副书记李明出席会议。")
    assert facts(r, "worksFor") == {("张建华", "沈阳市人民政府")}


def test_a_lost_character_before_a_number_ends_no_sentence(extract):
    # a page saved through the wrong code page writes ? for a character it could not map (达 here)
    r = extract("2015年,全省产品质量监督检查平均合格率?98.8%、服务质量用户满意度达到90%以上。")
    assert ("产品质量监督检查平均合格率", 98.8, "%", "=", 2015) in _measures(r, "Observation")


def test_a_span_that_runs_to_now_ends_the_year_a_paragraph_gave(extract):
    # a page flattened to one paragraph: the figures after 实施实事项目以来 are the period's, not 2024's
    r = extract("黑龙江省于2023年、2024年连续两年组织实施182项重点质量工作实事项目。"
                "实施实事项目以来,黑龙江大力推进标准化试点建设。全省建筑工程竣工验收合格率保持100%。")
    assert _measures(r, "Observation") == {("建筑工程竣工验收合格率", 100, "%", "=", None)}


def test_a_counted_goal_names_the_noun_after_its_praise(extract):
    # 培育建设100个以上<what they are like>的质量强县(区、镇): the count is of the noun after the last 的
    r = extract("到2027年,培育建设100个以上积极性高、质量工作基础好,质量效益水平全面提高,先进质量文化蔚然成风的质量强县(区、镇)。")
    assert _measures(r, "Target") == {("质量强县(区、镇)", 100, "个", ">=", 2027)}
    # (another act between them: the count's noun is its own, 省级质量品牌示范区)
    r = extract("到2025年,建成10个以上省级质量品牌示范区,打造一批具有影响力的知名品牌。")
    assert _measures(r, "Target") == {("省级质量品牌示范区", 10, "个", ">=", 2025)}


def test_a_partner_in_a_passive_takes_part_as_in_the_active(extract):
    # 由X会同Y制定 reads as X会同Y制定: X issues, Y takes part; 由X、Y联合印发: both issue
    r = extract("《浙江省质量提升行动方案》由省市场监管局会同省发展改革委制定。")
    assert facts(r, "issued") == {("浙江省市场监督管理局", "浙江省质量提升行动方案")}
    assert facts(r, "participated") == {("浙江省发展和改革委员会", "浙江省质量提升行动方案")}
    r = extract("《浙江省质量提升行动方案》由省市场监管局、省发展改革委联合印发。")
    assert facts(r, "issued") == {("浙江省市场监督管理局", "浙江省质量提升行动方案"), ("浙江省发展和改革委员会", "浙江省质量提升行动方案")}


def test_a_ceremony_run_by_a_body_after_the_programme_is_that_bodys(extract):
    # …“质量月”活动启动仪式由X主办，Y承办: X runs it, as in 由X主办、Y承办的…启动仪式; the host does not
    r = extract("2024年全省“质量月”活动启动仪式由浙江省市场监管局主办，杭州市市场监管局承办。")
    assert facts(r, "launched") == {("浙江省市场监督管理局", "质量月")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("到2025年,全市制造业产品质量合格率达94.5%,2030年达到95%。",
     {("Target", 94.5, 2025), ("Target", 95.0, 2030)}),
    ("2022年,全市制造业产品质量合格率为93.6%,2023年为94.1%。",
     {("Observation", 93.6, 2022), ("Observation", 94.1, 2023)}),
    # (an earlier year after a goal is its base, no second goal)
    ("到2025年,全市制造业产品质量合格率达到95%,2020年为93%。", {("Target", 95.0, 2025)}),
])
def test_a_measures_value_for_a_later_year_in_the_next_clause(extract, sentence, expected):
    r = extract("沈阳市印发《沈阳市质量提升方案》。\n" + sentence)
    assert {(m.kind, m.value, m.year) for m in r.measures if m.indicator == "制造业产品质量合格率"} == expected


def test_a_level_reached_by_a_year_is_that_years(extract):
    # 由2020年的91.2%提高到2023年的94.5%: the level reached, for the year it was reached (提高到 is no deadline's 到)
    r = extract("全市产品质量监督抽查合格率由2020年的91.2%提高到2023年的94.5%。")
    assert _measures(r, "Observation") == {("产品质量监督抽查合格率", 94.5, "%", "=", 2023)}


def test_a_report_of_how_far_goals_were_met_states_no_goals(extract):
    # 主要预期目标完成情况: the heading reviews goals; the figures under it are what was reached
    r = extract("(一)全市经济社会发展主要预期目标完成情况\n上半年,全市城镇登记失业率3.31%;居民消费价格指数同比持平(100)。")
    assert {m.kind for m in r.measures} == {"Observation"}


def test_a_satisfaction_survey_that_ranks_first_is_no_measure(extract):
    r = extract("会上,通报了我县2023年质量工作考核和公共服务质量满意度监测均获全市第一名好成绩。")
    assert names(r, "Indicator") == set()


def test_bodies_that_took_part_in_what_another_ran_act_in_nothing_after(extract):
    r = extract("9月16日,汕尾市在城区明珠广场举办2022年全国“质量月”文明诚信主题宣传活动。\n"
                "此次宣传活动由汕尾市市场监督管理局主办,市公安局、市农业农村局等单位积极参与。活动现场通过悬挂标语横幅、"
                "发放宣传手册、开展现场咨询、赠送宣传小礼品以及播放“质量月”宣传相关视频等方式,向群众讲解质量的重要性。")
    assert ("汕尾市公安局", "质量月") not in facts(r, "launched")
    assert ("汕尾市农业农村局", "质量月") not in facts(r, "launched")


def test_a_winner_named_right_before_its_award_does_not_confer_it(extract):
    # 授予A、B、C中心第九届甘肃质量奖: the last winner (a body by its name) stands where an organiser
    # would (X第九届…奖); after 授予 it is one given to
    r = extract("甘肃省人民政府关于表彰第九届甘肃质量奖的决定\n省政府决定,经评审,授予甘肃稀土新材料股份有限公司、"
                "敦煌市鸣沙山月牙泉景区服务中心第九届甘肃质量奖。")
    assert facts(r, "launched") == {("甘肃省人民政府", "甘肃质量奖")}


def test_a_programme_a_body_deploys_before_its_verb(extract):
    # 对X进行了部署: the verb stands after the programme, who acts stands before 对
    r = extract("9月12日,荆门市市场监管局局长李波对今年全市“质量月”活动进行了部署。")
    assert facts(r, "launched") == {("荆门市市场监督管理局", "质量月")}
    # (nobody named: no launch)
    assert facts(extract("会上,他对质量月活动进行了部署。"), "launched") == set()


def test_an_official_named_again_acts_for_the_body_he_was_named_with(extract):
    r = extract("9月1日,启动仪式在徐州举行。江苏省市场监管局副局长孙沪兵出席启动仪式并讲话。"
                "孙沪兵对全省“质量月”活动进行了部署。")
    assert facts(r, "launched") == {("江苏省市场监督管理局", "质量月")}


def test_an_award_named_for_a_government_an_officials_post_names(extract):
    # the government is named only by its head's post (区长李峻); the award that carries its name is its own
    r = extract("崇明区委副书记、区长李峻出席会议。会议对获得第三届崇明区政府质量奖的4家组织进行了表彰。")
    assert facts(r, "launched") == {("崇明区人民政府", "崇明区政府质量奖")}


def test_the_aspects_an_official_speaks_of_are_no_launch(extract):
    # 从A、开展X和B三方面进行了部署: what he spoke about; a plan that sets out measures 从…等9个方面 still
    # deploys them
    r = extract("崇明区召开2023年质量和标准化大会。崇明区委副书记、区长李峻出席会议。\n徐慧泉副区长从深化质量强区建设、"
                "开展质量提升行动和夯实质量发展基础三方面,对下阶段质量和标准化工作进行了部署。")
    assert facts(r, "launched") == set()


def test_a_verb_inside_a_cited_title_is_the_titles_and_its_issuers_print_it(extract):
    # 根据中共重庆市委、重庆市人民政府《关于印发质量强市建设实施方案的通知》: the 印发 is the title's own; the
    # plan it prints is the title's issuers', not the county's that cites it
    r = extract("石柱土家族自治县人民政府关于印发《石柱县质量强县建设实施方案》的通知\n各乡镇人民政府:\n《石柱县质量强县建设实施方案》"
                "已经县政府同意,现印发给你们。\n石柱土家族自治县人民政府\n2024年4月19日\n石柱县质量强县建设实施方案\n为全面提高我县质量"
                "总体水平,根据中共重庆市委、重庆市人民政府《关于印发质量强市建设实施方案的通知》要求,结合我县实际,制定本实施方案。")
    issued = facts(r, "issued")
    assert ("石柱土家族自治县人民政府", "质量强市建设实施方案") not in issued
    assert {("中共重庆市委员会", "质量强市建设实施方案"), ("重庆市人民政府", "质量强市建设实施方案")} <= issued


def test_count_goals_of_holdings_per_head_and_of_market_entities(extract):
    r = extract("到2025年,全县市场主体数达到1.96万户;每万人口发明专利拥有量达到1件以上,商标有效注册量达到1600件以上。")
    got = {(m.indicator, m.value, m.unit, m.comparator, m.year) for m in r.measures}
    assert got == {("市场主体数", 1.96, "万户", "=", 2025), ("每万人口发明专利拥有量", 1.0, "件", ">=", 2025),
                   ("商标有效注册量", 1600.0, "件", ">=", 2025)}


def test_a_checked_kinds_rate_is_named_by_the_kind(extract):
    # 2022年抽查的家用电器包括…等15种产品,抽查不合格率为17.7%: the kind's rate, not the year's overall one
    r = extract("市场监管总局今天发布了2022年产品质量国家监督抽查情况。组织抽查检验19440批次产品,抽查不合格率为9.4%。\n"
                "2022年抽查的家用电器包括电磁灶、室内加热器、电冰箱等15种产品,抽查不合格率为17.7%。")
    got = {(m.indicator, m.value, m.year) for m in r.measures}
    assert got == {("抽查不合格率", 9.4, 2022), ("家用电器抽查不合格率", 17.7, 2022)}


def test_a_change_reaching_a_past_year_across_a_comma(extract):
    # 由2006年的91.58%，提高到2012年的95.46%: the level reached is the later year's observation, and the
    # year a change reached sets no goal year for the sentences after it (财政总收入突破550亿元 is no goal)
    r = extract("在省级监督抽查中,扬州市产品合格率由2006年的91.58%,提高到2012年的95.46%。2012年,扬州市实现GDP2950亿元,"
                "财政总收入突破550亿元。")
    assert {(m.kind, m.indicator, m.value, m.year) for m in r.measures} == {("Observation", "产品合格率", 95.46, 2012)}


def test_a_series_unit_written_once_after_its_last_value(extract):
    r = extract("截至2021年9月,公共服务和生活性服务业质量满意度分别达到79和77.8分。")
    assert {(m.value, m.unit) for m in r.measures} == {(79.0, "分"), (77.8, "分")}


def test_the_topics_answered_are_no_launch(extract):
    r = extract("9月6日上午,德阳市质监局召开新闻发布会。会后,德阳市质监局相关业务科室的负责人分别就社会关心的质量强市示范城市创建"
                "工作、综合标准化示范试点、民生计量等方面的热点问题回答了记者提问。")
    assert facts(r, "launched") == set()


def test_a_year_reached_before_the_report_is_an_observation(extract):
    # a 2025 report: 到2024年末 is when the figure was reached, not a goal; a plan's 到2025年 in a 2023 page stays one
    r = extract("发布时间:2025-03-02 11:23:04\n本报北京3月2日电 记者日前从国家市场监督管理总局获悉:到2024年末,我国制造业"
                "产品质量合格率达到93.93%。")
    assert {(m.kind, m.year) for m in r.measures} == {("Observation", 2024)}
    r = extract("发布时间:2023-03-02\n记者获悉:到2025年,我国制造业产品质量合格率达到94%。")
    assert {(m.kind, m.year) for m in r.measures} == {("Target", 2025)}


def test_part_of_a_year_in_a_report_on_a_year_past(extract):
    # a report of 2019-01-03 on 2018: 1-12月份 is 2018's, not the date's year
    r = extract("永泰县圆满完成2018年农产品质量安全例行监测任务\n2019-01-03   来源:市农业农村局\n"
                "2018年以来,永泰县按照省市农业部门要求,明确各项检测任务。1-12月份,国家农业农村部、福建省农业农村厅分别来永泰县"
                "开展6次例行监测工作,累计抽检131个样品,抽检样品合格率99%。")
    assert {(m.indicator, m.year) for m in r.measures} == {("抽检样品合格率", 2018)}


def test_the_bodies_that_organise_a_programmes_ceremony_launch_it(extract):
    # …“质量月”活动启动仪式暨…大会在上海召开。会议由X、Y和Z共同主办: they launched the month
    r = extract("8月31日,全国“质量月”活动启动仪式暨苏浙皖赣沪质量表彰大会在上海召开。会议由国家质检总局、教育部等部门和"
                "上海市人民政府共同主办,上海市质量技术监督局承办。")
    assert facts(r, "launched") == {("国家质量监督检验检疫总局", "质量月"), ("教育部", "质量月"), ("上海市人民政府", "质量月")}
    # (a meeting that is no programme's event launches nothing)
    r = extract("“质量月”期间,各地开展了活动。会议由国家质检总局主办。")
    assert facts(r, "launched") == set()


def test_a_goal_for_this_year_takes_the_pages_year(extract):
    r = extract("发布时间:2024-02-10\n今年,我市将深入实施质量强市战略,力争产品质量监督抽查合格率稳定在95%以上。")
    assert {(m.kind, m.year) for m in r.measures} == {("Target", 2024)}
    r = extract("发布时间:2024-12-10\n明年,全市将力争产品质量监督抽查合格率稳定在95%以上。")
    assert {(m.kind, m.year) for m in r.measures} == {("Target", 2025)}


def test_bodies_in_a_plans_bracket_of_duties_are_not_its_writer(extract):
    # 〔X、Y…牵头，各有关部门按职责分工负责〕: they carry out the task; the unsigned plan's actions are no one's
    r = extract("为扎实推动《国家标准化发展纲要》深入实施,制定本行动计划。\n一、加强标准化与科技创新互动\n实施信息化标准建设"
                "行动,强化区块链技术标准体系建设。〔国家发展改革委、工业和信息化部、科技部、市场监管总局(国家标准委)牵头,各有关"
                "部门按职责分工负责〕")
    assert facts(r, "launched") == set()


def test_an_issue_verb_that_ends_its_clause_issues_the_plan_named_before(extract):
    # 以X名义印发: X sends out the plan the sentence named (政策解读 pages); the drafter does not
    r = extract("县市场监管局牵头起草了《青阳县质量强县实施方案》,8月28日以青阳县人民政府办公室名义印发。")
    assert facts(r, "issued") == {("青阳县人民政府办公室", "青阳县质量强县实施方案")}
    r = extract("市质监局起草了《西宁市质量强市实施方案》,经市政府常务会议审议通过后印发实施。")
    assert facts(r, "issued") == set()
    # (a plan the clause follows is cited, not issued)
    r = extract("为贯彻落实《青海省质量发展纲要》,西宁市人民政府研究制定并印发实施。")
    assert facts(r, "issued") == set()


def test_the_bureau_its_staff_call_shi_ju_is_the_one_named_before(extract):
    # 市局副局长X: the one city bureau the text named; none where it named two
    r = extract("9月21日,天津市质监局召开2012年天津市质量工作座谈会。市局副总工王金海主持会议,市局副局长徐素俭参加了会议。")
    assert facts(r, "worksFor") == {("王金海", "天津市质量技术监督局"), ("徐素俭", "天津市质量技术监督局")}
    r = extract("天津市质监局与天津市工商局召开座谈会。市局副局长徐素俭参加了会议。")
    assert facts(r, "worksFor") == set()


@pytest.mark.parametrize("text, launcher", [
    # who holds the opening ceremony, the region and year of the month written between
    ("8月30日上午,漯河市人民政府在工业园隆重举行漯河市2013年“质量月”活动启动仪式,标志着该市“质量月”活动正式展开。",
     "漯河市人民政府"),
    # who raises its curtain
    ("9月2日,新疆哈密市质量强市办会同各成员单位,举行了主题活动启动仪式,正式拉开了2021年度“质量月”活动序幕。",
     "哈密市质量强市办"),
    # 对…进行了安排部署, the region and year before the month
    ("漯河市召开会议。市质监局蒋学舜局长首先对漯河市2013年质量月活动进行了安排部署。", "漯河市质量技术监督局"),
])
def test_who_opens_a_themed_month(extract, text, launcher):
    assert facts(extract(text), "launched") == {(launcher, "质量月")}


def test_a_dated_base_compared_with_is_no_observation_of_the_report(extract):
    r = extract("2010年,市级监督抽查了243家企业共246批次产品,批次合格率为82.5%,比2009年批次合格率76.0%上升了6.5个百分点。")
    assert {(m.indicator, m.value, m.year) for m in r.measures} == {("批次合格率", 82.5, 2010)}


def test_the_plan_a_check_follows_names_no_region_of_its_figures(extract):
    # 根据全省…计划安排: the province's plan; the county's report, the county's rate
    r = extract("关于2010年苍南县产品质量监督抽查结果的通报\n2010年我县监督抽查共抽查828批次产品。\n"
                "1.省级监督抽查情况:2010年,根据全省定期监督抽查计划安排,抽查了35种产品,合格223批次,批次合格率为91.4%。")
    assert {(m.value, m.region) for m in r.measures} == {(91.4, "苍南县")}


@pytest.mark.parametrize("text, measures", [
    # the rate after the count of what passed is the reported check's
    ("2010年我县三级监督抽查共抽查了51种共828批次产品,其中合格722批次,合格率为87.2%。", {("监督抽查合格率", 87.2)}),
    # a part of it (其中，抽查食品企业…) and a rate after the items that failed are not named from the check
    ("2010年共监督抽查233个批次。其中,抽查食品企业201家20种212个批次,合格198个批次,合格率为93.4%。", set()),
    ("2019年随机抽查5种157批次3C产品,其中抽油烟机1批次、电线电缆2批次不合格,合格率为98.09%。", set()),
])
def test_a_bare_pass_rate_after_the_counts_of_a_check(extract, text, measures):
    r = extract(text)
    assert {(m.indicator, m.value) for m in r.measures} == measures
    assert "合格率" not in {m.canonical for m in r.mentions if m.kind == "Indicator"}


def test_paragraphs_that_go_on_with_a_quoted_plans_goals_are_its_targets(extract):
    r = extract("《甘肃省质量发展纲要(2012一2020年)》已经省政府同意印发全省实施。\n"
                "《纲要》明确,到2015年,我省产品质量监督抽查合格率达到95%以上。\n"
                "到2015年,大中型工程建设项目主体工程一次验收合格率达到100%。\n"
                "记者从省政府获悉,全省产品质量监督抽查合格率去年为93%。\n")
    got = {(m.indicator, m.kind, m.plan) for m in r.measures}
    plan = "甘肃省质量发展纲要(2012一2020年)"
    assert ("大中型工程建设项目主体工程一次验收合格率", "Target", plan) in got
    assert ("产品质量监督抽查合格率", "Target", plan) in got
    assert not any(k == "Observation" and p for _, k, p in got)


def test_a_bureau_before_the_institute_under_it_is_the_articles_body(extract):
    # one clause each: the institute's team goes out, the bureau's leaders speak; the bureau's news
    r = extract("5月20日是第17个“世界计量日”。活动当天,一是组织技术人员深入企业,开展“计量管理提升服务”活动;"
                "二是天水市计量测试检定所党员服务队走进加油站开展宣传。\n天水市质监局领导表示,要加强计量宣传工作。")
    assert ("天水市质量技术监督局", '"计量管理提升服务"活动') in facts(r, "launched")


def test_a_gazette_rows_issuer_cell_signs_the_document(extract):
    # 发文机关 | X | 成文日期 | …: the cell after the field names who sends it; its purpose is what X deploys
    r = extract("发文机关 | 周口市人民政府 | 成文日期 | 2015-06-10 |\n"
                "周口市人民政府关于表彰2014年度周口市市长质量奖获奖单位的通报\n各县(市、区)人民政府:\n"
                "为深入实施质量立市和品牌带动战略,增强全社会质量意识,市政府决定授予某某有限公司“周口市市长质量奖”。\n")
    assert facts(r, "launched") >= {("周口市人民政府", "质量立市战略"), ("周口市人民政府", "品牌带动战略")}


def test_a_bare_satisfaction_takes_the_sector_its_sentence_opens_with(extract):
    # GUIDE: a metric attached to an earlier subject takes that subject
    r = extract("到2020年,生产性服务业质量全面提升,顾客满意度达到85以上。生活性服务业质量显著改善,顾客满意度达到80以上。")
    assert {(m.indicator, m.value) for m in r.measures} == {("生产性服务业顾客满意度", 85.0), ("生活性服务业顾客满意度", 80.0)}
    assert "顾客满意度" not in names(r, "Indicator")


def test_a_cited_notice_is_sent_by_the_body_before_its_guanyu(extract):
    # X办公厅关于印发《…方案的通知》 cited in a city's own notice: X's notice, no short form of the city's
    r = extract("呼和浩特市人民政府办公室关于印发《呼和浩特市农畜产品区域公用品牌建设三年行动方案(2021—2023年)》的通知\n"
                "各旗、县、区人民政府:\n现将方案印发给你们。\n呼和浩特市人民政府办公室\n2021年8月25日\n"
                "为认真贯彻内蒙古自治区人民政府办公厅关于印发《农畜产品区域公用品牌建设三年行动方案(2021-2023年)的通知》"
                "(内政办发〔2021〕9号)精神,制定本方案。\n")
    assert ("内蒙古自治区人民政府办公厅", "农畜产品区域公用品牌建设三年行动方案(2021—2023年)的通知") in facts(r, "issued")
    assert not any(a == "呼和浩特市人民政府办公室" and p.startswith("农畜产品") for a, p in facts(r, "issued"))
    assert "内蒙古自治区人民政府" not in names(r, "Agency")  # (各旗、县、区人民政府: every one's)


def test_who_holds_a_day_named_with_its_date_launches_it(extract):
    # 举行“5•20世界计量日”…活动: the day named by its date too; 联合: both bodies hold it
    r = extract("当天,吉林省市场监督管理厅和长春市人民政府在长春欧亚卖场举行“5•20世界计量日”宣传活动启动仪式。"
                "省市场监管厅会同省教育厅、民政厅开展了“光明计量进校园”活动。")
    assert facts(r, "launched") >= {("吉林省市场监督管理厅", "世界计量日"), ("长春市人民政府", "世界计量日")}
    assert "吉林省民政厅" in names(r, "Agency")


def test_a_group_set_up_for_a_known_programme_runs_it(extract):
    # “质量月”活动领导小组组长、市质监局局长王某发布了活动内容: the month's group runs the month (GUIDE: launched is
    # who runs it); a group named for a goal (质量强市工作领导小组) runs no programme by its name
    r = extract("巴彦淖尔市召开新闻发布会。“质量月”活动领导小组组长,市质监局局长王新春发布了活动主要内容。"
                "巴彦淖尔市质量强市工作领导小组召开会议。")
    assert ("巴彦淖尔市\"质量月\"活动领导小组", "质量月") in facts(r, "launched")
    assert not {p for a, p in facts(r, "launched") if a == "巴彦淖尔市质量强市工作领导小组"}


def test_who_flags_off_a_programmes_teams_starts_it(extract):
    # 促进会、省市场监管局为第二届中国质量万里行·青海质量行出征团队授旗: both start it
    r = extract("9月6日,活动在西宁启动。中国质量万里行促进会、省市场监管局为第二届中国质量万里行·青海质量行出征团队授旗。")
    assert {a for a, p in facts(r, "launched") if p.startswith("中国质量万里行")} >= {"中国质量万里行促进会"}


def test_the_office_whose_role_a_bureau_plays_acts_with_it(extract):
    # 该局发挥省质量强省工作领导小组办公室牵头统筹作用，会同…组织实施182项重点质量工作实事项目: the office too
    r = extract("5月27日,从黑龙江省市场监管局传来消息,为创新落实《质量强国建设纲要》,该局发挥省质量强省工作领导小组办公室牵头统筹作用,"
                "会同领导小组相关成员单位于2023年、2024年连续两年组织实施182项重点质量工作实事项目。")
    assert facts(r, "launched") == {("黑龙江省市场监督管理局", "重点质量工作实事项目"),
                                    ("黑龙江省质量强省工作领导小组办公室", "重点质量工作实事项目")}


def test_a_question_asks_and_no_body_acts(extract):
    # 如何深入推进落实…标准化战略？: asked, not done; a scrape's ? for lost characters ends no question
    r = extract("上海市市场监管局参加交流会。如何深入推进落实质量强国建设和标准化战略?与会嘉宾就此展开探讨。")
    assert facts(r, "launched") == set()
    r = extract("上海市市场监管局将和各地市政府联合举办品牌日系列活动?活动现场公布了承办城市。")
    assert ("上海市市场监督管理局", "品牌日系列活动") in facts(r, "launched")



def test_a_bare_plan_opening_an_earlier_clause_deploys_what_follows(extract):
    # 在…方面，纲要提出了…举措，包括实施消费品质量提升行动: the plan's issuers launch it; a plan cited after 落实 deploys nothing
    r = extract("近日中共中央、国务院印发的《质量强国建设纲要》明确了六方面主要目标。记者就此采访了专家。"
                "在提升消费品质量方面,纲要提出了一系列举措,包括实施消费品质量提升行动。")
    assert facts(r, "launched") == {("中国共产党中央委员会", "消费品质量提升行动"), ("国务院", "消费品质量提升行动")}
    r = extract("云南省人民政府印发本规划。为落实《质量强国建设纲要》,把质量强省战略推向深入,制定本规划。")
    assert ("国务院", "质量强省战略") not in facts(r, "launched")


def test_an_award_founded_by_a_government_with_its_short_name_between(extract):
    # X区区长质量奖(以下简称“区长质量奖”)是X区人民政府设立的最高质量奖项: the short name stands between
    r = extract("本办法所称珠海市斗门区区长质量奖(以下简称“区长质量奖”)是珠海市斗门区人民政府设立的最高质量奖项。")
    assert facts(r, "launched") == {("珠海市斗门区人民政府", "珠海市斗门区区长质量奖")}


def test_a_report_listing_provinces_and_cities_is_the_countrys(extract):
    # 广东、江苏、北京、上海、天津、浙江的…指数在85以上: listed peers are no document's own region (the 2008 bulletin's
    # figures were given to 北京市); the province that listed cities share still is (呼和浩特市、包头市、…: 内蒙古)
    r = extract("2008年,在党中央、国务院的正确领导下,质量工作取得积极进展。\n2008年全国制造业质量竞争力指数为81.18,比上年提高0.19。\n"
                "通过对全国31个省(自治区、直辖市)的测算,广东、江苏、北京、上海、天津、浙江的制造业质量竞争力指数在85以上。"
                "从区域看,东、中、西部区域制造业质量竞争力指数分别为85.04、79.72、80.04。")
    assert {m.region for m in r.measures if m.value in (85.04, 79.72, 80.04)} == {"中国"}
    r = extract("自治区市场监管局关于全国公共服务质量监测结果的通报\n我区被监测城市是呼和浩特市、包头市、呼伦贝尔市、通辽市等4个城市。")
    assert "内蒙古自治区市场监督管理局" in names(r, "Agency")


def test_a_value_that_bounds_a_count_is_no_measure(extract):
    # 质量竞争力指数在80以上的地区数量达到20个: how many regions pass 80, not the index's value
    r = extract("2008年,质量竞争力指数在80以上的地区数量达到20个。全市产品质量合格率在95%以上。")
    assert _measures(r, "Observation") == {("产品质量合格率", 95, "%", ">=", 2008)}


def test_a_post_after_a_body_in_latin_letters_is_not_the_earlier_bodys(extract):
    # 原国务院参事张纲、ISO原主席张晓刚: 张晓刚 chaired ISO, he does not work for 国务院
    r = extract("会上,邀请中国工程院院士赵宪庚、原国务院参事张纲、ISO原主席张晓刚就标准化改革作专题讲座。")
    assert ("张晓刚", "国务院") not in facts(r, "worksFor")


def test_a_value_reported_before_what_is_done_next_is_observed(extract):
    # 平均合格率91.9%，对不合格产品…，同时将…情况及时移送…: 将 after the value is what follows, not the value's future;
    # 超90% is more than 90 (GUIDE: > for 超过)
    r = extract("2020年度省级产品质量监督抽查超过14000批次,平均合格率91.9%,对不合格产品,我省已全面下架,"
                "同时将省外不合格企业情况及时移送所在地市场监管部门处理。2020年省级产品质量抽检合格率超90%。")
    assert _measures(r, "Target") == set()
    assert ("平均合格率", 91.9, "%", "=", 2020) in _measures(r, "Observation")
    assert ("产品质量抽检合格率", 90, "%", ">", 2020) in _measures(r, "Observation")


def test_an_official_named_again_who_spoke_and_announced_the_start_launches_for_his_body(extract):
    # 宣城市副市长宁伟…出席活动。…最后由市政府副市长宁伟发表了讲话,宣布…“质量月”活动正式启动: his government starts it
    r = extract("9月8日上午,宣城市“质量月”活动启动仪式举行。宣城市副市长宁伟、绩溪县县长卢东林等领导出席活动。\n"
                "活动现场,绩溪县县长卢东林发表了致辞,并对五家企业进行了现场颁奖,最后由市政府副市长宁伟发表了讲话,"
                "宣布2021年宣城市“质量月”活动正式启动。")
    assert ("宣城市人民政府", "质量月") in facts(r, "launched")


def test_values_given_for_the_indicators_the_sentence_before_named(extract):
    # 到2020年…指数要达到84.5,…合格率要稳定在92%以上。而在2015年,这2个指标分别是83.5、91.1%: 2015's observations
    r = extract("规划提出,到2020年,制造业质量竞争力指数要达到84.5,产品质量国家监督抽查合格率要稳定在92%以上。"
                "而在2015年,这2个指标分别是83.5、91.1%。")
    assert _measures(r, "Observation") == {("制造业质量竞争力指数", 83.5, None, "=", 2015),
                                           ("产品质量国家监督抽查合格率", 91.1, "%", "=", 2015)}
    r = extract("到2020年,制造业质量竞争力指数要达到84.5。而在2015年,这2个指标分别是83.5、91.1%。")
    assert _measures(r, "Observation") == set()  # (two values, one indicator named: no guess)


def test_the_whole_city_as_subject_is_no_agency(extract):
    # 全市上下大力实施…品牌战略: everyone in the city acts; no body is named (the previous sentence's is not it)
    r = extract("咸宁市人民政府召开会议。近年来,在市委、市政府的坚强领导下,全市上下大力实施品牌战略,不断提升产品质量。")
    assert facts(r, "launched") == set()


def test_the_unnamed_departments_of_a_body_are_not_that_body(extract):
    # 会同国务院有关部门制定《…》: the State Council's departments, none by name, take part; the State Council
    # does not (it issues the outline, a known national plan)
    r = extract("国家质检总局正在会同国务院有关部门,制定《质量发展纲要(2011~2020年)》。")
    assert facts(r, "participated") == set()
    r = extract("江苏省质监局会同省政府有关部门制定《江苏省质量提升行动方案》。")
    assert facts(r, "participated") == set()
    assert facts(r, "issued") == {("江苏省质量技术监督局", "江苏省质量提升行动方案")}


def test_the_figures_of_developed_countries_measure_what_ours_do(extract):
    # 发达国家产品质量抽查合格率在90%以上: a comparison abroad; the indicator is the one the country measures
    r = extract("我国产品质量抽查合格率已达80%以上。目前,发达国家产品质量抽查合格率在90%以上。")
    assert names(r, "Indicator") == {"产品质量抽查合格率"}
    assert [(m.value, m.comparator) for m in r.measures] == [(80.0, ">=")]


def test_this_activity_named_with_its_kind_is_the_one_named_before(extract):
    # 此次宣传活动由X主办: the kind of activity (宣传) between 此次 and 活动; X runs what the sentence before held
    r = extract("9月16日,我市在城区明珠广场举办2022年全国“质量月”文明诚信主题宣传活动。"
                "此次宣传活动由汕尾市市场监督管理局主办,市公安局参与。")
    assert {a for a, _ in facts(r, "launched")} == {"汕尾市市场监督管理局"}


def test_a_sentence_with_no_subject_goes_on_with_the_region_after_a_manner_clause(extract):
    # 围绕这一主题，“质量月”期间，我市将开展…。组织…活动: the city goes on acting (how, then when, then who),
    # not the bureau the article names later
    r = extract("今年我市“质量月”活动的主题是“全面推进质量强市”。围绕这一主题,“质量月”期间,我市将全面开展三大活动。"
                "组织区域、行业质量提升活动、“浙江制造”品牌提升活动。\n启动仪式上,市场监管局与高新区管委会签署了备忘录。"
                "\n金华市市场监督管理局供稿")
    assert not any(p == '"浙江制造"品牌提升活动' for _, p in facts(r, "launched"))


def test_a_mayors_award_for_a_persons_contribution_is_the_governments_too(extract):
    # 济宁市长质量贡献奖, the class of the mayor's award for persons, as 市长质量管理奖 is for firms
    r = extract("济宁市质监局召开会议,市政府表彰获奖者。高德获得济宁市长质量贡献奖。")
    assert ("济宁市人民政府", "济宁市市长质量贡献奖") in facts(r, "launched")


def test_a_purpose_after_a_newspapers_byline_is_an_aim(extract):
    # 本报讯(记者 X 通讯员 Y) 为鼓励企业…实施“以质取胜”战略…，Z县…设立县长质量奖: the firms' strategy the award
    # aims at, not one the county runs (the byline's space before 为 hid the purpose)
    r = extract("本报讯(记者 王明 通讯员 李强) 为鼓励企业提高质量管理水平,实施“以质取胜”战略,全面提升企业竞争力,"
                "繁昌县依据有关规定,日前正式设立县长质量奖。据了解,县长质量奖是繁昌县政府设立的最高质量荣誉。")
    assert {p for _, p in facts(r, "launched")} == {"县长质量奖"}


def test_a_notice_signed_by_rows_of_national_bodies_is_issued_by_each(extract):
    # 市场监管总局 国家发展改革委 / 公安部 商务部 / 药监局 / 关于印发《…》的通知: the rows above the title are its
    # issuers, a bare 药监局 among national bodies the national one
    r = extract("市场监管总局 国家发展改革委 工业和信息化部\n公安部 商务部 海关总署\n药监局\n"
                "关于印发《全国电动自行车产品质量专项整治行动方案》的通知\n国市监质〔2021〕12号\n各省、自治区、直辖市市场监管局:\n"
                "为进一步加强产品质量监管,七部门决定联合开展专项整治行动。现印发专项整治行动方案,请认真执行。\n"
                "市场监管总局 国家发展改革委 工业和信息化部\n公安部 商务部 海关总署\n药监局\n2021年5月11日")
    issuers = {"国家市场监督管理总局", "国家发展和改革委员会", "工业和信息化部", "公安部", "商务部", "海关总署", "国家药品监督管理局"}
    title = "市场监管总局 国家发展改革委 工业和信息化部 公安部 商务部 海关总署 药监局关于印发《全国电动自行车产品质量专项整治行动方案》的通知"
    assert r.meta.title == title
    notice = title.replace("《", "").replace("》", "")
    assert {a for a, p in facts(r, "issued") if p == notice} == issuers


@pytest.mark.parametrize("opening", ["2024年,市场监管部门", "市场监管部门"])
def test_a_sentence_with_no_subject_goes_on_with_bodies_of_a_kind(extract, opening):
    # 2024年，市场监管部门重点开展…。…方面，实施…项目: the bureaus of a kind (after the year's clause) go on
    # acting, not the national body a source line names
    r = extract("据国家市场监管总局网站消息,截至2024年底,我国制造业产品质量合格率达到93.93%。\n"
                f"{opening}重点开展质量强企强链强县行动。质量强链方面,实施质量强链标志性项目。")
    assert facts(r, "launched") == set()


def test_a_bodys_administrative_department_is_not_that_body(extract):
    # 国务院计量行政主管部门每年均组织开展“世界计量日”活动: the State Council's metrology department, unnamed, runs it
    r = extract("自2000年起,国务院计量行政主管部门每年均组织开展“世界计量日”活动。")
    assert facts(r, "launched") == set()


def test_this_is_an_activity_run_by_a_body(extract):
    # 中国品牌日…，这是一个经国务院批复同意由国家发展改革委每年组织实施的活动: the programme just named, run by
    # the body after 由 (not the State Council, which approves it)
    r = extract("自2017年起,每年5月10日被确定为中国品牌日,这是一个经国务院批复同意由国家发展改革委每年组织实施的活动。")
    assert facts(r, "launched") == {("国家发展和改革委员会", "中国品牌日")}


@pytest.mark.parametrize("printed", ["杭州市人民政府质量奖评审管理办法(2022年修订)", "杭州市质量提升行动计划(2016—2018年)"])
def test_a_notice_prints_a_plan_whose_title_ends_with_its_period_or_revision(extract, printed):
    # (the plan the notice prints is its issuer's too, GUIDE; the bracket after its type stopped the title line)
    notice = f"杭州市人民政府办公厅关于印发{printed}的通知"
    r = extract(f"根据《{notice}》(杭政办函〔2022〕48号)规定，经严格评审，市政府决定。")
    assert {("杭州市人民政府办公厅", notice), ("杭州市人民政府办公厅", printed)} <= facts(r, "issued")


@pytest.mark.parametrize("text", ["省政府召开全省质量兴省工作暨第二届长江质量奖颁奖电视电话会议。湖北省。",
                                  "湖北省人民政府举行第二届长江质量奖颁奖大会。", "湖北省人民政府召开2024年质量月活动启动大会。"])
def test_who_holds_an_awards_ceremony_or_a_launch_meeting_runs_it(extract, text):
    r = extract(text)
    programme = "质量月" if "质量月" in text else "长江质量奖"
    assert facts(r, "launched") == {("湖北省人民政府", programme)}


def test_fields_listed_before_a_bare_rate_take_one_value_each(extract):
    r = extract("2019年，全市食品相关产品、计量产品和条码印刷品的合格率分别为97.52%、95.12%、94.78%。")
    assert sorted((m.indicator, m.value) for m in r.measures) == [
        ("条码印刷品合格率", 94.78), ("计量产品合格率", 95.12), ("食品相关产品合格率", 97.52)]
    # (one value for two fields is neither's: no measure named by the bare word)
    assert extract("2019年，全市食品相关产品和计量产品的合格率为97.52%。").measures == []


@pytest.mark.parametrize("text", [
    "12月23日，记者从县市场监督管理局获悉，今年来，浦城县大力推进质量工作，制定了《浦城县质量发展行动计划》等文件。",
    "记者从浦城县市场监督管理局获悉，该县制定了《浦城县质量发展行动计划》。"])
def test_who_the_reporter_heard_it_from_is_not_who_issued_it(extract, text):
    # (the county acts; the bureau only told the reporter: no issued fact for it)
    assert facts(extract(text), "issued") == set()


def test_the_bureau_the_reporter_heard_from_acts_where_the_text_says_it_does(extract):
    r = extract("记者从浦城县市场监督管理局获悉，该局制定了《浦城县质量发展行动计划》。")
    assert facts(r, "issued") == {("浦城县市场监督管理局", "浦城县质量发展行动计划")}


def test_a_notice_that_prints_no_plan_is_issued_by_who_signs_it(extract):
    r = extract("关于下达2021年度市级标准化试点示范项目的通知\n\n各区市局,市标准化院,各有关单位:\n\n"
                "现将86个试点项目、7个示范项目下达给你们。\n\n                青岛市市场监督管理局\n\n2021年10月27日 \n")
    assert facts(r, "issued") == {("青岛市市场监督管理局", "关于下达2021年度市级标准化试点示范项目的通知")}


def test_bodies_whose_spirit_is_carried_out_are_not_the_articles_actor(extract):
    r = extract("浙江省质量强省建设规划\n为更好地贯彻执行中央和省委省政府相关精神，特制定本规划。\n"
                "质量发展走在全国前列。深入实施“三强一制造”战略，持续开展质量提升行动。")
    # (cited where it stands: 省委 is no actor of the subjectless clauses after it)
    assert facts(r, "launched") == set()


def test_a_count_goal_is_named_without_the_verb_that_achieves_it(extract):
    r = extract("到2020年，我省实现取得质量管理认证的服务业企业达到6000家。")
    assert [(m.indicator, m.value, m.unit) for m in r.measures] == [("取得质量管理认证的服务业企业", 6000, "家")]


@pytest.mark.parametrize("lead", ["", "会上，"])
def test_a_bare_head_opening_a_chain_of_posts_heads_the_chains_region(extract, lead):
    r = extract(f"绵阳市召开推进质量强市工作会议。{lead}副市长、市质量强市工作领导小组副组长罗宗志出席会议并讲话。")
    assert {a for p, a in facts(r, "worksFor") if p == "罗宗志"} == {"绵阳市人民政府", "绵阳市质量强市工作领导小组"}
    # (a head of another level than the chain's body names no government of it)
    r = extract(f"四川省召开会议。{lead}副市长、省质量强省工作领导小组副组长罗宗志讲话。")
    assert {a for p, a in facts(r, "worksFor") if p == "罗宗志"} == {"四川省质量强省工作领导小组"}


def test_bodies_joined_after_the_lead_bodys_clause_hold_the_event_with_it(extract):
    text = "阿勒泰地区2024年“质量月”宣传活动启动。此次活动由地区市场监督管理局牵头，联合地区公安局、科技局等16家单位共同举办。"
    expected = {(a, "质量月") for a in ("阿勒泰地区市场监督管理局", "阿勒泰地区公安局", "阿勒泰地区科学技术局")}
    assert facts(extract(text), "launched") == expected
    # (as it does without the comma: 由X联合Y共同举办)
    assert facts(extract(text.replace("牵头，", "")), "launched") == expected


def test_a_programme_in_a_courses_quoted_topic_is_not_launched_by_who_holds_the_course(extract):
    r = extract("成都高新区市场监督管理局日前举办“卓越绩效模式导入和政府质量奖申报”专题培训。")
    assert facts(r, "launched") == set()


def test_regions_ranked_after_an_indicator_each_have_their_value(extract):
    r = extract("通过对全国31个省(区、市)制造业相关数据的测算，2006年制造业质量竞争力指数处在较高水平并保持稳定增长的地区依次为："
                "上海86.78，同比提高2.44；江苏84.87，同比提高0.38；广东83.98，同比提高0.16。")
    assert sorted((m.kind, m.indicator, m.region, m.value, m.year) for m in r.measures) == [
        ("Observation", "制造业质量竞争力指数", "上海市", 86.78, 2006), ("Observation", "制造业质量竞争力指数", "广东省", 83.98, 2006),
        ("Observation", "制造业质量竞争力指数", "江苏省", 84.87, 2006)]


def test_a_year_a_span_starts_from_is_no_year_of_the_figures_after_it(extract):
    r = extract("沛县顺利通过省计量惠民示范县验收\n近日，沛县顺利通过验收。\n"
                "2015年开始，沛县每年列支专项经费，用于保障免费检定等工作。全年在用计量器具的检定率均达到100%，水电气热民用四表首检率达到100%。")
    # (was 2015, the year the yearly funding began)
    assert r.measures and {m.year for m in r.measures} == {None}
