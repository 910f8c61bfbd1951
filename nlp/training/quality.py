"""How well the note reader reads a corpus split: the figures the issue sets targets for.

Mirrors the outside field-notes scorer where the two overlap (people, organisations,
details found, their kinds, follow-up dates, spurious follow-ups) and adds what the
corpus annotates beyond it: the person each detail is about, and relatives.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DEFAULT_NOW = "2026-11-26T10:00:00+00:00"
_TITLES = re.compile(
    r"^(dr|mr|mrs|ms|mx|prof|professor|father|fr|pastor|rev|coach|sir)\.?\s+", re.I
)
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
KIND_SCORED = {"interest", "family", "need", "offer"}


def notes(split: str) -> list[dict[str, Any]]:
    out = []
    for path in sorted((CORPUS / split).glob("*.jsonl")):
        out += [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return out


def note_now(note: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(note.get("now") or DEFAULT_NOW)


def norm(text: str | None) -> str:
    s = unicodedata.normalize("NFC", text or "").replace("\u2019", "'").strip().lower()
    s = re.sub(r"\s+", " ", s).strip(" .,;:!?\"'()")
    while (t := _TITLES.sub("", s)) != s:
        s = t
    return s


def same_person(gold: str, got: str) -> bool:
    g, o = norm(gold).split(), norm(got).split()
    if not g or not o:
        return False
    return g == o or ((len(g) == 1 or len(o) == 1) and g[0] == o[0])


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(norm(text)) if w not in STOP_WORDS} or set(
        _WORD.findall(norm(text))
    )


def detail_found(gold: str, got: str) -> float:
    """How much of a gold detail an output fact covers, 0 to 1 (by content words)."""
    g, o = norm(gold), norm(got)
    if g and (g in o or (len(o) > 3 and o in g and len(o) >= 0.5 * len(g))):
        return 1.0
    words = content_words(gold)
    if not words:
        return 0.0
    return len(words & content_words(got)) / len(words)


@dataclass
class Tally:
    notes: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    org_hit: int = 0
    org_all: int = 0
    detail_hit: int = 0
    detail_all: int = 0
    kind_hit: int = 0
    kind_all: int = 0
    owner_hit: int = 0
    owner_all: int = 0
    relative_hit: int = 0
    relative_all: int = 0
    fu_hit: int = 0
    fu_all: int = 0
    fu_spurious: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def person_f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 3) if b else 0.0

        return {
            "notes": self.notes,
            "person_f1": round(self.person_f1, 3),
            "org_recall": ratio(self.org_hit, self.org_all),
            "detail_recall": ratio(self.detail_hit, self.detail_all),
            "kind_acc": ratio(self.kind_hit, self.kind_all),
            "owner_acc": ratio(self.owner_hit, self.owner_all),
            "relative_acc": ratio(self.relative_hit, self.relative_all),
            "followup_acc": ratio(self.fu_hit, self.fu_all),
            "followup_spurious": self.fu_spurious,
        }


def score_note(t: Tally, gold: dict[str, Any], out: dict[str, Any]) -> None:
    tag = gold["id"]
    t.notes += 1
    people = [p for p in out.get("people") or [] if isinstance(p, dict)]
    names = [p.get("name") or "" for p in people]
    pair: dict[int, int] = {}
    for gi, gp in enumerate(gold["people"]):
        j = next(
            (
                k
                for k, n in enumerate(names)
                if k not in pair.values() and norm(n) == norm(gp["name"])
            ),
            None,
        )
        if j is None:
            j = next(
                (
                    k
                    for k, n in enumerate(names)
                    if k not in pair.values() and same_person(gp["name"], n)
                ),
                None,
            )
        if j is not None:
            pair[gi] = j
            t.tp += 1
        else:
            t.fn += 1
            t.misses.append(f"{tag} missed person {gp['name']!r} (got {names})")
    for k, n in enumerate(names):
        if k not in pair.values():
            t.fp += 1
            t.misses.append(f"{tag} extra person {n!r}")
    for gi, gp in enumerate(gold["people"]):
        if "relation" in gp:
            t.relative_all += 1
            got = people[pair[gi]] if gi in pair else {}
            want_of = gp["of"]
            of_ok = (
                (got.get("of") == "me")
                if want_of == "me"
                else same_person(want_of, got.get("of") or "")
            )
            if got.get("relation") and of_ok:
                t.relative_hit += 1
            else:
                t.misses.append(
                    f"{tag} relative {gp['name']!r}: want {gp['relation']} of {want_of}, "
                    f"got {got.get('relation')} of {got.get('of')}"
                )

    orgs = [norm(x) for x in out.get("orgs") or [] if isinstance(x, str)]
    orgs += [norm(p.get("org")) for p in people if p.get("org")]
    for go in gold["orgs"]:
        t.org_all += 1
        g = norm(go)
        if any(g in x or (len(x) >= 3 and x in g) for x in orgs if x):
            t.org_hit += 1
        else:
            t.misses.append(f"{tag} missed org {go!r} (got {sorted(set(orgs))})")

    facts = [
        (p.get("name") or "", f.get("kind") or "", f.get("text") or "")
        for p in people
        for f in p.get("facts") or []
    ]
    topics = [x for x in out.get("topics") or [] if isinstance(x, str)]
    for detail in gold["details"]:
        t.detail_all += 1
        scored = sorted(
            (
                (detail_found(detail["text"], text), owner, kind, text)
                for owner, kind, text in facts
            ),
            key=lambda s: -s[0],
        )
        best = scored[0] if scored else (0.0, "", "", "")
        in_topics = any(detail_found(detail["text"], x) >= 0.5 for x in topics)
        if best[0] < 0.5 and not in_topics:
            t.misses.append(f"{tag} missed {detail['kind']} {detail['text']!r}")
            continue
        t.detail_hit += 1
        hits = [s for s in scored if s[0] >= 0.5]
        if detail["kind"] in KIND_SCORED:
            t.kind_all += 1
            if any(kind == detail["kind"] for _, _, kind, _ in hits):
                t.kind_hit += 1
            else:
                t.misses.append(
                    f"{tag} kind of {detail['text']!r}: want {detail['kind']}, "
                    f"got {[k for _, _, k, _ in hits] or 'topic only'}"
                )
        if hits:
            t.owner_all += 1
            if any(same_person(detail["person"], owner) for _, owner, _, _ in hits):
                t.owner_hit += 1
            else:
                t.misses.append(
                    f"{tag} {detail['text']!r} is about {detail['person']}, "
                    f"given to {[o for _, o, _, _ in hits]}"
                )

    dues = [str(f.get("due") or "")[:10] for f in out.get("follow_ups") or []]
    ranges = [f["range"] for f in gold["follow_ups"] if f.get("range")]
    if ranges:
        t.fu_all += 1
        if any(lo <= d <= hi for lo, hi in ranges for d in dues):
            t.fu_hit += 1
        else:
            t.misses.append(f"{tag} follow-up want {ranges}, got {dues}")
    elif dues:
        t.fu_spurious += 1
        t.misses.append(f"{tag} spurious follow-up {dues}")


def score(golds: Iterable[dict[str, Any]], outs: Iterable[dict[str, Any]]) -> Tally:
    tally = Tally()
    for gold, out in zip(golds, outs, strict=True):
        score_note(tally, gold, out)
    return tally


def read_all(extract: Any, golds: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """`extract(text, now)` -> NoteExtraction, for each gold note."""
    for gold in golds:
        result: dict[str, Any] = extract(gold["text"], note_now(gold)).to_dict()
        yield result
