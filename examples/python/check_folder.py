"""Check every project of a folder in parallel threads and print one line per project.

    python examples/python/check_folder.py examples/projects

Each project is checked against the baseline the library chooses (``kientruc.check``): the one
the project names, else the one in force on its check date. Checks release the GIL, so the
threads run in parallel.
"""

import concurrent.futures
import pathlib
import sys

import kientruc


def main(folder: str) -> int:
    files = sorted(p for p in pathlib.Path(folder).glob("*.json") if p.name != "expected.json")
    with concurrent.futures.ThreadPoolExecutor() as pool:
        reports = list(pool.map(kientruc.check, files))
    for path, report in zip(files, reports):
        print(f"{path.name}\t{report.level}\t{report.counts['error']} errors")
    return 1 if any(r.has_errors for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "examples/projects"))
