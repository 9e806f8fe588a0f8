"""``python -m policyie``: the same command as ``policyie``."""

import sys

from policyie.cli import main

sys.exit(main())
