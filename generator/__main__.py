"""`python -m generator` runs the studyguide command."""

import sys

from .cli import main

sys.exit(main())
