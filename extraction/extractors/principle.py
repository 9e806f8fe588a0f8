"""PRINCIPLE: the content of a stated principle, split into its parts.

>>> from policyie.records import Document
>>> from policyie.extraction.context import Context
>>> [m.normalized for m in extract(Context(Document("d", "按照“依法下放、宜放则放”原则，坚持优化协同高效的原则")))]
[['依法下放', '宜放则放'], ['优化协同高效']]
"""

from __future__ import annotations

import re
from typing import Iterator

from policyie.extraction.context import Context
from policyie.extraction.extractors.common import mention
from policyie.extraction.intervals import Occupancy
from policyie.records import Mention

LABEL = "PRINCIPLE"

_VERB = r"(?:按照|坚持|遵循|本着|根据|依照|秉持|秉承|贯彻|围绕|依据|坚守|把握|落实|符合|采取|实行|施行|执行|因)"
_HEAD = r"(?:原则|要求|方针|思路)"
# A quoted formula adopted by a verb and closed by 原则/要求/方针/思路.
# (the formula's source may stand between: 按照市委十二届七次全会关于“稳、准、变、活、实”的要求)
_QUOTED = re.compile(_VERB + r"(?:[^“”\"‘’。；;，,\n]{0,16}?关于|[^“”\"‘’。；;\n]{0,6}?)[“\"‘](?P<c>[^“”\"‘’\n]{2,80})[”\"’](?:的)?[\u4e00-\u9fff]{0,4}?" + _HEAD)
# The verbs by which a text adopts a quoted formula as its guideline (guidelines: 按照/坚持/
# 遵循/本着/根据 … 要求/方针/思路).  A formula that is only carried out (落实“双控”要求) or
# circled (围绕“11364”发展思路) is a slogan, not a principle, unless the text calls it 原则.
_ADOPTING = re.compile(r"(?:按照|坚持|遵循|本着|根据|依照|依据|秉持|秉承)")
# Several quoted formulas adopted together: 按照“五大”和“六破六立”要求, 按照“五加五减”“六定”工作思路.
_Q = r"[“\"‘][^“”\"‘’\n]{2,80}[”\"’]"
_QUOTED_CHAIN = re.compile(_VERB + r"[^“”\"‘’。；;\n]{0,6}?(?P<chain>" + _Q + r"(?:(?:和|与|及|以及|、)?" + _Q + r"){1,3})"
                           r"(?:的)?[\u4e00-\u9fff]{0,4}?" + _HEAD)
# 把坚定拥护“两个确立”、坚决做到“两个维护”作为最高政治原则: what 把 takes as a 原则.
_TAKEN_AS = re.compile(r"把(?P<c>[^。；;，,\n把]{2,40}?)作为[\u4e00-\u9fff]{0,6}?原则(?!上)")
_QUOTE_BODY = re.compile(r"[“\"‘](?P<c>[^“”\"‘’\n]{2,80})[”\"’]")
# A quoted formula the text calls 原则 with no verb: 以“…”为原则, “…”原则, “三个统筹”重要原则.
_QUOTED_PRINCIPLE = re.compile(r"[“\"‘](?P<c>[^“”\"‘’\n]{2,80})[”\"’](?:的|为)?(?:重要|基本|根本|总体)?原则(?!上)")
# 着重把握了四个方面的原则：一是坚持X。二是坚持Y。
_LISTED = re.compile(r"原则\s*[:：]\s*")
_ORDINALS = "一二三四五六七八九十"
_LIST_ITEM = re.compile(r"(?P<n>[一二三四五六七八九十])是(?:坚持|遵循|把握)?[“\"]?(?P<c>[^。；;“”\"\n]{2,40}?)[”\"]?(?=[。；;])")
# 遵循下列原则：（一）倾听民意，广纳民智；（二）… — each short item is a principle.
_PAREN_ITEM = re.compile(r"\s*[（(](?P<n>[一二三四五六七八九十])[）)]\s*(?P<c>[^。；;：:\n（(]{2,30}?)(?=[。；;])")
# Words that point at the principles instead of stating them (遵循下列原则).
_DEICTIC = re.compile(r"(?:下列|以下|如下|下述|上述|这些|这一|此)(?:几项|几个|基本|主要)?$")
# An unquoted phrase called 原则: 坚持优化协同高效的原则, 按照属地管理原则, 以合法、合理为原则.
# Commas may separate its parts (生态优先、绿色发展，河长领导、部门联动…的原则: an earlier
# verb's object is cut off below), and a short parenthesis may qualify one (一湖（库）一策).
_UNQUOTED = re.compile(
    r"(?P<v>" + _VERB + r"|以)(?P<c>(?:[^。；;：:“”\"‘’\n（）()《》]|[（(][^（）()\n]{1,3}[）)]){2,40}?)(?:的|为)?原则(?![上性])"
)
# A principle stated as a definition: 农村财务管理的原则是正确处理…；实行财务公开、民主管理；
# 坚持为发展集体经济服务。 (the whole sentence after 是, up to its full stop; a colon may open
# it: 本市殡葬活动及其管理的原则是：实行火葬，节约殡葬用地…, gold-fresh16)
_DEFINED = re.compile(r"(?<=的)原则(?:是|为)(?:[:：](?![一二三四五六七八九十]是|\s*[（(]))?(?P<c>[^。\n：:“”\"]{2,60}?)(?=。)")
_HEADING = re.compile(r"(?:^|\n)\s*[一二三四五六七八九十]+、\s*\S{0,6}原则\s+(?P<c>[^\n]{2,60})")
_SPLIT = re.compile(r"[、，,；;]")
# Leading words of the stretch between the verb and 原则 that are not part of the content.
_LEAD_NOISE = re.compile(r"(?:以|将|把|着|了|于|好|实行|实施|遵循|坚持|按照)")


def parts(content: str) -> list[str]:
    """Split a principle into its parts at 、 ， , ；: ``依法下放、宜放则放`` → two parts."""
    return [p.strip() for p in _SPLIT.split(content) if p.strip()]


def extract(ctx: Context) -> Iterator[Mention]:
    v = ctx.view.text
    taken = Occupancy(len(v))

    def emit(s: int, e: int, source: str) -> Iterator[Mention]:
        start, end = ctx.view.span(s, e)
        ps = parts(ctx.text[start:end])  # the parts as written (一湖（库）一策), not as normalised
        if not ps or not taken.free(s, e):
            return
        taken.take(s, e)
        yield mention(ctx, LABEL, s, e, ps, source)

    def adopted(m: re.Match) -> bool:
        """A formula the text calls 原则, or one it adopts (按照…要求), not one carried out."""
        return m.group(0).endswith("原则") or bool(_ADOPTING.match(m.group(0)))

    for m in _QUOTED.finditer(v):
        if adopted(m):
            yield from emit(m.start("c"), m.end("c"), "principle.quoted")
    for m in _QUOTED_CHAIN.finditer(v):
        if not adopted(m):
            continue
        for q in _QUOTE_BODY.finditer(v, m.start("chain"), m.end("chain")):
            yield from emit(q.start("c"), q.end("c"), "principle.quoted")
    for m in _TAKEN_AS.finditer(v):
        yield from emit(m.start("c"), m.end("c"), "principle.taken_as")
    for m in _QUOTED_PRINCIPLE.finditer(v):
        yield from emit(m.start("c"), m.end("c"), "principle.quoted")
    for m in _UNQUOTED.finditer(v):
        s, e = m.start("c"), m.end("c")
        # the content is the last stretch after the verb: drop an earlier verb's object
        inner = v[s:e]
        last_verb = None
        for vm in re.finditer(_VERB, inner):
            if vm.group() == "因" and (inner.startswith("因地制宜", vm.start()) or inner[vm.start() - 1:vm.start()] == "、"
                                      or re.match(r"[、和与及的]", inner[vm.start() + 4:vm.start() + 5])):
                continue  # 因 opening a four-character item (因地制宜、因害设防) is no verb
            last_verb = vm
        if last_verb is not None and last_verb.end() < len(inner):
            s += last_verb.end()
        cut = max(v.rfind("，以", s, e), v.rfind(",以", s, e))
        if cut >= 0 and v.startswith("为原则", e):
            s = cut + 2  # …，以合法、合理为原则: the 以 … 为 frame after the comma
        nm = _LEAD_NOISE.match(v, s, e)
        if nm and re.match(r"以[\u4e00-\u9fff]{1,3}为[\u4e00-\u9fff]", v[s:e]) and nm.group() == "以":
            nm = None  # 以人为本, 以服务为宗旨: the 以 … 为 … phrase is the principle's first part
        if nm:
            s = nm.end()
        co = v.rfind("和", s, e)
        if co > s and "的" in v[s:co] and "、" in v[co:e] and "、" not in v[s:co]:
            s = co + 1  # 根据本市殡葬工作的规划和合理、需要、便民的原则: a phrase of its own before 和
        # a part ending in 与 is cut off (…和与), unless 与 ends a word (社会参与, gold-fresh18)
        if e - s < 2 or re.search(r"(?:[的是在和对]|(?<![参给赋])与)$", v[s:e]) or v[s:e].endswith(("基本", "总体", "一般", "方面", "几个")):
            continue
        if _DEICTIC.match(v, s, e):  # 遵循下列原则: the principles are the items that follow
            continue
        if m.group("v") == "以" and last_verb is None and not re.search(r"为原则$", v[m.start():m.end()]):
            continue
        yield from emit(s, e, "principle.unquoted")
    for lm in _LISTED.finditer(v):
        # the items that follow a colon after 原则 are its parts, each a principle
        # the list must start right after the colon and go on 一是, 二是, 三是 … without gaps
        pos = lm.end()
        for k in range(10):
            im = _LIST_ITEM.search(v, pos, pos + 260)
            if not im or im.group("n") != _ORDINALS[k] or im.start() - pos > (12 if k == 0 else 200):
                break
            if k and re.search(r"[:：]", v[pos:im.start()]):
                break  # a new list introduced by another colon
            yield from emit(im.start("c"), im.end("c"), "principle.listed")
            pos = im.end()
        # or items （一）…；（二）…。, each short enough to be a formula, not a rule
        pos = lm.end()
        for k in range(10):
            im = _PAREN_ITEM.match(v, pos)
            if not im or im.group("n") != _ORDINALS[k]:
                break
            yield from emit(im.start("c"), im.end("c"), "principle.listed")
            pos = im.end() + 1
    for m in _DEFINED.finditer(v):
        yield from emit(m.start("c"), m.end("c"), "principle.defined")
    for m in _headings(v):
        yield from emit(m.start("c"), m.end("c"), "principle.heading")


_SPACES = re.compile(r"\s*")


def _headings(v: str) -> Iterator[re.Match[str]]:
    """``_HEADING.finditer(v)`` in linear time.

    The pattern starts at a line break and skips white space; tried at every break of a
    run of blank lines it re-reads the rest of the run each time (quadratic).  Every break
    of one run of white space reaches the same first character after it, so when the
    pattern fails at a break it fails at every later break of that run: skip to its end.
    """
    pos = 0
    while pos <= len(v):
        p = 0 if pos == 0 else v.find("\n", pos)
        if p == -1:
            return
        m = _HEADING.match(v, p)
        if m:
            yield m
            pos = m.end() if m.end() > p else p + 1
        else:
            pos = max(_SPACES.match(v, p + (v[p:p + 1] == "\n")).end(), p + 1)
