"""The ``rapport_details`` component: personal details as spans, from a tagger of their own.

Details (an interest, a need, a plan...) are read by a second trained NER whose labels are
the detail kinds: a transition-based tagger finds their edges better than a span
categorizer did on the same corpus, and trains in a fraction of the time (README, "The
note reader"). Its predictions go to ``doc.spans["details"]``, so the main pipeline's
entities (people, organisations, roles) stay as they are.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

DETAILS = "details"


class DetailTagger:
    def __init__(self, path: str) -> None:
        self.tagger = spacy.load(path)

    def __call__(self, doc: Doc) -> Doc:
        words = [t.text for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        tagged = self.tagger(Doc(self.tagger.vocab, words=words, spaces=spaces))
        doc.spans[DETAILS] = [Span(doc, e.start, e.end, label=e.label_) for e in tagged.ents]
        return doc


@Language.factory("rapport_details", default_config={"path": ""})
def make_detail_tagger(nlp: Language, name: str, path: str) -> DetailTagger:
    return DetailTagger(path or str(Path(__file__).with_name("model") / "details"))
