"""Results stay objects until the edge: batches hand back Built and UserError objects; `report` alone makes text."""

from __future__ import annotations

import io
import pickle
from pathlib import Path

from conftest import MINIMAL, write

from generator.building import batch, pipeline, report
from generator.errors import UserErrors
from generator.settings import Settings


def test_outcomes_carry_objects_across_processes_and_report_formats_them(tmp_path: Path) -> None:
    good = write(tmp_path, MINIMAL, name="good.yaml")
    bad = write(tmp_path, MINIMAL.replace("role: Mathematician", "role: [a, list]"), name="bad.yaml")
    jobs = [batch.Job(topic, tmp_path / "out", Settings(), ("handout",)) for topic in (good, bad)]
    outcomes = batch.run_all(jobs, lambda _: None)  # two topics: run in worker processes
    by_topic = {outcome.topic.name: outcome for outcome in outcomes}
    built = by_topic["good.yaml"].built
    assert [type(item) for item in built] == [pipeline.Built] and built[0].path.name == "handout.pdf"
    errors = by_topic["bad.yaml"].error
    assert isinstance(errors, UserErrors)
    (error,) = errors.errors
    assert error.location and error.location.line == 5 and error.field == "key_figures[0].role"
    again = pickle.loads(pickle.dumps(by_topic["bad.yaml"]))
    assert [(e.location, e.field) for e in again.error.errors] == [(error.location, error.field)]

    out, err = io.StringIO(), io.StringIO()
    assert report.report(outcomes, out, err) == report.EXIT_USER_ERROR
    assert out.getvalue() == f"built {tmp_path / 'out' / 'good' / 'handout.pdf'}\n"
    assert err.getvalue().startswith(f"{bad}:5:")
    assert report.rebuilt(by_topic["good.yaml"], 1.5) == "rebuilt good.yaml (handout.pdf) in 1.50 s"
    assert report.rebuilt(by_topic["bad.yaml"], 1.5) is None
