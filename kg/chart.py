"""Stage after the store: the targets and observations as charts, the numbers at a glance.

The flow is   store --measures--> [Measure] --panels--> [Panel] (one per indicator and unit)
--targets_html--> one self-contained HTML page of SVG charts, years along the x axis.

A target and an observation of the same indicator are comparable only in the same unit, so
each (indicator, unit) pair is its own chart. Marks say what a value is: a target's comparator is
its shape (▲ at least, ▼ at most, ■ exactly), an observation is a filled dot, and one region's
observations are joined by a line over the years. Values without a year are in the chart's
table only. Like the graph views, the page requests nothing (everything inline, a CSP forbids
the rest) and writes text from documents escaped (Jinja autoescape; SVG is built from escaped
strings).
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field

from .store import Store
from .view import COMPARATOR_SIGNS, _short_number, _template

MEASURE_ROWS = """SELECT ?m ?kind ?indl ?value ?unit ?cmp ?year ?regionl ?planl ?file ?sentence ?start WHERE {
  VALUES ?c { qg:Target qg:Observation } ?m a ?c ; qg:indicator ?ind ; qg:value ?value .
  ?ind rdfs:label ?indl .
  OPTIONAL { ?m qg:unit ?unit } OPTIONAL { ?m qg:comparator ?cmp } OPTIONAL { ?m qg:year ?year }
  OPTIONAL { ?m qg:region/rdfs:label ?regionl }
  OPTIONAL { ?plan qg:hasTarget ?m . ?plan rdfs:label ?planl }
  OPTIONAL { ?m qg:evidence ?ev . ?ev qg:inDocument/qg:sourceFile ?file ; qg:start ?start .
             OPTIONAL { ?ev qg:sentence ?sentence } }
  BIND(STRAFTER(STR(?c), "#") AS ?kind)
}"""
# ten distinguishable colours (Tableau 10), one per region of a chart; no region is grey
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")
NO_REGION = "(地区未注明 no region)"
WIDTH, HEIGHT = 560, 250
MARGIN = {"left": 58, "right": 16, "top": 14, "bottom": 34}


@dataclass(frozen=True)
class Measure:
    """One target or observation, with what a reader needs to judge it."""

    iri: str
    kind: str  # Target or Observation
    indicator: str
    value: float
    unit: str
    comparator: str  # >= <= > < = ("" for an observation)
    year: int | None
    region: str
    plan: str
    file: str
    sentence: str

    @property
    def text(self) -> str:
        """The value as written in the tables: "≥95%", "96.8%"."""
        sign = COMPARATOR_SIGNS.get(self.comparator, self.comparator) if self.kind == "Target" else ""
        return f"{sign}{_short_number(repr(self.value))}{self.unit}"


@dataclass
class Panel:
    """One chart: the measures of one indicator in one unit."""

    indicator: str
    unit: str
    measures: list[Measure] = field(default_factory=list)

    @property
    def dated(self) -> list[Measure]:
        return [m for m in self.measures if m.year is not None]

    @property
    def regions(self) -> list[str]:
        return sorted({m.region for m in self.measures}, key=lambda r: (r == NO_REGION, r))


def measures(store: Store) -> list[Measure]:
    """Every target and observation once (its first sentence by file and offset), sorted."""
    rows = sorted(store.query(MEASURE_ROWS).rows,
                  key=lambda r: (str(r[0]), str(r[9] or ""), int(str(r[11])) if r[11] is not None else -1))
    seen: dict[str, Measure] = {}
    for m, kind, indl, value, unit, cmp, year, regionl, planl, file, sentence, _ in rows:
        if str(m) in seen:
            continue
        try:
            number = float(str(value))
        except ValueError:
            continue  # a value that is not a number cannot be drawn (the shapes forbid it anyway)
        seen[str(m)] = Measure(str(m), str(kind), str(indl), number, str(unit or ""), str(cmp or ""),
                               int(str(year)) if year is not None else None, str(regionl or NO_REGION),
                               str(planl or ""), str(file or ""), str(sentence or ""))
    return sorted(seen.values(), key=lambda x: (x.indicator, x.unit, x.year or 0, x.region, x.kind, x.value, x.iri))


def panels(items: list[Measure]) -> list[Panel]:
    """One panel per (indicator, unit), the most measured first.

    >>> a = Measure("a", "Target", "合格率", 95.0, "%", ">=", 2025, "上海市", "", "", "")
    >>> b = Measure("b", "Observation", "合格率", 93.1, "%", "", 2020, "上海市", "", "", "")
    >>> c = Measure("c", "Observation", "合格率", 12.0, "家", "", 2020, "上海市", "", "", "")
    >>> [(p.indicator, p.unit, len(p.measures)) for p in panels([a, b, c])]
    [('合格率', '%', 2), ('合格率', '家', 1)]
    """
    by_key: dict[tuple[str, str], Panel] = {}
    for m in items:
        by_key.setdefault((m.indicator, m.unit), Panel(m.indicator, m.unit)).measures.append(m)
    return sorted(by_key.values(), key=lambda p: (-len(p.measures), p.indicator, p.unit))


def split(items: list[Measure]) -> tuple[list[Panel], list[Measure]]:
    """The panels worth a chart (two values or more), and the lone values of the other indicators."""
    every = panels(items)
    charts = [p for p in every if len(p.measures) > 1]
    singles = sorted((p.measures[0] for p in every if len(p.measures) == 1), key=lambda m: (m.indicator, m.unit))
    return charts, singles


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values covering lo..hi.

    >>> nice_ticks(92.5, 98.5)
    [92.0, 94.0, 96.0, 98.0, 100.0]
    >>> nice_ticks(0, 1200)
    [0.0, 500.0, 1000.0, 1500.0]
    """
    span = hi - lo if hi > lo else max(abs(hi), 1.0)
    raw = span / max(count - 1, 1)
    step = 10 ** math.floor(math.log10(raw))
    step = next(s * step for s in (1, 2, 2.5, 5, 10) if s * step >= raw)
    first = math.floor(lo / step) * step
    ticks = []
    t = first
    while t < hi + step * 0.999:
        ticks.append(float(round(t, 10)))
        t += step
    return ticks


def _mark(kind: str, comparator: str, x: float, y: float, colour: str) -> str:
    if kind == "Observation":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour}" stroke="#fff" stroke-width="1"/>'
    if comparator in (">=", ">"):  # a floor: ▲
        points = f"{x:.1f},{y - 7:.1f} {x + 6.5:.1f},{y + 5:.1f} {x - 6.5:.1f},{y + 5:.1f}"
    elif comparator in ("<=", "<"):  # a ceiling: ▼
        points = f"{x - 6.5:.1f},{y - 5:.1f} {x + 6.5:.1f},{y - 5:.1f} {x:.1f},{y + 7:.1f}"
    else:  # exactly: ■
        points = f"{x - 5:.1f},{y - 5:.1f} {x + 5:.1f},{y - 5:.1f} {x + 5:.1f},{y + 5:.1f} {x - 5:.1f},{y + 5:.1f}"
    return f'<polygon points="{points}" fill="#fff" fill-opacity="0.7" stroke="{colour}" stroke-width="2.2"/>'


def chart_svg(panel: Panel, colours: dict[str, str]) -> str:
    """The panel's dated measures on a years × values plane, as SVG markup."""
    dated = panel.dated
    if not dated:
        return ""
    e = html.escape
    years = [m.year for m in dated]
    y0, y1 = min(years) - 0.5, max(years) + 0.5
    values = [m.value for m in dated]
    # marks clear of the frame; one value alone sits mid-height
    pad = (max(values) - min(values)) * 0.06 or max(abs(values[0]) * 0.05, 1.0)
    ticks = nice_ticks(min(values) - pad, max(values) + pad)
    v0, v1 = ticks[0], ticks[-1] if ticks[-1] > ticks[0] else ticks[0] + 1
    left, top = MARGIN["left"], MARGIN["top"]
    plot_w, plot_h = WIDTH - left - MARGIN["right"], HEIGHT - top - MARGIN["bottom"]

    def sx(year: float) -> float:
        return left + (year - y0) / (y1 - y0) * plot_w

    def sy(value: float) -> float:
        return top + (1 - (value - v0) / (v1 - v0)) * plot_h

    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" '
             f'aria-label="{e(panel.indicator)}">']
    for t in ticks:
        parts.append(f'<line x1="{left}" x2="{WIDTH - MARGIN["right"]}" y1="{sy(t):.1f}" y2="{sy(t):.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{sy(t) + 4:.1f}" class="tick" text-anchor="end">{e(_short_number(repr(t)))}</text>')
    step = max(1, math.ceil((max(years) - min(years) + 1) / 12))  # at most a dozen year labels
    for year in range(min(years), max(years) + 1, step):
        parts.append(f'<text x="{sx(year):.1f}" y="{HEIGHT - 12}" class="tick" text-anchor="middle">{year}</text>')
    parts.append(f'<line x1="{left}" x2="{WIDTH - MARGIN["right"]}" y1="{top + plot_h}" y2="{top + plot_h}" class="axis"/>')
    # one region's observations over the years: a line
    for region in panel.regions:
        seen = sorted((m.year, m.value) for m in dated if m.region == region and m.kind == "Observation")
        if len(seen) > 1:
            path = " ".join(f"{sx(y):.1f},{sy(v):.1f}" for y, v in seen)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colours[region]}" stroke-width="1.5"/>')
    # marks of one year and value side by side, not on top of each other (two cities, one goal)
    same: dict[tuple[int, float, str], list[Measure]] = {}
    for m in dated:
        same.setdefault((m.year, m.value, m.kind), []).append(m)
    for m in sorted(dated, key=lambda m: m.kind != "Target"):  # observations on top: a target's hollow mark hides none
        group = same[(m.year, m.value, m.kind)]
        shift = (group.index(m) - (len(group) - 1) / 2) * 9
        tip = f"{m.region} {m.year}: {m.indicator} {m.text}" + (f"（{m.plan}）" if m.plan else "")
        parts.append(f'<g class="mark" data-kind="{m.kind}"><title>{e(tip)}</title>'
                     f'{_mark(m.kind, m.comparator, sx(m.year) + shift, sy(m.value), colours[m.region])}</g>')
    parts.append("</svg>")
    return "".join(parts)


def targets_html(items: list[Measure], title: str = "qgkg: targets and observations") -> str:
    """The chart page: a summary, then per indicator and unit with two values or more a chart
    and the table behind it; indicators with one value each share one table at the end (a
    chart of one point compares nothing)."""
    charts, singles = split(items)
    years = [m.year for m in items if m.year is not None]
    summary = {
        "targets": sum(m.kind == "Target" for m in items), "observations": sum(m.kind == "Observation" for m in items),
        "indicators": len({m.indicator for m in items}), "regions": len({m.region for m in items} - {NO_REGION}),
        "from": min(years) if years else None, "to": max(years) if years else None,
        "undated": sum(m.year is None for m in items),
    }
    from markupsafe import Markup

    rendered = []
    for i, p in enumerate(charts, 1):
        # colours per chart: a chart rarely holds more than ten regions, the whole graph often does
        colours = {r: ("#888888" if r == NO_REGION else PALETTE[j % len(PALETTE)]) for j, r in enumerate(p.regions)}
        rendered.append({"panel": p, "svg": Markup(chart_svg(p, colours)), "anchor": f"c{i}",
                         "legend": [(r, colours[r]) for r in p.regions]})
    return _template().environment.get_template("targets.html").render(
        title=title, summary=summary, charts=rendered, singles=singles, no_region=NO_REGION)
