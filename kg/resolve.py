"""Stage 6: one node per real-world thing.

Within a document: 以下简称 abbreviations, short plan titles (《指导意见》), shorter enterprise
names, 福建局-style short agency names and shorter indicator names are mapped onto the
full name they abbreviate. Across documents: mentions with the same canonical name are the
same entity (canonical names already complete short forms with the document's region).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from .model import DocumentResult, Mention
from .recognise import Coverage, TextView, mention

_TITLE_TAIL = re.compile(r"[(（][^()（）]{0,30}[)）]$")  # (2011-2020年), (试行)
OTHER_COUNTRIES = ("发达国家", "发展中国家", "国外", "全球", "世界", "地区", "珠三角", "长三角", "京津冀", "川渝")  # and areas
BARE_PLAN_TYPES = ("纲要", "意见", "方案", "办法", "规划", "计划", "细则", "规定", "条例", "通知", "决定")

# short forms completed from the document's own region (市政府, 州委, 市发改委): they name
# a different body in every document, so they are labels in context, not corpus-wide aliases
# (so are the parts of a name shared with others: 上海市 of 上海市、江苏省市场监管局, 质量强国 of 质量强国和知识产权强国
# 战略, and the bare office of a body named before it: 办公厅, 领导小组办公室)
CONTEXTUAL_RULES = ("level+department", "bare-department", "listed-department", "regions-sharing-department", "shared-head",
                    "office-of-government", "office-of-the-group")
ABBREVIATION = re.compile(r"[(（]\s*(?:以下简称|下称|简称)\s*[“\"《]?([^”\"》)）]{2,30})[”\"》]?\s*[)）]")


@dataclass
class Entity:
    kind: str
    canonical: str
    aliases: set[str] = field(default_factory=set)  # names that identify it anywhere
    contextual: set[str] = field(default_factory=set)  # names that identify it only in context (市政府)
    documents: set[str] = field(default_factory=set)
    region: str | None = None
    attrs: dict[str, str] = field(default_factory=dict)


_NAME_MARKS = str.maketrans({"“": '"', "”": '"', "「": '"', "」": '"', "‘": '"', "’": '"', "（": "(", "）": ")",
                             "《": None, "》": None})
_SPACES = re.compile(r"\s+")
# the rules of an award, titled with its full name: 辽宁省省长质量奖管理办法, also inside the notice that prints
# them (深圳市人民政府关于印发深圳市市长质量奖管理办法的通知: the award is 深圳市市长质量奖, not the issuer's words)
_AWARD_RULES_TITLE = re.compile(r"(?:^|关于印发|印发|关于)((?:(?!关于|印发)[^《》]){2,20}?质量奖)(?:评审)?(?:管理|实施|评选|评审)?办法")


_ZONES = ("经开区", "高新区", "开发区", "经济开发区", "经济技术开发区", "高新技术产业开发区", "新区", "自贸区", "综合保税区")
_COMPANY_SUFFIXES = ("公司", "有限公司", "股份有限公司", "有限责任公司")  # what a group's full name adds


# a body's own notice about the title that follows (X办公厅关于印发《…》)
_ISSUER_THEN_TITLE = re.compile(r"(?:办公厅|办公室|人民政府|政府|委员会|局|厅|部)关于(?:印发|转发|发布)?$")


@functools.lru_cache(maxsize=1 << 16)  # the same names come back mention after mention
def normalise_name(name: str) -> str:
    """The form names are stored in: ASCII quotes and parentheses, single spaces.

    >>> normalise_name("质量基础设施“一站式”服务（试行）")
    '质量基础设施"一站式"服务(试行)'
    """
    return _SPACES.sub(" ", name.translate(_NAME_MARKS)).strip()


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance.

    >>> edit_distance("重点产品监督抽查合格率", "重点消费品监督抽查合格率")
    2
    """
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


_LEVEL_WORDS = ("国家", "省级", "市级", "县级", "各级", "全国")


def _differ_by_level(a: str, b: str) -> bool:
    """Do two indicator names differ only by a level word (产品质量国家监督抽查合格率 and the
    产品质量监督抽查合格率 of every level's checks)? Those are two measures, not one renamed."""
    return any(a.replace(w, "", 1) == b or b.replace(w, "", 1) == a for w in _LEVEL_WORDS)


def _one_word_apart(a: str, b: str, most: int = 2) -> bool:
    """Is one name the other with one run of at most `most` characters put in, away from its
    ends (a 实施 or 工作 more)?

    >>> _one_word_apart("咸宁市质量兴市战略规划", "咸宁市实施质量兴市战略规划")
    True
    >>> _one_word_apart("湖北省质量强省实施方案", "湖南省质量强省实施方案")
    False
    """
    short, long_ = sorted((a, b), key=len)
    extra = len(long_) - len(short)
    if not 1 <= extra <= most or len(short) < 8:
        return False
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return 2 <= i <= len(short) - 4 and long_[:i] + long_[i + extra :] == short


def resolve_document(view: TextView, mentions: list[Mention]) -> list[Mention]:
    """Map short forms onto the full names they stand for in this document."""
    text = view.text
    rename: dict[tuple[str, str], str] = {}
    extra: list[Mention] = []
    # 以下简称: the abbreviation names the mention right before the parenthesis. Each short form
    # is read once (its first definition), and its uses are found once, with indexes instead of
    # scans: a document repeating a definition N times used to cost N^3
    ending_at: dict[int, list[tuple[int, Mention]]] = defaultdict(list)
    for idx, x in enumerate(mentions):
        if x.kind != "Region":
            ending_at[x.clean_end].append((idx, x))
    covered = Coverage(mentions)
    defined: set[str] = set()
    for m in ABBREVIATION.finditer(text):
        short = m.group(1)
        if short in defined:
            continue
        before = ending_at.get(m.start(), []) + ending_at.get(m.start() - 1, [])
        if not before:
            continue
        defined.add(short)
        full = max(before, key=lambda pair: pair[0])[1]
        key = normalise_name(short)
        for x in mentions:
            if x.kind == full.kind and normalise_name(x.canonical) == key:
                rename[(x.kind, x.canonical)] = full.canonical
        bracketed = "《" in m.group()  # (以下简称《规划》): its uses are in 《》 too, not the 规划 of “十四五”规划
        for k in re.finditer(re.escape(short), text):
            if bracketed and not (text[k.start() - 1 : k.start()] == "《" and text.startswith("》", k.end())):
                continue
            if not covered(k.start()):
                extra.append(mention(view, full.kind, k.start(), k.end(), full.canonical, "abbreviation"))
    by_kind: dict[str, set[str]] = defaultdict(set)
    for x in mentions:
        by_kind[x.kind].add(x.canonical)
    # a shorter title, enterprise or indicator that ends a longer one of the same document; an
    # indicator only where the longer comes first (a short form refers back: 制造业产品质量合格率
    # before 通用设备制造业产品质量合格率 is the whole, and the longer one a part of it)
    text = view.text
    own_issuer_titles = {x.canonical for x in mentions if x.kind == "Plan"
                         and _ISSUER_THEN_TITLE.search(text, max(0, x.clean_start - 24), x.clean_start)}
    first_at: dict[tuple[str, str], int] = {}
    for x in mentions:
        first_at.setdefault((x.kind, x.canonical), x.clean_start)
    for kind, min_len in (("Plan", 3), ("Enterprise", 4), ("Indicator", 5)):
        names = by_kind.get(kind, set())
        for short in names:
            longer = [n for n in names if n != short and len(n) > len(short)
                      and (n.endswith(short) or (kind == "Plan" and _TITLE_TAIL.sub("", n).endswith(short)))
                      and not (kind == "Indicator" and n[: len(n) - len(short)].endswith(OTHER_COUNTRIES))]
            if kind == "Indicator" and len(longer) == 1 and first_at[(kind, longer[0])] > first_at[(kind, short)]:
                continue
            if kind == "Plan" and short in own_issuer_titles:
                continue  # 内蒙古自治区人民政府办公厅关于印发《…方案的通知》: another body's notice, no short form
            # (发达国家产品质量抽查合格率 is other countries' figure, not a fuller name of ours)
            # (a bare 《纲要》 names the one 纲要 of the document, its years after it or not)
            if len(longer) == 1 and (len(short) >= min_len or (kind == "Plan" and short in BARE_PLAN_TYPES)):
                rename.setdefault((kind, short), longer[0])
    # a group named without its company suffix (中国航天科技集团等45家组织 … 中国航天科技集团公司)
    firms = by_kind.get("Enterprise", set())
    for short in firms:  # (a lookup per suffix: a list of thousands of firms stays linear)
        fuller = [short + suffix for suffix in _COMPANY_SUFFIXES if short + suffix in firms]
        if len(fuller) == 1:
            rename.setdefault(("Enterprise", short), fuller[0])
    # a document's own title line spelled with a word more or less than the title its notice
    # prints (《咸宁市质量兴市战略“十二五”规划(2011-2015年)》 … 咸宁市实施质量兴市战略“十二五”规划): one plan
    plans = by_kind.get("Plan", set())
    for line in {x.canonical for x in mentions if x.kind == "Plan" and x.rule == "title-line"}:
        printed = [n for n in plans if n != line and _one_word_apart(_TITLE_TAIL.sub("", n), _TITLE_TAIL.sub("", line))]
        if len(printed) == 1:
            rename.setdefault(("Plan", line), printed[0])
    # a district's body named with its city and without (兰州七里河区市场监管局 … 七里河区市场监管局): one
    # body, named as the fuller mention names it
    def regions_only(prefix: str) -> bool:  # (平江县 of 平江县县长质量奖, 深圳市 of 深圳市宝安区区长质量奖, 区 of 区政府质量奖)
        while prefix and (hit := view.lexicon.region_forms.match_at(prefix, 0)):
            prefix = prefix[len(hit[0]) :]
        return prefix in ("", "省", "市", "县", "区", "州")

    agencies = by_kind.get("Agency", set())
    for short in agencies:
        hit = view.lexicon.region_forms.match_at(short, 0)
        if hit is None and short.startswith(_ZONES):
            # 经开区市场监管局 after 河北省邯郸市经开区市场监管局: the one zone's body the document places
            longer = [n for n in agencies if n != short and n.endswith(short) and regions_only(n[: -len(short)])]
            if len(longer) == 1:
                rename.setdefault(("Agency", short), longer[0])
            continue
        if hit is None or hit[1].level != "county":
            continue
        longer = [n for n in agencies if n != short and n.endswith(short)
                  and (city := view.lexicon.region_forms.match_at(n, 0)) and city[1].level == "prefecture"
                  and len(city[0]) + len(short) == len(n)]
        if len(longer) == 1:
            rename.setdefault(("Agency", short), longer[0])
    # one programme written with and without a list mark in its slogan (“质量兴县、名牌兴企”战略 and
    # “质量兴县名牌兴企”战略): the first form the document uses
    unmarked: dict[str, str] = {}
    for x in sorted((x for x in mentions if x.kind == "Programme"), key=lambda x: x.clean_start):
        key = re.sub(r"[、，,\s]", "", x.canonical)
        first = unmarked.setdefault(key, x.canonical)
        if first != x.canonical:
            rename.setdefault(("Programme", x.canonical), first)
    # an award named bare (县长质量奖) where the document names it with its region (平江县县长质量奖)
    awards = {n for n in by_kind.get("Programme", set()) if n.endswith("奖")}
    # (…and where only a title names it so: 授予省长质量奖 beside 《辽宁省省长质量奖管理办法》)
    titled = {t.group(1) for n in by_kind.get("Plan", set()) if (t := _AWARD_RULES_TITLE.search(n))
              and view.lexicon.region_forms.match_at(t.group(1), 0)}
    for short in awards:
        # (a longer name whose extra words are no region's is no fuller name of it: …举行中国质量奖)
        longer = [n for n in awards | titled if n != short and n.endswith(short) and regions_only(n[: -len(short)])]
        if not longer and short[0] in "省市县区州":
            # 市质量奖 for the one city award the document names (莆田市政府质量奖): the level
            # word stands for the region, as 市政府 does for the city's government
            longer = [n for n in awards if n != short and n.endswith(short[1:])
                      and (hit := view.lexicon.region_forms.match_at(n, 0)) and hit[1].name.endswith(short[0])]
        # (区政府质量奖 and 延庆区政府质量奖 both end with 政府质量奖: one award, named at its fullest)
        longer = [n for n in longer if not any(o != n and o.endswith(n) for o in longer)]
        if len(longer) == 1 and len(short) >= 4:
            rename.setdefault(("Programme", short), longer[0])
    # a government's award named with and without 人民 (浙江省政府质量奖, 浙江省人民政府质量奖): one award, its
    # fuller name, as 省政府 stands for 省人民政府
    for short in awards:
        full = short.replace("政府质量", "人民政府质量", 1)
        if "人民政府" not in short and full != short and full in awards:
            rename.setdefault(("Programme", short), full)
    # a campaign office named short and in full (郁南县质量强县办, 郁南县质量强县办公室): one body, the full name
    for short in (n for n in agencies if n.endswith("办")):
        if short + "公室" in agencies:
            rename.setdefault(("Agency", short), short + "公室")
        elif m := re.fullmatch(r"(.+?)([强兴][省市县区州])办", short):
            # 秦皇岛市强市办 beside 秦皇岛市质量强市办公室, 海沧区强区办 beside 海沧区质量强区工作领导小组办公室:
            # the one campaign office of that region and goal the document names in full
            offices = [n for n in agencies if n != short and n.startswith(m[1]) and m[2] in n[len(m[1]) :]
                       and n.endswith("办公室")]
            if len(offices) == 1:
                rename.setdefault(("Agency", short), offices[0])
    # one programme written with and without quotes around its slogan (“质量兴梧”战略 and 质量兴梧战略):
    # the unquoted form, as d12's gold names 质量兴市战略 with the alias “质量兴市”战略
    programmes = by_kind.get("Programme", set())
    for quoted in (n for n in programmes if '"' in n):
        bare = quoted.replace('"', "")
        if bare != quoted and bare in programmes:
            rename.setdefault(("Programme", quoted), bare)
    # a programme named by its quoted core alone (“铁拳”行动) where the document names it once with its
    # field before it (民生领域案件查办“铁拳”行动): one programme, named at its fullest (seed 003's
    # gold: 质量信用“一处违法、处处受限”联合惩戒机制, alias “一处违法、处处受限”联合惩戒机制)
    quoted_core = {n for n in by_kind.get("Programme", set()) if n.startswith('"')}
    for short in quoted_core:
        longer = [n for n in by_kind.get("Programme", set()) if n != short and n.endswith(short)]
        longer = [n for n in longer if not any(o != n and o.endswith(n) for o in longer)]  # the fullest
        if len(longer) == 1:
            rename.setdefault(("Programme", short), longer[0])
    # a list indicator named again with other items: same first item, same head
    # (主要农产品、食品、药品、重要工业产品合格率 … 主要农产品、食品、药品等产品质量合格率)
    first_seen: dict[tuple[str, str], str] = {}
    for x in mentions:
        if x.kind == "Indicator" and "、" in x.canonical:
            key = (x.canonical.split("、", 1)[0], x.canonical[-3:])
            if key in first_seen and first_seen[key] != x.canonical:
                rename.setdefault(("Indicator", x.canonical), first_seen[key])
            first_seen.setdefault(key, x.canonical)
    # an indicator named again with a word or two changed (重点产品… / 重点消费品监督抽查合格率)
    # (each name once, compared only with earlier names of the same head and ending: a document
    # naming thousands of indicators stays linear)
    earlier_names: dict[tuple[str, str], list[str]] = defaultdict(list)
    for later in dict.fromkeys(x.canonical for x in mentions if x.kind == "Indicator"):
        bucket = earlier_names[(later[:2], later[-6:])]
        for earlier in bucket[-32:]:  # (the 32 nearest names of the bucket: a bound, so a bucket of thousands stays linear)
            # the same subject named again (重点产品/重点消费品…):食品…/药品抽查合格率 are two
            if abs(len(earlier) - len(later)) <= 2 and edit_distance(earlier, later) <= 2 \
                    and not _differ_by_level(earlier, later):  # (the lengths bound it)
                rename.setdefault(("Indicator", later), rename.get(("Indicator", earlier), earlier))
                break
        bucket.append(later)
    # X公司 for an enterprise whose name (without its region) starts with X
    for ent in by_kind.get("Enterprise", set()):
        core = ent
        hit = view.lexicon.region_forms.match_at(core, 0)
        if hit:
            core = core[len(hit[0]) :]
        for k in re.finditer(r"([\u4e00-\u9fff]{2,8})公司", text):
            if core.startswith(k.group(1)) and k.group(1) != core and not covered(k.start()):
                extra.append(mention(view, "Enterprise", k.start(), k.end(), ent, "short-company-name"))
    # 领导小组办公室 named bare: the office of the one leading group the document names
    groups = {x.canonical: x for x in mentions if x.kind == "Agency" and x.canonical.endswith("领导小组")}
    if len(groups) == 1:
        group = next(iter(groups.values()))
        in_body = Coverage([x for x in mentions if x.kind == "Agency"])
        for k in re.finditer("领导小组办公室", text):
            if not in_body(k.start()):
                extra.append(mention(view, "Agency", k.start(), k.end(), group.canonical + "办公室", "office-of-the-group",
                                     region=group.region))
    # 临泉县质量强县工作领导小组 … 临泉县质量强县领导小组: one group, written with and without 工作
    agency_names = by_kind.get("Agency", set())
    for name in agency_names:
        if "工作领导小组" in name:
            bare = name.replace("工作领导小组", "领导小组", 1)
            if bare in agency_names:
                rename.setdefault(("Agency", bare), name)
    # 县质量强县办 where the text names the one 质量强县…领导小组 of that region: the group's office
    # (琼中黎族苗族自治县质量强县工作领导小组办公室), as 市政府办 is the government's
    all_groups = [n for n in agency_names if n.endswith("领导小组")]
    for short in agency_names if all_groups else ():
        office = _CAMPAIGN_OFFICE.search(short)
        if office is None:
            continue
        region_part = short[: office.start()]
        groups = {n for n in all_groups if n.startswith(region_part) and office.group(1) in n[len(region_part) :]}
        if len(groups) == 1:
            rename.setdefault(("Agency", short), groups.pop() + "办公室")
    # 福建局: a region's short form + 局 for the one agency of that region ending in 局
    by_region: dict[str, list[str]] = defaultdict(list)
    for x in mentions:
        if x.kind == "Agency" and x.region and x.canonical.endswith("局") and x.canonical not in by_region[x.region]:
            by_region[x.region].append(x.canonical)
    in_agency = Coverage([x for x in mentions if x.kind == "Agency"])
    for region_name, agencies in by_region.items():
        region = view.lexicon.region_by_name(region_name)
        if region is None or len(agencies) != 1:
            continue
        for form in (*region.short, region.name):
            for k in re.finditer(re.escape(form) + "局", text):
                if not in_agency(k.start()):
                    extra.append(mention(view, "Agency", k.start(), k.end(), agencies[0], "region-short+局",
                                         region=region_name))
    # 总局 alone where the document names one general administration (据总局新闻办公室主任李静介绍): that body
    administrations = {x.canonical for x in mentions if x.kind == "Agency" and x.canonical.endswith("总局") and not x.region}
    # 琼山分局 alone where the document names the one bureau of which it is the branch
    # (海口市市场监督管理局琼山分局 … 琼山分局副局长吴振益): that branch
    branches: dict[str, set[str]] = defaultdict(set)
    for x in mentions:
        if x.kind == "Agency" and (tail := _BRANCH_TAIL.search(x.canonical)):
            branches[tail.group(1)].add(x.canonical)
    if administrations or branches:
        in_body = Coverage([x for x in mentions + extra if x.kind == "Agency"])
        extra += _bare_names(view, {"总局": administrations}, in_body, "bare-总局")
        extra += _bare_names(view, branches, in_body, "bare-分局")
    mentions = _posts_after_short_names(text, mentions, extra)
    # a chain (强市办 → 质量强市办公室 → …领导小组办公室; 区长质量奖 (以下简称) → 宝安区区长质量奖 → 深圳市宝安区区长质量奖):
    # its last name
    for key in list(rename):
        seen = {key}
        while (key[0], rename[key]) in rename and (key[0], rename[key]) not in seen:
            seen.add((key[0], rename[key]))
            rename[key] = rename[(key[0], rename[key])]
    out = [replace(x, canonical=rename[(x.kind, x.canonical)]) if (x.kind, x.canonical) in rename else x
           for x in mentions + extra]
    out = [_with_bodies_renamed(x, rename) if x.kind == "Person" and x.attrs else x for x in out]
    # a bare 《通知》 that names no fuller title of the document (印发…建设工作的通知(以下简称《通知》),
    # the title itself unbracketed) is no plan's name
    out = [x for x in out if not (x.kind == "Plan" and x.canonical in BARE_PLAN_TYPES)]
    out.sort(key=lambda m: (m.clean_start, m.clean_end, m.kind))
    return out


def resolve_corpus(results: list[DocumentResult]) -> dict[tuple[str, str], Entity]:
    """Entities keyed by (kind, canonical name), with every surface form as an alias."""
    entities: dict[tuple[str, str], Entity] = {}

    def get(kind: str, canonical: str) -> Entity:
        key = (kind, normalise_name(canonical))
        if key not in entities:
            entities[key] = Entity(kind, key[1])
        return entities[key]

    for res in results:
        for m in res.mentions:
            e = get(m.kind, m.canonical)
            e.documents.add(res.document.doc_id)
            surface = normalise_name(m.surface)
            if m.rule in CONTEXTUAL_RULES:
                e.contextual.add(surface)
            elif surface != e.canonical:
                e.aliases.add(surface)
            original = m.attr("original")
            if original and normalise_name(original) != e.canonical:
                e.aliases.add(normalise_name(original))
            if m.region:
                e.region = m.region
            for k, v in m.attrs:
                if k in ("role", "code"):
                    e.attrs.setdefault(k, v)
        for f in res.facts:
            for kind, name in (f.subject, f.object):
                get(kind, name).documents.add(res.document.doc_id)
        for ms in res.measures:
            get("Indicator", ms.indicator).documents.add(res.document.doc_id)
            if ms.region:
                get("Region", ms.region).documents.add(res.document.doc_id)
    for e in entities.values():
        e.aliases.discard(e.canonical)
        e.contextual -= e.aliases | {e.canonical}
    return entities


def _with_bodies_renamed(person: Mention, rename: dict[tuple[str, str], str]) -> Mention:
    """A person's bodies (org, and the chain in `also`) under the names the document resolved them to:
    the worksFor of 县质量强县办主任X is the group's office the text names in full."""
    attrs = dict(person.attrs)
    changed = False
    org, kind = attrs.get("org"), attrs.get("org_kind")
    if org and kind and (kind, org) in rename:
        attrs["org"], changed = rename[(kind, org)], True
    if attrs.get("also"):
        bodies = []
        for body in attrs["also"].split("|"):
            k, _, name = body.partition(":")
            if (k, name) in rename:
                body, changed = f"{k}:{rename[(k, name)]}", True
            bodies.append(body)
        attrs["also"] = "|".join(bodies)
    return replace(person, attrs=tuple(attrs.items())) if changed else person


_CAMPAIGN_OFFICE = re.compile(r"(质量[强兴][省市县区州])办(?:公室)?$")


def _bare_names(view: TextView, forms: dict[str, set[str]], covered: Coverage, rule: str) -> list[Mention]:
    """Each bare form (总局, 琼山分局) outside the bodies already found, as the one body it shortens, where the
    document names exactly one."""
    out = []
    for short, full in forms.items():
        if len(full) != 1:
            continue
        for k in re.finditer(re.escape(short), view.text):
            if not covered(k.start()) and not covered(k.end() - 1):
                out.append(mention(view, "Agency", k.start(), k.end(), next(iter(full)), rule))
    return out


def _posts_after_short_names(text: str, mentions: list[Mention], extra: list[Mention]) -> list[Mention]:
    """A person whose post follows an organisation's 以下简称 short name (宜宾市标准化促进会(以下简称“标促会”)
    … 标促会新任理事长赵东) works for it: the recogniser, which reads no definitions, found no body there."""
    bodies = sorted((x for x in extra if x.rule in ("abbreviation", "bare-总局", "bare-分局") and x.kind in ("Agency", "Enterprise")),
                    key=lambda x: x.clean_end)
    if not bodies:
        return mentions
    ends = [x.clean_end for x in bodies]
    out = []
    for x in mentions:
        role = x.attr("role")
        if x.kind == "Person" and x.rule == "post+name" and role and x.attr("org") is None:
            post_start = x.clean_start - len(role)
            k = bisect.bisect_right(ends, post_start) - 1
            gap = text[ends[k] : post_start] if k >= 0 else ""
            if k >= 0 and (len(gap) <= _POST_GAP or _UNIT_BETWEEN.fullmatch(gap)) and not re.search("[，,。；;：:、]", gap):
                body = bodies[k]
                x = replace(x, attrs=(*x.attrs, ("org", body.canonical), ("org_kind", body.kind)))
        out.append(x)
    return out


_BRANCH_TAIL = re.compile(r"局([\u4e00-\u9fff]{2,6}分局)$")  # (…市场监督管理局|琼山分局: the branch's own name)
_POST_GAP = 4  # (标促会新任理事长: an adjective or two between the body and the post)
_UNIT_BETWEEN = re.compile(r"[\u4e00-\u9fff]{1,8}(?:办公室|司|处|科|中心)")  # (总局新闻办公室主任: the body's unit)
