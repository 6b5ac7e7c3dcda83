"""Check a folder of projects with dask.bag on a local multi-process cluster: the baseline is
pickled once per task and shipped to the worker processes.

    python examples/python/dask_bag.py examples/projects
"""

import pathlib
import sys

import dask.bag as db

import kientruc


def level(args):
    baseline, path = args
    report = baseline.check(pathlib.Path(path))
    return path, report.level


def main(folder: str) -> None:
    baseline = kientruc.Baseline.default()
    files = sorted(str(p) for p in pathlib.Path(folder).glob("*.json") if p.name != "expected.json")
    bag = db.from_sequence([(baseline, f) for f in files], npartitions=2)
    for path, lvl in bag.map(level).compute(scheduler="processes", num_workers=2):
        print(f"{pathlib.Path(path).name}\t{lvl}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "examples/projects")
