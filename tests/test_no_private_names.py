"""The code uses only its dependencies' public names: a private one (a leading underscore,
an internal adapter class) can change in any release and pins the version it was written for.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("bot", "coach", "nlp", "storage")
PACKAGES = frozenset({"sqlalchemy", "aiosqlite", "telegram", "spacy", "faster_whisper"})
# Leading-underscore names that are public API: spaCy's extension namespace (`doc._`) and
# the namedtuple methods.
PUBLIC = frozenset({"_", "_asdict", "_replace", "_fields", "_make"})
# SQLAlchemy's DB-API adapters for async drivers are internal, underscore or not.
INTERNAL_PREFIXES = ("AsyncAdapt",)


def sources() -> list[Path]:
    return sorted(p for layer in LAYERS for p in (ROOT / layer).rglob("*.py"))


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _internal(name: str) -> bool:
    return (_private(name) and name not in PUBLIC) or name.startswith(INTERNAL_PREFIXES)


def _from_dependency(module: str | None) -> bool:
    return module is not None and module.split(".")[0] in PACKAGES


def own_names(trees: list[ast.Module]) -> set[str]:
    """Every name our own code defines: its private attributes are ours to use."""
    names: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                names.add(node.attr)
            elif isinstance(node, ast.arg):
                names.add(node.arg)
            elif isinstance(node, ast.alias):
                names.add(node.asname or node.name.split(".")[0])
    return names


def violations(tree: ast.Module, ours: set[str]) -> Iterator[tuple[int, str]]:
    """(line, what) for each private name of a dependency the module uses."""
    from_dependency: set[str] = set()  # local names bound to a dependency's objects
    other_modules: set[str] = set()  # the standard library's, say: not checked here
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if not _from_dependency(alias.name):
                    other_modules.add(alias.asname or alias.name.split(".")[0])
                    continue
                if any(_private(part) for part in alias.name.split(".")):
                    yield node.lineno, f"import {alias.name}"
                from_dependency.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and _from_dependency(node.module):
            assert node.module is not None
            if any(_private(part) for part in node.module.split(".")):
                yield node.lineno, f"from {node.module} import ..."
            for alias in node.names:
                if _internal(alias.name):
                    yield node.lineno, f"from {node.module} import {alias.name}"
                from_dependency.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not _internal(node.attr):
            continue
        root: ast.expr = node.value
        while isinstance(root, ast.Attribute | ast.Call | ast.Subscript):
            root = root.func if isinstance(root, ast.Call) else root.value
        if isinstance(root, ast.Name) and root.id in from_dependency:
            yield node.lineno, f"{root.id}...{node.attr}"
        elif node.attr not in ours and not (
            isinstance(root, ast.Name) and root.id in other_modules
        ):
            # Not a name of ours, so someone else's private attribute (conn._conn).
            yield node.lineno, f"....{node.attr}"


def _check(source: str, ours: frozenset[str] = frozenset()) -> list[str]:
    return [what for _, what in violations(ast.parse(source), set(ours))]


def test_the_code_uses_no_private_names_of_its_dependencies() -> None:
    files = sources()
    assert len(files) > 50, "found the code"
    trees = [ast.parse(path.read_text(), str(path)) for path in files]
    ours = own_names(trees)
    found = [
        f"{path.relative_to(ROOT)}:{line}: {what}"
        for path, tree in zip(files, trees, strict=True)
        for line, what in violations(tree, ours)
    ]
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        "from sqlalchemy.util import _collections",
        "from sqlalchemy.util._collections import EMPTY_DICT",
        "import sqlalchemy.util._concurrency_py3k",
        "from sqlalchemy.dialects.sqlite.aiosqlite import AsyncAdapt_aiosqlite_connection",
        "import aiosqlite\naiosqlite.core._execute",
        "import spacy as sp\nsp.util._get_path()",
        "from telegram import Bot\nBot(token='x')._request",
        "def f(connection):\n    return connection._conn._thread",
        "def f(statement):\n    return statement._returning",
    ],
)
def test_the_check_catches_private_names(source: str) -> None:
    assert _check(source) != []


@pytest.mark.parametrize(
    "source",
    [
        "from sqlalchemy import select\nselect(1).where(True)",
        "def f(doc):\n    return doc._.get('rapport_known')",
        "def f(row):\n    return row._asdict()",
        "class A:\n    def __init__(self):\n        self._ours = 1\n    def g(self):\n"
        "        return self._ours",
        "import spacy\nspacy.__version__",
        "import argparse\nargparse._SubParsersAction",
    ],
)
def test_the_check_lets_public_names_and_our_own_through(source: str) -> None:
    ours = own_names([ast.parse(source)])
    assert _check(source, frozenset(ours)) == []
