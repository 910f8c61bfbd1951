"""Every package the code imports is declared in pyproject.toml, pinned: nothing works only
because something else happened to pull it in."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("bot", "coach", "nlp", "storage", "tests", "bench")
OURS = {"bot", "coach", "nlp", "storage", "tests", "bench"}


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> dict[str, str]:
    """Declared requirement -> its version specifier."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    lines = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    found = {}
    for line in lines:
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)(\[[^\]]*\])?(.*)", line.strip())
        assert match, line
        found[canonical(match[1])] = match[3].strip()
    return found


def imported() -> dict[str, set[str]]:
    """Top-level modules imported from outside the standard library -> files importing them."""
    local = {p.stem for p in (ROOT / "bench").glob("*.py")}  # bench scripts import each other
    found: dict[str, set[str]] = {}
    for folder in FOLDERS:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top not in sys.stdlib_module_names and top not in OURS | local:
                        found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_imported_package_is_declared() -> None:
    wanted = declared()
    distributions = packages_distributions()
    missing = {
        module: sorted(files)
        for module, files in imported().items()
        if not any(canonical(d) in wanted for d in distributions.get(module, [module]))
    }
    assert missing == {}, f"imported but not declared in pyproject.toml: {missing}"


def test_every_declared_package_is_pinned() -> None:
    loose = {name: spec for name, spec in declared().items() if not spec.startswith("==")}
    assert loose == {}
