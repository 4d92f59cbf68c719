"""The pandoc binary that pypandoc-binary ships, run as a subprocess.

Imported late by what needs it: pypandoc is only imported when pandoc really
runs, and the version comes from the package's metadata (about 5 ms) rather
than from `pandoc --version` (about 35 ms), which a cached build would
otherwise pay for nothing. Pandoc runs offline (see `OFFLINE`): a citation style
from a course folder is untrusted, and pandoc would fetch a URL it names.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess

OFFLINE = {name: "http://127.0.0.1:9" for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")}
"""Proxies pandoc's HTTP client honours, pointed at the discard port: any fetch fails at once, on this machine."""


def path() -> str:
    import pypandoc  # imported late: only builds that run pandoc need it

    return str(pypandoc.get_pandoc_path())


def version() -> str:
    """The version of the package that ships the pandoc binary: part of every cache key."""
    return importlib.metadata.version("pypandoc-binary")


def run(arguments: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run pandoc with `arguments`; the caller decides what a failure means."""
    env = {key: value for key, value in os.environ.items() if key.lower() not in ("no_proxy", "all_proxy")}
    return subprocess.run(
        [path(), *arguments], input=stdin, capture_output=True, text=True, check=False, env={**env, **OFFLINE}
    )
