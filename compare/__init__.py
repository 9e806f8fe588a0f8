"""Cross-region comparison: duplicated measures, divergent measures, adoption, staffing.

Entry points: :mod:`policyie.compare.api` (pandas DataFrames) and
:func:`policyie.compare.cli.compare_cli` (``policyie compare``).
"""
