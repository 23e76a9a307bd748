"""The package's layout is its data flow: a stage imports only the stages before it, and no import cycles.

Read from the source (every import statement, also those inside functions), so a shortcut that would
make verify depend on an importer, or the document model on a writer, fails here before review.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "reportgen"

# Lowest first: each stage may import the ones before it (and itself), never one after it.
STAGES = ("reportgen", "reportgen.problems", "reportgen.load", "reportgen.text", "reportgen.editions",
          "reportgen.verify", "reportgen.document", "reportgen.output", "reportgen.importers", "reportgen.build",
          "reportgen.commands", "reportgen.outcome", "reportgen.cli", "reportgen.__main__")
RANK = {"reportgen": 0, "reportgen.problems": 0, "reportgen.outcome": 11, "reportgen.cli": 11,
        "reportgen.__main__": 12} | {stage: rank for rank, stage in enumerate(STAGES) if rank and rank < 11}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage(module: str) -> str:
    """The stage a module belongs to: its subpackage, or itself at the top."""
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else module


def imports() -> dict[str, set[str]]:
    """Each reportgen module -> the reportgen modules it imports (a package's names count as its modules)."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name.startswith("reportgen")}
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("reportgen"):
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    found.add(sub if sub in modules else node.module)
        graph[name] = {m for m in found if m != name}
    return graph


def test_every_module_belongs_to_a_known_stage():
    assert {stage(m) for m in imports()} <= set(RANK), "a new subpackage needs its place in STAGES"


def test_no_stage_imports_a_later_one():
    wrong = [f"{m} imports {i}" for m, found in imports().items() for i in found
             if RANK[stage(i)] > RANK[stage(m)]]
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_cycle():
    graph, done, path, cycles = imports(), set(), [], []

    def visit(module):
        if module in path:
            cycles.append(" -> ".join(path[path.index(module):] + [module]))
            return
        if module in done:
            return
        path.append(module)
        for other in sorted(graph.get(module, ())):
            visit(other)
        path.pop()
        done.add(module)

    for module in sorted(graph):
        visit(module)
    assert not cycles, "\n".join(cycles)


def test_verify_reads_no_importer():
    """The speaker-label grammar lives in text/, so checking a quote never loads an importer."""
    assert not [i for m, found in imports().items() if stage(m) == "reportgen.verify" for i in found
                if stage(i) == "reportgen.importers"]
