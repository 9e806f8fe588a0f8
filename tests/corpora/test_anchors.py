"""Anchors → offsets for the hand-labelled gold files (corpora/anchors.py): the checks a
labeller relies on must fire."""

from __future__ import annotations

import pytest

from policyie.corpora.anchors import AnchoredDoc, split_anchor

TEXT = "按照省委的部署，省委负责。坚持统筹规划、综合利用的原则。"


def _doc() -> AnchoredDoc:
    return AnchoredDoc.from_text("d", "src.txt", {}, TEXT)


def test_anchor_forms_and_offsets():
    assert split_anchor("按照[省委]的部署") == split_anchor("按照[[省委]]的部署") == ("按照", "省委", "的部署")
    d = _doc()
    d.ctx("ORG", "按照[[省委]]的部署")
    d.every("ORG", "省委", 1, exclude=["按照[省委]的部署"])
    d.ctx("PRINCIPLE", "坚持[统筹规划、综合利用]的原则")
    got = [(e["start"], e["end"], e["text"], e["normalized"]) for e in d.record()["entities"]]
    assert got == [(2, 4, "省委", None), (8, 10, "省委", None), (15, 24, "统筹规划、综合利用", ["统筹规划", "综合利用"])]


def test_checks_fire():
    with pytest.raises(AssertionError):
        _doc().ctx("ORG", "[省委]")  # two occurrences, one expected
    with pytest.raises(AssertionError):
        _doc().ctx("BODY", "按照[省委]的部署")  # not a label of the guidelines
    d = _doc()
    d.ctx("ORG", "按照[省委]的部署")
    d.ctx("ORG", "按照[省委的部署]")
    with pytest.raises(AssertionError):
        d.record()  # overlapping spans
