"""Each recogniser on small literal texts: what a user's article says, what the graph names."""

import pytest

from .conftest import facts, names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("沈阳市市场监管局召开会议。", "沈阳市市场监督管理局"),
        ("图木舒克质监局召开会议。活动按照自治区质监局文件要求开展。", "新疆维吾尔自治区质量技术监督局"),
        # a county-level city of the prefecture named just before: the level word is still the prefecture's
        ("咸宁市质量兴市规划。咸宁市的活动自2005年在赤壁市启动试点，在市委、市政府的领导下推进。", "中共咸宁市委员会"),
        ("据沈阳市发改委介绍,沈阳市市场监管局会同市发改委开展工作。", "沈阳市发展和改革委员会"),
        ("湛江市委高度重视质量工作。", "中共湛江市委员会"),
        ("沈阳市位于辽宁。市政府高度重视。", "沈阳市人民政府"),
        ("市场监管总局部署工作。", "国家市场监督管理总局"),
        ("质检总局部署工作。", "国家质量监督检验检疫总局"),
        ("国家认监委部署工作。", "国家认证认可监督管理委员会"),
        ("大理州市场监管局开展检查。", "大理白族自治州市场监督管理局"),
        ("福建检验检疫局开展检查。", "福建出入境检验检疫局"),
        ("上海市第十六届人民代表大会常务委员会第四次会议通过。", "上海市人民代表大会常务委员会"),
        ("上海市消防总队参与。", "上海市消防救援总队"),
        ("沈阳市成立质量强市工作领导小组。", "沈阳市质量强市工作领导小组"),
        ("走进大理州食品检验检测院。", "大理白族自治州食品检验检测院"),
        ("市场监管总局质量发展局主办活动。", "国家市场监督管理总局质量发展局"),
        ("广东省湛江市市场监管局开展行动。", "湛江市市场监督管理局"),
    ],
)
def test_agencies_get_their_full_official_name(extract, text, expected):
    assert expected in names(extract(text), "Agency")


def test_generic_departments_are_not_agencies(extract):
    r = extract("各级市场监管部门加强检查,有关部门配合。各区市场监管局开展培训。")
    assert names(r, "Agency") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("辽宁沈阳开展活动。", {"辽宁省", "沈阳市"}),
        ("大理州和大理市都在云南。", {"大理白族自治州", "大理市", "云南省"}),
        ("上海市浦东新区出台规定。", {"上海市", "浦东新区"}),
    ],
)
def test_regions(extract, text, expected):
    assert names(extract(text), "Region") >= expected


def test_region_short_forms_need_word_boundaries(extract):
    # 来宾 and 三明 are also common words; they are not read as cities
    r = extract("欢迎来宾参观,吃三明治。")
    assert names(r, "Region") == set()


@pytest.mark.parametrize(
    ("text", "plans"),
    [
        ("市政府印发《沈阳市质量提升行动方案(2023—2025年)》。", {"沈阳市质量提升行动方案(2023—2025年)"}),
        ("学习《国务院关于加强质量认证体系建设促进全面质量管理的意见》。",
         {"国务院关于加强质量认证体系建设促进全面质量管理的意见"}),
        ("发布《首席质量官评价规范》地方标准。", set()),
        ("组织《上海质量》编撰专刊。", set()),
    ],
)
def test_plans_are_titled_policy_documents_not_standards_or_periodicals(extract, text, plans):
    assert names(extract(text), "Plan") == plans


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        ("湛江市市场监管局全面开展质量提升行动。", "质量提升行动"),
        ("该局持续推进“同线同标同质”工程。", '"同线同标同质"工程'),
        ("组织开展“质量月”“世界标准日”等质量活动。", "质量月"),
        ("组织开展“质量月”“世界标准日”等质量活动。", "世界标准日"),
        ("建立健全质量信用“一处违法、处处受限”联合惩戒机制。", '质量信用"一处违法、处处受限"联合惩戒机制'),
        ("开展小微企业质量管理体系认证提升行动。", "小微企业质量管理体系认证提升行动"),
        ("启动2022年全州“质量月”活动。", "质量月"),
        ("推广实施企业首席质量官制度。", "首席质量官制度"),
        ("实施三大战略,即实施技术创新战略、实施品牌战略、实施标准化战略。", "品牌战略"),  # a two-character core, known
        ("中办、国办《建设高标准市场体系行动方案》均对优化企业标准“领跑者”制度、引导更多企业声明公开更高质量的标准提出要求。",
         '企业标准"领跑者"'),  # 优化 is the verb, not the name's
    ],
)
def test_programmes(extract, text, programme):
    assert programme in names(extract(text), "Programme")


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        ("主要农产品质量安全合格率稳定在98%以上。", {"主要农产品质量安全合格率"}),
        ("主要农产品、食品、药品、重要工业产品合格率稳定在97%以上。", {"主要农产品、食品、药品、重要工业产品合格率"}),
        ("提升食品评价性抽检合格率、农产品质量安全合格率。", {"食品评价性抽检合格率", "农产品质量安全合格率"}),
        ("2019年,湛江市制造业产品合格率为93.2%。", {"制造业产品合格率"}),
        ("国家、省、市、县级农产品质量安全监测合格率均在96%以上。", {"农产品质量安全监测合格率"}),
        ("提高监管效率。", set()),
        # a grade inside the name (中等), not the 等 that ends a list
        ("农村公路优良中等路率75%以上。", {"农村公路优良中等路率"}),
        # measures per unit (GDP, 万元, 每万人口): energy and water use, patents held; not the bare words
        ("单位地区生产总值能耗下降13%,万元工业增加值用水量下降16%。", {"单位地区生产总值能耗", "万元工业增加值用水量"}),
        ("每万人口高价值发明专利拥有量年均增长15%左右。", {"每万人口高价值发明专利拥有量"}),
        ("引导企业降低能耗,节约用水量。", set()),
        # a determiner that points back (这3大类产品: the ones just counted) is no part of the name
        ("总体来看,这3大类产品监督抽查合格率较去年有所提高。", {"产品监督抽查合格率"}),
    ],
)
def test_indicators(extract, text, indicators):
    assert names(extract(text), "Indicator") == indicators


def test_persons_with_post_and_organisation(extract):
    r = extract("沈阳市市场监管局副局长王文仲对记者说,工作顺利。")
    person = next(m for m in r.mentions if m.kind == "Person")
    assert person.canonical == "王文仲"
    assert person.attr("role") == "副局长"
    assert ("王文仲", "沈阳市市场监督管理局") in {(f.subject[1], f.object[1]) for f in r.facts if f.relation == "worksFor"}


def test_enterprises_and_their_short_names(extract):
    r = extract("在云南下关沱茶(集团)股份有限公司内,记者看到。下关沱茶公司获得试点。")
    assert names(r, "Enterprise") == {"云南下关沱茶(集团)股份有限公司"}


def test_token_boundaries_found_on_demand_are_jiebas_own():
    """The recognisers ask TokenBounds about single offsets; every answer must be the one
    segmenting the whole text would give, on the seeds (prose, pinyin, traditional, tables)
    and on the corner cases of jieba's blocks (letters, digits, marks, CR LF, spaces)."""
    from kg.clean import clean
    from kg.decode import read_document
    from kg.segment import TokenBounds, token_boundaries

    from .conftest import SEEDS

    texts = [clean(read_document(p)).text for p in sorted(SEEDS.iterdir()) if p.is_file()]
    texts += ["", "质", "a\r\nb 中国\r\n质量", "ＡＢ质量abc-12.5%提升 GB/T 19001—2016", "沈阳市市场监管局\n\n辽宁沈阳"]
    for text in texts:
        bounds = TokenBounds(text)
        assert {i for i in range(-1, len(text) + 2) if i in bounds} == token_boundaries(text), text[:40]



def test_one_pass_segmentation_gives_jiebas_words():
    """word_starts replaces jieba's own dynamic programme for speed; its words must be jieba's
    on every block of real articles (the seeds and, where present, the 42 dev articles) and of
    random strings of the characters where ties and letter runs are decided."""
    import random

    import jieba

    from kg.segment import tokenizer, word_starts

    from .conftest import ROOT, SEEDS

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT.parent / "shared" / "gold" / "dev").glob("*.txt"))]
    rng = random.Random(3)
    alphabet = list("质量提升行动市场监督管理局省市县区中国abcAB12_.%-#&+")
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    blocks = [m.group() for text in texts for m in jieba.re_han_default.finditer(text)]
    assert len(blocks) > 3000
    for block in blocks:
        assert word_starts(block) == [s for _w, s, _e in tokenizer().tokenize(block, HMM=False)], block

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("授予宁波港建设股份有限公司等单位质量奖。", "宁波港建设股份有限公司"),  # 建设 inside the name
        ("获奖的有格力电器、美的集团股份有限公司。", "美的集团股份有限公司"),  # 的 inside the name
        ("湖北某某茶叶有限公司、中石化黄石石油分公司获得提名奖。", "中石化黄石石油分公司"),
        ("授予宜昌市西陵精细化工厂提名奖。", "宜昌市西陵精细化工厂"),
        ("全省的宏达机械有限公司参加培训。", "宏达机械有限公司"),  # the 的 of a phrase before it
    ],
)
def test_enterprise_names_that_hold_a_verb_or_a_de(extract, text, expected):
    assert expected in names(extract(text), "Enterprise")


def test_an_official_doing_something_for_a_firm_is_no_part_of_its_name(extract):
    r = extract("自治区主席陈武为集团公司董事长冯春萌颁发奖杯。会上,市长张三为华为技术有限公司颁奖。")
    assert names(r, "Enterprise") == {"华为技术有限公司"}
    assert not facts(r, "worksFor")


def test_a_green_factory_or_a_factory_director_is_no_enterprise(extract):
    assert not names(extract("创建省级以上绿色工厂12家，厂长王某介绍。"), "Enterprise")


def test_quoted_names_listed_after_a_launch_verb_are_programmes(extract):
    r = extract("宜昌市通过率先实施“首席质量官制度”、“质量先导区创建”、“市长质量奖”，提出质量强市战略。")
    assert {'"质量先导区创建"', "质量先导区创建"} & names(r, "Programme")


@pytest.mark.parametrize("text", [
    "宜昌市市场监管局全年组织开展70余项活动。",  # a count of activities
    "宜昌市各级政府质量奖获奖企业达到12家。",  # every level's award, not one award
    "政府工作报告指出“全面开展质量提升行动”。",  # a quotation after 指出, no field before it
    "海安县工业园区获得“全国家纺床上用品产业知名品牌示范区”称号。",  # a quoted honour, cut at 上
])
def test_what_only_looks_like_a_programme(extract, text):
    # (the lexicon's own 质量提升行动 inside the quotation is a mention of it, no name made of the quotation)
    assert names(extract(text), "Programme") <= {"质量提升行动"}


def test_an_average_of_a_rate_is_the_indicator_and_rate_first_is_no_rate(extract):
    r = extract("到2020年，宜昌市工业产品监督抽查合格率平均值达到90%以上，要实现率先突破。")
    assert "宜昌市工业产品监督抽查合格率平均值" in names(r, "Indicator") or "工业产品监督抽查合格率平均值" in names(r, "Indicator")
    assert not {n for n in names(r, "Indicator") if n.endswith("实现率")}



def test_a_two_character_county_right_after_its_city(extract):
    # 菏泽市曹县: the county (a word runs into a two-character county elsewhere: 质量兴县, 示范县)
    r = extract("9月22日上午,菏泽市曹县2020年“质量月”宣传活动召开。县政府副县长赵洪军出席会议。\n")
    assert "曹县" in names(r, "Region")
    assert facts(r, "worksFor") == {("赵洪军", "曹县人民政府")}


def test_a_county_whose_full_name_reads_as_a_word_is_one_only_where_the_text_places_it(extract):
    # 沿海城市, 滨海城市 hold 海城市; 老城区 and 新城区 are any town's old and new quarters: counties only
    # where the text names their city or province, or a body of theirs after them
    r = extract("福州市加快建设现代化滨海城市,推进老城区改造和新城区建设,沿海城市质量水平领先。\n")
    assert names(r, "Region") == {"福州市"}
    r = extract("辽宁省海城市和洛阳市老城区开展质量月活动。新城区市场监管局开展检查。\n")
    assert {"海城市", "老城区", "新城区"} <= names(r, "Region")


def test_a_region_whose_short_form_is_a_common_word_where_an_event_is_placed(extract):
    """海东, 大同, 太原 are held back as bare words (安康 is well-being, 大同 harmony); where the text
    places its event there (在海东启动, 于大同举行) they are the cities, and elsewhere still not."""
    r = extract("2024年“质量月”活动暨中国质量万里行——青海质量行在海东启动。山西省质量提升行动推进会在太原召开。"
                "保障人民群众生活安康，共建大同社会。")
    assert {"海东市", "太原市"} <= names(r, "Region")
    assert not {"安康市", "大同市"} & names(r, "Region")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("会议由司马国庆副司长主持。", "司马国庆"),  # a double surname and a given name of two, before the post
        ("青海桥头铝电有限责任公司上官建国以《品牌故事》为题作了分享。", "上官建国"),  # after a firm
        ("授予中国质量工匠称号的有张伟、欧阳志刚等3名个人。", "欧阳志刚"),  # heading a count
        ("市场监管局副局长禤海燕出席。", "禤海燕"),  # a Cantonese surname
    ],
)
def test_names_of_four_characters_and_rarer_surnames(extract, text, person):
    """Found by swapping dev A's people for made-up names: four-character names (a double surname
    and a two-character given name) were found only after a post, never before one, after a
    firm's name or heading a count."""
    assert person in names(extract(text), "Person")


def test_trades_a_count_of_firms_lists_are_no_firms(extract):
    r = extract("区市场监管局确定钢筋混凝土排水管、复合膜袋、餐具洗涤剂、家具产品等行业18家企业为重点帮扶企业。")
    assert names(r, "Enterprise") == set()


def test_firms_a_count_lists_by_their_short_names(extract):
    """黄鹤楼、金牛、汉阳市政…4家企业: the names a count of firms lists are firms, though no suffix
    says so; a body among them (…总站), a place alone (浙江、江苏2家企业) and a first name whose
    start is unknown (晶澳 (扬州)太阳能) are not."""
    r = extract("在市长质量奖评审中，黄鹤楼、金牛、汉阳市政、湖北省地质环境总站4家企业入围现场评审。"
                "晶澳 (扬州)太阳能、龙腾照明、江苏华建、西门子电机4家企业摘得市长质量奖。来自浙江、江苏2家企业参加。")
    assert {"黄鹤楼", "金牛", "汉阳市政", "龙腾照明", "江苏华建", "西门子电机"} <= names(r, "Enterprise")
    assert not {"湖北省地质环境总站", "太阳能", "浙江", "江苏"} & names(r, "Enterprise")
    # (the list opens after 和: 相关单位和中石化、中石油…等6家企业)
    r = extract("共有成都市计量检定测试院等相关单位和中石化、中石油、延长壳牌、交通油料等6家企业加油站代表参加。")
    assert names(r, "Enterprise") == {"中石化", "中石油", "延长壳牌", "交通油料"}
    # (包括 opens the list, and a school is no firm)
    r = extract("此前五届共有包括天健集团、红岭中学、长城开发科技等34家企业获得区长质量奖。")
    assert names(r, "Enterprise") == {"天健集团", "长城开发科技"}


def test_a_kind_of_system_described_is_no_programme(extract):
    """中国质量奖旨在推广科学的质量管理制度、模式和方法: what kind of system the award spreads, not a
    programme anyone launches; a named one (建立首席质量官制度) still is."""
    r = extract("中国质量奖旨在推广科学的质量管理制度、模式和方法。市场监管局在全市建立首席质量官制度。")
    assert "质量管理制度" not in names(r, "Programme") and "首席质量官制度" in names(r, "Programme")


def test_a_pilot_named_whole_in_quotes(extract):
    """苏泊尔“轻工消费品对标提质标准化试点”获…立项: a pilot named whole inside its quotes is a programme."""
    assert "轻工消费品对标提质标准化试点" in names(extract("苏泊尔“轻工消费品对标提质标准化试点”获湖北省标准化试点示范项目立项。"), "Programme")

def test_the_field_a_city_ranks_in_and_a_firms_place_do_not_make_the_documents_own_region(extract):
    r = extract("近年来,市委、市政府高度重视质量工作,各项工作持续走在郑州市、全省乃至全国前列。"
                "大会向郑州建信耐火材料成套有限公司等5个单位颁发了第三届新密市市长质量奖。")
    assert {"中共新密市委员会", "新密市人民政府"} <= names(r, "Agency")


def test_regions_a_notice_is_sent_to_do_not_make_the_documents_own_region(extract):
    r = extract("主送:各县区人民政府,天水市、天水市经开区、天水市高新区管委会:\n陇南市市场监管局印发方案。\n市政府高度重视质量工作。")
    assert "陇南市人民政府" in names(r, "Agency")


def test_a_county_citys_article_names_its_prefecture_by_the_city(extract):
    r = extract("9月9日,副州长叶润在州市场监督管理局领导的陪同下到香格里拉市市场监督管理局指导调研工作。")
    assert "迪庆藏族自治州市场监督管理局" in names(r, "Agency")
    assert ("叶润", "迪庆藏族自治州人民政府") in facts(r, "worksFor")


def test_a_renamed_county_citys_party_committee_written_short(extract):
    r = extract("甘肃省华亭市委书记景小东带领华亭市市场监管局相关负责人对超市进行安全检查。")
    assert ("景小东", "中共华亭市委员会") in facts(r, "worksFor")


def test_a_region_inside_a_firms_name_is_no_region_the_text_names(extract):
    r = extract("宜昌市市场监管局表彰了宁波舟山港集团有限公司。")
    assert names(r, "Region") == {"宜昌市"} and "宁波舟山港集团有限公司" in names(r, "Enterprise")


@pytest.mark.parametrize("joined", ["·", "——"])
def test_a_local_edition_of_a_national_programme(extract, joined):
    r = extract(f"9月6日，宜昌市2024年“质量月”系列活动暨中国质量万里行{joined}宜昌质量行在西宁启动。")
    assert "中国质量万里行·宜昌质量行" in names(r, "Programme")


def test_a_name_heading_a_count_of_people_is_a_person(extract):
    assert "张建国" in names(extract("对甲乙集团有限公司等8家组织和张建国等3名个人授予提名奖。"), "Person")
    assert not names(extract("对甲乙集团有限公司等8家组织和相关等3名个人授予提名奖。"), "Person")


def test_a_joint_action_named_with_a_quoted_campaign(extract):
    found = names(extract("在2023年全国“质量月”苏浙皖赣沪共同行动启动仪式上，宜昌市市场监管局作了发言。"), "Programme")
    assert any(n.endswith('"质量月"苏浙皖赣沪共同行动') for n in found), found


def test_a_citys_market_regulator_written_with_one_shi(extract):
    # 蓬莱市 + 市场监督管理局, the shared 市 written once
    r = extract("山东省烟台市莱阳市场监督管理局开展了“质量月”宣传活动。")
    assert "莱阳市市场监督管理局" in names(r, "Agency")


@pytest.mark.parametrize(
    ("text", "programme", "not_programme"),
    [
        ("宜昌市市场监管局开展了“质量月”大型宣传服务活动。", "质量月", '"质量月"大型宣传服务'),
        ("组织全市中小学“质量教育月”活动。", "质量教育月", '小学"质量教育月"活动'),
        ("宜昌市市场监管局将开展“两个行动”。", None, '开展"两个行动"'),
        # (a year written without 年 before the scope: 2021全市“中国品牌日”活动 is the day's)
        ("济南市市场监管局牵头举办2021全市“中国品牌日”活动。", "中国品牌日", '2021全市"中国品牌日"活动'),
        # (a bureau's own month, right after its name: 浠水质监局质量月活动)
        ("浠水县质监局质量月活动全面拉开帷幕。", "质量月", None),
        # (构筑 as 构建: the verb before a quoted programme's field, no part of its name)
        ("漳州市市场监管局着力构筑“大质量、大服务、大宣传”工程。", '"大质量、大服务、大宣传"工程', '构筑"大质量、大服务、大宣传"工程'),
        # (用好 as 做好: make good use of the system, no part of its name)
        ("同时,广泛开展宣贯,用好食用农产品承诺达标合格证制度。", "食用农产品承诺达标合格证制度", "用好食用农产品承诺达标合格证制度"),
    ],
)
def test_programme_names_hold_no_verb_and_no_half_word(extract, text, programme, not_programme):
    found = names(extract(text), "Programme")
    assert not_programme not in found
    if programme:
        assert programme in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("宜昌市副市长张晓明\n\n等领导出席了活动", "张晓明"),  # a caption: the name ends its line
        ("市委常委、副市长李东升及相关部门负责人参加。", "李东升"),
        ("宜昌市市场监管局局长王五等领导出席。", "王五"),
    ],
)
def test_a_name_after_its_post_may_end_a_line_or_join_others(extract, text, person):
    assert person in names(extract(text), "Person")


def test_a_review_committee_named_after_jing(extract):
    r = extract("许昌市人民政府文件。经市长质量奖评审委员会评审、市政府常务会议研究，决定授予…")
    assert names(r, "Agency") >= {"许昌市市长质量奖评审委员会"}
    assert not any(n.startswith("许昌市经") for n in names(r, "Agency"))


def test_merged_local_departments_keep_their_name(extract):
    r = extract("宜昌市政府召开会议。市文化广电旅游体育局、市卫生健康局、市科技商务局参加。")
    assert names(r, "Agency") >= {"宜昌市文化广电旅游体育局", "宜昌市卫生健康局", "宜昌市科技商务局"}


def test_a_zone_named_for_a_region_of_another_province(extract):
    # 北海 is a Guangxi city; a 滨州 (Shandong) notice's 北海经济开发区 is a zone of its own
    r = extract("滨州市人民政府通报\n各县(区)人民政府，滨州经济开发区、北海经济开发区管委会，市政府各部门：\n"
                "滨州市质量工作取得成效。")
    assert "北海市" not in names(r, "Region")
    assert names(r, "Agency") == {"滨州市人民政府"}


@pytest.mark.parametrize(
    ("text", "indicators", "not_indicator"),
    [
        ("力争每年全省规模以上企业首席质量官覆盖率提升20%以上。", {"规模以上企业首席质量官覆盖率"}, None),
        ("人民群众质量获得感、满意度持续增强，食品抽检合格率达到98%。", {"食品抽检合格率"}, "感、满意度"),
    ],
)
def test_indicator_names_hold_no_time_word_and_no_half_word(extract, text, indicators, not_indicator):
    found = names(extract(text), "Indicator")
    assert found >= indicators and not_indicator not in found


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        ("国家质检总局新闻发言人李静在发布会上发布抽查情况。", "李静", "李静在"),
        ("市委副书记、市长冯键会见考核组组长陈乐生。", "冯键", None),
        ("决定成立由张丙飞副市长任组长的领导小组。", "张丙飞", None),
    ],
)
def test_names_end_before_the_words_that_follow_them(extract, text, person, not_person):
    found = names(extract(text), "Person")
    assert person in found and not_person not in found


def test_a_title_line_that_cites_a_plan_is_a_plan(extract):
    r = extract("中共宜昌市委 宜昌市人民政府\n关于深入贯彻《质量强国建设纲要》加快建设质量强市的实施意见\n为加强全面质量管理，提出如下意见。")
    assert "中共宜昌市委 宜昌市人民政府关于深入贯彻质量强国建设纲要加快建设质量强市的实施意见" in names(r, "Plan")


def test_a_groups_name_may_hold_the_verbs_of_its_task(extract):
    r = extract("各市人民政府：\n《方案》已经省政府同意，现印发给你们。\n湖北省质量强省建设协调推进领导小组\n2023年3月24日")
    assert "湖北省质量强省建设协调推进领导小组" in names(r, "Agency")
    # but not across another body's name and what it does
    r = extract("湖北省质量强省工作领导小组办公室组织领导小组成员单位开展督查。")
    assert not any(n.endswith("组织领导小组") for n in names(r, "Agency"))


def test_a_notices_addressees_are_not_the_region_it_is_about(extract):
    r = extract("各市、自治州人民政府，兰州新区管委会，兰州市人民政府：\n甘肃省质量提升方案\n"
                "到2025年，制造业产品质量合格率达到94%以上。")
    assert [m.region for m in r.measures] == ["甘肃省"]


def test_parallel_strategies_written_with_one_head(extract):
    found = names(extract("浙江省人民政府联动推进质量强省、标准强省、品牌强省战略。"), "Programme")
    assert found >= {"质量强省战略", "标准强省战略", "品牌强省战略"}


def test_a_bare_plan_type_names_the_documents_one_plan_of_that_type(extract):
    r = extract("会议对包括《纲要》宣贯等在内的质量工作进行部署。国务院颁布《质量发展纲要(2011-2020年)》。")
    assert names(r, "Plan") == {"质量发展纲要(2011—2020年)"}


@pytest.mark.parametrize(
    ("text", "kind", "bad"),
    [
        ("天津市各委办局、各工业集团公司负责人参加会议。", "Enterprise", "各工业集团公司"),
        ("他要求狠抓标准战略的实施。", "Programme", "狠抓标准战略"),
        ("【中国质量报】我国制造业质量竞争力指数达到85.21。", "Indicator", "【中国质量报】我国制造业质量竞争力指数"),
        ("具体指标包括制造业质量竞争力指数达到86。", "Indicator", "具体指标包括制造业质量竞争力指数"),
    ],
)
def test_names_hold_no_generic_or_verb_or_bracket_prefix(extract, text, kind, bad):
    assert bad not in names(extract(text), kind)


def test_a_name_before_his_report_is_a_person(extract):
    assert "杨效勇" in names(extract("天津市质监局局长杨效勇做工作报告。"), "Person")


@pytest.mark.parametrize(
    ("text", "kind", "good", "bad"),
    [
        ("会上，吴某代表兴市办向各成员单位通报安宁市首届市长质量奖工作情况。", "Programme", "安宁市市长质量奖", "员单位通报安宁市市长质量奖"),
        ("扬州设立“扬州市市长质量奖”(简称市长质量奖)。", "Programme", "扬州市市长质量奖", "简称市长质量奖"),
        ("凯里市市长杨波为获奖企业代表华润雪花啤酒(黔东南)有限公司颁奖。", "Enterprise", "华润雪花啤酒(黔东南)有限公司", None),
        ("凯里市委副书记、市长杨波分别为获奖企业颁奖。", "Person", "杨波", None),
        ("济宁市起跑线母婴教育公司董事长陈梅获得济宁市长质量贡献奖。", "Person", "陈梅", None),
        ("石城县市场监管局联合县卫健委、县水利局开展宣传。", "Agency", "石城县卫生健康委员会", None),
        ("近日，市场监管总局办公厅印发《关于推广质量基础设施“一站式”服务典型案例的通知》。", "Agency", "国家市场监督管理总局办公厅", None),
        ("近日，安宁市实施质量兴市战略领导小组办公室召开会议。", "Programme", None, "质量兴市战略"),
    ],
)
def test_names_found_on_new_pages(extract, text, kind, good, bad):
    found = names(extract(text), kind)
    assert (good is None or good in found) and (bad is None or bad not in found)


def test_an_award_decision_is_no_plan_but_its_issuer_confers_the_award(extract):
    r = extract("会上，副县长宣读了《平江县人民政府关于颁发首届县长质量奖的决定》文件。")
    assert names(r, "Plan") == set()
    assert {(a, p[-5:]) for a, p in facts(r, "launched")} == {("平江县人民政府", "县长质量奖")}


def test_a_count_closing_a_list_is_no_programme(extract):
    found = names(extract("马鞍山市政府实施知识产权、标准引领、品牌发展三大战略，推进环境质量改善四大工程。"), "Programme")
    assert not any(n.endswith(("三大战略", "四大工程")) for n in found)


def test_a_person_named_again_without_the_post(extract):
    r = extract("国家质检总局总工程师张纲到会并发表讲话。张纲高度评价合作互认工作。")
    text = "国家质检总局总工程师张纲到会并发表讲话。张纲高度评价合作互认工作。"
    assert [m.clean_start for m in r.mentions if m.kind == "Person"] == [text.find("张纲"), text.rfind("张纲")]


def test_a_districts_regulator_the_division_list_does_not_hold(extract):
    # 济阳 became a district after the division list was drawn; 经开区 is a zone
    r = extract("2月27日，济阳区市场监管局召开工作会议。由湛江市市场监督管理局和湛江经开区市场监督管理局共同主办。")
    assert names(r, "Agency") >= {"济阳区市场监督管理局", "湛江经开区市场监督管理局", "湛江市市场监督管理局"}
    # (the 都 of 成都 is a stop character too: the zone's city opens its name, written short or in full)
    r = extract("成都高新区市场监督管理局日前举办专题培训。成都市高新区市场监督管理局相关负责人表示欢迎。")
    assert names(r, "Agency") == {"成都高新区市场监督管理局", "成都市高新区市场监督管理局"}


def test_a_provincial_governments_sasac_is_no_national_body(extract):
    r = extract("河南省人民政府办公厅通知。省质监局、科技厅、省政府国资委负责落实。")
    assert "河南省人民政府国有资产监督管理委员会" in names(r, "Agency")
    assert "国务院国有资产监督管理委员会" not in names(r, "Agency")


def test_a_title_line_with_its_number_in_nested_brackets(extract):
    r = extract("吉林省人民政府关于贯彻质量发展纲要实施质量强省战略的意见(吉政发(2012)27号)\n各市(州)人民政府：\n现提出以下意见。")
    assert "吉林省人民政府关于贯彻质量发展纲要实施质量强省战略的意见" in names(r, "Plan")
    assert ("吉林省人民政府", "质量强省战略") in facts(r, "launched")


def test_a_whole_name_in_quotes_is_a_programme_and_a_quoted_phrase_is_not(extract):
    r = extract("自2020年起，市场监管总局在全国发起“小微企业质量管理体系认证提升行动”(以下简称提升行动)。"
                "工作报告指出“全面开展质量安全提升行动”。以此次提升行动为契机，开展帮扶。")
    found = names(r, "Programme")
    assert "小微企业质量管理体系认证提升行动" in found
    assert not any(n.startswith(("全面开展", "此次", "下简称")) for n in found)
    assert ("国家市场监督管理总局", "小微企业质量管理体系认证提升行动") in facts(r, "launched")


def test_a_post_after_a_list_mark_and_its_own_region(extract):
    r = extract("国家质检总局局长支树平、浙江省省长吕祖善在会上颁奖并讲话。")
    orgs = {m.canonical: m.attr("org") for m in r.mentions if m.kind == "Person"}
    assert orgs == {"支树平": "国家质量监督检验检疫总局", "吕祖善": "浙江省人民政府"}


def test_a_verb_and_another_body_are_no_sub_unit(extract):
    r = extract("湖北省政府召开会议。王国生代表省委、省政府感谢国家质检总局的支持。")
    assert not any("感谢" in n for n in names(r, "Agency"))


def test_a_title_broken_over_two_lines(extract):
    r = extract("国务院关于印发计量发展规划\n(2021—2035年)的通知\n国发〔2021〕37号\n各省人民政府：\n现将《计量发展规划(2021—2035年)》印发给你们。")
    assert "国务院关于印发计量发展规划(2021—2035年)的通知" in names(r, "Plan")
    assert "国务院关于印发计量发展规划" not in names(r, "Plan")


def test_award_committees_and_firms_whose_name_holds_a_stop_character(extract):
    r = extract("经中国质量奖评选委员会评审、中国质量奖评审表彰委员会审定，决定对华为投资控股有限公司授予中国质量奖提名奖。"
                "中国质量领域最高荣誉——首届中国质量奖在京颁发。")
    assert names(r, "Agency") >= {"中国质量奖评选委员会", "中国质量奖评审表彰委员会"}
    assert "华为投资控股有限公司" in names(r, "Enterprise")
    assert not any("——" in n for n in names(r, "Programme"))
    # (GUIDE: 提名奖 categories are ignored, a known award's as one found by its head)
    r = extract("截至目前,晋江共有1家企业获中国质量奖提名奖,1家企业获福建省政府质量奖提名奖,8家企业获泉州市政府质量奖。")
    assert names(r, "Programme") == {"泉州市政府质量奖"}


def test_guide_department_names_and_one_dash_between_years(extract):
    # GUIDE: 经信局 → 经济和信息化局 (not 工业和信息化局), 住房城乡建设局 → 住房和城乡建设局; dash variants are one plan
    r = extract("淮北市市场监管局、市经济和信息化局、市住房城乡建设局联合下发《淮北市质量行动方案(2023―2025年)》。")
    assert names(r, "Agency") >= {"淮北市经济和信息化局", "淮北市住房和城乡建设局"}
    assert names(r, "Plan") == {"淮北市质量行动方案(2023—2025年)"}


def test_a_market_regulator_written_shortest_is_the_countys(extract):
    # 县市场局: the shortest way a county's market regulator is written; 市场局部 is no body
    r = extract("9月4日，固安县召开质量强县工作会议。县市场局负责同志宣读了活动方案。要防止房地产市场局部过热。")
    assert names(r, "Agency") == {"固安县市场监督管理局"}


def test_parallel_strategies_sharing_their_opening(extract):
    found = names(extract("为贯彻落实广西区、桂林市关于实施质量兴桂、质量兴市战略的决定，平乐县召开大会。"), "Programme")
    assert found >= {"质量兴桂战略", "质量兴市战略"}


def test_every_district_listed_after_ge_is_none_by_name(extract):
    r = extract("江门市人民政府办公室通报\n各市、区人民政府，市政府各部门：\n现将结果通报如下：A级：蓬江区；B级：新会区。")
    assert "蓬江区人民政府" not in names(r, "Agency")
    r = extract("根据《江门市人民政府办公室关于印发<江门市考核实施方案>的通知》，开展考核。")
    assert "江门市人民政府办公室关于印发江门市考核实施方案的通知" in names(r, "Plan")
    # (an inner title ending in its period, in <> or 〈〉: dropped from the outer name, and a plan the title cites)
    for marks in ("<>", "〈〉"):
        r = extract(f"根据《益阳市贯彻{marks[0]}湖南省质量发展纲要(2012-2020年){marks[1]}实施意见》,开展工作。")
        assert names(r, "Plan") == {"益阳市贯彻湖南省质量发展纲要(2012—2020年)实施意见", "湖南省质量发展纲要(2012—2020年)"}


def test_bodies_before_the_reforms_keep_their_own_names(extract):
    # GUIDE: pre-2018 bodies keep their own names (农业部 is not the 农业农村部 of 2018)
    r = extract("(工业和信息化部、环境保护部、农业部、商务部、质检总局等负责)")
    assert names(r, "Agency") >= {"环境保护部", "农业部", "国家质量监督检验检疫总局"}
    assert "农业农村部" not in names(r, "Agency")


def test_a_post_that_names_its_body(extract):
    r = extract("国务委员王勇出席座谈会。中共中央政治局常委、国务院总理李克强作出重要批示。")
    assert {m.canonical: m.attr("org") for m in r.mentions if m.kind == "Person"} == {"王勇": "国务院", "李克强": "国务院"}


def test_a_space_beside_a_bracket_makes_no_second_plan(extract):
    r = extract("重庆市大渡口区人民政府关于印发质量强区建设实施方案 (2023-2027年)的通知\n各镇人民政府：")
    assert names(r, "Plan") == {"重庆市大渡口区人民政府关于印发质量强区建设实施方案(2023—2027年)的通知"}


def test_a_firm_named_after_the_body_that_works_with_it(extract):
    r = extract("9月5日上午，云霄县市场监管局联合漳州安然燃气有限公司云霄分公司，把“质量课堂”搬进居民楼下。")
    assert names(r, "Enterprise") == {"漳州安然燃气有限公司云霄分公司"}
    assert "云霄县市场监督管理局" in names(r, "Agency")


def test_scope_words_before_an_indicator(extract):
    r = extract("到2015年，广东本地主要农产品质量安全监测合格率保持在96%以上。2023年中国制造业产品质量合格率达93.65%。")
    assert names(r, "Indicator") == {"主要农产品质量安全监测合格率", "制造业产品质量合格率"}


def test_firms_in_a_numbered_winners_list(extract):
    r = extract("2023年徐州市市长质量奖获奖名单 一、徐州市市长质量奖(2家企业) (1)徐州建机工程机械有限公司 (2)江苏华昌铝厂有限公司")
    assert names(r, "Enterprise") == {"徐州建机工程机械有限公司", "江苏华昌铝厂有限公司"}
    r = extract("获奖名单 (3)江苏伟业铝材有限公司 (4)上药控股徐州股份有限公司\n下关沱茶集团股份有限公司获奖。会上药企代表发言。")
    assert names(r, "Enterprise") == {"江苏伟业铝材有限公司", "上药控股徐州股份有限公司", "下关沱茶集团股份有限公司"}


def test_qian_in_a_traditional_firms_name_stays_qian(extract):
    r = extract("市政府決定授予東陽市御乾堂宮廷紅木家具有限公司、浙江葡萄乾食品有限公司2018年度金華市人民政府質量獎。")
    assert names(r, "Enterprise") == {"东阳市御乾堂宫廷红木家具有限公司", "浙江葡萄干食品有限公司"}


def test_a_common_word_after_a_post_is_no_name(extract):
    r = extract("全市29家质量奖获奖企业100%完成首席质量官任命。副局长高度评价了这项工作。")
    assert names(r, "Person") == set()


def test_a_bureaus_section_named_at_length_before_its_head(extract):
    r = extract("“要推动中小企业转型升级。”义乌市市场监管局质量发展与产品质量监督管理科科长骆庆华告诉记者。")
    assert facts(r, "worksFor") == {("骆庆华", "义乌市市场监督管理局")}


def test_a_countys_own_news_names_it_bare(extract):
    r = extract("您现在的位置：首页 > 永嘉动态\n县政府召开全县质量大会\n12月11日下午，县政府召开全县质量大会，研究部署开展质量提升行动。"
                "县委副书记、县长林万乐指出，涉及永嘉的目标任务要全面完成。")
    assert "永嘉县" in names(r, "Region")
    assert facts(r, "worksFor") >= {("林万乐", "永嘉县人民政府")}
    assert ("永嘉县人民政府", "质量提升行动") in facts(r, "launched")


def test_a_bare_county_stem_needs_more_than_one_chance_word(extract):
    # 兴业 (a slogan word), 高阳 (a man after his post), 方正 (a firm's name, beside a county named in full)
    r = extract("县政府召开大会。会议总结了我县实施“质量立县、名牌兴业”战略的成效。副司长高阳讲话。高阳副司长表示支持。")
    assert names(r, "Region") == set()
    r = extract("方正达电子科技公司获奖\n平江县县长质量奖颁奖仪式举行，授予湖南省方正达电子科技有限公司提名奖。全县企业参加。")
    assert names(r, "Region") >= {"平江县"} and "方正县" not in names(r, "Region")


def test_bodies_and_people_of_a_2015_city_launch(extract):
    r = extract("苏州市“质量月”活动启动仪式举办，市经信委副主任孙洪、市质监局局长钮雪林出席。参加仪式的还有市质量工作领导小组成员单位联络员。")
    assert facts(r, "worksFor") >= {("孙洪", "苏州市经济和信息化委员会"), ("钮雪林", "苏州市质量技术监督局")}
    assert "苏州市质量工作领导小组" in names(r, "Agency")


def test_a_name_inside_a_party_groups_post_and_an_autonomous_regions_short_form(extract):
    r = extract("為貫徹落實廣西區、桂林市關于實施質量興桂戰略的決定，平樂縣召開大會。桂林市質監局黨組鐘顯魁書記參加了會議。")
    assert ("钟显魁", "桂林市质量技术监督局") in facts(r, "worksFor")
    assert "广西壮族自治区" in names(r, "Region")


def test_the_corps_and_its_divisions_are_regions_with_bodies_of_their_own(extract):
    r = extract("5月20日，兵团市场监督管理局、第一师市场监督管理局联合举办计量现场宣传活动。他毕业于湖南第一师范学院。")
    assert names(r, "Agency") == {"新疆生产建设兵团市场监督管理局", "新疆生产建设兵团第一师市场监督管理局"}
    assert ("新疆生产建设兵团第一师市场监督管理局", "新疆生产建设兵团第一师") in facts(r, "locatedIn")
    assert "湖南省" in names(r, "Region") and not any("第一师范" in n for n in names(r, "Region"))


def test_governments_listed_before_one_head_and_a_plan_for_growth(extract):
    r = extract("近日,国家质检总局发文批准韩城市、城固县、平利县人民政府开展创建活动。参与创建的市县能够进一步明晰城市质量发展战略。")
    assert names(r, "Agency") == {"国家质量监督检验检疫总局", "韩城市人民政府", "城固县人民政府", "平利县人民政府"}
    assert names(r, "Programme") == set()


def test_an_awards_name_starts_after_the_act_and_place_before_it(extract):
    # (the word scan ran back over 举行 and into 北京, renaming every 中国质量奖 of the page after it)
    r = extract("2013年12月16日,在北京航天城举行首届中国质量奖颁奖仪式。其中中国质量奖每届评选不超过10个组织和个人。"
                "向各成员单位通报安宁市首届市长质量奖工作情况。")
    assert names(r, "Programme") == {"中国质量奖", "安宁市市长质量奖"}


def test_a_zones_regulator_is_named_from_its_city_and_its_bare_name_is_that_body(extract):
    # (the scan was cut at nine characters inside the province: 省武汉市东湖高新区市场监督管理局)
    r = extract("湖北省武汉市东湖高新区市场监管局召开会议。河北省邯郸市经开区市场监管局联合某公司举办开放日活动。"
                "9月以来，经开区市场监管局先后开展质量宣传进社区活动。")
    assert names(r, "Agency") == {"武汉市东湖高新区市场监督管理局", "邯郸市经开区市场监督管理局"}


def test_names_on_pages_of_open_days(extract):
    r = extract("活动前往湛江市双湖食品有限公司和遂溪县逢春制药有限公司。公司质量总监向大家介绍了企业的基本情况。"
                "经开区市场监管局先后开展质量开放日、质量宣传进社区等一些列“质量月”宣传活动,推进形成“大质量”工作机制。")
    assert names(r, "Enterprise") == {"湛江市双湖食品有限公司", "遂溪县逢春制药有限公司"}
    assert names(r, "Person") == set()
    # (由分管副区长担任主任: the deputy in charge, no one named)
    assert names(extract("金湾区将设立区长质量奖评定委员会,由分管副区长担任评定委员会主任。"), "Person") == set()
    assert not {n for n in names(r, "Programme") if n.startswith(("一些列", "形成"))}


def test_an_official_named_before_the_day_he_spoke(extract):
    r = extract("中广网北京8月31日消息 国家质检总局副局长刘平均昨天(8月31日)在全国“质量月”活动启动仪式上透露。"
                "市场监管总局副局长秦某昨日表示支持。")
    assert facts(r, "worksFor") >= {("刘平均", "国家质量监督检验检疫总局"), ("秦某", "国家市场监督管理总局")}
    # (a name before 应邀, 陪同 or 一行: invited, accompanying, his party)
    r = extract("石台县政协副主席李文志应邀出席启动仪式。市场监管总局副局长秦宜智一行到湖北调研。")
    assert facts(r, "worksFor") == {("李文志", "中国人民政治协商会议石台县委员会"), ("秦宜智", "国家市场监督管理总局")}


def test_a_body_named_for_a_regions_brand_after_its_level_word_and_a_firm_after_its_role(extract):
    r = extract("近日,省浙江制造品牌建设促进会发布2017年第二批标准修订计划。试点企业浙江世友木业有限公司的产品通过认证。")
    assert names(r, "Agency") == {"浙江省浙江制造品牌建设促进会"}
    assert names(r, "Enterprise") == {"浙江世友木业有限公司"}


def test_a_brand_recommendation_committee_is_a_regions_body(extract):
    r = extract("12月16日,2011年上海名牌推荐委员会第二次全体会议召开。会议推荐委员会名单。")
    assert names(r, "Agency") == {"上海市名牌推荐委员会"}


def test_a_days_date_run_together_before_its_name_is_no_part_of_it(extract):
    r = extract("5月20日，分局在辖区内开展了“520世界计量日”宣传活动。")
    assert names(r, "Programme") == {"世界计量日"}


def test_a_fields_body_of_rules_and_strategic_management_are_no_programmes(extract):
    r = extract("从质量和标准化法律制度、相关政策、质量和标准化战略管理、质量文化建设等方面展开解读。企业推行首席质量官制度。")
    assert names(r, "Programme") == {"首席质量官制度"}


def test_quoted_activities_side_by_side_are_each_a_programme_and_a_count_no_part_of_an_award(extract):
    r = extract("广泛组织开展“质量开放日”“质量管理体系升级行动”“计量服务中小企业行”等活动。")
    assert names(r, "Programme") == {"质量开放日", "质量管理体系升级行动", "计量服务中小企业行"}
    r = extract("今后，祁阳将打造更多政府质量奖标杆，创造更多名品。")
    assert names(r, "Programme") == {"政府质量奖"}


def test_a_series_and_a_numbered_slogan_are_no_programmes(extract):
    r = extract("今年将开展一系列质量宣传活动。加快质量提升、品牌带动、标准引领“三大工程”建设。")
    assert names(r, "Programme") == set()


def test_the_city_above_a_district_that_never_names_it(extract):
    r = extract("7月24日下午，奉贤区召开2023年质量大会。奉贤区委副书记、区长王益群，市市场监管局副局长陈彦峰出席会议。\n"
                "3月21日，普陀区召开质量工作领导小组会议，普陀区质量工作领导小组副组长、副区长肖立出席会议。")
    assert ("陈彦峰", "上海市市场监督管理局") in facts(r, "worksFor")
    assert {("肖立", "普陀区人民政府"), ("肖立", "普陀区质量工作领导小组")} <= facts(r, "worksFor")


def test_leaders_listed_without_posts(extract):
    r = extract("县委副书记、县长林万乐指出，要推进。县领导徐新、陈芝双、黄天集参加会议。市领导高度重视，成立市领导小组。"
                "澳门经济局有关领导和代表参加了会议。")
    assert names(r, "Person") == {"林万乐", "徐新", "陈芝双", "黄天集"}


def test_a_quoted_mechanism_after_the_levels_it_joins(extract):
    r = extract("平湖市市场监管局建立和完善局业务科室、镇街道、基层所、服务机构“四级联动”机制。"
                "建成海口市餐饮业质量基础设施一站式服务站、文昌市水产养殖业质量基础设施“一站式”服务站。")
    assert '"四级联动"机制' in names(r, "Programme")
    assert '文昌市水产养殖业质量基础设施"一站式"服务站' in names(r, "Programme")


def test_a_leading_groups_roster_one_member_a_line(extract):
    r = extract("国务院办公厅关于成立国家质量强国建设\n协调推进领导小组的通知\n二、组成人员\n组 长：王 勇 国务委员\n"
                "副组长：罗 文 市场监管总局局长\n林念修 国家发展改革委副主任\n成 员：赵泽良 中央网信办副主任\n")
    assert names(r, "Plan") == {"国务院办公厅关于成立国家质量强国建设协调推进领导小组的通知"}
    assert facts(r, "worksFor") == {("王勇", "国务院"), ("罗文", "国家市场监督管理总局"), ("林念修", "国家发展和改革委员会"),
                                    ("赵泽良", "中共中央网络安全和信息化委员会办公室")}


def test_a_scrapes_stray_commas_and_a_national_bodys_local_branch(extract):
    r = extract("市場監管總局黨組書記,、局長羅文,國資委黨委書記,、主任郝鵬出席會議並發言,。湛江海关、人民银行湛江市中心支行参与。")
    assert facts(r, "worksFor") == {("罗文", "国家市场监督管理总局"), ("郝鹏", "国务院国有资产监督管理委员会")}
    assert "中国人民银行湛江市中心支行" in names(r, "Agency")


def test_a_time_word_before_a_firm_is_no_part_of_its_name(extract):
    r = extract("质量工作连续多年位居全省前列，今年湖南飞沃新能源科技股份有限公司荣获第七届湖南省省长质量奖。")
    assert names(r, "Enterprise") == {"湖南飞沃新能源科技股份有限公司"}


def test_indicator_names_holding_a_quoted_word_or_two_nouns_joined(extract):
    r = extract("到2014年，规模以上企业主导产品采用国际标准和国外先进标准比率达到53%以上。"
                "到2023年，“湖北精品”企业首席质量官覆盖率达100%。生活性服务可及性、便利性和公共服务质量满意度全面提升。"
                "到2020年，企业采用国际标准或国外先进标准率达到60%。")
    assert names(r, "Indicator") == {"规模以上企业主导产品采用国际标准和国外先进标准比率", "湖北精品企业首席质量官覆盖率",
                                     "公共服务质量满意度", "企业采用国际标准或国外先进标准率"}


def test_a_government_inside_an_awards_name_is_no_body_of_the_text(extract):
    r = extract("武汉市汉阳区市场监管局组织汉阳区政府质量奖和武汉名品培育库入库企业开展企业标准自我声明。")
    assert names(r, "Agency") == {"武汉市汉阳区市场监督管理局"}
    assert "汉阳区政府质量奖" in names(r, "Programme")


def test_campaign_names_after_their_body_a_space_and_a_count(extract):
    r = extract("衢州市质监局“蓝剑1号”专项执法行动成效显著\n在全市范围组织开展2015年“蓝剑1号” 专项执法检查行动。"
                "质检总局发布了“质检利剑”建材执法、汽车及其配件执法2个专项行动的阶段性成果。")
    # (the counted list, 2个专项行动, names no programme of its own; 质检利剑 is the campaign they belong to)
    assert names(r, "Programme") == {'"蓝剑1号"专项执法行动', '"蓝剑1号"专项执法检查行动', "质检利剑"}
    r = extract("记者从天津市市场和质量监管委了解到，该委决定组织开展“质检利剑”行动。")
    assert "天津市市场和质量监督管理委员会" in names(r, "Agency")


def test_a_decision_that_publishes_winners_is_no_plan(extract):
    r = extract("宜兴市人民政府关于公布2019年度宜兴市市长质量奖的决定\n各镇人民政府：\n"
                "市政府决定授予灵谷化工集团有限公司等3家企业2019年度宜兴市市长质量奖、授予江苏兴达文具集团有限公司等5家企业2019年度宜兴市质量管理优秀奖。")
    assert names(r, "Plan") == set()
    assert facts(r, "launched") == {("宜兴市人民政府", "宜兴市市长质量奖"), ("宜兴市人民政府", "宜兴市质量管理优秀奖")}


def test_an_event_named_whole_in_quotes_after_a_launch_verb(extract):
    r = extract("中国质量协会与中华全国总工会于2005年5月共同启动了首届“中国杰出质量人推选活动”。他们将“大力开展质量宣传活动”。")
    assert names(r, "Programme") == {"中国杰出质量人推选活动"}


def test_a_platform_after_a_verb_a_new_mechanism_and_a_bare_notice(extract):
    r = extract("滨州市主要围绕特色产业，布局质量基础设施“一站式”服务平台建设。市场监管总局印发《关于开展国家质量基础设施集成服务基地试点工作的通知》，"
                "探索建立健全高效实用的质量基础设施集成服务新机制。《通知》指出，试点分为两类。")
    assert '质量基础设施"一站式"服务平台' in names(r, "Programme")
    assert not any(n.endswith("新机制") for n in names(r, "Programme"))
    assert "通知" not in names(r, "Plan")


def test_a_head_named_after_a_chain_of_posts_with_a_rank(extract):
    r = extract("邀请滨州市市场监管局党组成员、副局长(正县级)、新闻发言人崔兴华介绍有关情况。")
    assert facts(r, "worksFor") == {("崔兴华", "滨州市市场监督管理局")}


def test_a_peoples_congress_deputy_head_and_a_governor_named_before_his_post(extract):
    r = extract("黄冈市政府市长刘雪荣、市人大副主任黄奏球出席会议。会议首先宣读了李学勇省长对全省质量工作的批示。江苏省质监局参加。")
    assert {("黄奏球", "黄冈市人民代表大会常务委员会"), ("李学勇", "江苏省人民政府")} <= facts(r, "worksFor")


def test_an_award_after_the_verb_that_prepares_for_it(extract):
    r = extract("华漕镇围绕培育孵化区长质量奖申报企业、挖掘一镇一品课题等内容展开介绍。")
    assert names(r, "Programme") == {"区长质量奖"}


def test_an_awards_rules_verbs_and_a_name_whose_chang_opens_a_word(extract):
    # 长江质量奖 is the Yangtze's award (长江 a word), no governor's (省长); 评定 is the rule's verb
    r = extract("第四条 原则上每年评定政府质量奖的企业数量不超过3家。已经获得国家质量奖、湖北省长江质量奖的企业,不再评定政府质量奖。")
    assert names(r, "Programme") == {"政府质量奖", "国家质量奖", "湖北省长江质量奖"}
    assert names(extract("授予某公司2023年度广州市长质量奖。"), "Programme") == {"广州市市长质量奖"}
    # 获颁, 评选出: verbs before the award, no part of its name
    r = extract("本钢板材公司获颁省长质量奖金奖。本届共有29家单位参评,评选出主席质量奖4个。")
    assert names(r, "Programme") == {"省长质量奖", "主席质量奖"}


def test_a_count_of_listed_projects_is_no_programme_and_the_city_office_short_form(extract):
    r = extract("台山市召开会议。推进高品质城市建设、高起点品牌战略、高要求标准引领四项重点工程。会议由市府办副主任余某权主持。")
    assert names(r, "Programme") == set()
    assert ("余某权", "台山市人民政府办公室") in facts(r, "worksFor")


def test_an_activity_joined_before_an_action_and_every_levels_award_are_no_part_of_a_name(extract):
    r = extract("甘肃省将深入开展各级政府质量奖、中华老字号等质量品牌的培育和创建活动,组织开展品牌产品专项监督检查和质量品牌执法打假专项行动。")
    assert names(r, "Programme") == {"质量品牌执法打假专项行动"}


def test_quoted_names_side_by_side_share_the_head_after_them(extract):
    r = extract("市场监管局对“管集市”“净餐馆”专项行动开展情况作了详细汇报。")
    assert names(r, "Programme") == {'"管集市"专项行动', '"净餐馆"专项行动'}


def test_the_assessment_of_a_levels_governments_quality_work(extract):
    r = extract("市场监管总局发布《关于2019年省级政府质量工作考核结果的公告》。根据省委、省政府关于开展地级以上市政府质量工作考核的部署,"
                "省质量强省工作领导小组办公室组织考核。广东省人民政府关于2019年度地级以上市人民政府质量工作考核结果的通报")
    assert names(r, "Programme") == {"地级以上市政府质量工作考核"}
    r = extract("市质量强市工作领导小组办公室会同市有关单位开展了县(市、区)人民政府(管委会)质量工作考核。")
    assert names(r, "Programme") == {"县级政府质量工作考核"}


def test_a_headings_number_is_no_part_of_an_indicator(extract):
    r = extract("现将2005年全国制造业质量竞争力指数公布如下:\n一、全国制造业质量竞争力指数\n2005年,全国制造业质量竞争力指数为78.98。")
    assert names(r, "Indicator") == {"制造业质量竞争力指数"}


def test_an_actions_name_holds_its_levels_in_brackets(extract):
    r = extract("2024年,市场监管部门重点开展质量强企强链强县(区、镇)行动,各地开展质量强链行动。")
    assert names(r, "Programme") == {"质量强企强链强县(区、镇)行动", "质量强链行动"}


def test_quoted_events_held_somewhere_are_programmes_and_slogans_are_not(extract):
    r = extract("8月28日至29日,“全国质量标杆河南行交流活动”和“第三届全国质量创新大赛”同期在郑州举行。")
    assert names(r, "Programme") == {"全国质量标杆河南行交流活动", "全国质量创新大赛"}
    assert names(extract("今年的主题是“建设质量强国示范区”,全市上下广泛宣传。"), "Programme") == set()


def test_a_writers_name_in_a_byline_is_no_region(extract):
    r = extract("泉溪镇将继续加大质量强县活动宣传力度。(谭玉林)\n记者谭玉林 通讯员李某报道。")
    assert names(r, "Region") == set()
    assert names(extract("玉林市开展质量强市活动。"), "Region") == {"玉林市"}


def test_a_cited_title_broken_over_a_line_and_a_notice_title_with_quotes(extract):
    r = extract("宿州市人民政府关于印发宿州市质量强市建设“十四五”规划的通知\n2023/2/24\n"
                "根据《安徽省质量强省建设纲要》及《中共宿州市委\n宿州市人民政府关于开展质量提升行动创建全国质量强市示范城市的实施意见》文件精神，制定本规划。")
    assert {"宿州市人民政府关于印发宿州市质量强市建设“十四五”规划的通知",
            "中共宿州市委 宿州市人民政府关于开展质量提升行动创建全国质量强市示范城市的实施意见"} <= names(r, "Plan")
    assert {("中共宿州市委员会", "质量提升行动"), ("宿州市人民政府", "质量提升行动")} <= facts(r, "launched")


def test_a_given_name_ending_in_chang_is_a_name_but_a_surname_and_a_post_is_not(extract):
    r = extract("江苏省新沂市政府王成长市长主持召开常务会议。新沂市王市长出席。")
    assert names(r, "Person") == {"王成长"}
    assert facts(r, "worksFor") == {("王成长", "新沂市人民政府")}


def test_officials_of_the_writers_own_bureau_listed_name_first(extract):
    r = extract("香格里拉市市场监督管理局召开会议。我局杨卫军副局长、鲁晓龙副局长对近期工作作了详细汇报。")
    assert facts(r, "worksFor") == {("杨卫军", "香格里拉市市场监督管理局"), ("鲁晓龙", "香格里拉市市场监督管理局")}


def test_a_rank_in_brackets_after_a_post_and_a_ministrys_long_department(extract):
    r = extract("工业和信息化部科技司一级巡视员(正局级)毕开春出席发布会。国家市场监督管理总局产品质量安全监督管理司司长段永升介绍情况。")
    assert facts(r, "worksFor") == {("毕开春", "工业和信息化部科技司"), ("段永升", "国家市场监督管理总局产品质量安全监督管理司")}


def test_an_officer_who_takes_a_post_and_a_firms_own_strategy(extract):
    r = extract("这是正泰集团首次设立“首席质量官”,由正泰集团股份有限公司副总裁高亦强出任“首席质量官”,全面负责组织制定企业质量发展战略。")
    assert facts(r, "worksFor") == {("高亦强", "正泰集团股份有限公司")}
    assert "企业质量发展战略" not in names(r, "Programme")


def test_names_before_a_report_or_a_topic(extract):
    r = extract("河北省质监局副局长刘朝申汇报了预验收情况。秦皇岛市市长张瑞书就该市创建工作进行了专题汇报。")
    assert facts(r, "worksFor") == {("刘朝申", "河北省质量技术监督局"), ("张瑞书", "秦皇岛市人民政府")}


def test_names_after_graded_posts_compound_surnames_and_adverbs(extract):
    # 一级巡视员 is one post (not 巡视员 after a name's last characters); 欧阳 takes two more
    # characters; a name may be followed by an adverb of time (第一时间) or a quoted award (为“…”)
    r = extract("江苏省市场监管局冯新南一级巡视员在讲话中指出,要加强质量工作。"
                "江苏省市场监管局副局长欧阳志刚出席会议。安庆市市场监管局局长焦玲第一时间在会上专题汇报了精神。")
    assert {"冯新南", "欧阳志刚", "焦玲"} <= names(r, "Person")
    assert ("欧阳志刚", "江苏省市场监督管理局") in facts(r, "worksFor")
    r = extract("金坛区召开大会。2月11日,在全区“两个加快”动员大会上,沈东区长为“2018年金坛区区长质量奖”获奖企业授牌。")
    assert facts(r, "worksFor") == {("沈东", "金坛区人民政府")}


def test_our_districts_government_and_a_level_award(extract):
    # 我区人民政府 is the district's government; 区级质量奖 says which level's award, not which award;
    # 市质量奖 is the one city award the text names
    r = extract("金坛区区长质量奖是我区人民政府在质量管理方面设立的最高荣誉,是区级质量奖。")
    assert "金坛区人民政府" in names(r, "Agency")
    assert names(r, "Programme") == {"金坛区区长质量奖"}
    r = extract("莆田市设立了政府质量奖。莆田市政府质量奖每年评审一次,市质量奖是市政府设立的最高质量荣誉奖。")
    assert names(r, "Programme") == {"莆田市政府质量奖"}


def test_two_posts_of_one_body_before_another_post(extract):
    r = extract("市场监管总局党组成员、副局长,国家标准委主任田世宏出席会议并讲话。")
    assert facts(r, "worksFor") == {("田世宏", "国家标准化管理委员会"), ("田世宏", "国家市场监督管理总局")}


def test_every_citys_bureau_and_a_generic_word_before_a_post_name_nobody(extract):
    r = extract("佛山市召开会议。各地级以上市市场监管局分管质量发展工作局领导参加培训。苏州各市、区企业首席质量官代表参加了培训。")
    assert not names(r, "Agency") and not names(r, "Person")


def test_a_name_then_an_adverb_then_a_cue(extract):
    r = extract("中国标准化研究院副院长蒋加东重点解读《质量强国建设纲要》。")
    assert facts(r, "worksFor") == {("蒋加东", "中国标准化研究院")}


@pytest.mark.parametrize("text, programmes", [
    ("湛江市市场监管局实施消费品质量提升行动。", {"消费品质量提升行动"}),
    ("鄂托克前旗市场监督管理局还将持续开展产品和服务质量提升行动。", {"产品和服务质量提升行动"}),
    ("二是开展“两个行动”。“两个行动”指产品质量提升行动和服务质量提升行动。", {"产品质量提升行动", "服务质量提升行动"}),
    ("镇江市深入开展质量提升行动,六大质量提升行动全面推进。", {"质量提升行动"}),
])
def test_a_known_action_narrowed_to_a_field_is_its_own_programme(extract, text, programmes):
    assert names(extract(text), "Programme") == programmes


def test_our_region_is_no_part_of_a_programme_and_a_bare_notice_no_plan(extract):
    r = extract("推动我区质量强区活动全面、深入开展。")
    assert names(r, "Programme") == {"质量强区活动"}
    r = extract("日前,国家质检总局印发2013年“全国知名品牌创建示范区”建设工作的通知(以下简称《通知》)。《通知》明确,扩大申报范围。")
    assert not names(r, "Plan")


def test_conjunctions_and_discourse_words_start_no_name(extract):
    # 和县 is a county, but 县领导和县质监局 joins two; 首先县质监局 opens a step; 副局长和李咸和科长 two people
    r = extract("此次活动由县领导和县质监局局长颁发奖牌。首先县质监局局党组书记宣读了活动方案。")
    assert not names(r, "Agency") and not names(r, "Region")
    r = extract("济宁市质监局相益霖副局长和李咸和科长出席了启动仪式。宜都市市场监管局局长黄志华全程陪同。")
    assert names(r, "Person") == {"相益霖", "李咸和", "黄志华"}


def test_a_task_group_is_the_documents_own_countys(extract):
    r = extract("微山县召开会议。济宁市质监局副局长出席。微山县质量兴县领导小组和“质量月”活动领导小组成员单位参加。微山县政府讲话。")
    assert '微山县"质量月"活动领导小组' in names(r, "Agency")


def test_a_visiting_verb_is_no_part_of_a_stations_name(extract):
    r = extract("省局副处长商景一行来宜都调研质量基础设施“一站式”服务站建设情况。")
    assert '调研质量基础设施"一站式"服务站' not in names(r, "Programme")


def test_an_award_opening_a_committees_name_and_an_award_decision_title(extract):
    r = extract("中国质量奖评审表彰委员会关于首届中国质量奖的授奖决定\n质检总局会同发展改革委等部门,组成中国质量奖评审表彰委员会,"
                "组织开展了首届中国质量奖评审工作。")
    assert names(r, "Programme") == {"中国质量奖"} and not names(r, "Plan")


def test_a_speaker_who_opens_a_clause_is_a_person(extract):
    r = extract("李纪恒指出,省政府出台了意见。黄书记指出,要重视质量。会议指出,要加强。文件要求,各地落实。王强强调,要努力。")
    assert names(r, "Person") == {"李纪恒", "王强"}


def test_more_acts_after_a_name_and_a_date_with_its_month(extract):
    r = extract("河北省召开会议。省长张庆伟6月14日主持召开省政府常务会议。雅安市市场监管局局长任永强总结了2020年度工作。")
    assert facts(r, "worksFor") == {("张庆伟", "河北省人民政府"), ("任永强", "雅安市市场监督管理局")}


def test_a_title_with_its_years_and_its_draft_mark(extract):
    r = extract("市长韩进主持召开市政府常务会议,审议《鄂州市质量发展纲要(2011-2020年)(讨论稿)》。")
    assert names(r, "Plan") == {"鄂州市质量发展纲要(2011—2020年)(讨论稿)"}


def test_a_name_before_dao_and_the_best_of_a_programme_are_no_programme(extract):
    r = extract("国家市场监管总局认证监管司体系处处长刘永有到新乡县调研。")
    assert facts(r, "worksFor") == {("刘永有", "国家市场监督管理总局认证监管司")}
    r = extract("江苏省市场监管局公布了全省优秀标准化试点(示范)项目评选结果。")
    assert "全省优秀标准化试点" not in names(r, "Programme")


def test_a_region_then_a_name_then_its_post(extract):
    r = extract("近日,嘉兴市考评组来到洲泉镇,桐乡市周民副市长、桐乡市质监局相关领导陪同检查。")
    assert facts(r, "worksFor") == {("周民", "桐乡市人民政府")}


def test_an_acting_mayor_a_promotion_committee_and_an_adverb_after_a_post(extract):
    r = extract("近日,葫芦岛市召开表彰会。葫芦岛市名牌战略推进委员会成员单位参加。葫芦岛市委副书记、代市长都本伟出席会议。"
                "国家质检总局领导十分重视,支树平局长专门作出批示。国家旅游局相关司局负责人参加。")
    assert {("都本伟", "葫芦岛市人民政府"), ("都本伟", "中共葫芦岛市委员会")} <= facts(r, "worksFor")
    assert "支树平" in names(r, "Person")
    assert "葫芦岛市名牌战略推进委员会" in names(r, "Agency") and "国家旅游局相关司" not in names(r, "Agency")


def test_a_plan_title_with_its_period_unbracketed(extract):
    r = extract("为深入贯彻落实国务院《质量发展纲要2011-2020》,特制定本规划。")
    assert facts(r, "issued") == {("国务院", "质量发展纲要2011—2020")}


def test_a_quoted_action_after_its_verb_and_a_list_item_before_a_quoted_system(extract):
    r = extract("国家质检总局在全国范围内全面开展“质检利剑行动”。")
    assert facts(r, "launched") == {("国家质量监督检验检疫总局", "质检利剑")}
    r = extract("严格执行项目策划书、项目立项书、项目完工书和项目结算表“三书一表”制度。")
    assert names(r, "Programme") == {'"三书一表"制度'}


def test_a_countys_task_group_in_a_text_naming_only_its_city(extract):
    r = extract("近日,我县召开质量强县暨质量发展委员会(扩大)会议。会议书面传达六安市质量强市暨质量发展委员会(扩大)会议精神。")
    assert names(r, "Agency") == {"六安市质量强市暨质量发展委员会"}


def test_a_government_post_written_with_zhengfu_and_a_county_named_only_in_its_bureau(extract):
    r = extract("9月1日,河北省临漳县质监局组织开展活动。县委常委、政府副县长陈虎清出席活动。")
    assert {("陈虎清", "临漳县人民政府"), ("陈虎清", "中共临漳县委员会")} <= facts(r, "worksFor")
    r = extract("9月7日上午,河北涉县质监局组织企业举办宣传活动,政府副县长郭涛参加了此次宣传活动。")
    assert ("郭涛", "涉县人民政府") in facts(r, "worksFor")
    r = extract("伊春市政府副市长李龙吉带领市委宣传部、市质监局等成员单位负责人出席了活动。")
    assert "中共伊春市委员会宣传部" in names(r, "Agency")


def test_kinds_of_activity_an_institution_in_a_firms_name_and_one_districts_bureau(extract):
    r = extract("郁南县市场监管局负责人指出,要深入开展质量提升活动,扎实开展质量整治行动;广泛开展群众性质量活动。")
    assert not names(r, "Programme")
    r = extract("仪式上,郑州磨料磨具磨削研究所有限公司代表宣读了倡议书。")
    assert not names(r, "Agency") and names(r, "Enterprise") == {"郑州磨料磨具磨削研究所有限公司"}
    r = extract("近日,兰州七里河区市场监管局开展了“质量月”活动启动仪式。七里河区市场监管局强化质量品牌建设。")
    assert names(r, "Agency") == {"兰州市七里河区市场监督管理局"}


def test_national_centres_with_their_seat_and_no_centre_from_a_count_or_a_kind(extract):
    r = extract("质检总局发布通知,“国家富硒产品质量监督检验中心(湖北)”正式成立。该中心是第一个国家级富硒产品质量监督检验中心。"
                "泉州酝酿再建两个国家检验中心。")
    assert names(r, "Agency") == {"国家质量监督检验检疫总局", "国家富硒产品质量监督检验中心(湖北)"}


def test_a_head_of_government_after_another_bodys_person(extract):
    r = extract("青岛市召开会议。市人大常委会副主任宗和、副市长吴经建出席奠基仪式。国家市场监督管理总局局长张工、副局长秦宜智等出席发布会。")
    assert {("吴经建", "青岛市人民政府"), ("秦宜智", "国家市场监督管理总局")} <= facts(r, "worksFor")
    assert ("吴经建", "青岛市人民代表大会常务委员会") not in facts(r, "worksFor")


def test_a_quoted_theme_names_no_programme_and_a_campaign_office_is_a_body(extract):
    r = extract("今年山东省“质量月”活动的主题是“质量强省全民行动”,强调全社会广泛参与。"
                "市质监局以“质量强市全民行动”为主题开展活动。")
    assert names(r, "Programme") == {"质量月"}
    r = extract("广东省政府发布通报。由省质量强省办组织领导小组各成员单位进行考核,淮安市质强办参加。制定质量强省办法。")
    assert {"广东省质量强省办", "淮安市质强办"} <= names(r, "Agency")
    assert not any(n.endswith("办法") for n in names(r, "Agency"))


def test_food_safety_offices_and_officers_by_grade(extract):
    r = extract("活动由山东省质监局、山东省政府食安办等21个部门联合举办。"
                "梅州市市场监管局计量与认证认可监督管理科三级主任科员林基建告诉记者,活动很好。")
    assert "山东省食品安全委员会办公室" in names(r, "Agency") and "山东省人民政府" not in names(r, "Agency")
    assert ("林基建", "梅州市市场监督管理局") in facts(r, "worksFor")


def test_a_name_before_an_adverb_and_a_cue_and_a_programme_for_smaller_firms(extract):
    r = extract("市场监管总局质量监督司副司长王胜利具体介绍称,帮扶很好。")
    assert ("王胜利", "国家市场监督管理总局质量监督司") in facts(r, "worksFor")
    r = extract("质检总局在今年质量月活动中,开展质量技术服务中小企业活动。")
    assert "质量技术服务中小企业活动" in names(r, "Programme")


def test_a_national_bodys_research_centre(extract):
    r = extract("國家市場監督管理總局認証認可技術研究中心(以下簡稱“中心”)首次發布質量認証活躍度指數。")
    assert "国家市场监督管理总局认证认可技术研究中心" in names(r, "Agency")


def test_a_run_of_actions_after_a_colon_each_whole_and_every_action_of_one_is_none(extract):
    r = extract("2018年农业部将扎实落实农业质量年各项行动。具体包括:生产标准化推进行动、农产品质量安全监测行动、"
                "农产品质量安全县创建行动、产地环境净化行动。")
    assert names(r, "Programme") == {"生产标准化推进行动", "农产品质量安全监测行动", "农产品质量安全县创建行动", "产地环境净化行动"}


def test_leaders_listed_before_deng_firms_after_a_verb_and_dash_variants_of_a_title(extract):
    r = extract("会议决定,评选庆铃汽车股份有限公司、重庆宏钢数控机床有限公司为区长质量管理奖。区领导宋泓、廖勇、李洪亮、陈祥等参加会议。")
    assert names(r, "Enterprise") == {"庆铃汽车股份有限公司", "重庆宏钢数控机床有限公司"}
    assert names(r, "Person") == {"宋泓", "廖勇", "李洪亮", "陈祥"}
    r = extract("落实《国家质量兴农战略规划(2018—2022年)》。重庆市农业农村委、市商务委落实《国家质量兴农战略规划(2018- 2022年)》。")
    assert names(r, "Plan") == {"国家质量兴农战略规划(2018—2022年)"}
    assert {"重庆市农业农村委员会", "重庆市商务委员会"} <= names(r, "Agency")


def test_a_prefectures_bodies_named_by_diqu_and_an_autonomous_regions_group(extract):
    r = extract("阿勒泰地区开展“质量月”宣传活动。此次活动由地区市场监督管理局牵头,联合地区公安局、科技局等16家单位共同举办。")
    assert {"阿勒泰地区市场监督管理局", "阿勒泰地区公安局"} <= names(r, "Agency")
    r = extract("2019年內蒙古自治區暨包頭市“質量月”活動啟動儀式在包頭市舉行。張永強代表自治區質量強區領導小組辦公室發表了講話。")
    assert "内蒙古自治区质量强区领导小组办公室" in names(r, "Agency")
    r = extract("推进“全国质量强市示范城市”和“全国文明城市”创建工作。")
    assert not names(r, "Programme")


def test_an_award_whose_region_the_word_scan_cut_and_national_associations(extract):
    r = extract("鼓励企业导入卓越绩效模式标准,申报上海市政府质量奖。中国质量检验协会(以下简称“质检协会”)组织开展活动。")
    assert "上海市政府质量奖" in names(r, "Programme") and "中国质量检验协会" in names(r, "Agency")


def test_a_notice_titled_with_a_long_quoted_programme_and_every_kind_of_region_named_as_a_class(extract):
    r = extract("国家质量监督检验检疫总局关于开展“全国知名品牌创建示范区”建设试点工作的通知\n\n"
                "各直属检验检疫局,各省、自治区、直辖市质量技术监督局:\n国家质检总局决定开展“全国知名品牌创建示范区”建设试点工作。")
    assert "国家质量监督检验检疫总局关于开展“全国知名品牌创建示范区”建设试点工作的通知" in names(r, "Plan")
    assert names(r, "Agency") == {"国家质量监督检验检疫总局"}
    r = extract("2024年是我国召回管理制度实施20周年。市场监管总局健全产品召回管理体制机制。")
    assert names(r, "Programme") == {"召回管理制度"}


def test_an_autonomous_regions_bodies_after_any_word_and_its_committee_then_government(extract):
    r = extract("西藏自治区召开会议。积极争取自治区政府出台了《关于实施质量振兴战略的意见》。据自治区市场监管局局长介绍,"
                "各省、自治区、直辖市人民政府参加。自治区党委、政府出台《西藏自治区产品质量监督管理暂行办法》。")
    assert names(r, "Agency") == {"西藏自治区人民政府", "西藏自治区市场监督管理局", "中共西藏自治区委员会"}
    assert {i for i, _ in facts(r, "issued")} == {"西藏自治区人民政府", "中共西藏自治区委员会"}


def test_names_a_scan_cut_at_zhong_a_town_before_a_firm_any_rounds_award_and_a_counted_list_of_mechanisms(extract):
    r = extract("大中型工程建设项目一次性交验合格率达到90%以上。调研组一行先后到吴店镇山东天荣实业集团有限公司调研。"
                "拉萨市政府质量奖是最高荣誉。每一届质量奖的评选,是一次检阅。领导小组建立“组织领导、工作运行”两种机制。"
                "国标委下达试点项目任务。")
    assert "大中型工程建设项目一次性交验合格率" in names(r, "Indicator")
    assert names(r, "Enterprise") == {"山东天荣实业集团有限公司"}
    assert names(r, "Programme") == {"拉萨市政府质量奖"}
    assert "国家标准化管理委员会" in names(r, "Agency")


def test_a_name_the_scan_cut_inside_its_county_a_name_ending_in_he_and_a_meeting_system(extract):
    r = extract("无为县全国电线电缆知名品牌示范区已申请验收。省質監局局長黃序和向與會記者介紹情況。局长王强和副局长李明出席。"
                "北京市召开会议。推动地方政府建立质量工作联席会议制度。")
    assert "全国电线电缆知名品牌示范区" in names(r, "Programme")
    assert names(r, "Person") == {"黄序和", "王强", "李明"}
    assert not any(n.endswith("联席会议") for n in names(r, "Agency"))


def test_a_pronoun_after_a_surname_is_no_given_name(extract):
    r = extract("刘平均充分肯定了工作成绩。但他也指出,当前全国特种设备安全形势依然严峻。副局长谢再春讲话。")
    assert names(r, "Person") == {"谢再春"}


def test_no_bureau_from_a_verb_before_a_level_word_and_tourism_bureaus(extract):
    r = extract("务必于9月底前将质量发展工作总结纸质版和电子版报送区市场监管局。")
    assert not names(r, "Agency")
    r = extract("六合区市场监督管理局召开会议。该局联合农业局、旅游局及雄州街道工作人员宣传。")
    assert "六合区旅游局" in names(r, "Agency")


def test_a_two_character_county_its_committee_written_with_its_level_and_its_campaign_office(extract):
    r = extract("由中共道县县委、县人民政府主办的道县2021年“质量月”活动启动仪式举行。"
                "县质量强县办公室主任、县市场监管局局长王斗星宣读方案。推进质量兴县工作,创建示范县。")
    assert names(r, "Region") == {"道县"}
    assert {"中共道县委员会", "道县人民政府", "道县市场监督管理局", "道县质量强县办公室"} <= names(r, "Agency")
    assert ("王斗星", "道县市场监督管理局") in facts(r, "worksFor")
    r = extract("叶县长出席会议。")
    assert not names(r, "Region")


def test_awards_after_a_count_a_region_that_sets_one_up_and_an_autonomous_regions_chairmans_award(extract):
    r = extract("南宁设市长质量奖 一次性奖励50万元。南宁市市长质量奖是由市政府设立的最高质量荣誉。")
    assert names(r, "Programme") == {"南宁市市长质量奖"}
    r = extract("广西壮族自治区召开会议。自治区人民政府授予东风柳州汽车有限公司第三届自治区主席质量奖。")
    assert facts(r, "launched") == {("广西壮族自治区人民政府", "广西壮族自治区主席质量奖")}
    r = extract("宣城市召开会议。宣城市市监局局长刘富贵对五家市政府质量奖获奖企业进行了现场颁奖。")
    assert "五家市政府质量奖" not in names(r, "Programme") and ("刘富贵", "宣城市市场监督管理局") in facts(r, "worksFor")


def test_people_listed_before_a_count_a_presenter_and_an_action_named_before_ji(extract):
    r = extract("泽州县分别授予刘乃勇、赵新定、王海斌、毋定坤和史天祥等5名个人“2015年度质量贡献奖”。"
                "嘉善县市场监管局副局长沈建新为德尔未来科技控股集团股份有限公司揭牌。")
    assert names(r, "Person") == {"刘乃勇", "赵新定", "王海斌", "毋定坤", "史天祥", "沈建新"}
    r = extract("全省消费品质量提升行动暨助企开门红推进会在桐乡召开。")
    assert names(r, "Programme") == {"消费品质量提升行动"}


def test_pilots_listed_after_fenbie_shi_a_head_of_government_in_a_chain_of_posts(extract):
    r = extract("广东省市场监督管理局公布了2021年度广东省标准化试点项目,分别是广东省特色农产品(大叶茶)产业链标准体系试点、"
                "广东省中医康养服务标准化试点、广东省中药饮片定制服务标准化试点。该批标准化试点项目建设期为2年。")
    assert {"特色农产品(大叶茶)产业链标准体系试点", "中医康养服务标准化试点", "中药饮片定制服务标准化试点"} <= names(r, "Programme")
    assert "该批标准化试点" not in names(r, "Programme")
    r = extract("绵阳市召开推进质量强市工作会议。会前,市委副书记、市长、市质量强市工作领导小组组长刘超对会议作出批示。")
    assert {o for p, o in facts(r, "worksFor")} == {"绵阳市质量强市工作领导小组", "中共绵阳市委员会", "绵阳市人民政府"}


def test_a_national_bodys_office_is_a_body_of_its_own(extract):
    r = extract("根据《国家知识产权局办公室关于开展国家地理标志保护示范区筹建验收工作的通知》,国家知识产权局确定了示范区。")
    assert facts(r, "issued") == {("国家知识产权局办公室", "国家知识产权局办公室关于开展国家地理标志保护示范区筹建验收工作的通知")}


def test_certified_firms_keep_their_word_and_a_list_of_cities_is_no_indicator(extract):
    # 获证 is one word (certified), not the 获 of 获得; the joint share of a list of cities
    # (广州、深圳、佛山、东莞4市企业占比) is none of theirs: no measure, no indicator
    r = extract("从行业分布来看，获证企业占比最大的是制造业，达到57.81%。\n"
                "广州、深圳、佛山、东莞4市企业占比近70%，佛山以823家上榜企业位居榜首。\n")
    assert names(r, "Indicator") == {"获证企业占比"}
    assert [m.indicator for m in r.measures] == []  # (占比最大的是制造业: a composition, no measure)


def test_an_action_keeps_the_fields_its_name_lists(extract):
    # 部署开展提高产品、工程和服务质量行动: the fields listed before 服务 are the action's, and its verb
    # too where the plan's title names the action so; a weak head (服务) takes no list of fields alone
    r = extract("淮北市市场监管局等五部门联合下发《淮北市进一步提高产品、工程和服务质量行动方案(2023—2025年)》，"
                "部署开展提高产品、工程和服务质量行动。\n各地深入开展产品、工程和服务质量提升行动。\n")
    assert {"提高产品、工程和服务质量行动", "产品、工程和服务质量提升行动"} <= names(r, "Programme")
    assert "服务质量行动" not in names(r, "Programme")


def test_a_title_written_without_brackets_after_its_verb_is_a_plan(extract):
    # 发布关于贯彻落实《质量强国建设纲要》的实施意见(以下简称《实施意见》): the whole title is the plan
    r = extract("厦门市人民政府近日发布关于贯彻落实《质量强国建设纲要》的实施意见(以下简称《实施意见》)，明确发展目标。\n"
                "此次出台的《实施意见》涵盖产品质量、工程质量、服务质量等。\n")
    assert ("厦门市人民政府", "关于贯彻落实质量强国建设纲要的实施意见") in facts(r, "issued")
    assert "质量强国建设纲要" in names(r, "Plan")


def test_a_county_level_citys_stem_is_the_city_where_its_media_names_it(extract):
    # 宜都融媒讯 … 市市场监督管理局: the city is 宜都市, and so is its bureau; a stem named by no media
    # and beside no full name stays no region (a word as often)
    r = extract("发布日期:2023-09-25 来源:市市场监管局 编辑:宜都融媒体\n"
                "宜都融媒讯 今年9月是第46个全国“质量月”。9月22日上午,市市场监督管理局开展了“质量月”宣传活动。\n")
    assert "宜都市" in names(r, "Region")
    assert ("宜都市市场监督管理局", "质量月") in facts(r, "launched")
    r = extract("全市企业积极参加活动，宜都产品质量稳步提升。\n")
    assert "宜都市" not in names(r, "Region")


def test_a_groups_numbered_institute_is_a_body_of_its_own(extract):
    # 中国船舶重工集团公司第七〇二研究所: the institute, not the group company it belongs to
    r = extract("省人民政府决定授予中国船舶重工集团公司第七〇二研究所、南京钢铁股份有限公司2020年江苏省省长质量奖。\n")
    assert "中国船舶重工集团公司第七〇二研究所" in names(r, "Agency")
    assert names(r, "Enterprise") == {"南京钢铁股份有限公司"}


def test_an_awards_name_starts_after_the_verb_and_is_no_description(extract):
    # 来安县已评选县长质量奖3届: the award is 县长质量奖 (来安县's); 最高质量奖项 describes it, names none;
    # 全县共有X有限公司、…等18家企业: the count's words are no part of the firm's name
    r = extract("来安县县长质量奖是来安县政府设立的最高质量奖项,自2012年开始每两年评选一次。"
                "截至目前,来安县已评选县长质量奖3届。\n全县共有河南清丽装修装饰工程有限公司、河南步实贸易有限公司等18家企业获奖。\n")
    assert names(r, "Programme") == {"来安县县长质量奖"}
    assert names(r, "Enterprise") == {"河南清丽装修装饰工程有限公司", "河南步实贸易有限公司"}


def test_a_named_regions_count_is_no_part_of_a_firms_name(extract):
    r = extract("自2010年开展首届市政府质量奖以来,长兴县共有天能电池集团有限公司和浙江诺力机械股份有限公司两家企业获得此荣誉。\n")
    assert names(r, "Enterprise") == {"天能电池集团有限公司", "浙江诺力机械股份有限公司"}


def test_a_metadata_rows_title_names_the_notice_and_the_plan_it_prints(extract):
    # 名称: | X局关于印发…活动方案的通知 | 文号: |…: the notice and the unbracketed plan it prints, both X's
    r = extract("名称: | 呼伦贝尔市市场监管局关于印发市场监管系统2022年“质量月”活动方案的通知 | 文号: | 呼市监质量字〔2022〕5号 |\n"
                "按照有关通知精神,特制定本活动方案。\n")
    issued = facts(r, "issued")
    assert ("呼伦贝尔市市场监督管理局", "市场监管系统2022年“质量月”活动方案") in issued
    assert ("呼伦贝尔市市场监督管理局", "呼伦贝尔市市场监管局关于印发市场监管系统2022年“质量月”活动方案的通知") in issued


def test_a_local_inspection_station_is_a_body(extract):
    # 平江县建设工程质量安全监督站 (建设工程 is one word, not the verb 建设), a county's 检测站 by its level word
    r = extract("平江县召开质量大会。授予平江县建设工程质量安全监督站副站长林强、县农产品质量安全检测站站长王五荣誉称号。\n")
    assert {"平江县建设工程质量安全监督站", "平江县农产品质量安全检测站"} <= names(r, "Agency")
    assert ("林强", "平江县建设工程质量安全监督站") in facts(r, "worksFor")


def test_a_presenter_far_from_the_presenting_verb_and_no_award_from_each_round(extract):
    # 市长陈如桂为荣获…获奖单位(项目)和特别贡献奖获奖单位颁奖: a long object before 颁奖; 每次评价质量奖
    # 不超过3个 counts each round's awards, names none
    r = extract("深圳市委书记王伟中出席大会并讲话,市长陈如桂为荣获2019年深圳市市长质量奖金奖获奖单位(项目)和特别贡献奖获奖单位颁奖。\n"
                "市长质量奖是马鞍山市人民政府设立的最高质量奖,每2年评审1次,每次评价质量奖不超过3个。\n")
    assert ("陈如桂", "深圳市人民政府") in facts(r, "worksFor")
    assert not any(n.startswith("每") for n in names(r, "Programme"))


def test_officials_of_a_national_press_conference(extract):
    # 司长黄国梁是在…: a name before 是在; 局长支树平、副局长兼…主任孙大伟: the bare 副局长 is the 总局's;
    # 习近平主席贺信并致辞: 贺信并 is no name (并 joins, it ends none)
    r = extract("邀请国家质检总局局长支树平、副局长兼国家认证认可监督管理委员会主任孙大伟回答提问。"
                "质检总局质量管理司司长黄国梁是在中国政府网解读时作出上述表示的。"
                "国务委员王勇在开幕式上宣读习近平主席贺信并致辞。\n")
    works = facts(r, "worksFor")
    assert {("孙大伟", "国家质量监督检验检疫总局"), ("孙大伟", "国家认证认可监督管理委员会"),
            ("黄国梁", "国家质量监督检验检疫总局质量管理司")} <= works
    assert "贺信并" not in names(r, "Person")


def test_an_activity_right_after_its_body_or_a_verb_that_asks_for_it(extract):
    # 市场监管局开展…活动 (the body's name ends right before the verb), 《…》要求开展…活动; 世界计量日主题活动
    # is the day; 落实《纲要》多举措 names no programme
    r = extract("市场监管局开展农产品质量安全执法年活动。\n《贯彻实施质量发展纲要2015年行动计划》要求开展质量提升示范活动。\n"
                "县市场监管局开展世界计量日主题活动。\n落实《质量强国建设纲要》多举措 推动高质量发展\n")
    assert {"农产品质量安全执法年活动", "质量提升示范活动", "世界计量日"} <= names(r, "Programme")
    assert not any("举措" in n for n in names(r, "Programme"))


def test_the_one_group_named_again_bare_is_that_group(extract):
    # 省质量强省工作领导小组办公室牵头…，会同领导小组相关成员单位: the bare 领导小组 is the office's group;
    # a bare one in a text naming no group names nothing
    r = extract("从黑龙江省市场监管局传来消息,该局发挥省质量强省工作领导小组办公室牵头统筹作用,"
                "会同领导小组相关成员单位组织实施重点质量工作实事项目。\n")
    assert {"黑龙江省质量强省工作领导小组办公室", "黑龙江省质量强省工作领导小组"} <= names(r, "Agency")
    r = extract("方案按程序报领导小组审定。\n")
    assert names(r, "Agency") == set()


def test_a_contest_named_before_its_regional_division(extract):
    # 第十二届全国品牌故事大赛西宁赛区: the national contest (its division is no name of its own)
    r = extract("第十二届全国品牌故事大赛西宁赛区暨第二届青海省品牌故事大赛获奖作品进行了展示。\n")
    assert "全国品牌故事大赛" in names(r, "Programme")


def test_a_campaign_slogan_names_its_activity_without_a_launch_verb(extract):
    # 我市质量兴市活动自2005年…启动: the slogan's activity, followed by when it began; the level word of the
    # speaker's region (市质量兴市活动) is no part of its name; a bare 活动 after other words names nothing
    r = extract("我市质量兴市活动自2005年在赤壁市启动试点。\n市质量兴市活动取得成效。\n各项宣传活动自2010年起每年举办。\n")
    assert names(r, "Programme") == {"质量兴市活动"}


def test_a_regions_brand_product_designation_is_a_programme(extract):
    # 进行了中国世界名牌产品的评价工作 (中国世界名牌产品评价), 获“武汉名品”认定 ("武汉名品"认定); products named
    # bare (中国名牌产品) or a firm's own brand are none
    r = extract("国家质量监督检验检疫总局授权中国名牌战略推进委员会进行了中国世界名牌产品的评价工作。\n"
                "继黄鹤楼、苏泊尔6个品牌获“武汉名品”认定后,又有4个产品入选。\n白酒不再出现“中国名牌产品”字样。\n")
    assert names(r, "Programme") == {"中国世界名牌产品评价", '"武汉名品"认定'}
    # the 推进 of 中国名牌战略推进委员会 is no verb: the bureau that authorises launches nothing
    assert ("国家质量监督检验检疫总局", "中国世界名牌产品评价") not in facts(r, "launched")


def test_what_is_done_to_a_task_group_is_no_part_of_its_name(extract):
    # 进一步强化质量工作领导小组各成员单位的协作联系: the district's 质量工作领导小组, not a 强化质量工作领导小组
    r = extract("调研普陀区市场监管局。要加强部门协作,进一步强化质量工作领导小组各成员单位的协作联系。\n")
    assert "普陀区质量工作领导小组" in names(r, "Agency")
    assert not any("强化" in n for n in names(r, "Agency"))
    # 以市委副书记、市长为组长的质量强市工作领导小组: who chairs it is a relative clause, no part of its name
    r = extract("漳州市高规格充实以市委副书记、市长为组长的质量强市工作领导小组。\n")
    assert "漳州市质量强市工作领导小组" in names(r, "Agency")
    assert not any("组长" in n for n in names(r, "Agency"))
    # 持续优化质量强市领导小组联席会议制度: the group's way of meeting is improved, 优化 no part of its name
    r = extract("攀枝花市召开质量工作会议。二是强化组织领导,持续优化质量强市领导小组联席会议制度。\n")
    assert names(r, "Agency") == {"攀枝花市质量强市领导小组"}


def test_where_a_firm_is_comes_before_its_name(extract):
    # 指导辖区内合肥热电集团有限公司…: 辖区内 (within the district) is no part of the firm's name
    r = extract("区市场监管局指导辖区内合肥热电集团有限公司、合肥瑞广能源发展有限公司等企业开展宣传活动。\n")
    assert names(r, "Enterprise") == {"合肥热电集团有限公司", "合肥瑞广能源发展有限公司"}


def test_a_trade_name_with_a_de_and_an_annex_label(extract):
    # 广东美的环境电器制造有限公司: the 的 of a trade name after a region (湖北省的宏达… is a phrase's 的);
    # 附件3农村综合改革标准化试点项目目标考核表: the annex's label is no part of the pilot's name
    r = extract("一是广东美的环境电器制造有限公司承担的广东省家用电器领域标准化试点。湖北省的宏达机械有限公司参加培训。\n"
                "附件3农村综合改革标准化试点项目目标考核表\n")
    assert {"广东美的环境电器制造有限公司", "宏达机械有限公司"} == names(r, "Enterprise")
    assert "农村综合改革标准化试点" in names(r, "Programme") and not any("附件" in n for n in names(r, "Programme"))


def test_a_quality_inspection_centre_named_short_is_a_body(extract):
    # 东莞市质检中心, 国家铜铅锌质检中心: bodies; 新建3家国家质检中心 (a kind) and 市场监管局联合质检中心 (a bare one
    # after a body) are not
    r = extract("总平台依托东莞市质检中心,由东莞市市场监管局联合质检中心整合多方资源建成。\n"
                "地级市中第一个建成国家级质检中心——国家铜铅锌质检中心。新建3家国家质检中心。\n")
    assert names(r, "Agency") == {"东莞市市场监督管理局", "东莞市质检中心", "国家铜铅锌质检中心"}


def test_brand_designation_pages(extract):
    # a caption's bullet (▲) and the speaker's region (我市) start no firm's name; the second of two things
    # 开展 governs (…引领行动和湖南名品评价工作) is a programme; a committee named for a region's quoted brand
    # keeps its quotes and its 秘书处 is a body too
    r = extract("湖南省市场监督管理局开展“湖南名品”引领行动和湖南名品评价工作。\n▲湖南湘窖酒业有限公司。\n"
                "我市鄂州梁子湖白龙有机农业科技开发有限公司等9家企业荣获称号。\n请向“湖北精品”认定委员会秘书处反映。\n")
    assert names(r, "Enterprise") == {"湖南湘窖酒业有限公司", "鄂州梁子湖白龙有机农业科技开发有限公司"}
    assert {'"湖南名品"引领行动', "湖南名品评价"} <= names(r, "Programme")
    assert {'"湖北精品"认定委员会秘书处'} <= names(r, "Agency")


def test_an_actions_pilot_and_a_firm_after_its_role_in_an_association(extract):
    # 全国小微企业质量管理体系认证提升行动区域试点: the pilot keeps its action whole; 协会常务副会长单位浙江鑫祥印业
    # 有限公司: the firm starts after its role
    r = extract("全国小微企业质量管理体系认证提升行动区域试点工作现场推进会在浙江召开。\n"
                "近日,龙港市印刷包装行业协会常务副会长单位浙江鑫祥印业有限公司、理事单位龙港市华联软包装有限公司喜获证书。\n")
    assert "全国小微企业质量管理体系认证提升行动区域试点" in names(r, "Programme")
    assert names(r, "Enterprise") == {"浙江鑫祥印业有限公司", "龙港市华联软包装有限公司"}


def test_a_regions_title_line_citing_a_plan_and_shares_and_rd_intensity(extract):
    # 金华市深入贯彻《质量强国建设纲要》加快建设质量强市的实施方案: the title line names its plan, citing one;
    # 研发投入强度达2.8%, 优良工程比例达到85%以上: measures
    r = extract("金华市深入贯彻《质量强国建设纲要》加快建设质量强市的实施方案\n为进一步推动质量变革,制定本实施方案。\n"
                "到2025年,研发投入强度达2.8%,新开工重点项目优良工程比例达到85%以上。\n")
    assert "金华市深入贯彻质量强国建设纲要加快建设质量强市的实施方案" in names(r, "Plan")
    assert {(m.indicator, m.value, m.year) for m in r.measures} == {("研发投入强度", 2.8, 2025), ("新开工重点项目优良工程比例", 85, 2025)}


def test_a_name_before_a_verb_of_reading_out_is_a_person(extract):
    # 局长甄更生传达了…, 副主任科员董洪波对…进行了解读: what officials do at a meeting
    r = extract("平乡县召开会议。县市场监督管理局党组书记、局长甄更生传达了文件。\n")
    assert ("甄更生", "平乡县市场监督管理局") in facts(r, "worksFor")


def test_a_campaign_to_earn_a_title_is_a_programme(extract):
    # 组织开展第二批国家农产品质量安全县(市、区)创建活动: the campaign, its title's levels and batch left out
    r = extract("农业农村部于2016年组织开展第二批国家农产品质量安全县(市、区)创建活动。\n农业农村部组织开展了国家农产品质量安全县创建活动。\n")
    assert names(r, "Programme") == {"国家农产品质量安全县创建活动"}
    assert facts(r, "launched") == {("农业农村部", "国家农产品质量安全县创建活动")}


def test_a_related_system_names_no_programme(extract):
    # 重点检查加油站是否建立计量相关管理制度: any related system, none by name
    r = extract("抚顺市市场监管局开展专项监督检查。重点检查加油站是否建立计量相关管理制度。\n")
    assert names(r, "Programme") == set()


def test_a_governments_leader_named_after_it_works_for_it(extract):
    # 县政府领导贺志显及…参加会议: the county government's; 县领导王建军 (the county's leadership) has no body named
    r = extract("平乡县召开会议。县政府领导贺志显及县直有关单位领导参加会议。县领导王建军出席会议。\n")
    assert facts(r, "worksFor") == {("贺志显", "平乡县人民政府")}
    assert {"贺志显", "王建军"} <= names(r, "Person")


def test_quality_circle_contests_and_quality_associations(extract):
    # 由国资委社会责任局指导、中国质量协会主办的第五届中央企业QC小组成果发表赛: the association runs the contest
    # (the bureau only guides it); 省质量管理协会 is the province's; 义乌市强市办 is a body; 该级别政府质量奖 no award
    r = extract("由国资委社会责任局指导、中国质量协会主办的第五届中央企业QC小组成果发表赛日前落下帷幕。\n"
                "省质量管理协会、省总工会联合召开2012年江苏省优秀质量管理小组表彰大会。\n"
                "获奖小组将由义乌市强市办推荐参赛,优胜企业在申报该级别政府质量奖时可获得加分。\n")
    assert facts(r, "launched") == {("中国质量协会", "中央企业QC小组成果发表赛")}
    assert {"江苏省质量管理协会", "义乌市强市办"} <= names(r, "Agency")
    assert not any(n.startswith("该") for n in names(r, "Programme"))


def test_a_province_s_recall_centre_is_an_agency(extract):
    r = extract("新疆市场监管局召开会议。自治区缺陷产品管理中心、自治区标准化院相关人员参加会议。\n")
    assert "新疆维吾尔自治区缺陷产品管理中心" in names(r, "Agency")


def test_a_title_line_may_start_with_a_numeral_s_character(extract):
    # 三门县…: 三 opens the county's name, not a heading's number (三、工作措施)
    assert "三门县质量强县建设“十四五”规划" in names(extract("三门县质量强县建设“十四五”规划\n全县推进质量工作。\n"), "Plan")
    assert not names(extract("三、质量提升行动计划\n全县推进质量工作。\n"), "Plan")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # departments of the years before 2018's reform, and their short forms
        ("南通市经济贸易委员会联合举办研修班。", "南通市经济贸易委员会"),
        ("南通市召开会议,市经贸委、市安监局、市环保局、市农委参加。", "南通市安全生产监督管理局"),
        ("南通市召开会议,市经贸委、市安监局、市环保局、市农委参加。", "南通市农业委员会"),
        ("江苏省卫生厅开展检查。", "江苏省卫生厅"),
        ("安宁市环境保护局、安宁市物价局开展检查。", "安宁市物价局"),
        ("延庆区科学技术委员会主办。", "延庆区科学技术委员会"),
    ],
)
def test_departments_before_the_2018_reform(extract, text, expected):
    assert expected in names(extract(text), "Agency")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # national bodies and federations that co-run quality campaigns
        ("中国质量协会与中华全国总工会共同启动推选活动。", "中华全国总工会"),
        ("由全国妇联、共青团中央、中国科协联合主办。", "中国共产主义青年团中央委员会"),
        ("中国特检院开展检验。", "中国特种设备检测研究院"),
        ("全国工商联参加会议。", "中华全国工商业联合会"),
        # a region's mass organisations and units
        ("由安徽省石台县质监局、经信委、住建委、工商联、总工会等五部门联合主办的全县“质量月”活动启动。", "石台县总工会"),
        ("南通市召开会议,市妇联、市供销社参加。", "南通市供销合作社联合社"),
        ("南通市召开会议,市委编办参加。", "中共南通市委员会机构编制委员会办公室"),
        ("南通市市场监管综合行政执法支队开展检查。", "南通市市场监管综合行政执法支队"),
    ],
)
def test_federations_and_mass_organisations(extract, text, expected):
    assert expected in names(extract(text), "Agency")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the 上 of 上海 starts a firm's name, not a locative
        ("授予上海电气集团股份有限公司质量奖。", "上海电气集团股份有限公司"),
        ("上海ABB工程有限公司获得质量奖。", "上海ABB工程有限公司"),
        # a recipient after the decision that names it (决定授予X), with a short trade name
        ("南通市人民政府决定授予海尔集团公司南通市市长质量奖。", "海尔集团公司"),
    ],
)
def test_firm_names_at_their_edges(extract, text, expected):
    assert names(extract(text), "Enterprise") == {expected}


def test_a_body_joined_before_a_group_is_no_part_of_its_name(extract):
    # 南通市市场监管局与南通市质量协会: two bodies; 总局认证认可技术研究中心 is one (no conjunction between)
    assert names(extract("南通市市场监管局与南通市质量协会联合开展“质量之光”活动。"), "Agency") == \
        {"南通市市场监督管理局", "南通市质量协会"}
    assert "国家市场监督管理总局认证认可技术研究中心" in names(
        extract("国家市场监督管理总局认证认可技术研究中心开展培训。"), "Agency")


@pytest.mark.parametrize(
    ("text", "regions", "agencies"),
    [
        # counties renamed by their level word after the regions table's data (海安县 → 海安市, 济阳县 → 济阳区)
        ("南通市召开会议。海安市市场监管局开展检查。", {"南通市", "海安市"}, {"海安市市场监督管理局"}),
        ("济阳区市场监管局召开会议。", {"济阳区"}, {"济阳区市场监督管理局"}),
        # …but not a word and a level word met by chance
        ("安庆市召开会议。宿松市场监管局开展检查。", {"安庆市"}, set()),
        ("武汉市质量奖评审中,黄鹤楼、汉阳市政获奖。", {"武汉市"}, set()),
        ("2023年度国内地级以上城市CSCI综合得分62.1。浙江省召开会议。", {"浙江省"}, set()),
        ("六安市召开会议,会同市农委开展检查。", {"六安市"}, {"六安市农业委员会"}),
    ],
)
def test_counties_renamed_since_the_table(extract, text, regions, agencies):
    r = extract(text)
    assert names(r, "Region") == regions
    assert names(r, "Agency") >= agencies and not any(a.startswith(("宿松市", "会同市")) for a in names(r, "Agency"))


def test_a_firm_after_a_national_body_is_no_department_of_it(extract):
    # 国务院授予海尔集团公司…: the 司 of 公司 read as a department made 国务院授予海尔集团公司 one body and
    # stopped the whole document's extraction
    r = extract("国务院授予海尔集团公司第五届中国质量奖。")
    assert names(r, "Agency") == {"国务院"} and names(r, "Enterprise") == {"海尔集团公司"}
    assert ("国务院", "中国质量奖") in facts(r, "launched")


def test_a_region_s_youth_league_committee(extract):
    r = extract("南通市召开会议,团市委书记张建华出席。")
    assert "共青团南通市委员会" in names(r, "Agency") and ("张建华", "共青团南通市委员会") in facts(r, "worksFor")


def test_a_name_before_its_bracketed_post(extract):
    r = extract("出席会议的有:张建华（南通市市场监管局局长）、李明（南通市发改委副主任）。")
    assert facts(r, "worksFor") == {("张建华", "南通市市场监督管理局"), ("李明", "南通市发展和改革委员会")}


def test_an_award_named_for_a_county_s_campaign(extract):
    assert "质量兴县奖" in names(extract("荣昌县质监局召开会议,表彰奖励了13家2010年度质量兴县奖获奖单位。"), "Programme")


def test_a_span_before_an_indicator_is_when_not_what(extract):
    # 近五年来万台特种设备死亡率下降73%: the span the figure covers is no part of the measure's name
    r = extract("近五年来万台特种设备死亡率下降73%。近年来产品质量合格率稳定在90%以上。")
    assert names(r, "Indicator") == {"万台特种设备死亡率", "产品质量合格率"}


def test_consistency_with_international_standards_is_a_measure(extract):
    r = extract("到2025年,主要消费品与国际标准一致性程度达到96%以上。")
    assert names(r, "Indicator") == {"主要消费品与国际标准一致性程度"}
    assert [(m.value, m.comparator, m.year) for m in r.measures] == [(96.0, ">=", 2025)]


@pytest.mark.parametrize(
    ("text", "strategies"),
    [
        ("市场监管系统要深入实施质量强国和知识产权强国战略。", {"质量强国战略", "知识产权强国战略"}),
        ("我省深入实施质量强省、标准强省和品牌强省战略。", {"质量强省战略", "标准强省战略", "品牌强省战略"}),
        # goals named 兴市 and 立市 too (质量兴市, 质量立市): the shared head is each one's
        ("全市各部门要深入实施质量立市和品牌带动战略。", {"质量立市战略", "品牌带动战略"}),
        # quoted goals: the head after the last quote is every quoted goal's
        ("我县大力实施“质量立县、名牌兴业”和“品牌强县”战略。", {'"质量立县、名牌兴业"战略', '"品牌强县"战略'}),
    ],
)
def test_goals_sharing_one_strategy_head_are_each_a_strategy(extract, text, strategies):
    assert names(r := extract(text), "Programme") == strategies, r.mentions


def test_the_verb_before_a_mechanism_is_no_part_of_its_name(extract):
    r = extract("强化特种设备安全风险双重预防机制,持续推进特种设备安全专项整治行动。")
    assert not any(n.startswith("强化") for n in names(r, "Programme"))


def test_the_author_of_a_signed_article_is_a_person(extract):
    r = extract("《学习时报》刊发罗文署名文章：我国市场监管事业取得历史性成就\n人民日报发表王文仲同志署名文章。\n")
    assert names(r, "Person") == {"罗文", "王文仲"}


def test_a_forwarding_verb_ends_an_agency_name(extract):
    # 襄阳市人民政府办公室转发市市场监管局《…》: two bodies, the one forwarded issues the plan
    r = extract("近日,襄阳市人民政府办公室转发市市场监管局《关于开展质量提升行动的实施意见》。")
    assert names(r, "Agency") == {"襄阳市人民政府办公室", "襄阳市市场监督管理局"}
    assert facts(r, "issued") == {("襄阳市市场监督管理局", "关于开展质量提升行动的实施意见")}


def test_a_ranked_award_and_a_contest_named_for_innovation(extract):
    r = extract("上海市人民政府于1996年设立上海市质量金奖,每两年评审一次。")
    assert facts(r, "launched") == {("上海市人民政府", "上海市质量金奖")}
    r = extract("由中国质量协会主办的第十届全国质量创新大赛在北京落下帷幕。")
    assert facts(r, "launched") == {("中国质量协会", "全国质量创新大赛")}
    assert "创新活动" not in "".join(names(extract("市场监管局开展质量管理创新活动。"), "Programme"))


@pytest.mark.parametrize("verb", ["委托", "责成", "批复", "督促", "约谈", "调研", "慰问"])
def test_a_verb_between_two_bodies_separates_them(extract, verb):
    # 湖州市人民政府办公室委托市市场监管局…: two bodies, the second named by its level word; no 局 of the first
    r = extract(f"湖州市人民政府办公室{verb}市市场监管局开展质量提升行动。")
    assert names(r, "Agency") == {"湖州市人民政府办公室", "湖州市市场监督管理局"}


@pytest.mark.parametrize(
    ("text", "not_a_body"),
    [
        ("湖州市市场监管局南浔分局开展质量提升行动。", "湖州市市场监督管理局"),  # a sub-unit keeps its body's name
        ("苏浙皖赣沪四省一市质监局在杭州共同举行长三角质量月活动。", "杭州市质量技术监督局"),  # a count, none by name
        ("10月19日,常德市质量强市委员会成员单位工作会议召开。", "中共常德市委员会"),  # 强市 is a goal, not 市委员会
    ],
)
def test_a_level_word_inside_a_name_or_count_opens_no_body(extract, text, not_a_body):
    assert not_a_body not in names(extract(text), "Agency")


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("海尔集团获得中国质量奖。", {"海尔集团"}),
        ("宁波市市场监管局联合雅戈尔集团开展活动。", {"雅戈尔集团"}),
        ("山东诚祥建安集团董事长高德获得市长质量奖。", {"山东诚祥建安集团"}),
        # a kind of group, no name
        ("推动组建大型企业集团。", set()),
        ("该集团董事长出席。", set()),
        ("一批龙头集团入选。", set()),
        # named without its suffix and with it: one firm
        ("中国航天科技集团等45家组织荣获。决定对中国航天科技集团公司授予中国质量奖。", {"中国航天科技集团公司"}),
    ],
)
def test_a_group_named_without_its_company_suffix(extract, text, firms):
    assert names(extract(text), "Enterprise") == firms


def test_divisions_newer_than_the_table(extract):
    # 雄安新区 (2017) and 龙港市 (2019) are in no division table the project reads
    r = extract("河北雄安新区开展质量提升行动。龙港市市场监管局召开会议。")
    assert {"雄安新区", "龙港市"} <= names(r, "Region")
    assert "龙港市市场监督管理局" in names(r, "Agency")


def test_a_conjunction_is_no_part_of_a_measure(extract):
    r = extract("2023年全省产品质量抽检合格率为95%,但机械装备产品质量抽检合格率仅为88%。而食品抽检合格率为97%。")
    assert names(r, "Indicator") == {"产品质量抽检合格率", "机械装备产品质量抽检合格率", "食品抽检合格率"}


def test_a_bare_si_is_the_ministrys_named_just_before_it(extract):
    # two ministries named as often (dev d26): the 司 is the one named before it in its sentence
    r = extract("市场监管总局、工业和信息化部召开发布会。\n市场监管总局新闻发言人、新闻宣传司司长于军:大家上午好。\n"
                "工业和信息化部有关负责人出席。")
    assert facts(r, "worksFor") >= {("于军", "国家市场监督管理总局新闻宣传司")}


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("苏州市纪委书记王某出席。", "中共苏州市纪律检查委员会"),  # a party body: 中共… as the committee itself
        ("苏州市文广旅局开展质量提升行动。", "苏州市文广旅局"),  # a merged bureau whose full form varies: as written
        ("苏州市计量测试院开展质量提升行动。", "苏州市计量测试院"),
    ],
)
def test_more_local_bodies(extract, text, agency):
    assert agency in names(extract(text), "Agency")


@pytest.mark.parametrize(
    ("text", "programmes"),
    [
        ("市政府建立质量工作长效机制,完善质量工作统筹协调机制。", set()),  # how bodies work together: no programme
        ("市政府建立质量工作联席会议制度。", set()),
        ("省政府建立工程招投标和质量监管联动制度。", set()),
        ("县市场监管局建立“多方联动、合作共赢”标准化工作机制。", {'"多方联动、合作共赢"标准化工作机制'}),  # named
    ],
)
def test_ways_of_working_are_no_programmes_unless_named(extract, text, programmes):
    assert names(extract(text), "Programme") == programmes


@pytest.mark.parametrize(
    ("text", "agencies"),
    [
        # units listed after a ministry's named one are its too; national bodies by their short names
        ("市场监管总局标准创新司、标准技术司、中国检科院,长三角区域合作办公室参加会议。",
         {"国家市场监督管理总局标准创新司", "国家市场监督管理总局标准技术司", "中国检验检疫科学研究院", "长三角区域合作办公室"}),
        # regions listed before one department: each region's body
        ("上海市、江苏省、浙江省、安徽省市场监管局相关负责同志参加会议。",
         {"上海市市场监督管理局", "江苏省市场监督管理局", "浙江省市场监督管理局", "安徽省市场监督管理局"}),
        ("江苏省南京市市场监管局开展活动。", {"南京市市场监督管理局"}),  # a region inside another is no list
        # a party committee's units; a province's institute by its short name, as written
        ("该计划已入选中共福建省委台港澳工作办公室2021年省重点课题。", {"中共福建省委员会台港澳工作办公室"}),
        ("福建省市场监管局组织标准化处、省标准化院成立调研组。", {"福建省市场监督管理局", "福建省标准化院"}),
        ("在今年3月份,市场监督管理总局组织开展了认证认可统计调查。", {"国家市场监督管理总局"}),
    ],
)
def test_bodies_from_standardisation_news(extract, text, agencies):
    assert names(extract(text), "Agency") == agencies


def test_a_count_of_kinds_of_products_is_no_measure(extract):
    r = extract("国家监督抽查中49种产品不合格率下降。陕西28大类525种食品抽查合格率为96%以上。"
                "粮食加工品、调味品等22类食品合格率为98.26%。")
    assert names(r, "Indicator") == {"粮食加工品、调味品等22类食品合格率"}


def test_a_survey_a_body_runs_is_a_programme(extract):
    r = extract("在今年3月份,市场监督管理总局组织开展了2020年度认证认可统计调查。")
    assert facts(r, "launched") == {("国家市场监督管理总局", "认证认可统计调查")}


def test_the_genres_associations_are_agencies_and_a_body_acting_on_one_is_no_part_of_its_name(extract):
    # GUIDE's 中国质量万里行促进会 is an agency, so is a province's association; 省质监局委托省质量检验协会:
    # the bureau that commissions the association is no part of its name
    r = extract("惠州市新增企业首席质量官。记者日前从市质监局获悉,从2015年省质监局委托省质量检验协会统一组织培训考核以来,"
                "惠州市共有40名企业人员通过考核。广东省质量发展促进会(下称省质促会)将加强合作。\n")
    assert {"广东省质量检验协会", "广东省质量发展促进会"} <= names(r, "Agency")
    assert not any("委托" in n for n in names(r, "Agency"))


def test_a_bureau_of_a_general_administration_in_a_chain_of_posts(extract):
    r = extract("国务院举行新闻发布会。国家市场监督管理总局总工程师、质量发展局局长黄国梁出席会议。\n")
    assert facts(r, "worksFor") == {("黄国梁", "国家市场监督管理总局质量发展局"), ("黄国梁", "国家市场监督管理总局")}


def test_a_region_and_one_below_it_share_a_department(extract):
    r = extract("双方举行签约仪式。在广州市及黄埔区市场监督管理局代表见证下,双方签约。\n")
    assert {"广州市市场监督管理局", "黄埔区市场监督管理局"} <= names(r, "Agency")


@pytest.mark.parametrize("title", ["广州市黄埔区产业链首席质量官制度工作指引(试行)", "郎溪县首席质量官纳入优秀人才管理若干政策"])
def test_guidance_and_policy_packages_are_plans(extract, title):
    assert names(extract(f"论坛召开。会上发布了《{title}》。\n"), "Plan") == {title}


@pytest.mark.parametrize("dash", ["─", "−", "‑", "﹣"])
def test_a_year_range_with_any_dash_is_one_plan(extract, dash):
    r = extract(f"十部门联合印发《新产业标准化领航工程实施方案(2023{dash}2035年)》。\n")
    assert names(r, "Plan") == {"新产业标准化领航工程实施方案(2023—2035年)"}


def test_a_body_joined_before_an_institute_is_no_part_of_its_name(extract):
    r = extract("近日,江苏省南京市溧水区市场监管局联合南京市计量监督检测院溧水分部,对全区24家农贸市场开展电子秤强制检定工作。\n")
    assert "南京市计量监督检测院" in names(r, "Agency")
    assert not any("联合" in n for n in names(r, "Agency"))


def test_a_towns_market_supervision_station_and_its_head(extract):
    r = extract("赛马镇市场监管所开展电子台秤检定工作\n近日,赛马镇市场监督管理所对商户在用电子台秤进行了检定。"
                "检定现场,市场监督管理所所长王军向市场经营户详细讲解了电子秤的正确使用。\n")
    assert names(r, "Agency") == {"赛马镇市场监督管理所"}
    assert facts(r, "worksFor") == {("王军", "赛马镇市场监督管理所")}


def test_a_level_word_and_an_institution_is_the_regions(extract):
    # 与市计量所: in a county's text the 市 is the city above it, as 市质监局 would be
    r = extract("休宁县市监局近日开展了眼镜店计量专项检查。此次检查县市监局前期与市计量所进行多次沟通。\n")
    assert names(r, "Agency") == {"休宁县市场监督管理局", "黄山市计量所"}


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # (retired held-out set 4) a merged bureau named short, as written with its region
        ("平江县召开大会。县政府办、平江高新区、科工信局、市场监管局等相关单位负责人出席。\n", "Agency",
         {"平江县人民政府办公室", "平江县科工信局", "平江县市场监督管理局"}),
        ("新密市召开会议。会议在市工商质监局五楼会议室召开。\n", "Agency", {"新密市工商质监局"}),  # merged 工商 and 质监
        # a round of an award (本次, 本届) names no award
        ("西平县召开县长质量奖评审会。被评审企业要确保本次质量奖现场评审工作顺利完成。\n", "Programme", {"县长质量奖"}),
        # a professor named after his university is a person, working for no body the graph holds
        ("西平县召开评审会。专家组组长、华北水利水电大学教授雷斌出席会议。\n", "Person", {"雷斌"}),
    ],
)
def test_merged_bureaus_rounds_of_awards_and_professors(extract, text, kind, expected):
    assert names(extract(text), kind) == expected


def test_listed_attributes_are_no_items_of_a_rate(extract):
    # 产品技术含量、产品质量信誉、市场占有率: three measures, not one rate three items share; 参考 is the verb
    r = extract("该县参考企业生产经营状况、产品技术含量、产品质量信誉、市场占有率等综合指标,制订了名牌培育规划。\n")
    assert names(r, "Indicator") == {"市场占有率"}


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("漳州市委、市政府狠抓名牌培育工作:一是成立全市品牌工作领导小组,完善联席会议制度。\n", "Agency",
         {"中共漳州市委员会", "漳州市人民政府", "漳州市品牌工作领导小组"}),
        ("2009年,马鞍山市政府对全省首个市长质量奖获奖企业进行了表彰。\n", "Programme", {"市长质量奖"}),
    ],
)
def test_scope_and_first_words_are_no_part_of_names(extract, text, kind, expected):
    assert names(extract(text), kind) == expected


def test_a_notice_publishing_a_list_is_a_result_not_a_plan(extract):
    # GUIDE: result notices are not plans
    r = extract("山东省质量技术监督局公告:《关于公布2011年山东名牌产品名单的通知》公布:博兴县的6家企业荣获称号。\n")
    assert names(r, "Plan") == set()


def test_a_verb_before_a_firm_and_the_first_month_held(extract):
    r = extract("在首个全国“质量月”活动中,中国质量检验协会按照主办单位的部署,携手中国航天科技集团有限公司等1600余家企业发出倡议。\n")
    assert names(r, "Enterprise") == {"中国航天科技集团有限公司"}
    assert names(r, "Programme") == {"质量月"}


@pytest.mark.parametrize(("written", "name"), [("中央文明办", "中央精神文明建设指导委员会办公室"), ("国家民委", "国家民族事务委员会"),
                                               ("中国气象局", "中国气象局"), ("国家疾控局", "国家疾病预防控制局"),
                                               ("最高检", "最高人民检察院"), ("供销总社", "中华全国供销合作总社")])
def test_national_bodies_of_the_months_organiser_lists(extract, written, name):
    assert names(extract(f"近日,{written}等部门联合开展质量提升行动。\n"), "Agency") == {name}


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a verb before an award and a standard's number before a title
        ("近日,当涂县质监局为保障县长质量奖的有效实施,组织企业开展了GB/Z19579-2004《卓越绩效评价准则实施指南》宣贯培训。\n",
         "Programme", {"县长质量奖"}),
        # (a flattened page of rules: the verbs of the rules, an article's number, 本区 and 当年 before the award)
        ("第二条本区区长质量奖的申报,第八条评委会向区人民政府提请批准区长质量奖获奖组织名单,负责受理区长质量奖的申请,"
         "监督区长质量奖评定活动,公布当年区长质量奖评定的相关事项。天宁将首设区长质量奖。\n", "Programme", {"区长质量奖"}),
        ("为服务辖区企业有关天府质量奖申报需求,会议标志着县政府质量奖评审工作启动。\n", "Programme", {"天府质量奖", "县政府质量奖"}),
        # (a firm after the award it won: 正奖得主)
        ("第二届天府质量奖正奖得主极米科技股份有限公司分享了申报经验。\n", "Enterprise", {"极米科技股份有限公司"}),
        ("近日,当涂县质监局组织企业开展了GB/Z19579-2004《卓越绩效评价准则实施指南》宣贯培训。\n", "Plan", set()),
        # a body's action in quotes: the body is no part of its name
        ("浦东新区质监局副局长孙文强调,开展卓越绩效评价活动是上海市局“两千一百工程”要求的。\n", "Programme",
         {"卓越绩效评价活动", "两千一百工程"}),
        # every county's bureau of a city, none named
        ("许昌市举办培训班,对许昌市各县区质监局领导进行了培训,许昌市质量技术监督局局长出席。\n", "Agency", {"许昌市质量技术监督局"}),
        # some members of a group: 部分 is no part of its name
        ("临泉县质监局举办培训会,部分质量强县领导小组成员参加了培训。\n", "Agency",
         {"临泉县质量技术监督局", "临泉县质量强县领导小组"}),
    ],
)
def test_verbs_numbers_bodies_and_quantifiers_around_names(extract, text, kind, expected):
    assert names(extract(text), kind) == expected


def test_a_districts_stem_before_a_body_names_the_districts_body_where_the_text_names_it(extract):
    # 福田市场监督管理局 in a page naming 福田区: the district's bureau, and its head works for it
    r = extract("12月1日,福田市场监督管理局组织第六届福田区区长质量奖评审工作,全市专家参加。福田市场监督管理局局长莫志明到场。\n")
    assert "福田区市场监督管理局" in names(r, "Agency")
    assert facts(r, "worksFor") == {("莫志明", "福田区市场监督管理局")}
    # (without the district named in full, the stem stays a word)
    assert not names(extract("全市专家参加。福田市场监督管理局局长到场。\n"), "Agency") & {"福田区市场监督管理局"}


def test_an_autonomous_countys_stem_before_a_body_names_the_countys_body(extract):
    # a county's own news writes its name short (麻阳 for 麻阳苗族自治县, whose short form is 麻阳县)
    # before its bureau's; the stem alone would be a common word
    r = extract("9月24日,县市场监督管理局在县城组织开展“质量月”宣传活动。\n下一步,麻阳市场监督管理局将继续加大质量宣传力度。")
    assert names(r, "Agency") == {"麻阳苗族自治县市场监督管理局"}
    assert names(r, "Region") == {"麻阳苗族自治县"}
    assert facts(r, "launched") == {("麻阳苗族自治县市场监督管理局", "质量月")}


def test_a_verb_done_well_is_no_part_of_the_name_after_it(extract):
    # 开展好 / 落实好: 好 completes the verb; a kind of activity (质量管理活动) is no programme's name
    r = extract("沈阳市市场监管局将扎实开展好质量管理活动,落实好首席质量官制度。")
    assert names(r, "Programme") == {"首席质量官制度"}


def test_a_countys_old_name_of_two_characters_before_its_government(extract):
    # 梅县 became 梅县区 in 2013: a 2013 notice names the county and its government the old way
    r = extract("本报讯近日,国家质检总局发出通知,同意梅县人民政府筹建“全国客家文化生态旅游知名品牌创建示范区”。")
    assert "梅县人民政府" in names(r, "Agency") and "梅县" in names(r, "Region")
    # (a two-character county name run into by a word stays no region: 质量兴县)
    assert names(extract("推动质量兴县工作深入开展。"), "Region") <= {"中国"}


def test_a_unit_named_with_its_ministry_short_is_the_ministrys_unit_once(extract):
    r = extract("质检总局召开会议,总局质量司副司长高阳出席会议。")
    assert names(r, "Agency") == {"国家质量监督检验检疫总局", "国家质量监督检验检疫总局质量司"}


def test_a_platform_opened_is_named_with_its_region_and_head(extract):
    # a city's 总平台 (the hub of its stations), named as it opens (正式揭牌成立)
    r = extract("东莞市质量基础设施“一站式”服务总平台正式揭牌成立\n7月10日,东莞市市场监管局在松山湖举行揭牌仪式。")
    assert '东莞市质量基础设施"一站式"服务总平台' in names(r, "Programme")


def test_a_quoted_event_named_as_the_subject_of_its_holding(extract):
    # no launch verb before it: the event is what is held (…主题活动16日在海口举办), and what it is one of
    # (“质量月”系列之) is no part of its name
    r = extract("海南省2023年“质量月”系列之“奋进自贸港 品质新海南”主题活动16日在海口举办。")
    assert '"奋进自贸港 品质新海南"主题活动' in names(r, "Programme")
    assert not any(n.startswith("系列") for n in names(r, "Programme"))


@pytest.mark.parametrize("text, award", [
    # an award named after its region's short form is its name as written (not 甘肃省质量奖)
    ("经评审,授予甘肃稀土新材料股份有限公司第九届甘肃质量奖。", "甘肃质量奖"),
    # the region before the round names the award; the round is no part of it
    ("决定授予阳新娲石水泥有限公司“黄石市第八届市长质量奖”,并奖励人民币40万元。", "黄石市市长质量奖"),
    # the count of winners after the last winner is no part of the award either
    ("市政府研究决定授予陕西东铭车辆系统股份有限公司等5家单位首届铜川质量奖,各奖励50万元。", "铜川质量奖"),
])
def test_an_awards_name_without_its_winners_or_its_round(extract, text, award):
    assert names(extract(text), "Programme") == {award}


def test_a_trade_name_holding_he_after_a_place(extract):
    # 广东万和: the scan stops at 和, but 广东万 is no firm of a list; a body or a second place before
    # 和 still lists two
    r = extract("2013年进行了首届评选,广东万和新电气股份有限公司、海天味业股份有限公司等5家企业获奖。"
                "深圳市政府和华为技术有限公司签约。在上海和杭州娃哈哈集团有限公司调研。")
    assert names(r, "Enterprise") == {"广东万和新电气股份有限公司", "海天味业股份有限公司", "华为技术有限公司",
                                      "杭州娃哈哈集团有限公司"}


def test_a_modern_kind_of_system_is_no_programme(extract):
    r = extract("首席质量官是现代企业质量管理制度的重要组成部分。义乌全面推行首席质量官制度。")
    assert names(r, "Programme") == {"首席质量官制度"}


def test_a_campaigns_committee_and_a_group_of_our_city(extract):
    # 我市 before a group named by its task is the city the page is about, no part of the name; a
    # campaign's committee (质量强市委员会, 质强委) is named by the campaign alone
    r = extract("10月19日,我市质量强市委员会成员单位工作会议召开。我市质量强市工作领导小组召开会议。推动常德高质量发展。")
    assert names(r, "Agency") == {"常德市质量强市委员会", "常德市质量强市工作领导小组"}
    r = extract("铜川市人民政府。今年6月至8月份,市质强委在全市范围内组织开展了铜川市首届质量奖评选活动。")
    assert "铜川市质强委" in names(r, "Agency")


def test_a_title_line_and_the_stage_marked_under_it_are_one_plan(extract):
    # a county's draft sent out for comment: its title line, then (征求意见稿) on a line of its own (a
    # page whose lines are not hard-wrapped: the body is one long line)
    body = ("为全面提升供给体系质量,加快推动泰顺高质量发展,根据《中共中央 国务院关于开展质量提升行动的指导意见》(中发〔2017〕24号)、《中共浙江省委 浙江省人民政府关于开展质量提升行动的实施意见》(浙委发〔2018〕27号)和《中共温州市委 温州市人民政府关于开展质量提升行动的实施意见》(温委发〔2018〕55号)文件精神,结合泰顺实际,现就开展质量提升行动,提出如下实施方案。")
    r = extract("各有关单位:\n现将《关于开展质量提升行动的实施意见(征求意见稿)》印发给你们,请认真组织研究,提出修改意见、建议。\n"
                "附件:关于开展质量提升行动的实施意见(征求意见稿)\n泰顺县质量强县工作领导小组办公室\n2018年11月21日\n附件\n"
                "关于开展质量提升行动的实施意见\n(征求意见稿)\n各有关单位:\n" + body)
    assert "关于开展质量提升行动的实施意见" not in names(r, "Plan")
    assert "关于开展质量提升行动的实施意见(征求意见稿)" in names(r, "Plan")


@pytest.mark.parametrize("text, indicator", [
    # a figure's label and the years it shows are no part of the measure
    ("全年抽查不合格率为12.3%。\n图1 近五年国家监督抽查不合格率\n二、抽查产品区域分布情况", "国家监督抽查不合格率"),
    # a flattened page: a ranking's end, then the next sentence's subject
    ("消息来源:四川新闻网 四川新闻网成都8月16日讯记者 李丹16日,四川新闻网记者从成都市市场监督管理局获悉,2021年7"
     "月,国家市场监督管理总局印发2020年全国公共服务质量监测情况通报2021年第39期,在全国31个省区、市共110个监测"
     "城市中,成都市以83.72高分位居2020年度全国公共服务质量满意度第一位 公共服务质量满意度,是衡量一个地区公共服务水"
     "平高低的一项综合性指标,是对各地持续深化放管服改革,不断提升公共服务质量水平,建设人民满意的服务型政府等各方面的成效检验"
     " 2017年9月,中共中央 国务院关于开展质量提升行动的指导意见明确开展公共服务质量监测和结果通报,引导提升公共服务质量"
     "水平 本网平台所刊载内容之知识产权为四川新闻网传媒集团股份有限公司及/或相关权利人专属所有或持有 。", "公共服务质量满意度"),
])
def test_an_indicator_after_a_caption_or_a_ranking(extract, text, indicator):
    assert names(extract(text), "Indicator") == {indicator} | ({"抽查不合格率"} if "12.3" in text else set())


def test_an_awards_round_of_selection_is_the_award(extract):
    # 开展县长质量奖评审活动: the award itself (dev d32's gold aliases 政府质量奖评选表彰工作); the award named
    # bare stays as written (dev d10's 市长质量奖), and a round naming no award of its own takes the one named
    r = extract("日前,上蔡縣正式啟動2016年縣長質量獎申報工作。經過專家組嚴格評審,縣政府將對通過評審的企業授予“縣長質量獎”獎牌。"
                "開展縣長質量獎評審活動,將大力推進企業技術創新。據了解,全縣共有18家企業獲得了“縣長質量獎”。")
    assert names(r, "Programme") == {"县长质量奖"}
    r = extract("铜川市人民政府。今年6月至8月份,市质强委在全市范围内组织开展了铜川市首届质量奖评选活动。市政府研究决定授予"
                "陕西东铭车辆系统股份有限公司等5家单位首届铜川质量奖,各奖励50万元。")
    assert names(r, "Programme") == {"铜川质量奖"}
    # (a campaign to win it, 深入开展争创省长质量奖活动, is the award too)
    r = extract("1月11日上午,第三届山东省省长质量奖颁奖大会在济南举行。他说,全省上下深入开展争创省长质量奖活动。")
    assert names(r, "Programme") == {"山东省省长质量奖"}
    # (a round named in quotes, 推动落实“县政府质量奖评选”工作, is the award too)
    r = extract("2月7日,四川省乐至县召开联席会。县委县政府将推动落实“县政府质量奖评选”工作。")
    assert names(r, "Programme") == {"县政府质量奖"}


def test_a_station_keeps_the_place_it_serves_and_every_districts_group_is_none(extract):
    r = extract("3月7日,宜都市市场监管局陪同调研,就宜都化工园质量基础设施“一站式”服务站工作情况进行了实地调研。")
    assert '宜都化工园质量基础设施"一站式"服务站' in names(r, "Programme")
    # 对区质量强区工作领导小组的考核 in a city's report: each district's group, no body named
    r = extract("广州市质量强市工作成效显著。第四季度:完成对区质量强区工作领导小组的质量工作考核。广州市人民政府。")
    assert not any("区质量强区" in n for n in names(r, "Agency"))


def test_a_sites_greeting_and_a_determined_citys_bureau_are_no_names(extract):
    r = extract("欢迎光临北京新标恒通认证有限公司\n行业动态\n市场监管总局举行专题新闻发布会。")
    assert names(r, "Enterprise") == {"北京新标恒通认证有限公司"}
    r = extract("9月6日上午,德阳市质监局召开新闻发布会。陈钧通报了2017年上半年该市质监局履职尽责、服务民生工作情况。")
    assert names(r, "Agency") == {"德阳市质量技术监督局"}


def test_firms_listed_short_before_their_count_and_named_short_before_a_post(extract):
    r = extract("近日,2022年度温州市市长质量奖获奖名单公布,万控智造、瑞星机电、熊猫乳品等5家企业上榜。")
    assert {"万控智造", "瑞星机电", "熊猫乳品"} <= names(r, "Enterprise") and "熊猫乳品等" not in names(r, "Enterprise")
    r = extract("山东神力锁具公司董事长杜亚中等5人获得提名。济宁市起跑线母婴教育公司董事长陈梅获奖。该公司总经理王某表示。")
    assert names(r, "Enterprise") == {"山东神力锁具公司", "济宁市起跑线母婴教育公司"}


def test_the_bureau_of_the_city_just_named_and_of_our_own(extract):
    # 该市质监局: the city just named; 本市: the document's own (应该市场… is a modal verb's 该)
    r = extract("10月22日,山东省济宁市第四届市长质量奖揭晓。表彰座谈会上,该市质监局局长张西周介绍说。")
    assert "济宁市质量技术监督局" in names(r, "Agency")
    assert names(extract("济宁市召开会议。我们应该市场化运作。"), "Agency") == set()


@pytest.mark.parametrize("text, person", [
    ("内蒙古自治区市场监督管理局副局长斯琴毕力格出席。", "斯琴毕力格"),  # Mongolian, five characters
    ("巴彦淖尔市召开会议。内蒙古自治区。副市长乌兰托娅主持。", "乌兰托娅"),
    ("西藏自治区市场监管局局长次仁多吉表示。", "次仁多吉"),  # Tibetan, four
])
def test_a_name_without_a_surname_where_such_names_are_common(extract, text, person):
    assert names(extract(text), "Person") == {person}
    # (elsewhere, and where a surname starts the name, no such reading: 局长李明同志出席 is 李明)
    assert names(extract("青海省市场监管局局长李明同志出席。"), "Person") == {"李明"}
    assert names(extract("北京市市场监管局局长次仁多吉表示。"), "Person") == set()


def test_the_national_month_quoted_whole_is_the_month(extract):
    # “全国质量月” in quotes is 质量月 (the seeds' gold aliases 全国“质量月”), its lexicon name
    r = extract("9月21日上午,由县市场监管局主办的2020年“全国质量月”暨“放心消费”宣传活动在育才社区举行。")
    assert "全国质量月" not in names(r, "Programme") and "质量月" in names(r, "Programme")


def test_an_award_after_the_rounds_a_region_has_held(extract):
    # 福州市已评出四届市政府质量奖: the region counts its rounds; the award is the city's, named once
    r = extract("日前,市政府发文公布了第四届福州市政府质量奖获奖名单。截止目前,福州市已评出四届市政府质量奖,共19家企业获奖。")
    assert names(r, "Programme") == {"福州市政府质量奖"}


def test_a_group_after_a_time_phrase_and_a_sectors_groups(extract):
    r = extract("天津市质监局召开会议。来自市经信委、中小企业局、工业集团公司的代表参加了会议。会上详细介绍了2010年以来名牌战略"
                "领导小组办公室所做的工作。")
    assert "天津市名牌战略领导小组办公室" in names(r, "Agency") and not names(r, "Enterprise")


def test_a_way_of_supervising_is_no_programme(extract):
    r = extract("国务院《质量振兴纲要(1996-2010年)》颁布以来,我省认真组织实施,完善质量工作体系,建立科学监管机制,强化质量工作基础。")
    assert names(r, "Programme") == set()


def test_a_mechanism_is_a_programme_only_named_in_quotes(extract):
    # every mechanism the gold holds is named in quotes (“一带一路”质量认证合作机制); every one it ignores is not
    r = extract("(二)完善科技成果标准转化机制\n出台推动标准化与科技创新互动发展的指导意见。建立“双随机、一公开”抽查机制。")
    assert names(r, "Programme") == {'"双随机、一公开"抽查机制'}


def test_an_action_named_with_jianshe_before_its_head(extract):
    # 建设 right before 行动 or 工程 is the action's (it ends the word scan elsewhere: 加快建设…)
    r = extract("实施信息化标准建设行动,瞄准下一代互联网技术演进路线。大力实施品牌建设行动。加快建设行动。")
    assert names(r, "Programme") == {"信息化标准建设行动", "品牌建设行动"}


def test_the_last_of_a_list_of_laureates_before_their_count(extract):
    # …三一集团有限公司董事、总裁唐修国10位在质量领域…荣膺: the count of the people listed ends the last name; a
    # group named bare before 董事局主席, whose own name ends in 控股, is a firm
    r = extract("康奈集团有限公司总经理郑莱毅,万丰奥特控股集团董事局主席陈爱莲,三一集团有限公司董事、总裁唐修国10位在质量领域"
                "做出突出贡献的专家、企业家荣膺2013年中国杰出质量人。")
    assert {"郑莱毅", "陈爱莲", "唐修国"} <= names(r, "Person")
    assert "万丰奥特控股集团" in names(r, "Enterprise")
    # (a kind of group stays none: 组建大型企业集团, 一批投资控股集团)
    assert names(extract("组建大型企业集团。一批投资控股集团发展壮大。"), "Enterprise") == set()


def test_an_institute_whose_name_starts_with_shanghai(extract):
    # the word scan stops at the 上 of 上海 (a locative elsewhere); the institute's name starts at its region
    r = extract("今天,上海市计量测试技术研究院院长唐晓芬出席。")
    assert names(r, "Agency") == {"上海市计量测试技术研究院"}
    assert facts(r, "worksFor") == {("唐晓芬", "上海市计量测试技术研究院")}


def test_a_firms_chief_executive_named_after_the_post(extract):
    r = extract("中联重科股份有限公司董事长、CEO詹纯新,华为技术有限公司首席执行官任正非出席。")
    assert facts(r, "worksFor") == {("詹纯新", "中联重科股份有限公司"), ("任正非", "华为技术有限公司")}


def test_a_word_of_discourse_before_a_firm_is_no_part_of_its_name(extract):
    # a vote's outcome (最终…29票), a list (包括…在内), a sequence (随后…发言)
    r = extract("进行无记名入围评选,最终安宁市永昌钢铁有限公司29票、云南新天力机械制造有限公司28票进入专家评审。")
    assert names(r, "Enterprise") == {"安宁市永昌钢铁有限公司", "云南新天力机械制造有限公司"}
    r = extract("参会企业包括北京永昌钢铁有限公司在内。随后上海永昌钢铁有限公司发言。")
    assert names(r, "Enterprise") == {"北京永昌钢铁有限公司", "上海永昌钢铁有限公司"}


@pytest.mark.parametrize("text", [
    "2015年,从具体产品来看,有30种产品合格率低于80%。",
    "2021年,江苏省有11个监测领域满意度超过80分,达到最高等级“满意”区间。",
    "2015年全省有5个县合格率达到100%。",
])
def test_how_many_items_pass_a_bar_is_no_measure(extract, text):
    r = extract(text)
    assert r.measures == [] and names(r, "Indicator") == set()


def test_a_citys_group_for_winning_a_national_title_is_the_citys(extract):
    # 创建全国质量强市示范城市领导小组副组长X: the city's group, named with its verb, not a national body
    r = extract("9月1日,保山市召开会议。保山市委常委、市人民政府副市长、创建全国质量强市示范城市领导小组副组长黄晓同志讲话。")
    assert "保山市创建全国质量强市示范城市领导小组" in names(r, "Agency")
    assert not any(n.startswith("全国") for n in names(r, "Agency"))


def test_a_supply_and_marketing_cooperative_written_without_its_federation_word(extract):
    r = extract("4月2日,雅安市市场监督管理局、市公安局、市供销合作社五部门联合召开会议。")
    assert "雅安市供销合作社联合社" in names(r, "Agency")


def test_ju_according_to_opens_a_clause_and_starts_no_name(extract):
    r = extract("据企业标准“领跑者”制度工作机构中国标准化研究院有关人士介绍,2021年度重点领域达到202个。")
    assert not any(n.startswith("据") for n in names(r, "Programme"))


def test_the_level_word_after_a_first_round_is_the_awards(extract):
    r = extract("莆田评选出首届市政府质量奖 3企业上榜\n2013-02-20 20:18 来源:东南网\n记者从莆田市质监局获悉,首届莆田市政府"
                "质量奖获奖名单出炉。已获得福建省政府质量奖的三棵树涂料股份有限公司同时享受莆田市政府质量奖获奖企业待遇。")
    assert names(r, "Programme") == {"莆田市政府质量奖", "福建省政府质量奖"}


def test_a_provinces_group_for_two_joined_tasks_named_bare(extract):
    # 发挥质量强省及品牌战略推进工作领导小组办公室…作用: one group (the province's), no 品牌战略 programme inside it
    r = extract("近年来,山东省市场监管局积极发挥质量强省及品牌战略推进工作领导小组办公室牵头抓总作用,山东省质量水平提升。")
    assert "山东省质量强省及品牌战略推进工作领导小组办公室" in names(r, "Agency")
    assert "品牌战略" not in names(r, "Programme")


def test_a_slogans_word_is_no_bare_county(extract):
    # 计量惠民 (metrology that benefits the people) thrice and 滨海 thrice in a county's news: 滨海县's, not 惠民县's
    r = extract("我县举行质量大会暨省级计量惠民示范县创建推进会\n4月2日,我县举行质量大会暨省级计量惠民示范县创建推进会。"
                "县委书记吴启标作出批示。他强调,创建省级计量惠民示范县是利民之举。要锻造滨海质量、培植滨海精品、擦亮滨海品牌。")
    assert "中共滨海县委员会" in names(r, "Agency") and "惠民县" not in names(r, "Region")


@pytest.mark.parametrize("name", ["十堰市计量检定测试所", "天水市计量测试检定所", "天水市计量检定所"])
def test_a_citys_metrology_institute_by_each_of_its_names(extract, name):
    assert name in names(extract(f"5月20日,{name}向社会开放实验室。"), "Agency")


def test_a_title_line_with_its_number_after_a_space(extract):
    r = extract("江门市人民政府办公室关于印发江门市创建全国质量强市示范城市工作方案的通知 江府办函〔2018〕83号\n"
                "各市(区)人民政府:\n经市人民政府同意,现将《江门市创建全国质量强市示范城市工作方案》印发给你们。")
    assert names(r, "Plan") == {"江门市人民政府办公室关于印发江门市创建全国质量强市示范城市工作方案的通知",
                                "江门市创建全国质量强市示范城市工作方案"}


def test_two_fields_joined_before_one_action_are_its_name(extract):
    # 产品质量和市场秩序专项整治行动: one action over two fields; two whole actions stay two
    r = extract("市场监管总局等7部门决定联合开展全国防疫物资产品质量和市场秩序专项整治行动。")
    assert names(r, "Programme") == {"全国防疫物资产品质量和市场秩序专项整治行动"}
    assert ("国家市场监督管理总局", "全国防疫物资产品质量和市场秩序专项整治行动") in facts(r, "launched")
    r = extract("市场监管总局部署开展产品质量提升行动和服务质量提升行动。")
    assert names(r, "Programme") == {"产品质量提升行动", "服务质量提升行动"}
    # (the last two of a list of actions sharing a head are no one action's name)
    r = extract("要大力实施质量创新、标准引领、品牌带动和标杆示范工程。")
    assert "品牌带动和标杆示范工程" not in names(r, "Programme")


def test_the_name_before_a_listed_action_lends_it_no_field(extract):
    # 质量竞争力提升工程、服务质量攀登行动: 工程 ends the name before; 产品、工程和服务质量 are three fields
    r = extract("《纲要》同步部署了质量竞争力提升工程、服务质量攀登行动等重大工程。")
    assert names(r, "Programme") == {"质量竞争力提升工程", "服务质量攀登行动"}
    r = extract("全省开展产品、工程和服务质量提升行动。")
    assert names(r, "Programme") == {"产品、工程和服务质量提升行动"}


def test_an_awards_rules_name_the_award(extract):
    # 完善广东省政府质量奖评审制度: the programme is the award, conferred by the government it is named for
    r = extract("广东省人民政府召开会议。《纲要》提出，完善广东省政府质量奖评审制度，鼓励企业争创品牌。")
    assert names(r, "Programme") == {"广东省政府质量奖"}
    assert ("广东省人民政府", "广东省政府质量奖") in facts(r, "launched")


def test_a_quoted_days_year_is_its_edition_not_its_name(extract):
    # GUIDE: the form with a year prefix is an alias
    r = extract("临淄区开展“2004年质量月宣传咨询服务日”活动。")
    assert names(r, "Programme") == {"质量月宣传咨询服务日"}


def test_a_duty_bracket_names_national_departments(extract):
    # （发展改革委、工业和信息化部…等负责）in a State Council plan: the national bodies, the first one too;
    # 食品药品监管总局 (2013–2018) is a body of its own, no part of 质检总局
    r = extract("开展计量惠民专项行动。(发展改革委、工业和信息化部、商务部、质检总局等负责)\n"
                "开展婴幼儿配方乳粉质量安全综合治理。(食品药品监管总局、教育部、质检总局。列第一位者为牵头部门)\n")
    assert names(r, "Agency") == {"国家发展和改革委员会", "工业和信息化部", "商务部", "国家质量监督检验检疫总局",
                                  "国家食品药品监督管理总局", "教育部"}
    # (in a city's list the bare department is the city's)
    r = extract("沈阳市市场监管局、发展改革委、商务局联合印发《沈阳市质量提升方案》。")
    assert "沈阳市发展和改革委员会" in names(r, "Agency")


def test_a_round_hundred_opens_a_campaigns_name(extract):
    # “百项能效标准推进工程” is a name; “两个行动” and 70余项活动 count
    r = extract("开展“百项能效标准推进工程”。开展70余项活动。推进“两个行动”。")
    assert names(r, "Programme") == {"百项能效标准推进工程"}


def test_an_award_named_only_in_its_rules_title_is_a_programme(extract):
    # 《X市市长质量奖评审管理办法》印发实施，该奖项是X市人民政府设立的…: the award its rules are for
    r = extract("2018年8月,《广州市市长质量奖评审管理办法》印发实施,该奖项每三年评选一次,是广州市人民政府设立的最高质量奖项。")
    assert names(r, "Programme") == {"广州市市长质量奖"}
    assert ("广州市人民政府", "广州市市长质量奖") in facts(r, "launched")


def test_a_title_read_over_three_lines_is_named_whole(extract):
    # 某市人民政府关于印发某市 / 质量强市建设 / 实施方案的通知: the names' spans skip the line breaks
    r = extract("某市人民政府关于印发某市\n质量强市建设\n实施方案的通知\n各县人民政府：\n现将方案印发给你们。\n")
    plans = {m.canonical: m.surface.replace("\n", "") for m in r.mentions if m.kind == "Plan"}
    assert plans == {"某市人民政府关于印发某市质量强市建设实施方案的通知": "某市人民政府关于印发某市质量强市建设实施方案的通知",
                     "某市质量强市建设实施方案": "某市质量强市建设实施方案"}


def test_every_bureau_of_a_government_is_none_of_its_units(extract):
    r = extract("四平市人民政府办公室通知。各县(市)、区人民政府,市政府各委办局、各直属机构:现印发给你们。")
    assert names(r, "Agency") == {"四平市人民政府办公室", "四平市人民政府"}


def test_a_party_committee_after_a_verb_is_found(extract):
    # 代表省委: 省委 one word after a verb the lists do not hold; 城市委员会 and 全省委托 name no body
    r = extract("湖北省召开会议。王国生代表省委感谢大家。城市委员会开会。全省委托机构。")
    assert names(r, "Agency") == {"中共湖北省委员会"}


def test_nationally_known_strategies_with_short_names(extract):
    # 商标战略, 以质取胜战略: named strategies whose field is too short for the pattern rules
    r = extract("市政府要求各地大力实施以质取胜战略、品牌战略。要深入实施商标战略，加快品牌强市建设。")
    assert names(r, "Programme") >= {"以质取胜战略", "品牌战略", "商标战略"}


def test_a_district_body_keeps_its_city_as_its_bureau_does(extract):
    # 武汉市汉阳区市场监督管理局 is named with its city; so are the district's committees and groups
    r = extract("第七条 设立珠海市斗门区区长质量奖评定委员会。广东省湛江市质量强市工作领导小组召开会议。")
    assert {"珠海市斗门区区长质量奖评定委员会", "湛江市质量强市工作领导小组"} <= names(r, "Agency")


def test_a_joint_meeting_held_is_no_body_and_a_level_word_is_the_counties(extract):
    # 组织召开了2020年质量强县暨质量提升工作联席会议: a meeting; 调整县质量强县工作领导小组: the county's group
    r = extract("剑阁县召开质量强县暨质量提升工作联席会议\n4日,剑阁县质量强县领导小组办公室组织召开了2020年质量强县暨质量提升工作联席会议。"
                "会议宣读了调整县质量强县工作领导小组组成人员的通知。")
    assert names(r, "Agency") == {"剑阁县质量强县领导小组办公室", "剑阁县质量强县工作领导小组"}


def test_a_group_named_right_after_its_region_may_say_what_it_carries_out(extract):
    # 北京市贯彻质量强国战略工作领导小组办公室: 贯彻 is part of the name; after a mark it governs the group
    r = extract("市市场监管局作为北京市贯彻质量强国战略工作领导小组办公室,牵头组织开展一系列活动。")
    assert "北京市贯彻质量强国战略工作领导小组办公室" in names(r, "Agency")


def test_a_quoted_action_piloted_is_named_by_its_quotes(extract):
    # 部署开展“小微企业质量管理提升行动”试点工作: the action, quoted whole, is the programme (unquoted, 提升行动区域试点
    # keeps its pilot: see above)
    r = extract("国家市场监管总局在2019年部署开展“小微企业质量管理提升行动”试点工作。")
    assert "小微企业质量管理提升行动" in names(r, "Programme")
    assert facts(r, "launched") == {("国家市场监督管理总局", "小微企业质量管理提升行动")}


def test_an_award_in_a_title_starts_at_its_region(extract):
    # 《上海市人民政府关于表彰2021年度上海市政府质量奖获奖项目的决定》: 上海市 starts the award (was 海市政府质量奖)
    r = extract("上海市人民政府发布了《上海市人民政府关于表彰2021年度上海市政府质量奖获奖项目的决定》。")
    assert names(r, "Programme") == {"上海市政府质量奖"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # GUIDE: pre-2018 bodies keep their own names (农业厅 became 农业农村厅 in 2018, as 环保厅 became 生态环境厅)
        ("江西省质监局召开会议,省农业厅、省商务厅参加。", "江西省农业厅"),
        ("江西省质监局召开会议,省旅发委巡视员屈乾娜参加。", "江西省旅游发展委员会"),
        ("江西省市场监管局召开会议,省农业农村厅参加。", "江西省农业农村厅"),
    ],
)
def test_a_bureau_keeps_the_name_of_its_time(extract, text, body):
    assert body in names(extract(text), "Agency")


def test_a_district_body_written_without_its_city_is_the_one_the_text_names_with_it(extract):
    # 奉化区人民政府关于印发…的通知 / …宁波市奉化区人民政府: one government, named as the text signs it
    r = extract("奉化区人民政府关于印发《奉化区质量提升三年行动实施方案》的通知\n各镇(街道)政府办事处:\n"
                "《奉化区质量提升三年行动实施方案》已经区政府同意,现印发给你们,请认真贯彻执行。\n宁波市奉化区人民政府\n2018年4月13日")
    assert names(r, "Agency") == {"宁波市奉化区人民政府"}
    assert {a for a, _ in facts(r, "issued")} == {"宁波市奉化区人民政府"}


def test_a_goal_listed_before_a_known_strategy_shares_its_head(extract):
    # 实施质量强市和品牌战略: 品牌战略 is a known name; 质量强市 before 和 is a strategy too (as 质量强国和知识产权强国战略)
    r = extract("咸宁市人民政府大力实施质量强市和品牌战略。")
    assert names(r, "Programme") == {"质量强市战略", "品牌战略"}


def test_a_scope_word_before_a_goal_sharing_a_head_is_no_part_of_it(extract):
    r = extract("湖北省质监局召开会议。卜县长在对全县质量兴县和名牌战略工作给予了充分肯定。")
    assert "质量兴县战略" in names(r, "Programme")


def test_an_award_quoted_after_its_region_is_that_regions(extract):
    # 首届龙岩市“政府质量奖”颁奖仪式: the region before the quotes confers the award they name (was 政府质量奖)
    r = extract("7月31日，首届三明市“政府质量奖”颁奖仪式在三明市人民会堂举行。三明市“政府质量奖”为市政府设立的最高质量荣誉奖。")
    assert names(r, "Programme") == {"三明市政府质量奖"}
    assert facts(r, "launched") == {("三明市人民政府", "三明市政府质量奖")}


def test_goals_listed_before_an_activity_named_for_a_goal_share_its_head(extract):
    # 深入开展质量强省、质量强市、质量强县活动: three activities, as 质量强国和知识产权强国战略 names two strategies
    r = extract("县政府深入开展质量强省、质量强市、质量强县活动。")
    assert names(r, "Programme") == {"质量强省活动", "质量强市活动", "质量强县活动"}


@pytest.mark.parametrize(
    "text",
    [
        "原创 202澳门开奖直播下载4年我国制造业产品质量合格率提升至93.93%\n2024年,我国制造业产品质量合格率达到93.93%。",
        "2023年，全省11个市制造业产品质量合格率均达到90%以上。全省制造业产品质量合格率为93.2%。",
    ],
)
def test_an_indicator_starts_after_whose_figure_it_is(extract, text):
    # 我国 starts whose figure it is, whatever spam stands before it; the regions counted (11个市) are whose
    # figures, not part of what they measure
    assert names(extract(text), "Indicator") == {"制造业产品质量合格率"}


def test_the_kind_an_award_is_named_after_de_is_no_second_award(extract):
    # 县长质量奖是X县政府设立的最高质量荣誉，是县政府的质量管理奖: what kind of award it is
    r = extract("繁昌县正式设立县长质量奖。据了解,县长质量奖是繁昌县政府设立的最高质量荣誉,是县政府的质量管理奖。")
    assert names(r, "Programme") == {"县长质量奖"}


def test_a_post_straddling_two_region_names_is_no_post(extract):
    # 上海市长宁区市场监督管理局: 市长 spans 上海市 and 长宁区 (was a person 宁区 working for the bureau)
    r = extract("经区政府常务会议审议通过,现将《长宁区质量提升规划》印发给你们。\n上海市长宁区市场监督管理局\n"
                "上海市长宁区“十四五”规划工作领导小组办公室\n2021年9月10日\n上海市长龚正出席。")
    assert names(r, "Person") == {"龚正"}


def test_a_district_named_after_its_city_is_that_citys_among_homonyms(extract):
    # 南通市通州区: Nantong's 通州区, not Beijing's, so its bodies keep the city as the text writes them
    r = extract("南通市通州区质量发展委员会办公室2023年10月24日发布说明。通州区区长质量奖评选工作通过南通市通州区人民政府网站公开。")
    assert {"南通市通州区人民政府", "南通市通州区质量发展委员会办公室"} <= names(r, "Agency")
    assert ("南通市通州区人民政府", "通州区区长质量奖") in facts(r, "launched")


def test_a_committee_made_up_by_a_groups_members_is_named_for_the_body_named_last(extract):
    r = extract("由市推进质量振兴工作领导小组有关成员单位组成市政府质量奖评审委员会。天水市人民政府。")
    # (was one agency spanning the group, 有关成员单位组成 and the committee)
    assert "天水市政府质量奖评审委员会" in names(r, "Agency")
    assert not any("组成" in a for a in names(r, "Agency"))


@pytest.mark.parametrize("text", ["今日下午，安徽省人民政府新闻办公室召开新闻发布会。", "今日下午，安徽省政府新闻办召开新闻发布会。",
                                  "今日下午，安徽省新闻办召开新闻发布会，介绍全省质量月活动。"])
def test_a_governments_press_office_is_a_body_of_its_own(extract, text):
    # (was the government itself: 安徽省人民政府 holding the press conference)
    assert names(extract(text), "Agency") == {"安徽省人民政府新闻办公室"}


def test_the_market_regulator_named_bare_in_a_local_article_is_that_places(extract):
    r = extract("东阳市开展“质量月”系列活动\n9月22日，东阳市“质量月”系列活动在市场监管局拉开帷幕。"
                "今年以来，市场监管局加大对规上企业首席质量官的培训力度。")
    assert "东阳市市场监督管理局" in names(r, "Agency")
    # (and a prefecture's, 地区 being its level)
    r = extract("阿勒泰地区开展2024年质量月宣传活动。活动现场，市场监管局工作人员耐心讲解。阿勒泰地区各单位参加。")
    assert names(r, "Agency") == {"阿勒泰地区市场监督管理局"}
    # (a province's report naming two cities once each: the bare bureau is no city's)
    r = extract("湖北省市场监督管理局召开会议。武汉市、宜昌市代表参加。市场监管局表示，将开展质量月活动。")
    assert names(r, "Agency") == {"湖北省市场监督管理局"}


@pytest.mark.parametrize("text", ["国家市场监督管理总局办公厅发出通知。受总局质量发展局委托，中国标准出版社组织评审。",
                                  "市场监管总局召开会议。受总局质量发展局委托，中国标准出版社组织评审。"])
def test_a_unit_of_the_one_general_administration_named_with_zongju(extract, text):
    # (总局质量发展局: the 局 of the 总局 the text names, also when only its office is named)
    assert "国家市场监督管理总局质量发展局" in names(extract(text), "Agency")


def test_a_letter_to_another_body_is_no_sub_unit_of_the_sender(extract):
    r = extract("山东省人民政府致函市场监管总局申请依托青岛市计量技术研究院筹建国家产业计量测试中心。")
    assert {"山东省人民政府", "国家市场监督管理总局"} <= names(r, "Agency")
    assert not any("致函" in a for a in names(r, "Agency"))


@pytest.mark.parametrize("text", ["检查加油站是否有相应的计量管理制度。", "督促企业建立相关的质量追溯制度。"])
def test_a_system_of_whatever_kind_fits_is_no_programme(extract, text):
    assert names(extract(text), "Programme") == set()


def test_degrees_listed_before_a_measure_are_measures_of_their_own(extract):
    r = extract("重庆市发布标准，着力提升医保经办服务精细度、便捷度、满意度。")
    # (was one indicator 便捷度、满意度, the degree taken for an item sharing the head)
    assert not any("、" in i for i in names(r, "Indicator"))
