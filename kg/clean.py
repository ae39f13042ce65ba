"""Stage 2: raw text -> CleanText (boilerplate and repeated bodies removed, inline pinyin
dropped, traditional -> simplified), keeping for every kept character its offset in the
original text so that every mention can point back into the file.
"""

from __future__ import annotations

import bisect
import html.entities
import itertools
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .model import Document, DocumentMeta
from .structure import cn_number

# A pinyin syllable with tone marks (or a tone digit) in parentheses right after a Han
# character: 國(guó)家. Requires a vowel, so (kg), (GDP), (集团), (2023—2025年) stay.
_PINYIN = re.compile(  # (one annotation or a run of them: 國(guo)(guo)(guo)家, a page's reading aid printed once per use)
    r"(?<=[\u3400-\u9fff])(?:[(（][bcdfghjklmnpqrstwxyz]{0,2}h?"
    r"[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+(?:ng|n|r)?[1-5]?[)）])+"
)

# Gambling-site words a spammed page inserts into its sentences (深入贯彻365体育投注新时代…, 市场监管总局澳门必中一肖一码
# 准一肖：推动…, bob最新官网国务院决定…): dropped like pinyin, so the sentence around them reads whole
_SPAM_INSERT = re.compile(
    r"365bet[^\s，,。；;、《》“”]*?(?:网站|备用网站?)(?:_365bet[^\s，,。；;、《》“”]*?(?:网站|备用网站?))*"
    r"|365体育投注|(?:澳门|新澳|香港)?(?:必中|精准)?一肖一码(?:准一肖)?|bob最新官网|j2(?:开奖)?直播|本港台直播",
    re.IGNORECASE,
)

_SPAM_MARKS = ("365", "一肖", "bob", "BOB", "直播")
# a forum's anti-copy jammer, one- and two-character ASCII scraps between spaces (9 A' h! l4 ^. ], u, w;
# 推动高质量发展的重大突破( ?0 w( i/ f0 J5 j2 Z( V): dropped like spam words (five or more scraps, three of them marks)
_JAMMER = re.compile(r"(?:[!-~]{1,2}[ \t]+){4,}[!-~]{1,2}(?![!-~])")
_ASCII_MARK = re.compile(r"[!\"#$&'()*+,:;<=>?@\[\\\]^_`{}~]")  # (not | % . - /: a table's cells, numbers, dates)

# Lines that are site furniture, not article text.
_BOILER_LINE = re.compile(
    r"^[【\[]?\s*(当前位置|您的位置|首页\s*[>›]|分享到|责任编辑|编辑[:：]|来源[:：]|本文来源|作者[:：]|文章评分|文章评论|署名[:：]"
    r"|正在加载|上篇[:：]|下篇[:：]|上一篇|下一篇|©|Copyright|版权所有|版权声明|免责声明|↑\s*TOP|我要评论|我也来说两句|会员登录|More>>"
    r"|等待处理|打印本页|关闭窗口|【字体|扫一扫|返回顶部|点击排行|[0-9]分\s+[0-9]分|http[s]?://\S+$"
    r"|相关链接[:：]|友情链接|请输入(?:关键[词字]|搜索)|站内搜索|关注我们|欢迎关注"
    r"|第\s*\d+\s*页|共\s*\d+\s*页|返回列表|【收藏】|【打印】|阅读(?:数|量|次数)?[:：]\s*\d|字号[:：]|扫描二维码|微信扫一扫"
    r"|打印\s*关闭|分享[:：]?\s*$|审核[:：]|校对[:：]|视频加载中"
    r"|点击查看大图|[（(]图片来源|设为首页|加入收藏|收藏本站|论坛风格切换|切换到宽版|只看楼主|上一主题|下一主题"
    r"|关键[词字][:：]|转自[:：]|转载自[:：]"  # (关键词:知名品牌总局示范区: a page's tags; 转自:山西日报: a repost's source)
    r"|第\s*[A-Za-z\d]{1,4}\s*版\s*[:：]|上一版\s*下一版)",  # (第2b版:本地 上一版 下一版: a paper's page row)
    re.IGNORECASE,
)
_BOILER_ANYWHERE = re.compile(r"(浏览量[:：]|(?:浏览|点击|阅读|访问)(?:次数|数|量)[:：]|我要评论|条评论|供稿[:：]|责任编辑[:：]|本报记者.{0,12}报道$"
                              # (--> 2023-09-06 标题 4 4 楚天都市报 content_241571.html 1 副题 /enpproperty-->: the
                              # article record a newspaper's e-paper system leaves in its page, unhidden)
                              r"|enpproperty"
                              # (标准查询网-电话:010-62993931: a site's banner with its telephone number)
                              r"|(?:电话|热线|传真)[:：]\s*(?:\+?86[-\s]?)?[(（]?0\d{2,3}[)）]?[-\s]?\d{7,8})", re.IGNORECASE)
# a site's menu, one item a line or several to a line: 首页 / 机构概况 / 政务公开 / 通知公告
_MENU_ITEM = (r"(?:首页|网站首页|机构概况|机构设置|机构职能|领导信息|领导简介|内设机构|直属单位|政务公开|信息公开|政府信息公开|政策法规|"
              r"政策解读|通知公告|工作动态|新闻中心|新闻动态|要闻动态|专题专栏|办事服务|网上办事|在线办事|互动交流|公众参与|"
              r"关于我们|联系我们|网站地图|无障碍|English|繁体|简体|登录|注册)")
_MENU_LINE = re.compile(rf"^\s*{_MENU_ITEM}(?:\s*[|｜·•/]?\s*{_MENU_ITEM})*\s*$")
# a site's footer: its registration numbers, its maker, its sponsor and host (主办单位：X 承办单位：Y)
_FOOTER = re.compile(r"ICP备|ICP证|公网安备|网站标识码|技术支持[:：]|网站地图|政府网站找错|建议使用.{0,12}浏览器|分辨率"
                     # a copyright row: 1999-2011@广州市交互式信息网络有限公司 (大洋网), © 2003—2023 某某网
                     r"|^(?i:copyright)?\s*©\s*(?:19|20)\d\d|^(?:19|20)\d\d\s*[-—–~]\s*(?:19|20)\d\d\s*[@©]"
                     r"|^(?:运行维护单位|运维单位|维护单位)[:：]"
                     r"|^(?:联系)?(?:地址|电话|邮编|传真|邮箱|E-?mail)[:：]"  # a site's contact rows
                     r"|^(?:网站)?(?:主办单位|承办单位|主管单位|协办单位|维护单位|运维单位|网站主办|主办|指导单位)[:：].{0,60}"
                     r"(?:承办单位|承办[:：]|主管单位|协办单位|维护|技术支持|版权|ICP|电话|地址|邮编|建设单位)")
# After one of these headers, the rest of the page is link lists.
_RELATED_HEADER = re.compile(r"^[『【\[]?\s*(相关阅读|相关新闻|相关文章|相关链接|推荐阅读|延伸阅读|热点推荐|猜你喜欢"
                             r"|新闻推荐|相关推荐|精彩推荐|热门推荐|热门文章|热门新闻|更多阅读|更多新闻|推荐新闻|往期回顾|往期推荐|相关报道|相关稿件"
                             r"|网友评论|发表评论|评论区|网友留言|用户评论|相关评论|热门评论|最新评论)\s*[』】\]]?\s*$")
_LIST_ITEM = re.compile(r"^\s*[·•\-–—]\s*\S")
_ORGAN_LINE = re.compile(r"^.{2,30}(主管|主办|承办)$")
_DATE = re.compile(r"(20\d\d|19\d\d)\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
# a formal document's date with its month and day in Chinese numerals (2011年六月二十八日, the year
# made Arabic by to_simplified)
_DATE_CN = re.compile(r"(20\d\d|19\d\d)年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_CRUMB_LINE = re.compile(r"当前的?位置|您的位置|您现在的位置|首页\s*(?:[>＞»›]|&gt;)")
# a gazette's record of a document: 文件名称 | X |, 标　题：X, 名 称: X 发布日期: …
TITLE_FIELD_LABEL = r"(?:文件名称|文件标题|标\s*题|名\s*称)"  # a gazette record's field that names the document
DOC_NUMBER = r"[\u4e00-\u9fff]{1,10}\s*[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号"  # a document's number: 江府办函〔2018〕83号
HEADING_NUMBER = r"(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])"  # 2., 一、, (三)
_TITLE_FIELD = re.compile(rf"^\s*{TITLE_FIELD_LABEL}\s*[|｜:：]\s*([^|｜\s]{{6,80}}?)\s*(?:[|｜]|\s|$)"
                          r"|[\[【]\s*标\s*题\s*[\]】]\s*([^\[【\s]{6,80})")  # ([ 标 题 ] X关于…的通知)
_FIELDS_AFTER_TITLE = re.compile(r"\s+(?:发布|更新)?(?:时间|日期)[:：].*$|\s*\[(?:复制链接|打印|收藏)\]\s*$")
_NEXT_FIELD = re.compile(r"(?:责任编辑|编辑|责编|作者|记者|通讯员|浏览|点击|阅读|字体|字号|分享|发布时间|时间)(?:次数|量|数)?[:：]")
# a copyright notice quotes the credit line it asks for (凡注明“来源:中国西藏网”的所有作品…): no source of this page
EMPTY_CELLS = " |｜"  # what a gazette table's empty cells leave after a title in its row (…的通知 | ||||)
_WEB_ADDRESS = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://\S*")
_RIGHTS_NOTICE = re.compile(r"版权声明|免责声明|凡(?:本网|本站)?注明|所有作品|版权归")
_BODY_PARAGRAPH = re.compile(r"^.{60,}[。！？].*$|^(?:[^。！？]*[。！？]){2,}")  # a paragraph of prose, no title line
_NOT_A_SOURCE_NAME = re.compile(r"[“”\"「」]|^[\x00-\x7f]*\d{4,}[\x00-\x7f]*$|^.$|^[XxＸ×]+$")  # (来源:本 网: one
# character; 来源:XXX: a form's placeholder)
_SOURCE = re.compile(r"(?:本文)?(?:来源|转自|转载自)[:：]\s*([^\s　()（）】\]]+(?:[(（][^()（）\s]{1,12}[)）])?)")  # ((来源:中证网): not its closing bracket; 来源:市场监督管理局(知识产权局): a bracket of its own)
# A级:清城区、清新区、连州市、阳山县、英德市; a labelled list of names, ended as a clause is: content
_PROSE_MARKS = re.compile(r"[，,、《“]")  # marks of a sentence, which a dateline's fields have none of
_LABELLED_LIST = re.compile(r"^[^:：\s]{1,6}[:：][^:：]*[;；]\s*$")
_SENTENCE_PUNCT = re.compile(r"[。！？；]")
# a page that lost its line breaks is one line: its furniture (当前位置: 首页 > 新闻 >…, 来源:…) opens the article
_ARTICLE_LINE_CHARS = 150
_ARTICLE_LINE_STOPS = re.compile(r"[。！？!?]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# a point ending a Chinese sentence, in a line with no 。: after a Han character (no list number's
# 一. standing first) or a closing mark, before Han text, a quote, a space or the line's end
# (阶段.5年来: after a Han character a digit may follow, since no decimal point stands there)
_ASCII_STOP = re.compile(r"(?<=[\u4e00-\u9fff])(?<![\s，,、：:；;（(][一二三四五六七八九十])(?<!^[一二三四五六七八九十])"
                         r"\.(?=[\u4e00-\u9fff“\s\d]|$)|(?<=[）)”%])\.(?=[\u4e00-\u9fff“\s]|$)")
# a notice's or an opinion's title opening a page that lost its line breaks, and what follows it there
# (run on the raw line: traditional characters and pinyin too, 市政府辦公室關(guān)于印發…的通知)
_PY = r"(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[1-5]?[)）])?"
_RUN_ON_TITLE = re.compile(rf"(?P<issue>\s*\d{{4}}年第\d{{1,3}}期)?\s*[^。！？，,：:；;\n]{{2,40}}?[关關]{_PY}[于於]{_PY}[^。！？\n]{{2,120}}?的{_PY}"
                           rf"(?:通{_PY}知|[意][见見]|[实實]施{_PY}[意][见見]|[决決]{_PY}定|通{_PY}[报報]|批{_PY}[复復])"
                           rf"(?=各|[来來]{_PY}源|[发發]{_PY}布|[时時]{_PY}[间間]|日期|文{_PY}[号號]|索引"
                           r"|\s|[（(〔\[]?[\u4e00-\u9fff]{1,4}[发办字]〔?\[?\d"
                           r"|[（(]\d{4}年\d{1,2}月\d{1,2}日[)）][\u4e00-\u9fff])")  # (…的实施意见(2023年1月17日)为加快…)
_SOURCE_NAME = re.compile(r".{2,20}?(?:日报|晚报|时报|商报|新闻网|电视台|人民政府|委员会|办公室|网|报|局|厅)")
_BREADCRUMB = re.compile(r"^\s*(?:当前位置|您的位置|您现在的位置|所在位置|位置)?\s*[:：]?\s*首页(?:\s*[>›»][^>›»。，,]{1,24}?){0,6}\s*[>›»]\s*")
# a comma right before another mark (,, ,、 ,。) that some scraped pages put after every clause
# (not after a body's last character: 中共中央 国务院, 中共浙江省委 浙江省人民政府 are two issuers)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![委府局院部厅会央室]) (?=[\u4e00-\u9fff])")
_HAN_RUN_BEFORE = re.compile(r"[\u4e00-\u9fff]+$")
_HAN_RUN_AFTER = re.compile(r"[\u4e00-\u9fff]+")


def _wrap_spaces(segment: str) -> list[tuple[int, int]]:
    """Spaces a PDF's line breaks left inside words: between two Han characters, one side a run of
    five or more (质量攻坚 行动计划, 新 增小微企业). A space between short runs separates names
    (通讯员 谢万波 刘永能 何涛, 吴 斌 记者 李 辉) and stays."""
    out = []
    for m in _WRAP_SPACE.finditer(segment):
        left = _HAN_RUN_BEFORE.search(segment, max(0, m.start() - 5), m.start())
        right = _HAN_RUN_AFTER.match(segment, m.end(), m.end() + 5)
        if max(len(left.group()) if left else 0, len(right.group()) if right else 0) >= 5:
            out.append(m.span())
    return out


_CJK_LATIN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z%]) (?=[\u4e00-\u9fff])|(?<=\d) (?=%)")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
# (and ?? opening a line: the full-width spaces of a paragraph's indent, lost to a scrape's encoding)
_LEAD_BULLET = re.compile(r"(?:[●■◆▲★◎※☆◇□▶►➢✓√◆▪]|[?？]{2,4})\s*")
_MARKUP_TAG = re.compile(r"</?(?:p|br|div|span|strong|b|i|u|em|font|a|img|td|th|tr|table|tbody|li|ul|ol|h[1-6]|section|"
                         r"article|center|sup|sub|hr|o:p)(?:\s[^<>]{0,300})?/?>", re.IGNORECASE)
_DOUBLED_MARK = re.compile(r"[,，](?=[,，、。；;])")
# 得分80。50分, 较全国高1。41分, 分别提高了5。93、2。02和1。40分: an ideographic full stop some pages
# type as the decimal point, between digits and before a unit or the next item of a list
_DECIMAL_STOP = re.compile(r"(?<=\d)。(?=\d{1,2}\s*(?:分|%|％|个百分点|倍|、|和|[)）]))")


@dataclass
class CleanText:
    """Cleaned text plus, for each of its characters, the offset in the raw text."""

    text: str
    origin: Sequence[int]  # an array of machine integers (a list in hand-made examples)
    paragraphs: list[tuple[int, int]]  # (start, end) in text, one per kept line
    removed: list[tuple[str, str]]  # (reason, line) for what was dropped
    meta: DocumentMeta

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the raw text covering clean text [start, end)."""
        return self.origin[start], self.origin[end - 1] + 1


_ENTITY = re.compile(r"[&?](#x[0-9a-fA-F]{2,5}|#\d{2,6}|[a-zA-Z]{2,7});")


def _entity_char(m: re.Match[str]) -> str | None:
    """The character an HTML character reference stands for (no-break space as a space), if any.

    >>> [_entity_char(m) for m in _ENTITY.finditer("&ldquo;铁拳&#8221; &nbsp; ?rdquo; &bogus;")]
    ['“', '”', ' ', '”', None]
    """
    name = m.group(1)
    if name.startswith("#"):
        try:
            code = int(name[2:], 16) if name[1:2] in "xX" else int(name[1:])
            ch = chr(code)
        except (ValueError, OverflowError):
            return None
    else:
        ch = html.entities.html5.get(name + ";")
        if ch is None or len(ch) != 1:
            return None
    return " " if ch == "\xa0" else ch


# what is read one character for one before OpenCC: full-width digits, letters and the marks of numbers
# (２０１５年, ９８％, ＧＢ／Ｔ), as a word processor types them: ASCII, as the value and code patterns read them
# (the Chinese punctuation of the same block, ，：；（）, stays)
_BEFORE_T2S = str.maketrans(
    {chr(0xFF10 + i): str(i) for i in range(10)}
    | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}
    | {chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}
    | {"％": "%", "．": ".", "／": "/", "＋": "+"}
    # and Hong Kong's and Taiwan's quotes (「質量月」): the mainland's (〈〉 stay: inside 《》 the mainland
    # writes them for a title within a title, 《关于印发〈…方案〉的通知》)
    | {"「": "“", "」": "”", "『": "‘", "』": "’", "﹁": "“", "﹂": "”"}
    # and variant characters OpenCC leaves as they are: 陜 for 陝 (Big5's 陜西, 陜西省質監局), 靑, 隷, 搾
    | {"陜": "陝", "靑": "青", "隷": "隸", "搾": "榨"}
)


# a year in Chinese numerals (二〇二五年, 二○一三年, 一九九八年), as formal documents date themselves:
# Arabic digits, one for one, so that every year pattern reads it and offsets stay
CN_YEAR_DIGITS = "〇○零一二三四五六七八九"  # the numerals a year is written in (二〇二五, 二○一三, 一九九八)
_CN_YEAR = re.compile(rf"(?:一九|二[〇○零])[{CN_YEAR_DIGITS}]{{2}}(?=年)")
_CN_DIGITS = str.maketrans(CN_YEAR_DIGITS, "000123456789")


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=4096)  # each kept line is converted twice: to classify it, then to keep it
def to_simplified(text: str) -> str:
    """Traditional -> simplified with OpenCC (phrase-aware).

    >>> to_simplified("國家市場監督管理總局"), to_simplified("到２０２５年達到９８．５％")
    ('国家市场监督管理总局', '到2025年达到98.5%')
    """
    simplified = _converter().convert(text.translate(_BEFORE_T2S))
    if "年" in simplified:
        simplified = _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGITS), simplified)
    return simplified


def strip_pinyin_spans(text: str) -> list[tuple[int, int]]:
    """Spans of inline pinyin annotations to drop.

    >>> s = "國(guó)家(jiā)方案(2023—2025年)(集团)(GDP)中(zhong)國(guo)(guo)(guo)"
    >>> "".join(c for i, c in enumerate(s) if not any(a <= i < b for a, b in strip_pinyin_spans(s)))
    '國家方案(2023—2025年)(集团)(GDP)中國'
    """
    return [m.span() for m in _PINYIN.finditer(text)]


def _convert_line(chars: str) -> str:
    """t2s that never changes the length (so the offset map stays 1:1)."""
    converted = to_simplified(chars)
    if len(converted) == len(chars):
        return converted
    return "".join(c if len(c) == 1 else o for o, c in zip(chars, (to_simplified(ch) for ch in chars), strict=True))


def _without(segment: str, offset: int, drop: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """`segment` without the `drop` spans (sorted, possibly overlapping), and the raw offset of
    each character kept: the kept runs are sliced whole, not visited character by character.

    >>> _without("國(guó)家", 10, [(1, 6)])
    ('國家', [10, 16])
    """
    parts: list[str] = []
    offs: list[int] = []
    at = 0
    for a, b in drop:
        if a > at:
            parts.append(segment[at:a])
            offs.extend(range(offset + at, offset + a))
        at = max(at, b)
    if at < len(segment):
        parts.append(segment[at:])
        offs.extend(range(offset + at, offset + len(segment)))
    return "".join(parts), offs


def _normalise_line(line: str) -> str:
    line = _PINYIN.sub("", _INVISIBLE.sub("", line).strip())
    if "<" in line:
        line = _MARKUP_TAG.sub("", line).strip()
    if "." in line and "。" not in line:
        line = _ASCII_STOP.sub("。", line)
    return to_simplified(line)


def _line_kind(line: str) -> str | None:
    """Why a (simplified, pinyin-free) line is boilerplate, or None if it is article text."""
    s = line.strip()
    if not s:
        return "blank"
    if _BOILER_LINE.search(s) or _MENU_LINE.match(s):
        return "furniture"
    if _BOILER_ANYWHERE.search(s) and not _SENTENCE_PUNCT.search(s):
        return "furniture"
    if _FOOTER.search(s) and not _SENTENCE_PUNCT.search(s):
        return "footer"
    if _ORGAN_LINE.match(s) and len(s) < 32:
        return "masthead"
    if re.fullmatch(r"[\d\-: /年月日]+", s) or _DATE_CN.fullmatch(s):
        return "date"  # (a notice's date in Chinese numerals, 二〇一一年六月二十八日, read as 2011年六月二十八日)
    if (dated := _DATE.match(s)) and len(s) < 60 and not _SENTENCE_PUNCT.search(s) \
            and not _PROSE_MARKS.search(s, dated.end()):
        return "dateline"  # (2023年6月14日,新疆…印发《…: a sentence opening with its date, a PDF's line cut short)
    tokens = re.split(r"[\s,，|、]+", s)
    # (2.规划合理,符合以人为本、因地制宜、量力而行、持续: a numbered item's clause, and a clause that lists
    # with 、 after a comma, are prose broken at a line's end, not a site's keywords)
    if len(tokens) >= 5 and all(len(t) <= 6 for t in tokens) and not _SENTENCE_PUNCT.search(s) \
            and not _LABELLED_LIST.match(s) and not re.match(r"[(（]?\d{1,2}[.、．)）]\D", s) \
            and not ("、" in s and re.search(r"[\u4e00-\u9fff]{2}[,，][\u4e00-\u9fff]", s)) \
            and not re.search(r"(?:[|\t]|\s\s)\s*20\d\d\s*年", s):  # (| 指标 | 2020年 | 2025年 |: a table's header row)
        return "keywords"
    return None


def pair_ascii_quotes(line: str) -> str:
    """A Chinese line's straight double quotes as the curly pairs the recognisers read (开展"质量月"
    活动 → 开展“质量月”活动), when they pair up (an even number); the length never changes.

    >>> pair_ascii_quotes('开展"质量月"活动和"品牌日"宣传')
    '开展“质量月”活动和“品牌日”宣传'
    >>> pair_ascii_quotes('他说"好'), pair_ascii_quotes('size="3"')
    ('他说"好', 'size="3"')
    """
    if line.count('"') % 2 or not _HAN.search(line):
        return line
    parts = line.split('"')
    return "".join(part + ("“" if k % 2 == 0 else "”") for k, part in enumerate(parts[:-1])) + parts[-1]


def _holds_an_article(line: str) -> bool:
    """Is a line that opens like site furniture (当前位置:, 来源:) long and made of sentences: a
    page whose line breaks were lost, not a furniture line?

    >>> _holds_an_article("来源:四川日报 2023-05-01")
    False
    >>> _holds_an_article("当前位置: 首页 > 新闻 > " + "巴彦淖尔市举行质量月活动启动仪式。" * 10)
    True
    """
    return len(line) >= _ARTICLE_LINE_CHARS and len(_ARTICLE_LINE_STOPS.findall(line)) >= 2


_DEADLINE_BEFORE = re.compile(r"(?:截止|截至)(?:日期|时间)?(?:为|是|到)?\s*$")


def _date_in_body(line: str, m: re.Match[str]) -> bool:
    """Is the date inside a paragraph of the article (宋继红介绍，1955年6月11日，针对当时…), not the
    page's own date? A long line of sentences dates its story only at its start or after a dateline
    (本报讯…2019年…, 新华社北京…电)."""
    if _SENTENCE_PUNCT.search(line) and _DEADLINE_BEFORE.search(line, 0, m.start()):
        return True  # (申报截止日期为2012年5月30日。: a deadline the article gives, however short its line)
    if len(line) <= 60 or not _SENTENCE_PUNCT.search(line) or m.start() == 0:
        return False
    # (…作出新的更大贡献! 徐州市人民政府 2024年6月27日: a flattened page's signature dates it)
    # (…活动新闻发布会暨启动仪式时间:2014-09-03 来源:…: a page without line breaks, its date field inline)
    return not re.search(r"(讯|电|消息|报道)\W{0,3}[^，,。]{0,12}$|(政府|局|委员会|办公室|办公厅|领导小组)\s*$"
                         r"|(?:发布|更新|发稿)?(?:时间|日期)\s*[:：]\s*$", line[: m.start()])


def _could_be_title(ln: str, said_twice: bool = False) -> bool:
    """Is a header line shaped as a title: short, Chinese, no sentence or date in it, no site furniture?
    A line the page says twice (its title bar, then above the article) may have a comma or an
    exclamation (湛江“质量月”来了!精彩活动,提前剧透)."""
    return (
        6 <= len(ln) <= 60
        and len(_HAN.findall(ln)) >= 4  # (menu-icon, search icon, 7*24 快讯: a page's markup words, a column's label)
        and not (re.search("[。；;]", ln) if said_twice else _SENTENCE_PUNCT.search(_HEADLINE_CRY.sub(r"\1", ln)))
        and not _line_kind(ln)
        and not ln.startswith("http")
        and (said_twice or not re.search(r"[,，。]", ln))
        and not _DATE.search(ln)
        and not _NAVIGATION_MARKS.search(ln)
        and not ln.endswith((":", "："))  # (市场监管总局新闻发言人于军: a speaker's label)
        and not _NOT_A_TITLE.search(ln)
    )


def extract_meta(raw_lines: list[str]) -> DocumentMeta:
    """Title, date and source stated in the page header (first lines)."""
    head = []
    for ln in raw_lines[:15]:
        if _RELATED_HEADER.match(ln.strip()):
            break  # (a short page's comments or related links: their dates are not the page's)
        if "://" in ln and not _holds_an_article(ln):
            ln = _WEB_ADDRESS.sub("", ln)  # (2012年02月22日 19:02 信息来源:http://…: the page's date and its source's link)
        if ln.strip():
            head.append(_normalise_line(ln))
    date = source = title = None
    for ln in head:
        if date is None and (m := _DATE.search(ln) or _DATE_CN.search(ln)) and not _date_in_body(ln, m):
            y, mo, d = m.groups()
            month, day = cn_number(mo), cn_number(d)
            if 1 <= month <= 12 and 1 <= day <= 31:
                date = f"{y}-{month:02d}-{day:02d}"
        if source is None and (m := _SOURCE.search(ln)) and not _RIGHTS_NOTICE.search(ln):
            # (来源:中央广电总台国际在线编辑:王菲责编:赵滢溪: the next field, run on without a space, is none of it)
            source = _NEXT_FIELD.split(m.group(1), maxsplit=1)[0].strip("　 ") or None
            if source and _holds_an_article(ln):  # 来源:四川日报为加快推进…: on a page without line breaks the name runs on
                named = _SOURCE_NAME.match(source)
                source = named.group() if named else None
            if source and _NOT_A_SOURCE_NAME.search(source):
                source = None  # (来源: sp20241127: a feed's code, no outlet)
    for ln in head:
        if title is None and (m := _TITLE_FIELD.match(ln) or _ORIGINAL_TITLE.match(ln)):
            title = m.group(m.lastindex)  # 文件名称 | 关于颁发第八届市长质量奖的决定 | 文件类型 |: a gazette's record names it
    # a title broken over lines is one (国务院办公厅关于印发贯彻实施 / 质量发展纲要2014年行动计划的通知)
    merged: list[str] = []
    carried = ""
    for ln, runs_on in zip(head, _title_joins(head), strict=True):
        if runs_on:
            carried += ln
            continue
        merged.append(carried + ln)
        carried = ""
    head = merged + ([carried] if carried else [])
    # a site's name and menu come before its breadcrumb (您当前的位置 : 首页 >> 正文), the article's title after
    crumbs = [i for i, ln in enumerate(head) if _CRUMB_LINE.search(ln)]
    candidates = head[crumbs[-1] + 1 :] + head if crumbs else head
    if title is None:  # a page prints its headline twice (its title bar, then above the article)
        # (not a row of issuers, which a notice prints above its title and again as its signature)
        title = next((ln for ln in candidates if head.count(ln) > 1 and _could_be_title(ln, said_twice=True)
                      and not _ISSUERS_ONLY.fullmatch(ln)), None)
    if title is None:  # a news page's headline stands right above its dateline (鉅亨網新聞中心 2023-02-07 13:20),
        # below the site's menu and logo lines
        dated = next((i for i, ln in enumerate(head) if _DATE.search(ln) and len(ln) < 60 and not _PROSE_MARKS.search(ln)), None)
        if dated and _could_be_title(head[dated - 1]) and not _ISSUERS_ONLY.fullmatch(head[dated - 1]):
            title = head[dated - 1]
            if dated >= 2 and title.startswith("关于") and _ISSUERS_ONLY.fullmatch(head[dated - 2]):
                title = head[dated - 2] + title  # 中共X省委 X省人民政府 / 关于…的实施意见 / (2022年12月31日)
    after_body = False
    for i, ln in enumerate(candidates):
        if title is not None:
            break
        after_body = after_body or bool(_BODY_PARAGRAPH.search(ln))
        if after_body and not _DOCUMENT_TITLE.search(ln):
            continue  # a page that opens with its article: a short line below is a link to another (a document's
            # own title, 原文如下: / 广州市…关于征求…意见的通告, may still follow)
        ln = _FIELDS_AFTER_TITLE.sub("", ln)  # (…企业标准化工作座谈会 时间:2025-04-11部门:…: the title, its fields run on)
        ln = ln.rstrip(EMPTY_CELLS)  # (…规划的通知 | ||||…: a gazette table's empty cells, no part of its length)
        if _could_be_title(ln):
            if not _ISSUERS_ONLY.fullmatch(ln):
                title = ln
                above = i
                while ln.startswith("关于") and above > 0 and above > i - 4 and _ISSUERS_ONLY.fullmatch(candidates[above - 1]):
                    above -= 1  # 市场监管总局 国家发展改革委 / 公安部 商务部 / 药监局 / 关于印发…的通知: its issuers' rows
                title = " ".join(candidates[above:i]) + ln
            elif i + 1 < len(candidates) and candidates[i + 1].startswith("关于") and len(ln) + len(candidates[i + 1]) <= 90:
                title = ln + candidates[i + 1]  # 中共浙江省委 浙江省人民政府 / 关于…的实施意见: its issuers above it
            # (else a line of issuers alone is a signature: 太原市人民政府 / 2023年12月27日)
    if title is not None:  # (…工作方案的通知 江府办函〔2018〕83号: the document's number beside its title)
        title = _TRAILING_DOC_NUMBER.sub("", title)
        title = _FULL_TEXT_FOLLOWS.sub("", title)  # (…的决定全文如下: a repost's words, after the title's own)
        title = title.rstrip(EMPTY_CELLS)  # (…获奖单位的通知 | |: a gazette table's empty cells)
    return DocumentMeta(title=title, date=date, source=source)


# (…的通知 江府办函〔2018〕83号, …的意见(吉政发(2012)27号), 豫政办〔2013〕36号 河南省…的通知)
_TRAILING_DOC_NUMBER = re.compile(rf"\s+{DOC_NUMBER}\s*$|[(（]{DOC_NUMBER}[)）]\s*$|^\s*{DOC_NUMBER}\s+(?=\S)")
_FULL_TEXT_FOLLOWS = re.compile(r"(?<=[的知见定告报划案法要])\s*[(（]?(?:全文如下|全文|原文|附全文)[)）]?\s*[:：]?$")
_ORIGINAL_TITLE = re.compile(r"^\s*[(（]原标题[:：]\s*(.{6,80}?)\s*[)）]\s*$")  # (原标题:我县召开…): a reposted page's own
# a page's field (主办单位: 麻城市融媒体中心) and a red-headed document's letterhead (常州市人民政府文件)
_GAZETTE_FIELDS = "索引号|发布机构|发文机关|组配分类|主题分类|公开方式|公开日期|成文日期|生成日期|发布日期|发文字号|文号|有效性|统一编号|信息分类"
_NOT_A_TITLE = re.compile(r"^\s*[\[［【]?\s*(?:主办单位|承办单位|协办单位|作者|编辑|责任编辑|投稿邮箱|通讯员|记者|摄影|审核|责编|编审|总编审|初审|终审|校对|链接|相关链接|原文链接"
                          r"|附件\s*\d{0,2}|索引号|文号|发文字号|发布文号|发文文号|文件编号|生效日期|废止日期|有效性状态|备注"
                          r"|发布单位|发布机构|发文机关|成文日期|发布日期|主题分类|公开方式|有效性)\s*(?:[:：]|[\]］】]\s*[|｜])"  # ([ 发布机构 ] | …)
                          # (发布机构 区市场监督管理分局 文号 普质强区发〔2023〕1号: the fields spaced, two labels in a row)
                          rf"|^\s*(?:{_GAZETTE_FIELDS})\s+\S.*?\s(?:{_GAZETTE_FIELDS})(?:\s|$)"
                          # (组配分类 | 专项规划 | 发布机构 | 瑞安市人民政府 |: a table row of the fields, a label in a cell)
                          rf"|^\s*[^|｜]{{2,8}}\s*[|｜]\s*[^|｜]{{2,20}}\s*[|｜]\s*(?:{_GAZETTE_FIELDS})\s*[|｜]"
                          # (通讯员:李韦 编辑:董华春, 索引号: 0024…/2024-00490 公开方式: 主动公开: a row of a page's fields)
                          r"|[\u4e00-\u9fff]{2,5}\s*[:：]\s*\S+\s+[\u4e00-\u9fff]{2,5}\s*[:：]"
                          r"|人民政府文件$|政府办公室文件$"
                          # (云上某某投稿邮箱:abc@qq.com, 请输入验证码: a site's mailbox and its comment form's furniture)
                          r"|[\w.+-]+@[\w-]+\.[a-zA-Z]{2,}|验证码"
                          # (一、总体要求, (二)主要目标: a section's heading; 据新华社北京7月30日电: a dateline)
                          rf"|^\s*{HEADING_NUMBER}"
                          r"|\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯)\s*$"
                          r"|^\s*(?:《[^》]{1,20}》\s*)?【[^】]{1,20}】\s*$"  # (《中国质量报》【质量提升行动进行时】: a column's tag)
                          r"|^\s*《[^》]{1,12}(?:报|日报|晚报|杂志|周刊)》\s*$"  # (《中国质量报》 under a page of captions: its paper)
                          r"|^\s*[A-Da-d]\s*级\s*[:：]"  # (A级:通川区、渠县: a grade's row of a result notice)
                          rf"|^\s*{DOC_NUMBER}\s*$"  # (常政发〔2010〕182号)
                          r"|^\s*[(（][^()（）]*[)）]\s*$"  # ((此件公开发布): a note in brackets)
                          r"|^(?:[^-_|｜]{1,14}[-_|｜]){3,}[^-_|｜]{1,14}$"  # (甲-甲网-乙-丙: a site's keywords in its title bar)
                          r"|^\s*欢迎(?:您|你)?(?:访问|光临|来到|浏览)"  # (欢迎您访问某某学院官方网站!: a site's greeting)
                          r"|[/／]\s*摄\s*$|(?:记者|实习生|通讯员|摄影)\s*[\u4e00-\u9fff]{2,4}\s*摄\s*$"  # (活动现场 实习生鄢靖媛/摄: a photo's credit)
                          r"|^[\u4e00-\u9fff]{0,8}(?:记者|通讯员|实习生)\s+[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*$")  # (封面新闻记者 吴冰清: a byline)
# an exclamation inside a headline, short words before it (全球热点评！市场监管总局发布…, 湛江“质量月”来了！…)
_HEADLINE_CRY = re.compile(r"^([^！!。，,]{2,10})[！!](?=[^！!]{4,}$)")
# > 区域链 >: a section's trail, no title; nor a breadcrumb (您当前的位置:首页>>新闻中心>>…>>内容)
_NAVIGATION_MARKS = re.compile(r"^\s*[>»›]|\s[>»›]\s|[>»›]\s*$|>>|" + _CRUMB_LINE.pattern)

# a document's title written over two lines: its opening (X关于…) and its close (…的通知), neither with a mark
_TITLE_OPENING = re.compile(r"^[^。！？；，,：:]{0,30}?(?:关于|關於|关於|關于)(?:[^。！？；，,：:]{2,40})?$")
_BROKEN_AT_GUANYU = re.compile(r"(?:关于|關於|关於|關于)$")
_TITLE_TYPES = "通知|意见|意見|决定|決定|方案|规划|規劃|办法|辦法|纲要|綱要|计划|計劃|通报|通報|公告|批复|批覆|函"
_TITLE_END = re.compile(f"(?:{_TITLE_TYPES})$")
_DOCUMENT_TITLE = re.compile(f"关于.{{2,60}}(?:通告|{_TITLE_TYPES})$")  # a document's own title (…关于…的通告)
_TITLE_CLOSING = re.compile(r"[^。！？；，,：:\s]{2,50}的(?:通知|意见|意見|决定|決定|通报|通報|批复|批覆|函|公告)")
_TITLE_MIDDLE = re.compile(r"[^。！？；，,：:\s]{2,40}")  # a title's middle line: neither opens nor closes it
_ISSUER_LINE = re.compile(r"[^。！？；，,：:\s]{2,24}(?:人民政府|政府|办公厅|辦公廳|办公室|辦公室|委员会|委員會|领导小组|領導小組|局|厅|廳|委"
                          r"|部|署|院)")  # (工业和信息化部 海关总署: national bodies sign so too)
_ISSUERS_ONLY = re.compile(rf"(?:{_ISSUER_LINE.pattern}\s*)+")  # 中共浙江省委 浙江省人民政府: a title's issuers
_LINE_END = re.compile(r"[。！？；：:;!?…”’」』）)】]\s*$")
_HEADING_START = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十百\d]+[章节条]|\d+[.、．]\D"
                            r"|附件|[①-⑳])")


def _title_joins(lines: Sequence[str]) -> list[bool]:
    """For each line, whether it and the next are one document title broken in two (…关于印发贯彻实施 /
    质量发展纲要2014年行动计划的通知), or an issuer's line above such a title.

    >>> _title_joins(["某市人民政府", "关于表彰2014年度市长质量奖", "获奖单位的通报", "正文。"])
    [True, True, False, False]
    """
    joins = [False] * len(lines)
    for i, s in enumerate(lines[:-1]):  # a notice's title broken over lines (…关于印发贯彻实施 / …计划的通知)
        nxt = lines[i + 1]  # (…实施规划 / (2014—2020年)的通知: a plan's years close it, after its kind)
        # (省人民政府关于 / 进一步优化营商环境的若干意见: broken right after 关于, the rest any title's)
        closes = _TITLE_CLOSING.fullmatch(nxt) or (_BROKEN_AT_GUANYU.search(s) and _TITLE_END.search(nxt)
                                                    and not re.search(r"[。！？；，,：:]", nxt) and len(nxt) <= 50)
        if _TITLE_OPENING.search(s) and (not _TITLE_END.search(s) or nxt[:1] in "(（") and closes \
                and len(s) + len(nxt) <= 80:
            joins[i] = True
            if i > 0 and _ISSUER_LINE.fullmatch(lines[i - 1]) and _TITLE_OPENING.match(s):
                joins[i - 1] = True  # 周口市人民政府 / 关于表彰…: its issuers on a line above
        elif i + 2 < len(lines) and _TITLE_OPENING.search(s) and not _TITLE_END.search(s) and not joins[i] \
                and _TITLE_MIDDLE.fullmatch(nxt) and not _TITLE_OPENING.search(nxt) and _TITLE_CLOSING.fullmatch(lines[i + 2]) \
                and len(s) + len(nxt) + len(lines[i + 2]) <= 90:
            # …秘书处关于请提供 / “小微企业…提升行动” / 工作总结的通知: in three (a line that opens a title again is
            # no middle: a page's first line naming the title, then the title broken in two)
            joins[i] = joins[i + 1] = True
    return joins


def wrapped_joins(lines: Sequence[str], blank_after: Sequence[bool] = ()) -> list[bool]:
    """For each line, whether it runs on into the next.

    A title in 《》 broken over lines (落实《计量发展规划 / (2021 / — / 2035年)》) runs on to its 》, and
    a document's own title broken in two runs on (`_title_joins`). Text copied from a PDF breaks every line at the page's width, inside sentences and words
    (全面深化改革推 / 向纵深的关键之年). A document is taken as hard-wrapped where at least ten of its
    long lines, three in four, end with no mark that ends a clause, and half of those are of one
    width; there a line runs on unless it ends a clause, the next line opens a heading, or it is a
    short line standing alone (a title or a heading, after a clause's end or the document's start).
    Web text, one paragraph per line, joins nothing else: its titles, metadata rows and link lists
    end open too, but are few, or of every width. A line with a blank line after it
    (`blank_after`) ends its paragraph: a PDF's wrap breaks a line, never leaves an empty one,
    and a page of short captions and points, each set apart, is of one width too.

    >>> page = ["计量工作要点"] + ["这一行是从PDF复制下来的正文在页面宽度处断开没有句号的" + c for c in "甲乙丙丁戊己庚辛壬癸"]
    >>> wrapped_joins(page + ["结尾。", "一、标题", "正文。"])
    [False, True, True, True, True, True, True, True, True, True, True, False, False, False]
    >>> wrapped_joins(["标题", "落实《计量发展规划", "(2021", "—", "2035年)》,加快实施。", "第二段"])
    [False, True, True, True, False, False]
    >>> wrapped_joins(["标题", "第一段很长很长很长很长很长很长很长很长很长很长很长很长。", "第二段"])
    [False, False, False]
    >>> any(wrapped_joins(page, [True] * len(page)))
    False
    """
    joins = _title_joins(lines)
    for i, s in enumerate(lines[:-1]):  # a title broken over lines: on to its 》, if close by
        opened = s.rfind("《")
        if opened < 0 or "》" in s[opened:] or len(s) - opened > 40:
            continue
        carried = len(s) - opened
        for k in range(i + 1, min(i + 4, len(lines))):
            close, reopened = lines[k].find("》"), lines[k].find("《")
            if 0 <= reopened < close or (reopened >= 0 and close < 0):
                break  # another title opens first: this 《 was a stray
            if close >= 0:
                if carried + close <= 40:
                    joins[i:k] = [True] * (k - i)
                break
            carried += len(lines[k])
    set_apart = [i < len(blank_after) and blank_after[i] for i in range(len(lines))]
    long_lines = [s for s, apart in zip(lines, set_apart, strict=True) if len(s) >= 15 and not apart and not _LIST_ITEM.match(s)]
    open_widths = sorted(len(s) for s in long_lines if not _LINE_END.search(s))
    if len(open_widths) < 10 or len(open_widths) * 4 < 3 * len(long_lines):
        return joins
    width = open_widths[len(open_widths) // 2]
    if sum(1 for w in open_widths if abs(w - width) <= 4) * 2 < len(open_widths):
        return joins
    after_end = True  # the previous line ended a clause (or there is none)
    for i, s in enumerate(lines[:-1]):
        ends = _LINE_END.search(s) is not None
        standalone = after_end and len(s) < 0.6 * width
        runs_on = not ends and not standalone and not set_apart[i] and not _HEADING_START.match(lines[i + 1])
        joins[i] = joins[i] or runs_on
        after_end = ends or not joins[i]
    return joins


# a PDF's letter spacing: a space between Chinese characters or marks, one after nearly every one; then every
# single gap between two characters is spacing, and of a wider gap one space is the text's own
_LETTER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff、，。：；《》“”（）])[ \u3000](?=[\u4e00-\u9fff、，。：；《》“”（）])")
_WIDE_GAP = re.compile(r"(?<=\S)[ \u3000]{2,}(?=\S)")
_SINGLE_GAP = re.compile(r"(?<=\S)[ \u3000](?=\S)")


def _letter_spaces(segment: str) -> list[tuple[int, int]]:
    """The spaces of a letter-spaced line (every or nearly every character followed by one), else none.

    >>> _letter_spaces("质 量 强 省"), _letter_spaces("中共中央 国务院关于开展质量提升行动的指导意见")
    ([(1, 2), (3, 4), (5, 6)], [])
    >>> _letter_spaces("中 央  国 务 院")  # the wide gap keeps one space
    [(1, 2), (4, 5), (6, 7), (8, 9)]
    """
    if " " not in segment and "\u3000" not in segment:
        return []  # (most lines)
    spaces = [m.span() for m in _LETTER_SPACE.finditer(segment)]
    if len(spaces) < 3:
        return []
    han = sum(1 for c in segment if "\u4e00" <= c <= "\u9fff")
    if len(spaces) * 2 < han:
        return []
    # every single space between two characters goes (2 0 2 5 年, 9 8 %); of a wider gap, the separator
    # the text had (中 共 中 央  国 务 院), one space stays
    return sorted([m.span() for m in _SINGLE_GAP.finditer(segment)]
                  + [(m.start() + 1, m.end()) for m in _WIDE_GAP.finditer(segment)])


def _as_read(line: str) -> str:
    """A stripped line as a reader sees it, for the line checks: no markup, zero-width marks, letter
    spacing or leading bullet (<p>『相关阅读』</p>, 相\u200b关阅读, 相 关 阅 读, ● ·某某新闻 are one header and
    one item)."""
    if "<" in line:
        line = _MARKUP_TAG.sub("", line).strip()
    if _INVISIBLE.search(line):
        line = _INVISIBLE.sub("", line)
    if _letter_spaces(line):  # (关 于 印 发 … 的 通 知 is a title, no list of keywords)
        line = _WIDE_GAP.sub(" ", _SINGLE_GAP.sub("", line))
    return line[bullet.end() :] if (bullet := _LEAD_BULLET.match(line)) else line


def _line_key(line: str) -> str:
    """What two lines must share to be the same text printed twice: the line as read, no pinyin, no spaces."""
    return _key_of_read(_as_read(line.strip()))


def _key_of_read(read: str) -> str:
    return re.sub(r"\s+", "", _PINYIN.sub("", read))


def _line_text(segment: str, a: int, wrapped: bool = False) -> tuple[str, Sequence[int]]:
    """A kept line's text and each character's offset in the file: without its pinyin, spam words,
    markup, zero-width marks, letter spacing, a leading bullet, stray commas and a PDF's wrap spaces,
    with HTML character references as the characters they stand for. Zero-width marks and letter
    spacing go first, since they sit anywhere, inside a pinyin annotation or a number too
    (质(zh\u200bì)量, 9\u200b8%, 2 0 2 5 年). In a `wrapped` document (a PDF's text, its line breaks left as
    spaces on many long lines) a single wrap space is one too (《质 量强国建设纲要》)."""
    offs: Sequence[int] = range(a, a + len(segment))
    for marks in (_invisible_marks, _letter_spaces):  # (then a letter-spaced line's spaces: 质 ( z h ì ) 量)
        spans = marks(segment)
        if spans:
            segment, kept = _without(segment, 0, spans)
            offs = [offs[i] for i in kept]
    if isinstance(offs, range):
        return _visible_line_text(segment, a, wrapped)
    chars, kept = _visible_line_text(segment, 0, wrapped)
    return chars, [offs[i] for i in kept]


def _invisible_marks(segment: str) -> list[tuple[int, int]]:
    return [m.span() for m in _INVISIBLE.finditer(segment)]


def _visible_line_text(segment: str, a: int, wrapped: bool = False) -> tuple[str, Sequence[int]]:
    drop = strip_pinyin_spans(segment)
    # 深入贯彻365体育投注新时代…: a scrape's ad words (looked for only where one of their marks occurs)
    spam = [m.span() for m in _SPAM_INSERT.finditer(segment)] if any(k in segment for k in _SPAM_MARKS) else []
    if spam:
        drop = sorted(set(drop) | set(spam))
    if "<" in segment:  # <p>一、总体要求</p>: a page's markup copied with its text
        drop = sorted(drop + [m.span() for m in _MARKUP_TAG.finditer(segment)])
    bullet = _LEAD_BULLET.match(segment)  # ● 到2025年，…: a symbol that marks an item, no part of its text
    if bullet:
        drop = sorted([*drop, bullet.span()])
    if " " in segment:  # 到 2025 年，合格率达到 98% 以上: spaces set between Chinese and digits or letters, typography only
        drop = sorted(drop + [m.span() for m in _CJK_LATIN_SPACE.finditer(segment)])
        jammer = [m.span() for m in _JAMMER.finditer(segment) if len(_ASCII_MARK.findall(m.group())) >= 3]
        if jammer:
            drop = sorted(set(drop) | set(jammer))
    doubled = [m.span() for m in _DOUBLED_MARK.finditer(segment)]  # 国务委员,、国家…: a scrape's stray comma
    if doubled:
        drop = sorted(drop + doubled)
    # 启动全国首个智能马桶质量攻坚 行动计划, 新 增小微企业: a PDF's line breaks left as spaces inside words,
    # many to a paragraph (a headline's or an issuer line's single separators stay)
    wraps = _wrap_spaces(segment) if len(segment) >= 80 or (wrapped and " " in segment) else []
    if len(wraps) >= (1 if wrapped else 3):
        starts = [x for x, _ in drop]  # (drop is sorted: a space inside a span already dropped is left to it)
        reach = list(itertools.accumulate((y for _, y in drop), max))
        drop = sorted(set(drop) | {w for w in wraps if not ((k := bisect.bisect_right(starts, w[0]) - 1) >= 0
                                                              and reach[k] > w[0])})
    # HTML character references a scrape left in the text (&ldquo;, &#8220;, and the broken
    # ?ldquo; of a page whose & became ?): the character they stand for, kept at the offset of
    # their first character (a quote that starts there reaches back to the &), the rest dropped
    references = [(m, ch) for m in _ENTITY.finditer(segment) if (ch := _entity_char(m))]
    # 1    制造业产品质量合格率（%）    93.5    95以上: a table's row copied with spaces for its cell borders;
    # each gap becomes the one tab a copied table has, so its cells are read apart
    gaps = list(_WIDE_GAP.finditer(segment)) if "  " in segment else []
    if len(gaps) < 2:
        gaps = []
    replaced = {m.start(): ch for m, ch in references} | {m.start(): "\t" for m in gaps}
    if replaced:  # (each replacement keeps its first character's offset, the rest of its span dropped)
        drop = sorted(drop + [(m.start() + 1, m.end()) for m in [*(m for m, _ in references), *gaps]])
    if not drop:  # most lines: every character kept
        return segment, range(a, a + len(segment))
    chars, offs = _without(segment, a, drop)
    if replaced:
        chars = "".join(replaced.get(o - a, c) for c, o in zip(chars, offs, strict=True))
    return chars, offs


def _writes_quality_as_pinzhi(text: str) -> bool:
    """Does a text write 品質 for 质量 (a Big5 gateway's words), never 質量 itself?

    >>> _writes_quality_as_pinzhi("實施品質強省戰略，開展品質提升行動"), _writes_quality_as_pinzhi("提升農產品質量，品質強省")
    (True, False)
    """
    return "質量" not in text and "质量" not in text and len(re.findall("品質(?!量)", text)) >= 2


def clean(doc: Document) -> CleanText:
    """Remove boilerplate lines, repeated bodies and pinyin; convert to simplified.

    Works line by line: a line is kept whole or dropped whole, so a sentence never spans
    a removed region and offsets stay monotonic.
    """
    raw = doc.raw_text
    # line spans in raw
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in raw.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    raw_lines = [raw[a:b] for a, b in spans]
    meta = extract_meta(raw_lines)
    # a Big5 gateway's page (big5.…cn/gate/big5/…) has its words converted to Taiwan's too: 质量 became 品質
    # (品質強省戰略, 品質提升行動); where a page writes 品質 and never 質量, its 品质 is the mainland's 质量
    # (read without pinyin: 產(chǎn)品質(zhì)量 is 产品 and 质量)
    taiwanese_quality = "品質" in raw and _writes_quality_as_pinzhi(_PINYIN.sub("", raw))
    if taiwanese_quality and meta.title:
        meta = replace(meta, title=meta.title.replace("品质", "质量"))

    removed: list[tuple[str, str]] = []
    kept: list[tuple[int, int, str]] = []  # raw span + normalised key
    seen: set[str] = set()
    in_related = False
    for (a, b), line in zip(spans, raw_lines, strict=True):
        s = line.strip()
        if in_related:
            if s:
                removed.append(("related list", s))
            continue
        bare = _as_read(s)
        if _RELATED_HEADER.match(bare):
            in_related = True
            removed.append(("related list", s))
            continue
        normalised = _normalise_line(bare)
        kind = _line_kind(normalised)
        if kind in ("furniture", "footer") and _holds_an_article(bare):
            kind = None  # (a whole page on one line: its breadcrumb goes, its sentences stay)
            crumb = _BREADCRUMB.match(line)
            if crumb:
                removed.append(("furniture", line[: crumb.end()].strip()))
                a += crumb.end()
                s = bare = raw[a:b].strip()
        if kind is None and _LIST_ITEM.match(bare) and len(bare) < 90 and not _SENTENCE_PUNCT.search(normalised) \
                and not re.search(r"[;；。]\s*$", normalised):
            kind = "link list"  # a bullet with a sentence in it (——产品质量稳中有升。…) is content
        if kind:
            if kind != "blank":
                removed.append((kind, s))
            continue
        key = _key_of_read(bare)
        if key in seen and len(key) >= 8:
            removed.append(("repeated body", s))
            continue
        seen.add(key)
        title = _RUN_ON_TITLE.match(raw, a, b) if len(bare) >= _ARTICLE_LINE_CHARS and _holds_an_article(bare) else None
        if title:  # 市政府办公室关于印发《…》的通知各镇人民政府…: a page without line breaks, its title a line again
            if title.group("issue"):  # (2013年第04期市政府办公室关于…: a gazette's issue number before it)
                kept.append((a, title.end("issue"), _line_key(raw[a : title.end("issue")])))
                a = title.end("issue")
            kept.append((a, title.end(), _line_key(raw[a : title.end()])))
            a, key = title.end(), _line_key(raw[title.end() : b])
        kept.append((a, b, key))
    # a teaser that is the opening of a later paragraph (pages print the lead twice)
    # (in sorted order, the first key after k is the shortest longer key starting with k, if any)
    keys = sorted({k for _, _, k in kept})
    final = []
    for a, b, k in kept:
        if len(k) >= 20 and (n := bisect.bisect_right(keys, k)) < len(keys) and keys[n].startswith(k):
            removed.append(("teaser", raw[a:b].strip()))
            continue
        final.append((a, b))

    # the text as one string per line and the offsets as machine integers: a list of one-character
    # strings and one of int objects cost about 120 bytes per character (5 MB of text: 200 MB)
    out_parts: list[str] = []
    length = 0
    origin = array("q")
    paragraphs: list[tuple[int, int]] = []
    # trim surrounding whitespace but keep offsets
    trimmed = []
    for a, b in final:
        while a < b and raw[a].isspace():
            a += 1
        while b > a and raw[b - 1].isspace():
            b -= 1
        trimmed.append((a, b))
    # (a blank line between two kept lines, not a dropped line of boilerplate, sets them apart)
    blank_after = [bool(_BLANK_LINE.search(raw, b, a_next)) for (_, b), (a_next, _) in itertools.pairwise(trimmed)]
    joins = wrapped_joins([raw[a:b] for a, b in trimmed], blank_after)
    # a PDF's text, its line breaks left as spaces inside words on many long lines: every line's wrap
    # spaces go, one alone too (…根据中共中央、国务院印发的《质 量强国建设纲要》精神)
    wrapped = sum(1 for a, b in trimmed if b - a >= 80 and " " in raw[a:b] and len(_wrap_spaces(raw[a:b])) >= 3) >= 2
    paragraph_start = 0
    for (a, b), runs_on in zip(trimmed, joins, strict=True):
        chars, offs = _line_text(raw[a:b], a, wrapped)
        if '"' in chars:
            chars = pair_ascii_quotes(chars)
        if "." in chars and "。" not in chars:
            chars = _ASCII_STOP.sub("。", chars)  # 召开.国家质检总局副局长…: a full stop typed as a point
        simplified = _DECIMAL_STOP.sub(".", _convert_line(chars))
        if taiwanese_quality:
            simplified = simplified.replace("品质", "质量")
        out_parts.append(simplified)
        length += len(simplified)
        origin.extend(offs)
        if runs_on:
            continue  # a hard-wrapped line: the next line goes on in the same paragraph
        paragraphs.append((paragraph_start, length))
        out_parts.append("\n")
        length += 1
        origin.append(offs[-1] + 1 if len(offs) else a)
        paragraph_start = length
    text = "".join(out_parts)
    return CleanText(text=text, origin=origin, paragraphs=paragraphs, removed=removed, meta=meta)
