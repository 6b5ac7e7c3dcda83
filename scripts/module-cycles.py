#!/usr/bin/env python3
"""Fails when the core's top-level modules depend on each other in a cycle.

The graph: an edge A -> B for every `crate::B` path in a file of module A (`use crate::B::…`,
`use crate::{B, …}`, `crate::B::f(…)`), with names the crate root re-exports (`crate::Report`)
counted as edges to the module they come from. Comments and `#[cfg(test)]` modules are left out:
unit tests may reach anywhere. Prints each cycle with its edges; exit 1 when there is one.

    python3 scripts/module-cycles.py [core/src]
"""

import pathlib
import re
import sys

SRC = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "core/src")


def code(path):
    """The file's text without comments and without its `#[cfg(test)]` module (at the end)."""
    text = path.read_text(encoding="utf-8")
    cut = re.search(r"^#\[cfg\(test\)\]\s*\n\s*mod \w+ \{", text, re.M)
    if cut:
        text = text[: cut.start()]
    return re.sub(r"//[^\n]*", "", text)


def group_items(body):
    """The first name of each top-level item of a `{a, b::c, d::{e}}` group."""
    items, depth, item = [], 0, ""
    for ch in body + ",":
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            m = re.match(r"\s*(\w+)", item)
            if m:
                items.append(m.group(1))
            item = ""
        else:
            item += ch
    return items


def crate_names(text):
    """Every name that directly follows `crate::`, groups expanded."""
    out = set()
    for m in re.finditer(r"\bcrate::(\w+|\{)", text):
        if m.group(1) != "{":
            out.add(m.group(1))
            continue
        i, depth = m.end(), 1
        while i < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        out.update(group_items(text[m.end() : i - 1]))
    return out


def module_of(path):
    name = path.relative_to(SRC).parts[0].removesuffix(".rs")
    return None if name in ("lib", "main") else name


modules = {module_of(p) for p in SRC.rglob("*.rs")} - {None}

# Names the crate root re-exports: `pub use report::{Finding, Level};` → Finding, Level → report.
reexports = {}
for m in re.finditer(r"pub use (\w+)::(\{[^}]*\}|\w+);", code(SRC / "lib.rs")):
    names = group_items(m.group(2)[1:-1]) if m.group(2).startswith("{") else [m.group(2)]
    for n in names:
        reexports.setdefault(n, m.group(1))

graph = {m: set() for m in modules}
for path in SRC.rglob("*.rs"):
    m = module_of(path)
    if m is None:
        continue
    for n in crate_names(code(path)):
        target = n if n in modules else reexports.get(n)
        if target and target != m:
            graph[m].add(target)

# Tarjan's strongly connected components.
index, low, stack, on_stack, sccs = {}, {}, [], set(), []


def visit(v):
    index[v] = low[v] = len(index)
    stack.append(v)
    on_stack.add(v)
    for w in sorted(graph[v]):
        if w not in index:
            visit(w)
            low[v] = min(low[v], low[w])
        elif w in on_stack:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        scc = []
        while True:
            w = stack.pop()
            on_stack.discard(w)
            scc.append(w)
            if w == v:
                break
        sccs.append(sorted(scc))


for v in sorted(graph):
    if v not in index:
        visit(v)

cycles = [c for c in sccs if len(c) > 1]
for c in cycles:
    edges = "; ".join(f"{a} -> {b}" for a in c for b in sorted(graph[a]) if b in c)
    print(f"module cycle: {', '.join(c)} ({edges})")
if not cycles:
    print(f"no module cycle among the {len(modules)} top-level modules of {SRC}")
sys.exit(1 if cycles else 0)
