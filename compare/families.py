"""Document families: regulations and plans on the same subject, so that comparison runs
within a family and an analyst can ask for one (``--family 物业管理``).

A document's subject is its title without the region, dates and generic heads
(:func:`subject_key`: 浙江省志愿服务条例(2018-07-27) → 志愿服务).  Two documents are in one
family when their subjects are equal, or when one subject's character bigrams are almost
all in the other's (志愿服务 ⊂ 志愿服务促进, 物业 ⊂ 住宅小区物业), or when the two share at
least 0.4 of their bigrams (专利促进与保护 / 专利促进和保护, 燃放烟花爆竹 / 烟花爆竹燃放),
*and* their texts are alike: the cosine of the two subjects' centroids of character-bigram TF-IDF ≥
``min_content`` (0.8; on the regulations 物业/住宅物业 0.95, 志愿服务/志愿服务促进 0.98,
人民代表大会议事/人民代表大会常务委员会议事 0.55, 信访/城市绿化 0.07): the title alone would
join 人民代表大会 to 乡镇人民代表大会.  Families are the connected components of
that relation; the family's name is its most common title without the region
(志愿服务条例).

Cost: documents are grouped by subject first; only subjects that share a bigram are
compared, so the work grows with the number of subjects, not with documents squared.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import numpy as np
import pandas as pd

__all__ = ["subject_key", "title_without_region", "families", "is_work_report", "FAMILY_COLUMNS"]

FAMILY_COLUMNS = ["doc_key", "family_id", "family", "subject"]

_TITLE_NOISE = re.compile(r"[(（][^)）]*[)）]|[\s《》〈〉“”\"'、，,.。:：]")
_TITLE_GENERIC = re.compile(r"(?:实施细则|实施办法|若干规定|条例|规定|办法|细则|决定|规则|管理|工作|方案|意见)+$")
_LEVEL = re.compile(r"(?:省|市|自治区|自治州|自治县|县|区)$")


# A government work report opens by addressing the congress and saying whose report it is
# (各位代表：现在，我代表市人民政府，向大会报告政府工作; 下面，我代表行署作工作报告), or straight
# with the year under review (2023年工作回顾).
_WORK_REPORT_OPENING = re.compile(r"各位代表|我代表[^。\n]{0,12}(?:政府|行署)[^。\n]{0,12}(?:报告|工作报告)|^\s*(?:一、)?\d{4}年工作回顾")


def is_work_report(title: str | None, head: str | None) -> bool:
    """Whether a document is a government work report, from its title or its first 300 characters.

    >>> is_work_report(None, "各位代表：现在，我代表市人民政府，向大会报告政府工作")
    True
    >>> is_work_report("浙江省志愿服务条例", "第一条 为了发展志愿服务事业")
    False
    >>> is_work_report(float("nan"), None)
    False
    """
    if isinstance(title, str) and "政府工作报告" in title:
        return True
    return isinstance(head, str) and bool(_WORK_REPORT_OPENING.search(head[:300]))  # (a store's NULL is NaN)


def title_without_region(title, province=None, city=None, county=None) -> str:
    """The title without dates in brackets and without the region's names.

    >>> title_without_region("浙江省志愿服务条例(2018-07-27)", "浙江省")
    '志愿服务条例'
    """
    t = title if isinstance(title, str) else ""
    t = _TITLE_NOISE.sub("", t)
    for name in (county, city, province):
        if isinstance(name, str) and name:
            t = t.replace(name, "")
            short = _LEVEL.sub("", name)
            if len(short) >= 2 and t.startswith(short):
                t = t[len(short):]
    # 本省/全市/各区 and 各级 name the document's own scope, not its subject: 浙江省各级人民代表大会常务委员会
    # 讨论决定重大事项的规定 and 河南省人民代表大会常务委员会讨论、决定重大事项的规定 have one subject
    return re.sub(r"^(?:(?:本|全|各)(?:省|市|县|区)|各级)(?=.)", "", t)


def subject_key(title, province=None, city=None, county=None) -> str:
    """A document's subject: its title without region names, dates and generic heads.

    >>> subject_key("浙江省乡镇人民代表大会工作条例(2016-07-29)", "浙江省")
    '乡镇人民代表大会'
    """
    return _TITLE_GENERIC.sub("", title_without_region(title, province, city, county))


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


def _content_vectors(texts: list[str]):
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer

    hv = HashingVectorizer(analyzer="char", ngram_range=(2, 2), n_features=2 ** 20,
                           alternate_sign=False, norm=None)
    return TfidfTransformer().fit_transform(hv.transform(texts))


def families(docs: pd.DataFrame, *, doc_vectors=None, min_containment: float = 0.8,
             min_jaccard: float = 0.4, min_content: float = 0.8) -> pd.DataFrame:
    """One row per document: ``doc_key``, ``family_id`` (0..), ``family`` (its name) and
    ``subject``.  ``docs`` has ``doc_key``, ``title``, ``province``, ``city``, ``county``;
    the content test reads ``doc_vectors`` (a sparse row per document, e.g. the centroid of
    its unit vectors) or else a ``text`` column (without either, only equal subjects join)."""
    if docs.empty:
        return pd.DataFrame(columns=FAMILY_COLUMNS)
    docs = docs.reset_index(drop=True)
    cols = [docs.get(c, pd.Series([None] * len(docs))) for c in ("title", "province", "city", "county")]
    subjects = [subject_key(*v) for v in zip(*cols)]
    bare = [title_without_region(*v) for v in zip(*cols)]
    by_subject: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(subjects):
        by_subject[s].append(i)
    parent = list(range(len(docs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    for subject, members in by_subject.items():
        if not subject:  # no title: no family by title
            continue
        for j in members[1:]:
            union(members[0], j)
    # Subjects that nest (志愿服务 ⊂ 志愿服务促进): joined only where the texts agree too.
    keys = [s for s in by_subject if len(s) >= 2]
    grams = {s: _bigrams(s) for s in keys}
    index: dict[str, list[str]] = defaultdict(list)
    for s in keys:
        for g in grams[s]:
            index[g].append(s)
    pairs = set()
    for s in keys:
        counts = Counter(t for g in grams[s] for t in index[g] if t != s)
        for t, n in counts.items():
            nested = n / len(grams[s]) >= min_containment
            # or much alike either way (专利促进与保护 / 专利促进和保护, 燃放烟花爆竹 / 烟花爆竹燃放)
            alike = n / len(grams[s] | grams[t]) >= min_jaccard
            if (nested or alike) and (s, t) not in pairs and (t, s) not in pairs:
                pairs.add((s, t))
    if pairs and (doc_vectors is not None or "text" in docs.columns):
        from scipy import sparse
        from sklearn.preprocessing import normalize

        names = sorted({x for p in pairs for x in p})
        row = {s: k for k, s in enumerate(names)}
        member = sparse.csr_matrix(
            ([1.0 / len(by_subject[s]) for s in names for _ in by_subject[s]],
             ([row[s] for s in names for _ in by_subject[s]], [i for s in names for i in by_subject[s]])),
            shape=(len(names), len(docs)))
        docs_used = sorted({i for s in names for i in by_subject[s]})
        if doc_vectors is not None:
            vec = doc_vectors[docs_used]
        else:
            vec = _content_vectors([docs["text"][i] if isinstance(docs["text"][i], str) else "" for i in docs_used])
        member = member[:, docs_used]
        centroid = normalize(member @ vec)
        for s, t in sorted(pairs):
            if float(centroid[row[s]].multiply(centroid[row[t]]).sum()) >= min_content:
                union(by_subject[s][0], by_subject[t][0])
    roots = [find(i) for i in range(len(docs))]
    ids = {r: k for k, r in enumerate(sorted(set(roots)))}
    names: dict[int, str] = {}
    for r in set(roots):
        c = Counter(bare[i] for i in range(len(docs)) if roots[i] == r)
        names[r] = min(c.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0]
    return pd.DataFrame({"doc_key": docs["doc_key"], "family_id": [ids[r] for r in roots],
                         "family": [names[r] for r in roots], "subject": subjects})
