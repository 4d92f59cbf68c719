"""Start-up: each command imports what it uses, and Ctrl-C while the libraries load exits 130 without a traceback."""

from __future__ import annotations

import subprocess
import sys

from conftest import EXAMPLE, ROOT

HEAVY = ("z3c.rml", "reportlab", "jinja2", "pikepdf", "pydantic", "markdown_it")


def _imported(code: str) -> set[str]:
    """The top-level names of the modules imported by running `code` in a fresh interpreter."""
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT)
    return set(done.stdout.split())


def test_the_command_line_is_parsed_without_the_libraries() -> None:
    loaded = _imported("from generator import arguments, cli\narguments.parse(['new', 'topic', 'x.yaml'])")
    assert not {name for name in loaded if name.startswith(HEAVY)}


def test_check_validates_without_typesetting_modules() -> None:
    loaded = _imported(f"from generator import cli\ncli.main(['check', {str(EXAMPLE)!r}])")
    assert "pydantic" in loaded  # it does validate (and reportlab.lib's paper sizes are cheap)
    typesetting = ("z3c", "reportlab.p", "reportlab.graphics", "jinja2", "pikepdf", "generator.outputs.registry")
    assert not {name for name in loaded if name.startswith(typesetting)}


INTERRUPT_ON_IMPORT = """
import sys
from importlib.abc import MetaPathFinder

class Interrupt(MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == {module!r}:
            raise KeyboardInterrupt
        return None

sys.meta_path.insert(0, Interrupt())
from generator.cli import main
sys.exit(main())
"""


def test_ctrl_c_while_the_libraries_load_exits_130_quietly(tmp_path) -> None:
    for module, argv in (
        ("generator.settings.options", ["build", str(EXAMPLE), "-o", str(tmp_path)]),  # parsing the command line
        ("z3c.rml.document", ["build", str(EXAMPLE), "-o", str(tmp_path)]),  # loading the typesetting
        ("generator.content.models", ["check", str(EXAMPLE)]),
    ):
        code = INTERRUPT_ON_IMPORT.format(module=module)
        done = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 130, (module, done.stderr)
        assert done.stderr == "interrupted\n", (module, done.stderr)
    assert not list(tmp_path.rglob("*.pdf"))


def test_check_runs_without_the_cyclic_collector_and_other_commands_with_it(tmp_path) -> None:
    """`check` makes little that lives: the collector's walks only cost time. Builds keep it (their memory)."""
    code = "import gc, sys\nfrom generator.cli import main\nmain()\nprint(gc.isenabled())"
    for argv, enabled in ((["check", str(EXAMPLE)], "False"), (["new", "topic", str(tmp_path / "t.yaml")], "True")):
        done = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, cwd=ROOT)
        assert done.stdout.split()[-1] == enabled, (argv, done.stdout, done.stderr)
