"""`python -m generator` runs the studyguide command."""

import sys

from generator.cli import main

sys.exit(main())
