"""Decoding and cleaning: what reaches the recognisers, and the map back to the file."""

import pytest

from kg.clean import clean, strip_pinyin_spans, to_simplified
from kg.decode import read_document
from kg.errors import DocumentError
from kg.model import Document

from .conftest import facts, names


def doc(text: str) -> Document:
    return Document("t", "t.txt", text, "utf-8")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("國(guó)家(jiā)市場(chǎng)", "國家市場"),
        ("質(zhì)量(liàng)", "質量"),
        ("方案(2023—2025年)", "方案(2023—2025年)"),
        ("云南下关沱茶(集团)股份有限公司", "云南下关沱茶(集团)股份有限公司"),
        ("国内生产总值(GDP)", "国内生产总值(GDP)"),
        ("重量(kg)", "重量(kg)"),
        ("中國（zhōng）", "中國"),
        ("shi(shì)", "shi(shì)"),  # pinyin after Latin text is not an annotation
    ],
)
def test_pinyin_annotations_are_dropped_and_real_parentheses_kept(raw, expected):
    spans = strip_pinyin_spans(raw)
    kept = "".join(c for i, c in enumerate(raw) if not any(a <= i < b for a, b in spans))
    assert kept == expected


@pytest.mark.parametrize(
    ("trad", "simp"),
    [("國家市場監督管理總局", "国家市场监督管理总局"), ("質檢總局", "质检总局"), ("發展和改革委員會", "发展和改革委员会")],
)
def test_traditional_to_simplified(trad, simp):
    assert to_simplified(trad) == simp


def test_boilerplate_lines_and_related_lists_are_removed():
    raw = "\n".join([
        "当前位置:首页 > 市场监管",
        "沈阳市市场监管局印发《质量提升方案》。",
        "责任编辑:王峰",
        "分享到:",
        "『相关阅读』",
        "·某市开展质量月活动...",
        "·另一条新闻标题(2023-07-28)",
    ])
    c = clean(doc(raw))
    assert c.text.strip() == "沈阳市市场监管局印发《质量提升方案》。"
    assert {r for r, _ in c.removed} >= {"furniture", "related list"}


def test_a_body_printed_twice_is_kept_once():
    body = "福建检验检疫局深入学习《指导意见》,推进质量强省建设。\n要构建风险管控新体系,完善风险监测网络。"
    c = clean(doc(body + "\n" + body + "\n- 相关新闻一条(2018-03-27)"))
    assert c.text.count("福建检验检疫局") == 1
    assert c.text.count("风险监测网络") == 1


def test_offset_map_points_into_the_original_text():
    raw = "标题\n國(guó)家市場(chǎng)監督管理總局印發通知。"
    c = clean(doc(raw))
    i = c.text.index("国家")
    start, end = c.raw_span(i, i + 10)
    assert raw[start:end] == "國(guó)家市場(chǎng)監督管理總局"


def test_metadata_date_and_source_from_the_header():
    c = clean(doc("质量新闻标题示例\n2023-04-27 11:00 本文来源:中国消费者报 作者:某某\n正文第一句。"))
    assert c.meta.date == "2023-04-27"
    assert c.meta.source == "中国消费者报"
    assert c.meta.title == "质量新闻标题示例"
    assert clean(doc("2024年我国制造业产品质量稳中向好\n2025年01月30日\n正文第一句。\n(来源:中证网)")).meta.source == "中证网"
    # a repost's 转自 names its source, and is no title
    reposted = clean(doc("近日,某省获批筹建全国知名品牌示范区。\n正文第二句。\n转自:山西日报"))
    assert (reposted.meta.source, reposted.meta.title) == ("山西日报", None)


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # the site's name and its date line come before the breadcrumb; the article's title after it
        ("某市市场监督管理局\n今天是:\n您当前的位置 : 首页 >>规划信息>>正文\n\n市人民政府关于印发某市质量发展规划的通知\n"
         "来源:某市人民政府 时间:2022-04-14\n正文第一句。", "市人民政府关于印发某市质量发展规划的通知"),
        ("中国某某网——行业门户网站\n您当前的位置: 首页 > 新闻\n\n某省质量工作见成效\n\n发布时间:2016-01-18\n正文。",
         "某省质量工作见成效"),
        # a title under its issuers' line, and one broken in two, is whole
        ("中共某省委 某省人民政府\n关于加快推进质量强省建设的实施意见\n(2022年12月31日)\n正文。",
         "中共某省委 某省人民政府关于加快推进质量强省建设的实施意见"),
        ("省人民政府关于\n进一步优化营商环境的若干意见\n某政发〔2018〕26号\n正文。", "省人民政府关于进一步优化营商环境的若干意见"),
        # a section's trail and a speaker's label are no title
        ("> 区域链 >\n\n某市服务质量监测得分位列全省第一\n\n时间:2022-05-19\n正文。", "某市服务质量监测得分位列全省第一"),
        ("市场监管总局新闻发言人于军:\n质量大会新闻发布会实录\n正文。", "质量大会新闻发布会实录"),
        # a page's field, a letterhead and a document number are no title
        ("主办单位: 某市融媒体中心\n某市品牌建设工作推进会召开\n正文。", "某市品牌建设工作推进会召开"),
        ("某市人民政府文件\n某政发〔2010〕182号\n市政府关于大力实施商标战略\n推进创新型城市建设的意见\n各区人民政府:\n正文。",
         "市政府关于大力实施商标战略推进创新型城市建设的意见"),
        # a signature alone and a note in brackets are no title; a reposted page's (原标题:…) is its own
        ("某政发〔2023〕18号\n各县人民政府:\n现将《某方案》印发给你们。\n某市人民政府\n2023年12月27日\n(此件公开发布)\n"
         "全面推进质量强市建设实施方案\n为深入贯彻…,制定本实施方案。", "全面推进质量强市建设实施方案"),
        ("(原标题:我县召开质量强县工作会议)\n9月4日上午,某县召开会议。", "我县召开质量强县工作会议"),
        ("[ 发布机构 ] 某县政府办 [ 发文字号 ] 某府发〔2024〕14号\n[ 标 题 ] 某县人民政府关于印发《某县质量强县建设实施方案》的通知\n"
         "[ 成文日期 ] 2024-04-19\n正文。", "某县人民政府关于印发《某县质量强县建设实施方案》的通知"),
        # a row of a page's fields (an index record's, a byline's) is no title, however short
        ("索引号: 002489401/2024-00490 公开方式: 主动公开\n文号: 某政办函〔2024〕10号 成文日期: 2024-03-06\n"
         "某市人民政府办公厅关于2023年某市人民政府质量奖评审结果的通报\n正文。", "某市人民政府办公厅关于2023年某市人民政府质量奖评审结果的通报"),
        ("9月23日,由某市质监局组织的首席质量官任职培训活动开班,50余家企业相关负责人参加了培训。\n通讯员:李某 编辑:王某 审核:张某",
         None),
        ("近日,某市质量强市工作委员会首次联席会议在市会展中心召开。\n通讯员:项某\n编审:吴某某 陈某某", None),
        # (a breadcrumb without spaces, and a byline, on pages with no headline)
        ("您当前的位置:首页>>新闻中心>>部门动态>>市场监管局>>内容\n8月16日,区市场监管局举行培训班。", None),
        ("封面新闻记者 吴某某\n近期,某省第三届天府质量奖评选即将启动。", None),
        # (a law database's record: 发布单位, 发布文号, 发布日期 fields above the notice and the plan it prints)
        ("发布单位:某省人民政府\n发布文号:某政〔2013〕19号\n发布日期:2013-03-01\n各市、县人民政府:\n现将《某省质量发展纲要(2013-2020年)》印发给你们。\n"
         "某省人民政府\n2013年3月1日\n某省质量发展纲要(2013-2020年)\n质量反映一个地区的综合实力。", "某省质量发展纲要(2013-2020年)"),
        # (a site's mailbox for submissions, named after the site: 云上某某投稿邮箱:abc@qq.com)
        ("近日,某市质量强市工作委员会首次联席会议在市会展中心召开。\n编审:吴某某\n云上某某投稿邮箱:ysabc@qq.com\n请输入验证码", None),
        # the document's number after its title on the same line is no part of it
        ("某市人民政府办公室关于印发某市创建全国质量强市示范城市工作方案的通知 某府办函〔2018〕83号\n各区人民政府:\n正文。",
         "某市人民政府办公室关于印发某市创建全国质量强市示范城市工作方案的通知"),
        ("市市场监管局近期组织开展了书包、餐具洗涤剂等产品质量监督抽查。\n附件:2023年书包等产品质量市级监督抽查结果汇总表.rar\n"
         "某市市场监督管理局\n2023年5月17日", None),
        ("某政办〔2013〕36号 某省人民政府办公厅关于明确重点工作责任单位的通知\n各省辖市人民政府:\n正文。",
         "某省人民政府办公厅关于明确重点工作责任单位的通知"),
        ("某省人民政府关于贯彻质量发展纲要实施质量强省战略的意见(某政发(2012)27号)\n各市(州)人民政府:\n正文。",
         "某省人民政府关于贯彻质量发展纲要实施质量强省战略的意见"),
        ("各县(市、区)人民政府:\n市政府对各县(市、区)2017年度质量工作进行了考核,现将考核等级通报如下:\nA级:通川区、渠县\nB级:宣汉县\n",
         None),
        ("为贯彻落实国务院《质量发展纲要》,经省质量兴省领导小组认定,决定授予某公司等122个产品为“2013年某省名牌产品”,现予公布。\n"
         "特此公告。\n某省质量兴省领导小组\n2013年9月30日", None),
        ("某市市场监管局组织开展计量专项监督突击检查。孙某 摄\n某县市场监管局加强保健品监督检查。李某 摄\n《中国质量报》", None),
        # a section's heading and a news agency's dateline are no title
        ("一、总体要求\n以习近平新时代中国特色社会主义思想为指导,提出如下意见。\n(二)主要目标\n到2025年,全省质量水平提高。", None),
        ("據新華社北京7月30日電\n國家質檢總局30日發布了產品質量國家監督抽查結果。", None),
        ("本报讯 12月15日,某省质量提升行动工作推进会在太原召开。\n《中国质量报》【质量提升行动进行时】", None),
        # a headline the page prints twice (title bar, then above the article) is the title, though it has
        # a comma and an exclamation; a photo's credit is none
        ("返回首页 > 您现在的位置: 某某网 > 资讯 > 正文\n\n某市“质量月”来了!精彩活动,提前剧透\n\n发布日期:2021/10/7\n\n"
         "某市“质量月”来了!精彩活动,提前剧透\n\n9月17日上午,活动启动仪式在某市举行。\n\n某市副市长欧某某\n", "某市“质量月”来了!精彩活动,提前剧透"),
        ("某网讯 实习生李某某 9月8日上午,某省“质量月”活动启动仪式在某市举行。\n\n活动现场 实习生李某某/摄\n局长张某在活动上表示,…。",
         None),
        # a title bar of a site's keywords is none; a headline with a short cry before its "!" is one
        ("天天某某-天天某某网-天天某某某-久久99某某-久久99某某久久\n\n全球热点评!市场监管总局发布2022年产品质量国家监督抽查情况\n\n"
         "市场监管总局今天发布了2022年产品质量国家监督抽查情况。", "全球热点评!市场监管总局发布2022年产品质量国家监督抽查情况"),
        ("欢迎您访问某某大学继续教育学院(继续教育处)官方网站!\n\n2024年首席质量官市级培训班在我校举行\n\n发布者:徐某  时间:2024-09-28\n\n"
         "9月27日,2024年首席质量官市级培训班在我校举行。", "2024年首席质量官市级培训班在我校举行"),
        # a news page's headline stands right above its dateline, below its menu's words (menu-icon, 热门时事)
        ("menu-icon\nanue logo\n熱門時事鉅亨號鉅亨買幣\nsearch icon\n\nA股港股\n\n中國發布《質量強國建設綱要》 目標是2025年形成大批優勢明顯品牌\n\n"
         "鉅亨網新聞中心 2023-02-07 13:20\n\n中共中央、國務院近日印發《質量強國建設綱要》。",
         "中国发布《质量强国建设纲要》 目标是2025年形成大批优势明显品牌"),
        ("7*24 快讯\n\n市场监管总局:2021年食品安全监督抽检不合格率2.69%\n\n2021年全国市场监管部门完成食品安全监督抽检6954438批次。",
         "市场监管总局:2021年食品安全监督抽检不合格率2.69%"),
        # (设为首页收藏本站: a site's furniture; the title's own line, its fields run on after a space)
        ("设为首页收藏本站\n首页>院内部门>综合新闻\n中国标准化研究院组织召开企业标准化工作座谈会 时间:2025-04-11部门:某分院\n\n"
         "2025年4月8日,中国标准化研究院组织召开座谈会。", "中国标准化研究院组织召开企业标准化工作座谈会"),
        ("论坛风格切换切换到宽版\n  • 1574阅读\n\n某县召开“湖北质量强省示范县”创建动员会 [复制链接]\n\n上一主题 下一主题\n"
         "  3月21日下午,某县召开创建动员会。", "某县召开“湖北质量强省示范县”创建动员会"),
        ("近日,国家统计局发布《2020年国民经济和社会发展统计公报》,其中公布了制造业产品质量合格率为93.39%。\n"
         "链接:中华人民共和国2020年国民经济和社会发展统计公报", None),
        # (a repost's 全文如下 after the title is none of it)
        ("市政府关于授予2023年某市市长质量奖的决定全文如下\n各县(市、区)人民政府: 根据…规定,市人民政府决定授予…。",
         "市政府关于授予2023年某市市长质量奖的决定"),
        # a gazette's record names the document in a field
        ("文件名称 | 关于颁发第三届市长质量奖的决定 | 文件类型 | 某政发 |\n---|---|---|---|\n"
         "发文单位 | 某市人民政府 | 发文字号 | 某政发〔2024〕6号 |\n正文第一句。", "关于颁发第三届市长质量奖的决定"),
        # (a notice's date in Chinese numerals, on a line of its own, is no title)
        ("张政办发〔2011〕187号\n各县(区)人民政府:\n《某市推进质量振兴工作方案》已经市政府同意，现予印发。\n二〇一一年六月二十八日\n"
         "某市推进质量振兴工作方案\n为确保全面完成各项目标任务，特制定本方案。", "某市推进质量振兴工作方案"),
        # (a site's banner with its telephone number is no title)
        ("标准查询网-电话:010-62993931\n\n浙江省某市召开全市质量与品牌工作联席会议\n\n  日前,某市召开联席会议。",
         "浙江省某市召开全市质量与品牌工作联席会议"),
    ],
)
def test_the_title_is_the_articles_not_the_sites(page, title):
    assert clean(doc(page)).meta.title == title


@pytest.mark.parametrize(
    ("page", "line"),
    [
        ("國務院辦公廳關於印發貫徹實施\n質量發展綱要2014年行動計劃的通知\n國辦發〔2014〕18號\n正文。",
         "国务院办公厅关于印发贯彻实施质量发展纲要2014年行动计划的通知"),
        # (…实施规划 / (2014—2020年)的通知: the plan's years close the title after its kind)
        ("某市人民政府办公室\n关于印发某市质量发展实施规划\n(2014—2020年)的通知\n各县人民政府：\n正文。",
         "某市人民政府办公室关于印发某市质量发展实施规划(2014—2020年)的通知"),
        # (broken right after 关于: the next line is the rest of any title)
        ("省人民政府关于\n进一步优化营商环境的若干意见\n某政发〔2018〕26号\n各市人民政府:\n正文。",
         "省人民政府关于进一步优化营商环境的若干意见"),
        # its issuer on a line of its own above it
        ("某市人民政府\n关于表彰2014年度某市市长质量奖\n获奖单位的通报\n各县人民政府：\n正文。",
         "某市人民政府关于表彰2014年度某市市长质量奖获奖单位的通报"),
    ],
)
def test_a_title_broken_over_lines_is_one_line(page, line):
    assert clean(doc(page)).text.split("\n")[0] == line


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("质量提升行动".encode(), "utf-8"),
        (b"\xef\xbb\xbf" + "质量提升行动".encode(), "utf-8-sig"),
        ("质量提升行动".encode("gb18030"), "gb18030"),
        ("质量提升行动".encode("utf-16"), "utf-16"),
    ],
)
def test_decoding(tmp_path, data, encoding):
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    d = read_document(p)
    assert d.raw_text == "质量提升行动"
    assert d.encoding == encoding


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty"), (b"\x00\x01\x02binary\x00", "binary")])
def test_unreadable_files_raise_a_document_error_naming_the_file(tmp_path, data, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(DocumentError) as err:
        read_document(p)
    assert "bad.txt" in str(err.value) and reason in str(err.value)


def test_a_labelled_list_of_names_is_content_not_keywords(tmp_path):
    from kg.clean import _line_kind
    assert _line_kind("A级:清城区、清新区、连州市、阳山县、英德市;") is None
    assert _line_kind("质量 标准 品牌 计量 认证 检测") == "keywords"


def test_html_character_references_left_by_a_scrape_become_their_characters(tmp_path):
    from kg.clean import clean
    from kg.decode import document_from_bytes
    raw = "市场监管总局持续开展民生领域&ldquo;铁拳&rdquo;行动,查办案件&#8220;20.62万件&#x201d;。"
    c = clean(document_from_bytes(raw.encode(), tmp_path / "x.txt"))
    assert c.text.strip() == "市场监管总局持续开展民生领域“铁拳”行动,查办案件“20.62万件”。"
    start = c.text.index("“铁拳”")
    assert raw[slice(*c.raw_span(start, len(c.text.strip())))].startswith("&ldquo;铁拳&rdquo;行动")  # offsets reach the raw text


def test_a_copyright_notice_line_is_boilerplate(tmp_path):
    from kg.clean import clean
    from kg.decode import document_from_bytes
    raw = "市场监管局发布通知。\n版權聲明:凡注明“來源:中國西藏網”的所有作品,版權歸高原(北京)文化傳播有限公司。\n"
    assert "版权" not in clean(document_from_bytes(raw.encode(), tmp_path / "x.txt")).text


def test_a_date_inside_a_paragraph_is_not_the_pages_date(tmp_path):
    from kg.clean import clean
    from kg.decode import document_from_bytes

    def date(raw):
        return clean(document_from_bytes(raw.encode(), tmp_path / "x.txt")).meta.date
    body = "质检总局日前召开座谈会。宋继红介绍,1955年6月11日,针对当时国营天津棉纺厂发生的较大的锅炉事故,国务院批准劳动部设立了锅炉安全检查总局。"
    assert date(body) is None
    assert date("2014-06-12 10:07\n" + body) == "2014-06-12"
    assert date("本报讯(记者王某)2019年9月3日,市质监局召开会议,部署质量月活动,各县区质监局负责同志参加会议并发言。") == "2019-09-03"
    assert date("……作出新的更大贡献! 徐州市人民政府 2024年6月27日 2023年徐州市质量工作要点如下,各地要认真贯彻落实并及时报告。") == "2024-06-27"
    # (a deadline the article gives, on a short line of its own)
    assert date("省名牌产品开始申报\n记者昨天从市质监局获悉,申报工作已经开始。\n申报截止日期为2012年5月30日。") is None


def test_a_formal_documents_date_in_chinese_numerals_dates_the_page(tmp_path):
    from kg.clean import clean
    from kg.decode import document_from_bytes

    raw = "张政办发〔2011〕187号\n《某市推进质量振兴工作方案》已经市政府同意,现予印发。\n二〇一一年六月二十八日\n为确保全面完成各项目标任务,特制定本方案。"
    assert clean(document_from_bytes(raw.encode(), tmp_path / "x.txt")).meta.date == "2011-06-28"
    assert to_simplified("到二〇二五年,二○一三年,一九九八年,十一五") == "到2025年,2013年,1998年,十一五"


def test_a_goal_for_a_year_in_chinese_numerals(extract):
    r = extract("到二〇二五年,全省产品质量合格率达到98%以上。")
    assert {(m.kind, m.indicator, m.value, m.year) for m in r.measures} == {("Target", "产品质量合格率", 98, 2025)}
    # a title keeps the numerals it is written with
    r = extract("北京市人民政府印发《北京市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》。")
    assert names(r, "Plan") == {"北京市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"}


def test_text_copied_from_a_pdf_runs_on_over_its_line_breaks(extract, tmp_path):
    # a PDF's lines break at the page's width, inside words (国务 / 院) and titles (《…规划 / (2021 / — / 2035年)》):
    # the sentence is read whole; a short title line alone and a heading start their own paragraphs
    lines = ["计量工作要点", "某省市场监督管理局认真贯彻落实党中央、国务", "院关于质量工作的决策部署,以推动落实《计量发展规划", "(2021",
             "—", "2035年)》为主线,加快实施计量强基工程,全面提升", "全省计量整体能力和水平,健全完善计量工作协同联动",
             "机制,推动质量基础设施建设,为全省经济社会高质量发", "展提供有力计量支撑,省计量测试研究院承担相关技术工",
             "作,各市县市场监管部门同步推进,省质量发展局负责统", "筹协调,各设区市市场监管局结合本地实际制定具体措",
             "施,认真组织实施,确保各项任务落到实处,按时完成年", "度目标任务,及时总结推广各地好的经验做法,进一步营",
             "造全社会重视计量、关心计量、支持计量的良好氛围,共", "同推动计量事业高质量发展,形成合力。", "一、主要任务", "开展计量惠民活动。"]
    text = "\n".join(lines) + "\n"
    r = extract(text)
    assert "国务院" in names(r, "Agency")
    assert "计量发展规划(2021—2035年)" in names(r, "Plan")
    from kg.decode import document_from_bytes
    c = clean(document_from_bytes(text.encode(), tmp_path / "x.txt"))
    paragraphs = [c.text[a:b] for a, b in c.paragraphs]
    assert paragraphs[0] == "计量工作要点" and paragraphs[-2:] == ["一、主要任务", "开展计量惠民活动。"]
    assert paragraphs[1].endswith("形成合力。") and "\n" not in paragraphs[1]


def test_web_text_one_paragraph_per_line_is_not_joined(tmp_path):
    # titles, metadata rows and short lines of a web page end with no full stop, but stay lines of their own
    from kg.decode import document_from_bytes
    raw = ("索引号: | 1115/2022-00022 | 组配分类: | 产品质量 |\n名称: | 某市市场监管局关于印发质量月活动方案的通知 |\n"
           "某市副市长张某\n某市市场监管局局长李某\n等领导出席了本次活动\n市市场监管局召开会议,部署质量月活动。\n")
    c = clean(document_from_bytes(raw.encode(), tmp_path / "x.txt"))
    assert len(c.paragraphs) == 6


def test_a_numbered_item_broken_at_a_lines_end_is_no_keyword_line(tmp_path):
    # a table copied from a PDF: 2.规划合理,符合以人为本、因地制宜、量力而行、持续 is a clause, kept; a site's
    # keywords (质量 标准 品牌 计量 认证 检测) are not
    from kg.decode import document_from_bytes
    raw = "1.目标明确,分阶段落实有效,2分;\n2.规划合理,符合以人为本、因地制宜、量力而行、持续\n推进的基本原则。\n质量 标准 品牌 计量 认证 检测\n"
    c = clean(document_from_bytes(raw.encode(), tmp_path / "x.txt"))
    assert "因地制宜" in c.text and "认证 检测" not in c.text


def test_gambling_words_a_spammed_page_inserted_are_dropped(tmp_path):
    # 深入贯彻365体育投注新时代…, 市场监管总局澳门必中一肖一码准一肖：推动…: the sentence reads whole, offsets kept
    from kg.decode import document_from_bytes
    raw = "原创|市场监管总局澳门必中一肖一码准一肖:推动超过1200个城市实施质量强县战略\n深入贯彻365体育投注新时代中国特色社会主义思想。\n"
    c = clean(document_from_bytes(raw.encode(), tmp_path / "x.txt"))
    assert "市场监管总局:推动" in c.text and "深入贯彻新时代中国特色社会主义思想。" in c.text
    start = c.text.index("新时代")
    assert raw[slice(*c.raw_span(start, start + 3))] == "新时代"


def test_a_site_s_footer_is_no_article_text(tmp_path):
    # 主办单位：X 承办单位：Y / 苏ICP备… / 技术支持：Z公司: the site's sponsor, host and maker, none of the story's
    from kg.extract import extract_document

    page = tmp_path / "page.txt"
    page.write_text("南通市市场监管局开展质量提升行动\n5月6日,南通市市场监管局在全市开展质量提升行动。\n"
                    "主办单位：南通市市场监督管理局 承办单位：南通市大数据管理局\n"
                    "版权所有：南通市人民政府 苏ICP备12345678号 网站标识码3206000001\n技术支持：南通软件有限公司\n"
                    "运行维护单位:中国电信南通分公司\n1999-2011@广州市交互式信息网络有限公司 (大洋网)\n"
                    "Copyright © 2003-2023 南通网络传媒有限公司\n"
                    "指导单位:中共江苏省委宣传部建设单位:南通新闻网\n", encoding="utf-8")
    r = extract_document(read_document(page))
    assert {m.canonical for m in r.mentions if m.kind in ("Agency", "Enterprise")} == {"南通市市场监督管理局"}
    # (a guiding department and a builder: the site's, and no title)
    short = tmp_path / "short.txt"
    short.write_text("某市质量大会在市民中心召开。市委书记主持会议并讲话。\n指导单位:中共某省委宣传部建设单位:某某新闻网\n", encoding="utf-8")
    assert extract_document(read_document(short)).meta.title is None


def test_a_pdfs_line_breaks_left_as_spaces_inside_words_are_dropped():
    # text copied from a PDF: a space wherever a line broke, inside words and names
    raw = ("2017年是本届政府任期的第一年。台州市市场监 管局深化“三强一制造”建设，启动全国首个智能马桶质量攻坚 行动计划，"
           "滚动实施小微企业三年成 长计划，新 增小微企业 2.6 万家，台州市质量强市工作领导小组 办公室组织开展质量提升行动。")
    c = clean(doc("标题\n" + raw))
    assert "台州市市场监管局" in c.text and "领导小组办公室" in c.text and "质量攻坚行动计划" in c.text
    i = c.text.index("监管局")
    assert raw[c.raw_span(i, i + 3)[0] - len("标题\n") :].startswith("监 管局")  # offsets still point into the raw text
    # names a byline separates stay apart, and so do two issuers
    c = clean(doc("标题\n本报讯 (吴 斌 记者 李 辉)日前,中共中央 国务院印发《质量强国建设纲要》,通讯员 谢万波 刘永能 何涛报道,"
                  "为推动《纲要》的贯彻落实,安徽省安庆市市场监管部门把学习好、宣传好、贯彻好《纲要》作为当前重要工作。"))
    assert "谢万波 刘永能 何涛" in c.text and "吴 斌 记者 李 辉" in c.text and "中共中央 国务院" in c.text


def test_a_page_that_lost_its_line_breaks_keeps_its_article(extract):
    """A whole page on one line opens with its furniture (当前位置: 首页 > …, 来源:…): the line is
    the article, not a furniture line to drop; the breadcrumb goes, the date and source fields
    inside the line are the page's, and the facts are found."""
    body = ("9月1日上午，淮北市2014年“质量月”活动启动仪式在市政府广场举行。淮北市人民政府副市长王伟出席并宣布活动正式启动。"
            "淮北市质量技术监督局局长李明介绍了活动安排。本次活动由淮北市人民政府主办。")
    page = ("当前位置: 首页 > 2014年质量月 > 活动新闻 >淮北市举行2014年“质量月”活动启动仪式时间:2014-09-03 "
            "来源:淮北市质量技术监督局" + body + "【打印本页】【关闭窗口】 http://www.example.gov.cn/a.html")
    cleaned = clean(doc(page))
    assert cleaned.text.startswith("淮北市举行2014年“质量月”活动启动仪式")
    assert "王伟出席并宣布活动正式启动" in cleaned.text
    assert (cleaned.meta.date, cleaned.meta.source) == ("2014-09-03", "淮北市质量技术监督局")
    r = extract(page)
    assert "淮北市人民政府" in names(r, "Agency") and "王伟" in names(r, "Person")

    source_first = clean(doc("来源:四川日报为加快推进质量强省建设，全面提高我省质量总体水平，现提出如下实施意见。"
                             "一、总体要求。到2027年，制造业质量竞争力指数达到88以上。" * 3))
    assert "制造业质量竞争力指数达到88以上" in source_first.text
    assert source_first.meta.source == "四川日报"
    # a furniture line of its own stays furniture
    assert clean(doc("当前位置: 首页 > 新闻中心 > 工作动态\n正文第一句。")).text.strip() == "正文第一句。"


def test_straight_quotes_and_points_typed_for_chinese_marks(extract):
    """Pages typed with straight quotes ("质量月") and a point for the full stop (召开.国家…)
    read as those typed with “” and 。: the same programmes and the same sentences."""
    curly = ("9月1日，湖州市市场监督管理局在南浔区启动2023年“质量月”活动。湖州市市场监督管理局局长张华出席启动仪式。"
             "活动期间，全市将开展“质量开放日”等系列活动。")
    typed = curly.replace("“", '"').replace("”", '"').replace("。", ".")
    got = {kind: names(extract(typed), kind) for kind in ("Agency", "Person", "Programme")}
    want = {kind: names(extract(curly), kind) for kind in ("Agency", "Person", "Programme")}
    assert got == want and want["Programme"]
    cleaned = clean(doc(typed)).text
    assert cleaned.count("。") == 3 and "“质量月”" in cleaned
    assert {"质量月", "质量开放日"} <= want["Programme"]
    # points that are no full stops stay: decimals, a list number, a point before digits after a mark
    assert clean(doc("一.指导思想\n合格率达到93.5%.下一步.5.20世界计量日")).text.split("\n")[:2] == \
        ["一.指导思想", "合格率达到93.5%。下一步。5.20世界计量日"]


def test_full_width_digits_and_markup_left_in_a_text_file(extract):
    """A word processor's full-width digits (到２０２５年, ９８．５％) and a page's markup copied
    with its text (<p>…</p>) give the same targets and names as plain text."""
    plain = "一、主要目标\n到2025年，全市食品抽检合格率达到98.5%以上。\n湖州市市场监督管理局局长张华主持会议。"
    typed = plain.translate(str.maketrans({**{str(i): chr(0xFF10 + i) for i in range(10)}, "%": "％", ".": "．"}))
    marked = "\n".join(f'<p style="text-indent:2em">{line}</p>' for line in typed.split("\n")) + "\n<br/>"

    def facts_of(page):
        r = extract(page)
        return {(m.kind, m.indicator, m.value, m.comparator, m.year) for m in r.measures}, names(r, "Person")

    want = facts_of(plain)
    assert want == ({("Target", "食品抽检合格率", 98.5, ">=", 2025)}, {"张华"})
    assert facts_of(typed) == want and facts_of(marked) == want
    assert "<p" not in clean(doc(marked)).text


def test_a_wrapped_sentence_opening_with_its_date_is_no_dateline():
    """Text copied from a PDF is cut at the page's width: a line that opens with a date and goes on
    as prose (2023年6月14日,新疆…印发《…) is the article's, not the page's dateline."""
    body = "2023年6月14日,新疆维吾尔自治区党委、自治区人民政府印发《新疆维吾尔自治区质量强区建设实施方案》,并发出通知。"
    page = "\n".join(body[i : i + 38] for i in range(0, len(body), 38)) + "\n2023-06-15 10:31 来源:新疆日报\n"
    cleaned = clean(doc(page))
    assert "2023年6月14日,新疆维吾尔自治区党委" in cleaned.text and "来源" not in cleaned.text
    assert ("dateline", "2023-06-15 10:31 来源:新疆日报") in cleaned.removed or any("2023-06-15" in s for _k, s in cleaned.removed)



def test_windows_big5_with_its_extra_characters(tmp_path):
    """Windows' Big5 (cp950) writes 恒, 裏, 墻 where Big5 proper has no code; such a file read as
    GB18030 was mojibake throughout."""
    text = "武漢恒星防水公司裏的質量管理工作，推動質量強國建設。湖北省市場監督管理局組織開展質量提升行動。"
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode("cp950"))
    d = read_document(p)
    assert (d.raw_text, d.encoding) == (text, "cp950")


def test_a_sites_menu_counters_links_and_contact_rows_are_furniture(extract):
    """A government site's page: its menu one item a line, the search box, a view counter, the
    related-links row and the footer's sponsor and contact rows carry no facts of the article."""
    page = ("首页\n机构概况\n政务公开\n通知公告\n工作动态\n请输入关键词 搜索\n来源：本站 浏览次数：1024\n"
            "湖州市市场监督管理局启动2023年“质量月”活动。\n"
            "【打印本页】 【关闭窗口】\n相关链接：国家市场监督管理总局 | 省人民政府 | 市人民政府\n"
            "主办：杭州市市场监督管理局 承办：杭州市大数据中心\n地址：北京市海淀区马甸东路9号 邮编：100088\n")
    assert clean(doc(page)).text.strip() == "湖州市市场监督管理局启动2023年“质量月”活动。"
    r = extract(page)
    assert names(r, "Agency") == {"湖州市市场监督管理局"} and "北京市" not in names(r, "Region")


def test_readers_comments_after_a_short_article_are_furniture(extract):
    """A short page's comment section (网友评论, then names, words and dates) is not the article:
    its dates do not date the page, its text is dropped."""
    page = ("黑龙江省质量工作取得新进展\n2024年，黑龙江省市场监管局牵头设定128项重点质量工作实事项目。\n"
            "网友评论\n张晓明：这个活动很好，支持！\n2023-05-12 10:21\n李华：质量强国，人人有责。\n")
    cleaned = clean(doc(page))
    assert cleaned.meta.date is None and "张晓明" not in cleaned.text


def test_a_flattened_pages_notice_title_is_a_line_again(extract):
    """On a page that lost its line breaks the notice's title runs into its addressees
    (…关于实施质量强县战略的实施意见各镇人民政府,…): it is cut off as a line of its own, so the
    title names its issuer as it does on a page with lines."""
    page = ("靖政发〔2017〕30号 靖边县人民政府关于实施质量强县战略的实施意见各镇人民政府,县政府各工作部门、直属机构:"
            "为了进一步提高全县产品质量、工程质量、服务质量的整体水平,根据《质量发展纲要(2011—2020年)》,结合我县实际,现就实施"
            "质量强县战略提出如下意见。一、指导思想坚持以质量为核心,深入实施质量强县战略。二、发展目标到2020年,全县质量安全状况明显改善。")
    cleaned = clean(doc(page))
    assert cleaned.text.split("\n")[0] == "靖政发〔2017〕30号 靖边县人民政府关于实施质量强县战略的实施意见"
    assert ("靖边县人民政府", "靖边县人民政府关于实施质量强县战略的实施意见") in facts(extract(page), "issued")


@pytest.mark.parametrize(("page", "title", "issuer"), [
    # an opinion's date in brackets after its title, the body right after it
    ("中共河南省委 河南省人民政府关于加快推进质量强省建设的实施意见(2023年1月17日)为加快推进质量强省建设,全面提升我省质量"
     "总体水平,根据《质量强国建设纲要》精神,结合我省实际,提出如下实施意见。一、总体要求(一)指导思想。深入实施质量强省战略,"
     "牢固树立质量第一意识,健全质量政策,加强全面质量管理,促进质量变革创新,着力提升产品、工程、服务质量,着力推动品牌建设。",
     "中共河南省委 河南省人民政府关于加快推进质量强省建设的实施意见", "河南省人民政府"),
    # a gazette's issue number before the title, in traditional characters with pinyin
    ("2013年第04期市政府辦公室關(guān)于印發(fā)《宜興市質(zhì)量強(qiáng)市活動(dòng)2013年行動(dòng)計(jì)劃》的通知來(lái)源:宜興市人民政府網(wǎng)站"
     "各鎮(zhèn)人民政府,市各委辦局:《宜興市質(zhì)量強(qiáng)市活動(dòng)2013年行動(dòng)計(jì)劃》已經(jīng)市政府同意,現(xiàn)印發(fā)給你們,請認(rèn)真貫徹實(shí)施。"
     "根據(jù)市政府關(guān)于開展質(zhì)量強(qiáng)市活動(dòng)的實(shí)施意見和上級要求,結(jié)合當(dāng)前工作實(shí)際,特制定本計(jì)劃。",
     "市政府办公室关于印发《宜兴市质量强市活动2013年行动计划》的通知", "宜兴市人民政府办公室"),
])
def test_a_flattened_pages_title_runs_on_into_its_date_or_after_its_issue_number(extract, page, title, issuer):
    assert title in clean(doc(page)).text.split("\n")
    assert issuer in {s for s, _ in facts(extract(page), "issued")}


def test_a_web_page_without_a_date_gets_none_made_up(tmp_path):
    """A saved .html page that states no date (only years in its text, 2023年、2024年) is not dated
    1 January of one of them, as trafilatura's date guess did; a page's own date stays."""
    body = "".join(f"<p>{s}</p>" for s in ["黑龙江省市场监管局于2023年、2024年连续两年组织实施182项重点质量工作实事项目，取得较好成效。"] * 4)
    page = f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>实事项目</title></head><body><article>{body}</article></body></html>"
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    assert clean(read_document(tmp_path / "a.html")).meta.date is None
    dated = page.replace("<head>", "<head><meta property='article:published_time' content='2025-05-28T09:00:00+08:00'>")
    (tmp_path / "b.html").write_text(dated, encoding="utf-8")
    assert clean(read_document(tmp_path / "b.html")).meta.date == "2025-05-28"


def test_a_pages_counters_pagers_and_credits_are_furniture():
    """Pager, counters, font and share rows, reviewers' credits and picture credits are no
    article text; the header's publication line, whose 来源 may name a body, stays."""
    rows = ["第1页 共3页", "返回列表", "【收藏】【打印】【关闭】", "阅读：1234", "字号：大 中 小", "扫描二维码分享", "微信扫一扫",
            "打印 关闭", "分享：", "审核：李四", "编辑：王五 校对：赵六", "视频加载中...", "点击查看大图", "（图片来源：网络）",
            "关键词:知名品牌总局示范区", "转自:山西日报", "第2b版:本地 上一版 下一版"]
    page = "发布时间:2016-01-18 来源:黑龙江省质监局\n" + "\n".join(rows) + "\n湖州市市场监督管理局启动2023年“质量月”活动。\n"
    kept = clean(doc(page)).text.replace(" ", "").strip().split("\n")
    assert kept == ["发布时间:2016-01-18来源:黑龙江省质监局", "湖州市市场监督管理局启动2023年“质量月”活动。"]


def test_lines_set_apart_by_blank_lines_are_paragraphs_though_short_and_open():
    """A page of captions and points, each on its own line between blank lines, many of one width and
    none closed by a mark, is no PDF broken at its width: a line never runs on across a blank line
    (which glued 浏览:255 to 9月17日 and a vice mayor's caption to the next body's name)."""
    lines = ["返回首页 > 您现在的位置: 某某网 > 资讯杂谈 > 正文", "发布日期:2021/10/7 20:08:05 浏览:255",
             "9月17日上午,某市“质量月”活动启动仪式在某购物中心举行。", "活动以“深入实施质量提升行动”为主题", "某市副市长欧某某",
             "某市市场监管局党组书记、局长龙某某", "等领导出席了本次活动", "1.要充分凸显企业的质量主体地位",
             "2.要持续打造市场化、法治化、国际化的一流营商环境", "3.要不断巩固提升质量创新的地位", "4.要切实发挥社会共治的监督促进作用",
             "多家单位在活动现场进行宣传宣教", "某某、龙某某翻阅现场宣传资料", "某某、龙某某在某超市对商品质量进行考察", "个个树立质量意识"]
    text = clean(doc("\n\n".join(lines) + "\n")).text
    assert text.rstrip("\n").split("\n")[2:] == lines[2:]


def test_a_big5_gateways_words_and_variant_characters_read_as_the_mainlands():
    """A Big5 gateway's page (big5.….cn/gate/big5/…) converts words too, 质量 to 品質: on a page that
    writes 品質 and never 質量 its 品质 is 质量 (品質強省戰略 is 质量强省战略); 陜 (Big5's form of 陝)
    is 陕 as OpenCC leaves it; a source field run on into the editor's is the source alone."""
    page = ("陜西:服務高品質發展 加快推進品質強省建設\n2020-11-13 18:45:52來源:中央廣電總臺國際在線編輯:王菲責編:趙瀅溪\n"
            "陜西省堅持以提高發展品質和效益為中心,大力實施品質強省戰略,紮實開展品質提升行動。\n")
    cleaned = clean(doc(page))
    assert cleaned.meta.title == "陕西:服务高质量发展 加快推进质量强省建设"
    assert cleaned.meta.source == "中央广电总台国际在线"
    assert "大力实施质量强省战略,扎实开展质量提升行动" in cleaned.text
    # (a page that writes 質量 keeps its 品质; 農產(chǎn)品質(zhì)量 read without its pinyin is 农产品质量)
    # (来源: 字体:[ ]: an empty source field, the next one after it)
    assert clean(doc("某区关于印发《某规划》的通知\n发布日期:2022-04-27 16:48:13 浏览次数: 来源: 字体:[ ]\n正文。\n")).meta.source is None
    kept = clean(doc("打造高品質生活,提升農產(chǎn)品質(zhì)量。品質優良。\n")).text
    assert "高品质生活" in kept and "农产品质量" in kept


def test_a_pdfs_wrap_spaces_go_on_every_line_of_a_document_full_of_them():
    """A PDF's text keeps its line breaks as spaces inside words; on a page where long lines hold
    many, a line with one (《质 量强国建设纲要》, 农产品质量安全 例行监测合格率) is wrapped as well; a page
    with a single separating space keeps it."""
    wrapped = ("为统筹推进质量强省建设,根据中共中央、国务院印发的《质 量强国建设纲要》精神,制定本纲要。\n"
               "以习近平新时代中国特色社会主义思想为 指导,全面贯彻党的二十大精神,深入贯彻落实习近平总书记关 于湖北工作的重要讲话"
               "和指示批示精神,认真落实省第十二次党 代会部署,立足新发展阶段,完整、准确、全面贯彻新发展理念。\n"
               "先进制造业提质增效,制造业质 量竞争力指数达到89以上,规模以上工业企业关键工序数控化 率达到65%以上,服务业扩容"
               "提质,有效满足产业转型升级和居 民消费升级需要,力争建成5个质量卓越产业集群,推进质量强省建设。\n"
               "农产品质量安全 例行监测合格率高于国家要求。\n")
    text = clean(doc(wrapped)).text
    assert "《质量强国建设纲要》" in text and "农产品质量安全例行监测合格率" in text
    assert "质量安全 例行" in clean(doc("农产品质量安全 例行监测合格率高于国家要求。\n")).text


@pytest.mark.parametrize("header", ["新闻推荐", "相关推荐", "往期回顾", "相关报道"])
def test_a_recommended_news_list_ends_the_article(header):
    # 新闻推荐 / 让…更美好 市妇联举办“…”活动 / 本报讯…: another article's teaser, no fact of this one
    raw = "\n".join(["剑阁县召开质量强县工作会议。", "(白元富)", "", header, "",
                     "市妇联举办“携手成长”关爱留守儿童游学活动", "本报讯 8月18日,由市妇联主办的活动举行。"])
    c = clean(doc(raw))
    assert "妇联" not in c.text


def test_no_source_from_a_copyright_notice_or_a_feed_code():
    # 版权声明:凡注明“来源:中国西藏网”的所有作品…: the notice quotes a credit line; 来源: sp20241127 is a code
    c = clean(doc("全国质量月活动专场举办\n本报电 对话会日前在合肥举办。\n版权声明:凡注明“来源:中国西藏网”的所有作品,版权归某公司。"))
    assert c.meta.source is None
    assert clean(doc("发布时间:2024-11-27 09:00:46 来源: sp20241127\n正文第一句。")).meta.source is None
    assert clean(doc("标题示例\n2024-11-27 来源: 新华网\n正文第一句。")).meta.source == "新华网"


def test_a_title_in_a_gazette_row_drops_its_empty_cells():
    c = clean(doc("嘉兴市人民政府关于公布2015年嘉兴市市长质量奖获奖单位的通知 | |\n各县(市、区)人民政府: 决定授予某公司市长质量奖。"))
    assert c.meta.title == "嘉兴市人民政府关于公布2015年嘉兴市市长质量奖获奖单位的通知"


def test_a_notice_title_broken_over_three_lines_is_one():
    # 国家认监委秘书处关于请提供 / “小微企业质量管理体系认证提升行动” / 工作总结的通知 is one title; a line that
    # opens a title again (广东省人民政府关于…, after a line naming the whole title) is no middle line of the first
    raw = "发布时间:2024-11-28\n\n国家认监委秘书处关于请提供\n\n“小微企业质量管理体系认证提升行动”\n\n工作总结的通知\n\n各认证机构:\n现请你机构提供总结。"
    assert clean(doc(raw)).meta.title == "国家认监委秘书处关于请提供“小微企业质量管理体系认证提升行动”工作总结的通知"
    raw = ("粤府函〔2020〕102号《广东省人民政府关于2019年度地级以上市人民政府质量工作考核结果的通报》\n"
           "浏览量: 时间:2023-09-26 22:35:01\n广东省人民政府关于2019年度地级以上\n市人民政府质量工作考核结果的通报\n"
           "粤府函〔2020〕102号\n各地级以上市人民政府:\n现将结果通报如下。")
    assert "》广东省" not in clean(doc(raw)).text


def test_a_page_that_opens_with_its_article_takes_no_later_link_for_its_title():
    # the article first, then the site's links to other news: no title; a document's own title after 原文如下: is
    raw = ("国家市场监管总局近日发布通报,江苏省以总体满意度82.77分排名全国第一。参与调查的城市中,南京市位列第一,泰州市列第3位。\n"
           "徐州铁警强化安保举措保障“五一”假期旅客\n扬州举行国际护士节主题活动 致敬白衣天使")
    assert clean(doc(raw)).meta.title is None
    raw = ("10月30日,广州市市场监督管理局发布关于征求《广州市质量强市建设实施方案》意见的通告。方案指出,强化产业集群质量引领。\n"
           "原文如下:\n广州市市场监督管理局关于征求《广州市质量强市建设实施方案》意见的通告\n为全面落实纲要,现征求意见。")
    assert clean(doc(raw)).meta.title == "广州市市场监督管理局关于征求《广州市质量强市建设实施方案》意见的通告"


def test_a_source_keeps_a_bracket_of_its_own():
    c = clean(doc("绩溪县承办启动仪式\n发布时间:2021-09-14 12:01 来源:市场监督管理局(知识产权局) 张亚会 浏览:\n正文第一句。"))
    assert c.meta.source == "市场监督管理局(知识产权局)"
    assert clean(doc("标题示例\n2025年01月30日\n正文第一句。\n(来源:中证网)")).meta.source == "中证网"


def test_gazette_field_rows_in_brackets_and_counters_are_no_title_or_source():
    # [ 发布机构 ] | 大渡口区人民政府 |: a field row; 信息来源:X浏览次数: the counter's label ends the source; 来源:本 网
    raw = ("[ 发布机构 ] | 大渡口区人民政府 |\n[ 发布日期 ] | 2024-01-17 |\n"
           "重庆市大渡口区人民政府关于印发质量强区建设实施方案 (2023-2027年)的通知\n各镇人民政府:\n现印发给你们。")
    assert clean(doc(raw)).meta.title == "重庆市大渡口区人民政府关于印发质量强区建设实施方案 (2023-2027年)的通知"
    c = clean(doc("某区人民政府关于印发某方案的通知\n发布日期:2018-04-13信息来源:宁波市奉化区科技局浏览次数:字号:[ ]\n正文。"))
    assert c.meta.source == "宁波市奉化区科技局"
    assert clean(doc("某某标题示例\n来源:本 网 作者:含 糊 时间:2016-12-29\n正文第一句。")).meta.source is None


def test_an_e_paper_systems_article_record_is_no_text(extract):
    # --> 日期 标题 版次 报名 content_….html 1 副题 /enpproperty-->: what a newspaper's e-paper system leaves in
    # its page; its subtitle is no second figure (was an indicator 1制造业产品质量合格率)
    r = extract("2022年质量状况白皮书发布\n2022年，安徽省制造业产品质量合格率为93.1%。\n"
                "--> 2023-09-06 2022年质量状况白皮书发布 4 4 江淮晨报 content_241571.html 1 制造业产品质量合格率达93.1% /enpproperty-->")
    assert names(r, "Indicator") == {"制造业产品质量合格率"}
    assert len(r.measures) == 1


def test_a_gazette_tables_field_row_is_no_title_and_its_empty_cells_no_part_of_one(extract):
    # 组配分类 | 专项规划 | 发布机构 | X |: the record's fields; the title row ends in the table's empty cells
    r = extract("索引号 | 001008003004120/2022-233387 | ||\n组配分类 | 专项规划 | 发布机构 | 乐清市人民政府 |\n"
                "生成日期 | 2022-03-03 | 公开方式 | 主动公开 |\n"
                "乐清市人民政府关于印发乐清市质量强市“十四五”规划的通知 | " + "|" * 150 + "\n"
                "各乡镇人民政府: 《乐清市质量强市“十四五”规划》已经市政府同意,现印发给你们,请认真组织实施。 乐清市人民政府 2021年12月24日")
    assert r.meta.title == "乐清市人民政府关于印发乐清市质量强市“十四五”规划的通知"
    assert "乐清市人民政府关于印发乐清市质量强市“十四五”规划的通知" in names(r, "Plan")


def test_a_disclaimers_placeholder_is_no_source(extract):
    # 免责声明:凡本网注明“来源:XXX(非本网)”的作品…: the form a disclaimer quotes, no outlet of this page
    r = extract("日前,上蔡县正式启动2016年县长质量奖申报工作。\n"
                "免责声明:凡本网注明“来源:XXX(非驻马店广视网)”的作品,均转载自其它媒体。")
    assert r.meta.source is None


def test_a_header_line_with_its_sources_link_still_dates_the_page(extract):
    # 2012年02月22日 19:02 信息来源:http://…: the link is dropped, the date kept (the body's 2月15日 is the meeting's)
    r = extract("石家庄市质量工作会议召开\n2012年02月22日 19:02    信息来源:http://example.gov.cn/gzdt/201202/t20120220_1.htm\n"
                "2012年2月15日,石家庄市组织召开质量工作会议。")
    assert r.meta.date == "2012-02-22"


def test_a_run_of_toneless_pinyin_after_a_character_is_dropped(extract):
    # 國(guo)(guo)(guo)務院: a page's reading aid printed once per use of the character, without tones
    r = extract("自2017年(nian)起,每年(nian)5月10日(ri)(ri)被(bei)確定(ding)為中(zhong)國(guo)(guo)(guo)品(pin)(pin)牌(pai)日(ri)(ri),"
                "這是(shi)一個經國(guo)(guo)(guo)務院批復同(tong)意由國(guo)(guo)家發(fa)展(zhan)改革委每年(nian)組織實施的活(huo)動(dong)。")
    assert {"国务院", "国家发展和改革委员会"} <= names(r, "Agency")
    assert "中国品牌日" in names(r, "Programme")


def test_a_gazette_row_of_spaced_fields_is_no_title(extract):
    # 发布机构 区市场监督管理分局 文号 …: two labels with their values, spaced; the notice's title comes below
    r = extract("索引号 1133090008737926X1/2023-155631 公开日期 2023-12-15\n发布机构 区市场监督管理分局 文号 普质强区发〔2023〕1号\n"
                "关于印发《岱山县质量强县实施方案》的通知\n各镇人民政府:\n现将《岱山县质量强县实施方案》印发给你们,请认真贯彻实施。")
    assert r.meta.title == "关于印发《岱山县质量强县实施方案》的通知"
