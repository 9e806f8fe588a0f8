"""User errors and exit codes of the ``policyie`` command.

Every error a user can cause (a path, a permission, a damaged or locked store, a bad gold
file, a missing extra) is one line on stderr naming the thing and the cause, never a
traceback:

    policyie extract: /sys/out.jsonl: cannot write (Permission denied)

Exit codes (documented in the README and in ``policyie --help``):

====  =====================================================================
0     done
1     done, but some documents failed (each one named on stderr)
2     usage or environment error: nothing (more) was done
3     an unexpected internal error (a bug: ``--verbose`` shows the traceback)
130   interrupted (Ctrl-C or SIGTERM)
====  =====================================================================
"""

from __future__ import annotations

import logging
import sys

__all__ = ["EXIT_DOCS_FAILED", "EXIT_INTERNAL", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "UserError", "log",
           "os_reason"]

EXIT_OK = 0
EXIT_DOCS_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

class _StderrHandler(logging.Handler):
    """``policyie: message`` on the stderr of the moment (tests swap ``sys.stderr``)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(f"policyie: {record.getMessage()}\n")
            sys.stderr.flush()
        except Exception:  # noqa: BLE001 - logging must never raise
            self.handleError(record)


#: The commands' messages on stderr (summaries, skipped files, "-> file"): INFO and up by
#: default, also when a ``*_cli`` function is called from Python; ``policyie --quiet``
#: keeps warnings and errors only, ``--verbose`` adds debug lines (``policyie.cli.main``).
log = logging.getLogger("policyie.cli")  # not "policyie": the page logs as "policyie.web", its own way
if not any(isinstance(h, _StderrHandler) for h in log.handlers):
    log.addHandler(_StderrHandler())
    log.setLevel(logging.INFO)
    log.propagate = False


class UserError(Exception):
    """An error the user can fix; ``str(e)`` is the one line shown (without the command prefix).

    >>> str(UserError("out/x.jsonl: is a directory"))
    'out/x.jsonl: is a directory'
    """

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(" ".join(str(message).split()) if "\n" in str(message) else str(message))
        self.code = code


def os_reason(e: OSError) -> str:
    """The cause of an ``OSError`` in a few words: ``Permission denied``, ``No space left on device``."""
    return e.strerror or type(e).__name__
