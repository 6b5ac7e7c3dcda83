"""Side-by-side comparison of kientruc with its peers on the same generated files.

For each size N it generates a model with `kientruc gen model` (defects injected at known places),
then runs, each in its own process under /usr/bin/time -v (wall time, peak memory):

  value-parse   the bare parse of the file into serde_json::Value (the practical floor)
  json-load     Python's json.load of the file, alone (what a Python user already has)
  load          kientruc: read and load the model
  validate      kientruc: load and validate (all VAL rules)
  python        the Python binding: validate_model(bytes)
  wasm-node     the WebAssembly build in Node: validateModel(bytes)
  networkx      a plain Python + networkx script making the same five checks
  pyshacl       SHACL shapes expressing the same five checks, run by pyshacl

and checks that every tool that reports findings found exactly the injected number of each defect
(a speed figure for a wrong answer is void). Then, for each size, the model exported as an
ArchiMate exchange file, imported by kientruc and scanned bare by quick-xml; one project check
(native, Python, WASM), ten times each, with the spread of the ratios; and a portfolio of proposals. Prints a table, and with --doc rewrites the results section of
docs/performance.md and draws docs/performance.png.

Run it through bench/compare.sh, which builds and installs what it needs.
"""

import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRAMEWORK = ROOT / "core/data/frameworks/vn-egov-2.0.json"
SHAPES = ROOT / "bench/peers/shapes.ttl"
PROJECT = ROOT / "examples/projects/hanh-minh-website.json"
BEGIN, END = "<!-- compare:begin -->", "<!-- compare:end -->"


def run(cmd, timeout):
    """Runs cmd under /usr/bin/time -v. Returns (json line or None, wall s, peak MiB, error)."""
    t = time.perf_counter()
    try:
        p = subprocess.run(["/usr/bin/time", "-v", *map(str, cmd)], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, time.perf_counter() - t, None, f"timeout after {timeout} s"
    wall = time.perf_counter() - t
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    peak = int(m.group(1)) / 1024 if m else None
    # The wall time is measured here (perf_counter), not read from /usr/bin/time, whose
    # resolution of 10 ms rounds the small sizes to zero.
    if p.returncode != 0:
        tail = [l for l in p.stderr.splitlines() if l.strip() and not l.startswith("\t")][-3:]
        return None, wall, peak, f"exit {p.returncode}: {' | '.join(tail)}"
    line = p.stdout.strip().splitlines()[-1] if p.stdout.strip() else "{}"
    return json.loads(line), wall, peak, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000,1000000")
    ap.add_argument("--python", required=True, help="a Python with kientruc, networkx and pyshacl")
    ap.add_argument("--bin", default=str(ROOT / "target/release"))
    ap.add_argument("--floor", default=str(ROOT / "target/bench-floor/release/value-parse"))
    ap.add_argument("--data", default=str(ROOT / "target/bench-data"))
    ap.add_argument("--pyshacl-timeout", type=int, default=600)
    ap.add_argument("--timeout", type=int, default=1200)
    ap.add_argument("--portfolio", type=int, default=10000)
    ap.add_argument("--check-runs", type=int, default=3000)
    ap.add_argument("--check-repeats", type=int, default=10, help="runs of the one-check measurement per face")
    ap.add_argument("--doc", action="store_true", help="rewrite docs/performance.md and its chart")
    a = ap.parse_args()
    data = Path(a.data)
    data.mkdir(parents=True, exist_ok=True)
    kientruc, bench = Path(a.bin) / "kientruc", Path(a.bin) / "kientruc-bench"
    node_face, py_face = ROOT / "bench/faces/face.mjs", ROOT / "bench/faces/face.py"
    tools = [
        ("value-parse", lambda f: [a.floor, f], False),
        ("json-load", lambda f: [a.python, ROOT / "bench/peers/json_load.py", f], False),
        ("load", lambda f: [bench, "load", f], False),
        ("validate", lambda f: [bench, "validate", f], True),
        ("python", lambda f: [a.python, py_face, "validate", f], True),
        ("wasm-node", lambda f: ["node", node_face, "validate", f], True),
        ("networkx", lambda f: [a.python, ROOT / "bench/peers/networkx_check.py", f, FRAMEWORK], True),
        ("pyshacl", lambda f: [a.python, ROOT / "bench/peers/shacl_check.py", f, FRAMEWORK, SHAPES], True),
    ]
    rows, problems, gave_up = [], [], set()
    sizes = [int(s) for s in a.sizes.split(",")]
    for n in sizes:
        model, manifest = data / f"model-{n}.json", data / f"model-{n}.manifest.json"
        subprocess.run(list(map(str, [kientruc, "gen", "model", "--elements", n, "--seed", 1, "-o", model, "--manifest", manifest])),
                       check=True, capture_output=True)
        expected = json.loads(manifest.read_text())["by_rule"]
        size_mb = model.stat().st_size / 2**20
        print(f"\nN = {n:,}: {size_mb:.1f} MiB, expected findings {expected}", flush=True)
        for name, cmd, reports in tools:
            if name in gave_up:
                rows.append({"n": n, "tool": name, "skipped": "timed out at a smaller size"})
                continue
            timeout = a.pyshacl_timeout if name == "pyshacl" else a.timeout
            out, wall, peak, err = run(cmd(model), timeout)
            row = {"n": n, "tool": name, "wall_s": wall, "peak_mib": peak, "file_mib": size_mb}
            if err:
                row["skipped"] = err
                if "timeout" in err:
                    gave_up.add(name)
            elif reports:
                got = {k: v for k, v in out.get("by_rule", {}).items() if k in expected}
                extra = {k: v for k, v in out.get("by_rule", {}).items() if k not in expected}
                row["agrees"] = got == expected and not extra
                if not row["agrees"]:
                    problems.append(f"{name} at N={n}: found {out.get('by_rule')}, injected {expected}")
            rows.append(row)
            shown = row.get("skipped") or f"{wall:8.2f} s {peak or 0:8.0f} MiB" + ("" if "agrees" not in row else ("  agrees" if row["agrees"] else "  DISAGREES"))
            print(f"  {name:<12} {shown}", flush=True)
        # The same model as an ArchiMate exchange file: kientruc's import against a bare scan.
        xml = data / f"model-{n}.xml"
        subprocess.run(list(map(str, [kientruc, "export", "archimate", model, "-o", xml])), check=True, capture_output=True)
        xml_mb = xml.stat().st_size / 2**20
        for name, mode in [("xml-scan", "xml-scan"), ("archimate-import", "import-archimate")]:
            out, wall, peak, err = run([bench, mode, xml], a.timeout)
            row = {"n": n, "tool": name, "wall_s": wall, "peak_mib": peak, "file_mib": xml_mb}
            if err:
                row["skipped"] = err
                problems.append(f"{name} at N={n}: {err}")
            elif out.get("elements") != json.loads(manifest.read_text())["elements"]:
                problems.append(f"{name} at N={n}: {out.get('elements')} elements")
            rows.append(row)
            print(f"  {name:<16} " + (row.get("skipped") or f"{wall:8.2f} s {peak or 0:8.0f} MiB ({xml_mb:.0f} MiB file)"), flush=True)

    print(f"\nOne project check (hanh-minh-website.json, parse included), median of {a.check_runs} calls, {a.check_repeats} runs:")
    single = {"native": [], "python": [], "wasm-node": []}
    for _ in range(a.check_repeats):
        # The three faces one after the other in each round, so that a burst of load elsewhere
        # on the machine falls on one round's ratios, not on one face.
        for name, cmd in [
            ("native", [bench, "check-one", a.check_runs]),
            ("python", [a.python, py_face, "check-one", PROJECT, a.check_runs]),
            ("wasm-node", ["node", node_face, "check-one", PROJECT, a.check_runs]),
        ]:
            out, _, _, err = run(cmd, a.timeout)
            if err:
                problems.append(f"check-one {name}: {err}")
            else:
                single[name].append(out["median_us"])
    for name, values in single.items():
        print(f"  {name:<10} " + ", ".join(f"{v:.1f}" for v in values) + " µs")

    portfolio_dir = data / f"portfolio-{a.portfolio}"
    if not portfolio_dir.is_dir() or len(list(portfolio_dir.glob("*.json"))) != a.portfolio:
        subprocess.run(list(map(str, [kientruc, "gen", "projects", "--count", a.portfolio, "--seed", 1, "-o", portfolio_dir])),
                       check=True, capture_output=True)
    out, wall, peak, err = run([bench, "portfolio", portfolio_dir], a.timeout)
    portfolio = {"count": a.portfolio, "wall_s": wall, "peak_mib": peak, "inner_ms": out and out["total_ms"], "levels": out and out["levels"], "cores": os.cpu_count()}
    print(f"\nPortfolio of {a.portfolio:,} proposals on {os.cpu_count()} cores: {wall:.2f} s wall ({out and out['total_ms']} ms inside), levels {out and out['levels']}")
    if err:
        problems.append(f"portfolio: {err}")

    table = render(rows, sizes, single, portfolio)
    print("\n" + table)
    if a.doc:
        write_doc(table, rows)
    if problems:
        print("\nPROBLEMS:\n  " + "\n  ".join(problems))
        sys.exit(1)


def render(rows, sizes, single, portfolio):
    by = {(r["n"], r["tool"]): r for r in rows}
    tools = []
    for r in rows:
        if r["tool"] not in tools:
            tools.append(r["tool"])
    out = ["| tool | " + " | ".join(f"N = {n:,}" for n in sizes) + " |", "|---|" + "---|" * len(sizes)]
    for t in tools:
        cells = []
        for n in sizes:
            r = by.get((n, t))
            if r is None or "skipped" in r:
                cells.append("—" if r is None else f"not run ({r['skipped'][:60]})")
                continue
            mark = "" if "agrees" not in r else (" ✓" if r["agrees"] else " ✗ DISAGREES")
            cells.append(f"{r['wall_s']:.2f} s, {r['peak_mib']:.0f} MiB{mark}")
        out.append(f"| {t} | " + " | ".join(cells) + " |")
    out.append("")
    out.append("Ratios (wall time of the tool ÷ kientruc validate; memory ÷ file size):")
    out.append("")
    out.append("| N | file MiB | validate ÷ value-parse | validate peak ÷ file | json-load ÷ validate | networkx ÷ validate | pyshacl ÷ validate | python ÷ validate | wasm-node ÷ validate | archimate-import ÷ xml-scan |")
    out.append("|---|---|---|---|---|---|---|---|---|---|")
    for n in sizes:
        v = by.get((n, "validate"))
        if not v or "skipped" in v:
            continue
        def ratio(t):
            r = by.get((n, t))
            return "—" if not r or "skipped" in r else f"{r['wall_s'] / v['wall_s']:.1f}"
        fl = by.get((n, "value-parse"))
        floor = "—" if not fl or "skipped" in fl else f"{v['wall_s'] / fl['wall_s']:.2f}"
        xi, xs = by.get((n, "archimate-import")), by.get((n, "xml-scan"))
        amx = "—" if not xi or not xs or "skipped" in xi or "skipped" in xs else f"{xi['wall_s'] / xs['wall_s']:.2f}"
        out.append(f"| {n:,} | {v['file_mib']:.1f} | {floor} | {v['peak_mib'] / v['file_mib']:.2f} | {ratio('json-load')} | {ratio('networkx')} | {ratio('pyshacl')} | {ratio('python')} | {ratio('wasm-node')} | {amx} |")
    out.append("")
    out.append(check_line(single))
    out.append("")
    out.append(f"Portfolio: {portfolio['count']:,} proposals parsed and checked in {portfolio['wall_s']:.2f} s wall on {portfolio['cores']} cores "
               f"(peak {portfolio['peak_mib'] or 0:.0f} MiB); levels {json.dumps(portfolio['levels'], ensure_ascii=False)}.")
    return "\n".join(out)


def check_line(single):
    """The one-check medians of each face and the spread of the ratios to native, run by run."""
    nat = single.get("native") or []
    if not nat:
        return "One project check: not measured."
    def median(xs):
        xs = sorted(xs)
        return xs[len(xs) // 2]
    parts = [f"native {median(nat):.1f} µs (runs {min(nat):.1f}–{max(nat):.1f})"]
    for key, label in [("python", "Python"), ("wasm-node", "WASM in Node")]:
        vals = single.get(key) or []
        ratios = [v / n for v, n in zip(vals, nat)]
        if not ratios:
            parts.append(f"{label} —")
            continue
        parts.append(f"{label} {median(vals):.1f} µs, {median(ratios):.2f} × native (runs {min(ratios):.2f}–{max(ratios):.2f} ×)")
    return f"One project check, median of each run's median over {len(nat)} runs, parse included: " + "; ".join(parts) + "."


def write_doc(table, rows):
    doc = ROOT / "docs/performance.md"
    text = doc.read_text(encoding="utf-8")
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines() if l.startswith("model name")), platform.processor())
    versions = []
    for cmd in (["rustc", "--version"], ["node", "--version"], [sys.executable, "--version"]):
        try:
            versions.append(subprocess.run(cmd, capture_output=True, text=True).stdout.strip())
        except OSError:
            pass
    header = (f"Measured {datetime.date.today().isoformat()} on {cpu}, {os.cpu_count()} cores, "
              f"{round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB, {platform.system()} {platform.release()}; "
              + "; ".join(versions) + ".\n\n![Wall time against N](performance.png)\n\n")
    i, j = text.index(BEGIN) + len(BEGIN), text.index(END)
    doc.write_text(text[:i] + "\n" + header + table + "\n" + text[j:], encoding="utf-8")
    chart(rows, ROOT / "docs/performance.png")


def chart(rows, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(8, 5), dpi=110)
    for tool in dict.fromkeys(r["tool"] for r in rows):
        pts = [(r["n"], r["wall_s"]) for r in rows if r["tool"] == tool and "skipped" not in r]
        if pts:
            ax.plot(*zip(*pts), marker="o", label=tool)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("elements in the model (N)")
    ax.set_ylabel("wall time, s (process start to exit)")
    ax.set_title("kientruc and peers: load and validate a national model")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)


if __name__ == "__main__":
    main()
