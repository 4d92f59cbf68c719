"""A minimal Language Server Protocol client: open YAML files in a real editor's server, read its diagnostics.

The server is yaml-language-server (Red Hat's, what VS Code, Neovim and Zed use for
YAML), driven over stdio exactly as an editor drives it. It reads each file's
`# yaml-language-server: $schema=…` line itself, so this checks what a teacher's
editor would underline, from the committed schemas.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import threading
import time
from pathlib import Path
from typing import Any, BinaryIO

Diagnostic = tuple[int, str]
"""A diagnostic's line (from 1, as studyguide counts) and message."""


def _messages(stream: BinaryIO, out: queue.Queue[dict[str, Any]]) -> None:
    """Each message the server writes: headers, a blank line, then Content-Length bytes of JSON."""
    while True:
        length = 0
        while (line := stream.readline()) not in (b"\r\n", b"\n"):
            if not line:
                return
            name, _, value = line.decode("ascii").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        out.put(json.loads(stream.read(length)))


def diagnostics(server: str, files: list[Path], timeout: float = 60) -> dict[Path, list[Diagnostic]]:
    """What the server reports for each of `files`, opened as an editor opens them."""
    process = subprocess.Popen(
        [server, "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert process.stdin is not None and process.stdout is not None
    received: queue.Queue[dict[str, Any]] = queue.Queue()
    threading.Thread(target=_messages, args=(process.stdout, received), daemon=True).start()

    def send(message: dict[str, Any]) -> None:
        data = json.dumps({"jsonrpc": "2.0", **message}).encode()
        process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)  # type: ignore[union-attr]
        process.stdin.flush()  # type: ignore[union-attr]

    root = files[0].resolve().parent.as_uri()
    send({"id": 1, "method": "initialize", "params": {"processId": os.getpid(), "rootUri": root, "capabilities": {}}})
    send({"method": "initialized", "params": {}})
    settings = {"yaml": {"validate": True, "schemaStore": {"enable": False}}}  # only the files' own $schema lines
    send({"method": "workspace/didChangeConfiguration", "params": {"settings": settings}})
    by_uri = {path.absolute().as_uri(): path for path in files}  # a symlinked topic is its own document
    for uri, path in by_uri.items():
        document = {"uri": uri, "languageId": "yaml", "version": 1, "text": path.read_text(encoding="utf-8")}
        send({"method": "textDocument/didOpen", "params": {"textDocument": document}})
    found: dict[Path, list[Diagnostic]] = {}
    deadline = time.monotonic() + timeout
    try:
        while len(found) < len(files) and time.monotonic() < deadline:
            try:
                message = received.get(timeout=0.5)
            except queue.Empty:
                continue
            if message.get("method") == "textDocument/publishDiagnostics":
                params = message["params"]
                found[by_uri[params["uri"]]] = [
                    (d["range"]["start"]["line"] + 1, d["message"]) for d in params["diagnostics"]
                ]
            elif "id" in message and "method" in message:  # the server asks for its settings
                send({"id": message["id"], "result": [settings["yaml"]] * len(message["params"].get("items", [0]))})
    finally:
        process.kill()
        process.wait()
    return found
