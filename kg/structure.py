"""Stage 4b: the document's structure: headings, list items and the scope each opens.

A time phrase, a goal heading or a plan title stated once governs what follows it: 到2025年，…
as a lead sentence governs the list after it; （二）主要目标 makes the values of its section
goals; a plan's title year (2014年…行动计划, (2015—2017年)) dates the goals that state none.
`scopes` reads this once per document and gives every sentence the `Scope` it is in, so
that the relation stage can ask "is this value a goal, and for which year?" without looking
back over the text itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Sentence

CN_DIGITS = "一二三四五六七八九十百"


def cn_number(digits: str) -> int:
    """A small number (a month, a day, a count up to 99) in Arabic digits or Chinese numerals; 0 if neither.

    >>> [cn_number(s) for s in ("07", "五", "十", "十二", "二十八", "三十一", "两")]
    [7, 5, 10, 12, 28, 31, 0]
    """
    if digits.isdigit():
        return int(digits)
    value = {c: i for i, c in enumerate("〇一二三四五六七八九")}
    if "十" not in digits:
        return value.get(digits, 0)
    tens, _, units = digits.partition("十")
    return (value.get(tens, 0) if tens else 1) * 10 + (value.get(units, 0) if units else 0)
# list and heading marks, by level: 第一章 (0), 一、 (1), （一） (2), 1. 1、 (3), （1） (4), ① (5)
_MARKS = (
    (0, re.compile(rf"^第[{CN_DIGITS}\d]+[章节部分篇]")),
    (1, re.compile(rf"^[{CN_DIGITS}]+\s*[、．.]")),
    (2, re.compile(rf"^[（(]\s*[{CN_DIGITS}]+\s*[）)]")),
    (3, re.compile(r"^\d{1,2}\s*[、．.](?:(?!\d)|(?=(?:19|20)\d\d年))")),  # (1.2014年…主要目标: a year, no decimal)
    (4, re.compile(r"^[（(]\s*\d{1,2}\s*[）)]")),
    (5, re.compile(r"^[①-⑳]")),
)
GOAL_WORDS = ("目标", "指标", "预期")
# a heading about how far goals were met (主要预期目标完成情况, 指标任务进展情况): what was reached, no goals
_GOALS_REVIEWED = re.compile(r"(?:完成|进展|落实|执行|实现)情况")
# (截至2024年底, 截止到2023年: as of then, a past date)
# (2022年8月底前, and its 8底前 typed without 月: before a month of that year)
# (2021年至2023年: a span's end, not a time ahead)
# the verbs of a change whose 到20XX年 is the year it reached, past, no time ahead (由2006年的91.58%，提高到2012年的
# 95.46%); relate's FUTURE reads it so too
NOT_AFTER_CHANGE = "".join(f"(?<!{verb})" for verb in ("提高", "提升", "降低", "下降", "上升", "增长", "增加", "减少"))
_FUTURE_YEAR = re.compile(r"(?<!截)(?<!截止)(?<!\d年)" + NOT_AFTER_CHANGE + r"(?:到|至)\s*(20\d\d)\s*年|(20\d\d)\s*年(?:\d{1,2}月?)?(?:前|底前|末前|以前)")
_PERIOD = re.compile(r"(20\d\d)\s*年?\s*[—–\-－~～至到]+\s*(20\d\d)\s*年")
_TITLE_YEAR = re.compile(r"(20\d\d)\s*年")
_PLAN_WORD = re.compile(r"(方案|纲要|规划|计划|意见|要点)")
# what follows 目标 when goals are reported met (年度目标完成情况：…, 目标任务全面完成): no goal stated
GOALS_NOT_MET = r"(?!(?:任务)?(?:全面)?(?:完成|实现|达成))"
_GOAL_LEAD = re.compile(r"^[^，,。]{0,12}(目标|指标)" + GOALS_NOT_MET + r"[^，,。：:]{0,8}[：:]")  # 1、产品质量目标：…; 定量目标主要有3个：
# 《纲要》设定了…主要目标：到2025年，… : goals stated mid-sentence, for the rest of the paragraph
_GOAL_STATED = re.compile(r"(?:目标[是为]?[：:]|(?:提出|明确|要求)[，,：:]?)\s*(?:到|至)\s*20\d\d\s*年")
# 2015年具体目标是：… / 2025年主要目标： a year's goals, for the rest of the paragraph
_YEAR_GOALS = re.compile(r"(20\d\d)\s*年(?:的)?(?:具体|主要|总体|发展|工作|预期)?(?:目标|指标)(?:是|为|有)?[：:]")
# a plan's words reported (纲要提出，…; 《方案》明确：…): what the paragraph says next, the plan sets
_PLAN_SAYS = re.compile(r"(?:纲要|方案|规划|计划|意见|》)(?:还|进一步|同时)?(?:提出|明确|要求|设定)(?:了)?[，,：:]")
# a goal heading run into its section's text on a page that lost its lines (一、2014年质量强市建设主要目标争取全面完成…)
_GOAL_HEADING_RUN_ON = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s*(?:20\d\d年)?[^，,。、]{0,12}?"
                                  r"(?:主要|发展|总体|工作|具体|创建|年度)(?:目标|指标)(?:和任务|任务)?(?![的责考体管])")
_GOAL_HEAD = re.compile(r"^(主要|发展|总体|工作|具体)目标")
# the sections of a plan, named alone on a line: a heading even without its number
_BARE_HEADING = re.compile(r"^\s*(主要目标|发展目标|总体目标|工作目标|具体目标|目标任务|主要指标|重点任务|主要任务|保障措施|"
                           r"工作措施|组织实施|组织保障|总体要求|指导思想|基本原则|工作要求|实施步骤)\s*[：:]?\s*$")
FIVE_YEAR_PLAN_END = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}
# 到“十四五”末: the end of a five-year plan's period, a time phrase as 到2025年 is
_FIVE_YEAR_END = re.compile(r"(?:到|至)\s*[“\"]?(十[一二三四五]五)[”\"]?(?:时期)?(?:末|期末|末期|结束时)")


@dataclass(frozen=True)
class Scope:
    """What governs one sentence.

    `goal`: the sentence is under a goal heading (主要目标) or a lead time phrase, so the values
    it states are targets. `year`: the governing future year (到2025年 in the sentence, its
    paragraph or a lead of its section). `title_year`: the year of the plan the text belongs
    to. `period`: the years of a 2015—2017年 span stated in the sentence or its lead.
    """

    goal: bool = False
    year: int | None = None
    title_year: int | None = None
    period: tuple[int, int] | None = None
    heading_level: int | None = None  # the sentence is a heading of this level


def heading_level(text: str) -> int | None:
    """The level of the list or heading mark a paragraph starts with, or None.

    >>> [heading_level(t) for t in ("一、总体要求", "（二）主要目标", "1.产品质量", "(3)服务", "2023年", "十分重要")]
    [1, 2, 3, 4, None, None]
    >>> [heading_level(t) for t in ("1.2014年质量强市建设主要目标", "1.5倍于上年")]  # a year after the mark, no decimal
    [3, None]
    """
    for level, pattern in _MARKS:
        if pattern.match(text):
            return level
    return None


def future_year(text: str) -> int | None:
    """The last 到20XX年 / 20XX年前 phrase of a text, or a five-year plan's end year.

    >>> future_year("到2025年，质量水平显著提高；到2035年，…"), future_year("“十四五”期间"), future_year("2023年")
    (2035, 2025, None)
    >>> future_year("到“十四五”末，合格率达到94%"), future_year("到2020年底…；到“十四五”期末…")
    (2025, 2025)
    """
    found = [(m.start(), int(m.group(1) or m.group(2))) for m in _FUTURE_YEAR.finditer(text)]
    found += [(m.start(), FIVE_YEAR_PLAN_END[m.group(1)]) for m in _FIVE_YEAR_END.finditer(text)]
    return max(found)[1] if found else five_year_plan_end(text)


def five_year_plan_end(text: str) -> int | None:
    """The last year of the five-year plan a text names (“十四五” → 2025), if any.

    >>> five_year_plan_end("“十三五”规划"), five_year_plan_end("规划")
    (2020, None)
    """
    return next((end for name, end in FIVE_YEAR_PLAN_END.items() if name in text), None)


def period(text: str) -> tuple[int, int] | None:
    """A span of years: 2015—2017年, 2016-2020年.

    >>> period("2015—2017年，合格率逐年达到89%、90%、91%"), period("2023年")
    ((2015, 2017), None)
    """
    m = _PERIOD.search(text)
    if m and int(m.group(1)) < int(m.group(2)) <= int(m.group(1)) + 20:
        return int(m.group(1)), int(m.group(2))
    return None


def plan_title_year(title: str) -> int | None:
    """The year a plan's title dates its goals to: the end of its period, else its year.

    >>> plan_title_year("贵州省质量发展三年行动计划(2015—2017年)"), plan_title_year("宜兴市质量强市活动2013年行动计划")
    (2017, 2013)
    >>> plan_title_year("关于印发质量工作要点的通知") is None
    True
    """
    if not _PLAN_WORD.search(title):
        return None
    span = period(title)
    if span:
        return span[1]
    years = _TITLE_YEAR.findall(title)
    return int(years[-1]) if years else five_year_plan_end(title)


def _is_title_line(text: str) -> bool:
    """A short line with no closing punctuation that names a plan: the document's own title."""
    return len(text) <= 60 and not re.search(r"[。！？；，,：:]", text) and bool(_PLAN_WORD.search(text))


@dataclass
class _Section:
    level: int
    goal: bool
    year: int | None
    period: tuple[int, int] | None = None


def scopes(sentences: list[Sentence], plan_years: dict[int, int] | None = None) -> list[Scope]:
    """The scope of every sentence, in order (one per sentence).

    `plan_years` maps a sentence index to the year of a plan title mentioned in it (《…2014年
    行动计划》): the latest such year before a goal dates it when nothing closer does.

    >>> from kg.model import Sentence
    >>> texts = ["（二）主要目标", "到2025年，质量显著提高。", "合格率达到98%以上。", "三、重点任务", "开展行动。"]
    >>> ss = [Sentence(i, i, 0, len(t), t) for i, t in enumerate(texts)]
    >>> [(s.goal, s.year) for s in scopes(ss)]
    [(True, None), (True, 2025), (True, 2025), (False, None), (False, None)]
    """
    plan_years = plan_years or {}
    out: list[Scope] = []
    stack: list[_Section] = []
    title_year: int | None = None
    paragraph = -1
    para_year: int | None = None
    para_period: tuple[int, int] | None = None
    para_goal = False
    plan_says = False  # a plan's words reported earlier in the paragraph (纲要提出，…)
    for s in sentences:
        text = s.text
        level = None
        previous_paragraph = paragraph
        if s.paragraph != paragraph:  # a new paragraph: is it a heading or a list item?
            paragraph, para_year, para_period, para_goal, plan_says = s.paragraph, None, None, False, False
            level = heading_level(text)
            if level is None and _BARE_HEADING.match(text):
                level = 1  # a section's name alone on its line (主要目标), its number lost or never there
            if level is None and _is_title_line(text):
                level = -1  # the document's (or an embedded plan's) own title
                title_year = plan_title_year(text) or title_year
            if level is not None:
                while stack and stack[-1].level >= level:
                    stack.pop()
                # (the heading's first clause: 二、创建目标2022年8月底前,各项指标… on a page that lost its lines)
                head = re.split(r"[。：:；;，,]", text, maxsplit=1)[0] if level >= 0 else text
                is_goal = level >= 0 and any(w in head for w in GOAL_WORDS) and (len(head) <= 30 or _GOAL_HEADING_RUN_ON.match(head) is not None) \
                    and not _GOALS_REVIEWED.search(head)
                stack.append(_Section(level, is_goal, future_year(head) if level >= 0 else None))
        if s.index in plan_years:
            title_year = plan_years[s.index]
        # a time phrase opening a sentence governs the rest of its paragraph, and, in a lead
        # sentence or a heading, the rest of its section
        has_year = "20" in text or "五" in text
        year = future_year(text) if has_year else None
        year_goals = _YEAR_GOALS.search(text) if has_year else None
        if year is None and year_goals:
            year = int(year_goals.group(1))
        span = period(text) if has_year else None
        if year is not None:
            para_year = year
            if stack and (level is not None or _opens_with_time(text)):
                stack[-1].year = year
                if level is None and s.paragraph != previous_paragraph:
                    # a lead paragraph (到2025年，…) sets the goals of its section: the ——
                    # items or paragraphs after it, until the next heading of its level
                    stack[-1].goal = True
        if span is not None:
            para_period = span
            if stack and _opens_with_time(text):
                stack[-1].period = span
        if (("目标" in text or "指标" in text) and (_GOAL_LEAD.match(text) or _GOAL_HEAD.match(text))) \
            or _GOAL_STATED.search(text) or year_goals:
            para_goal = True
        section_year = section_period = None
        section_goal = False
        for sec in stack:  # the innermost section that states one wins
            section_year = sec.year if sec.year is not None else section_year
            section_period = sec.period if sec.period is not None else section_period
            section_goal = section_goal or sec.goal
        # (a sentence opening with a past year, 2017年全县…合格率94.2%, states no goal, whatever plan
        # the paragraph named before it: only its own 到20XX年 does)
        opening = re.match(r"\s*(20\d\d)\s*年", text)
        goal = para_goal or section_goal or (para_year is not None and _opens_with_time(text)
                                             and not (year is None and opening and int(opening.group(1)) < para_year)) \
            or (plan_says and not opening)
        out.append(Scope(goal=goal, year=para_year or section_year, title_year=title_year,
                         period=para_period or section_period, heading_level=level if level is not None and level >= 0 else None))
        if year is not None and _opens_with_time(text):
            para_goal = True  # 到2025年，… : the rest of the paragraph states goals for that year
        if _PLAN_SAYS.search(text):
            plan_says = True  # 纲要提出，稳步提高…。实现…合格率达到98%以上: the plan's goals, in news
    return out


def _opens_with_time(text: str) -> bool:
    """Does the sentence start with its time phrase (到2025年，…; （二）主要目标。到2027年，…)?"""
    body = re.sub(rf"^([（(]?[{CN_DIGITS}\d]+[）)、．.]?\s*)?[^。，,]{{0,8}}?[。：:]?", "", text, count=1)
    return bool(re.match(r"^\s*(?:到|至)?\s*20\d\d\s*年|^\s*20\d\d\s*[—–\-－~～至到]", text)) or bool(
        re.match(r"^\s*(?:到|至)\s*20\d\d\s*年", body)) or bool(re.match(r"^[^，,。]{0,14}(?:到|至)\s*20\d\d\s*年", text)) \
        or bool(_FIVE_YEAR_END.match(text, len(text) - len(text.lstrip())))  # 到“十四五”末，…
