"""Reading the user's own notes for how they network: pitching the room, handing out a stack of
cards, one event and gone (hop-in/hop-out), and whether a contact asked about their offer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

TipKind = Literal["pitched", "cards", "hop"]
Pattern = list[dict[str, Any]]


def _any(*words: str) -> dict[str, Any]:
    return {"LOWER": {"IN": list(words)}}


def _lemma(*words: str) -> dict[str, Any]:
    return {"LEMMA": {"IN": list(words)}}


_GAP = {"OP": "{,3}"}
_EVERYONE = _any(
    "everyone",
    "everybody",
    "the",
    "all",
    "them",
    "him",
    "her",
    "people",
    "my",
    "our",
    "each",
    "every",
    "anyone",
    "whole",
)
_OFFER_WORDS = _any(
    "pricing",
    "price",
    "prices",
    "rates",
    "rate",
    "quote",
    "quotes",
    "proposal",
    "fees",
    "fee",
    "cost",
    "costs",
    "services",
    "charge",
    "estimate",
    "packages",
    "package",
    "retainer",
)

TIP_PATTERNS: dict[TipKind, list[Pattern]] = {
    "pitched": [
        [_any("elevator", "sales", "30-second", "60-second"), _any("pitch", "speech", "spiel")],
        [
            _lemma("give", "do", "deliver", "use", "run"),
            _any("my", "our", "the"),
            {"OP": "{,2}"},
            _any("pitch", "spiel", "commercial"),
        ],
        [{"LEMMA": "pitch", "POS": "VERB"}, _EVERYONE],
        [{"LOWER": {"IN": ["pitched"]}}],
        [_lemma("try"), {"LOWER": "to"}, _lemma("sell", "close", "pitch")],
        [_lemma("sell"), _any("to", "everyone", "everybody", "them", "him", "her")],
        [
            _lemma("talk", "tell"),
            _GAP,
            _any("my", "our"),
            _any("business", "services", "product", "products", "company", "offer"),
        ],
        [
            _lemma("ask"),
            _any("everyone", "everybody", "them", "people", "him", "her", "all"),
            {"OP": "{,2}"},
            _any("business", "referrals", "meeting", "meetings", "sale"),
        ],
        [_lemma("push"), _any("my", "our"), _any("services", "product", "products", "offer")],
    ],
    "cards": [
        [
            _lemma("hand", "give", "pass", "drop", "collect", "gather", "get", "grab", "swap"),
            _any("out", "around", "away") | {"OP": "?"},
            {"OP": "{,3}"},
            _any("cards"),
        ],
        [{"LIKE_NUM": True}, {"LOWER": "business", "OP": "?"}, _any("cards")],
        [_lemma("work"), {"LOWER": "the"}, {"LOWER": "room"}],
        [
            _any("stack", "pile", "bunch", "ton", "tons", "lots", "handful"),
            {"LOWER": "of"},
            {"OP": "{,2}"},
            _any("cards"),
        ],
    ],
    "hop": [
        [{"LOWER": "one"}, {"LOWER": "and"}, {"LOWER": "done"}],
        [
            _any("won't", "not", "never", "wo"),
            {"OP": "{,3}"},
            _lemma("go", "come", "return"),
            _any("back", "again"),
        ],
        [
            _lemma("do"),
            {"LOWER": "n't"},
            {"LEMMA": "get"},
            _any("any", "a", "one"),
            _any("business", "leads", "lead", "clients", "client", "referrals", "sales", "sale"),
        ],
        [
            {"LOWER": "no"},
            _any("business", "leads", "clients", "referrals", "sales"),
            _any("from", "at", "out"),
        ],
        [{"LOWER": "waste"}, {"LOWER": "of"}, _any("time", "money")],
        [_lemma("try"), {"OP": "{,3}"}, {"LOWER": "once"}],
        [{"LOWER": "first"}, {"LOWER": "and"}, {"LOWER": "last"}],
        [
            _any("never", "forgot", "n't", "not", "haven't"),
            {"OP": "{,2}"},
            _lemma("follow", "followup"),
            {"LOWER": "up", "OP": "?"},
        ],
        [{"LOWER": "networking"}, _lemma("do", "be"), _any("n't", "not", "pointless", "useless")],
        [
            _lemma("quit", "leave", "drop"),
            _any("bni", "the", "my"),
            {"OP": "{,2}"},
            _any("group", "chapter", "chamber", "bni", "club"),
        ],
    ],
}
ASKED_PATTERNS: list[Pattern] = [
    [_lemma("ask", "request", "want", "need", "inquire", "enquire"), {"OP": "{,3}"}, _OFFER_WORDS],
    [_lemma("ask"), {"LOWER": "how"}, {"LOWER": "much"}],
    [_lemma("want", "like", "love"), {"LOWER": "to"}, _lemma("hire", "work")],
    # "she's going to hire me for the 6 laptops", "hired us for the rewiring": the work is theirs
    # to give, so the quote or invoice that follows is one they asked for.
    [_lemma("hire", "book", "retain", "engage"), _any("me", "us")],
    [_lemma("interest"), {"LOWER": "in"}, _any("working", "hiring", "my", "our")],
    [
        _lemma("ask"),
        {"OP": "{,2}"},
        _any("if", "whether"),
        _any("i", "we"),
        _any("could", "can"),
        _lemma("help", "quote", "do", "take"),
    ],
]


@dataclass(frozen=True)
class NoteTip:
    kind: TipKind
    phrase: str


class NoteReader:
    """Built once per vocabulary; reads parsed notes."""

    def __init__(self, vocab: Vocab) -> None:
        self.tips = Matcher(vocab)
        for kind, patterns in TIP_PATTERNS.items():
            self.tips.add(kind, patterns)
        self.asked = Matcher(vocab)
        self.asked.add("asked", ASKED_PATTERNS)

    def tip(self, doc: Doc) -> NoteTip | None:
        """What the note shows about how the user networked, if it is worth a gentle word."""
        for match_id, start, end in sorted(self.tips(doc), key=lambda m: (m[1], m[1] - m[2])):
            if _someone_else_did_it(doc[start:end]):
                continue
            kind = doc.vocab.strings[match_id]
            return NoteTip(kind, doc[start:end].text)  # type: ignore[arg-type]
        return None

    def they_asked(self, doc: Doc) -> bool:
        """Did the person ask about what the user sells ("asked about my rates")?"""
        for _, start, _end in self.asked(doc):
            subject = [t for t in doc[start].children if t.dep_ == "nsubj"]
            # "I asked about their pricing" is the user asking, not them.
            if not any(t.lower_ in ("i", "we") for t in subject):
                return True
        return False


_USERS = frozenset({"i", "we", "my", "our", "me", "us"})
# A verb whose subject is also the subject of the verb it governs: "she's trying to sell",
# "wants to sell", "selling and moving".
_SHARES_SUBJECT = frozenset({"xcomp", "conj"})


def _someone_else_did_it(span: Span) -> bool:
    """ "she pitched me her startup" is about them; "pitched everyone" (no subject, as notes
    are written) and "I pitched" are about the user. The subject may sit on the verb the
    match hangs from ("she's trying to sell"), and selling something of theirs ("trying to
    sell her house") is their sale, not the user's pitch, whoever the subject is."""
    for token in span:
        if token.lower_ in ("him", "her", "them") and token.dep_ == "poss":
            return True  # "sell her house": the pronoun owns the thing sold, nobody is sold to
        if token.lemma_ == "sell" and _sells_their_own(token):
            return True
        verb: Token | None = token
        while verb is not None:
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                if not any(s.lower_ in ("i", "we") for s in subjects):
                    return True
                break
            verb = verb.head if verb.dep_ in _SHARES_SUBJECT and verb.head is not verb else None
    return False


def _sells_their_own(verb: Token) -> bool:
    """ "sell her house", "selling their cottage": what is sold belongs to someone other than
    the user ("sell my services" is the user's own offer)."""
    for thing in verb.children:
        if thing.dep_ != "dobj":
            continue
        owners = [c for c in thing.children if c.dep_ == "poss"]
        if owners and not any(o.lower_ in _USERS for o in owners):
            return True
    return False
