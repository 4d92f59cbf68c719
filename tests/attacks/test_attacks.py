"""Every hostile course folder in tests/attacks/ is refused or harmless.

Each folder's attack.yaml says what it tries (`attack`), which course file the
message must name (`file`), the rule the message must state (`rule`), and which
outputs to build (`outputs`, default the handout). A build must: exit with
status 2 and that message, create no marker file, write no PDF, print no secret
and leak none into the output, make no connection to the listener, and finish
within `LIMIT` seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from sandbox import HERE, SECRET, Listener, make_sandbox

from generator.cli import main

LIMIT = 20.0
ATTACKS = sorted(path.parent.name for path in HERE.glob("*/attack.yaml"))


def _build(args: list[str]) -> int | BaseException:
    """The command's exit status, or what it raised; fails the test if it runs longer than LIMIT."""
    result: list[int | BaseException] = []

    def run() -> None:
        try:
            result.append(main(args))
        except BaseException as error:  # a crash is a finding, reported by the test
            result.append(error)

    thread = threading.Thread(target=run, daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(LIMIT)
    assert not thread.is_alive(), f"the build still runs after {LIMIT:.0f} s"
    assert time.monotonic() - started < LIMIT
    return result[0]


@pytest.fixture(scope="session")
def listener() -> Iterator[Listener]:
    served = Listener()
    yield served
    served.server.close()


def test_the_corpus_is_large_enough() -> None:
    assert len(ATTACKS) >= 40, ATTACKS


@pytest.mark.parametrize("name", ATTACKS)
def test_attack_is_refused(name: str, tmp_path: Path, listener: Listener, capfd, monkeypatch) -> None:
    spec = yaml.safe_load((HERE / name / "attack.yaml").read_text(encoding="utf-8"))
    monkeypatch.setenv("STUDYGUIDE_ATTACK_SECRET", SECRET)
    box = make_sandbox(tmp_path, name, listener.port)
    before = listener.connections
    outputs = spec.get("outputs", "handout")
    status = _build(["build", str(box.course), "-o", str(box.out), "--only", outputs])
    out, err = capfd.readouterr()
    assert not box.marker.exists(), "the attack ran code"
    assert listener.connections == before, "the build connected to the network"
    assert SECRET not in out + err, "a secret reached the terminal"
    assert "Beautiful is better than ugly" not in out + err, "an attacker's import printed to the terminal"
    assert status == 2, f"exit status {status!r}\n{err}"
    assert not list(box.out.rglob("*.pdf")), "a PDF was written"
    assert str(box.course / spec["file"]) in err, err
    assert spec["rule"] in err, err
    assert "Traceback" not in err
