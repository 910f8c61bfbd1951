"""Who a phrase in a note is about: the person named in its sentence, the one a "he" or
"she" points back to, the person a bullet list is under, or the last one named."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from nlp.people import PRONOUN_GENDERS, RELATIVES, Person, said_in_passing

_UNIT_END = frozenset(". ! ? ; • · …".split())
_BULLETS = frozenset("- * • · – — > →".split())


_SUBJECT_PRONOUNS = frozenset("he she he's she's".split())
_THEY = frozenset("they they're theyre their we".split())
# A "they" that may be a couple ("we" is the user and whoever they were with).
_COUPLE = frozenset("they they're theyre".split())
_SPOUSES = frozenset(
    "wife husband spouse fiancé fiancée fiance fiancee girlfriend boyfriend".split()
)
_NOT_A_BABYS = frozenset({"work", "need", "offer", "interest"})


class Owners:
    def __init__(self, doc: Doc, people: list[Person]) -> None:
        self.doc = doc
        self.people = people
        mentions = sorted((m.start, m.end, p) for p in people for m in p.mentions)
        # "Grace, realtor at compass (mike's colleague). into running": an aside about
        # whose colleague she is names nobody the note goes on to talk about.
        self.mentions = [
            (s, e, p)
            for s, e, p in mentions
            if not aside(doc, s, e)
            and not _whose_they_are(doc, s, e, mentions)
            and not said_in_passing(doc, doc[s:e])  # "friend of rafael, ux designer": hers
        ]
        self.all_mentions = mentions
        self.unit = _units(doc)
        self.line = _lines(doc)
        self.bulleted = _is_bulleted(doc)

    def owner(self, start: int, end: int, kind: str | None = None) -> Person | None:
        """The person the phrase doc[start:end] is about (None when nobody is named)."""
        if not self.people:
            return None
        inside = [p for s, e, p in self.all_mentions if start <= s and e <= end]
        if kind == "family":
            for person in inside:
                if person.is_relative:
                    return person.of if person.of is not None else None
        unit = self.unit[start]
        said = [
            (s, e, p)
            for s, e, p in self.mentions
            if self.unit[s] == unit and e <= start and not self._with_pronoun(s, e)
        ]
        # "- fa'amoana leota, 2 kids at the same kura as tama's kids, keen to buy…": a name
        # said only as whose kids they are is not who the line is about.
        in_unit = [(s, p) for s, e, p in said if not self._owner_only(e) or e + 1 == start] or [
            (s, p) for s, _, p in said
        ]  # ("marisa's daughter is at west point": what is said of hers, right after it)
        last_at = in_unit[-1][0] if in_unit else None
        pronoun = self._pronoun(
            last_at + 1 if last_at is not None else self._unit_start(start), start
        )
        couple = self._couple(last_at, start)
        if couple is not None:
            return couple
        if pronoun is not None and in_unit and self.bulleted:
            named = in_unit[-1][1]
            if named.gender in ("", pronoun) and not named.is_relative:
                return self._principal(named, kind)  # "- Tran Minh Duc, …, his son…": his
        if pronoun is not None:
            found = self._by_gender(pronoun, start)
            if found is not None:
                return self._principal(found, kind)
        if in_unit:
            last = in_unit[-1][1]
            if last.is_relative and last.of is not None and self._they(in_unit[-1][0], start):
                return last.of  # "her husband dayo does the books, they want…": the couple's
            if last.is_relative and last.of is not None and self._after_who_clause(last, start):
                return last.of  # "engaged to her fiancé liam who is irish, looking for…": hers
            return self._principal(last, kind)
        if self.bulleted:
            header = self._bullet_header(start)
            if header is not None:
                return header
        return self._latest(start) or self._principal(self.people[0], kind)

    def named_near(self, i: int) -> bool:
        """Someone is named, or pointed to with "he"/"she", earlier in i's sentence (or on a
        line above, in a list): what stands at i can be said of them."""
        unit = self.unit[i]
        if any(self.unit[s] == unit and s < i for s, _, _ in self.mentions):
            return True
        if self._pronoun(self._unit_start(i), i) is not None:
            return True
        return self.bulleted and self._bullet_header(i) is not None

    def _principal(self, person: Person, kind: str | None) -> Person:
        """A family fact said next to a relative belongs to the person whose family it is, and
        so does work, a need or an offer said next to a newborn."""
        if person.of is None or not person.is_relative:
            return person
        if kind == "family" or (person.newborn and kind in _NOT_A_BABYS):
            return person.of
        return person

    def _unit_start(self, i: int) -> int:
        unit = self.unit[i]
        while i > 0 and self.unit[i - 1] == unit:
            i -= 1
        return i

    def _couple(self, last_at: int | None, start: int) -> Person | None:
        """ "his wife priya does the books and she's overwhelmed, they want to open a third
        location": a "they" said last, after a relative, is the couple's plan, kept on the
        person whose relative they are."""
        lo = last_at if last_at is not None else self._unit_start(start)
        they = [i for i in range(lo, start) if self.doc[i].lower_ in _COUPLE]
        if not they or any(PRONOUN_GENDERS.get(t.lower_) for t in self.doc[they[-1] : start]):
            return None
        # who was last spoken of before the "they": named, or a "she" pointing back to them
        named = [(s, p) for s, e, p in self.mentions if s < they[-1]]
        if not named:
            return None
        last_at, last = named[-1]
        pronoun = self._pronoun(last_at + 1, they[-1])
        if pronoun is not None:
            last = self._by_gender(pronoun, they[-1]) or last
        if not last.is_relative or (last.relation is not None and last.relation not in _SPOUSES):
            return None  # ("her brother-in-law avi … they're pre approved": his household)
        if last.of is not None:  # (named before them: "met senthil … his wife priya")
            return last.of if last.of.first < last_at else None
        return self._latest_principal(last_at)

    def _latest_principal(self, before: int) -> Person | None:
        seen = [p for s, _, p in self.mentions if s < before and not p.is_relative]
        return seen[-1] if seen else None

    def _after_who_clause(self, relative: Person, start: int) -> bool:
        """ "she got engaged to her fiancé liam who is irish, looking for a ux role": what
        follows the comma closing a "who" clause about a relative goes back to the subject."""
        said = [m for m in relative.mentions if m.end <= start]
        if not said or said[-1].start < 2:
            return False
        whose, word = self.doc[said[-1].start - 2], self.doc[said[-1].start - 1]
        if whose.lower_ not in ("her", "his", "their") or word.lower_ not in RELATIVES:
            return False  # "also met ioane's cousin fetu who…, looking for work": Fetu's
        gap = [t.lower_ for t in self.doc[said[-1].end : start]]
        return bool(gap) and gap[0] in ("who", "whos", "who's") and "," in gap

    def _they(self, lo: int, hi: int) -> bool:
        return any(t.lower_ in _THEY for t in self.doc[lo:hi])

    def _pronoun(self, lo: int, hi: int) -> str | None:
        """The gender of the "he" or "she" nearest before hi: in "she handles sales and he
        does the estimates" the estimates are his."""
        for tok in reversed(self.doc[lo:hi]):
            gender = PRONOUN_GENDERS.get(tok.lower_)
            if gender is not None:
                return gender
        return None

    def _by_gender(self, gender: str, before: int) -> Person | None:
        # "he hired a bookkeeper, yusuf's firm does his books. he wants…": a name said only
        # as an owner ("yusuf's firm") is not who a later "he" is.
        everyone = [(e, p) for s, e, p in self.mentions if s < before]
        subjects = [
            (e, p)
            for s, e, p in self.mentions
            if s < before and not self._owner_only(e) and not self._beside(s, e, p)
        ]
        for want in (gender, ""):
            for seen in (subjects, everyone):
                for prefer_principal in (True, False):
                    for _, person in reversed(seen):
                        if person.gender != want or (prefer_principal and person.is_relative):
                            continue
                        return person
        return None

    def _owner_only(self, end: int) -> bool:
        doc = self.doc
        return (
            end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") and doc[end + 1].pos_ == "NOUN"
        )

    def _with_pronoun(self, start: int, end: int) -> bool:
        """ "he and hector met": hector is named beside the one the "he" is."""
        root = self.doc[start:end].root
        return root.dep_ == "conj" and root.head.lower_ in _SUBJECT_PRONOUNS

    def _beside(self, start: int, end: int, person: Person) -> bool:
        """Named next to a "he" or "she" that is someone else of their gender ("she hired
        angela", "he and hector met"): a later "she" or "he" still means that someone."""
        if self._with_pronoun(start, end):
            return True
        tok = self.doc[start:end].root
        while tok.dep_ in ("dobj", "pobj", "dative", "prep") and tok.head is not tok:
            tok = tok.head
        if tok.pos_ not in ("VERB", "AUX") or not person.gender:
            return False
        return any(
            c.dep_ == "nsubj" and PRONOUN_GENDERS.get(c.lower_) == person.gender
            for c in tok.children
        )

    def _latest(self, before: int) -> Person | None:
        """The last one named before `before`, not a relative nor someone named beside a
        "he" or "she" that is another ("she and marco moved the date. still needs…")."""
        seen = [(s, e, p) for s, e, p in self.mentions if s < before]
        for found in (
            [p for s, e, p in seen if not p.is_relative and not self._beside(s, e, p)],
            [p for _, _, p in seen if not p.is_relative],
            [p for _, _, p in seen],
        ):
            if found:
                return found[-1]
        return None

    def _bullet_header(self, start: int) -> Person | None:
        """In a list, lines without a name are about the person named on a line above."""
        line = self.line[start]
        above = [p for s, _, p in self.mentions if self.line[s] < line and not p.is_relative]
        on_line = [p for s, _, p in self.mentions if self.line[s] == line and s < start]
        if on_line:
            return on_line[-1]
        # "- marek kowalczyk cfo …\n- intro me to his cpa, ewa nowak\n- follow up on the
        # 15th": the list is about the one whose name opens a line, not one named in passing.
        heads = [
            p
            for s, _, p in self.mentions
            if self.line[s] < line and not p.is_relative and self._opens_line(s)
        ]
        if heads:
            return heads[-1]
        return above[-1] if above else None

    def _opens_line(self, i: int) -> bool:
        k = i - 1
        while (
            k >= 0
            and self.line[k] == self.line[i]
            and (self.doc[k].text in _BULLETS or self.doc[k].is_space)
        ):
            k -= 1
        return k < 0 or self.line[k] != self.line[i]


def aside(doc: Doc, start: int, end: int) -> bool:
    """A possessive inside parentheses: "(mike's colleague)", "(Priya's husband)"."""
    if end >= len(doc) or doc[end].lower_ not in ("'s", "’s", "'"):
        return False
    opened = next((t for t in reversed(doc[max(0, start - 3) : start]) if t.text in "()"), None)
    closed = next((t for t in doc[end : end + 5] if t.text in "()"), None)
    return opened is not None and opened.text == "(" and closed is not None and closed.text == ")"


_APPOSITION = frozenset(", - – — (".split())
_KIN_WORDS = frozenset(RELATIVES) | frozenset("colleague coworker friend boss neighbor".split())


def _whose_they_are(
    doc: Doc, start: int, end: int, mentions: list[tuple[int, int, Person]]
) -> bool:
    """ "met segun, tunde's brother in law, just moved…": who Segun is to Tunde; what
    follows is Segun's, not Tunde's."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("'s", "’s"):
        return False
    if (
        doc[end + 1].lower_ not in _KIN_WORDS
        or start == 0
        or doc[start - 1].text not in _APPOSITION
    ):
        return False
    return any(start - 8 <= e < start for _, e, _ in mentions)


def _units(doc: Doc) -> list[int]:
    """A number per token: its sentence, cut at end punctuation, new lines and the parse."""
    out, unit = [], 0
    for tok in doc:
        if (
            tok.i > 0
            and (
                doc[tok.i - 1].text in _UNIT_END or "\n" in doc[tok.i - 1].text or "\n" in tok.text
            )
        ) or (tok.i > 0 and tok.is_sent_start and not doc[tok.i - 1].is_punct):
            unit += 1
        out.append(unit)
    return out


def _lines(doc: Doc) -> list[int]:
    out, line = [], 0
    for tok in doc:
        if "\n" in tok.text or (tok.i > 0 and "\n" in doc[tok.i - 1].whitespace_):
            line += 1
        out.append(line)
    return out


def _is_bulleted(doc: Doc) -> bool:
    """A list: lines that start with a bullet, a number or a label ("Work: ops lead")."""
    starts = [tok for tok in doc if tok.i == 0 or "\n" in doc[tok.i - 1].text]
    return sum(1 for t in starts if t.text in _BULLETS or t.like_num or _labels(t)) >= 2


def _labels(tok: Token) -> bool:
    return tok.is_alpha and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":"
