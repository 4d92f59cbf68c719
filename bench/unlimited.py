"""`studyguide` with the per-topic list and file-size limits lifted, for the benchmarks at scale.

    python bench/unlimited.py cards FILE --deck custom ...

A topic may hold at most 500 cards in a 256 KB file (generator/content/limits.py),
so the 1,000- and 5,000-card workloads run the same command line through this
wrapper, which raises both limits before the models are imported. Everything
else (imports, pipeline, exit) is the command's own.
"""

import sys

from generator.content import limits

limits.ENTRIES["cards"] = 1_000_000
limits.FILE_BYTES = 64 * 1024 * 1024

from generator.cli import main  # noqa: E402  (the limits must be lifted first)

sys.exit(main())
