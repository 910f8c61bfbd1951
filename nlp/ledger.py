"""Gives and gets in a note: "introduced Dana to Marcus", "Chris referred me to his lender",
"sent Priya the article", "Jen helped me with my resume".

Rules on the already-parsed Doc (one Matcher over verb lemmas, then token positions), so the
ledger costs no second spaCy pass. Only exchanges between the user and a named person count:
"Dana introduced Sam to Priya" is their business, not the user's ledger.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from nlp.people import Person
from nlp.schema import LedgerDirection, LedgerEntry

# verb lemma -> what kind of give it is
_VERBS: dict[str, str] = {
    "introduce": "intro",
    "intro": "intro",
    "connect": "intro",
    "refer": "referral",
    "recommend": "referral",
    "send": "item",
    "give": "item",
    "lend": "item",
    "loan": "item",
    "forward": "item",
    "share": "item",
    "pass": "item",
    "buy": "item",
    "help": "help",
    "drop": "item",
}
# Surface forms the tagger sometimes misreads ("intro'd", lowercase phone notes).
_FORMS = ["intro'd", "introd", "sent", "gave", "referred", "connected", "introduced", "helped"]
_ME = frozenset("me us".split())
_I = frozenset("i we".split())
_PRONOUNS = frozenset("him her them".split())
_SKIP_BEFORE = frozenset(
    "also just kindly finally then already have had 've has generously nicely quickly".split()
)
_CLAUSE_START = frozenset(". , ; : ! ? - — – and then also today yesterday".split())
_PARTICLES = frozenset("over along on back".split())
_LINKS = frozenset("to with and & for".split())
# When words a give is said with: "the deck on monday", "the spreadsheet this morning" say
# when, not what was given, and ahead of a verb not in the past they make it a plan.
_WHEN = frozenset(
    "tomorrow tonight today yesterday next last early later soon morning afternoon evening "
    "week weekend monday tuesday wednesday thursday friday saturday sunday after afterwards "
    "by".split()
)
_AHEAD = frozenset("tomorrow tonight next later soon".split())
# Said in a clause, these make a give only hoped for: "he sends leads maybe" (trial 29).
_HEDGES = frozenset(
    "maybe perhaps possibly potentially hopefully probably prob might may poss".split()
)
# Before a verb in -ing, these make it a give being done or done: "was sending".
_UNDER_WAY = frozenset("was were been am is are 's 're 'm".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Before a verb: the give is only meant ("I'll send", "going to send", "plan to introduce").
_MEANT = frozenset("will 'll wo shall gonna to 'd would should must can could might".split())
# "dropped the leaflet round": handed over in person, with these words only.
_DROP_PARTICLES = frozenset("round off by over in".split())
_STOP = (
    frozenset(
        "but so because although while who which when he she they i we also then and "
        "follow remind".split()
    )
    | _WHEN
)
_TAIL_DROP = frozenset("to for with of and & the a an at in on this round off by over".split())
_MAX = 7
# Laughter, a kiss or an emoji typed after a note: how it was said, never part of what was
# given ("she gave me a tin of shortbread ha", trial 26).
LAUGHTER = frozenset(
    "ha hah haha hahaha hahah hahahaha lol lols lmao lmfao rofl hehe heh x xx xxx xo xoxo "
    ":) :-) :d ;) :p".split()
)
# Said of someone with no one to send it to: sent to the user who writes the note.
_TO_THE_USER = frozenset("send forward refer".split())

# A give the card could not name: "sent it", "send her way" read as a give of "way".
_NO_THING = frozenset("way it that this them those these one some something stuff".split())
_WHOSE = frozenset("her his their your".split())
_TITLES = frozenset("mr mrs ms miss dr".split())
PersonAt = Callable[[int], str | None]


@dataclass(frozen=True)
class _Party:
    """One side of an exchange: the user (name None, user True) or a named person."""

    user: bool = False
    name: str | None = None
    end: int = 0


# Work done for someone and said to be free: "sorted her boiler, no charge", "fixed it for
# free", "didn't charge her" (trial 26: an 80-year-old's boiler fixed for nothing was no
# give, so the coach told the user to give her something first).
_FIX_VERBS = frozenset(
    "fix sort repair service swap replace install fit mend unblock bleed clear patch "
    "rewire paint build".split()
)
_FIX_FORMS = frozenset("sorted fixed repaired serviced swapped replaced fitted cleared".split())
_FREE = re.compile(
    r"\b(?:no charge|free of charge|for free|for nothing|on the house|at no cost|"
    r"(?:did|would|wo|could|ca)\s?n[o'’]?t (?:charge|take (?:any|a penny|a thing|money))|"
    r"refused to (?:charge|take)|never charged)",
    re.IGNORECASE,
)


class LedgerFinder:
    def __init__(self, vocab: Vocab) -> None:
        self.matcher = Matcher(vocab)
        self.matcher.add("GIVE", [[{"LEMMA": {"IN": list(_VERBS)}}], [{"LOWER": {"IN": _FORMS}}]])

    def __call__(
        self,
        doc: Doc,
        mentions: Sequence[Span],
        names: Sequence[str],
        owner: PersonAt,
    ) -> list[LedgerEntry]:
        """`names[i]` is the display name of `mentions[i]`; `owner(i)` resolves a pronoun."""
        reader = _Reader(doc, mentions, names, owner)
        found: list[LedgerEntry] = []
        seen: set[int] = set()
        for _, start, _end in self.matcher(doc):
            if start in seen:
                continue
            seen.add(start)
            for entry in reader.exchange(start):
                if entry not in found:
                    found.append(entry)
        if _FREE.search(doc.text):
            for tok in doc:
                done = tok.tag_ in ("VBD", "VBN") or tok.lower_ in _FIX_FORMS
                if done and (tok.lemma_.lower() in _FIX_VERBS or tok.lower_ in _FIX_FORMS):
                    free = reader.free_work(tok.i)
                    if free is not None and free not in found:
                        found.append(free)
                        break  # one give per note: the work, however many verbs say it
        return found


class _Reader:
    def __init__(
        self, doc: Doc, mentions: Sequence[Span], names: Sequence[str], owner: PersonAt
    ) -> None:
        self.doc, self.owner = doc, owner
        self.name_at: dict[int, tuple[str, int]] = {}
        for span, name in zip(mentions, names, strict=True):
            for i in range(span.start, span.end):
                self.name_at[i] = (name, span.end)

    def _kind(self, i: int) -> str:
        tok = self.doc[i]
        if tok.lemma_.lower() in _VERBS:
            return _VERBS[tok.lemma_.lower()]
        low = tok.lower_
        if low.startswith("intro") or low == "connected":
            return "intro"
        if low == "referred":
            return "referral"
        if low == "helped":
            return "help"
        return "item"

    def _party_at(self, i: int) -> _Party | None:
        if i >= len(self.doc):
            return None
        tok = self.doc[i]
        if i in self.name_at:
            name, end = self.name_at[i]
            return _Party(name=name, end=end)
        if tok.lower_ in _ME:
            return _Party(user=True, end=i + 1)
        if tok.lower_ in _PRONOUNS:
            owner = self.owner(i)
            return _Party(name=owner, end=i + 1) if owner else None
        return None

    def _possessive(self, i: int) -> bool:
        """ "her" in "her lender" owns the next word; "him" never does."""
        nxt = i + 1
        return (
            self.doc[i].lower_ == "her"
            and nxt < len(self.doc)
            and self.doc[nxt].is_alpha
            and self.doc[nxt].lower_ not in _STOP
        )

    def _giver(self, v: int) -> _Party | None:
        """Who did it: a person named just before the verb, "I", or the note's author."""
        j = v - 1
        while j >= 0 and self.doc[j].lower_ in _SKIP_BEFORE:
            j -= 1
        if j < 0:
            return _Party(user=True)
        tok = self.doc[j]
        if j in self.name_at:
            return _Party(name=self.name_at[j][0])
        if tok.lower_ in _I:
            return _Party(user=True)
        if tok.lower_ in ("he", "she", "they"):
            name = self.owner(j)
            return _Party(name=name) if name else None
        if tok.lower_ in _CLAUSE_START or tok.is_punct:
            return _Party(user=True)
        return None

    def _phrase(self, start: int, stop_at_link: bool = False) -> tuple[str, int]:
        """A short object phrase ("the article on pricing"), up to a clause boundary."""
        j = start
        n = len(self.doc)
        while j < n and j - start < _MAX:
            tok = self.doc[j]
            if j in self.name_at and self._owns_next(self.name_at[j][1]):
                j = self.name_at[j][1] + 1  # "Ravi Mehta's number": whose, part of what
                continue
            if tok.is_punct or j in self.name_at or tok.lower_ in _STOP:
                break
            if stop_at_link and tok.lower_ in ("to", "with") and self._party_at(j + 1):
                break
            if tok.lower_ in _ME and j > start:
                break
            j += 1
        end = j
        while end > start and (
            self.doc[end - 1].lower_ in _TAIL_DROP or _said_how(self.doc[end - 1].text)
        ):
            end -= 1
        return self._said(start, end), j

    def _said(self, start: int, end: int) -> str:
        """The words as written, a name in them as its contact spells it ("ravi's number"
        -> "Ravi's number")."""
        out = ""
        for tok in self.doc[start:end]:
            word = tok.text
            if tok.i in self.name_at:
                spelt = self.name_at[tok.i][0].split()
                word = next((w for w in spelt if w.casefold() == word.casefold()), word)
            out += word + tok.whitespace_
        return out.strip()

    def _owns_next(self, i: int) -> bool:
        return i < len(self.doc) and self.doc[i].lower_ in ("'s", "’s", "'")

    def _planned(self, v: int) -> bool:
        """The give is only meant, not done: "I'll give her the leaflet early next week",
        "going to send her the spreadsheet tomorrow", "sending her the deck on monday" (a
        promise, which the follow-ups keep; trial 20). A verb in the past is done."""
        verb = self.doc[v]
        if verb.tag_ in ("VBD", "VBN") or verb.lower_ in _FORMS:
            return False
        j = v - 1
        while j >= 0 and self.doc[j].lower_ in _SKIP_BEFORE:
            j -= 1
        if j >= 0 and self.doc[j].lower_ in _MEANT:
            return True
        k = v + 1
        while k < len(self.doc) and not self.doc[k].is_punct and self.doc[k].lower_ not in _STOP:
            k += 1
        # a when ahead ("tomorrow", "next week", "on monday") after a verb not in the past
        while k < len(self.doc) and not self.doc[k].is_punct and self.doc[k].lower_ in _STOP:
            if self.doc[k].lower_ in _AHEAD or self.doc[k].lower_ in _DAYS:
                return True
            k += 1
        return False

    def _dropped(self, v: int) -> bool:
        """ "drop" gives only with a particle of handing over: "dropped the leaflet round to
        her", "dropped off the brochure for Mary"; never "dropped her kids at school"."""
        words = [t.lower_ for t in self.doc[v + 1 : v + 1 + _MAX]]
        return bool(_DROP_PARTICLES & set(words)) and self._party_at(v + 1) is None

    def _still_to_do(self, v: int) -> bool:
        """The user's own to-do, said as an order to themselves ("send her flowers or smth")
        or as what they are about to do ("sending him options by fri"): a follow-up, not a
        give yet (trial 29)."""
        verb = self.doc[v]
        if verb.lower_ in _FORMS or verb.tag_ not in ("VB", "VBG"):
            return False
        j = v - 1
        while j >= 0 and self.doc[j].lower_ in _SKIP_BEFORE:
            j -= 1
        return verb.tag_ == "VB" or not (j >= 0 and self.doc[j].lower_ in _UNDER_WAY)

    def _hedged(self, v: int) -> bool:
        """ "he sends mortgage leads maybe", "possibly referring his brother": only hoped."""
        start = v
        while start > 0 and not _clause_edge(self.doc[start - 1]):
            start -= 1
        end = v
        while end < len(self.doc) and not _clause_edge(self.doc[end]):
            end += 1
        return any(t.lower_ in _HEDGES for t in self.doc[start:end])

    def _sent_my_way(self, v: int) -> list[LedgerEntry] | None:
        """ "sending him my way", "she's sending Mr Okafor my way": a client someone sends
        the user is a referral got from them (trial 29: read as a give of "my way")."""
        j = v + 1
        if j < len(self.doc) and self.doc[j].lower_.rstrip(".") in _TITLES:
            j += 1  # "Mr Okafor": the name without its title
        thing = self._party_at(j)
        if thing is None or thing.user or thing.name is None or self.doc[j].lower_ == "them":
            return None  # "send them my way": whoever they may be, no one named
        if not (
            thing.end + 1 < len(self.doc)
            and self.doc[thing.end].lower_ in ("my", "our")
            and self._way_at(thing.end + 1)
        ):
            return None
        if self._planned(v) or self._hedged(v):
            return []  # "she'll send him my way", "might send him my way": not yet
        giver = self._giver(v)
        if giver is None or giver.user:
            giver = self._subject_before(v, thing.name)
        if giver is None or giver.name is None:
            return []
        return [LedgerEntry("got", giver.name, f"referred {thing.name} to me")]

    def _subject_before(self, v: int, other: str) -> _Party | None:
        """Who, before the verb and in the same sentence, is doing it: "shes got a buyer
        (mr okafor) …, sending him my way" is she, not the buyer."""
        for j in range(v - 1, -1, -1):
            tok = self.doc[j]
            if tok.text in (".", "!", "?"):
                return None
            if j in self.name_at and self.name_at[j][0] != other:
                return _Party(name=self.name_at[j][0])
            if tok.lower_ in ("he", "she", "they"):
                name = self.owner(j)
                if name and name != other:
                    return _Party(name=name)
        return None

    def exchange(self, v: int) -> list[LedgerEntry]:
        sent = self._sent_my_way(v)
        if sent is not None:
            return sent
        giver = self._giver(v)
        if giver is None or self._planned(v) or self._hedged(v):
            return []
        if giver.user and self._still_to_do(v):
            return []
        if self.doc[v].lemma_.lower() == "drop" and not self._dropped(v):
            return []
        kind = self._kind(v)
        j = v + 1
        while j < len(self.doc) and self.doc[j].lower_ in _PARTICLES:
            j += 1
        receiver = self._party_at(j)
        what = ""
        others: list[_Party] = []
        if receiver is not None and self._way_at(receiver.end):
            return []  # "any deals I send her way": what is sent was said before the verb
        if receiver is not None:
            j = receiver.end
            if kind in ("intro", "referral"):
                if j < len(self.doc) and self.doc[j].lower_ in _LINKS:
                    other = self._party_at(j + 1)
                    if other is not None and self._possessive(j + 1):
                        other = None  # "to her lender": the lender, not her
                    if other is not None and not other.user and other.name != giver.name:
                        others.append(other)
                        what = other.name or ""
                    else:
                        what, _ = self._phrase(j + 1)
            elif kind == "help":
                if j < len(self.doc) and self.doc[j].lower_ == "with":
                    what, _ = self._phrase(j + 1)
            else:
                if j < len(self.doc) and self.doc[j].lower_ == "way":
                    # "any deals I send her way": what is sent stands before the verb, in a
                    # clause of what may come; nothing was given yet (trial 18)
                    return []
                what, _ = self._phrase(j)
        else:
            # "sent the article to Priya": the thing first, then who got it.
            what, k = self._phrase(j, stop_at_link=True)
            way = self._their_way(j, k)
            if way is not None:  # "sent two leads her way": the leads, to her
                what, receiver = self.doc[j : way[0]].text, way[1]
            elif k < len(self.doc) and self.doc[k].lower_ in ("to", "with"):
                receiver = self._party_at(k + 1)
            elif giver.name and self.doc[v].lemma_.lower() in _TO_THE_USER:
                # "sam sent the two leads!": sent to no one named, in the user's own note,
                # is sent to the user (trial 16: his offer, kept, was still thanked as one)
                receiver = _Party(user=True)
            if receiver is None or not what:
                return []
        if what.casefold() in _NO_THING:
            if kind == "item":
                return []  # "sent it", "gave her that": nothing the card could name
            what = ""
        if kind == "item" and a_call(what):
            return []  # "gave wojciech a bell", "he gave me a ring": a call, not a give
        if kind == "item" and giver.user and _selling(what):
            return []  # "sent olumide our wedding menu": a sale made, no give (trial 25)
        return self._entries(giver, receiver, kind, what, others)

    def free_work(self, v: int) -> LedgerEntry | None:
        """ "sorted her boiler", "cleared Elspeth's gutters", "fixed the back door for
        Elspeth", in a note that says it was free: help the user gave whoever it was for."""
        giver = self._giver(v)
        if giver is None or not giver.user:
            return None
        whom: str | None = None
        what: list[str] = []
        j = v + 1
        while j < len(self.doc) and j - v <= _MAX:
            tok = self.doc[j]
            if tok.is_punct or (tok.lower_ in _STOP and tok.lower_ not in _WHOSE):
                break
            if j in self.name_at:
                whom = whom or self.name_at[j][0]
                j = self.name_at[j][1]
                if j < len(self.doc) and self.doc[j].lower_ in ("'s", "’s"):
                    j += 1
                continue
            if tok.lower_ in _WHOSE and whom is None:
                whom = self.owner(j)
            if tok.lower_ == "for" and (j + 1 in self.name_at or _FREE.match(self.doc[j:].text)):
                j += 1  # "for Elspeth", "for free": whom and how, not what
                continue
            what.append(tok.text)
            j += 1
        if whom is None:
            # "popped round to Elspeth, sorted it": whom the note named before the work
            before = [self.name_at[i][0] for i in range(v) if i in self.name_at]
            whom = before[-1] if before else None
        if whom is None:
            return None
        words = [w for w in what if w.casefold() not in LAUGHTER]
        while words and words[-1].casefold() in _TAIL_DROP | {"free", "nothing"}:
            words.pop()
        if words and words[0].casefold() in _NO_THING:
            words = []
        if words and words[0].casefold() not in _WHOSE | {"the", "a", "an", "my", "our"}:
            words.insert(0, "the")
        return LedgerEntry("gave", whom, _describe("help", " ".join(words)))

    def _way_at(self, i: int) -> bool:
        return i < len(self.doc) and self.doc[i].lower_ == "way"

    def _their_way(self, start: int, end: int) -> tuple[int, _Party | None] | None:
        """ "two leads her way", "any buyers my way": where "<whose> way" starts in the
        phrase, and whose way it is (the user's for "my way")."""
        for i in range(start + 1, min(end, len(self.doc) - 1)):
            if not self._way_at(i + 1):
                continue
            word = self.doc[i].lower_
            if word in ("my", "our"):
                return i, _Party(user=True)
            if word in _WHOSE:
                owner = self.owner(i)
                return i, (_Party(name=owner) if owner else None)
            if i in self.name_at:
                return i, _Party(name=self.name_at[i][0])
        return None

    def _entries(
        self, giver: _Party, receiver: _Party, kind: str, what: str, others: list[_Party]
    ) -> list[LedgerEntry]:
        if giver.user == receiver.user:
            return []  # between two other people, or "I sent myself a note"
        direction: LedgerDirection = "gave" if giver.user else "got"
        person = receiver.name if giver.user else giver.name
        if person is None:
            return []
        entries = [LedgerEntry(direction, person, _describe(kind, what))]
        if giver.user and kind == "intro":
            # Introducing two people is a give to both of them.
            for other in others:
                if other.name and other.name != person:
                    entries.append(LedgerEntry("gave", other.name, _describe(kind, person)))
        return entries


# What a trade sends a prospect to win the work: its menu, its quote, its price list. Sent
# by the user it is selling, never a give that moves a stage; an article or a template is.
_SALES = frozenset(
    "menu menus quote quotes quotation estimate estimates proposal proposals brochure "
    "brochures invoice invoices price-list catalog catalogue".split()
)
_SALES_PAIRS = frozenset(
    {("price", "list"), ("rate", "card"), ("price", "sheet")}
    # "my rates", "our pricing": the user's own, not an article on interest rates (trial 26)
    | {(whose, what) for whose in ("my", "our") for what in ("rates", "pricing", "prices")}
)


def _selling(what: str) -> bool:
    said = [w.strip(".,!?+&") for w in what.casefold().split()]
    return bool(_SALES & set(said)) or any(p in _SALES_PAIRS for p in pairwise(said))


# "a bell", "a quick ring", "a wee shout": a call, in the words people give one with.
_CALLS = frozenset("bell ring call buzz shout tinkle phone phonecall text".split())
_CALL_LEADS = frozenset("a an quick wee little short brief".split())


def a_call(what: str) -> bool:
    """ "a bell", "a wee bell", "a ring about the boiler": what "gave" a call names."""
    said = [w.strip(".,!?") for w in what.casefold().split()]
    i = 0
    while i < len(said) and said[i] in _CALL_LEADS:
        i += 1
    return 0 < i < len(said) and said[i] in _CALLS


def _clause_edge(tok: Token) -> bool:
    return tok.is_punct and tok.text not in ("'", "’", "(", ")", "&", "/")


def _said_how(word: str) -> bool:
    """Laughter, a kiss or an emoji: how the note was said, not what it says."""
    low = word.casefold()
    if low in LAUGHTER or (len(low) > 3 and set(low) <= {"h", "a"}):
        return True  # "hahaa"
    return bool(word) and all(unicodedata.category(c) in _SYMBOLS for c in word)


_SYMBOLS = frozenset({"So", "Sk", "Cf", "Mn"})  # emoji, their modifiers and joiners


def _describe(kind: str, what: str) -> str:
    what = what.strip()
    if kind == "intro":
        return f"intro to {what}" if what else "an intro"
    if kind == "referral":
        return f"referral to {what}" if what else "a referral"
    if kind == "help":
        return f"help with {what}" if what else "help"
    return what or "something useful"


# Said of someone, thanks: "nadia is a star", "owe delia one", "thanks to olu".
_THANKED = re.compile(
    r"^(?:(?:is|'s|’s|s)\s+(?:a|an|such\s+a|an\s+absolute|a\s+total)?\s*"
    r"(?:star|legend|gem|angel|diamond|hero|saint|babe|lifesaver)\b)",
    re.IGNORECASE,
)
_THANKS_BEFORE = re.compile(r"(?:thanks\s+to|thank|thanked|owe|cheers|bless)\s*$", re.IGNORECASE)
# Getting in touch with the user: "imran called", "marcus got in touch", "femi emailed".
_IN_TOUCH = frozenset("call ring rang text email message phone contact reach whatsapp dm".split())


def thanked_referrals(doc: Doc, people: Sequence[Person]) -> list[LedgerEntry]:
    """ "nadia's brother imran called!! … nadia is a star, send her flowers": a relative of
    someone who got in touch, in a note that thanks that someone, was sent by them: a
    referral got (trial 29: only the flowers were logged, as a give)."""
    found: list[LedgerEntry] = []
    for kin in people:
        whose = kin.of
        if whose is None or not _thanked(doc, whose) or not _in_touch(doc, kin):
            continue
        entry = LedgerEntry("got", whose.name, f"referred {kin.name} to me")
        if entry not in found:
            found.append(entry)
    return found


def _thanked(doc: Doc, person: Person) -> bool:
    for m in person.mentions:
        if _THANKED.match(doc[m.end :].text if m.end < len(doc) else ""):
            return True
        if _THANKS_BEFORE.search(doc[: m.start].text):
            return True
    return False


def _in_touch(doc: Doc, person: Person) -> bool:
    """A verb of getting in touch within a few words after their name: "imran called",
    "marcus, delia's son, got in touch"."""
    for m in person.mentions:
        for tok in doc[m.end : m.end + 9]:
            if tok.text in (".", "!", "?", ";"):
                break
            if tok.lemma_.lower() in _IN_TOUCH or tok.lower_ in _IN_TOUCH:
                return True
            if tok.lower_ == "touch" and doc[tok.i - 1].lower_ == "in":
                return True
    return False
