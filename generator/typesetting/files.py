"""Where a template, a logo or a style may read files from: inside the course folder or the bundled resources.

A path is resolved with every symlink followed before it is compared, so a
link inside the course cannot lead out of it; a package reference
(`[package]/path`, which z3c.rml resolves by importing the package) or a URL is
never a file here. Images are opened only to read their size, and refused when
they would decode into more pixels than a printed page could use (an image bomb).
"""

from __future__ import annotations

import os
import re
import stat
import struct
import sys
import warnings
from pathlib import Path

MAX_PIXELS = 40_000_000
"""An image of more pixels than this is refused: about 6,300 px square, 600 dpi over a whole Letter page."""
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def resolve(value: str, roots: tuple[Path, ...]) -> tuple[Path | None, str]:
    """The file `value` names and "" when it is inside one of `roots`, else None and why not."""
    if value.startswith("[") or SCHEME.match(value):
        return None, "names a package or a URL, not a file inside the course folder"
    path = Path(value).resolve()
    if not any(path.is_relative_to(root.resolve()) for root in roots):
        return None, "leads outside the course folder and the bundled resources"
    if not path.is_file():
        return None, "file not found"
    return path, ""


def read_inside(path: Path, root: Path, limit: int) -> tuple[bytes | None, str]:
    """The bytes of the regular file at `path` and "", read from one opening of it, or None and why not: it leads
    outside `root` (symlinks followed), it is not a regular file, or it holds more than `limit` bytes.

    What is checked is what is read: the file is opened once (a FIFO without blocking), its type and size are
    asked of that opening, and where the system tells (Linux) so is the place of the very file opened, so a
    file swapped for a symlink or a FIFO between a check and a second opening cannot slip in.
    """
    real = path.resolve()
    if not real.is_relative_to(root):
        return None, "leads outside the course folder"
    try:
        handle = os.open(real, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None, "is not a file that can be read"
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None, f"must be a file of at most {limit:,} bytes"
        opened = _opened(handle)
        if opened is not None and not opened.is_relative_to(root):
            return None, "leads outside the course folder"
        with os.fdopen(os.dup(handle), "rb") as reader:
            data = reader.read(limit + 1)
    finally:
        os.close(handle)
    if len(data) > limit:
        return None, f"must be a file of at most {limit:,} bytes"
    return data, ""


def _opened(handle: int) -> Path | None:
    """Where the file open as `handle` is, as the system says (Linux), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return Path(f"/proc/self/fd/{handle}").readlink()
    except OSError:
        return None


def image_problem(path: Path, max_pixels: int = MAX_PIXELS) -> str:
    """Why the file at `path` is not a PNG, JPEG or GIF of at most `max_pixels` ("" when it is).

    The size is read from the header; only an image of sensible size is decoded (to find truncation).
    """
    from PIL import Image, UnidentifiedImageError

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(path) as image:
                if image.format not in ("PNG", "JPEG", "GIF"):
                    return f"a {image.format} image; use PNG or JPEG"
                if image.width * image.height > max_pixels:
                    return f"the image is {image.width:,} × {image.height:,} pixels; at most {max_pixels:,} are allowed"
                image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            return f"the image is too large to read safely ({error}); at most {max_pixels:,} pixels are allowed"
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, struct.error) as error:
            return f"not a PNG or JPEG image Pillow can read ({error})"
    return ""
