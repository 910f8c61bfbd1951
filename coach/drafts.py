"""Checking a message before the user sends it, and a kind word when a note shows pitching.

Relationships first: the same "shall we talk pricing?" is welcome from a trusted contact who
asked, and pushy to someone met once yesterday, so the draft is read against what Rapport knows
about the person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

import spacy
from sqlalchemy.ext.asyncio import AsyncSession

from coach.ideas import Person, hard_time, hook
from coach.intros import does, head_of, need_concepts, need_parts, serves
from coach.matching import KnownContact, called, match_contact
from coach.notes import told_apart
from coach.persons import load_people, pronoun_of
from coach.phrases import goes_by
from coach.runtime import Runtime
from coach.sentences import Detail, proper
from nlp.extract import model_path
from nlp.pitch import Assessment, PitchAssessor, Relationship, greeted_name
from nlp.pitch import calls as pitch
from storage.contacts import Contacts, name_key
from storage.drafts import Relationships
from storage.models import Contact
from storage.notes import Notes
from storage.search import FactText
from storage.users import Users

TIP_EVERY = timedelta(days=7)
_NAME_WORD = re.compile(r"[A-Z][\w'’-]+")


class EmptyDraft(ValueError):
    """There is no draft to check."""


@dataclass
class DraftCheck:
    assessment: Assessment
    draft: str = ""
    contact_name: str | None = None
    relationship: Relationship | None = None
    # "@Sam" when the user knows nobody called Sam, or several people who could be meant.
    unknown_name: str | None = None
    candidates: list[str] = field(default_factory=list)
    pronoun: str | None = None  # "he" / "she" when the notes say: the card's words use it
    goes_by: str | None = None  # the name the person goes by: said when no pronoun is known

    def said_of(self, text: str, named: bool = False) -> str:
        """The relationship's words about the person with their pronoun when the notes give
        it: "you've helped them once" -> "you've helped her once", "they haven't asked for
        it" -> "she hasn't asked for it". With no pronoun known, the first is said with the
        name they go by ("Sam hasn't asked for it"), unless the line has named them already
        (`named`); after the name, "they" and "them" read naturally and stay."""
        said = 0

        def each(found: re.Match[str]) -> str:
            nonlocal said
            said += 1
            known = self.pronoun in ("he", "she")
            if not known and (named or said > 1 or not self.goes_by):
                return found.group(0)
            they = self.pronoun if known else self.goes_by
            them = {"he": "him", "she": "her"}.get(self.pronoun or "", self.goes_by)
            if found.group("helped"):
                return f"helped {them}"
            if found.group("havent"):
                return f"{they} hasn't"
            return f"{they} asked"

        return _ABOUT_THEM.sub(each, text)


# The relationship's words about the person: said with their pronoun or name (said_of).
_ABOUT_THEM = re.compile(r"\b(?:(?P<helped>helped them)|(?P<havent>they haven't)|they asked)\b")


class DraftCoach:
    def __init__(self, runtime: Runtime) -> None:
        self.rt = runtime

    async def check_draft(
        self, user_id: int, text: str, contact_name: str | None = None
    ) -> DraftCheck:
        """Verdict, reasons and a relationship-first rewrite of a message the user means to
        send; the contact is `contact_name`, an "@Name" prefix, or someone named in the draft."""
        text = text.strip()
        async with self.rt.unit_of_work() as session:
            now = await self.rt.user_now(session, user_id)
            contacts = Contacts(session, user_id)
            known = [KnownContact(i, n, o) for i, n, o in await contacts.all_names()]
            if contact_name is None and text.startswith("@"):
                contact_name, text = _split_mention(text[1:], known)
            if not text:
                raise EmptyDraft
            found = _resolve(contact_name, text, known)
            check = DraftCheck(Assessment("relationship_first", 0), draft=text)
            names: list[str] = []
            contact = await contacts.get(found.contact_id) if found.contact_id else None
            if contact is not None and found.third_person:
                # "Congratulations to you and Emeka!" is said to his wife: the one it is
                # written to is the person he is a relative of (or his one relative).
                contact = await _spoken_to(contacts, contact) or contact
            if contact is None:
                check.unknown_name = contact_name or found.greeted
                check.candidates = [c.label for c in await told_apart(contacts, found.candidates)]
                history = None
            else:
                check.contact_name = contact.name
                check.goes_by = goes_by(contact.name, contact.aka)
                # Their names ("gary ji", "alright delroy") greet them: no memory of theirs.
                names = [contact.name, check.goes_by, *(contact.aka or [])]
                history = await _history(session, user_id, contact, now.date())
        if history is None:
            check.assessment = await self.rt.extraction.with_pipeline(pitch.assess, text)
            return check
        so_far, dated, person, org, my_work = history
        notes = [text for _, text in dated]
        # The stored pronoun can be a guess from the first name (the census reads "Wei" as a
        # woman's); when the notes about them plainly say otherwise, the card says "them".
        said = pronoun_of(None, [], notes)
        check.pronoun = person.pronoun if said in (None, person.pronoun) else None
        asked = hook_from(person, org, now, my_work, text, dated)
        check.assessment, check.relationship = await self.rt.extraction.with_pipeline(
            pitch.assess_in_context, text, so_far, notes, asked, org, names
        )
        if check.assessment.verdict != "relationship_first":
            written = _names_written(check.assessment.suggestion, check.goes_by, person)
            check.assessment = replace(check.assessment, suggestion=written)
        return check

    async def tip_for_note(self, user_id: int, note_text: str) -> str | None:
        """Which short, kind tip a note calls for when it shows pitching or hop-in/hop-out
        networking ("pitched", "cards" or "hop"), at most once a week; None otherwise (and
        nothing is recorded). The tips' words are the bot's (bot/texts.py TIPS)."""
        if not note_text.strip():
            return None
        tip = await self.rt.extraction.with_pipeline(pitch.note_tip, note_text)
        if tip is None:
            return None
        async with self.rt.unit_of_work() as session:
            user = await Users(session).get_or_create(user_id)
            now = self.rt.clock()
            if user.last_tip_at is not None and now - user.last_tip_at < TIP_EVERY:
                return None
            user.last_tip_at = now
        return tip.kind


# The greeting and the name after it: "Hi tariq", "hiya dorota,".
_GREETING = re.compile(r"^(\s*(?:hi|hello|hey|hiya|dear|morning)\s+)([a-z][\w'’-]*)", re.I)


def _names_written(rewrite: str, called: str | None, person: Person) -> str:
    """The rewrite with names written as names: the one greeted ("Hi tariq" -> "Hi Tariq")
    and the names on record for them and their family ("hope adaeze is…" -> "hope
    Adaeze is…"), as lines quoting notes are (trial 31)."""
    greeted = _GREETING.match(rewrite)
    if greeted is not None and called and greeted.group(2).casefold() == called.casefold():
        rewrite = f"{greeted.group(1)}{called}{rewrite[greeted.end() :]}"
    return proper(rewrite, person.proper_names)


@dataclass
class _Found:
    contact_id: int | None = None
    candidates: list[KnownContact] = field(default_factory=list)
    greeted: str | None = None  # the greeted name, when it names nobody known
    # The draft greets nobody and names the contact in the third person ("Congrats to Emeka
    # on the job", "you and Emeka"): it is written to someone else.
    third_person: bool = False


def _split_mention(rest: str, known: Sequence[KnownContact]) -> tuple[str | None, str]:
    """ "Sarah Chen: hi…", or the longest run of words after "@" that names a known contact."""
    head, sep, tail = rest.partition(":")
    if sep and 0 < len(head.split()) <= 4:
        return head.strip(), tail.strip()
    words = rest.split()
    for n in (5, 4, 3, 2, 1):  # "@Juan Carlos Mendoza Ruiz Hey Juan Carlos, …"
        name = " ".join(words[:n])
        if len(words) > n and _names_someone(name, known):
            return name, " ".join(words[n:])
    return (words[0], " ".join(words[1:])) if words else (None, "")


def _names_someone(name: str, known: Sequence[KnownContact]) -> bool:
    """The words are a known contact's name as people say it: whole, the first or given
    name, or the name without a middle word (as notes are matched)."""
    key = name_key(name.strip(",.!?"))
    return bool(key) and any(called(key, c.key) for c in known)


def _resolve(contact_name: str | None, text: str, known: Sequence[KnownContact]) -> _Found:
    if contact_name:
        match = match_contact(contact_name, None, known)
        return _Found(match.contact_id, match.candidates)
    # No name given: the person it greets ("Hey Bob, Sarah Kim mentioned…" is to Bob, and
    # to nobody Rapport knows if Bob is new), else the first known person it names.
    greeted = greeted_name(text)
    if greeted is not None:
        if not _names_someone(greeted, known):
            return _Found(greeted=greeted)
        match = match_contact(greeted, None, known)
        return _Found(match.contact_id, match.candidates)
    words = _NAME_WORD.findall(text)
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            name = " ".join(words[i : i + n])
            if not _names_someone(name, known):
                continue
            match = match_contact(name, None, known)
            if match.contact_id is not None or match.candidates:
                third = _in_third_person(text, name)
                return _Found(match.contact_id, match.candidates, None, third)
    return _Found()


_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|y'all)\b", re.IGNORECASE)
_SAID_OF = (
    r"(?:\b(?:to|and|tell|told|for|with|about|of|from|congrats|congratulations|thank|"
    r"thanks|hi to|hello to|love to)\s+){name}\b"
    r"|\b{name}(?:'s|’s|\s+(?:is|was|has|had|got|gets|will|starts|started|and (?:his|her)))\b"
)


def _in_third_person(text: str, name: str) -> bool:
    """Is `name` spoken of rather than to, in a draft that speaks to a "you"?"""
    if not _SECOND_PERSON.search(text):
        return False
    said_of = re.compile(_SAID_OF.format(name=re.escape(name)), re.IGNORECASE)
    return said_of.search(text) is not None


async def _spoken_to(contacts: Contacts, contact: Contact) -> Contact | None:
    """Whom a draft that speaks of `contact` in the third person is written to: the person
    they are a relative of, or their one relative on record; None when that is unclear."""
    if contact.relative_of_id is not None:
        return await contacts.get(contact.relative_of_id)
    relatives = [r for r in await contacts.relatives([contact.id]) if r.relation]
    return relatives[0] if len(relatives) == 1 else None


async def _history(
    session: AsyncSession, user_id: int, contact: Contact, today: date
) -> tuple[dict[str, Any], Sequence[tuple[datetime, str]], Person, str | None, str | None]:
    """The relationship so far, the notes (when written, and what they say), the person,
    their organisation and what the user does (/me), which decides which of their needs a
    rewrite may ask about."""
    relationships = Relationships(session, user_id)
    counts = await relationships.history(contact)
    first = contact.met_on or contact.created_at.date()
    partial = {
        "stage": contact.stage,
        "interactions": counts.notes + counts.interactions,
        "gave": counts.gave,
        "days_known": max(0, (today - first).days),
        # A meeting date or any conversation says they have met; otherwise the days count
        # from when the contact was added, and the card must not say "met 6 days ago".
        "met": contact.met_on is not None or counts.notes + counts.interactions > 0,
    }
    timeline = await Notes(session, user_id).timeline(contact.id, 20)
    notes = [(note.created_at, note.text) for note in timeline]
    person = (await load_people(session, user_id, [contact]))[contact.id]
    my_work = (await Users(session).get_or_create(user_id)).my_work
    return partial, notes, person, contact.org, my_work


def hook_from(
    person: Person,
    org: str | None = None,
    now: datetime | None = None,
    my_work: str | None = None,
    draft: str = "",
    notes: Sequence[tuple[datetime, str]] = (),
) -> str | None:
    """One question from what the user knows, for the rewrite to end on: the freshest and
    most personal detail, asked of them (coach/ideas.py), and not one the draft already
    says; else how things are at work. A question, not an offer: the rewrite must not
    promise an intro the user may not have. Only needs `askable` keeps may be asked about
    (see there), and never a plan or news a later note (`notes`: when written, and what
    they say) or the draft itself speaks of again: "interviewing at memorial hermann" is
    over once "emeka got the job at memorial hermann" is noted."""
    if hard_time(person, now):
        return hook(person, now, draft)  # gentle, whatever later notes said of the news
    kept = tuple(
        d
        for d in person.details
        if (d.kind != "need" or askable(d, now, my_work))
        and not superseded(d, notes, draft)
        and not someone_elses(d, notes)
    )
    asked = hook(replace(person, details=kept), now, draft)
    if asked is not None:
        return asked
    return f"How are things at {org}?" if org else None


# What changes: a plan or news may be overtaken by later news of the same thing.
_CHANGING = frozenset({"plan", "news", "topic", "need"})
_PLAIN = frozenset(
    "about after again also been before being could from going have into just like more "
    "over some than that their them then there they this very want wants were what when "
    "will with would your job jobs work".split()
)


def _marks(text: str) -> set[str]:
    """The words that say what a detail is about: "memori", "herman", "nurse", cut to
    their first six letters so "consolidating" and "consolidation" are one."""
    return {w[:6] for w in re.findall(r"[a-z]{4,}", text.casefold()) if w not in _PLAIN}


def superseded(detail: Detail, notes: Sequence[tuple[datetime, str]], draft: str = "") -> bool:
    """Has a later note, or the draft, spoken again of what a plan or news detail is about
    (two of its own words, such as a place's name)? Then what it says may be over, and
    asking "how is interviewing at memorial hermann going?" after the job came through
    is wrong."""
    if detail.kind not in _CHANGING:
        return False
    marks = _marks(detail.text)
    if len(marks) < 2:
        return False
    later = [draft]
    told = detail.told_at
    for when, text in notes:
        if told is None:
            continue
        if when.tzinfo is None and told.tzinfo is not None:
            when = when.replace(tzinfo=told.tzinfo)
        elif when.tzinfo is not None and told.tzinfo is None:
            told = told.replace(tzinfo=when.tzinfo)
        # The note that told it says it word for word, whatever its time stamp.
        if when > told and detail.text.casefold() not in text.casefold():
            later.append(text)
    return any(len(marks & _marks(text)) >= 2 for text in later if text)


# "hers is retiring", "his partner was let go": what the note says of someone else of theirs.
_ANOTHERS = (
    r"\b(?:hers|his|theirs|(?:her|his|their)\s+(?!own\b)[a-z]+)\s+(?:is|was|are|were|'s|’s)\s+"
)


def someone_elses(detail: Detail, notes: Sequence[tuple[datetime, str]]) -> bool:
    """Is a plan or news detail, as its note says it, about someone else of theirs ("she's
    looking for a new accountant because hers is retiring in the spring")? Asked of them, it
    turns their accountant's news into theirs: "How is retiring coming along?" (trial 18)."""
    if detail.kind not in ("plan", "news"):
        return False
    said = re.compile(_ANOTHERS + re.escape(detail.text), re.IGNORECASE)
    return any(said.search(text) for _, text in notes)


# A need noted this recently was just talked about: asking "have you found one yet?" a day
# or a week later reads as waiting to sell into it.
NEED_ASKED_AFTER = timedelta(days=10)


def askable(detail: Detail, now: datetime | None, my_work: str | None) -> bool:
    """May a rewrite of a draft that pitched ask about this need? Only when the user has
    said what they do (/me) and the need is not for it: a UX designer asking "have you found
    a UX designer yet?" is the pitch again. Without /me Rapport cannot tell, so never; and
    never about a need noted under NEED_ASKED_AFTER ago."""
    if not my_work:
        return False
    if detail.told_at is not None and now is not None:
        told = detail.told_at
        if told.tzinfo is None and now.tzinfo is not None:
            told = told.replace(tzinfo=now.tzinfo)
        elif told.tzinfo is not None and now.tzinfo is None:
            now = now.replace(tzinfo=told.tzinfo)
        if now - told < NEED_ASKED_AFTER:
            return False
    if serves(my_work, detail.text):
        return False  # "a quote for their holiday party" to a caterer (trial 25)
    mine = [FactText("work", my_work)]
    parts = need_parts(need_concepts(detail.text))
    return bool(parts) and not any(does(head_of(p), None, mine) for p in parts)


def read_drafts(model: str, drafts: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Assess each draft without any stored relationship (for `rapport check`)."""
    assessor = PitchAssessor(spacy.load(model_path(model), exclude=["ner"]))
    for text in drafts:
        if text.strip():
            yield assessor.assess(text.strip()).to_dict()
