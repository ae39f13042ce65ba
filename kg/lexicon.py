"""The domain lexicon: data under ontology/lexicon/, loaded once, read-only.

Code says how the words are used; the words themselves live in TSV files so that an
analyst can extend them without touching Python.
"""

from __future__ import annotations

import functools
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from .errors import QgkgError

T = TypeVar("T")


def ontology_dir() -> Path:
    """The ontology folder: $QGKG_ONTOLOGY, else the installed package `kg.ontology` (the
    repository's ontology/, mapped there by pyproject.toml for wheels, sdists and editable installs)."""
    env = os.environ.get("QGKG_ONTOLOGY")
    if env:
        return Path(env)
    try:
        from importlib.resources import files

        return Path(str(files("kg.ontology")))
    except ModuleNotFoundError:  # running from a checkout that was never installed
        return Path(__file__).resolve().parent.parent / "ontology"


class ResourceError(QgkgError):
    """The ontology, lexicon or queries qgkg ships with cannot be read: nothing can be built."""


def _rows(name: str) -> list[list[str]]:
    path = ontology_dir() / "lexicon" / name
    rows = []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ResourceError(f"cannot read the lexicon file {path}: {reason} "
                            "(reinstall qgkg, or point $QGKG_ONTOLOGY at an ontology folder)") from None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def per_lexicon(build: Callable[[Lexicon], T]) -> Callable[[Lexicon], T]:
    """Memoise what a stage derives from the lexicon (compiled patterns, tuples for str.endswith):
    built once per lexicon object, and built again for a new one (the lexicon is not hashable).

    >>> calls = []
    >>> @per_lexicon
    ... def names(lex):
    ...     calls.append(1)
    ...     return len(lex.posts)
    >>> lex = load()
    >>> names(lex) == names(lex), len(calls)
    (True, 1)
    """
    held: list[tuple[Lexicon, T]] = []

    @functools.wraps(build)
    def get(lex: Lexicon) -> T:
        if not held or held[0][0] is not lex:
            held[:] = [(lex, build(lex))]
        return held[0][1]

    return get


@lru_cache(maxsize=64)
def any_of(chars: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching any one of `chars`: `any_of(cs).search(text, i)` skips, in C, the
    positions a character-by-character loop would test one by one.

    >>> any_of(frozenset("市省")).search("辽宁省", 0).start()
    2
    """
    return re.compile("[" + "".join(sorted(re.escape(c) for c in chars)) + "]")


class Gazetteer:
    """Longest-match dictionary lookup over a string.

    >>> g = Gazetteer({"上海": 1, "上海市": 2})
    >>> g.match_at("在上海市", 1)
    ('上海市', 2)
    >>> g.match_at("在上海市", 0) is None
    True
    """

    def __init__(self, entries: dict[str, object]):
        self.entries = dict(entries)
        # the lengths of the entries starting with each two characters (or one, for one-character
        # entries), longest first: most positions of a text start no entry, and are rejected with
        # one dictionary lookup
        lengths: dict[str, set[int]] = {}
        for key in self.entries:
            if key:
                lengths.setdefault(key[:2], set()).add(len(key))
        self.lengths_by_prefix = {c: sorted(ns, reverse=True) for c, ns in lengths.items()}
        self.single_chars = {k for k in self.entries if len(k) == 1}
        self.first_chars = frozenset(key[0] for key in self.entries if key)  # what an entry can start with
        self.starts = any_of(self.first_chars)  # finds the next position an entry can start at

    def match_at(self, text: str, pos: int) -> tuple[str, object] | None:
        entries = self.entries
        for n in self.lengths_by_prefix.get(text[pos : pos + 2], ()):
            cand = text[pos : pos + n]
            if len(cand) == n and cand in entries:
                return cand, entries[cand]
        if self.single_chars and (cand := text[pos : pos + 1]) in self.single_chars:
            return cand, entries[cand]
        return None

    def __contains__(self, key: str) -> bool:
        return key in self.entries


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: str  # province, prefecture, county
    parent: str | None
    short: tuple[str, ...]

    @property
    def short_name(self) -> str:
        """The short form used in names like 福建出入境检验检疫局."""
        return self.short[-1] if self.short else self.name


@dataclass(frozen=True)
class Department:
    canonical: str
    surfaces: tuple[str, ...]
    template: str

    def full_name(self, region: Region, city: Region | None = None) -> str:
        """The body's official name in `region` (a district named with its `city`: 武汉市汉阳区…)."""
        name = city.name + region.name if city is not None else region.name
        return self.template.format(region=name, short=region.short_name, canonical=self.canonical)


@dataclass
class Lexicon:
    regions: dict[str, Region]  # by code
    region_forms: Gazetteer  # surface -> Region (full names and short forms)
    bare_short_forms: set[str]  # forms that need word boundaries
    departments: Gazetteer  # surface -> Department
    national: Gazetteer  # surface -> canonical
    national_names: set[str]
    programmes: dict[str, str]  # surface -> canonical
    cues: dict[str, list[str]]
    posts: dict[str, str]  # post -> implied organisation ('' if none)
    surnames: set[str]
    user_words: list[str] = field(default_factory=list)
    national_plans: dict[str, tuple[str, ...]] = field(default_factory=dict)  # plan -> its issuers
    # the plain forms of those plans (no period in brackets) -> the full name, for titles a text
    # names without 《》 (中国政府网公布质量发展纲要提出，…)
    national_plan_forms: dict[str, str] = field(default_factory=dict)
    # short forms that are also common words (安康, 大同, 海东): the region only where the text
    # places an event in it (在海东启动)
    blocked_short_forms: dict[str, Region] = field(default_factory=dict)
    # every word of the blocklist, county stems among them (惠民 of 计量惠民: no bare 惠民县)
    blocked_words: frozenset[str] = frozenset()
    # names more than one region holds -> those regions (城区: Jincheng's, Yangquan's, Changzhi's …)
    homonyms: dict[str, tuple[Region, ...]] = field(default_factory=dict)

    def region_by_name(self, name: str) -> Region | None:
        hit = self.region_forms.entries.get(name)
        return hit if isinstance(hit, Region) else None

    def bare_national(self, department: str) -> str | None:
        """The national body a department named bare stands for among national bodies (市场监管总局
        会同发展改革委; 海关总署 药监局).

        >>> load().bare_national("药监局")
        '国家药品监督管理局'
        """
        found = self.national.entries.get("国家" + department) or self.national.entries.get(department)
        return found if isinstance(found, str) else None

    def as_part_of(self, region: Region, city: Region) -> Region:
        """`region`, or the region of its name that lies in `city` (南通市通州区: Nantong's, not Beijing's).

        >>> lex = load()
        >>> lex.as_part_of(lex.region_by_name("通州区"), lex.region_by_name("南通市")).code
        '320612'
        """
        return self.placed(region.name, [city.code]) or region

    def placed(self, name: str, codes: Iterable[str]) -> Region | None:
        """Of the regions called `name`, the one that lies in a region of `codes` (the regions a text
        names), where exactly one does: 通州区 in a text that names 南通市 or 江苏省 is Nantong's.

        >>> lex = load()
        >>> lex.placed("通州区", ["320000"]).code, lex.placed("通州区", ["320600", "110000"])
        ('320612', None)
        """
        inside = set(codes)
        found = []
        for region in self.homonyms.get(name, ()):
            above = self.parent(region)
            while above is not None and above.code not in inside:
                above = self.parent(above)
            if above is not None:
                found.append(region)
        return found[0] if len(found) == 1 else None

    def parent(self, region: Region) -> Region | None:
        """The region above, by its code; past a grouping that is no region of its own (659000,
        自治区直辖县级行政区划, above 图木舒克市), the province its code starts with.

        >>> lex = load()
        >>> lex.parent(lex.region_by_name("图木舒克市")).name
        '新疆维吾尔自治区'
        """
        if not region.parent:
            return None
        above = self.regions.get(region.parent)
        if above is None and region.parent[2:] != "0000":
            above = self.regions.get(region.parent[:2] + "0000")
        return above


def _add_renamed_counties(regions: dict[str, Region]) -> None:
    """Counties renamed by their level word since the table's data (海安县 → 海安市 in 2018, 济阳县
    → 济阳区, 章丘市 → 章丘区), and back, for older articles: the same stem under the other level
    words of a county (县, 市, 区), with the same parent, where no division has that name. They
    carry no code: the table does not know the new one."""
    names = {r.name for r in regions.values()}
    for r in list(regions.values()):  # (梅县 → 梅县区 in 2013, 辉县 → 辉县市: the old name is the stem itself)
        if r.level == "county" and r.name.endswith(("县区", "县市")) and r.name[:-1] not in names:
            names.add(r.name[:-1])
            regions[f"{r.code}old"] = Region("", r.name[:-1], "county", r.parent, ())
    counties = [r for r in regions.values() if r.level == "county" and len(r.name) >= 3 and r.name[-1] in "县市区"
                and not r.name.endswith(("自治县", "新区", "矿区", "林区", "特区"))]
    stems = Counter(r.name[:-1] for r in counties)
    for r in counties:
        stem = r.name[:-1]
        if stems[stem] > 1:
            continue  # (北京 and 南通 each have a 通州区: which one a 通州市 was, the stem cannot say)
        for level_word in "县市区":
            variant = stem + level_word
            if variant not in names:
                names.add(variant)
                regions[f"{r.code}{level_word}"] = Region("", variant, "county", r.parent, ())


@lru_cache(maxsize=1)
def load() -> Lexicon:
    regions: dict[str, Region] = {}
    for row in [*_rows("regions.tsv"), *_rows("regions_extra.tsv")]:  # (extra: divisions newer than the table)
        if row[0] == "adcode":
            continue
        code, name, level, parent, short = (row + [""] * 5)[:5]
        regions[code] = Region(code, name, level, parent or None, tuple(s for s in short.split("|") if s))
    _add_renamed_counties(regions)
    blocked = {w for row in _rows("region_short_blocklist.tsv") for w in row[0].split()}
    rank = {"province": 0, "prefecture": 1, "county": 2}
    forms: dict[str, Region] = {}
    bare: set[str] = set()
    by_form: dict[str, list[Region]] = defaultdict(list)
    held_back: dict[str, Region] = {}
    for r in regions.values():
        by_form[r.name].append(r)
        shorts = list(r.short)
        # a county's stem of three or more characters (图木舒克, 东西湖) is no ordinary word; the
        # two-character ones are (the regions table leaves every county stem out)
        stem = re.sub(r"(市|县|区|旗)$", "", r.name)
        if r.level == "county" and len(stem) >= 3 and stem != r.name and not stem.endswith(("自治", "新", "开发")) \
                and r.code:  # (a renamed county's variant leaves its stem to the division the table has)
            shorts.append(stem)
        for s in shorts:
            if s in blocked:
                if r.code and (s not in held_back or rank[r.level] < rank[held_back[s].level]):
                    held_back[s] = r
                continue
            by_form[s].append(r)
            if not s.endswith(("州", "县", "市", "区")):
                bare.add(s)
    for form, rs in by_form.items():
        # full names first, then the highest level (吉林 -> 吉林省, not 吉林市)
        rs.sort(key=lambda r: (r.name != form, rank[r.level], r.code))
        forms[form] = rs[0]
    departments: dict[str, Department] = {}
    for canonical, surfaces, template in _rows("departments.tsv"):
        dept = Department(canonical, tuple(surfaces.split("|")), template)
        for s in dept.surfaces:
            departments.setdefault(s, dept)
    national: dict[str, str] = {}
    for row in _rows("national_agencies.tsv"):
        name, aliases = (row + [""])[:2]
        national[name] = name
        for a in filter(None, aliases.split("|")):
            national.setdefault(a, name)
    programmes: dict[str, str] = {}
    for row in _rows("programmes.tsv"):
        name, aliases = (row + [""])[:2]
        programmes[name] = name
        for a in filter(None, aliases.split("|")):
            programmes.setdefault(a, name)
    national_plans: dict[str, tuple[str, ...]] = {}
    plain: dict[str, set[str]] = defaultdict(set)
    for row in _rows("national_plans.tsv"):
        name, issuers, aliases = (row + ["", ""])[:3]
        for form in (name, *filter(None, aliases.split("|"))):
            national_plans[form] = tuple(filter(None, issuers.split("|")))
            if "(" not in form and " " not in form:
                plain[form].add(name)
    plan_forms = {form: next(iter(names)) for form, names in plain.items() if len(names) == 1}
    cues = {row[0]: row[1].split("|") for row in _rows("cues.tsv")}
    posts = {row[0]: (row + [""])[1] for row in _rows("posts.tsv")}
    surnames = {w for row in _rows("surnames.tsv") for w in row[0].split()}
    # (a renamed county's variant is no word for the segmenter: 以上城市 stays 以上|城市)
    words = [f for f, r in forms.items() if r.code] + list(national) + [d for d in departments if len(d) > 1] \
        + list(programmes)
    return Lexicon(
        regions=regions,
        region_forms=Gazetteer(forms),
        bare_short_forms=bare,
        blocked_short_forms=held_back,
        blocked_words=frozenset(blocked),
        departments=Gazetteer(departments),
        national=Gazetteer(national),
        national_names=set(national.values()),
        programmes=programmes,
        cues=cues,
        posts=posts,
        surnames=surnames,
        user_words=words,
        national_plans={plan_key(k): v for k, v in national_plans.items()},
        national_plan_forms=plan_forms,
        homonyms=_homonyms(regions.values()),
    )


def _homonyms(regions: Iterable[Region]) -> dict[str, tuple[Region, ...]]:
    by_name: dict[str, list[Region]] = {}
    for r in regions:
        by_name.setdefault(r.name, []).append(r)
    return {name: tuple(rs) for name, rs in by_name.items() if len(rs) > 1}


def plan_key(title: str) -> str:
    """A plan title as compared: one dash, ASCII parentheses, no spaces (…(2011—2020年) = …(2011-2020年)).

    >>> plan_key("质量发展纲要（2011-2020年）") == plan_key("质量发展纲要(2011—2020年)") == plan_key("质量发展纲要2011-2020")
    True
    """
    title = title.replace("（", "(").replace("）", ")").replace("“", '"').replace("”", '"')  # (“十四五”)
    title = re.sub(r"\s+", "", re.sub(r"[—–－‐\-―~～]+", "—", title))
    # (质量发展纲要2011-2020: the period written without its brackets and 年)
    return re.sub(r"(?<=[\u4e00-\u9fff])(20\d\d)—(20\d\d)年?$", r"(\1—\2年)", title)
