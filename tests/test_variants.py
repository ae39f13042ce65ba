"""The same article, typed or saved the ways users' folders hold it, gives the same facts.

Each seed is rewritten as a user's copy might be (traditional script, Hong Kong quotes, straight
quotes, points for full stops, full-width digits, markup left in, site furniture around it,
readers' comments after it, zero-width marks, letter spacing, spaces around digits, bullets, Windows line ends, GB18030 bytes, UTF-8 saved again as mojibake, a forum's ASCII jammer) and extracted; its names, relations and values must be the
seed's own. Written after dev A's pages, rewritten these ways, lost up to every target
(full-width digits) or every fact (a flattened page dropped as furniture).
"""

from __future__ import annotations

import re
from pathlib import Path

import opencc
import pytest

from kg.decode import document_from_bytes
from kg.extract import extract_document

from .conftest import SEEDS

_S2T = opencc.OpenCC("s2t")
_FULL_WIDTH = str.maketrans({**{str(i): chr(0xFF10 + i) for i in range(10)}, "%": "％"})
_FURNITURE_HEAD = ("首页\n机构概况\n领导信息\n政务公开\n通知公告\n工作动态\n请输入关键词 搜索\n"
                   "当前位置：首页 > 新闻中心 > 工作动态\n字体：[大] [中] [小]  打印本页 关闭窗口\n分享到：微信 微博 QQ空间\n"
                   "来源：本站 浏览次数：1024\n")
_FURNITURE_FOOT = ("\n【打印本页】【关闭窗口】\n上一篇：关于开展2023年度统计工作的通知\n下一篇：我局召开党风廉政建设工作会议\n"
                   "相关链接：国家市场监督管理总局 | 省人民政府 | 省市场监督管理局 | 市人民政府\n"
                   "主办：某某市市场监督管理局 承办：某某市大数据中心\n地址：北京市海淀区马甸东路9号 邮编：100088 电话：010-12345678\n"
                   "主办单位：某某网站  版权所有  ICP备12345678号\n")

_COMMENTS = ("\n网友评论\n请文明发言，理性表达\n张晓明：这个活动很好，支持！\n2023-05-12 10:21\n李华：质量强国，人人有责。\n"
             "已有2条评论\n扫一扫在手机打开当前页\n关注我们的微信公众号\n")

VARIANTS = {
    "traditional": lambda t: _S2T.convert(t).encode("utf-8"),
    "hong-kong-quotes": lambda t: _S2T.convert(t).replace("“", "「").replace("”", "」").encode("utf-8"),
    "straight-quotes": lambda t: re.sub("[“”]", '"', t).encode("utf-8"),
    "points-for-stops": lambda t: t.replace("。", ".").encode("utf-8"),
    "full-width-digits": lambda t: t.translate(_FULL_WIDTH).encode("utf-8"),
    "markup": lambda t: "\n".join(f'<p style="text-indent:2em">{line}</p>' if line.strip() else "<br/>"
                                  for line in t.split("\n")).encode("utf-8"),
    "site-furniture": lambda t: (_FURNITURE_HEAD + t + _FURNITURE_FOOT).encode("utf-8"),
    "windows-lines": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "readers-comments": lambda t: (t + _COMMENTS).encode("utf-8"),
    # (a page copied from a phone app: zero-width spaces and joiners anywhere, inside a name, a number or a
    # pinyin annotation; every 17th character here)
    "zero-width-marks": lambda t: "".join(c + ("\u200b" if k % 17 == 5 else "\ufeff" if k % 29 == 3 else "")
                                          for k, c in enumerate(t)).encode("utf-8"),
    # (a PDF's letter spacing: a space after every character, digits and pinyin too, the text's own spaces wider)
    "letter-spaced": lambda t: "\n".join(" ".join(line) for line in re.sub(r"(?<=\S) (?=\S)", "  ", t).split("\n"))
    .replace("     ", "  ").encode("utf-8"),
    # (typography that sets a space between Chinese and digits or letters: 到 2025 年，达到 98 % 以上)
    "spaced-numbers": lambda t: re.sub(r"(?<=[\u4e00-\u9fff])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])(?=[\u4e00-\u9fff])|(?<=\d)(?=%)",
                                       " ", t).encode("utf-8"),
    "bullets": lambda t: "\n".join("● " + line if len(line) > 30 else line for line in t.split("\n")).encode("utf-8"),
    "gb18030": lambda t: t.encode("gb18030"),
    # (a forum's anti-copy jammer: ASCII scraps after sentences and on lines of their own)
    "forum-jammer": lambda t: t.replace("。", "。9 A' h! l4 ^. ], u, w").replace("\n", "\n) R1 e3 }. T2 V7 d* A, G. o7\n", 3)
    .encode("utf-8"),
    # (UTF-8 read once as Latin-1 and saved again as UTF-8: 质量 → è´¨é‡)
    "mojibake": lambda t: t.encode("utf-8").decode("latin-1").encode("utf-8"),
}


def _facts(data: bytes, name: str):
    r = extract_document(document_from_bytes(data, Path(name)))
    names = {(m.kind, m.canonical) for m in r.mentions}
    relations = {(f.subject, f.relation, f.object) for f in r.facts}
    values = {(m.kind, m.indicator, m.value, m.unit, m.comparator, m.year, m.region) for m in r.measures}
    return names, relations, values


SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("seed", SEED_FILES, ids=[p.stem for p in SEED_FILES])
def test_a_seed_typed_another_way_gives_the_same_facts(seed, variant):
    text = seed.read_text(encoding="utf-8")
    if variant == "straight-quotes" and any(line.count("“") != line.count("”") for line in text.split("\n")):
        pytest.skip("quotes that do not pair within a line cannot be paired again")
    want = _facts(text.encode("utf-8"), seed.name)
    got = _facts(VARIANTS[variant](text), seed.name)
    assert want[0], "the seed names nothing"
    for kind, w, g in zip(("names", "relations", "values"), want, got, strict=True):
        assert g == w, f"{variant}: {kind} lost {sorted(w - g)[:5]}, gained {sorted(g - w)[:5]}"
