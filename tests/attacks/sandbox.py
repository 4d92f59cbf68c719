"""The red-team harness: each folder here is a hostile course, built in a sandbox that watches for harm.

A sandbox holds the course (copied, symlinks kept), a secret file and image
beside it (outside the course), a marker path that code execution would create,
and a TCP listener on 127.0.0.1 that counts connections. Text files of the
course may name these as @SANDBOX@, @SECRET_FILE@, @SECRET_PNG@, @MARKER@ and
@PORT@. The secret text is also in the environment, as STUDYGUIDE_ATTACK_SECRET.
"""

from __future__ import annotations

import shutil
import socket
import threading
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
SECRET = "SECRET-7f3a9c-do-not-print"
SECRET_SIZE = (37, 23)
"""The secret image's size in pixels: an image of this size in a PDF is the secret leaking."""


class Listener:
    """A TCP server on 127.0.0.1 that accepts and counts connections (a build must never connect)."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            self.connections += 1
            client.close()


@dataclass(frozen=True)
class Sandbox:
    root: Path
    course: Path
    out: Path
    marker: Path
    secret_file: Path
    secret_png: Path


def make_sandbox(tmp_path: Path, name: str, port: int) -> Sandbox:
    """Copy attack `name` into a fresh sandbox and fill in its placeholders."""
    course = tmp_path / "course"
    shutil.copytree(HERE / name, course, symlinks=True, ignore=shutil.ignore_patterns("attack.yaml"))
    if [path.name for path in course.glob("*.y*ml")] == ["course.yaml"]:
        shutil.copyfile(HERE / "topic.yaml", course / "topic.yaml")
    box = Sandbox(tmp_path, course, tmp_path / "out", tmp_path / "MARKER", tmp_path / "secret.txt",
                  tmp_path / "secret.png")  # fmt: skip
    box.secret_file.write_text(SECRET + "\n", encoding="utf-8")
    Image.new("RGB", SECRET_SIZE, (200, 30, 30)).save(box.secret_png)
    values = {"@SANDBOX@": str(tmp_path), "@SECRET_FILE@": str(box.secret_file), "@SECRET_PNG@": str(box.secret_png),
              "@MARKER@": str(box.marker), "@PORT@": str(port)}  # fmt: skip
    for path in course.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        replaced = text
        for placeholder, value in values.items():
            replaced = replaced.replace(placeholder, value)
        if replaced != text:
            path.write_text(replaced, encoding="utf-8")
    return box
