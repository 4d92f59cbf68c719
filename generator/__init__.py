"""studyguide: structured course content in YAML, typeset into printed study material."""

__version__ = "0.1.0"
