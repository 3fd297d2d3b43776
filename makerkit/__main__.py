"""``python -m makerkit``: the same as the ``makerkit`` command."""

import sys

from makerkit.cli import main

sys.exit(main())
