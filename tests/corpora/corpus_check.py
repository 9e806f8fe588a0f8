"""One shared assertion for value-keyed test corpora of the corpora package."""

from __future__ import annotations


def check_corpus(cases, fn, describe=repr) -> None:
    """Run every case; fail once, listing all the cases whose output differs."""
    failures = []
    for given, expected in cases:
        try:
            got = fn(given)
        except Exception as exc:  # noqa: BLE001 - reported with the case
            got = f"raised {exc!r}"
        if got != expected:
            failures.append(f"  {describe(given)}: expected {expected!r}, got {got!r}")
    assert not failures, f"{len(failures)} of {len(cases)} cases failed:\n" + "\n".join(failures)
