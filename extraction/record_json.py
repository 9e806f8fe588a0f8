"""The JSON text of a record in parts, for writing without holding the whole text.

``json.dumps`` of the record of a 50 MB document is a string of 128 million characters
(about 250 MiB), and the encoder holds its pieces beside it: writing a record that way
doubled the peak memory of the document.  ``iter_json`` gives the same text, piece by
piece (one piece per section, entity or provision), so a writer holds at most one of them.

>>> rec = {"doc_id": "d", "entities": [{"label": "ORG", "text": "编办"}], "error": None}
>>> "".join(iter_json(rec)) == json.dumps(rec, ensure_ascii=False)
True
"""

from __future__ import annotations

import json
from typing import Any, Iterator

_dumps = json.JSONEncoder(ensure_ascii=False).encode  # the encoder json.dumps(…, ensure_ascii=False) uses


def iter_json(record: dict[str, Any]) -> Iterator[str]:
    """Pieces whose concatenation is ``json.dumps(record, ensure_ascii=False)``.

    Lists at the top level of the record are split into their items; everything else is
    encoded whole.
    """
    yield "{"
    for i, (key, value) in enumerate(record.items()):
        yield (", " if i else "") + _dumps(key) + ": "
        if isinstance(value, list) and value:
            yield "["
            for j, item in enumerate(value):
                yield (", " if j else "") + _dumps(item)
            yield "]"
        else:
            yield _dumps(value)
    yield "}"
