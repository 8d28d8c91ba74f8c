"""`python -m ratecert` is the `ratecert` command."""

import sys

from ratecert.cli import main

sys.exit(main())
