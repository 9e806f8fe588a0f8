"""Administrative divisions: look names up, resolve them, find a document's region.

The table is province → city → county, built from the ``adcodes.csv`` that the
``cpca`` package ships (12-digit codes; the first six are the GB/T 2260 code kept in
``Region.code``), plus ``regions/supplement.csv`` beside this module: bodies that are
not divisions but that comparisons need (national new areas such as 西咸新区,
development zones), names of new areas that coincide with a division (南沙新区 → 南沙区),
and the common short forms of provinces (宁夏 → 宁夏回族自治区; the one-character
abbreviations such as 冀 → 河北省, which are only looked up, never scanned). Every row
of the supplement states its source.

Conventions (chosen so that bodies of the same rank share a slot):

* A municipality (北京市, 天津市, 上海市, 重庆市) is both province and city:
  ``Region("上海市", "上海市")``; its districts are counties
  (``Region("上海市", "上海市", "浦东新区")``). A city-level comparison then puts
  上海市 beside 安阳市, and a province-level one beside 浙江省.
* A county-level unit directly under a province (天门市, 济源市, 神农架林区,
  琼海市…) sits in the ``city`` slot: there is no city above it, it reports to the
  province like a city does, and its government issues city-level documents
  (a 2024 政府工作报告 of 天门 sits beside 襄阳's).
* A national new area that spans cities and answers to the province (西咸新区,
  贵安新区, 雄安新区…) sits in the ``city`` slot, without a code; one inside a city
  (兰州新区) sits in the ``county`` slot.

Nothing is read at import: the table is built on first use and cached.
``cpca`` itself is never imported (importing it builds its own matcher, and in this
environment fails for want of ``pkg_resources``); only its data file is read, through
its import spec.

The data is the ``cpca`` release's (about 2016-2018): later changes are missing
(莱芜市 still exists, 许昌县 is not yet 建安区).
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import importlib.util
import io
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from policyie.records import Region

from policyie.corpora.region_names import (canonical_region, known_regions, region_name,  # noqa: E402 (re-exported)
                                           resolve_region_filter)

__all__ = ["lookup", "resolve", "find_region", "region_name", "canonical_region", "known_regions",
           "resolve_region_filter"]

#: A node of the table: (province, city, county), unused levels None.
Node = tuple

_ROOT: Node = (None, None, None)

_MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})

# City-level rows of adcodes.csv that are placeholders, not cities: their children are
# the municipality's districts/counties, or county-level units directly under a province.
_PLACEHOLDER_CITY = re.compile(r"^(?:市辖区|县|.*直辖县级行政区划)$")

# Forms a name can take in the index.
_FULL = "full"    # the official name: 兴隆县, 承德市, 凉山彝族自治州, 西咸新区
_ALT = "alt"      # a short base with its level word kept: 凉山州, 景宁县 (as safe as full)
_SHORT = "short"  # the bare base: 兴隆, 承德, 凉山, 宁夏
_EXACT = "exact"  # only for lookup: 冀, 沪

# Level words stripped to get a short form, longest first.
_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区",
             "新区", "矿区", "省", "市", "县", "区", "盟", "旗", "州")

# County names that are also ordinary words or phrases: in running text they count only
# under a region already found (新城区 "a new urban district", 新市区, 城区, 郊区, 矿区).
_ORDINARY_FULL_NAMES = frozenset({"新城区", "新市区", "城区", "郊区", "矿区", "东区", "西区",
                                  "中区", "市中区", "城中区", "城东区", "城西区", "城北区",
                                  "城南区", "开发区", "高新区"})

# Short forms of cities that are also ordinary words (长治久安, 来宾 "guests", 大同
# "great harmony", 孙中山): in running text they weigh half as much as other short
# forms and never decide alone; the full names count as usual.
# The same for county-level cities in the city slot (东方市, 五指山市, 白沙黎族自治县).
_ORDINARY_CITY_SHORTS = frozenset({"长治", "来宾", "大同", "安康", "中山", "三明", "普洱",
                                   "海西", "玉树", "阿里", "和田", "四平", "东方", "五指山",
                                   "白沙", "双河"})

# A bare short form followed by one of these names something else: a town (兴隆镇), a
# street (北京路), a mountain, lake or river, or a division missing from the table.
# (港 is not here: 上海港 and 日照港 are the cities' ports.)
_AFTER_SHORT = frozenset("镇乡村街路道巷里屯山湖河江岛桥寺庙塔园门楼县区市州盟旗省")


@dataclass
class _Table:
    regions: dict = field(default_factory=dict)        # Node -> Region
    children: dict = field(default_factory=lambda: defaultdict(list))  # Node -> [Node]
    names: dict = field(default_factory=lambda: defaultdict(list))     # name -> [(Node, form)]
    scan_names: dict = field(default_factory=dict)     # first char -> lengths, longest first
    max_len: int = 0


@dataclass(frozen=True)
class _Hit:
    """One region name found in a text (internal)."""

    start: int
    end: int
    name: str
    paths: tuple            # candidate Paths
    form: str
    context_only: bool      # a county short form or an ordinary-word name: see _make_hit
    weight: float


# ---------------------------------------------------------------- loading

def _read_cpca_csv(filename: str) -> str:
    # importlib.resources on a module object built from cpca's spec reads the package's
    # data without running cpca/__init__.py (which loads pandas and its own matcher).
    spec = importlib.util.find_spec("cpca")
    if spec is None:
        raise ModuleNotFoundError("policyie.corpora.regions needs the package 'cpca' (its adcodes.csv)")
    module = importlib.util.module_from_spec(spec)
    return (importlib.resources.files(module) / "resources" / filename).read_text(encoding="utf-8")


def _read_supplement() -> str:
    return (importlib.resources.files("policyie.corpora") / "regions" / "supplement.csv").read_text(encoding="utf-8")


def _nations_pattern(nations: Iterable[str]) -> re.Pattern:
    names = set()
    for n in nations:
        n = n.strip()
        if not n:
            continue
        names.add(n)
        if n.endswith("族") and len(n) > 2:
            names.add(n[:-1])          # 蒙古 in 博尔塔拉蒙古自治州
    alt = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"^(.{{2,}}?)(?:{alt})+(自治(?:区|州|县|旗))$")


def _short_forms(name: str, nations: re.Pattern) -> list[tuple[str, str]]:
    """Derived short forms of a city or county name, with their form."""
    out: list[tuple[str, str]] = []
    m = nations.match(name)
    if m:                                            # 景宁畲族自治县 → 景宁, 景宁县
        base, kind = m.group(1), m.group(2)
        out.append((base, _SHORT))
        out.append((base + kind[-1], _ALT))
        return out
    if name.endswith(("自治县", "自治旗", "自治州")):  # 鄂伦春自治旗 → 鄂伦春
        base = name[:-3].removesuffix("族")
        if len(base) >= 2:
            out.append((base, _SHORT))
        return out
    for suf in _SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            out.append((name[: -len(suf)], _SHORT))
            break
    return out


@functools.lru_cache(maxsize=None)
def _table() -> _Table:
    """Build the table on first use (cached)."""
    t = _Table()
    nations = _nations_pattern(_read_cpca_csv("56_nations.csv").splitlines())
    rows = list(csv.DictReader(io.StringIO(_read_cpca_csv("adcodes.csv"))))
    by_code = {r["adcode"][:6]: r["name"].strip() for r in rows}

    def add(path: Node, code: str | None) -> None:
        t.regions[path] = Region(*path, code=code)
        level = _level(path)
        parent = _parent(path)
        if level and path not in t.children[parent]:
            t.children[parent].append(path)

    # provinces
    for code, name in by_code.items():
        if code[2:] == "0000":
            add((name, None, None), code)
            if name in _MUNICIPALITIES:
                add((name, name, None), code)
    # cities (placeholders skipped)
    for code, name in by_code.items():
        if code[4:] == "00" and code[2:] != "0000" and not _PLACEHOLDER_CITY.match(name):
            add((by_code[code[:2] + "0000"], name, None), code)
    # counties
    for code, name in by_code.items():
        if code[4:] == "00" or name == "市辖区":
            continue
        prov = by_code[code[:2] + "0000"]
        city_name = by_code.get(code[:4] + "00", "")
        if prov in _MUNICIPALITIES:
            add((prov, prov, name), code)
        elif _PLACEHOLDER_CITY.match(city_name):     # 天门市: directly under the province
            add((prov, name, None), code)
        else:
            add((prov, city_name, name), code)

    for path, region in t.regions.items():
        level = _level(path)
        name = path[level - 1]
        if level == 1 and name in _MUNICIPALITIES:
            continue                                  # the name points at the city node
        t.names[name].append((path, _FULL))
        if level >= 2:
            for short, form in _short_forms(name, nations):
                t.names[short].append((path, form))

    for row in csv.DictReader(io.StringIO(_read_supplement())):
        path = (row["province"] or None, row["city"] or None, row["county"] or None)
        if path not in t.regions:
            if row["kind"] not in ("new_area", "dev_zone"):
                raise ValueError(f"regions/supplement.csv: {row['name']}: no division {path}")
            if _parent(path) not in t.regions:
                raise ValueError(f"regions/supplement.csv: {row['name']}: no parent for {path}")
            add(path, None)
        if row["scan"] == "no":
            form = _EXACT
        elif row["kind"] in ("new_area", "dev_zone"):
            form = _FULL
        else:
            form = _ALT if row["kind"] == "alias" else _SHORT
        if (path, form) not in t.names[row["name"]]:
            t.names[row["name"]].append((path, form))

    lengths: dict[str, set[int]] = defaultdict(set)
    for name, entries in t.names.items():
        if any(form != _EXACT for _, form in entries) and len(name) >= 2:
            lengths[name[0]].add(len(name))
    t.scan_names = {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}
    t.max_len = max(len(n) for n in t.names)
    return t


# ---------------------------------------------------------------- paths

def _level(path: Node) -> int:
    return sum(1 for p in path if p is not None)


def _parent(path: Node) -> Node:
    level = _level(path)
    if level <= 1:
        return _ROOT
    return tuple(p if i < level - 1 else None for i, p in enumerate(path))


def _within(path: Node, node: Node) -> bool:
    """``path`` is ``node`` or lies below it."""
    return all(n is None or n == p for p, n in zip(path, node))


def _consistent(a: Node, b: Node) -> bool:
    return _within(a, b) or _within(b, a)


def _deeper(a: Node, b: Node) -> Node:
    return a if _level(a) >= _level(b) else b


def _lca(paths: Sequence[Node]) -> Node:
    out: list = []
    for level in range(3):
        values = {p[level] for p in paths}
        if len(values) != 1 or None in values:
            break
        out.append(values.pop())
    return tuple(out + [None] * (3 - len(out)))


def _child_towards(node: Node, path: Node) -> Node:
    level = _level(node)
    return tuple(p if i <= level else None for i, p in enumerate(path))


def _chain_end(paths: Sequence[Node]) -> Node | None:
    """The deepest path if all lie on one chain (each within the next), else None."""
    deepest = max(paths, key=_level)
    return deepest if all(_within(deepest, p) for p in paths) else None


def _region(path: Node) -> Region:
    t = _table()
    if path[0] in _MUNICIPALITIES and path[1] is None:
        path = (path[0], path[0], None)
    if path in t.regions:
        return t.regions[path]
    return Region(*path)


def _path(region: Region) -> Node:
    return (region.province, region.city, region.county)


# ---------------------------------------------------------------- lookup

def _lookup_paths(name: str) -> list[Node]:
    t = _table()
    name = re.sub(r"\s+", "", name)
    if name in t.names:
        return _unique(p for p, _ in t.names[name])
    # A compound: 承德市兴隆县, 河北兴隆, 陕西西咸新区: each part below the previous one.
    results: list[Node] = []

    def walk(rest: str, current: Node) -> None:
        if not rest:
            results.append(current)
            return
        for j in range(min(len(rest), t.max_len), 1, -1):
            part = rest[:j]
            for p, form in t.names.get(part, ()):
                if form != _EXACT and _within(p, current) and p != current:
                    walk(rest[j:], p)

    walk(name, _ROOT)
    return _unique(r for r in results if r != _ROOT)


def _unique(paths: Iterable[Node]) -> list[Node]:
    seen: dict[Node, None] = {}
    for p in paths:
        seen.setdefault(p, None)
    return sorted(seen, key=lambda p: (_level(p), _table().regions[p].code or "", p))


def _prefer_high(entries: list) -> list:
    """A bare 河南 is the province, not 河南蒙古族自治县; 河北 not 天津's 河北区: when a
    name is a province or city, its readings as a county short form are dropped."""
    if any(_level(p) <= 2 for p, _ in entries):
        return [(p, f) for p, f in entries if _level(p) <= 2 or f != _SHORT]
    return entries


def _mention_paths(name: str) -> list[Node]:
    """The readings of a name as a mention (for resolve): like lookup, with _prefer_high."""
    entries = _table().names.get(re.sub(r"\s+", "", name))
    if entries:
        return _unique(p for p, _ in _prefer_high(entries))
    return _lookup_paths(name)


def lookup(name: str) -> list[Region]:
    """Every region a name can mean: full names, short forms and compounds.

    ``lookup("兴隆")`` → ``[Region("河北省", "承德市", "兴隆县", "130822")]``; ambiguous
    names give several (``lookup("朝阳区")``: 北京 and 长春); unknown names give ``[]``.
    """
    return [_region(p) for p in _lookup_paths(name)]


# ---------------------------------------------------------------- resolve

def _resolve_paths(candidates: Sequence[Sequence[Node]],
                   support: Callable[[Node], float] | None = None) -> Node:
    """The most specific path consistent with the candidate lists, taken in order.

    A list whose candidates (after dropping those that contradict what is already
    fixed) lie on one chain fixes the region at its shallowest; ambiguous lists wait
    until a later one settles them, and are finally settled by ``support`` (a strict
    best) or reduced to their common part.
    """
    current = _ROOT
    pending = [list(c) for c in candidates if c]
    progressed = True
    while pending and progressed:
        progressed = False
        for i, cands in enumerate(pending):
            cons = [p for p in cands if _consistent(p, current)]
            if not cons:                      # contradicts stronger evidence: ignored
                del pending[i]
                progressed = True
                break
            if _chain_end(cons) is not None:
                # One chain (吉林: the province, or its city 吉林市): take the least
                # committal reading; a later name can still go deeper.
                current = _deeper(current, min(cons, key=_level))
                del pending[i]
                progressed = True
                break
    for cands in pending:                     # still ambiguous
        cons = [p for p in cands if _consistent(p, current)]
        if not cons:
            continue
        choice = None
        if support is not None:
            scores = sorted(((support(p), p) for p in cons), key=lambda x: -x[0])
            if scores[0][0] > 0 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
                choice = scores[0][1]
        if choice is None:
            choice = _lca(cons)
        if _consistent(choice, current):
            current = _deeper(current, choice)
    return current


def resolve(mentions: Sequence[str]) -> Region:
    """The most specific region consistent with names given strongest first.

    Each name is looked up; a name that contradicts the names before it is ignored,
    an ambiguous one is settled by the others (or reduced to what its readings share).
    ``resolve(["兴隆县", "承德市"])`` → 河北省/承德市/兴隆县;
    ``resolve(["朝阳区", "北京"])`` → 北京市/北京市/朝阳区.
    """
    return _region(_resolve_paths([_mention_paths(m) for m in mentions]))


# ---------------------------------------------------------------- scanning

def _scan(text: str) -> list[_Hit]:
    """Region names in ``text``, left to right, longest first at each position."""
    t = _table()
    hits: list[_Hit] = []
    i, n = 0, len(text)
    while i < n:
        lengths = t.scan_names.get(text[i])
        hit = None
        if lengths:
            for L in lengths:
                if i + L > n:
                    continue
                name = text[i:i + L]
                entries = [(p, f) for p, f in t.names.get(name, ()) if f != _EXACT]
                if entries:
                    hit = _make_hit(text, i, name, entries)
                    if hit is not None:
                        break
        if hit is None:
            i += 1
        else:
            hits.append(hit)
            i = hit.end
    return hits


def _make_hit(text: str, i: int, name: str, entries: list) -> _Hit | None:
    end = i + len(name)
    entries = _prefer_high(entries)
    forms = {f for _, f in entries}
    form = _FULL if _FULL in forms else (_ALT if _ALT in forms else _SHORT)
    paths = tuple(_unique(p for p, _ in entries))
    if form == _SHORT and end < len(text) and text[end] in _AFTER_SHORT:
        return None
    deepest = max(_level(p) for p in paths)
    context_only = (
        (deepest == 3 and form == _SHORT)
        or (deepest == 3 and len(name) <= 2)              # 理县 (管理县级), 任县 (担任县委)
        or name in _ORDINARY_FULL_NAMES
    )
    weight = 1.0 if form in (_FULL, _ALT) else (0.25 if name in _ORDINARY_CITY_SHORTS else 0.5)
    return _Hit(i, end, name, paths, form, context_only, weight)


def _header(text: str, max_lines: int = 30, max_len: int = 80) -> str:
    """The leading run of short lines: banners, document number, issuers, title.

    It ends at the first long line or after the first line that ends a sentence (。):
    header lines do not, and hard-wrapped text (PDF conversions) would otherwise bring
    the first paragraphs in.
    """
    out: list[str] = []
    for line in text.splitlines():
        s = line.replace("\u00a0", " ").strip()
        if not s:
            continue
        if len(s) > max_len or len(out) >= max_lines:
            break
        out.append(s)
        if "。" in s:
            break
    return "\n".join(out)


def _anchor(hits: Sequence[_Hit], support: Callable[[Node], float] | None) -> Node:
    """Resolve the trusted names of a title, in the order written.

    County short forms are left out: in titles they name a lake, a mountain or an old
    town far more often than the county (嘉兴市南湖保护条例 is a city regulation,
    泰山风景名胜区… a provincial one), and 中原 in 河南省…中原… is not 中原区; so are
    city short forms that are ordinary words (长治久安).
    """
    lists = [h.paths for h in hits
             if not h.context_only and h.name not in _ORDINARY_CITY_SHORTS]
    return _resolve_paths(lists, support) if lists else _ROOT


def _descend(hits: Sequence[_Hit], start: Node) -> Node:
    """From ``start`` go down while one child holds a clear majority of the evidence.

    At each node the mass of a hit is split among its readings at or below the node;
    a child is taken when it has more than half of that mass, more than the node's own
    mentions (a city report names its city more often than any one county), and either
    a full-name mention or three short ones (a stray 长治 in 长治久安 never decides).
    """
    t = _table()
    node = start
    while t.children.get(node):
        total = at_node = 0.0
        mass: Counter = Counter()
        full: Counter = Counter()
        short: Counter = Counter()
        for h in hits:
            if h.context_only and (node == _ROOT or h.form == _SHORT or len(h.name) <= 2):
                # Bare county bases (资源, 公安, 合作) and two-character county names
                # (理县 in 管理县级, 城区) are too often ordinary words to count here.
                continue
            cands = [p for p in h.paths if _within(p, node)]
            if h.context_only:
                cands = [p for p in cands if p != node]
            if not cands:
                continue
            share = h.weight / len(cands)
            total += h.weight
            for p in cands:
                if p == node:
                    at_node += share
                else:
                    k = _child_towards(node, p)
                    mass[k] += share
                    if h.form in (_FULL, _ALT) and not h.context_only:
                        full[k] += 1
                    elif h.form == _SHORT and h.name not in _ORDINARY_CITY_SHORTS:
                        short[k] += 1
        if not mass:
            break
        best, m = max(sorted(mass.items(), key=lambda kv: str(kv[0])), key=lambda kv: kv[1])
        if m > 0.5 * total and m > at_node and (full[best] >= 1 or short[best] >= 3):
            node = best
        else:
            break
    return node


def find_region(text: str, *, title: str | None = None) -> Region:
    """The region a document belongs to, or an empty ``Region()`` when it names none.

    Looks at the title first (its region is final), then the header (the leading short
    lines: banners, issuers such as 中共兴隆县委), then counts names in the whole text,
    going down province → city → county only while one child clearly dominates.
    Bare county short forms (兴隆, 灵武; also 资源, 公安, 合作) are not counted, nor
    two-character county names (理县 in 管理县级); county names that are ordinary
    phrases (新城区) count only under a region already found. An empty region is the
    answer for a text that names no place (a report of 'the city'): nothing is guessed.
    ``find_region(text, title="景宁畲族自治县城市管理条例")`` → 浙江省/丽水市/景宁畲族自治县.
    """
    body_hits: list[_Hit] | None = None

    def body() -> list[_Hit]:
        nonlocal body_hits
        if body_hits is None:
            body_hits = _scan(text)
        return body_hits

    def support(path: Node) -> float:
        # How much of the text agrees with a reading (settles an ambiguous title name).
        return sum(h.weight for h in body()
                   if not h.context_only and any(_consistent(p, path) for p in h.paths))

    if title:
        anchored = _anchor(_scan(title), support)
        if anchored != _ROOT:
            return _region(anchored)
    # The header is counted, not resolved: a header naming 日照市 and three of its
    # districts is about 日照市; one naming 承德市 once and 兴隆县 nine times, about 兴隆县.
    start = _descend(_scan(_header(text)), _ROOT)
    return _region(_descend(body(), start))
