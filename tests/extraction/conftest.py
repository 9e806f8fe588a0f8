"""Fixtures for the extractor tests.

``pipeline`` is module-scoped: a ``Pipeline`` loads jieba's dictionary, so each test
module builds one and reuses it.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline():
    from policyie.extraction.pipeline import Pipeline

    return Pipeline()
