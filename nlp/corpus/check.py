"""Checks annotated note files against nlp/corpus/GUIDE.md: `python nlp/corpus/check.py FILE...`.

Prints every problem with its note id, or `ok` when there are none; exits 1 on problems.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

STYLES = {"voice", "bullets", "multi", "terse", "long", "typed", "slang", "nonnative", "update"}
KINDS = {"interest", "family", "need", "offer", "work", "plan", "topic"}
FIELDS = {"org", "role", "detail", "name"}
KEYS = {
    "id", "style", "now", "text", "people", "orgs", "details", "event", "follow_ups",
    "corrections",
}  # fmt: skip
PERSON_KEYS = {"name", "mentions", "org", "roles", "relation", "of", "aka"}


def problems(note: dict, seen_ids: set[str]) -> list[str]:
    out: list[str] = []
    text = note.get("text")
    if not isinstance(text, str) or not text.strip():
        return ["no text"]

    def verbatim(value: object, what: str) -> None:
        if value is None:
            return
        if not isinstance(value, str) or not value.strip():
            out.append(f"{what} must be a non-empty string, got {value!r}")
        elif value not in text:
            out.append(f"{what} {value!r} is not verbatim in the text")
        elif value != value.strip():
            out.append(f"{what} {value!r} has spaces at its ends")

    for key in note:
        if key not in KEYS:
            out.append(f"unknown key {key!r}")
    ident = note.get("id")
    if not isinstance(ident, str) or not ident:
        out.append("no id")
    elif ident in seen_ids:
        out.append(f"duplicate id {ident}")
    else:
        seen_ids.add(ident)
    if note.get("style") not in STYLES:
        out.append(f"style {note.get('style')!r} is not one of {sorted(STYLES)}")
    try:
        now = datetime.fromisoformat(note.get("now", "2026-11-26T10:00:00+00:00"))
        if now.tzinfo is None:
            out.append("now has no UTC offset")
    except (TypeError, ValueError):
        out.append(f"now {note.get('now')!r} is not an ISO datetime")

    names: set[str] = set()
    for person in note.get("people", []):
        for key in person:
            if key not in PERSON_KEYS:
                out.append(f"person {person.get('name')!r}: unknown key {key!r}")
        name = person.get("name")
        if not isinstance(name, str) or not name:
            out.append(f"a person has no name: {person}")
            continue
        if name in names:
            out.append(f"person {name!r} listed twice")
        names.add(name)
        mentions = person.get("mentions") or []
        if not mentions:
            out.append(f"person {name!r} has no mentions")
        for mention in mentions:
            verbatim(mention, f"mention of {name}")
        for alias in person.get("aka", []):
            if alias not in mentions:
                out.append(f"aka {alias!r} of {name} is not among its mentions")
        verbatim(person.get("org"), f"org of {name}")
        for role in person.get("roles", []):
            verbatim(role, f"role of {name}")
        if ("relation" in person) != ("of" in person):
            out.append(f"person {name!r}: relation and of go together")
    for person in note.get("people", []):
        of = person.get("of")
        if of is not None and of != "me" and of not in names:
            out.append(f"{person.get('name')!r} is a relative of {of!r}, who is not in people")
    orgs = note.get("orgs", [])
    for org in orgs:
        verbatim(org, "org")
    for person in note.get("people", []):
        org = person.get("org")
        if org and org not in orgs:
            out.append(f"org {org!r} of {person['name']} is missing from orgs")
    for detail in note.get("details", []):
        if detail.get("person") not in names:
            out.append(
                f"detail {detail.get('text')!r} is about {detail.get('person')!r}, "
                "who is not in people"
            )
        if detail.get("kind") not in KINDS:
            out.append(f"detail {detail.get('text')!r} has kind {detail.get('kind')!r}")
        verbatim(detail.get("text"), "detail")
    verbatim(note.get("event"), "event")
    for follow_up in note.get("follow_ups", []):
        person = follow_up.get("person")
        if person is not None and person not in names:
            out.append(f"follow-up for {person!r}, who is not in people")
        verbatim(follow_up.get("text"), "follow-up text")
        span = follow_up.get("range")
        if span is not None:
            try:
                first, last = (date.fromisoformat(d) for d in span)
                if first > last:
                    out.append(f"follow-up range {span} runs backwards")
            except (TypeError, ValueError):
                out.append(f"follow-up range {span!r} is not two ISO dates")
    for correction in note.get("corrections", []):
        if correction.get("person") not in names:
            out.append(f"correction for {correction.get('person')!r}, who is not in people")
        if correction.get("field") not in FIELDS:
            out.append(f"correction field {correction.get('field')!r}")
        verbatim(correction.get("old"), "correction old")
        verbatim(correction.get("new"), "correction new")
    return out


def main(paths: list[str]) -> int:
    seen: set[str] = set()
    bad = 0
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                note = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{path}:{number}: not JSON: {exc}")
                bad += 1
                continue
            for problem in problems(note, seen):
                print(f"{path}:{number} {note.get('id', '?')}: {problem}")
                bad += 1
    if not bad:
        print("ok")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
