"""The package's layers: a module imports only from its own layer and the layers below (docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
LAYERS = [
    {
        "generator",
        "generator.vocabulary",
        "generator.errors",
        "generator.resources",
        "generator.pandoc",
        "generator.cache",
    },
    {"generator.content"},
    {"generator.settings"},
    {"generator.typesetting"},
    {"generator.outputs"},
    {"generator.courses"},
    {"generator.building"},
    {"generator.arguments", "generator.cli", "generator.__main__"},
]


def _layer(module: str) -> int:
    """The layer of a module: that of its subpackage, or of the top-level module it is."""
    parts = module.split(".")
    for length in (2, 1):
        name = ".".join(parts[:length])
        for index, layer in enumerate(LAYERS):
            if name in layer:
                return index
    raise AssertionError(f"{module} is in no layer: add it to LAYERS and to docs/architecture.md")


def _imports(path: Path) -> set[str]:
    """Every generator module a file imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator"):
            found |= {f"{node.module}.{alias.name}" for alias in node.names} if node.module == "generator" else set()
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("generator")}
    return found


def test_no_module_imports_a_higher_layer() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        own = _layer(module)
        for imported in sorted(_imports(path)):
            if _layer(imported) > own:
                problems.append(f"{module} (layer {own}) imports {imported} (layer {_layer(imported)})")
    assert not problems, "\n".join(problems)


def test_every_module_has_a_layer() -> None:
    for path in PACKAGE.rglob("*.py"):
        _layer(".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts))
