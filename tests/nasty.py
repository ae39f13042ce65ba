"""A corpus of the files scraped corpora really contain, written on demand.

`python -m tests.nasty tests/data/nasty` regenerates the copy kept in the repository.
EXPECTED maps each file to the status a build must give it.
"""

from __future__ import annotations

import sys
from pathlib import Path

ARTICLE = ("湛江市市场监督管理局印发《湛江市质量提升行动方案》，全面开展质量月活动。"
           "到2025年，制造业产品质量合格率达到95%以上。")
TRADITIONAL = "國家市場監督管理總局印發《質量提升行動方案》，推動質量強國建設。各地區要加強質量月活動。"
HOSTILE = ('湛江市<script>alert(1)</script>市场监督管理局印发《<svg/onload=alert(1)>质量方案》。'
           '广州市市场监督管理局开展"> . <x> "\\\\ SELECT * WHERE { ?s ?p ?o } #质量月活动。'
           '深圳市市场监督管理局印发《深圳市质量提升"行动"方案\\\\》。')
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>湛江启动质量月活动</title></head>
<body><nav><a href="/">首页</a> | <a href="/news">新闻中心</a> | 登录 注册</nav>
<article><h1>湛江启动质量月活动</h1><p>发布时间：2023-09-01</p>
<p>9月1日，湛江市市场监督管理局在市区启动2023年全国“质量月”活动，全市共有两百家企业参加。</p>
<p>活动期间，湛江市市场监督管理局将组织质量开放日、质量知识竞赛等一系列群众性质量活动，推动质量强市建设。</p>
</article><aside>相关文章：<ul><li><a href="/a">某地开展消费维权</a></li></ul></aside>
<div class="comments">网友评论：说得好！</div><footer>版权所有 © 湛江市人民政府</footer></body></html>"""

EXPECTED = {
    "utf8.txt": "ok",
    "utf8-bom.txt": "ok",
    "utf16-bom.txt": "ok",
    "gb18030.txt": "ok",
    "gbk.txt": "ok",
    "big5.txt": "ok",
    "page.html": "ok",
    "hostile.txt": "ok",
    "pinyin-everywhere.txt": "ok",
    "unmatched.txt": "ok",
    "long-line.txt": "ok",
    "empty.txt": "skipped",
    "blank.txt": "skipped",
    "binary.txt": "skipped",
    "not-gbk-or-big5.txt": "skipped",
    "empty-page.html": "skipped",
}


def write_nasty(folder: Path) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "utf8.txt": ARTICLE.encode("utf-8"),
        "utf8-bom.txt": b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        "utf16-bom.txt": ARTICLE.encode("utf-16"),
        "gb18030.txt": ARTICLE.encode("gb18030"),
        "gbk.txt": ARTICLE.encode("gbk"),
        "big5.txt": TRADITIONAL.encode("big5"),
        "page.html": PAGE.encode("utf-8"),
        "hostile.txt": HOSTILE.encode("utf-8"),
        "pinyin-everywhere.txt": "".join(f"{c}(zhì)" for c in ARTICLE).encode("utf-8"),
        "unmatched.txt": ("《《“湛江市市场监督管理局”》" * 50 + "印发《" + "质" * 500).encode("utf-8"),
        "long-line.txt": (ARTICLE.replace("。", "，") * 5000).encode("utf-8"),
        "empty.txt": b"",
        "blank.txt": b" \n\t\r\n",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        "not-gbk-or-big5.txt": b"\xff\xfe\xfd"[1:] + b"\x80\xff" * 40,
        "empty-page.html": b"<!DOCTYPE html><html><head><title></title></head><body></body></html>",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return EXPECTED


if __name__ == "__main__":
    write_nasty(Path(sys.argv[1]))
