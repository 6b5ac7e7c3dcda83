"""Check a folder of projects with dask.bag on a local multi-process cluster: each worker process
checks its projects against the baseline the library chooses (``kientruc.check``: the one the
project names, else the one in force on its check date), and the reports come back pickled.

    python examples/python/dask_bag.py examples/projects
"""

import pathlib
import sys

import dask.bag as db

import kientruc


def check(path):
    return path, kientruc.check(pathlib.Path(path))


def main(folder: str) -> None:
    files = sorted(str(p) for p in pathlib.Path(folder).glob("*.json") if p.name != "expected.json")
    bag = db.from_sequence(files, npartitions=2)
    for path, report in bag.map(check).compute(scheduler="processes", num_workers=2):
        print(f"{pathlib.Path(path).name}\t{report.level}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "examples/projects")
