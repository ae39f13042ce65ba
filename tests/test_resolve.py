"""One node per real-world thing."""

from kg.resolve import normalise_name

from .conftest import facts, names


def test_abbreviation_defined_with_yixia_jiancheng(extract):
    r = extract("按照《沈阳市产品质量提升行动方案(2023—2025年)》(以下简称《质量提升方案》)部署。"
                "沈阳市市场监管局印发了《质量提升方案》。")
    assert names(r, "Plan") == {"沈阳市产品质量提升行动方案(2023—2025年)"}
    assert ("Agency", "沈阳市市场监督管理局") in {f.subject for f in r.facts if f.relation == "issued"}


def test_short_forms_are_completed_with_the_documents_city(extract):
    r = extract("沈阳讯 沈阳市市场监管局会同市发改委、市商务局开展工作。")
    assert {"沈阳市发展和改革委员会", "沈阳市商务局"} <= names(r, "Agency")


def test_the_same_body_in_two_documents_is_one_node(seeds_build):
    from rdflib import Graph

    out, _ = seeds_build
    g = Graph().parse(out / "graph.ttl")
    rows = list(g.query("""PREFIX qg: <https://w3id.org/qgkg/ontology#>
        SELECT ?a (COUNT(DISTINCT ?d) AS ?n) WHERE { ?a a qg:Agency ; rdfs:label "国家市场监督管理总局"@zh ;
        qg:mentionedIn ?d } GROUP BY ?a"""))
    assert len(rows) == 1 and int(rows[0][1]) == 2


def test_traditional_spellings_become_aliases(seeds_build):
    from rdflib import Graph
    from rdflib.namespace import SKOS

    out, _ = seeds_build
    g = Graph().parse(out / "graph.ttl")
    aliases = {str(o) for o in g.objects(None, SKOS.altLabel)}
    assert "沈陽市市場監管局" in aliases


def test_names_are_normalised():
    assert normalise_name("“上海品牌”认证") == '"上海品牌"认证'


def test_a_slogan_with_and_without_its_list_mark_is_one_programme(extract):
    r = extract("“质量兴县、名牌兴企”战略是临沭县的一项重大战略。临沭县质量技术监督局长期积极推行“质量兴县名牌兴企”战略。")
    assert names(r, "Programme") == {'"质量兴县、名牌兴企"战略'}


def test_the_state_councils_press_office(extract):
    r = extract("2023年2月16日,国新办举行新闻发布会。国务院新闻办公室介绍了有关情况。")
    assert names(r, "Agency") == {"国务院新闻办公室"}


def test_a_programme_named_by_its_quoted_core_is_the_one_named_with_its_field(extract):
    r = extract("市场监管总局持续开展民生领域“铁拳”行动。各级市场监管部门建立“铁拳”行动工作协调机制。")
    assert names(r, "Programme") == {'民生领域"铁拳"行动'}


def test_a_slogan_with_and_without_its_quotes_and_an_office_named_short_and_in_full_are_one(extract):
    r = extract("梧州市深入实施“质量兴梧”战略。梧州市实施质量兴梧战略。郁南县召开会议。县质量强县办主任讲话。县质量强县办公室印发通知。")
    assert "质量兴梧战略" in names(r, "Programme") and '"质量兴梧"战略' not in names(r, "Programme")
    assert "郁南县质量强县办公室" in names(r, "Agency") and "郁南县质量强县办" not in names(r, "Agency")
    # (a region's quality slogan quoted alone in its document is the campaign unquoted, as another page writes it:
    # 开展“质量强市”活动 and 开展质量强市活动 are one programme across the corpus; other quoted names keep their quotes)
    r = extract("宜兴市开展“质量强市”活动,实施“质量兴县”战略和“同线同标同质”工程。")
    assert names(r, "Programme") == {"质量强市活动", "质量兴县战略", '"同线同标同质"工程'}


def test_rates_that_differ_by_a_level_word_are_two_and_an_intrinsic_quality_rate(extract):
    r = extract("《规划》提出到2020年,产品质量国家监督抽查合格率稳定在90%以上,各级产品质量监督抽查合格率达94%以上,"
                "主要食品药品监督抽检内在质量合格率达95%以上。")
    got = {(m.indicator, m.value) for m in r.measures}
    assert got == {("产品质量国家监督抽查合格率", 90), ("产品质量监督抽查合格率", 94), ("主要食品药品监督抽检内在质量合格率", 95)}


def test_a_bare_award_takes_the_full_name_a_title_gives_it(extract):
    # 授予省长质量奖 beside 《辽宁省省长质量奖管理办法》: one award, named in full
    r = extract("根据《辽宁省省长质量奖管理办法》，省政府决定，授予大连华锐重工集团股份有限公司省长质量奖。\n")
    assert "辽宁省省长质量奖" in names(r, "Programme") and "省长质量奖" not in names(r, "Programme")
    # (a bare award with no full name anywhere stays bare: d10's 市长质量奖)
    r = extract("哈尔滨市出台《市长质量奖管理办法》，设立并发放了500万元的市长质量奖。\n")
    assert "市长质量奖" in names(r, "Programme")
    # the notice that prints the rules names the award inside its title, after its issuer's words
    r = extract("在依据《深圳市人民政府关于印发深圳市市长质量奖管理办法的通知》开展的2020年度深圳市市长质量奖评选中,"
                "深圳市投资控股有限公司获得金奖。")
    assert names(r, "Programme") == {"深圳市市长质量奖"}


def test_a_short_title_defined_in_brackets_is_used_in_brackets(extract):
    # (以下简称《规划》): 《规划》 is the plan; the 规划 of “十四五”规划 is not
    r = extract("2025年是“十四五”规划的收官之年。以推动落实《计量发展规划(2021—2035年)》(以下简称《规划》)为主线。"
                "各地要按照《规划》要求推进工作。")
    plan = "计量发展规划(2021—2035年)"
    used = [m for m in r.mentions if m.kind == "Plan" and m.canonical == plan]
    assert len(used) == 3 and all(m.sentence > 0 for m in used)  # the title, and 《规划》 twice


def test_a_bare_group_office_is_the_office_of_the_one_group_named(extract):
    r = extract("兰州市质量振兴领导小组召开第一次会议。会议要求,领导小组办公室要强化督导考核。")
    assert names(r, "Agency") == {"兰州市质量振兴领导小组", "兰州市质量振兴领导小组办公室"}
    # two groups named: whose office it is, the text does not say
    r = extract("兰州市质量振兴领导小组和兰州市食品安全工作领导小组召开会议。领导小组办公室要强化督导考核。")
    assert not any(n.endswith("办公室") for n in names(r, "Agency"))


def test_names_shared_with_others_are_labels_in_context_not_aliases(tmp_path):
    # 上海市 of 上海市、江苏省市场监管局 names the bureau only there; 质量强国 of 质量强国和…战略 likewise
    from kg.cli import main
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("上海市、江苏省市场监管局相关负责同志参加会议。要深入实施质量强国和知识产权强国战略。\n",
                                  encoding="utf-8")
    assert main(["build", str(folder), "--out", str(tmp_path / "out"), "--quiet", "--no-html"]) == 0
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert 'skos:altLabel "上海市"' not in ttl and 'skos:altLabel "质量强国"' not in ttl
    assert 'qg:contextualLabel "上海市"@zh' in ttl


def test_a_post_after_an_organisations_short_name_works_for_it(extract):
    # the short name is defined by 以下简称 and means nothing without that definition
    r = extract("3月20日,宜宾市标准化促进会(以下简称“标促会”)换届大会在宜宾学院召开。"
                "宜宾市市场监督管理局局长宿斌,标促会新任理事长赵东等100余人参加会议。\n")
    assert facts(r, "worksFor") == {("宿斌", "宜宾市市场监督管理局"), ("赵东", "宜宾市标准化促进会")}


def test_a_campaign_office_is_the_office_of_the_group_the_text_names(extract):
    # 县质量强县办 where the text names 琼中…质量强县工作领导小组: that group's office, and its head works for it;
    # the group's 联席会议 is its meeting, no body of its own
    r = extract("琼中黎族苗族自治县在县政府会议室组织召开县质量强县工作领导小组联席会议。\n"
                "会上,县质量强县办主任、县市场监督管理局局长郑忠辉通报了工作情况。\n")
    office = "琼中黎族苗族自治县质量强县工作领导小组办公室"
    assert office in names(r, "Agency")
    assert not any(n.endswith("联席会议") or n.endswith("强县办") for n in names(r, "Agency"))
    assert ("郑忠辉", office) in facts(r, "worksFor")


def test_a_group_written_with_and_without_gongzuo_is_one(extract):
    r = extract("临泉县质量强县工作领导小组召开会议。部分质量强县领导小组成员参加了会议。\n")
    assert names(r, "Agency") == {"临泉县质量强县工作领导小组"}


def test_a_bare_zongju_is_the_one_general_administration_named(extract):
    r = extract("国家质检总局发布了抽查情况。据总局新闻办公室主任李静介绍,抽查了27种产品。\n")
    assert facts(r, "worksFor") == {("李静", "国家质量监督检验检疫总局")}


def test_a_bare_branch_is_the_one_bureaus_branch_named(extract):
    # 琼山分局副局长吴振益 after 海口市市场监督管理局琼山分局: he works for that branch; a short name two
    # branches share (两个琼山分局 of different bureaus) names neither
    r = extract("海口市市场监督管理局琼山分局在城东农贸市场开展宣传活动。琼山分局副局长吴振益带队参加活动。\n")
    assert facts(r, "worksFor") == {("吴振益", "海口市市场监督管理局琼山分局")}
    assert {(m.surface, m.canonical) for m in r.mentions if m.surface == "琼山分局"} == {("琼山分局", "海口市市场监督管理局琼山分局")}
    r = extract("海口市市场监督管理局琼山分局和海口市税务局琼山分局开展宣传活动。琼山分局副局长吴振益带队参加活动。\n")
    assert not facts(r, "worksFor")


def test_a_governments_award_with_and_without_its_people_is_one(extract):
    r = extract("浙江省質量大會召開,浙江省長袁家軍為獲“2017年浙江省人民政府質量獎”的企業頒獎。作為舟山市首家申報浙江省政府質量獎並獲此殊榮的企業。")
    assert names(r, "Programme") == {"浙江省人民政府质量奖"}


def test_a_campaign_office_named_short_is_the_office_named_in_full(extract):
    # 强区办 for 海沧区质量强区工作领导小组办公室: the one office of that region and goal the text names
    r = extract("9月6日,海沧区质量强区工作领导小组办公室召开“质量月”活动部署会。会上,强区办常务副主任、"
                "区市场监管局副局长汤文德安排部署了我区2022年“质量月”主题活动。")
    offices = {m.canonical for m in r.mentions if m.kind == "Agency" and "强区" in m.canonical}
    assert offices == {"海沧区质量强区工作领导小组办公室"}


def test_an_award_is_renamed_only_to_a_name_its_region_lengthens():
    """One bad long name (a word scan run back over 北京航天城举行) renames no other mention of the
    award: a fuller name adds regions or a level word (平江县县长质量奖, 区政府质量奖), nothing else."""
    from pathlib import Path

    from kg.clean import clean
    from kg.decode import document_from_bytes
    from kg.recognise import TextView, mention
    from kg.resolve import resolve_document
    from kg.segment import split_sentences

    text = "北京航天城举行中国质量奖颁奖仪式。中国质量奖每届评选一次。平江县县长质量奖颁奖。县长质量奖设立。"
    cleaned = clean(document_from_bytes(text.encode(), Path("x.txt")))
    view = TextView.of(cleaned.text, split_sentences(cleaned))

    def award(name: str, occurrence: int = 0) -> object:
        at = -1
        for _ in range(occurrence + 1):
            at = view.text.index(name, at + 1)
        return mention(view, "Programme", at, at + len(name), name, "award")

    found = [award("北京航天城举行中国质量奖"), award("中国质量奖", 1), award("平江县县长质量奖"), award("县长质量奖", 1)]
    renamed = {m.surface: m.canonical for m in resolve_document(view, found) if m.kind == "Programme"}
    assert renamed["中国质量奖"] == "中国质量奖" and renamed["县长质量奖"] == "平江县县长质量奖"
