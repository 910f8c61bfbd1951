"""A concrete, personal reason to reach out, drawn from what the user knows about someone:
the best detail for the moment, said as a sentence (coach/sentences.py).

The best detail is the freshest and most personal one: their own need or news before small
talk, never one a later note replaced (those are not loaded), not the one the last nudge
to them used, and not a need already met. Relationship first: every idea asks about them
or gives them something. None of these words ever appear: pitch, sell, close.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from coach.mishaps import MENDING, Mishap, mishap
from coach.phrases import clean, read, read_family
from coach.sentences import (
    MEETINGS,
    Detail,
    Helper,
    Talk,
    Who,
    article,
    asked_of_user,
    follow_up,
    follow_up_about,
    follow_up_to_them,
    introduce,
    looking_for,
    mutual,
    name_said,
    pronoun,
    proper,
    repeats,
    thanks,
    title,
    vague_send,
)
from coach.talk import dark, offer_help, send_something, talk, work_at, work_done
from nlp.deceased import MOURNING

# Small talk by how personal it is; their own news and needs come first of all.
_PERSONAL = {"family": 1, "interest": 1, "topic": 2, "plan": 1, "work": 3, "offer": 4}
# "How is Layla doing?": a relative with nothing happening, the weakest line of all, after
# even "how work is going" (trial 25: "ask him how his wife is doing", nothing about her).
_SMALL_TALK = 6
# Their or their family's good news comes first of all: "Congratulate Luis on baby Sofia".
_CONGRATULATE = -0.5
_RELATIVES_NEWS = 0.5
# "How is the graphic design work going?" from a title alone: only when nothing else is
# known, after an offer or a need of theirs.
_TITLE_ONLY = 5.5


@dataclass(frozen=True)
class Person:
    """Who a nudge, draft or hint is about, and what is known that could be said."""

    name: str
    met_at: str | None
    details: Sequence[Detail] = ()
    pronoun: str | None = None  # "he" / "she" from the notes; None: not known
    last_used: int | None = None  # the fact the last nudge to them was built from
    # the facts the few nudges before it used: not said again while anything else is left
    # (trial 11: the same question to Funmi on 2, 7 and 14 Dec)
    used_before: frozenset[int] = frozenset()
    # of those, the facts of nudges the user acted on (done, a draft taken): said already,
    # so /balance, which otherwise says again what the last nudge said, leaves them out
    acted_on: frozenset[int] = frozenset()
    # need fact id -> whom to introduce them to (None: looked for, nobody fits)
    helpers: Mapping[int, Helper | None] = field(default_factory=dict)
    met_needs: frozenset[int] = frozenset()  # needs already met: not suggested again
    # needs the user's own work meets (/me): theirs to offer, never an intro or an eye out
    yours: frozenset[int] = frozenset()
    full_name: bool = False  # another contact shares the first name: lines say it whole
    key: int = 0  # the contact's id: which opener a draft to them uses, the same each time
    last_spoken: datetime | None = None  # the last note or touch with them
    proper_names: tuple[str, ...] = ()  # their and their relatives' names and orgs
    called: str | None = None  # the nickname they go by, when the notes gave one
    got: str | None = None  # what they gave the user since the last nudge: thanked first
    known_before: bool = False  # "my accountant", "auntie": never "good to meet"
    # "now": met lately; "long_ago": met years ago; "remote": emailed, never met in person
    met: str = "now"
    # notes and gives about them: how much of a relationship there is; None: not counted
    touches: int | None = None
    gave: int = 0  # what the user has given them already (/gave, a give read from a note)
    org: str | None = None  # where they work, as a line says it ("Smile Dental")

    @property
    def close(self) -> bool:
        """Known well enough to ask after their family: more than one note or give, or
        known from before the notes."""
        return self.known_before or self.touches is None or self.touches > 1

    @property
    def first(self) -> str:
        return name_said(self.called or self.name.split()[0])

    @property
    def who(self) -> Who:
        said = name_said(self.name) if self.full_name else self.first
        return Who(said, pronoun(self.pronoun), self.pronoun is not None)


@dataclass(frozen=True)
class Idea:
    """A line for the user, and the fact it was built from (None: a generic line)."""

    text: str
    fact_id: int | None = None
    gives: bool = True  # False: a give-first nudge with nothing to give (a congratulation)


@dataclass(frozen=True)
class Pick:
    detail: Detail
    talk: Talk | None
    helper: Helper | None = None


def picks(person: Person, now: datetime | None = None, give: bool = False) -> list[Pick]:
    """The details that could be said now, best first. `give`: needs before anything."""
    who = person.who
    found: list[tuple[tuple[float, ...], Pick]] = []
    used = {person.last_used, *person.used_before} - {None}
    # what the recent nudges said, so news noted again ("baby Toluwani" after church) is
    # not said a second time from its new note (trial 27: a third congratulation)
    said_before = {
        line
        for d in person.details
        if d.fact_id in used
        for line in [_line(d, who, now)]
        if line is not None
    }
    for detail in person.details:
        if detail.fact_id is not None and detail.fact_id in used:
            continue
        if said_before and _line(detail, who, now) in said_before:
            continue
        if detail.kind == "need" and (
            detail.relative is not None or detail.fact_id in person.met_needs
        ):
            continue
        mine = detail.kind == "need" and detail.fact_id in person.yours
        said = offer_help(detail, who, now) if mine else talk(detail, who, now)
        title_only = False
        if said is None and not mine:
            # "dental hygienist" at Smile Dental: "how work at Smile Dental is going", not
            # "what she's working on these days"
            said = work_at(detail, person.org, who)
            title_only = said is not None and not person.org
        helper = person.helpers.get(detail.fact_id) if detail.fact_id is not None else None
        if mine and said is None:
            continue
        asked = detail.kind == "need" and asked_of_user(detail.text) is not None
        if (
            detail.kind == "need"
            and not asked
            and not mine  # the user's own to offer, said by offer_help, not as an intro
            and mutual(detail.text) is None  # "swap referrals": said as the user's willingness
            and introduce(who, detail.text, helper) is None
        ):
            continue
        if said is None and detail.kind != "need":
            continue
        if said is not None and said.small and not person.close and _named_relative(detail):
            # "ask him how Priya is doing" two days after one meeting asks after someone
            # the user has never met; a birth or a wedding (news) is still said
            continue
        rank: float = 0 if said is not None and said.news else _PERSONAL.get(detail.kind, 5)
        if rank == 0 and detail.relative is not None:
            # their own need or news before a relative's (trial 18: Amina's CPA was asked
            # about before Yusuf's own ask for a business broker)
            rank = _RELATIVES_NEWS
        if said is not None and said.small:
            rank = _SMALL_TALK
        if title_only:
            rank = _TITLE_ONLY
        if said is not None and said.verb == "congratulate":
            rank = _CONGRATULATE  # a birth, an acceptance: before their open questions
        if give and detail.kind == "need":
            rank = -1
        told = detail.told_at.timestamp() if detail.told_at else 0.0
        found.append(((rank, -told, -(detail.fact_id or 0)), Pick(detail, said, helper)))
    found.sort(key=lambda pair: pair[0])
    return [pick for _, pick in found]


def _line(detail: Detail, who: Who, now: datetime | None) -> str | None:
    said = talk(detail, who, now)
    return said.line(who) if said is not None else None


def _named_relative(detail: Detail) -> bool:
    """The detail names a relative ("wife priya"), not only says there is one ("two kids")."""
    if detail.relative is not None:
        return True
    family = read_family(detail.text)
    return family is not None and bool(family.name)


def as_sent(person: Person, fact_id: int | None) -> Person:
    """The person as a sent nudge saw them: only the detail its line was built from (none
    for a generic line), so the line and its draft are rebuilt as they were sent."""
    kept = tuple(
        d for d in person.details if (fact_id is not None and d.fact_id == fact_id) or _dark(d)
    )
    # Hard news is kept whatever the line used: never said (talk() leaves it out), it makes
    # the draft as gentle as the nudge (trial 25: "it's been a hard time for her", drafted
    # as "Hi Ngozi, how are things with you?").
    return replace(person, details=kept, last_used=None, used_before=frozenset())


def best(person: Person, now: datetime | None = None, give: bool = False) -> Pick | None:
    """The best detail to say now, never the one the last nudge used: with nothing else
    left, None (a plain keep-in-touch line), since the same question a week later reads
    as a form letter (trial 10: the marathon three times)."""
    chosen = picks(person, now, give)
    return chosen[0] if chosen else None


def idea(
    person: Person,
    kind: str,
    reason: str = "",
    now: datetime | None = None,
    today: bool = False,
) -> Idea:
    """One line: what to reach out about. `today`: a follow-up due today (a dinner planned
    for today is "You have dinner with Chidi today"). Words quoted from notes get their
    capitals back ("the move to Denver", "at the BNI lunch")."""
    if kind == "first" and person.known_before:
        kind = "keep_in_touch"  # "my accountant": the detail, not "good to meet"
    if hard_time(person, now):
        # A death or an illness in the last weeks: no "send him something about karaoke"
        # (trial 12, eight days after his dad died), only a gentle check-in
        mishap_ = relatives_mishap(person, now)
        if mishap_ is not None:
            # the detail it asks after is recorded, so the next nudge asks it no more
            asked = _ask_after(person, kind, reason, today, mishap_)
            return Idea(proper(asked, person.proper_names), mishap_.fact_id)
        gentle = _gentle(person, kind, reason, today, recovering(person, now))
        return Idea(proper(gentle, person.proper_names), gives=False)
    said = _idea(person, kind, reason, now, today)
    thank = thanks(person.got) if person.got else None
    if thank is not None and not (kind == "follow_up" and " about " in said.text):
        said = _thanked(person, kind, said, thank, now)
    return Idea(proper(said.text, person.proper_names), said.fact_id, said.gives)


def _offered(person: Person, pick: Pick) -> bool:
    """The pick offers the user's own work for a need of theirs ("let her know you'd be glad
    to help if she's still looking for an accountant"); what they asked the user for ("send
    him the quote he asked for") is no offer, and is said first."""
    return (
        pick.detail.kind == "need"
        and pick.detail.fact_id in person.yours
        and pick.talk is not None
        and pick.talk.verb == "let"
    )


_GLAD = "know you'd be glad to "


def _offer_to(said: Talk) -> str:
    """ "know you'd be glad to look over his year-end books" -> "offer to look over his
    year-end books if that would help"; help said once ("offer to help her with…")."""
    done = said.after.removeprefix(_GLAD)
    if done.startswith("help") or " if " in done:
        return f"offer to {done}"
    return f"offer to {done} if that would help"


def _about_them(person: Person, now: datetime | None) -> Pick | None:
    """What a first message after meeting asks about: them, never the user's own work for
    their need, which waits for a give-first line (trial 20: "Tell Thanuja it was good to
    meet, and let her know you could be her new accountant")."""
    return next((p for p in picks(person, now) if not _offered(person, p)), None)


def _idea(person: Person, kind: str, reason: str, now: datetime | None, today: bool) -> Idea:
    who = person.who
    pick = _about_them(person, now) if kind == "first" else best(person, now, kind == "give_value")
    fact_id = pick.detail.fact_id if pick else None
    if kind == "follow_up":
        if reason and vague_send(reason):
            # "I said I'd send something by friday": what they asked of the user is the
            # thing to send (trial 18: "Send Tiago something")
            asked_for = next(
                (p for p in picks(person, now) if p.talk is not None and p.talk.verb == "send"),
                None,
            )
            if asked_for is not None and asked_for.talk is not None:
                return Idea(asked_for.talk.line(who), asked_for.detail.fact_id)
        asked = follow_up(who, reason, today) if reason else None
        if asked is None and reason:
            about = follow_up_about(who, reason)
            if about is not None:
                # "/followup JR thursday about grabbing a coffee now that he's back": the
                # user's own plan is the reason, said alone (trial 12)
                return Idea(about)
        lead = asked or f"Follow up with {who.name}"
        if asked is not None and (
            ", and ask " in asked or " about " in asked or asked.startswith("Ask ")
        ):
            # the follow-up's own question or subject is its reason, said alone: not
            # "…about the trail photos, and ask her how the bruce trail went" (trial 18),
            # nor "Ask Priya how the new job is going, and ask her how the new job at
            # Deloitte is going" (console trial 33)
            return Idea(asked)
        # "Dinner with Chidi and Ngozi: ask him…"; "Call Tomasz, and ask him…".
        join = ": " if lead.split()[0].casefold() in (*MEETINGS, "you") else ", and "
        pick = _other_than(person, lead, pick, now, give=False)
        if pick is not None and pick.talk is not None and pick.talk.small:
            # "Call Femi, and ask him how his wife is doing": the call is reason enough,
            # and how they have been says more than a relative with no news (trial 25)
            pick = None
        fact_id = pick.detail.fact_id if pick else None
        if pick is not None and pick.helper is not None:
            offer = f"offer to introduce {who.pronoun.object} to {pick.helper.said()}"
            return Idea(f"{lead}{join}{offer}", fact_id)
        if pick is not None and pick.talk is not None:
            return Idea(f"{lead}{join}{pick.talk.clause(who)}", fact_id)
        if not asked and join == ", and ":
            # never "Follow up with Chidi" and nothing more (trial 11): how they have been
            # since the user saw them is a reason a person would give
            since = f" since the {person.met_at}" if person.met_at else ""
            p = who.pronoun
            been = f"{p.subject}'s been" if p.has == "has" else f"{p.subject}'ve been"
            return Idea(f"{lead}, and ask {p.object} how {been}{since}")
        return Idea(lead)
    if kind == "give_value":
        given = _give(person, now)
        if given is not None:
            return given
    if pick is not None and pick.detail.kind == "need" and pick.detail.fact_id not in person.yours:
        line = introduce(who, pick.detail.text, pick.helper)
        if kind == "first" and pick.helper is not None:
            return Idea(
                f"{_good_to_meet(person)}, and offer to introduce {who.pronoun.object} to "
                f"{pick.helper.said()}",
                fact_id,
            )
        # A need too fresh to ask about is no first line: "good to meet" and what they
        # are working on says more than "X needs Y" two days after meeting them.
        wanted = (
            pick.helper is not None
            or kind == "give_value"
            or (pick.talk is None and kind != "first")
        )
        if wanted and line is not None:  # (picks() keeps only needs that read as a sentence)
            return Idea(line, fact_id)
    if kind == "first":
        theirs = best(person, now)
        if (pick is None or pick.talk is None) and theirs is not None and _offered(person, theirs):
            # nothing else known but their need: the help is offered once, as help, never
            # "what she's working on" (trial 18) nor a sales line (trial 20)
            assert theirs.talk is not None
            offered = _offer_to(theirs.talk)
            return Idea(f"{_good_to_meet(person)}, and {offered}", theirs.detail.fact_id)
        if pick is None and person.org:
            # where they work is known: asked about, not "what she's working on" (trial 30)
            at = work_at(Detail("work", person.org), person.org, who)
            if at is not None:
                return Idea(f"{_good_to_meet(person)}, and {at.clause(who)}")
        if pick is None or pick.talk is None:
            working = f"what {who.pronoun.be} working on these days"
            return Idea(f"{_good_to_meet(person)}, and ask {who.pronoun.object} {working}")
        if pick.talk.verb == "congratulate" and not who.known:
            # the name said once: "Congratulate Kiri on getting engaged, and say it was
            # good to meet", never "…, and congratulate Kiri on…" after "Tell Kiri…"
            return Idea(f"{pick.talk.line(who)}, and {_say_good_to_meet(person)}", fact_id)
        return Idea(f"{_good_to_meet(person)}, and {pick.talk.clause(who)}", fact_id)
    if kind == "give_value" and pick is not None:
        sent = send_something(pick.detail, who)
        if sent is not None:
            return Idea(sent, fact_id)
        if pick.talk is not None and pick.talk.small:
            pick = None  # "ask how his wife is doing" gives nothing
    if pick is not None and pick.talk is not None:
        # nothing to give: a question or congratulation, not said to be a give
        return Idea(pick.talk.line(who), fact_id, gives=kind != "give_value")
    if kind == "give_value" and not person.gave:
        # Their need, plan or interest the last nudge asked about still makes a give of its
        # own (an intro, something to send): the generic line only when nothing is known
        # (trial 20: "Give Harpreet something first" right after her news)
        again = _give(replace(person, last_used=None, used_before=frozenset()), now)
        if again is not None:
            return again
        return Idea(f"Give {who.name} something first: an article, an intro or an event invite")
    # Given to already (trial 10: an intro to Luis logged, then "give Jae-Won something
    # first"): with nothing new to give, a plain check-in, not headed as a give.
    return Idea(f"Check in with {who.name} and ask what's new", gives=kind != "give_value")


HARD_DAYS = 30  # days after hard news with no light-hearted line


def hard_time(person: Person, now: datetime | None) -> bool:
    """The notes told of a death, an illness or a hospital stay in the last few weeks, or
    the user met them at a funeral."""
    if _mourning(person):
        days = _days_since(person.last_spoken, now)
        if days is None or days <= HARD_DAYS:
            return True
    return any(_dark(detail) for detail in _hard_news(person, now))


def _hard_news(person: Person, now: datetime | None) -> list[Detail]:
    """The details telling of a death, an illness or a hospital stay in the last weeks, as
    of `now`: news told after it is not known yet (a sent line is rebuilt as it went)."""
    found = []
    for detail in person.details:
        days = _days_since(detail.told_at, now)
        if days is None or days > HARD_DAYS or not _dark(detail):
            continue
        if now is not None and detail.told_at is not None and _after(detail.told_at, now):
            continue
        found.append(detail)
    return found


def _dark(detail: Detail) -> bool:
    return bool(dark(detail.text))


def _after(then: datetime, now: datetime) -> bool:
    if then.tzinfo is None and now.tzinfo is not None:
        then = then.replace(tzinfo=now.tzinfo)
    elif now.tzinfo is None and then.tzinfo is not None:
        now = now.replace(tzinfo=then.tzinfo)
    return then > now


# Family words: hard news about one of them is the family's ("her mum passed last week").
_KIN = frozenset(
    "mum mom mother mama mam ma dad father papa pa daddy husband wife partner son daughter "
    "child kid kids baby brother sister sibling grandma grandmother granny grandpa "
    "grandfather nan nana uncle aunt aunty auntie cousin niece nephew parent parents "
    "in-law father-in-law mother-in-law stepdad stepmom stepmum fiance fiancee".split()
)


def family_news(person: Person, now: datetime | None) -> bool:
    """The hard news is about one of their family: "thinking of you and your family"."""
    return any(
        d.relative is not None or any(w.casefold() in _KIN for w in clean(d.text))
        for d in _hard_news(person, now)
    )


def recovering(person: Person, now: datetime | None) -> bool:
    """The hard news is their own surgery or hospital stay, and nothing worse: "how is the
    recovery going?", never "it's been a hard time for him" (trial 25: knee surgery)."""
    news = _hard_news(person, now)
    return (
        bool(news)
        and not _mourning(person)
        and not family_news(person, now)
        and all(dark(d.text) <= MENDING and d.relative is None for d in news)
    )


def relatives_mishap(person: Person, now: datetime | None) -> Mishap | None:
    """A relative's fall, operation or hospital stay, and nothing worse: asked after as
    "how her dad is doing after his fall" (trial 29)."""
    if _mourning(person):
        return None
    news = _hard_news(person, now)
    said = set().union(*(dark(d.text) for d in news)) if news else set()
    found = mishap(news, person.who.pronoun.possessive, said, now)
    used = {person.last_used, *person.used_before} - {None}
    if found is not None and found.fact_id in used:
        # asked after in a recent nudge: not again in the next (trial 30: Siobhan's mum's
        # op asked about twice in a row); a plain check-in says the user is thinking of them
        return None
    return found


def gentle_question(person: Person, now: datetime | None) -> str:
    """What a friend asks in a hard time, of them and their family when it is theirs."""
    mishap_ = relatives_mishap(person, now)
    if mishap_ is not None:
        return mishap_.question
    if recovering(person, now):
        return "I hope the recovery is going well. How are you feeling?"
    if family_news(person, now):
        return "I've been thinking of you and your family. How are you holding up?"
    return "I've been thinking of you. How are you holding up?"


def _mourning(person: Person) -> bool:
    """Met at a funeral, a wake or a memorial service: never "good to meet" (trial 23)."""
    return met_in_mourning(person.met_at)


def met_in_mourning(met_at: str | None) -> bool:
    """Where they were met was a funeral, a wake or a memorial service."""
    return met_at is not None and met_at.casefold() in MOURNING


def _gentle(person: Person, kind: str, reason: str, today: bool, mending: bool = False) -> str:
    """A check-in a friend would send in a hard time, never a template of the news: the
    user's own follow-up ("Follow up with JR about grabbing a coffee") stays as it is.
    `mending`: their own surgery, asked after as a recovery."""
    who = person.who
    p = who.pronoun
    holding = f"how {p.be} feeling" if mending else f"how {p.be} holding up"
    if kind == "follow_up" and reason:
        asked = follow_up(who, reason, today) or follow_up_about(who, reason)
        if asked is not None and (", and " in asked or " about " in asked):
            return asked
        if asked is not None and asked.split()[0].casefold() not in ("follow", "check"):
            return f"{asked}, and ask {p.object} {holding}"  # "Call Tomasz, and ask him…"
    if mending:
        recovery = f"how {p.possessive} recovery is going"
        if kind == "first" and not person.known_before:
            return f"{_good_to_meet(person)}, and ask {p.object} {recovery}"
        return f"Check in on {who.name} and ask {recovery}"
    if kind == "first" and _mourning(person):
        return f"Tell {who.name} you've been thinking of {p.object} since the {person.met_at}"
    if kind == "first" and not person.known_before:
        return f"{_good_to_meet(person)}, and that you're thinking of {p.object}"
    return f"Check in on {who.name}; it's been a hard time for {p.object}"


# Follow-ups that are themselves the question: "ask how she's doing", "see how he is".
_ASKING = frozenset("ask see check find".split())


def _ask_after(person: Person, kind: str, reason: str, today: bool, mishap_: Mishap) -> str:
    """ "Ask Siobhan how her mum is doing after her hip op": the relative named, never
    "Ask how shes doing with Siobhan"; the user's own errand leads ("Call Bronwen, and ask
    her…"), and one about a thing of its own stays as it is."""
    who = person.who
    p = who.pronoun
    if kind == "follow_up" and reason:
        words = [w.casefold() for w in clean(reason)]
        asked = follow_up(who, reason, today) or follow_up_about(who, reason)
        if asked is not None and " about " in asked:
            return asked
        lead = asked.split()[0].casefold() if asked else ""
        if asked is not None and lead not in ("follow", "check") and words[0] not in _ASKING:
            return f"{asked}, and {mishap_.ask(who.name, p.object)}"
    if kind == "first" and not person.known_before:
        return f"{_good_to_meet(person)}, and {mishap_.ask(who.name, p.object)}"
    return mishap_.ask(who.name)


def _thanked(person: Person, kind: str, said: Idea, thank: Talk, now: datetime | None) -> Idea:
    """A line that thanks them first for what they gave: "Thank Kwabena for sending the
    patient your way, and ask him if he's played any squash lately"."""
    who = person.who
    pick = _after_thanks(person, now, thank.line(who))
    then = f", and {pick.talk.clause(who)}" if pick is not None and pick.talk is not None else ""
    fact_id = pick.detail.fact_id if pick is not None and then else None
    if kind == "follow_up":
        lead = said.text.split(", and ")[0].split(": ")[0]
        return Idea(f"{lead}, and {thank.clause(who)}", None, gives=False)
    return Idea(f"{thank.line(who)}{then}", fact_id, gives=False)


def _after_thanks(person: Person, now: datetime | None, thanked: str) -> Pick | None:
    """What to ask after a thank-you: not a need of theirs (not "have you found a physio
    yet?" to whom just sent a patient), nor the same give again ("thank him for offering
    to review the code of your portfolio site" after thanks for the review)."""
    for pick in picks(person, now):
        if pick.detail.kind == "need" or pick.talk is None or pick.talk.verb == "thank":
            continue  # one thank-you a line: not "…, and thank him for offering to…"
        if not repeats(thanked, pick.talk.line(person.who), (person.name, person.first)):
            return pick
    return None


def _other_than(
    person: Person, lead: str, pick: Pick | None, now: datetime | None, give: bool
) -> Pick | None:
    """The pick, or the next best, whose words do not say the lead again: never "Follow
    up with Ana about the joint portfolio night, and ask her about the joint portfolio
    night". None: every detail repeats it, and the lead says it alone."""
    names = (person.name, person.first)

    def fits(one: Pick) -> bool:
        if one.talk is None:
            return one.helper is not None  # an intro to offer; a need too fresh to ask is not
        return not repeats(lead, one.talk.line(person.who), names)

    if pick is None or fits(pick):
        return pick
    return next((other for other in picks(person, now, give) if fits(other)), None)


# Plans an introduction can help with: "opening a second location", "moving to Denver".
_HELPED_BY_INTROS = frozenset("open start launch build move relocate expand hire grow".split())


def _give(person: Person, now: datetime | None) -> Idea | None:
    """Something concrete to give, from what is known: an intro for their need, something
    about their interest, an offer of introductions for a plan that could use them ("Ask
    Grace how the move to Denver is coming along, and whether she could use an introduction
    to anyone there"), or a referral for their line of work. None: nothing known fits."""
    who = person.who
    for pick in picks(person, now, give=True):
        detail, said = pick.detail, pick.talk
        if (
            detail.kind == "need"
            and said is not None
            and (detail.fact_id in person.yours or asked_of_user(detail.text) is not None)
        ):
            # the user's own work, or what they asked of the user: a follow-up on work
            # to do, never headed as a give ("Send Aisha the radiator quote", trial 26)
            return Idea(said.line(who), detail.fact_id, gives=False)
        if detail.kind == "need":
            line = introduce(who, detail.text, pick.helper)
            if line is not None:
                return Idea(line, detail.fact_id)
            continue
        sent = send_something(detail, who)
        if sent is not None:
            return Idea(sent, detail.fact_id)
        verb = read(detail.text).verb
        if (
            said is not None
            and detail.kind == "plan"
            and detail.relative is None
            and verb is not None
            and verb.base in _HELPED_BY_INTROS
            and said.after.endswith(("coming along", "going"))
        ):
            there = " there" if verb.base in ("move", "relocate") else ""
            return Idea(
                # The name was just said: "Ask Abebe how…, and whether he could use…".
                f"{said.line(who)}, and whether {who.pronoun.subject} could use an introduction to "
                f"anyone{there}",
                detail.fact_id,
            )
    for detail in person.details:
        if detail.kind != "work" or detail.relative is not None:
            continue
        done = work_done(detail.text)
        if done is not None and detail.fact_id != person.last_used:
            # "does payroll for small firms": a referral is a give too (trial 30: "Give
            # Ines something first" when her card said what she does)
            return Idea(
                f"Think of someone who could use help with {done}, and introduce them to "
                f"{who.name}",
                detail.fact_id,
            )
        role = title(detail.text)
        if (
            role is not None
            and _sells(role)
            and not _UNPAID.search(detail.text)
            and detail.fact_id != person.last_used
        ):
            # a referral is the give a professional values most
            return Idea(
                f"Think of someone who needs {article(tuple(role.split()))}, and introduce "
                f"them to {who.name}",
                detail.fact_id,
            )
    return None


# Work others buy, so a referral helps: "a lawyer", "a mortgage broker". A title that
# names a post ("manager", "director", "pilot") is no service to refer anyone to.
_SERVICES = frozenset(
    "lawyer attorney solicitor barrister notary accountant cpa bookkeeper auditor plumber "
    "electrician builder contractor carpenter roofer painter decorator landscaper gardener "
    "mechanic locksmith cleaner handyman architect surveyor realtor agent broker lender "
    "advisor adviser planner consultant coach trainer tutor therapist physio "
    "physiotherapist osteopath chiropractor dentist optician vet photographer videographer "
    "designer developer copywriter translator editor stylist hairdresser barber florist "
    "caterer baker chef dj printer recruiter counsellor counselor nutritionist dietitian "
    "masseuse masseur mortgage insurer".split()
)


# A role held for a club, a school or a team is given, not sold: nobody "needs a coach"
# to be sent to the kids' rugby coach (trial 22).
_UNPAID = re.compile(
    r"\b(?:volunteer\w*|unpaid|kids'?|children'?s|junior\w*|youth|u-?\d+s?|under-?\d+s?|"
    r"club|team|school|church|parish|pta|scouts?|guides)\b",
    re.IGNORECASE,
)


def _sells(role: str) -> bool:
    words = role.casefold().split()
    return bool(words) and words[-1] in _SERVICES


def _good_to_meet(person: Person) -> str:
    if person.met == "remote":
        # "emailed with priya, haven't met yet": never met, so never "good to meet"
        return f"Tell {person.who.name} it was good to connect"
    where = f" at the {person.met_at}" if person.met_at else ""
    return f"Tell {person.who.name} it was good to meet{where}"


def _say_good_to_meet(person: Person) -> str:
    """ "say it was good to meet at the mixer", after a line that named them."""
    return _good_to_meet(person).replace(f"Tell {person.who.name}", "say", 1)


def _great_to_meet(person: Person, where: str = "") -> str:
    """How a first message says the user is glad to know them: "it was great to meet you at
    the mixer", or "it was good to connect" to someone they have not met in person."""
    if person.met == "remote":
        return "it was good to connect"
    return f"it was great to meet you{where}"


def opener(
    person: Person,
    kind: str,
    reason: str = "",
    now: datetime | None = None,
    fact_id: int | None = None,
) -> str:
    """A short first message the user can copy and make their own. `fact_id`: the detail
    the nudge itself used, so the draft says the same thing."""
    if kind == "first" and person.known_before:
        kind = "keep_in_touch"
    asked = follow_up_to_them(person.who, reason) if kind == "follow_up" and reason else None
    if asked is not None and not _mourning(person):
        # the draft says what the nudge does: "Follow up with Lena about the slides" is
        # "Hi Lena, I wanted to follow up about the slides.", never "how are things with
        # you?" (console trial 33)
        return proper(f"Hi {person.first}, {asked}", person.proper_names)
    if hard_time(person, now) and _mourning(person):
        since = f"since the {person.met_at}"
        return f"Hi {person.first}, I've been thinking of you {since}. How are you holding up?"
    if hard_time(person, now):
        met = f"{_great_to_meet(person)}! " if kind == "first" else ""
        question = gentle_question(person, now)
        question = question if met else _lower(question)  # "Hi Liesl, how's your dad…"
        return proper(f"Hi {person.first}, {met}{question}", person.proper_names)
    return proper(_opener(person, kind, now, fact_id), person.proper_names)


def _opener(person: Person, kind: str, now: datetime | None, fact_id: int | None) -> str:
    greeting = f"Hi {person.first}, "
    thank = thanks(person.got) if person.got else None
    if thank is not None:
        pick = _after_thanks(person, now, thank.line(person.who))
        said = pick.talk.to_them if pick is not None and pick.talk is not None else None
        return f"{greeting}{_lower(thank.to_them)}" + (f" {said}" if said else "")
    pick = _chosen(person, fact_id, now, give=kind == "give_value")
    if kind == "first" and pick is not None and _offered(person, pick):
        # about them first; their need only when nothing else is known (as _idea says it)
        pick = _about_them(person, now) or pick
    question = pick.talk.to_them if pick is not None and pick.talk is not None else None
    where = f" at the {person.met_at}" if person.met_at else ""
    if pick is not None and pick.detail.kind == "need" and pick.helper is not None:
        asked = looking_for(pick.detail.text, to_them_=True)
        if asked is not None:
            met = f"{_great_to_meet(person, where)}! You" if kind == "first" else "you"
            return (
                f"{greeting}{met} mentioned {asked}. I know {pick.helper.name}, and I'd be "
                "glad to introduce you if that's useful."
            )
    if kind == "first":
        at = work_at(Detail("work", person.org), person.org, person.who) if person.org else None
        if pick is None and at is not None:
            question = at.to_them  # as the nudge asks it: "How is work at Lund Joinery going?"
        ask = question or "What are you working on these days?"
        return f"{greeting}{_great_to_meet(person, where)}! {ask}"
    days = _days_since(person.last_spoken, now)
    if question is None and kind == "follow_up":
        # as its nudge asks it: "Follow up with Lena, and ask her how she's been since the
        # expo" (console trial 33: drafted as "how are things with you?")
        since = f" since the {person.met_at}" if person.met_at else ""
        return f"{greeting}how have you been{since}?"
    if question is None:
        if days is not None and days > _A_WHILE:
            return f"{greeting}it's been a while! What's new with you?"
        return f"{greeting}how are things with you?"
    offers = pick is not None and pick.talk is not None and pick.talk.verb == "let"
    if not question.endswith("?") and not offers:
        # "congratulations on baby Sofia!", "thanks again for…": warm on its own; an offer
        # ("I'll keep an eye out…") wants a warm line before it
        return f"{greeting}{_lower(question)}"
    if person.met == "long_ago":
        return f"{greeting}it's been a while! {question}"
    if days is not None and days <= _JUST_SPOKE and person.met == "now":
        seen = "today" if days == 0 else "the other day"
        return f"{greeting}good to see you {seen}! {question}"
    lead = _OPENERS[person.key % len(_OPENERS)]
    if not lead:
        return f"{greeting}{_lower(question)}"
    return f"{greeting}{lead} {question}"


# How a draft opens, chosen by the contact so one person always hears the same voice and
# a batch of drafts does not read like a form letter; the last is the question alone.
# Each is a warm line of its own, never a lead-in to business ("quick question:" turns
# the message into a request, trial 7).
_OPENERS = ("how are things?", "hope you're well!", "hope your week is going well!", "")
_JUST_SPOKE = 3  # days: "good to see you the other day!"
_A_WHILE = 30  # days: "it's been a while!" only past this


def _days_since(then: datetime | None, now: datetime | None) -> int | None:
    if then is None or now is None:
        return None
    if then.tzinfo is None and now.tzinfo is not None:
        then = then.replace(tzinfo=now.tzinfo)
    elif now.tzinfo is None and then.tzinfo is not None:
        now = now.replace(tzinfo=then.tzinfo)
    return max(0, (now.date() - then.astimezone(now.tzinfo).date()).days)


def _chosen(person: Person, fact_id: int | None, now: datetime | None, give: bool) -> Pick | None:
    if fact_id is not None:
        for pick in picks(replace(person, last_used=None, used_before=frozenset()), now, give):
            if pick.detail.fact_id == fact_id:
                return pick
    return best(person, now, give)


def hook(person: Person, now: datetime | None = None, draft: str = "") -> str | None:
    """A question for a rewrite to end on: the best detail, asked of them. A question, not
    an offer: the rewrite must not promise an intro the user may not have. Not one the
    draft already says ("hope Layla's hockey season is going well! How is Layla doing?")."""
    if hard_time(person, now):
        # no "have you played any tennis lately?" after a death in the family
        return gentle_question(person, now).split(". ")[-1]
    names = (person.name, person.first)
    for pick in picks(replace(person, last_used=None, used_before=frozenset()), now):
        if pick.talk is not None and not repeats(draft, pick.talk.to_them, names):
            return proper(pick.talk.to_them, person.proper_names)  # "in October", "Efua"
    return None


def _lower(sentence: str) -> str:
    """ "How is…" -> "how is…" after a comma; "I enjoyed…" stays."""
    first = sentence.split()[0]
    if first == "I" or first.startswith("I'"):
        return sentence
    return sentence[:1].lower() + sentence[1:]
