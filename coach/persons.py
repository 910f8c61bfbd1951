"""What a coaching line may say about people (coach/ideas.py Person), read in a few
queries per user: their live facts and their relatives', the pronoun their notes use, the
detail the last nudge to them used, and whom to introduce them to for each need (needs
already met left out)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from coach.address import addressed, noted_capitals
from coach.ideas import Person, best
from coach.intros import role_of, serves
from coach.phrases import goes_by
from coach.sentences import (
    Detail,
    Helper,
    Relative,
    asked_of_user,
    introduce,
    org_said,
    repeats,
)
from nlp.people import RELATIVES
from nlp.synonyms import Concept, concepts, trade_work, words
from storage.contacts import Contacts, name_key
from storage.ledger import Ledger
from storage.models import Contact, Fact, Interaction, User
from storage.notes import Notes
from storage.nudges import Nudges

if TYPE_CHECKING:
    from coach.intros import Intros

_WORD = re.compile(r"[a-z']+")
_HE = frozenset("he him his himself he's he'd he'll".split())
_SHE = frozenset("she her hers herself she's she'd she'll".split())
# "his wife", "her son": whose family it is says who the note is about.
_STRONG = 3
# How many of the latest nudges to someone a new one does not repeat the detail of.
RECENT_NUDGES = 3


async def load_people(
    session: AsyncSession,
    user_id: int,
    contacts: Sequence[Contact],
    intros: Intros | None = None,
    *,
    full_names: bool = False,
    give: bool | Collection[int] = False,
    sent_at: datetime | None = None,
) -> dict[int, Person]:
    """contact id -> Person. `intros`: for the need a line would say, who could meet it
    (or that it is met: then the next best detail); `give`: for a give-first line, where
    needs come first (True, or the ids of the contacts it is for). `full_names`: say a name
    whole when another contact shares its first name. `sent_at`: as a nudge sent then saw
    them (what they gave since the nudge before it is thanked for)."""
    ids = [c.id for c in contacts]
    repo = Contacts(session, user_id)
    relatives = [r for r in await repo.relatives(ids) if r.relation]
    facts: dict[int, list[Fact]] = {}
    for fact in await repo.facts([*ids, *(r.id for r in relatives)]):
        facts.setdefault(fact.contact_id, []).append(fact)
    # Their notes are read only for whom the reader's pronoun, their facts and relation
    # leave unsaid.
    unsaid = [c.id for c in contacts if _pronoun(c, facts.get(c.id, []), []) is None]
    own_notes = await Notes(session, user_id).only_about(ids)
    # Notes that name others too say it where they name them: "luis, his wife carolina".
    shared_notes = await Notes(session, user_id).only_about(ids, shared=True)
    firsts = {c.id: name_key(c.name).split()[:1] for c in contacts}
    families = {c.id: name_key(c.name).split()[1:][-1:] for c in contacts}
    notes = {c: list(own_notes.get(c, [])) for c in unsaid}
    for contact_id in unsaid:
        near = [
            s
            for t in shared_notes.get(contact_id, [])
            for s in _near_name(t, firsts.get(contact_id, []))
        ]
        notes[contact_id].extend(near)
    known = {
        c
        for c in ids
        if _known_before(
            [*own_notes.get(c, []), *shared_notes.get(c, [])],
            firsts.get(c, []),
            c in own_notes,
            families.get(c, []),
        )
    }
    exchanges: dict[int, list[Interaction]] = {contact_id: [] for contact_id in ids}
    for entry in await Ledger(session, user_id).exchanges(ids):
        exchanges[entry.contact_id].append(entry)
    last, before, acted = await Nudges(session, user_id).used_details(ids, RECENT_NUDGES)
    sent = await Nudges(session, user_id).last_sent(ids, sent_at)
    shared = await _shared_first_names(repo, contacts) if full_names else set()
    user = await session.get(User, user_id)
    trade = trade_of(user.my_work if user is not None else None)
    people = {}
    for contact in contacts:
        own = facts.get(contact.id, [])
        details = [
            Detail(f.kind, f.text, f.id, f.created_at) for f in own if not _shop_talk(f, trade)
        ]
        said = [*own_notes.get(contact.id, []), *shared_notes.get(contact.id, [])]
        details = [_sent_your_way(_grandchild(d, said), said) for d in details]
        details = [d for d in details if not _kept(d, exchanges[contact.id])]
        names = [contact.name, contact.org or ""]
        for relative in relatives:
            if relative.relative_of_id != contact.id or relative.relation is None:
                continue
            names += [relative.name, relative.org or ""]
            about = Relative(
                relative.name.split()[0], relative.relation, _gender(relative.relation)
            )
            details += [
                Detail(f.kind, f.text, f.id, f.created_at, about)
                for f in facts.get(relative.id, [])
                if not _shop_talk(f, trade)
            ]
        kids = [
            Relative(r.name.split()[0], r.relation, _gender(r.relation))
            for r in relatives
            if r.relative_of_id == contact.id
            and r.relation is not None
            and r.relation.casefold() in _KIDS
        ]
        details = _childs_start(details, kids)
        person = Person(
            contact.name,
            contact.met_at,
            details,
            pronoun=_pronoun(contact, own, notes.get(contact.id, [])),
            last_used=last.get(contact.id),
            used_before=before.get(contact.id, frozenset()),
            acted_on=acted.get(contact.id, frozenset()),
            full_name=name_key(contact.name).split()[0] in shared,
            key=contact.id,
            last_spoken=contact.last_touch_at,
            proper_names=(*(n for n in names if n), *noted_capitals(said)),
            called=_called(contact, said),
            got=_to_thank(exchanges[contact.id], sent.get(contact.id), sent_at),
            known_before=contact.id in known,
            met=met_when(
                [*own_notes.get(contact.id, []), *shared_notes.get(contact.id, [])],
                firsts.get(contact.id, []),
                contact.id in own_notes,
            ),
            met_needs=frozenset(_met_by_user(own, said, user.my_work if user else None)),
            touches=len(own_notes.get(contact.id, []))
            + len(shared_notes.get(contact.id, []))
            + len(exchanges[contact.id]),
            gave=sum(e.kind == "gave" for e in exchanges[contact.id]),
            org=org_said(contact.org),
        )
        if intros is not None:
            giving = give if isinstance(give, bool) else contact.id in give
            person = await advised(
                session, user_id, contact, own, exchanges[contact.id], person, intros, giving
            )
        people[contact.id] = person
    return people


async def needs_met(
    session: AsyncSession,
    user_id: int,
    contact: Contact,
    facts: Sequence[Fact],
    intros: Intros,
) -> set[int]:
    """The ids of their needs the user has met already: by a note saying so ("gave lukas
    the number of my probate solicitor"), a /gave of what they asked for or of a helper's
    number, or an intro made. The card and /find leave these out, as the nudges do (trial
    30: the card still listed "Needs: a probate solicitor" after the number was given)."""
    said = [
        *(await Notes(session, user_id).only_about([contact.id])).get(contact.id, []),
        *(await Notes(session, user_id).only_about([contact.id], shared=True)).get(contact.id, []),
    ]
    user = await session.get(User, user_id)
    met = set(_met_by_user(facts, said, user.my_work if user is not None else None))
    exchanges = await Ledger(session, user_id).exchanges([contact.id])
    for fact in facts:
        if fact.kind != "need" or fact.id in met or fact.contact_id != contact.id:
            continue
        advice = await intros.advise(
            session, user_id, contact, fact.text, fact.created_at, facts, exchanges
        )
        if advice.met:
            met.add(fact.id)
    return met


def _called(contact: Contact, notes: Sequence[str]) -> str:
    """The name a line greets them by, with the title the notes addressed them with
    ("Pastor Femi", "Dr. Whitfield"), else the name they go by."""
    given = goes_by(contact.name, contact.aka)
    return addressed(contact.name, given, notes) or given


# Words a title qualifies a trade with, saying nothing of what it is: "commercial" in a
# commercial insurance broker, "freelance" in a freelance designer.
# "his daughter lupita had a baby girl": the baby is his daughter's, his grandchild.
_CHILD_HAD_A_BABY = re.compile(
    r"\b(?:daughter|son)(?:-in-law)?(?:\s+[a-z]+)?\s+(?:just\s+)?(?:had|welcomed)\s+"
    r"(?:a|the|her|his|their)\s+(?:new\s+)?baby(?:\s+(girl|boy))?\b",
    re.IGNORECASE,
)
_BARE_BABY = frozenset({"baby", "baby girl", "baby boy", "new baby", "newborn"})


# A start in life: what a child at school wants, not their parent who runs a business.
_STARTS = re.compile(
    r"^(?:to )?(?:go into|get into (?:uni|university|college)|study|train as|become an?|"
    r"do (?:an? )?(?:apprenticeship|degree))\b",
    re.IGNORECASE,
)
_KIDS = frozenset("daughter son child kid".split())


def _childs_start(details: list[Detail], kids: Sequence[Relative]) -> list[Detail]:
    """ "wants to go into physio", read as the parent's need when the note said it of their
    daughter at school, is the child's: never "I'd be glad to help you go into Physio" to
    the mother (trial 19). Only with one child known; a child's need is not said to the
    parent as an offer."""
    if len(kids) != 1:
        return details
    (kid,) = kids
    return [
        replace(d, relative=kid)
        if d.kind == "need" and d.relative is None and _STARTS.match(d.text.strip())
        else d
        for d in details
    ]


def _grandchild(detail: Detail, notes: Sequence[str]) -> Detail:
    """A bare "baby girl" fact, from a note that says their child had the baby, is a new
    grandchild: "Congratulate Miguel on his new granddaughter", never "the baby on the
    way" (trial 16)."""
    if detail.kind != "family" or detail.text.casefold().strip() not in _BARE_BABY:
        return detail
    for note in notes:
        found = _CHILD_HAD_A_BABY.search(note)
        if found is not None:
            sex = (found.group(1) or "").casefold()
            child = {"girl": "granddaughter", "boy": "grandson"}.get(sex, "grandchild")
            return replace(detail, text=f"new {child}")
    return detail


# "got a client": read alone it is news to congratulate; in a note that says the client
# is sent the user's way, it is a referral to thank (trial 29: "congratulate him on the new
# client" to a referral partner).
_GOT_CLIENT = re.compile(
    r"^(?:has |have )?got (?:a |an |another )?(?:new )?(client|customer|lead|buyer|referral)s?$",
    re.IGNORECASE,
)
_YOUR_WAY = re.compile(
    r"\b(?:send(?:s|ing)?|sent|pass(?:es|ing|ed)?|refer(?:s|ring|red)?|point(?:s|ing|ed)?)\s+"
    r"(?:(?:him|her|them|it|\w+)\s+)?(?:my way|over to me|to me|on to me)\b",
    re.IGNORECASE,
)
# "a client (mr o'brien)": the client's name, said in brackets after them
_CLIENT_NAMED = re.compile(
    r"\b(?:client|customer|lead|buyer|referral)s?\s*\(((?:mrs?|ms|miss|dr)\.?\s+)?([\w'’-]+)\)",
    re.IGNORECASE,
)


def _sent_your_way(detail: Detail, notes: Sequence[str]) -> Detail:
    """Their "got a client", from a note that says they are sending the client the user's
    way: an offer to thank ("thank him for offering to send Mr O'Brien your way"), never a
    new client to congratulate them on."""
    found = _GOT_CLIENT.match(detail.text.strip())
    if detail.kind not in ("plan", "topic", "work") or found is None:
        return detail
    for note in notes:
        if detail.text.casefold() not in note.casefold() or not _YOUR_WAY.search(note):
            continue
        named = _CLIENT_NAMED.search(note)
        if named is None:
            client = f"the {found.group(1).casefold()}"
        else:
            title = (named.group(1) or "").strip().rstrip(".").capitalize()
            client = " ".join(w for w in (title, named.group(2).title()) if w)
        return replace(detail, kind="offer", text=f"send {client} my way")
    return detail


_OFFER_WORDS = frozenset("send give share forward intro introduce refer me you a an the".split())


def _kept(detail: Detail, exchanges: Sequence[Interaction]) -> bool:
    """An offer they have since made good: "send me two leads", then "sam sent the two
    leads!" is thanked as done, never "thank him for offering to send you two leads"
    again (trial 16)."""
    if detail.kind != "offer" or detail.told_at is None:
        return False
    offered = set(_WORD.findall(detail.text.casefold())) - _OFFER_WORDS
    for entry in exchanges:
        if entry.kind != "got" or _naive(entry.created_at) < _naive(detail.told_at):
            continue
        if offered and offered <= set(_WORD.findall(entry.summary.casefold())):
            return True
    return False


_TRADE_MODIFIERS = frozenset(
    "commercial residential independent freelance senior junior licensed certified local "
    "small business personal professional".split()
)
# What talk about a trade sounds like, beyond its name: a broker asking "how is the
# policy renewal going?" is sizing up a prospect as much as "who is your broker?".
_TRADE_TALK = {
    "insurance": "policy policies coverage premium premiums renewal renewals claim claims",
    "broker": "policy policies coverage premium premiums renewal renewals",
    "mortgage": "refinance refinancing rate rates loan loans",
    "lender": "loan loans financing refinance",
    "realtor": "listing listings",
    "accountant": "taxes tax books bookkeeping audit",
    "cpa": "taxes tax books bookkeeping audit",
}


def trade_of(my_work: str | None) -> list[Concept]:
    """What the user sells (/me), as words to find in a detail: the title's own words
    ("insurance", "broker"), their synonyms, what talk about that trade sounds like, and
    the work clients ask it for ("radiators" to a plumber); nothing when /me names no
    title nor trade."""
    if not my_work:
        return []
    role = role_of(my_work)
    said = [w for w in words(role or "") if w not in _TRADE_MODIFIERS]
    extra = [t for w in said for t in _TRADE_TALK.get(w, "").split()]
    # the work clients ask the trade for: "old radiators all through the building" is a
    # plumber's prospect, never small talk to ask about (trial 26)
    work = [w for w in trade_work(my_work) if len(words(w)) == 1]
    return concepts([*said, *extra, *work]) if said or work else []


# Details said as small talk: work, offers and needs have their own rules (a need the
# user meets themselves is theirs to offer, coach/intros.py).
_TALKED_ABOUT = frozenset("topic plan news interest family".split())


def _shop_talk(fact: Fact, trade: Sequence[Concept]) -> bool:
    """A detail about the user's own trade ("their current broker", "putting their
    insurance out to bid" to an insurance broker): never small talk, since asking about it
    probes a prospect (trial 10)."""
    return fact.kind in _TALKED_ABOUT and any(c.best(fact.text) > 0 for c in trade)


async def advised(
    session: AsyncSession,
    user_id: int,
    contact: Contact,
    facts: Sequence[Fact],
    exchanges: Sequence[Interaction],
    person: Person,
    intros: Intros,
    give: bool,
) -> Person:
    """The person with the advice on the need a line would say: whom to introduce them to,
    or, when it is met already, the next best detail. Only that need is looked up: the
    search runs for a need that would be said, not for every need of everyone."""
    helpers: dict[int, Helper | None] = dict(person.helpers)
    met = set(person.met_needs)
    yours = set(person.yours)
    by_id = {f.id: f for f in facts}
    user = await session.get(User, user_id)
    my_work = user.my_work if user is not None else None
    for fact in facts:
        if fact.kind != "need" or fact.id in yours or fact.id in helpers or fact.id in met:
            continue
        if introduce(person.who, fact.text, None) is None and serves(my_work, fact.text):
            # "someone to look over his year-end books" reads as no intro, so picks()
            # would drop it; to a bookkeeper it is theirs to offer, never a generic "give
            # him something first" (trial 20)
            yours.add(fact.id)
    # As a nudge sees them (not the detail the last one used), and as /balance does.
    views = {(person.last_used, person.used_before), (None, frozenset[int]())}
    for last_used, used_before in views:
        while True:
            seen = replace(
                person,
                helpers=helpers,
                met_needs=frozenset(met),
                yours=frozenset(yours),
                last_used=last_used,
                used_before=used_before,
            )
            pick = best(seen, give=give)
            need = by_id.get(pick.detail.fact_id) if pick and pick.detail.fact_id else None
            if need is None or need.kind != "need" or need.id in helpers or need.id in yours:
                break
            advice = await intros.advise(
                session, user_id, contact, need.text, need.created_at, facts, exchanges
            )
            if advice.met:
                met.add(need.id)
                continue
            if advice.yours:
                # the user's own work: theirs to offer ("let her know you'd be glad to help
                # her buy a rental property"), never an intro or an eye kept out (trial 11)
                yours.add(need.id)
                continue
            helpers[need.id] = advice.suggestions[0].helper if advice.suggestions else None
    return replace(person, helpers=helpers, met_needs=frozenset(met), yours=frozenset(yours))


def _to_thank(
    exchanges: Sequence[Interaction], last_sent: datetime | None, until: datetime | None
) -> str | None:
    """What they gave the user that no nudge since has had the chance to thank them for:
    the latest get after the last nudge sent about them (a thank-you is said once)."""
    gets = [
        e
        for e in exchanges
        if e.kind == "got" and (until is None or _naive(e.created_at) <= _naive(until))
    ]
    if not gets:
        return None
    latest = gets[-1]
    if last_sent is not None and _naive(latest.created_at) <= _naive(last_sent):
        return None
    return latest.summary


def _naive(at: datetime) -> datetime:
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo is not None else at


# "met carla years ago", "haven't seen him in years": met, but not lately.
_LONG_AGO = re.compile(
    r"\bmet (?:[\w'-]+ ){0,5}?(?:(?:years|ages|months|decades|long) ago|a while (?:ago|back)|"
    r"back in\b|in (?:19|20)\d\d\b|last year\b)"
    r"|\bhaven'?t seen (?:him|her|them) (?:in|for) (?:years|ages|a while|months|forever)\b"
)
# "emailed with priya, haven't met yet", "on linkedin": in touch, never met in person.
_REMOTE = re.compile(
    r"\b(?:haven'?t|have not|never|not) (?:yet )?met\b|\bnot met (?:yet|in person)\b|"
    r"\byet to meet\b|\bemailed\b|\be-?mails? (?:with|from)\b|\b(?:over|by|via) email\b|"
    r"\bon linkedin\b|\btexted\b|\bover text\b|\bdm'?d\b"
)


def met_when(texts: Sequence[str], first: Sequence[str], own: bool) -> str:
    """How the notes say the user knows them: "now" (met, lately), "long_ago" (met years
    ago) or "remote" (emailed, never met in person): only "now" is "good to meet"."""
    if _near(texts, first, own, _LONG_AGO):
        return "long_ago"
    if _near(texts, first, own, _REMOTE):
        return "remote"
    return "now"


# "my accountant", "my mum's friend", "auntie", "old friend", "known him for years": a
# relationship older than the note, so no "good to meet".
_KNOWN = re.compile(
    # (not "a lunch and learn for my clients": the user's clients, not them)
    r"(?<!\bfor )(?<!\bto )(?<!\bwith )\bmy (?:\w+'s )?"
    r"(?:accountant|broker|client|customer|friend|dentist|doctor|gp|lawyer|"
    r"solicitor|neighbou?r|landlord|mechanic|plumber|physio|banker|adviser|advisor|boss|"
    r"colleague|mentor|patient|tenant|barber|hairdresser|trainer|coach|agent)s?\b"
    r"|\b(?:auntie|aunty|old friend|family friend|childhood friend|longtime|long-time)\b"
    r"|\bknown (?:him|her|them) (?:for|since)\b"
    # "ran into rashid al-amin again": met before, so not "good to meet" (trial 7)
    r"|\b(?:ran|run|bumped|bump) into (?:[\w'-]+ ){1,3}again\b"
    r"|\b(?:catch|caught|catching) up (?:with\b|w/|w\b)"
    # "church friend", "old flatmate from uni": known from before the note (trial 22)
    r"|\b(?:church|school|uni|college|gym|work|club|old|good|close|best) (?:friend|mate|buddy)s?\b"
    r"|\bfriend from (?:church|school|uni|college|work|the gym)\b"
    r"|\b(?:flat|room|house|class|school|team|work|church)mates?\b"
    # "heard from dana": she told the user, so they know each other already
    r"|\b(?:heard|hear) from\b|\breconnect(?:ed|ing)? with\b"
    # "saw obinna at church", "dinner at his place": someone the user already knows, in
    # their life outside work (trial 15)
    r"|\b(?:saw|see|seen|sees) (?:[\w'-]+ ){0,3}(?:at|after) (?:church|mass|mosque|the mosque|"
    r"temple|synagogue|service)\b"
    r"|\b(?:dinner|lunch|brunch|supper|drinks|bbq|barbecue|cookout) at (?:his|her|their) "
    r"(?:home|house|place)\b"
    r"|" + _LONG_AGO.pattern
)


def _known_before(
    texts: Sequence[str], first: Sequence[str], own: bool, family: Sequence[str] = ()
) -> bool:
    """A note calls them by a relationship older than meeting: within a few words of their
    name (anywhere in a note only about them); or the user was a guest at their family's
    home ("dinner at the hassans", trial 15)."""
    if family and len(family[0]) > 1:
        home = re.compile(
            rf"\b(?:dinner|lunch|brunch|supper|drinks|bbq|barbecue|cookout|party) (?:at|with) "
            rf"the {re.escape(family[0])}(?:s|es|s')?(?![\w'])"
        )
        if any(home.search(t.casefold().replace("’", "'")) for t in texts):
            return True
    return _near(texts, first, own, _KNOWN)


def _near(texts: Sequence[str], first: Sequence[str], own: bool, said: re.Pattern[str]) -> bool:
    """`said` within a few words of their name, or anywhere in a note only about them."""
    for text in texts:
        lowered = text.casefold().replace("’", "'")
        for sentence in _SENTENCE.split(lowered):
            words = sentence.split()
            for at, word in enumerate(words):
                near = " ".join(words[max(0, at - 5) : at + 9])
                if first and _WORD.findall(word)[:1] == list(first[:1]) and said.search(near):
                    return True
        if own and said.search(lowered):
            return True
    return False


_SENTENCE = re.compile(r"[.!?;\n]+")


def _near_name(text: str, first: Sequence[str]) -> list[str]:
    """The words of a note from their first name to the end of its sentence, up to the next
    comma-free name: what "he"/"his wife" there points back to."""
    if not first:
        return []
    out = []
    for sentence in _SENTENCE.split(text.casefold()):
        words = _WORD.findall(sentence)
        if first[0] in words:
            out.append(" ".join(words[words.index(first[0]) + 1 :][:8]))
    return out


# The user doing it themselves: "Thi asked me to show her figma prototyping, we do it
# saturday", "I'll send him my deck template".
_USER_DOES = re.compile(
    r"\b(?:asked me to|me to show|i'll|i will|i can|i could|i offered|we'll|we do|"
    r"we're doing)\b"
)
# The user saying they will hand something over: "said I'd send her the template".
_USER_WILL = re.compile(
    r"\b(?:i'll|i will|we'll|i'd|i'm going to|i am going to|i'm gonna|i promised)\b"
)
# What the user said they would hand over: "I'll send him the leaflet", "said I'd email her
# my checklist".
_HANDED = frozenset("send email forward give drop bring lend share post pass".split())
_THING_ENDS = frozenset(
    "on for about with to from in of at by before after next this tomorrow".split()
)


def _met_by_user(
    facts: Sequence[Fact], notes: Sequence[str], my_work: str | None = None
) -> list[int]:
    """Needs a note says the user is meeting themselves: asking "how are the plans to
    learn figma going?" on the day of the session, or suggesting someone else, reads as
    a pitch or as not listening (trial 8). A thing the user said they would send is one
    too: never "Send Seun the leaflet, and … keep an eye out for a leaflet" (trial 20);
    so is one they sent ("emailed rosa the quote"), and a need of their own trade's once
    they sent their menu or quote for it (trial 25: "have you found a quote yet?")."""
    sentences = [s for text in notes for s in _SENTENCE.split(text.casefold().replace("’", "'"))]
    doing = [s for s in sentences if _USER_DOES.search(s)]
    sending = [s for s in sentences if _USER_WILL.search(s)]
    # what was handed over ends at a comma: "gave a talk on pensions, he needs a solicitor"
    # hands over no solicitor
    sent = [
        _WORD.findall(s[m.end() :].split(",")[0])[:8]
        for s in sentences
        for m in _USER_SENT.finditer(s)
    ]
    return [
        f.id
        for f in facts
        if f.kind == "need"
        and (
            # "asked me to price replacing them" names a price still to send, not one met
            (asked_of_user(f.text) is None and any(repeats(s, f.text) for s in doing))
            or any(_sends(s, f.text) for s in sending)
            or any(_sent(thing, f.text, my_work) for thing in sent)
        )
    ]


# The user having handed something over, said in a note without "I": "emailed rosa the
# quote", "sent olumide the wedding menu + tasting dates", "gave lukas the number of my
# probate solicitor" (the thing's last words name what the need asks for).
_USER_SENT = re.compile(
    r"(?:^|,|\band\b)\s*(?:(?:i|we|just|finally|already|also)\s+)*(?:sent|emailed|e-mailed|"
    r"mailed|texted|forwarded|dropped off|delivered|submitted|gave|passed on|shared)\b"
)
# What a trade sends to win the work it asked for: its quote, its menu, its proposal.
_SALES = frozenset(
    "quote quotes quotation estimate proposal menu menus brochure pricing prices packages "
    "package tasting".split()
)


def _sent(thing: Sequence[str], need: str, my_work: str | None) -> bool:
    """The words sent name the need's head ("the quote" for "a quote for their party"), or,
    for a need the user's trade meets, its own sales material ("our wedding menu" for "a
    white wedding package")."""
    words = _WORD.findall(need.casefold())
    head = next((at for at, w in enumerate(words) if w in _THING_ENDS), len(words))
    if head and words[head - 1] in thing:
        return True
    return bool(_SALES & set(thing)) and serves(my_work, need)


def _sends(sentence: str, need: str) -> bool:
    """The sentence has the user handing over the thing the need asks for: its head noun
    ("a leaflet on warm-ups for the kids" -> leaflet) after a verb of sending."""
    words = _WORD.findall(need.casefold())
    head = next((at for at, w in enumerate(words) if w in _THING_ENDS), len(words))
    thing = words[head - 1] if head else None
    said = _WORD.findall(sentence)
    sent = [at for at, w in enumerate(said) if w.removesuffix("ing") in _HANDED]
    return thing is not None and any(thing in said[at + 1 : at + 6] for at in sent)


def _gender(relation: str) -> str:
    return RELATIVES.get(relation.casefold(), ("", ""))[1]


def _pronoun(contact: Contact, facts: Sequence[Fact], notes: Iterable[str]) -> str | None:
    """The pronoun the reader stored for them from a note ("his daughter layla"), else
    what their relation, facts and notes say. The stored one comes first: it is the one
    every line about them (nudge, /nudges, draft, /balance, review) must agree on, and a
    later note that only says "they" must not undo it (trial 7: "ask them how Layla is
    doing" of Omar). "they" is stored only when a note says it ("jordan is they/them")."""
    stored = contact.pronoun if contact.pronoun in ("he", "she", "they") else None
    return stored or pronoun_of(contact.relation, [f.text for f in facts], notes)


def pronoun_of(relation: str | None, facts: Iterable[str], notes: Iterable[str]) -> str | None:
    """ "he" or "she" as the notes about them say it, or None when they don't say (or
    disagree). A relative's own relation ("wife") says it too."""
    if relation:
        gender = _gender(relation)
        if gender:
            return "he" if gender == "m" else "she"
    he = she = 0
    for text in [*facts, *notes]:
        said = _WORD.findall(text.casefold().replace("’", "'"))
        for at, word in enumerate(said):
            weight = _STRONG if at + 1 < len(said) and said[at + 1] in RELATIVES else 1
            if word in _HE:
                he += weight
            elif word in _SHE:
                she += weight
    if he > 2 * she:
        return "he"
    if she > 2 * he:
        return "she"
    return None


async def _shared_first_names(repo: Contacts, contacts: Sequence[Contact]) -> set[str]:
    """The first names among these contacts that another contact of the user has too."""
    shared = set()
    for first in {name_key(c.name).split()[0] for c in contacts if name_key(c.name)}:
        if len(await repo.named(first)) > 1:
            shared.add(first)
    return shared
