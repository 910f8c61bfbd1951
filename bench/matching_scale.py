"""Matching the names in a note against a big Rolodex (coach.matching.NameIndex).

Run: .venv/bin/python bench/matching_scale.py [--sizes 1000 10000 100000]
For each size: building the index from (id, name, org, name_key) rows, as capture does
once per note, then matching four names (an exact name, a first name, a typo, someone
new), against the same rules read one contact at a time (the test suite's reference,
which is how matching worked before the index). Prints a line per size; nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from find_scale import person_name, typo
from harness import record

from coach.matching import KnownContact, NameIndex, match_contact
from storage.contacts import name_key
from tests.test_matching import _reference_match


def timed(work: object, runs: int = 7) -> float:
    """Median milliseconds of `work()`."""
    spent = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        spent.append(time.perf_counter() - start)
    return statistics.median(spent) * 1000


def main(sizes: list[int]) -> None:
    results = {}
    for size in sizes:
        rows = [(i, person_name(i), None, name_key(person_name(i))) for i in range(1, size + 1)]
        middle = person_name(size // 2)
        names = [middle, middle.split()[0], typo(middle), "Zora Quillfeather"]
        build = timed(lambda rows=rows: NameIndex(rows))
        index = NameIndex(rows)
        match = timed(
            lambda index=index, names=names: [match_contact(n, None, index) for n in names]
        )
        known = [KnownContact(*row) for row in rows]
        one_by_one = timed(
            lambda known=known, names=names: [_reference_match(n, None, known) for n in names]
        )
        print(
            f"{size:>7} contacts: index built in {build:7.2f} ms, 4 names matched in"
            f" {match:7.2f} ms; one contact at a time {one_by_one:8.2f} ms"
        )
        results[str(size)] = {
            "build_ms": round(build, 2),
            "match_4_names_ms": round(match, 2),
            "one_at_a_time_ms": round(one_by_one, 2),
        }
    record("matching_scale", results)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    main(parser.parse_args().sizes)
