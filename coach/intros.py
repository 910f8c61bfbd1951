"""Needs meet offers: when someone needs something, who the user knows that can help, and a
double-opt-in intro draft (ask each side first; connect only when both say yes)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from coach.matching import KnownContact, match_contact
from coach.phrases import Shape, clean, goes_by, read, verb_form
from coach.search import INTRO_WEIGHTS, Query, Ranked, Search, Weights, relevance
from coach.sentences import (
    Helper,
    a_or_an,
    asked_of_user,
    doing,
    looking_for,
    org_said,
    proper,
    strip_intro,
    title,
    wants,
)
from coach.views import IntroSuggestion
from nlp.synonyms import (
    DEALT_IN,
    SPECIALISMS,
    Concept,
    concepts,
    is_known,
    means_else,
    other_trade,
    own_trade_need,
    phrases_with,
    says_phrase,
    trade_concept,
    trade_work,
    trades_for,
    words,
)
from storage.contacts import Contacts
from storage.ledger import Ledger
from storage.models import Contact, Fact, Interaction, User
from storage.notes import Notes
from storage.search import FactText, SearchCandidate

# Words around a need that say nothing about what is needed.
NEED_FILLER = frozenset(
    (
        "intro introduction introductions to a an the good great reliable trusted new someone "
        "somebody who for referral referrals recommendation recommendations help with find "
        "finding looking some more solid local decent her his their my our me them us it "
        "does do handle handles two three four five several other others"
    ).split()
)
# Where a need's head ends: "a CPA | for his restaurant", "a lender | for a refinance".
NEED_JOINERS = frozenset("for to with who that which so because on in at about".split())
# Words in a give that say an intro was made.
INTRO_WORDS = ("intro", "introduc", "referr", "referral", "connect")
# A note that the user handed someone over for a need: an intro made, or a helper's number
# or details passed on ("intro'd bhavna to harjit", "gave him siobhan's number"). Said in
# the past, so that "wants an intro to a builder" is never read as one made.
HANDED_OVER = re.compile(
    r"\b(?:intro['’]?d|introduced|put\s+(?:\w+\s+){1,3}in\s+touch|"
    r"(?:gave|passed|sent|forwarded|texted|shared|messaged)\b[^.;!?]{0,40}?"
    r"\b(?:number|details|contact|email|card)s?)\b",
    re.IGNORECASE,
)
# The same in a logged give (/gave Tomasz Siobhan's number for the probate).
GIVEN_OVER = re.compile(r"\b(?:intro\w*|introduc\w*|referr\w*|number|details|contact)\b", re.I)
# A later note that the need is met: "hired a bookkeeper", "found a lender".
MET_VERBS = frozenset("found hired got signed chose picked landed booked went".split())
MIN_RELEVANCE = 2.0
SUGGESTIONS_PER_NEED = 2


@dataclass(frozen=True)
class IntroDraft:
    first: str  # the name of the person asked first
    first_message: str
    second: str
    second_message: str


@dataclass(frozen=True)
class NoReason:
    """No need of one that the other's work or offer meets: no intro is drafted, as one
    with no reason ("I thought of you") asks both for their time for nothing."""

    first: str
    second: str


@dataclass
class Advice:
    """For one need: whether it is met already, and whom the user could introduce."""

    met: bool = False
    suggestions: list[IntroSuggestion] = field(default_factory=list)
    # The user does this work themselves (/me): theirs to offer, not an intro to pass on.
    yours: bool = False


def need_terms(need: str) -> list[str]:
    """What a need asks for, by its head: "a CPA for his restaurant" -> ["cpa"]; "a
    commercial lender for an equipment loan" -> ["commercial", "lender"]; "help with their
    instagram" -> ["instagram"]; "refinance her building" -> ["refinance"]."""
    # "people in finance", "someone from tech": the field is what is asked for
    need = _PEOPLE_IN.sub(r"\2 \1", need)
    phrase = read(strip_intro(need))
    said = list(phrase.words) if phrase.shape is not Shape.NONE else list(clean(need))
    if phrase.shape is Shape.DO and phrase.verb is not None:
        verb = words(phrase.verb.base)
        if verb and len(concepts(verb)[0].alternatives) > 1:
            return verb  # the verb means something: "refinance" is a lender's work
        said = list(phrase.rest)
    terms = words(" ".join(said))
    if terms and len(terms) > 1:
        found = verb_form(terms[0])
        if (
            found is not None
            and found[1] == "base"
            and len(concepts(terms[:1])[0].alternatives) == 1
        ):
            terms = terms[1:]  # "talk about his umbrella policy": what about
    head: list[str] = []
    for at, term in enumerate(terms):
        if term in NEED_JOINERS:
            if head:
                break
            continue
        if term not in NEED_FILLER:
            head.append(term)
        elif head and at + 1 < len(terms) and terms[at + 1] in NEED_JOINERS:
            break
    return [t for at, t in enumerate(head) if not _done_to(head, at)]


# "his books done", "some flyers done": said of what is needed, never a participle form.
DONE_WORDS = frozenset("done redone".split())


def _done_to(head: Sequence[str], at: int) -> bool:
    """The word at `at` says what is to be done to the thing before it ("some flyers done",
    "a logo made", "the books sorted"): the thing is what is needed, and whoever does it."""
    if at == 0 or head[at - 1] in ("and", "or", "&"):
        return False
    if at + 1 < len(head) and head[at + 1] not in ("and", "or", "&"):
        return False
    found = verb_form(head[at])
    return head[at] in DONE_WORDS or (found is not None and found[1] == "past")


_PEOPLE_IN = re.compile(
    r"\b(people|someone|somebody|folks|contacts)\s+(?:in|from)\s+(?!(?:the|a|an|my|our|his|her|their)\b)(\w+)",
    re.IGNORECASE,
)


def need_concepts(need: str) -> list[Concept]:
    return concepts(need_terms(need))


# Head nouns that say what kind of thing, not what: "a cleaning company" is not any company.
GENERIC_HEADS = frozenset(
    "company companies business businesses firm firms service services help person people "
    "someone somebody place places space spaces agency shop provider".split()
)


def need_parts(wanted: Sequence[Concept]) -> list[list[Concept]]:
    """ "a caterer and a venue": each thing on its own; a part only of generic words
    ("someone") is left out."""
    parts: list[list[Concept]] = [[]]
    for concept in wanted:
        if concept.text in ("and", "or", "&"):
            parts.append([])
        else:
            parts[-1].append(concept)
    return [p for p in parts if any(c.text not in GENERIC_HEADS for c in p)]


def head_tries(part: Sequence[Concept]) -> list[list[Concept]]:
    """Everything asked for, else the head noun ("pediatric dentist" -> any dentist); a
    generic head ("a commercial cleaning company") is not matched alone: its last real
    word is ("cleaning")."""
    tries = [list(part)]
    real = [c for c in part if c.text not in GENERIC_HEADS]
    if len(part) > 1 and real and real[-1:] != tries[0]:
        tries.append(real[-1:])
    return tries


def need_tries(part: Sequence[Concept]) -> list[tuple[list[Concept], list[Concept]]]:
    """What to look for, in turn, each with the need it is judged against: everything
    asked for; then the trades whose work it is ("a receptionist" is a recruiter's to find,
    "property managers" a letting agency's, trial 31), judged as that trade; then the head
    noun alone."""
    tries = head_tries(part)
    out = [(tries[0], list(part))]
    head = head_of(part)
    # an accountant's work is no bookkeeper's, though one trade's row holds both
    lesser = _LESSER.get(head.text, ()) if head is not None else ()
    seen: set[str] = set()
    for trade in trades_for(" ".join(c.text for c in part if c.text not in GENERIC_HEADS)):
        seen.add(trade[0])
        concept = trade_concept([t for t in trade if t not in lesser])
        out.append(([concept], [concept]))
    for trade in trades_for(head.text) if head is not None and len(part) > 1 else ():
        if trade[0] not in seen:
            # the rest of the need still asked of the trade: "an estate lawyer" is no real
            # estate lawyer, whoever's work says "lawyer"
            seen.add(trade[0])
            concept = trade_concept([t for t in trade if t not in lesser])
            instead = [concept if c is head else c for c in part]
            out.append((instead, instead))
    return out + [(tried, list(part)) for tried in tries[1:]]


# What someone does or offers: where a need's head noun must be found for them to fit it.
DOING_KINDS = ("work", "offer")


def head_of(tried: Sequence[Concept]) -> Concept | None:
    """The word a try hangs on: "kitchen staff" -> staff; "commercial lender" -> lender."""
    real = [c for c in tried if c.text not in GENERIC_HEADS]
    return real[-1] if real else None


def does(
    head: Concept | None,
    org: str | None,
    facts: Sequence[FactText | Fact],
    part: Sequence[Concept] = (),
) -> bool:
    """The head noun (or a synonym) names what they do or offer. Their organisation's name
    counts only when nothing they do is noted: a DJ at "Ember Kitchen" is no kitchen hand,
    but "Gomez CPA" says what its owner does when nothing else does. `part`: all the need
    says; work whose qualifier means something else ("real estate lawyer" for "an estate
    lawyer") does not fit it."""
    if head is None:
        return False
    doing = [
        (f.kind, _without_workplace(f.text))
        for f in facts
        if f.kind in DOING_KINDS and not _THE_BUSINESS.search(f.text)
    ]
    if doing:
        if any(
            _names(head, text)
            and _provides(head, kind, text)
            and not _clashes(part, text)
            and not _other_kind(part, head, text)
            for kind, text in doing
        ):
            return True
        return _firm_does(head, org, doing, part)
    return org is not None and head.best(org) > 0


def _firm_does(
    head: Concept, org: str | None, doing: Sequence[tuple[str, str]], part: Sequence[Concept]
) -> bool:
    """Their firm's name says the trade and their work says the kind asked for: a partner
    at "Okafor & Bello Law" who "does land use and zoning" is a land use attorney. Every
    word of the need besides its head must be in one thing they do; a need with no such
    words ("a lawyer") is not met by the firm's name alone."""
    if org is None or not _names(head, org):
        return False
    kinds = [c for c in part if c is not head and c.text not in GENERIC_HEADS]
    if not kinds:
        # "Nair Solicitors", who "does wills and probate": the firm's trade, and work of
        # that trade is theirs; a receptionist there is no solicitor (trial 31)
        trade = trade_work(head.text)
        return any(any(says_phrase(n, words(text)) for n in trade) for _, text in doing)
    return any(
        all(c.best(text) > 0 for c in kinds) and not _clashes(part, text) for _, text in doing
    )


# A need for these is not met by work that names only the lesser trade: an accountant
# for someone's consulting is no bookkeeper's job (trial 12).
_LESSER = {
    "accountant": ("bookkeeper", "bookkeeping"),
    "accountants": ("bookkeeper", "bookkeeping"),
    "accounting": ("bookkeeper", "bookkeeping"),
    "cpa": ("bookkeeper", "bookkeeping"),
    "finance": ("bookkeeper", "bookkeeping"),
}


def _names(head: Concept, text: str) -> bool:
    """The head, or a synonym not of a lesser trade, is found in the text."""
    lesser = _LESSER.get(head.text, ())
    found = [
        a
        for a in head.alternatives
        if a.phrase not in lesser
        and any(not means_else(head.text, m.group(0)) for m in a.pattern.finditer(text))
    ]
    if found and all(a.phrase in DEALT_IN for a in found):
        # only "home" or "property": the realtor's, unless another trade deals in it here
        # ("insurance agent, home auto life": no realtor, trial 15)
        return not other_trade(head.text, text)
    return bool(found)


def _clashes(part: Sequence[Concept], text: str) -> bool:
    """A word of the need is in the text only inside a phrase that means something else:
    "estate" in "real estate lawyer", when the need said "estate lawyer"."""
    said = {w for c in part for w in c.text.split()}
    low = text.casefold()
    for concept in part:
        if " " in concept.text:
            continue
        for phrase in phrases_with(concept.text):
            if set(phrase.split()) <= said:
                continue
            inside = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
            if not inside.search(low):
                continue
            if not re.search(rf"(?<!\w){re.escape(concept.text)}(?!\w)", inside.sub(" ", low)):
                return True
    return False


def _other_kind(part: Sequence[Concept], head: Concept, text: str) -> bool:
    """A compound trade ("a business broker") met by another kind of the same head: the
    word before the head in their work is a trade or field the table knows ("insurance
    broker", "mortgage broker") that the need's own word before it does not mean (trial
    18: Yusuf's business broker was offered Harpreet, the insurance broker)."""
    at = next((n for n, c in enumerate(part) if c is head), 0)
    if at == 0:
        return False
    kind = part[at - 1]
    said = words(_without_workplace(text))
    for n, word in enumerate(said[1:], start=1):
        if head.alternatives[0].pattern.fullmatch(word) is None:
            continue
        before = said[n - 1]
        if is_known(before) and kind.best(before) == 0 and head.best(before) == 0:
            return True
        if kind.text.casefold() in SPECIALISMS and before in SPECIALISMS - {kind.text.casefold()}:
            return True  # "a qa engineer" is no data engineer
    return False


# What a loan is for says whose it is: a mortgage broker places loans on homes, not on
# trucks or ovens, which an equipment or business lender finances (trial 18).
_EQUIPMENT = re.compile(
    r"\b(?:trucks?|equipment|excavators?|machinery|machines?|ovens?|vehicles?|fleet|vans?|"
    r"trailers?|tractors?|forklifts?)\b",
    re.IGNORECASE,
)
_HOME_LENDING = re.compile(r"\bmortgage", re.IGNORECASE)
_BUSINESS_LENDING = re.compile(
    r"\b(?:equipment|commercial|business|sba|csbfl|fleet)\b", re.IGNORECASE
)


def wrong_lender(need: str, facts: Sequence[FactText | Fact]) -> bool:
    """The need is a loan for equipment and their work is home lending only."""
    if _EQUIPMENT.search(need) is None:
        return False
    doing = [f.text for f in facts if f.kind in DOING_KINDS]
    return any(_HOME_LENDING.search(t) for t in doing) and not any(
        _BUSINESS_LENDING.search(t) for t in doing
    )


# A post inside a company, not a service to others: "VP of HR" runs HR at their employer
# and is no payroll provider; "HR director" neither.
_POST_OF = re.compile(
    r"^(?:(?:senior|svp|evp|executive|associate|assistant|deputy)\s+)*"
    r"(?:vp|vice president|director|head|chief|manager)\s+(?:of|for)\b",
    re.IGNORECASE,
)
_POST_WORDS = frozenset("vp director head chief manager".split())


def _provides(head: Concept, kind: str, text: str) -> bool:
    """The work or offer is the service itself: not a post that runs it in-house ("VP of
    HR" for a payroll provider), nor an offer to introduce someone who does it ("intro me
    to his CPA": the CPA is the helper, trial 10)."""
    said = words(text)
    if kind == "offer" and any(w.startswith(INTRO_WORDS) for w in said):
        return False
    if _POST_OF.match(text.strip()):
        return False
    return not (said and said[-1] in _POST_WORDS and head.best(said[-1]) == 0)


# "owns the business": what they do is in the business's name, not in these words. Said
# with the name when it is known ("who owns Pappas Plumbing"); matched by the name too.
_THE_BUSINESS = re.compile(
    r"\bthe (business|company|firm|shop|store|practice|place)$", flags=re.IGNORECASE
)


def _without_workplace(text: str) -> str:
    """ "DJ at Ember Kitchen" -> "DJ": where someone works says nothing of what they do."""
    return re.split(r"\s+at\s+", text, maxsplit=1, flags=re.IGNORECASE)[0]


# Where a work fact's title ends: "UX designer | looking for freelance web design work".
_ROLE_ENDS = frozenset("who that which and with for at in looking seeking but".split())


def role_of(work: str) -> str | None:
    """The title a work fact starts with: "UX designer looking for freelance web design
    work" -> "UX designer"; None: no title in it."""
    role = title(work)
    if role is not None:
        return role
    said = work.replace(",", " , ").split()
    for at in range(1, len(said)):
        if said[at].casefold() in _ROLE_ENDS or said[at] == ",":
            role = title(" ".join(said[:at]))
            if role is not None:
                return role
    return None


def describe(contact: Contact, facts: Sequence[Fact], need: str | None = None) -> str | None:
    """ "a CPA at Gomez CPA", "who runs a bookkeeping firm", "from Acme"; None: nothing.
    With `need`, the work that meets it comes first: it is why the two should meet, and
    another title of theirs ("a board member") would hide it."""
    org = org_said(contact.org)
    work = [f for f in facts if f.kind == "work"]
    fitting = [f for f in work if need is not None and _meets(need, f)]
    said = _work_said(contact, fitting, org) or _work_said(contact, work, org)
    if said:
        # "who runs souter lettings": their firm's name as a name (trial 31)
        return proper(said, (contact.org,) if contact.org else ())
    if org:
        return f"from {org}"
    return None


# Owning or running the business is who someone is at work; any other title they hold
# ("board member" somewhere else) would misname them, and "at <their business>" with it.
_OWNING = frozenset("owns runs founded co-owns started manages".split())
_OWNER_TITLES = frozenset("owner co-owner founder co-founder cofounder proprietor".split())
# "owns the business Mensah Motors": the business is said by its name alone.
_THE_BUSINESS_NAMED = re.compile(
    r"\bthe (business|company|firm|shop|store|practice|place) (?=\S)", flags=re.IGNORECASE
)


def _work_said(contact: Contact, work: Sequence[Fact], org: str | None) -> str | None:
    for fact in work:
        does = doing(fact.text)
        if does and does.split()[0].casefold() in _OWNING:
            does = _THE_BUSINESS_NAMED.sub("", does)
            return f"who {_THE_BUSINESS.sub(org, does) if org else does}"
        role = role_of(fact.text)
        if org and role and role.casefold() in _OWNER_TITLES:
            return f"the {role.casefold()} of {org}"
    for fact in work:
        role = _unnamed(role_of(fact.text), contact)
        if role:
            at = f" at {org}" if org and org not in role else ""
            return f"{_article(role)}{role}{at}"
    for fact in work:
        does = doing(fact.text)
        if does:
            return f"who {_THE_BUSINESS.sub(org, does) if org else does}"
    return None


def _meets(need: str, fact: Fact) -> bool:
    """This work of theirs is what the need asks for, by its head noun (as fit() reads it)."""
    return any(
        does(head_of(tried), None, [fact], judged)
        for part in need_parts(need_concepts(need))
        for tried, judged in need_tries(part)
    )


def _unnamed(role: str | None, contact: Contact) -> str | None:
    """ "MJ architect" -> "architect": a nickname or name pasted before the job is theirs,
    not part of what they do."""
    names = {w.casefold() for n in [contact.name, *(contact.aka or [])] for w in n.split()}
    said = (role or "").split()
    while said and said[0].casefold() in names:
        said = said[1:]
    return " ".join(said) or None


def helper_of(found: Ranked) -> Helper:
    """How to name the person found for a need: their title, what they do, or where."""
    role = does = None
    for reason in found.reasons:
        if reason.startswith("work: "):
            role = role or _unnamed(role_of(reason[6:]), found.contact)
            does = does or doing(reason[6:])
    if does and found.contact.org:
        does = proper(does, (found.contact.org,))  # "who runs Souter Lettings" (trial 31)
    return Helper(found.contact.id, found.contact.name, role, None if role else does,
                  found.contact.org)  # fmt: skip


def _article(word: str) -> str:
    return a_or_an(word) + " "


def _mentions(text: str, name: str) -> bool:
    said = f" {' '.join(words(text))} "
    full = " ".join(words(name))
    return bool(full) and (f" {full} " in said or f" {full.split()[0]} " in said)


# Trades whose work is a kind of need more than a word in it: a residential agent is who
# helps "buy a rental property" or find "a 3 bedroom near good schools" (trial 11), though
# neither says "agent". (what /me says, what a need it meets says)
_TRADE_NEEDS = (
    (
        re.compile(r"\b(?:realtor|real estate|realty|estate agent|letting agent|property agent)"),
        re.compile(
            r"\b(?:houses?|homes?|condos?|townhouses?|townhomes?|apartments?|flats?|rentals?|"
            r"propert(?:y|ies)|\d+ ?(?:bed|bedroom|br)s?|(?:one|two|three|four|five)[ -]bedrooms?|"
            r"bedrooms?|place to (?:rent|live|stay|buy)|first home|realtor|real estate agent)\b"
        ),
    ),
    (
        # a mortgage adviser or broker arranges lending of every kind: "finance for a 2nd
        # cafe site" is theirs to offer (trial 22), not an intro to an accountant
        re.compile(r"\b(?:mortgage|loan officer|lender|lending|home loan|finance broker)"),
        re.compile(
            r"\b(?:mortgages?|pre-?approv\w*|refinanc\w*|(?:home |business )?loans?|"
            r"financ(?:e|ing)|lending|borrowing)\b"
        ),
    ),
)
# What a residential agent is not: a lease for a kitchen, an office, a bigger building.
_COMMERCIAL = re.compile(
    r"\b(?:commercial|office|retail|warehouse|building|kitchen|storefront|salon|restaurant|"
    r"industrial)\b"
)


# "finance for a 2nd cafe site" is money to borrow, a lender's work; "finance people" or
# "someone in finance" is the field, where an accountant works (trial 22: Jin-Woo was to
# be introduced to an accountant for his cafe finance).
_MONEY = re.compile(r"^(?:some |more )?finance(?= for\b| to\b|$)", re.IGNORECASE)


def serves(my_work: str | None, need: str) -> bool:
    """The user's own work (/me) is what the need asks for: a realtor and "buy a rental
    property", a lender and "a mortgage pre-approval". Commercial property is not a
    residential agent's, unless /me says commercial."""
    if not my_work:
        return False
    if own_trade_need(my_work, need):
        return True  # a bookkeeper and "a new accountant", "his HST filings"
    work, wanted = my_work.casefold(), need.casefold()
    for trade, needs in _TRADE_NEEDS:
        if trade.search(work) and needs.search(wanted):
            return "commercial" in work or _COMMERCIAL.search(wanted) is None
    return False


class Intros:
    def __init__(self, search: Search) -> None:
        self.search = search
        self.rt = search.rt

    async def for_need(
        self, session: AsyncSession, user_id: int, contact: Contact, need: str
    ) -> list[IntroSuggestion]:
        """People the user knows whose work, offers or notes fit `need` (not the person)."""
        return (await self.advise(session, user_id, contact, need)).suggestions

    async def advise(
        self,
        session: AsyncSession,
        user_id: int,
        contact: Contact,
        need: str,
        since: datetime | None = None,
        facts: Sequence[Fact] = (),
        exchanges: Sequence[Interaction] | None = None,
    ) -> Advice:
        """Whom to introduce `contact` to for `need` (said `since`), leaving out anyone they
        were already put in touch with; met when that intro was made, when the user gave
        them what it asks for, or when a later note says they found it (`facts`: theirs;
        `exchanges`: their gives and gets, when the caller has read them already)."""
        if asked_of_user(need) is not None:
            return Advice(yours=True)  # "a quote from me": the user's to send, no intro
        said = wants(need, goes_by(contact.name, contact.aka))
        wanted = need_concepts(need)
        if not wanted or said is None:
            return Advice()  # no need that reads as one ("take me to lunch"): no intro
        weights = Weights(INTRO_WEIGHTS)
        parts = need_parts(wanted)
        if not parts:
            return Advice()  # only "a company", "someone": nothing to match on
        user = await session.get(User, user_id)
        if user is not None and serves(user.my_work, need):
            return Advice(yours=True)
        money = _MONEY.sub("financing", need)
        if money != need:
            # money to borrow is looked for among lenders, not "finance" people
            need, parts = money, need_parts(need_concepts(money)) or parts
        mine = [FactText("work", user.my_work)] if user is not None and user.my_work else []
        # A photographer's contact who needs a photographer is the user's client to win.
        parts = [p for p in parts if not does(head_of(p), None, mine)]
        if not parts:
            return Advice(yours=True)
        everything = [c for part in parts for tried, _ in need_tries(part) for c in tried]
        # One read of everyone any word fits serves every try.
        candidates = await self.search.candidates(
            session, user_id, Query(need, everything, "any", None), [contact.id]
        )
        found: list[Ranked] = []
        contacts = Contacts(session, user_id)
        for part in parts:
            for tried, judged in need_tries(part):
                hits = await self.search.rank_found(
                    session,
                    user_id,
                    candidates,
                    Query(need, tried, "any", None),
                    weights=weights,
                    limit=8,  # some may not do what is needed (_doing)
                    min_relevance=MIN_RELEVANCE,
                )
                # Only someone the user knows: a relative who was only mentioned is not.
                hits = [r for r in hits if r.contact.relation is None]
                hits = await self._doing(contacts, hits, head_of(tried), judged, need)
                if hits:
                    found += [r for r in hits if r.contact.id not in {f.contact.id for f in found}]
                    break
        wanted = [c for c in parts[0] if c.text not in GENERIC_HEADS]
        ledger = Ledger(session, user_id)
        if exchanges is None:
            exchanges = await ledger.exchanges([contact.id])
        if _given(contact.id, exchanges, wanted, since) or _found(facts, wanted, since):
            return Advice(met=True)
        if await _handed_over(session, user_id, contact, need, parts[0], since, exchanges):
            return Advice(met=True)
        if found:
            exchanges = [*exchanges, *await ledger.exchanges([r.contact.id for r in found])]
        links = await Notes(session, user_id).linked([e.note_id for e in exchanges if e.note_id])
        drafted = await ledger.drafted_pairs([contact.id, *(r.contact.id for r in found)])
        fresh = []
        for r in found:
            if _connected(contact, r.contact, exchanges, links):
                return Advice(met=True)  # the intro this need called for was made
            if frozenset((contact.id, r.contact.id)) in drafted:
                continue  # drafted with /intro already: not suggested again
            fresh.append(r)
        if not fresh and any(contact.id in pair for pair in drafted):
            # an intro drafted for them with /intro is acting on the need: never "think of
            # someone who could help" after two roofer intros (trial 11)
            return Advice(met=True)
        return Advice(
            suggestions=[
                IntroSuggestion(
                    need_id=contact.id,
                    need_name=contact.name,
                    need=need,
                    match_id=r.contact.id,
                    match_name=r.contact.name,
                    match_org=r.contact.org,
                    why="; ".join(r.reasons[:2]),
                    wants=said,
                    helper=helper_of(r),
                    need_called=goes_by(contact.name, contact.aka),
                    match_called=goes_by(r.contact.name, r.contact.aka),
                )
                for r in fresh[:SUGGESTIONS_PER_NEED]
            ]
        )

    @staticmethod
    async def _doing(
        contacts: Contacts,
        hits: list[Ranked],
        head: Concept | None,
        part: Sequence[Concept],
        need: str = "",
    ) -> list[Ranked]:
        """The hits whose work or offers name what is needed: a word of the need found only
        in their notes, pastimes or employer is no reason to introduce them."""
        if not hits:
            return hits
        facts: dict[int, list[Fact]] = {}
        for fact in await contacts.facts([r.contact.id for r in hits]):
            facts.setdefault(fact.contact_id, []).append(fact)
        return [
            r
            for r in hits
            if does(head, r.contact.org, facts.get(r.contact.id, []), part)
            and not wrong_lender(need, facts.get(r.contact.id, []))
        ]

    async def draft(
        self, user_id: int, first_id: int, second_id: int
    ) -> IntroDraft | NoReason | None:
        """Two short messages: ask `first` (who needs something) and `second`, separately."""
        if first_id == second_id:
            return None
        async with self.rt.unit_of_work() as session:
            contacts = Contacts(session, user_id)
            first, second = await contacts.get(first_id), await contacts.get(second_id)
            if first is None or second is None:
                return None
            first_facts = await contacts.facts([first.id])
            second_facts = await contacts.facts([second.id])
            need, fits = _best_need(first_facts, second, second_facts)
            other, other_fits = _best_need(second_facts, first, first_facts)
            if fits <= 0 and other_fits <= 0:  # neither meets a need of the other's
                return NoReason(first.name, second.name)
            await Ledger(session, user_id).intro_drafted(first.id, second.id, self.rt.clock())
        # "/intro amira and priyanka": the need the other one meets, whichever side has it
        if other is not None and other_fits > fits:
            return compose(second, second_facts, first, first_facts, other)
        assert need is not None
        return compose(first, first_facts, second, second_facts, need)

    async def draft_by_names(
        self, user_id: int, text: str
    ) -> IntroDraft | NoReason | list[str] | None:
        """/intro <a> <b>: the draft; or the names that didn't resolve; None for no split."""
        async with self.rt.unit_of_work() as session:
            known = [KnownContact(*row) for row in await Contacts(session, user_id).all_names()]
        pair = split_pair(text, known)
        if isinstance(pair, list):
            return pair
        if pair is None:
            return None
        return await self.draft(user_id, pair[0], pair[1])


def _given(
    contact_id: int,
    exchanges: Sequence[Interaction],
    wanted: Sequence[Concept],
    since: datetime | None,
) -> bool:
    """The user gave them what the need asks for ("intro to my CPA") after it was said, or
    an intro for what it is about ("intro to Ngozi for her lease" meets a lease lawyer)."""
    head = wanted[-1]
    for e in exchanges:
        if e.contact_id != contact_id or e.kind != "gave":
            continue
        if since is not None and e.created_at < since:
            continue
        intro = any(w.startswith(INTRO_WORDS) for w in words(e.summary))
        if head.best(e.summary) > 0 or (intro and any(c.best(e.summary) > 0 for c in wanted)):
            return True
    return False


async def _handed_over(
    session: AsyncSession,
    user_id: int,
    contact: Contact,
    need: str,
    part: Sequence[Concept],
    since: datetime | None,
    exchanges: Sequence[Interaction],
) -> bool:
    """Since the need was said, the user put them in touch with someone for it, or gave
    them a helper's number: by a note ("intro'd bhavna to harjit for her kitchen") or by
    /gave on either of them ("/gave Harjit intro to Bhavna for her kitchen"). It is for this
    need when it names what the need is for (her kitchen), the need's head, or hands over
    someone whose work does it."""
    purpose = _purpose(need)
    head = head_of(part)
    said: list[tuple[str, set[int]]] = []  # what was said, and whom else it names
    notes = Notes(session, user_id)
    recent = [
        n for n in await notes.timeline(contact.id, 20) if since is None or n.created_at >= since
    ]
    links = await notes.linked([n.id for n in recent])
    said += [
        (n.text, links.get(n.id, set()) - {contact.id})
        for n in recent
        if HANDED_OVER.search(n.text)
    ]
    mine = [e for e in exchanges if e.contact_id == contact.id and e.kind == "gave"]
    theirs = await Ledger(session, user_id).gives_naming(goes_by(contact.name, contact.aka), since)
    said += [(e.summary, set()) for e in mine if GIVEN_OVER.search(e.summary)]
    said += [
        (e.summary, {e.contact_id})
        for e in theirs
        if e.contact_id != contact.id and GIVEN_OVER.search(e.summary)
    ]
    contacts = Contacts(session, user_id)
    for text, others in said:
        told = set(words(text))
        if purpose & told or (head is not None and head.best(text) > 0):
            return True
        for other in others:
            helper = await contacts.get(other)
            if helper is not None and does(head, helper.org, await contacts.facts([other]), part):
                return True
    return False


def _purpose(need: str) -> set[str]:
    """What a need is for, past its joiner: "a builder for their kitchen" -> {"kitchen"},
    "a solicitor for his dad's probate" -> {"probate"}; nothing when no joiner says it."""
    terms = words(need)
    if "for" not in terms:
        return set()
    after = terms[terms.index("for") + 1 :]
    return {t for t in after if t not in NEED_FILLER and t not in NEED_JOINERS and "'" not in t}


def _found(facts: Sequence[Fact], wanted: Sequence[Concept], since: datetime | None) -> bool:
    """A later note says they found it, or did what it was for: "hired a bookkeeper",
    "signed the lease" (a lease lawyer's work is done)."""
    for fact in facts:
        if fact.kind == "need" or (since is not None and fact.created_at < since):
            continue
        said = [w for w in words(fact.text) if w not in ("just", "finally", "already")]
        if said and said[0] in MET_VERBS and any(c.best(fact.text) > 0 for c in wanted):
            return True
    return False


def _connected(
    a: Contact, b: Contact, exchanges: Sequence[Interaction], links: dict[int, set[int]]
) -> bool:
    """The user already put these two in touch: a give or get with one names the other
    ("referral to Tom Alvarez"), or an intro noted with both in the note."""
    for e in exchanges:
        if e.contact_id not in (a.id, b.id):
            continue
        other = b if e.contact_id == a.id else a
        if _mentions(e.summary, other.name):
            return True
        if (
            e.note_id is not None
            and other.id in links.get(e.note_id, set())
            and any(w in e.summary.casefold() for w in INTRO_WORDS)
        ):
            return True
    return False


def fit(candidate: SearchCandidate, need: str) -> float:
    """How well someone fits a need, read as advise() reads it: each thing asked for, by
    its head noun, never by a generic one alone."""
    best = 0.0
    for part in need_parts(need_concepts(need)):
        for tried, judged in need_tries(part):
            score, _ = relevance(candidate, tried, Weights(INTRO_WEIGHTS))
            if (
                score >= MIN_RELEVANCE
                and does(head_of(tried), candidate.org, candidate.facts, judged)
                and not wrong_lender(need, candidate.facts)
            ):
                best = max(best, score)
                break
    return best


def _best_need(
    needs_of: Sequence[Fact], helper: Contact, helper_facts: Sequence[Fact]
) -> tuple[str | None, float]:
    """Their need the helper fits best, and how well (0: none fits)."""
    best, best_score = None, 0.0
    facts = [FactText(f.kind, f.text) for f in helper_facts]
    candidate = SearchCandidate(helper.id, helper.name, helper.org, helper.met_at, facts)
    for fact in needs_of:
        if fact.kind != "need":
            continue
        if looking_for(fact.text, to_them_=True) is None:
            continue
        score = fit(candidate, fact.text)
        if score > best_score or best is None:
            # the need that fits the helper best; with none that fits, still their need:
            # an intro the user chose reads better with the reason than without
            best, best_score = fact.text, score
    return best, best_score


def compose(
    first: Contact,
    first_facts: Sequence[Fact],
    second: Contact,
    second_facts: Sequence[Fact],
    need: str | None,
    fits: bool = True,
) -> IntroDraft:
    """`fits`: the second meets the need; else the need is told, but no reason invented
    ("I thought of you")."""
    a, b = goes_by(first.name, first.aka), goes_by(second.name, second.aka)
    about_b = describe(second, second_facts, need)
    about_a = describe(first, first_facts)
    b_said = _named(second.name, about_b)
    to_them = looking_for(need, to_them_=True) if need else None
    to_helper = looking_for(need, to_them_=False) if need else None
    if to_them and to_helper:
        to_first = (
            f"Hi {a}, you mentioned {to_them}. I know {b_said}. "
            "Would you be open to an intro? No pressure either way."
        )
        if about_a and about_a.startswith("who "):
            # one "who" clause: "Chidi Okafor, who runs a logistics company and is looking…"
            a_said = f"{first.name}, {about_a} and {to_helper.removeprefix('who ')}"
        else:
            a_said = f"{_named(first.name, about_a)}, {to_helper}"
        to_second = (
            f"Hi {b}, I know {a_said}. "
            f"{'I thought of you. ' if fits else ''}"
            "Would you be open to me introducing you? Happy either way; "
            "I'll only connect you if you both say yes."
        )
    else:
        to_first = f"Hi {a}, would you be open to an intro to {b_said}? No pressure either way."
        a_plain = _named(first.name, about_a)
        to_second = (
            f"Hi {b}, would you be open to an intro to {a_plain}? "
            "I'll only connect you if you both say yes. No pressure either way."
        )
    return IntroDraft(first.name, to_first, second.name, to_second)


def _named(name: str, about: str | None) -> str:
    """ "Fatima Al-Sayed, a commercial lender at Crescent Bank", "Linh Tran from Saigon
    Bites", "Chidi Okafor, who runs a logistics company"."""
    if not about:
        return name
    return f"{name} {about}" if about.startswith("from ") else f"{name}, {about}"


SEPARATORS = ("and", "&", "to", "with", "+", ",")


def split_pair(text: str, known: Sequence[KnownContact]) -> tuple[int, int] | list[str] | None:
    """'Dana and Marcus Kim', 'Dana Lee Marcus', 'dana to marcus': two known contacts."""
    tokens = [t for t in text.replace(",", " , ").split() if t]
    if len(tokens) < 2:
        return None
    splits: list[tuple[str, str]] = []
    for i, tok in enumerate(tokens):
        if tok.casefold() in SEPARATORS and 0 < i < len(tokens) - 1:
            splits.append((" ".join(tokens[:i]), " ".join(tokens[i + 1 :])))
    if not splits:
        splits = [(" ".join(tokens[:i]), " ".join(tokens[i:])) for i in range(1, len(tokens))]
    unresolved: list[str] = []
    for left, right in splits:
        a, b = match_contact(left, None, known), match_contact(right, None, known)
        if a.contact_id is not None and b.contact_id is not None:
            return a.contact_id, b.contact_id
        if len(splits) == 1:
            unresolved = [n for n, m in ((left, a), (right, b)) if m.contact_id is None]
    return unresolved or [text]
