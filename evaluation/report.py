"""Plain-text rendering of an ``EvalReport`` (JSON output is ``report.to_json()``)."""

from __future__ import annotations

from typing import Iterable

from .scoring import ErrorItem, EvalReport, LabelScores, ValueMismatch

__all__ = ["format_report"]

_NAME_W = 22
_TEXT_W = 40


def _num(v: float | None) -> str:
    return "    -" if v is None else f"{v:5.3f}"


def _row(name: str, s: LabelScores) -> str:
    c = s.counts
    st, pa = s.strict, s.partial
    acc = "-" if s.value_accuracy is None else f"{s.value_accuracy:5.3f} ({s.value_correct}/{s.value_total})"
    return (f"{name:<{_NAME_W}} {c.gold:>5} {c.predicted:>5} {c.correct:>5} {c.partial:>5}"
            f" | {_num(st.precision)} {_num(st.recall)} {_num(st.f1)}"
            f" | {_num(pa.precision)} {_num(pa.recall)} {_num(pa.f1)}"
            f" | {acc}")


def _header() -> list[str]:
    blank = " " * (_NAME_W + 4 * 6)
    prf = f"{'P':>5} {'R':>5} {'F1':>5}"
    top = f"{blank} | {'strict':^17} | {'partial':^17} | value"
    head = (f"{'type':<{_NAME_W}} {'gold':>5} {'pred':>5} {'exact':>5} {'part':>5}"
            f" | {prf} | {prf} | acc")
    return [top, head, "-" * (len(head) + 10)]


def _clip(text: str) -> str:
    # One line per item: show newlines, cut long spans.
    flat = text.replace("\r", "\\r").replace("\n", "\\n")
    return flat if len(flat) <= _TEXT_W else flat[:_TEXT_W - 1] + "…"


def _error_line(e: ErrorItem, other_side: str) -> str:
    line = f"  {e.doc_id} [{e.start}:{e.end}] {_clip(e.text)!s}"
    if e.source and e.source != "gold":
        line += f"  ({e.source})"
    if e.overlap is not None:
        o = e.overlap
        line += f"  ~ {other_side} [{o.start}:{o.end}] {_clip(o.text)}"
        if o.source and o.source != "gold":
            line += f" ({o.source})"
    return line


def _value_line(v: ValueMismatch) -> str:
    line = f"  {v.doc_id} [{v.start}:{v.end}] {_clip(v.text)}  gold {v.gold!r}  predicted {v.predicted!r}"
    if v.source:
        line += f"  ({v.source})"
    return line


def _section(title: str, items: list, show: int, render) -> Iterable[str]:
    if not items:
        return []
    extra = f" (first {show})" if len(items) > show else ""
    return [f"{title}: {len(items)}{extra}", *(render(i) for i in items[:show])]


def format_report(report: EvalReport, *, show: int = 20) -> str:
    """The report as a plain-text table (per type and micro, with a row per peer system
    under each type it predicts and under micro), then the first ``show`` missed, spurious and value errors per type.

    In the lists, ``~`` marks a partial match and shows its counterpart.
    """
    show = max(show, 0)
    micro = report.micro.counts
    lines = [f"{report.documents} documents, {micro.gold} gold mentions, {micro.predicted} predicted",
             "strict: same type and span; partial: same type, overlapping span, half credit "
             "unless exact; value acc over strict matches with a gold value", ""]
    lines += _header()
    for row in (*report.labels, report.micro):
        lines.append(_row(row.label, row))
        for name, peer in report.peers.items():
            try:
                peer_row = peer.label(row.label)
            except KeyError:
                continue
            # A peer row for a type the peer never predicts would only repeat "0".
            if row is not report.micro and not peer_row.counts.predicted:
                continue
            lines.append(_row(f"  peer:{name}", peer_row))
    if report.notes:
        lines += ["", "notes:", *(f"  {n}" for n in report.notes)]
    if show:
        for row in report.labels:
            label = row.label
            missed = [e for e in report.missed if e.label == label]
            spurious = [e for e in report.spurious if e.label == label]
            values = [v for v in report.value_errors if v.label == label]
            block = [*_section(f"{label} missed", missed, show, lambda e: _error_line(e, "predicted")),
                     *_section(f"{label} spurious", spurious, show, lambda e: _error_line(e, "gold")),
                     *_section(f"{label} value errors", values, show, _value_line)]
            if block:
                lines += ["", *block]
    return "\n".join(lines) + "\n"
