"""The storage package has no import circles (register.py used to import records.py back)."""

from __future__ import annotations

import grimp


def test_no_module_of_storage_imports_itself_back() -> None:
    graph = grimp.build_graph("compliance_desk", exclude_type_checking_imports=True)
    modules = sorted(m for m in graph.modules if m.startswith("compliance_desk.storage"))
    circles = []
    for module in modules:
        for imported in graph.find_modules_directly_imported_by(module):
            if imported.startswith("compliance_desk.storage") and imported != module:
                chain = graph.find_shortest_chain(importer=imported, imported=module)
                if chain:
                    circles.append(" -> ".join((module, *chain)))
    assert circles == []
