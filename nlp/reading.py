"""A read note (the trained pipeline's entities and detail spans) into a NoteExtraction."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Set
from datetime import datetime

from spacy.lang.en.stop_words import STOP_WORDS as STOP
from spacy.tokens import Doc, Span, Token

from nlp.acronyms import LOAN_TERMS, acronym_orgs
from nlp.asides import aside_at
from nlp.changes import (
    PRONOUN_WORDS,
    family_moved,
    find_changes,
    firms_said,
    first_name_slips,
    follow_up_not_theirs,
    name_corrections,
    premises_moved_from_or_to,
    pronoun_corrections,
    relation_corrections,
    relative_renamed,
)
from nlp.contact import MEETING_WORDS, met_people, says_correction, where_met_corrected
from nlp.dates import DateFinder, resolve_when
from nlp.deceased import deceased, mourning, rip_said
from nlp.events import find_event
from nlp.exams import exam_details, exam_said
from nlp.fan_teams import fans_teams
from nlp.faults import fault_needs
from nlp.follow_up_owner import main_person, named_in, once_each
from nlp.followups import Refusal, find_follow_ups, find_refusals
from nlp.fragments import a_feeling, a_thing_they_have, where_they_met
from nlp.gapped_follow_ups import gapped_follow_ups
from nlp.hard_news import kin_mishaps, relatives_hard_news, same_news, with_mishaps
from nlp.hosts import event_hosts
from nlp.jobs_asked import job_asked
from nlp.kin_clause import kin_clause, kin_lines, kin_own, said_of
from nlp.known import KnownNames, KnownTraits
from nlp.ledger import LedgerFinder, thanked_referrals
from nlp.lexicon import (
    CHAT_WORDS,
    CLUB_WORDS,
    DEMONYMS,
    EVENT_HEADS,
    FANDOM,
    FILLERS,
    JOB_WORDS,
    MONTHS,
    TITLE_WORDS,
    first_names,
    org_case,
    proper_case,
)
from nlp.need_dates import need_date
from nlp.news import life_news
from nlp.occasions import occasion_details
from nlp.outcomes import AGREED, done_verbs, news_from, settled_by
from nlp.owner_firms import owner_named_firms, work_without_firm
from nlp.owners import Owners
from nlp.parents_said import parents_said_of_a_child
from nlp.pastimes import as_interest, pastimes_unread, teams_unread
from nlp.people import (
    BUSINESS_KINDS,
    FIRM_WORDS,
    FORMS_OF_ADDRESS,
    RELATIVES,
    Person,
    a_club,
    a_journeys_end,
    a_street_named,
    a_team,
    club_in_brackets,
    find_people,
    hyphen_start,
    only_a_nickname,
    trade_name_end,
)
from nlp.places import a_place_said
from nlp.providers import (
    VAGUE_NEEDS,
    provider_before,
    said_of_their_provider,
    whom_they_lost,
)
from nlp.referents import thing_before
from nlp.schema import FACT_KINDS, Change, Fact, FactKind, FollowUp, NoteExtraction, PersonMention
from nlp.second_language import second_language_details
from nlp.taxes import tax_trouble
from nlp.teams import followed_teams
from nlp.town_firms import firms_by_town
from nlp.users_own import the_users_act, without_users_own
from nlp.workplaces import (
    a_membership,
    lowercase_workplaces_after_the,
    replaces_society,
    titles_a_name,
    without_sentence_adverb,
    without_street,
)

DETAILS = "details"
# Words a detail phrase may start or end with that belong to the sentence, not the detail.
_LEAD = frozenset(
    "um uh like so and also just really super big huge total totally very but plus "
    "basically anyway honestly , - – — : ; / | • * >".split()
)
# A detail never ends on a preposition or an article: "moved to atlanta from LA with".
_TAIL = frozenset(
    "and so but or & + , . ; : - – — ! ? ( ) / | • * with to for of in on at from by "
    "a an the his her their my our".split()
)
# ("needs devs rn" ends on texting; "an RN at Kaiser" is a nurse)
# Before an organisation, these say someone works there ("a realtor with Compass").
_WORKS_LEAD = frozenset(
    "at @ with from for of ( - – — , joined joining ex ex- now owns runs founded".split()
)
_JOB_NEWS = frozenset(
    "started starting starts joined joining joins switched switching works working hired "
    "promoted job role position".split()
)
# Detail kinds that may mention an organisation that is not the person's employer.
# ("started at Stripe", a plan, names the new employer.)
_NOT_EMPLOYER_KINDS = frozenset({"family", "interest", "need", "offer", "topic"})

_ABOUT_THEM = frozenset({"family", "interest", "topic", "plan"})


def read_doc(
    doc: Doc,
    now: datetime,
    known: KnownNames | None,
    dates: DateFinder,
    ledger: LedgerFinder,
    english: frozenset[str] = frozenset(),
    traits: KnownTraits | None = None,
) -> NoteExtraction:
    people = find_people(doc, known, english, traits)
    people = [p for p in people if not _only_whose(doc, p, people)]
    parents_said_of_a_child(doc, people)  # "enzo, marco's dad, has the chippy": Enzo's
    gone = deceased(doc, people)  # "the funeral for mrs bridie keane rip": nobody to meet
    people = [p for p in people if p not in gone]
    for kin in people:
        if kin.of is not None and kin.of in gone:
            kin.of, kin.relation = None, None  # her son Declan: met in his own right
    contacts = known.names if known else frozenset()
    renames = name_corrections(doc, people, contacts)  # before owners: the old name is no one
    renames += first_name_slips(doc, people, contacts)
    renames += relative_renamed(doc, people, contacts)
    renames += family_moved(doc, people)  # after the rename: the coach picks one of the two
    renames += pronoun_corrections(doc, people)  # before owners: "he's got…" is his
    owners = Owners(doc, people)
    out = NoteExtraction()
    facts: dict[int, list[Fact]] = {id(p): [] for p in people}
    orgs: dict[int, str] = {}
    found = find_event(doc)
    event_tokens: set[int] = set()
    if found is not None:
        out.event = found[0]
        event_tokens = set(range(*found[1]))
    out.event = mourning(doc, gone) or out.event  # the family were met at the funeral
    details = [
        part
        for d in _with_wants(
            _with_news(_best_details(doc), life_news(doc)),
            _loose_wants(doc) + _hiring(doc) + _said_offers(doc, people),
        )
        for whole in _at_commas(d)
        for part in _each_sought(whole)
    ]
    for n in _loose_needs(doc):
        over = [d for d in details if d.start < n.end and n.start < d.end]
        # "he's after a mortgage broker": the tagger read the trade as his job; inside
        # what he is after, it is what he needs.
        if over and all(d.label_ == "work" and n.start <= d.start for d in over):
            details = [d for d in details if d not in over]
            over = []
        if not over:
            details.append(n)
    details += pastimes_unread(doc, details)  # "mad keen on shinty": nlp/pastimes.py
    details += second_language_details(doc, details)  # "he like to fish", "need: partner"
    details += teams_unread(details, _teams(doc))  # "he support Lahore Qalandars"
    details = with_mishaps(details, kin_mishaps(doc))  # "mum just had a hip op"
    # "out of brampton KD Logistics": a firm the detail model took for a pastime
    details = [d for d in details if not _a_firm_said(d)]
    details = kin_lines(doc, people, details)  # "his missus fiona's a pharmacist at boots"
    # "his daughter is doing her a levels": the child's, whole; "her daughter has her
    # quinceañera in may", "orders lunch for 40 staff every other friday" (nlp/occasions.py)
    exams = exam_details(doc) + occasion_details(doc)
    details = sorted(
        [d for d in details if not any(d.start < e.end and e.start < d.end for e in exams)] + exams,
        key=lambda s: s.start,
    )
    faults = fault_needs(doc)  # "her heating's been playing up": a need, no pastime
    details = [d for d in details if not any(s <= d.start < e for s, e, _ in faults)]
    topics: list[str] = []
    found_dates = dates(doc)
    # "needs a bell about the flats next week": (when, whose, what to do), see need_date
    need_dates: list[tuple[Span, Person, str]] = []
    kin_said: list[tuple[Person, Span] | None] = []  # a relative's own, said in family
    called = {a.casefold() for p in people for a in [p.name, *p.aka]}
    named = {i for p in people for m in p.mentions for i in range(m.start, m.end)}
    for span in sorted(details, key=lambda s: s.start):
        span = _both_named(_whole_phrase(_after_names(span, people)), people)
        if span.label_ == "work":
            span = _to_the_trade(span)
        text = _detail_text(span, named)
        if span.label_ == "work":
            text = re.sub(r"\bbiz\b", "business", text)  # "an import biz"
        text = _without_praise(re.sub(r"\brefi\b", "refinance", text))  # "keen to refi"
        if span.label_ in ("interest", "work", "topic") and (
            where_they_met(span) or a_feeling(text)
        ):
            continue  # "met him at the golf club", "still cut up about it": no detail
        if span.label_ == "plan" and a_thing_they_have(span):
            continue  # "they've got old radiators all through the building": no news
        if span.label_ in _ABOUT_THEM:  # "his boy plays wi our callum": not the user's kin
            text = without_users_own(text, english)
        if not text or _negated(span) or _said_not(span) or _contacted_me(span):
            continue
        if _a_thing_of_theirs(doc, span.start):
            continue  # "hers is retiring in the spring": her accountant's news, not hers
        if said_of_their_provider(span):
            continue  # "her accountant just retired": his news, and no job of hers
        if the_users_act(span):
            continue  # "emailed rosa the quote, included 10 gluten free plates": the user's
        if span.label_ == "need" and text.casefold() in VAGUE_NEEDS:
            text = whom_they_lost(span) or text  # "someone reliable" -> "a new boiler guy"
        if span.label_ == "need":
            text = job_asked(span) or text  # "price replacing them" -> "…her radiators"
        if text.casefold().removeprefix("a ").removeprefix("an ") in PRONOUN_WORDS:
            continue  # "hemi's a bloke btw": their pronoun (nlp/changes.py), no pastime
        if text.casefold() in called:
            continue  # "goes by GP": the nickname, not a job
        if span[0].lower_ in _KNOW and _knows_someone(span, named):
            continue  # "knows KD": who they know, no job ("knows burna boy's manager" is)
        if span.label_ == "work" and _only_address(text):
            continue  # "aunty yeye": how she is addressed, not her job
        if span.label_ != "family" and _strained(span):
            continue  # "priya is drowning": overwhelmed, no job
        if span.label_ == "family" and _only_kin(span):
            continue  # "her husband is the one who runs…": said with what he does, below
        if span.label_ == "family" and only_a_nickname(text):
            continue  # "husband goes by mags not magnus": his nickname (people.py), no news
        theirs = _unnamed_relative(doc, span, people) if span.label_ == "work" else None
        if theirs is not None:  # "her husband is the one who runs the grocery": his job
            person = owners.owner(theirs.i, theirs.i + 1, "family")
            firm = [e for e in doc.ents if e.label_ == "ORG" and e.end == span.end]
            if firm and firm[0].start > span.start and text.endswith(f" {firm[0].text}"):
                text = f"{text[: -len(firm[0].text) - 1]}, {firm[0].text}"  # "…, Ceylon Foods"
            end = said_of(doc, theirs.i + 1, named) if _a_copula(doc, theirs.i + 1) else None
            if end is not None and end >= span.end:  # "mzee is a pastor at mavuno church"
                text = _detail_text(Span(doc, theirs.i + 1, end), named)
            if person is not None:
                _add(facts[id(person)], Fact("family", f"{theirs.lower_} {text}"))
            topics.append(text.lower())
            continue
        if span.label_ == "work" and _in_a_firms_name(doc, span):
            continue  # "Logistics" of "his company is KD Logistics": the firm, no job
        if span.label_ == "work":
            text = _job_field(doc, span.start, _board_seat(text))
        if span.label_ == "family":  # "wife eleni is a pharmacist": her line, said whole
            whole = kin_clause(span, people)
            if whole != span:
                text = _detail_text(whole, named)
            text = _child_named(text)
            kin_said.append(kin_own(whole, people))
        if span in exams:
            text = exam_said(text)
        if span.label_ in ("offer", "need") and (
            (span[0].lower_ in _GAVE_ME and _to_me(span)) or _given_me(span)
        ):
            continue  # "hector intro'd me to mariana": a give already made, in the ledger
            continue
        label = span.label_
        if label == "need" and _offered(span):
            label = "offer"
        if label == "offer" and _users_offer(span):
            continue  # "i offered to do a salary benchmark for her": the user's give to make
        if label in ("need", "offer") and _opinion(span):
            continue  # "would be perfect for María José's gala": what suits, not a need
        if all(t.lower_ in DEMONYMS for t in span if t.is_alpha):
            continue  # "ghanaian": where someone is from, no job nor pastime
        if label == "work" and any(t.lower_ in _FANDOM for t in span):
            label = "interest"  # "Scarlets season ticket", "cubs fan"
        if as_interest(span, label):
            label = (
                "interest"  # "plays water polo", "learning the oud": a pastime (nlp/pastimes.py)
            )
        said_first = next((t.lower_ for t in span if t.lower_ not in _LEAD), "")  # "just …"
        if label in ("interest", "topic", "work") and said_first in _NEWS_VERBS:
            label = "plan"  # "switched agencies", "sold his half of the bakery": news
        at = settled_by(span) if label in _SETTLED_KINDS else None
        if at is not None:  # "got a second chef", "found an apartment": news, not a job
            label, text = "plan", news_from(doc, at, _unit_end(owners.unit, at)) or text
        elif label == "work" and _sought(span):
            continue
        if label == "interest" and _got_in(span):  # "tyler got into michigan": news
            label, text = "plan", doc[span.start - 2 : span.end].text
        if span not in exams:  # a child's exams are family news, nothing talked about
            topics.append(text.lower())
        person = _described(doc, people, owners, span) or owners.owner(span.start, span.end, label)
        if label == "work":  # "my CPA Dev Shah": the role names the person right after it
            person = _person_at(people, span.end) or person
        if label == "family":  # "talked to grace, jun's wife mina…": Jun's family, not Grace's
            person = _whose_kin(people, span) or person
        if (
            label == "family"
            and person is not None
            and not person.is_relative
            and _names(span, person)
        ):
            continue  # "my cousin's husband emeka": who he is to the user, not his family
        if label == "family" and all(w in _BARE_KIN for w in text.lower().split()):
            continue  # "segun, tunde's brother in law": said by the link, "Tunde's brother-in-law"
        callback = need_date(doc, span, found_dates) if label == "need" else None
        if callback is not None and person is not None:
            need_dates.append((callback.date, person, callback.what))
            if callback.only_a_call:
                continue
            text = _detail_text(Span(doc, span.start, callback.end, label="need"), named)
        if label == "need":
            text = _them_said(span, text)
        text = _WEEK_COMMENCING.sub("", text)  # "moving office w/c 11 january": when, apart
        if person is not None and text:
            _add(facts[id(person)], Fact(_kind(label), text))
    others = [d for d in details if d.label_ != "family"]
    for said in kin_said:  # "granddaughter yareli sings in the choir": hers too
        if said is not None and not _covered(said[1], others, None):
            kin, part = said
            _add(facts[id(kin)], Fact(_kind(part.label_), _detail_text(part, named)))
    for ent in doc.ents:
        # A role inside a need ("needs a bookkeeper") or a hobby is not their job.
        if (
            ent.label_ == "ROLE"
            and not _covered(ent, details, None)
            and not _sought(ent)
            and settled_by(ent) is None  # "hired the second chef" is not Marco's job
            and not _only_address(ent.text)  # "chief Emeka Nwosu": how he is addressed
            and not said_of_their_provider(ent)  # "her accountant just retired"
        ):
            if _said_not(ent):
                continue  # "a paramedic, not a firefighter": the correction's old word
            if ent.start and doc[ent.start - 1].lower_ in ("'s", "’s") and ent[0].lower_ in _GROUPS:
                continue  # "from adaeze's team": where he knows her from, nobody's job
            # "my CPA Sarah Kim": the role names the person right after it.
            person = (
                _person_at(people, ent.end)
                or _described(doc, people, owners, ent)
                or owners.owner(ent.start, ent.end, "work")
            )
            job = _without_praise(_job_field(doc, ent.start, ent.text))
            if person is not None and job:  # "colin is a gem": praise, no job
                _add(facts[id(person)], Fact("work", job))
    for at, news in _loose_news(doc, owners, details):
        if _a_thing_of_theirs(doc, at) or provider_before(doc, at) is not None:
            continue  # "hers is retiring", "her cleaner moved to spain": not her news
        person = owners.owner(at, at + 1, "plan")
        if person is not None:
            _add(facts[id(person)], Fact("plan", news))
    for at, _, need in faults:
        person = owners.owner(at, at + 1, "need")
        if person is not None:
            _add(facts[id(person)], Fact("need", need))
    for at, need in tax_trouble(doc):  # "CRA sent him a letter": help with it is a need
        person = owners.owner(at, at + 1, "need")
        if person is not None:
            _add(facts[id(person)], Fact("need", need))
    org_list: list[str] = []
    teams = _teams(doc) + fans_teams(doc, english)  # "Real Madrid fan", "canucks guy"
    hosts = event_hosts(doc, english)  # "ACCJ year-end party": where they were met, no employer
    named = {i for p in people for m in p.mentions for i in range(m.start, m.end)}
    org_spans = [
        e
        for e in _firm_names(doc)
        + _named_after(doc, people, english)
        + _works_for(doc, english)
        + _firm_phrases(doc, english)
        + _trade_names(doc)
        + owner_named_firms(doc, {w.casefold() for p in people for w in p.name.split()})
        + _run_firms(doc)
        + _bracketed_clubs(doc, people)
        + _clubs(doc, people)
        + _called_names(doc)
        + _lowercase_workplaces(doc, english)
        + firms_by_town(doc)  # "runs sparkle clean glasgow"
        + lowercase_workplaces_after_the(doc)  # "a midwife at the rotunda"
        + _former_employers(doc, english)
        + teams
        + hosts
        + acronym_orgs(doc, english)  # "a nurse in MMH", "volunteers with the SES"
        # "heard from chidi": a person, no firm; "her company is Sweet Bea Bakery" is one
        if not named & set(range(e.start, e.end))
        or _business_said(doc, e.start)
        or _ran(doc, e.start)
    ]
    org_spans = [
        e
        for e in map(
            _without_fillers,
            map(_cased_part, map(without_street, map(without_sentence_adverb, org_spans))),
        )
        if e is not None
        and not _someones(e, people)  # "from Chidi's soccer team"
        and not rip_said(e)  # "john walsh (RIP)"
        and not all(t.lower_ in JOB_WORDS for t in e)  # "the chiro upstairs": a trade, no firm
        and not all(t.lower_ in LOAN_TERMS for t in e)  # "ltv about 60%": no firm
        and not a_journeys_end(e)  # "cycled from Leeds to Whitby": places, no firms
        and not a_street_named(e)  # "a studio on Wellington Street": where, not a firm
        and not a_place_said(e)  # "a flat in DIFC", "the Ikoyi market": places, no firms
        and not _a_corrected_name(e, renames)  # "it's Sione, not Sean": no firm
        and not titles_a_name(e, named)  # "bisola & deacon [tunde]"
        and not _the_gathering(e, found)  # "met ana at parkrun": where, no firm
    ]
    for ent in sorted(org_spans, key=lambda e: e.start):
        name = org_case(ent.text)
        org_list.append(name)
        if ent in teams or ent in hosts:
            continue  # "Scarlets season ticket": the team they follow, not their employer
        after_dash = _person_after_dash(doc, people, ent)  # "Kemppi - Jussi Virtanen"
        if after_dash is not None and id(after_dash) not in orgs:
            orgs[id(after_dash)] = name
            continue
        if ent.start >= 2 and club_in_brackets(doc, ent.start - 1) == ent.end:
            member = _person_at(people, ent.start - 2)  # "Kwame (Rugby)": his club
            if member is not None:
                orgs[id(member)] = name
                continue
        # "met anita at the rotary lunch": the gathering's host is nobody's employer.
        if not _works_there(doc, ent, details) or event_tokens & set(range(ent.start, ent.end)):
            continue
        if _met_there(doc, ent, people) or _venue_of(doc, ent, event_tokens):
            continue
        if a_membership(doc, ent):
            continue  # "sits on the board of the Lions Club": a club they belong to
        if _where_connected(doc, ent) or _a_relatives_place(doc, ent, people):
            continue
        if _where_they_know_them(doc, ent):
            continue  # "knows KD from the trucker association": where they met, no employer
        if premises_moved_from_or_to(doc, ent):
            continue  # "his deli's moved from partick to…": where it trades, no employer
        if _where_they_play(doc, ent, details):
            continue  # "plays hockey at edina": a pastime's place, no employer
        person = owners.owner(ent.start, ent.end, "work")
        if person is None or not owners.named_near(ent.start):
            continue
        if id(person) not in orgs or replaces_society(orgs[id(person)], doc, ent):
            orgs[id(person)] = name
    for person in people:  # "bartholomew, aka bart": the nickname is no firm
        if orgs.get(id(person), "").casefold() in {a.casefold() for a in person.aka}:
            del orgs[id(person)]
    out.orgs = [o for o in dict.fromkeys(org_list) if not _an_aka(o, people)]
    _share_orgs(doc, people, orgs)
    # follow-ups whose clause names nobody, by their index and owner: see main_person
    unnamed: list[tuple[int, Person, int]] = []
    said_follow_ups = find_follow_ups(doc, found_dates, now)
    # "ring niall before christmas, and pawel w/c 4th jan": two follow-ups, one verb
    for fu in gapped_follow_ups(doc, found_dates, said_follow_ups, now, people):
        asked: Person | None = None
        if fu.person_at is not None:
            asked = _person_at(people, fu.person_at)
        if asked is None:
            asked = named_in(fu.what, people)
        if asked is None:
            asked = owners.owner(fu.at, fu.at + 1)
            if asked is not None:
                unnamed.append((len(out.follow_ups), asked, fu.at))
        if asked is not None and asked.is_relative and asked.of is not None:
            asked = asked.of
        if fu.topic:
            topics.append(fu.topic.lower())
        out.follow_ups.append(
            FollowUp(
                due=fu.due,
                what=fu.what,
                person=asked.name if asked else None,
                said=fu.said,
                vague=fu.vague,
                instead_of=fu.instead_of,
                instead_due=fu.instead_due,
            )
        )
    out.follow_ups += _need_follow_ups(need_dates, out.follow_ups, now)
    moved = [f.said.casefold() for f in out.follow_ups if f.instead_of]
    if moved:  # "wants to talk mid january, not friday": when to follow up, no need
        for person in people:
            facts[id(person)] = [
                f for f in facts[id(person)] if not any(m in f.text.casefold() for m in moved)
            ]
        topics = [t for t in topics if not any(m in t.casefold() for m in moved)]
    mentions = sorted((m for p in people for m in p.mentions), key=lambda s: s.start)
    names = [_person_at(people, m.start).name for m in mentions]  # type: ignore[union-attr]

    def name_at(i: int) -> str | None:
        person = owners.owner(i, i + 1)
        return person.name if person else None

    out.ledger = ledger(doc, mentions, names, name_at)
    out.ledger += [e for e in thanked_referrals(doc, people) if e not in out.ledger]
    out.changes = find_changes(doc, owners.unit, lambda s, e: owners.owner(s, e), details)
    out.changes += [  # "kwame works at Asante Tax & Tech": a known contact's firm, as news
        c
        for c in firms_said(doc, lambda s, e: owners.owner(s, e))
        if not any(o.field == "org" and o.person == c.person for o in out.changes)
    ]
    out.changes += renames
    # "KD got the loan … now", "called senthil back … switched": a person's name or nickname
    # the model read as a firm is never anyone's new organisation.
    # Nor is a firm taken back that is someone's name: "sorry, Aoife not Eva" of two contacts
    # names them, it corrects no firm.
    out.changes = [
        c
        for c in out.changes
        if not (c.field == "org" and _a_persons_name(c.new, people))
        and not (c.field == "org" and c.correction and c.old and _a_persons_name(c.old, people))
    ]
    # "switched to wells fargo": the firm as the card shows it, "Wells Fargo"
    out.changes = [
        dataclasses.replace(c, new=org_case(c.new), old=c.old and org_case(c.old))
        if c.field == "org"
        else c
        for c in out.changes
    ]
    for relative, news in relatives_hard_news(doc, people):  # "ravi had a stroke"
        kin_facts = facts[id(relative)]  # "made redundant" read as work is the same news
        kin_facts[:] = [f for f in kin_facts if f.kind == "plan" or not same_news(f.text, news)]
        _add(kin_facts, Fact("plan", news))
    for change in relation_corrections(doc, people):
        out.changes.append(change)
        for person in people:  # "wife, not girlfriend" is the correction, not a fact
            facts[id(person)] = [f for f in facts[id(person)] if " not " not in f" {f.text} "]
    for change in out.changes:  # "moved from northwestern to rush": where they are now
        if change.field == "org" and change.old and not change.correction:
            for person in people:
                if person.name == change.person:
                    orgs[id(person)] = org_case(change.new)
            out.orgs = list(dict.fromkeys([*out.orgs, org_case(change.new)]))
    # An offer taken up ("booked me to fit the boiler") was said to the user: no news.
    heard = [c for c in out.changes if not (c.field == "met" and c.new == AGREED)]
    news_only = (bool(heard) or _second_hand(doc)) and not _met_words(doc)
    # "correction: thanuja is the one looking…": a note that only corrects is no contact,
    # whether or not a change was read from it; "talked to thanuja, correction: …" is
    correction = (any(c.correction for c in out.changes) or says_correction(doc)) and not (
        _met_words(doc)
    )
    met = met_people(doc, people, news_only=news_only, correction=correction)
    for k, owner, at in unnamed:
        if owner.is_relative and owner.of is not None:
            continue
        whom = main_person(doc, people, met, owner, at, out.follow_ups[k].what)
        out.follow_ups[k] = dataclasses.replace(out.follow_ups[k], person=whom.name)
    out.follow_ups = once_each(out.follow_ups)
    refusals = find_refusals(doc, found_dates)
    for person in people:
        _birth_told(person, facts)
    strangers = _only_refused(people, refusals, facts, orgs)
    people = [p for p in people if id(p) not in strangers]
    for person in people:
        out.people.append(
            PersonMention(
                name=person.name,
                org=orgs.get(id(person)),
                facts=_their_firm(facts[id(person)], orgs.get(id(person))),
                relation=person.relation,
                of="me" if person.of_me else (person.of.name if person.of else None),
                aka=list(person.aka),
                met=id(person) in met,
                unsure=person.unsure,
                pronoun="they" if person.they else {"m": "he", "f": "she"}.get(person.gender),
            )
        )
    out.topics = list(dict.fromkeys(topics))
    # (after who was met: "no need to ring him" is no news that makes the note second-hand)
    out.changes += _refused_follow_ups(people, owners, refusals)
    out.changes += follow_up_not_theirs(doc, people)
    return out


def _only_refused(
    people: list[Person],
    refusals: list[Refusal],
    facts: dict[int, list[Fact]],
    orgs: dict[int, str],
) -> set[int]:
    """ "no need to ring gary in march": someone no contact yet, named only as whom not to
    call, with nothing said of them, is no one to add (a contact is kept to cancel with)."""
    return {
        id(p)
        for p in people
        if not p.known
        and not p.is_relative
        and not facts[id(p)]
        and id(p) not in orgs
        and not any(q.of is p for q in people)
        and all(any(r.at < m.start and m.end <= r.end for r in refusals) for m in p.mentions)
    }


def _need_follow_ups(
    need_dates: list[tuple[Span, Person, str]], asked: list[FollowUp], now: datetime
) -> list[FollowUp]:
    """ "she wants somebody to price replacing them next week sometime": the need's date is
    when to get back to her, unless a follow-up was already read from it."""
    said = {f.said.casefold() for f in asked}
    out = []
    for date, person, what in need_dates:
        when = resolve_when(date, now)
        if when is None or when.stale or date.text.casefold() in said:
            continue
        # "her son needs someone to look at his car next week": a call to the parent
        whose = person.of if person.is_relative and person.of is not None else person
        out.append(FollowUp(when.due, what, whose.name, date.text, when.vague))
    return out


def _refused_follow_ups(
    people: list[Person], owners: Owners, refusals: list[Refusal]
) -> list[Change]:
    """ "no need to ring gary in march", "no point calling him": whose follow-up is not
    needed, the one named after the refused action or the one the sentence is about."""
    changes = []
    for refusal in refusals:
        person = next(
            (p for i in range(refusal.at + 1, refusal.end) if (p := _person_at(people, i))),
            None,
        ) or owners.owner(refusal.at, refusal.at + 1)
        if person is not None and person.is_relative and person.of is not None:
            person = person.of
        if person is not None and not person.of_me and any(p is person for p in people):
            changes.append(Change(person.name, "follow_up", "", refusal.said or None))
    return changes


def _a_corrected_name(span: Span, renames: list[Change]) -> bool:
    """ "actually it's Sione not Sean", "his last name is Nakamura not Nakamoto": a word of
    the name put right, or of the one said wrong, is no firm."""
    words = {
        w.casefold() for c in renames if c.field == "name" for w in f"{c.new} {c.old or ''}".split()
    }
    return all(w.casefold() in words for w in span.text.split())


# Kinds a detail is read as that news can be mistaken for: "got [a second chef]" (work),
# "[found an apartment]" (work), "got into [michigan]" (interest).
_SETTLED_KINDS = frozenset({"work", "need", "interest", "topic", "other"})


def _loose_news(doc: Doc, owners: Owners, details: list[Span]) -> list[tuple[int, str]]:
    """News no detail span caught ("dana park completed the chicago marathon"): where its
    verb is, and its words."""
    found = []
    for at in done_verbs(doc, 0, len(doc)):
        end = _unit_end(owners.unit, at)
        news = news_from(doc, at, end)
        if news is None or any(d.start < at + len(news.split()) and at < d.end for d in details):
            continue
        found.append((at, news))
    return found


def _whose_kin(people: list[Person], span: Span) -> Person | None:
    """The person whose relative a family detail names ("wife Mina" names Mina, Jun's
    wife): the family is theirs, whoever else the sentence is about."""
    for person in people:
        if person.of is not None and any(span.start <= m.start < span.end for m in person.mentions):
            return person.of
    return None


def _unit_end(units: list[int], i: int) -> int:
    """Where the sentence (or bullet) doc[i] is in ends."""
    end = i
    while end < len(units) and units[end] == units[i]:
        end += 1
    return end


def _best_details(doc: Doc) -> list[Span]:
    """The detail spans, where two overlap the likelier one only."""
    if DETAILS not in doc.spans:
        return []
    group = doc.spans[DETAILS]
    scores = group.attrs.get("scores")
    ranked = sorted(
        (
            (float(scores[i].max()) if scores is not None else 1.0, span)
            for i, span in enumerate(group)
        ),
        key=lambda pair: (-pair[0], pair[1].start),
    )
    kept: list[Span] = []
    for _, span in ranked:
        if _each_other(span):
            continue  # "since they know each other from ucd": how two know each other
        if span.label_ in FACT_KINDS and all(
            span.end <= k.start or span.start >= k.end for k in kept
        ):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _each_other(span: Span) -> bool:
    words = [t.lower_ for t in span[:2]]
    return words in (["each", "other"], ["one", "another"])


_NEWS_VERBS = frozenset(
    "switched sold quit left launched relaunched opened closed moved retired expanded "
    "rebranded merged pivoted qualified".split()
)
_OFFER_LEADS = frozenset("offers offered offering volunteered volunteers".split())


_OPINION_LEADS = frozenset("would could might will 'd 'll".split())


def _opinion(span: Span) -> bool:
    """ "would be perfect for María José", "be ideal for the gala": a "be" after "would"
    (in the span or just before it) says what someone thinks would suit, not what they need
    or offer."""
    doc = span.doc
    for tok in doc[max(0, span.start - 2) : span.end]:
        if tok.lower_ == "be" and tok.i > 0 and doc[tok.i - 1].lower_ in _OPINION_LEADS:
            return True
    return False


_USERS_PROMISE_LEADS = frozenset("offered promised volunteered agreed".split())


def _users_offer(span: Span) -> bool:
    """ "i offered to do a free salary benchmark for her", "I promised to review her cv":
    what the user will do for them, never their offer to thank them for (trial 33)."""
    doc = span.doc
    start = span.start
    if span[0].lower_ in _USERS_PROMISE_LEADS and span[1:2].text.lower() == "to":
        start += 2  # the span holds "offered to" itself
    before = [t.lower_ for t in doc[max(0, start - 3) : start]]
    return (
        len(before) == 3
        and before == ["i", before[1], "to"]
        and (before[1] in _USERS_PROMISE_LEADS)
    )


def _offered(span: Span) -> bool:
    """ "offers to review books for small businesses", "happy to intro me": what they would do
    for others, not what they need."""
    before = [t.lower_ for t in span.doc[max(0, span.start - 3) : span.start]]
    said = " ".join(before)
    return (
        bool(_OFFER_LEADS & set(before))
        or any(lead in said for lead in ("happy to", "glad to", "willing to"))
        or _gives_time(span)
    )


# "wants to volunteer on weekends", "looking for volunteer work": time they would give, no
# need of theirs; "needs volunteers", "volunteer drivers" are needs.
_VOLUNTEER_WORK = re.compile(
    r"^(?:some |a |more )?volunteer(?:ing)? (?:work|opportunit\w*|gigs?|roles?|positions?|"
    r"shifts?|spots?)\b|^volunteering\b"
)


def _gives_time(span: Span) -> bool:
    doc = span.doc
    if span[0].lower_ == "volunteer" and span.start > 0 and doc[span.start - 1].lower_ == "to":
        return True
    return bool(_VOLUNTEER_WORK.search(span.text.casefold()))


def _at_commas(span: Span) -> list[Span]:
    """ "owns two bakeries, on the board of the arts council": a comma before a preposition
    or a verb starts another thought; a list ("golf, tennis") stays one detail."""
    doc, parts, start = span.doc, [], span.start
    for tok in span[:-1]:
        nxt = doc[tok.i + 1]
        if tok.text == "," and nxt.lower_ in ("named", "called"):
            continue  # "a baby girl, named her sofia": the child and their name
        if tok.text == "," and nxt.pos_ in ("ADP", "VERB", "AUX") and tok.i > start:
            parts.append(Span(doc, start, tok.i, label=span.label_))
            start = tok.i + 1
    parts.append(Span(doc, start, span.end, label=span.label_))
    return [p for p in parts if len(p)]


def _each_sought(span: Span) -> list[Span]:
    """ "needs a plumber and a grant writer", "volunteers for the drive and a bookkeeper for
    the church": each thing sought (a noun joined by "and" or "or" to the first) is a need
    of its own, also when the tagger stopped at the first."""
    if span.label_ not in ("need", "offer"):
        return [span]
    doc, parts, start, end = span.doc, [], span.start, span.end
    for tok in doc[span.start : min(len(doc), span.end + 8)]:
        cc = tok.left_edge.i - 1
        if (
            tok.dep_ != "conj"
            or tok.pos_ != "NOUN"
            or tok.head.pos_ != "NOUN"
            or not span.start <= tok.head.i < span.end
            or cc <= start
            or doc[cc].lower_ not in ("and", "or")
            or doc[tok.left_edge.i].tag_ != "DT"  # "golf and tennis" stays one list
        ):
            continue
        parts.append(Span(doc, start, cc, label=span.label_))
        start = tok.left_edge.i
        end = max(end, tok.right_edge.i + 1)
    if not parts:
        return [span]
    return [*parts, Span(doc, start, end, label=span.label_)]


def _with_news(details: list[Span], news: list[Span]) -> list[Span]:
    """Life news the tagger missed or read as a job or a pastime ("got engaged" as work)."""
    for span in news:
        overlapping = [d for d in details if d.start < span.end and span.start < d.end]
        inside = all(span.start <= d.start and d.end <= span.end for d in overlapping)
        if any(d.label_ == "family" or (d.label_ == "plan" and not inside) for d in overlapping):
            continue  # ("[achilles is [flaring up again]]": the whole news is kept)
        details = [d for d in details if d not in overlapping] + [span]
    return sorted(details, key=lambda s: s.start)


# "she's trying to get her son into a summer program", "struggling to find volunteers":
# what they are after, said with a verb the detail tagger, trained on "needs a CPA", misses
# or reads as a plan or a family detail.
_WANT_LEADS = frozenset("trying struggling hoping looking aiming desperate".split())
_WANT_STOPS = frozenset("and but so because when after before which who since also".split())


# "keen to refinance", "keen to buy a rental": a deal someone is after is a need, not a
# pastime, even said in one word.
_DEALS = frozenset(
    "buy sell refinance refi refix restructure borrow hire move downsize upsize upgrade "
    "purchase invest build renovate subdivide".split()
)


def _loose_wants(doc: Doc) -> list[Span]:
    """Need spans from "trying to <verb> ..." (or "keen to <buy, sell, refinance…>"), up
    to where the clause goes on."""
    found = []
    for tok in doc[:-2]:
        verb = doc[tok.i + 2]
        keen = tok.lower_ == "keen" and verb.lower_ in _DEALS
        if (tok.lower_ not in _WANT_LEADS and not keen) or doc[tok.i + 1].lower_ != "to":
            continue
        if not keen and (verb.pos_ not in ("VERB", "AUX") or verb.lower_ in ("be", "make", "do")):
            continue  # "trying to be patient": no need anyone can help with
        end = verb.i + 1
        while end < len(doc) and end - verb.i < 10:
            if doc[end].is_punct and doc[end].text not in ("'", "’", "-"):
                break
            if doc[end].lower_ in _WANT_STOPS:
                break
            end += 1
        if (end - verb.i < 2 and not keen) or any(
            t.lower_ in ("i", "me", "my", "we", "us", "our") for t in doc[verb.i : end]
        ):
            continue  # "trying to decide": no thing named; "to get me in": theirs of the user
        found.append(Span(doc, verb.i, end, label="need"))
    return found


def _loose_needs(doc: Doc) -> list[Span]:
    """ "wants to buy a second site next yr needs finance": a "needs <thing>" run on after
    another detail, that the detail tagger left out, up to where the clause goes on."""
    found = []
    for tok in doc[1:-1]:
        before = doc[tok.i - 1].lower_
        needs = tok.lower_ in ("needs", "need") and before not in _NOT_THEIRS
        if not needs and not _after_a_thing(doc, tok):
            continue
        start = tok.i + 1
        end = start
        while end < len(doc) and end - start < 8:
            if doc[end].is_punct or doc[end].lower_ in _WANT_STOPS or "\n" in doc[end].text:
                break
            end += 1
        words = doc[start:end]
        if not any(t.pos_ in ("NOUN", "PROPN") for t in words) or words[0].lower_ == "to":
            continue
        if any(t.lower_ in ("i", "me", "my", "we", "us", "our") for t in words):
            continue
        found.append(Span(doc, start, end, label="need"))
    return found


_AFTER_LEADS = frozenset(", is 's ’s are still really".split())
_AFTER_WHAT = frozenset("a an another some more".split())
_NOT_SOUGHT = frozenset("while bit few couple week weeks month months year years day".split())


def _after_a_thing(doc: Doc, tok: Token) -> bool:
    """ "sefo, after a new car", "she's after some advice": "after" said as "looking for",
    not as a time ("after a few weeks")."""
    if tok.lower_ != "after" or doc[tok.i - 1].lower_ not in _AFTER_LEADS:
        return False
    rest = doc[tok.i + 1 : tok.i + 4]
    return (
        len(rest) > 1
        and rest[0].lower_ in _AFTER_WHAT
        and not any(t.lower_ in _NOT_SOUGHT or t.lower_ in MONTHS for t in rest)
    )


# Before "need": the user's or nobody's ("i need to", "no need for", "doesn't need").
_NOT_THEIRS = frozenset("i we you no n't not never 'll".split())


def _hiring(doc: Doc) -> list[Span]:
    """ "hiring two devops people in Q1", "struggling to hire backend devs": who they are
    hiring is a need (a recruiter's best lead), up to where the clause goes on."""
    found = []
    for tok in doc[:-1]:
        hires = tok.lower_ in ("hiring", "recruiting") or (
            tok.lower_ in ("hire", "recruit") and tok.i > 0 and doc[tok.i - 1].lower_ == "to"
        )
        if not hires or (tok.i > 0 and doc[tok.i - 1].lower_ in ("the", "a", "of")):
            continue  # "doing the hiring": no one named
        start = tok.i + 1
        if doc[start].lower_ in ("for", "a", "an"):
            start += 1  # "hiring for a controller"
        end = start
        while end < len(doc) and end - start < 8:
            if doc[end].is_punct or doc[end].lower_ in _WANT_STOPS:
                break
            end += 1
        words = doc[start:end]
        if not any(t.pos_ in ("NOUN", "PROPN") for t in words):
            continue
        if any(t.lower_ in ("i", "me", "my", "we", "us", "our") for t in words):
            continue
        if all(t.lower_ in _HOW_MUCH for t in words):
            continue  # "hiring loads", "hiring like crazy": how much, not whom
        found.append(Span(doc, start, end, label="need"))
    return found


_HOW_MUCH = frozenset("loads lots tons heaps plenty like crazy mad again now fast big time".split())


def _said_offers(doc: Doc, people: list[Person]) -> list[Span]:
    """Offer spans from what someone said another could do: "lupe said carlos could look at
    thanh's roof" is Carlos's offer, up to where the clause goes on."""
    named = {i for p in people for m in p.mentions for i in range(m.start, m.end)}
    found = []
    for tok in doc:
        verb = tok.head
        if tok.lower_ not in _COULD or tok.dep_ != "aux" or verb.pos_ != "VERB":
            continue
        if verb.lemma_ in ("be", "have") or verb.dep_ != "ccomp":
            continue
        if verb.head.lemma_ not in _SAY or any(c.dep_ == "neg" for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not (subject.i in named or subject.lower_ in ("he", "she")):
            continue  # "said i could…", "said we can…": not someone's offer
        end = verb.i + 1
        while end < len(doc) and end - verb.i <= 12:
            word = doc[end]
            if word.is_punct and word.text not in ("'", "’", "-"):
                break
            if word.lower_ in _WANT_STOPS or not (
                word.is_alpha or word.like_num or "'" in word.text
            ):
                break  # "quote our fleet 🙏 also…": an emoji ends what was said
            end += 1
        if 2 <= end - verb.i <= 12 and verb.i > tok.i:
            found.append(Span(doc, verb.i, end, label="offer"))
    return found


_COULD = frozenset("could can would 'd".split())
_SAY = frozenset("say mention tell think".split())


def _with_wants(details: list[Span], wants: list[Span]) -> list[Span]:
    """A want said with "trying to" is a need: it takes the place of a plan or a family
    detail read over it ("[son into a summer coding program]"); a need or an offer stays."""
    for span in wants:
        overlapping = [d for d in details if d.start < span.end and span.start < d.end]
        if any(d.label_ in ("need", "offer") for d in overlapping):
            continue
        details = [d for d in details if d not in overlapping] + [span]
    return sorted(details, key=lambda s: s.start)


_NEGATIONS = frozenset("not no never n't longer".split())


def _negated(span: Span) -> bool:
    """ "keiko no longer looking for a gig", "doesn't need a lawyer": said not to be so."""
    doc = span.doc
    before = [t.lower_ for t in doc[max(0, span.start - 3) : span.start]]
    return bool(_NEGATIONS & set(before)) and span.label_ in ("need", "plan", "interest", "offer")


def _said_not(span: Span) -> bool:
    doc, k = span.doc, span.start - 1
    while k >= 0 and doc[k].lower_ in ("a", "an", "the"):
        k -= 1
    return k >= 0 and doc[k].lower_ == "not"


# How someone is coping, said as one word: no job, family or pastime.
_STRAINED = frozenset(
    "drowning swamped overwhelmed slammed stressed exhausted underwater buried frazzled "
    "burnt burned out".split()
)


def _kind(label: str) -> FactKind:
    for kind in FACT_KINDS:
        if kind == label:
            return kind
    return "other"


def _birth_told(child: Person, facts: dict[int, list[Fact]]) -> None:
    """ "she just had a wee girl called zara": the birth is the parent's news, kept as a
    family detail ("a baby girl, Zara") when no detail of theirs tells it already; the
    tagger marks "baby girl" but not "wee girl" (console trial 33: Aoife was asked what
    she was working on)."""
    parent = child.of
    if not child.newborn or parent is None or id(parent) not in facts:
        return
    said = [f.text.casefold() for f in facts[id(parent)]]
    first = child.name.split()[0]
    if any(first.casefold() in t or "baby" in t or "born" in t for t in said):
        return
    baby = {"f": "baby girl", "m": "baby boy"}.get(child.gender or "", "new baby")
    _add(facts[id(parent)], Fact("family", f"a {baby}, {first[:1].upper()}{first[1:]}"))


def _add(facts: list[Fact], fact: Fact) -> None:
    if all(f.text.lower() != fact.text.lower() for f in facts) and not any(
        f.kind == fact.kind == "interest" and fact.text.lower() in _listed(f.text) for f in facts
    ):
        facts.append(fact)


def _listed(text: str) -> set[str]:
    """The items of a list said as one pastime: "afrobeats and tennis" -> both (trial 25's
    card said "into: Afrobeats and tennis, tennis")."""
    return {item.strip() for item in re.split(r",|\band\b|&|\bor\b", text.lower()) if item.strip()}


_MODIFIERS = frozenset("amod compound det poss nummod nmod".split())


def _strained(span: Span) -> bool:
    """ "priya is drowning", "slammed": how someone is coping, no job nor pastime."""
    words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in STOP]
    return bool(words) and all(w in _STRAINED for w in words)


def _only_kin(span: Span) -> bool:
    """ "husband is the one": a relative word and nothing said of them."""
    words = [t.lower_ for t in span if t.is_alpha]
    return (
        any(w in RELATIVES for w in words)
        and any(w in ("is", "was") for w in words)
        and not any(t.like_num and t.lower_ != "one" for t in span)  # "2 kids are"
        and all(w in RELATIVES or w in STOP for w in words)
    )


def _unnamed_relative(doc: Doc, span: Span, people: list[Person]) -> Token | None:
    """ "her husband is the one who runs the sri lankan grocery", "his wife does the books":
    what a relative the note does not name does is theirs, said on the family's card."""
    for tok in reversed(doc[max(0, span.start - 7) : span.start]):
        if tok.text in (".", ";", "!", "?") or "\n" in tok.text or tok.i in _named_at(people):
            return None
        if tok.lower_ in ("he", "she", "i", "we"):
            return None
        if tok.lower_ in RELATIVES and tok.i > 0 and doc[tok.i - 1].lower_ in ("his", "her"):
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in ("is", "'s", "’s", "was", "who", "runs", "owns"):
                return tok
            return None
    return None


def _a_copula(doc: Doc, i: int) -> bool:
    """ "her mzee [is a] pastor": what the relative is, said with "is a"."""
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in ("is", "'s", "’s", "was")
        and doc[i + 1].lower_ in ("a", "an")
    )


def _named_at(people: list[Person]) -> set[int]:
    return {i for p in people for m in p.mentions for i in range(m.start, m.end)}


def _a_firm_said(span: Span) -> bool:
    """An interest or topic that is a business's name ending in a firm's word ("KD
    Logistics"): the firm, no pastime. (A club's, "Manchester United", is one to follow.)"""
    if span.label_ not in ("interest", "topic"):
        return False
    return any(
        e.label_ == "ORG"
        and e[-1].lower_ in FIRM_WORDS - CLUB_WORDS
        and e.start <= span.start + 1
        and span.end <= e.end + 1
        for e in span.doc.ents
    )


def _cased_part(span: Span) -> Span:
    """ "brampton KD Logistics": lowercase words run into a capitalised name are no part of
    it (a place, said in dictation)."""
    k = span.start
    while k < span.end - 1 and span.doc[k].is_lower:
        k += 1
    if k == span.start or not all(t.is_title or t.is_upper for t in span.doc[k : span.end]):
        return span
    return Span(span.doc, k, span.end, label=span.label_)


def _to_the_trade(span: Span) -> Span:
    """ "runs a [tile and stone] import biz, Ferreira Stone": a job that stops short of the
    business it names goes on to it."""
    doc = span.doc
    for end in range(span.end + 1, min(len(doc), span.end + 4) + 1):
        tok = doc[end - 1]
        if tok.is_punct or tok.is_space or tok.ent_type_ == "PERSON":
            return span
        nxt = doc[end].text if end < len(doc) else "."
        if tok.lower_ in BUSINESS_KINDS and nxt in (",", ".", ";", "\n"):
            return Span(doc, span.start, end, label=span.label_)
    return span


def _whole_phrase(span: Span) -> Span:
    """ "interviewing at rush for a cardiology [fellowship]", "owns nguyen's auto body in
    little [saigon]": a detail that stops on a word modifying a noun right after it ends
    at that noun."""
    doc, end = span.doc, span.end
    while end < len(doc):
        last = doc[end - 1]
        if end + 1 < len(doc) and doc[end].lower_ in ("and", "or", "&"):
            conj = doc[end + 1]  # "mostly michigan [and northwestern]"
            if conj.dep_ == "conj" and conj.head.i == last.i and conj.ent_type_ != "PERSON":
                end += 2
                continue
        head = last.head
        if last.dep_ not in _MODIFIERS or not 0 < head.i - last.i <= 3:
            break
        if any(
            t.is_punct or t.is_space or t.is_sent_start or t.ent_type_ == "PERSON"
            for t in doc[end : head.i + 1]
        ):
            break
        end = head.i + 1
    end = _what_is_taught(doc, end)
    return span if end == span.end else Span(doc, span.start, end, label=span.label_)


def _what_is_taught(doc: Doc, end: int) -> int:
    """ "wants to volunteer [teaching] coding to teens": a detail that stops on an -ing word
    whose object the tagger left out goes on with it, and with whom it is for."""
    if end >= len(doc) or end < 2:
        return end
    thing = doc[end]
    if (
        doc[end - 1].lower_.endswith("ing")
        and thing.is_alpha
        and thing.is_lower
        and thing.pos_ in ("NOUN", "VERB")
        and thing.lower_ not in STOP
        and not thing.ent_type_
    ):
        end += 1
    elif not (doc[end - 2].lower_.endswith("ing") and doc[end - 1].pos_ in ("NOUN", "VERB")):
        return end
    if (
        end + 1 < len(doc)
        and doc[end].lower_ in ("to", "for", "with")
        and doc[end + 1].is_alpha
        and doc[end + 1].pos_ == "NOUN"
    ):
        end += 2  # "[teaching woodworking] to teens"
    return end


_CONTACTED = frozenset(
    "texted called emailed messaged rang phoned pinged dm'd dmed wrote replied".split()
)
_WHEN_WORDS = frozenset(
    "this morning today tonight yesterday last night earlier just back again week".split()
)


_GAVE_ME = frozenset(
    "intro'd introd introduced referred connected sent gave helped recommended".split()
)


def _only_address(text: str) -> bool:
    word = text.casefold()
    return word in FORMS_OF_ADDRESS and word not in TITLE_WORDS and word not in _CALLINGS


# Forms of address that are also someone's work.
_CALLINGS = frozenset("pastor deacon deaconess imam rabbi judge senator mayor coach".split())


def _given_me(span: Span) -> bool:
    """ "she referred me to [a dentist client of hers]": the span is what was given, said
    after the give; no need of theirs (trial 14)."""
    before = [t.lower_ for t in span.doc[max(0, span.start - 3) : span.start]]
    if before[-1:] == ["to"]:
        before = before[:-1]
    return len(before) >= 2 and before[-1] in ("me", "us") and before[-2] in _GAVE_ME


def _to_me(span: Span) -> bool:
    return len(span) > 1 and span[1].lower_ in ("me", "us")


def _contacted_me(span: Span) -> bool:
    """ "priya texted me this morning": how the news came, nothing about her; "met him at
    the chamber networking night": where the user met them, no job (trial 24)."""
    words = [t.lower_ for t in span if not t.is_punct]
    if len(words) >= 2 and words[0] in ("met", "meet") and words[1] in _THEM:
        return True
    if words and words[0] in _REACH_AGAIN and _THEM & set(words[1:4]) and "again" in words:
        return True  # "speak to her again on the 9th": the user's follow-up, no job of hers
    return (
        len(words) >= 2
        and words[0] in _CONTACTED
        and words[1] in ("me", "us")
        and all(w in _WHEN_WORDS for w in words[2:])
    )


_THEM = frozenset("him her them".split())
# A week said by its Monday at a detail's end ("starting a new job w/c 4th jan"): the date
# is read as a date; the card says what they are doing.
_WEEK_COMMENCING = re.compile(
    r"[\s,]+(?:w/c|wc|w/b|wb|week commencing|week beginning)\s+(?:the\s+|mon(?:day)?\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?(?:\s+[a-z]{3,9}\.?)?$",
    re.IGNORECASE,
)
# How the user will reach someone again: "speak to him again", "catch up with her".
_REACH_AGAIN = frozenset(
    "speak talk chat catch call ring phone bell email text message see meet touch".split()
)


_NAMED_CHILD = re.compile(
    r"^(?:an? |the )?((?:baby |little |new )?(?:girl|boy)),? (?:named|called)(?: (?:her|him))? "
    r"(\S+)$",
    re.IGNORECASE,
)


def _child_named(text: str) -> str:
    """ "baby girl, named her Sofia": a child and their name, said as "a baby girl, Sofia"."""
    found = _NAMED_CHILD.match(text)
    if found is None:
        return text
    name = found.group(2)
    return f"a {found.group(1)}, {name[:1].upper()}{name[1:]}"


# Fields said as letters before a job, that the tagger leaves out: "it director".
_JOB_FIELDS = frozenset("it hr ux ui pr qa".split())


# Titles said as letters: "he's a cto" is a CTO.
_LETTER_TITLES = frozenset("ceo cfo cto coo cmo cio cpo cro ciso vp svp evp avp".split())


def _job_field(doc: Doc, start: int, text: str) -> str:
    """ "(kris) it director": the job with its field, in capitals ("IT director"); and "cto",
    "vp of sales": a title said as letters, in capitals."""
    text = " ".join(w.upper() if w in _LETTER_TITLES else w for w in text.split(" "))
    first, _, rest = text.partition(" ")
    if rest and first.lower() in _JOB_FIELDS and first.islower():
        return f"{first.upper()} {rest}"  # "it manager"
    before = doc[start - 1] if start else None
    if before is None or before.lower_ not in _JOB_FIELDS or first.lower() == before.lower_:
        return text
    return f"{before.text.upper()} {text}"


def _board_seat(text: str) -> str:
    """ "board at the arts council": a seat on the board is said as "board member"."""
    first, _, rest = text.partition(" ")
    if first.lower() == "board" and (not rest or rest.split()[0].lower() in ("at", "of", "for")):
        return f"{first} member {rest}".strip()
    return text


# A relation word alone ("sister", "brother in law"); not "twins" or "kids", which say
# something on their own.
_BARE_KIN = (frozenset(RELATIVES) | frozenset("in law - 's ’s".split())) - frozenset(
    "twins kids kid children child sons daughters baby grandkids".split()
)


def _both_named(span: Span, people: list[Person]) -> Span:
    """ "twins ada and obi": a family detail that stops after the first name goes on to
    the second."""
    doc, end = span.doc, span.end
    if end > span.start + 1 and doc[end - 1].lower_ in ("and", "&"):
        end -= 1  # "twins Sara &"
    if span.label_ != "family" or end + 1 >= len(doc) or doc[end].lower_ not in ("and", "&"):
        return span
    second = _person_at(people, end + 1)
    if second is None or _person_at(people, end - 1) is None:
        return span
    last = max(m.end for m in second.mentions if m.start == end + 1)
    return Span(doc, span.start, last, label=span.label_)


def _person_after_dash(doc: Doc, people: list[Person], ent: Span) -> Person | None:
    """ "Kemppi - Jussi Virtanen, HR partner": the firm heads the line, its person follows."""
    if ent.end + 1 >= len(doc) or doc[ent.end].text not in ("-", "–", "—"):
        return None
    if not doc[ent.end - 1].whitespace_:
        return None
    return _person_at(people, ent.end + 1)


def _bracketed_clubs(doc: Doc, people: list[Person]) -> list[Span]:
    """ "Kwame (Rugby)", "Aoife (Pudsey CC)": a club in brackets right after a name."""
    found = []
    for i in range(1, len(doc)):
        end = club_in_brackets(doc, i)
        if end is not None and _person_at(people, i - 1) is not None:
            found.append(Span(doc, i + 1, end, label="ORG"))
    return found


def _clubs(doc: Doc, people: list[Person]) -> list[Span]:
    """ "plays for Leeds Rhinos", "ran Calder XC": a club the model read as nothing."""
    found = []
    for start in range(1, len(doc)):
        if not doc[start].text[:1].isupper() or doc[start - 1].text[:1].isupper():
            continue
        end = start
        while end < len(doc) and end - start < 4 and doc[end].is_alpha and doc[end].is_title:
            end += 1
        named = any(_person_at(people, i) is not None for i in range(start, end))
        if end > start and not named and a_club(doc, start, end):
            suffix = end < len(doc) and doc[end].lower_ in CLUB_WORDS
            found.append(Span(doc, start, end + suffix, label="ORG"))
    return found


def _someones(span: Span, people: list[Person]) -> bool:
    """ "Emeka from Chidi's soccer team": a person's team or class, named by whose it is
    ("Sami's Falafel" is a business)."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].lower_ not in ("'s", "’s"):
        return False
    called = {w.casefold() for p in people for w in p.name.split()}
    whose = span.text.casefold() in called or span.text.lower() in first_names()
    return whose and any(t.lemma_.lower() in _GROUPS for t in doc[end + 1 : end + 4])


_GROUPS = frozenset(
    "team class school troop squad league daycare classroom office crew department dept lab".split()
)


def _without_fillers(span: Span) -> Span | None:
    """ "at um guaranty bank": the firm without the "um"; "from uh, …": no firm at all."""
    start, end = span.start, span.end
    doc = span.doc  # ("UH" is the University of Houston)
    while start < end and doc[start].is_lower and doc[start].lower_ in FILLERS:
        start += 1
    while end > start and doc[end - 1].is_lower and doc[end - 1].lower_ in FILLERS:
        end -= 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(span.doc, start, end, label=span.label_) if start < end else None


def _names(span: Span, person: Person) -> bool:
    return any(span.start <= m.start < span.end for m in person.mentions)


def _them_said(span: Span, text: str) -> str:
    """ "her radiators need replacing, wants somebody to price replacing them": the need
    says the thing "them" stands for, so lines and /find can say what it is."""
    words = text.split()
    if words.count("them") != 1 or span.start == 0:
        return text
    thing = thing_before(span, plural=True)
    if thing is None:
        return text
    return " ".join(thing if w == "them" else w for w in words)


def _detail_text(span: Span, named: Set[int] = frozenset()) -> str:
    """The words of a detail, without filler around them; "" for no words at all ("3-0",
    "am" out of "8am"). Names of people (`named`: their tokens) are said as names: "wife
    ama" is "wife Ama" on the card."""
    toks = list(span)
    if not any(t.is_alpha and t.lower_ not in ("am", "pm") for t in toks):
        return ""
    while toks and toks[0].lower_ in _LEAD:
        toks = toks[1:]
    while toks and (
        toks[-1].lower_ in _TAIL
        or (toks[-1].is_lower and toks[-1].lower_ in CHAT_WORDS)
        or (toks[-1].lower_ == "actually" and len(toks) > 1)  # "husband actually"
        # "wife pastor (mrs) Yewande": said on her card; a lone "pastor" is his calling
        or (len(toks) > 1 and _title_before_a_name(toks[-1]))
    ):
        toks = toks[:-1]
    aside = aside_at(toks)  # "made redundant - go gently": the user's note to self
    toks = toks[:aside] if aside is not None else toks
    if not toks:
        return ""
    words = span.doc[toks[0].i : toks[-1].i + 1]
    lone = _unclosed_brackets(words)
    return "".join(
        (proper_case(t.text) if t.i in named and t.is_lower else t.text) + t.whitespace_
        for t in words
        if t.i not in lone
    ).strip()


def _unclosed_brackets(words: Span) -> set[int]:
    """ "a baby boy (2 wks ago": a bracket the detail opens and never closes (or closes
    and never opened), left out of its words so the card shows no stray bracket."""
    opened: list[int] = []
    lone: set[int] = set()
    for t in words:
        if t.text == "(":
            opened.append(t.i)
        elif t.text == ")":
            if opened:
                opened.pop()
            else:
                lone.add(t.i)
    return lone | set(opened)


def _title_before_a_name(tok: Token) -> bool:
    """A title ending a detail where a bracket comes right after it ("pastor (mrs)"): the
    tagger stopped before the name ("their US rep Annika Vogel" is her work)."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        tok.lower_ in FORMS_OF_ADDRESS
        and tok.lower_ not in RELATIVES
        and nxt is not None
        and nxt.text == "("
    )


def _covered(ent: Span, details: list[Span], kind: str | None) -> bool:
    """Inside a detail span (of `kind`, or of any kind for None)."""
    return any(
        (kind is None or d.label_ == kind) and d.start < ent.end and ent.start < d.end
        for d in details
    )


def _business_said(doc: Doc, start: int) -> bool:
    """Right after "his company is", "her business is": the business's name."""
    lead = [t.lower_ for t in doc[max(0, start - 2) : start]]
    return len(lead) == 2 and lead[1] in ("is", "'s") and lead[0] in _BUSINESSES


# What the user thinks of someone: "top bloke", "lovely lady", "a legend", "a gem". No job, pastime
# or need of theirs.
_PRAISE = re.compile(
    r"(?:^|[,;\-–—]?\s+|^)(?:(?:a|an|such a|real|really|absolute|total)\s+)?"
    r"(?:(?:top|good|great|sound|lovely|nice|solid|decent|cool|awesome|real|genuine)\s+)+"
    r"(?:bloke|guy|fella|fellow|lady|woman|man|chap|dude|sort|egg|human|person)s?\s*$"
    r"|(?:^|[,;\-–—]?\s+)(?:an?\s+)?(?:absolute\s+|total\s+|real\s+)?"
    r"(?:legend|star|superstar|gem|diamond|hero|saint|treasure|godsend|lifesaver)\s*$",
    re.IGNORECASE,
)


def _without_praise(text: str) -> str:
    """ "runs wiremu electrical, top bloke": the job, without the compliment after it (or
    before it: "sound fella, keen golfer")."""
    head, sep, rest = text.partition(",")
    if sep and _PRAISE.fullmatch(head.strip()):
        text = rest
    return _PRAISE.sub("", text).strip(" ,;-–—")


_RUNS = frozenset("run runs ran running own owns owned".split())


def _ran(doc: Doc, start: int) -> bool:
    """Right after "runs" or "owns" (not "her own": "open her own teeth whitening studio")."""
    if start < 1 or doc[start - 1].lower_ not in _RUNS:
        return False
    return not (start >= 2 and doc[start - 1].lower_ == "own" and doc[start - 2].lower_ in _WHOSE)


def _run_firms(doc: Doc) -> list[Span]:
    """ "runs walker plumbing", "owns bay cleaning": a firm named by its trade right after
    "runs" or "owns", even in plain words or with the owner's surname in it."""
    found = []
    for tok in doc[1:]:
        if tok.lower_ not in _ENDINGS or not tok.is_alpha:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _ENDINGS:
            continue  # "runs nile auto repair": the name ends at "repair"
        for start in range(max(1, tok.i - 3), tok.i):
            words = doc[start : tok.i]
            if _ran(doc, start) and all(t.is_alpha and t.lower_ not in STOP for t in words):
                if all(t.lower_ in _KIND_OF_FIRM for t in words):
                    break  # "runs small agency pixelhaus": what kind of firm, not its name
                found.append(Span(doc, start, tok.i + 1, label="ORG"))
                break
    return found


# Words that say what a firm is like, never its name: "a small agency", "a family bakery".
_KIND_OF_FIRM = frozenset(
    "small little big tiny local new family independent boutique busy successful".split()
)


def _in_a_firms_name(doc: Doc, span: Span) -> bool:
    return any(
        e.label_ == "ORG" and e.start <= span.start and span.end <= e.end and len(span) < len(e)
        for e in doc.ents
    )


def _works_there(doc: Doc, ent: Span, details: list[Span]) -> bool:
    """An organisation said as someone's workplace, not their kid's school or their team."""
    inside = [d for d in details if d.start <= ent.start and ent.end <= d.end]
    if any(d.label_ in _NOT_EMPLOYER_KINDS for d in inside):
        return False
    # News names a new employer only when it says so ("started at Stripe"), not a move
    # ("moving to evanston").
    if any(d.label_ == "plan" and not _JOB_NEWS & {t.lower_ for t in d} for d in inside):
        return False
    lead = [doc[k].lower_ for k in range(max(0, ent.start - 3), ent.start)]
    if lead[-2:] in (["ex", "-"], ["former", "at"]) or lead[-1:] in (["ex-"], ["formerly"]):
        return False  # "ex-Motorola": where they were, not where they are
    if lead[-1:] == ["with"] and _CHOSE & set(lead):
        return False  # "they went with gusto for payroll": a vendor they chose
    if _business_said(doc, ent.start):
        return True  # "his company is KD Logistics": their business, said whole
    if lead[-1:] and lead[-1] in _BUSINESSES and "own" in lead:
        return True  # "runs her own (wee) firm kowalska interiors"
    owned = len(ent) > 2 and ent[1].lower_ in ("'s", "’s")
    if owned and lead[-1:] and lead[-1] in ("got", "has", "have"):
        return True  # "he's got fraser's plumbing": a name's firm that he has
    if lead[-1:] and lead[-1] in TITLE_WORDS:
        return True  # "restaurant owner mezza grill", "ceo of acme" said without "of"
    if lead[-1:] == ["in"] and ent.start >= 2 and doc[ent.start - 2].ent_type_ == "ROLE":
        return True  # "he is engineer in Rakuten", as some write English
    if lead[-1:] == ["for"] and not _WORK_VERBS & set(lead):
        return bool(inside)  # "a bike ride for st jude", "raising money for the Y": a cause
    return bool(set(lead) & _WORKS_LEAD) or bool(inside) or _business_called(doc, ent)


_CHOSE = frozenset("went go goes going chose choose picked pick sticking stuck stayed".split())
_WORK_VERBS = frozenset(
    "work works worked working consults consulting writes writing "
    "drive drives drove driving deliver delivers delivering".split()  # "drives for purolator"
)


_BUSINESSES = frozenset(
    "company business firm shop store agency startup practice studio restaurant bakery "
    "salon brand nonprofit charity clinic cafe café label consultancy".split()
)


def _business_called(doc: Doc, ent: Span) -> bool:
    """ "he runs a logistics company called swiftline freight": their business's name."""
    k = ent.start - 1
    if k < 1 or doc[k].lower_ not in ("called", "named"):
        return False
    return any(t.lemma_.lower() in _BUSINESSES for t in doc[max(0, k - 3) : k])


_JOINS = frozenset("and & n of".split())
_NOT_IN_NAMES = frozenset("PRON AUX ADP SCONJ CCONJ PART DET PUNCT SPACE INTJ".split())


def _called_names(doc: Doc) -> list[Span]:
    """ "has her own salon called gloss bar", "a cafe named bean scene": the business's name
    said after "called", in lowercase too, up to the sentence's next word that names
    nothing ("…called polished last spring": the date is no part of it)."""
    found = []
    for tok in doc[1:-1]:
        if tok.lower_ not in ("called", "named") or doc[tok.i + 1].ent_type_ == "ORG":
            continue
        if not any(t.lemma_.lower() in _BUSINESSES for t in doc[max(0, tok.i - 3) : tok.i]):
            continue
        start = end = tok.i + 1
        if doc[start].lower_ == "the":
            end += 1
        while end < len(doc) and end - start < 4 and _a_word_of_a_name(doc, end, end == start):
            end += 1
        if end > start and doc[end - 1].lower_ != "the":
            found.append(Span(doc, start, end, label="ORG"))
    return found


# Work said with where it is: "teaches at", "a bartender at", "the owner of".
_WORK_AT = frozenset("work works worked working teach teaches teaching coach coaches".split())
_OWNER_OF = frozenset("owner co-owner founder co-founder".split())
# Spanish, French and Italian names open with an article: "la bodega", "el fogón".
_ARTICLES = frozenset("la el los las le les il".split())
# Where someone is, or when, said after "at" like a workplace: "works at home".
_NO_WORKPLACE = frozenset(
    "home work church school night nights least most first last times weekend weekends "
    "night summer day".split()
)


def _lowercase_workplaces(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "a bartender at la bodega on 5th", "the owner of core and flow, loves opera": a
    business said in lowercase after someone's job and "at" (or "owner of"), and set off
    by the end of the clause, is where they work; "at home", "at the gym" say where,
    "at night" when."""
    found = []
    for tok in doc[1:-1]:
        before = doc[tok.i - 1]
        if tok.lower_ == "at":
            job = (
                before.ent_type_ == "ROLE"
                or before.lower_ in _WORK_AT
                or (before.pos_ == "NOUN" and before.dep_ in ("attr", "appos"))
            )
        else:
            job = tok.lower_ == "of" and before.lower_ in _OWNER_OF
        if not job or doc[tok.i + 1].ent_type_ in ("ORG", "PERSON", "GPE", "FAC"):
            continue
        start = end = tok.i + 1
        if doc[start].lower_ in _ARTICLES:
            end += 1
        while end < len(doc) and end - start < 4 and _a_word_of_a_name(doc, end, end == start):
            end += 1
        words = doc[start:end]
        if not words or words[-1].lower_ in _ARTICLES or not words.text.islower():
            continue
        if words[0].lower_ in _NO_WORKPLACE or any(t.tag_ == "NNS" for t in words):
            continue  # "at night school", "with kids"
        if any(t.lower_ in _KINDS_OF_BUSINESS for t in words):
            continue  # "founder of small agency": what the business is, not its name
        ends = end == len(doc) or doc[end].is_punct or "\n" in doc[end].text
        if not ends and not (tok.lower_ == "at" and doc[end].pos_ == "ADP"):
            continue  # "a nurse at night and studies", "owner of dry cleaner on main st"
        if len(words) == 1 and not _unknown_word(words[0], english, set()):
            continue  # "a nurse at nights": one everyday word names no business
        found.append(Span(doc, start, end, label="ORG"))
    return found


def _former_employers(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "w/ jll, industrial leasing. ex-cbre": a name no dictionary knows after "ex-" is
    where they worked before ("ex-wife" is family, "ex-marine" a job)."""
    found = []
    for tok in doc[:-2]:
        if tok.lower_ != "ex" or not _joining_hyphen(doc, tok.i + 1):
            continue
        start = end = tok.i + 2
        while end < len(doc) and end - start < 3 and _unknown_word(doc[end], english, set()):
            end += 1
        if end > start and not doc[start].ent_type_:
            found.append(Span(doc, start, end, label="ORG"))
    return found


def _a_word_of_a_name(doc: Doc, i: int, first: bool) -> bool:
    tok = doc[i]
    if tok.ent_type_ in ("DATE", "TIME") or "\n" in tok.text:
        return False
    if tok.lower_ in _JOINS and not first:  # "sugar and spice": only between two words
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return nxt is not None and nxt.is_alpha and nxt.lower_ not in STOP
    if tok.lower_ in ("'s", "’s") and not first:
        return True  # "nonna's table"
    if tok.pos_ in _NOT_IN_NAMES or tok.lower_ in STOP:
        return False
    return tok.is_alpha or (tok.like_num and not first)  # "pho 99"


def _described(doc: Doc, people: list[Person], owners: Owners, span: Span) -> Person | None:
    """ "lucia ferraro, dimitri's accountant": a role owned by one person describes the one
    named before them."""
    k = span.start - 1
    if k < 1 or doc[k].lower_ not in ("'s", "’s"):
        return None
    possessor = next((m for p in people for m in p.mentions if m.end == k), None)
    if possessor is None or possessor.start < 2 or doc[possessor.start - 1].text not in ",(":
        return None
    return owners.owner(possessor.start, possessor.start)


def _after_names(span: Span, people: list[Person]) -> Span:
    """A detail never starts inside a name: "omar al-farsi IT consultant" is "IT consultant"."""
    start = span.start
    for person in people:
        for m in person.mentions:
            if m.start <= start < m.end < span.end:
                start = m.end
    return span if start == span.start else Span(span.doc, start, span.end, label=span.label_)


def _got_in(span: Span) -> bool:
    """ "got into michigan", "accepted into stanford": an admission, not a hobby."""
    doc, k = span.doc, span.start
    if k < 2 or doc[k - 1].lower_ not in ("into", "to") or doc[k - 2].lower_ not in _ADMITTED:
        return False
    # A place or a school, not a pastime ("she got into pottery"): a name, or "… school".
    return span[0].pos_ == "PROPN" or bool(span[0].ent_type_) or span[-1].lower_ in _SCHOOLS


_SCHOOLS = frozenset("school college university uni program programme academy".split())


_ADMITTED = frozenset("got get gets accepted admitted".split())
_SEEK = frozenset("hire hired hiring need needs needed want wants find found seek".split())


def _sought(role: Span) -> bool:
    """ "she already hired a bookkeeper", "hiring 2 junior devs", "looking for a CPA": a role
    someone hires or looks for is not their own job."""
    doc, k = role.doc, role.start - 1
    while k >= 0 and (doc[k].tag_ in ("DT", "CD", "JJ", "PRP$") or doc[k].like_num):
        k -= 1
    if k < 0:
        return False
    return doc[k].lower_ in _SEEK or (
        doc[k].lower_ == "for" and k > 0 and doc[k - 1].lower_ in ("looking", "searching")
    )


_RAN_INTO = frozenset("met meet ran run bumped saw see seeing into caught sat seated".split())


def _met_there(doc: Doc, ent: Span, people: list[Person]) -> bool:
    """ "ran into tomasz at home depot", "met Joy at the Marriott": where they met, not
    where they work ("Dana Cole at Stripe", with no meeting verb, still works there)."""
    k = ent.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "at":
        return False
    while k > 1 and doc[k - 1].ent_type_ in ("DATE", "TIME"):
        k -= 1  # "coffee with ana today at st oberholz"
    person = _person_at(people, k - 1)
    if person is None:
        return False
    start = next(m.start for m in person.mentions if m.start <= k - 1 < m.end)
    lead = [t.lower_ for t in doc[max(0, start - 3) : start]]
    if set(lead) & _RAN_INTO:
        return True
    # "lunch with piotr at stacja": where you ate; "coffee with raj at the healthbox office"
    # is still where he works.
    at_work = ent.end < len(doc) and doc[ent.end].lower_ in _WORKPLACES
    return lead[-1:] in (["with"], ["w/"]) and bool(set(lead) & _MEALS) and not at_work


_MEALS = frozenset("coffee coffees lunch breakfast brunch dinner drinks beers tea walk".split())
_WORKPLACES = frozenset("office offices hq headquarters plant site warehouse factory".split())
# What a business is, said where its name would be: "owner of small furniture factory".
_KINDS_OF_BUSINESS = (
    BUSINESS_KINDS | _BUSINESSES | _WORKPLACES | frozenset("cleaner cleaners".split())
)


_GATHERINGS = EVENT_HEADS | frozenset(
    "funeral wake visitation vigil memorial service mass baptism christening "
    "graduation celebration".split()
)


_PLATFORMS = frozenset(
    "linkedin facebook instagram tiktok nextdoor reddit meetup bumble whatsapp zoom "
    "slack discord eventbrite".split()
)


def _the_gathering(ent: Span, found: tuple[str, tuple[int, int]] | None) -> bool:
    """The model's firm is the gathering where they met ("at parkrun"), not one that hosts
    it and is a firm too ("BNI breakfast")."""
    if found is None or not ent.start <= found[1][1] - 1 < ent.end:
        return False
    return all(t.lower_ in EVENT_HEADS and t.lower_ not in _HOSTING_HEADS for t in ent)


# Gathering words that are firms' names too: "BNI" hosts the "bni breakfast".
_HOSTING_HEADS = frozenset("bni".split())


def _where_connected(doc: Doc, ent: Span) -> bool:
    """ "coffee with wei chen from linkedin": where they connected, not where they work."""
    if ent.text.casefold().replace(" ", "") not in _PLATFORMS or ent.start == 0:
        return False
    return doc[ent.start - 1].lower_ in ("from", "via", "on", "through", "over", "thru")


_KNOW = frozenset("know knows knew known".split())


def _knows_someone(span: Span, named: set[int]) -> bool:
    """ "knows KD (from the trucker association)": someone named, not someone's manager."""
    k = span.start + 1
    while k < span.end and k in named:
        k += 1
    return k > span.start + 1 and (k >= span.end or span.doc[k].lower_ not in ("'s", "’s"))


def _where_they_know_them(doc: Doc, ent: Span) -> bool:
    """ "knows KD from the trucker association": where two people know each other from."""
    k = ent.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ not in ("from", "through", "thru", "via"):
        return False
    return any(t.lower_ in _KNOW for t in doc[max(0, k - 4) : k])


def _a_relatives_place(doc: Doc, ent: Span, people: list[Person]) -> bool:
    """ "called tomasz, his dad is in hospital at st joes": the relative's place ("her son
    goes to kumon and she runs hr at Medline": "she" is back to the person)."""
    before = [m.end for p in people for m in p.mentions if m.end <= ent.start]
    before += [t.i + 1 for t in doc[: ent.start] if t.lower_ in ("he", "she")]
    since = max(before, default=0)
    return any(
        t.lower_ in RELATIVES and t.i > 0 and doc[t.i - 1].lower_ in _WHOSE
        for t in doc[since : ent.start]
    )


_WHOSE = frozenset("his her their my our 's ’s".split())


def _their_firm(facts: list[Fact], org: str | None) -> list[Fact]:
    """ "from thrivent, she runs their community giving program": their job at a firm the
    note names says whose program it is ("runs Thrivent's community giving program")."""
    if org is None:
        return facts
    facts = _firm_unsaid(facts, org)
    return [
        Fact(f.kind, re.sub(r"\btheir\b", f"{org}'s", f.text, count=1))
        if f.kind == "work" and re.search(r"\btheir\b", f.text)
        else f
        for f in facts
    ]


def _firm_unsaid(facts: list[Fact], org: str) -> list[Fact]:
    """Their work said without the firm's name the org field already says."""
    out = []
    for fact in facts:
        text = work_without_firm(fact.text, org) if fact.kind == "work" else fact.text
        if text:
            out.append(dataclasses.replace(fact, text=text))
    return out


def _where_they_play(doc: Doc, ent: Span, details: list[Span]) -> bool:
    """ "her son plays hockey at edina", "sings in the choir at st mark's": right after a
    pastime, where they do it."""
    k = ent.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ not in ("at", "@", "for", "with"):
        return False
    return any(d.label_ == "interest" and d.end == k for d in details)


def _venue_of(doc: Doc, ent: Span, event_tokens: set[int]) -> bool:
    """ "at the mixer at ponce city market": where the gathering was held."""
    k = ent.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ not in ("at", "@"):
        return False
    # "funeral is saturday at vietnamese martyrs church": where a gathering is held
    return k - 1 in event_tokens or any(t.lower_ in _GATHERINGS for t in doc[max(0, k - 5) : k])


def _person_at(people: list[Person], i: int) -> Person | None:
    for person in people:
        if any(m.start <= i < m.end for m in person.mentions):
            return person
    return None


_THEIRS = frozenset("hers his theirs".split())


def _a_thing_of_theirs(doc: Doc, start: int) -> bool:
    """ "she needs an accountant because hers is retiring", "his is due in january": said
    right after "hers" or "his" standing for something of theirs, it is that thing's."""
    for tok in reversed(doc[max(0, start - 4) : start]):
        if tok.is_punct:
            return False
        if tok.lower_ in _THEIRS and tok.dep_.startswith("nsubj"):
            return True
    return False


def _met_words(doc: Doc) -> bool:
    """A word of meeting or talking ("heard from" is talking; "heard that" is not)."""
    return any(
        t.lower_ in MEETING_WORDS and not _heard_that(t) and not where_met_corrected(t) for t in doc
    )


def _heard_that(tok: Token) -> bool:
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    return tok.lower_ == "heard" and nxt != "from"


# "heard priyanka got promoted", "apparently sam left acme", "saw on linkedin that…": news
# about someone, from someone else.
_SECOND_HAND = frozenset("heard apparently linkedin rumor rumour grapevine".split())


def _second_hand(doc: Doc) -> bool:
    return any(
        t.lower_ in _SECOND_HAND and not (t.lower_ == "heard" and not _heard_that(t)) for t in doc
    )


_FROM = frozenset("from frm @ ( of - – —".split())


def _firm_names(doc: Doc) -> list[Span]:
    """The organisations, with a firm's trailing "CPA", "LLP" or "MD" that the model read as
    a role kept in the name ("Gomez CPA")."""
    ents = list(doc.ents)
    out = []
    for k, ent in enumerate(ents):
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in FIRM_WORDS:
            out.append(Span(doc, ent.start, ent.end, label="ORG"))  # "hana bank"
            continue
        if ent.label_ == "PERSON" and a_club(doc, ent.start, ent.end):
            end = ent.end + (ent.end < len(doc) and doc[ent.end].lower_ in CLUB_WORDS)
            out.append(Span(doc, ent.start, end, label="ORG"))  # "Leeds Rhinos", "Calder XC"
            continue
        if ent.label_ != "ORG":
            continue
        ent = _to_club_suffix(ent)
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (
            nxt is not None
            and nxt.label_ == "ROLE"
            and nxt.start == ent.end
            and len(nxt) == 1
            and nxt.text.isupper()
            and len(nxt.text) <= 4
        ):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
        elif ent.end < len(doc) and doc[ent.end].lower_ in _ENDINGS and not doc[ent.end].ent_type_:
            out.append(Span(doc, ent.start, ent.end + 1, label="ORG"))  # "[dakota youth] council"
        else:
            out.append(ent)
    return out


def _to_club_suffix(ent: Span) -> Span:
    """ "[Ilkley RFC rang]": a club's name ends at its suffix, with what was said after it in
    lower case left out."""
    for k, tok in enumerate(ent[:-1]):
        rest = ent[k + 1 :]
        if tok.lower_ in CLUB_WORDS and not tok.is_lower and all(t.is_lower for t in rest):
            return Span(ent.doc, ent.start, tok.i + 1, label=ent.label_)
    return ent


def _trade_names(doc: Doc) -> list[Span]:
    """ "runs a dim sum place, Golden Lotus, in …": the business named after its trade."""
    found = []
    for tok in doc[:-1]:
        if tok.text == ",":
            end = trade_name_end(doc, tok.i + 1)
            if end is not None:
                found.append(Span(doc, tok.i + 1, end, label="ORG"))
    return found


def _named_after(doc: Doc, people: list[Person], english: frozenset[str]) -> list[Span]:
    """ "tom from hooli", "ana (brightpath)", "Kevin Oduya - Figma", "membership director at
    the ymca", "bilal haddad, zapflow,": one or two words no dictionary knows, right after
    someone's name and "from", "@", "(" or a dash (or after a comma, alone between commas),
    or after a job and "at", name where they work."""
    taken = {i for e in doc.ents if e.label_ != "PERSON" for i in range(e.start, e.end)}
    taken |= {i for p in people for m in p.mentions for i in range(m.start, m.end)}
    anchors = [(m.end, _FROM) for p in people for m in p.mentions]
    anchors += [(e.end, _AT_WORK) for e in doc.ents if e.label_ == "ROLE"]
    # "he is director of sales in Rakuten": English as some write it, a firm's name
    # capitalised after the job and "in" (a city is a place the model names).
    anchors += [
        (e.end, _IN)
        for e in doc.ents
        if e.label_ == "ROLE" and e.end + 1 < len(doc) and doc[e.end + 1].is_title
    ]
    found = []
    for at, leads in anchors:
        if at + 1 >= len(doc):
            continue
        if doc[at].lower_ == "," and _alone_between_commas(doc, at + 1, english, taken):
            found.append(Span(doc, at + 1, at + 2, label="ORG"))
            continue
        if doc[at].lower_ not in leads or _joining_hyphen(doc, at):
            continue  # ("Fujita-san": how he is addressed, no firm after a dash)
        if doc[at + 1].lower_ == "the" and leads is _AT_WORK:
            at += 1  # "at the ymca"
        end = at + 1
        if end < len(doc) and _unknown_word(doc[end], english, taken):
            end += 1
            # "Tehrani Wealth Partners", "dellwood foundation": capitalised words and a
            # firm's last word go on with the name.
            while (
                end < len(doc)
                and end - at <= 4
                and end not in taken
                and (
                    doc[end].is_title
                    or _unknown_word(doc[end], english, taken)
                    or doc[end].lower_ in _ENDINGS
                    or doc[end : end + 2].text.lower() in _PLACES_OF_WORK
                    or doc[end - 1 : end + 1].text.lower() in _PLACES_OF_WORK
                )
            ):
                end += 1
        if end > at + 1:
            found.append(Span(doc, at + 1, end, label="ORG"))
    return found


_AT_WORK = frozenset("at @ with for".split())
# "manager at the braehead care home": the two words that end a workplace's name.
_PLACES_OF_WORK = frozenset(["care home", "nursing home", "health centre", "leisure centre"])
_IN = frozenset(["in"])


def _alone_between_commas(doc: Doc, i: int, english: frozenset[str], taken: set[int]) -> bool:
    """ "bilal haddad, zapflow, twins": in a terse note, a word no dictionary knows set off
    by commas right after a name is where they work."""
    after = doc[i + 1].text if i + 1 < len(doc) else "."
    return _unknown_word(doc[i], english, taken) and after in (",", ".", ";", "\n")


# Last words of a business's name, said in lowercase ("haddad towing", "sharp eye inspections").
_ENDINGS = FIRM_WORDS | frozenset(
    "towing trucking hauling transport inspections inspection cleaners autos dental medical "
    "legal law realty homes painting flooring remodeling renovations catering cattle "
    "charters janitorial tutoring events "
    # nonprofits and public bodies: "board at hennepin arts council"
    "council society association alliance coalition institute".split()
)
_FIRM_LEADS = frozenset(
    "owns own runs run at from with of for called named @ ( - – , business".split()
)


def _firm_phrases(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "he has a tow truck business haddad towing", "luz from sharp eye inspections",
    "the Italian-American chamber": a business named by its trade, that the model missed."""
    # (a name the model took for a number, "aileen frew interiors", is still the firm's)
    taken = {
        i for e in doc.ents if e.label_ not in ("NORP", "CARDINAL") for i in range(e.start, e.end)
    }
    found = []
    for tok in doc[1:]:
        if tok.lower_ not in _ENDINGS or tok.i in taken:
            continue
        start = tok.i
        while (
            start > 0
            and tok.i - start < 5
            and start - 1 not in taken
            and (
                _joining_hyphen(doc, start - 1)
                or (
                    doc[start - 1].is_alpha
                    and doc[start - 1].lower_ not in STOP
                    and doc[start - 1].lower_ not in _FIRM_LEADS
                )
            )
        ):
            start -= 1
        us = start == tok.i >= 2 and doc[start - 1].lower_ == "us"
        if us and doc[start - 2].lower_ in _FIRM_LEADS and start - 1 not in taken:
            start -= 1  # "from us bank": the bank's name, not "us"
        if start == tok.i or start == 0:
            continue
        words = doc[start : tok.i]
        lead = doc[start - 1].lower_
        if lead == "the" and start >= 2 and doc[start - 2].lower_ in _FIRM_LEADS:
            lead = doc[start - 2].lower_  # "grants officer at the mcknight foundation"
        named = any(_unknown_word(t, english, taken) or t.is_title for t in words) or (
            words.text.lower() == "us"
        )
        if lead in _FIRM_LEADS and (named or lead in ("from", "@")):
            found.append(Span(doc, start, tok.i + 1, label="ORG"))
        elif tok.lower_ == "chamber" and all(t.lower_ in DEMONYMS or t.text == "-" for t in words):
            found.append(Span(doc, start, tok.i + 1, label="ORG"))  # "italian-american chamber"
    return found


_FANDOM = FANDOM | frozenset("tailgate tailgating season".split())


def _teams(doc: Doc) -> list[Span]:
    """ "a mets fan", "huge bills fans", "Ospreys season ticket", "giants tailgate": the team
    someone follows, a name of its own (an interest, never an employer)."""
    found = []
    for tok in doc[1:]:
        if tok.lower_ not in _FANDOM and not a_team(doc, tok.i - 1):
            continue  # ("a Longhorns guy", "the Bengals watch party")
        if tok.lower_ == "season" and not (
            tok.i + 1 < len(doc) and doc[tok.i + 1].lemma_ == "ticket"
        ):
            continue
        team = doc[tok.i - 1]
        start = hyphen_start(doc, team.i)  # "ti-cats"
        if team.lower_ in STOP:
            continue  # "both mad about the Scarlets": who is mad, no team
        if a_team(doc, team.i) and team.ent_type_ in ("", "PERSON", "ROLE"):
            found.append(Span(doc, start, team.i + 1, label="ORG"))
    return found + followed_teams(doc)  # "supports Hearts", "plays prop for Norths"


def _joining_hyphen(doc: Doc, i: int) -> bool:
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


_WORK_ADVERBS = frozenset("remotely now currently still full-time part-time mostly".split())


def _works_for(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "works for nordhavn marine", "working remotely for tallinnsoft": the words after
    "works for" name the employer the model left unlabelled, when one of them is a name."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    found = []
    for tok in doc:
        if tok.lower_ != "for" or tok.i + 1 >= len(doc) or tok.i + 1 in taken:
            continue
        k = tok.i - 1
        while k >= 0 and doc[k].lower_ in _WORK_ADVERBS:
            k -= 1
        if k < 0 or doc[k].lower_ not in _WORK_VERBS:
            continue
        end = tok.i + 1
        while (
            end < len(doc)
            and end - tok.i <= 3
            and end not in taken
            and doc[end].is_alpha
            and doc[end].lower_ not in STOP
            and doc[end].pos_ in ("PROPN", "NOUN", "ADJ", "X")
        ):
            end += 1
        words = doc[tok.i + 1 : end]
        if words and any(_unknown_word(t, english, taken) or t.is_title for t in words):
            found.append(Span(doc, tok.i + 1, end, label="ORG"))
    return found


def _unknown_word(tok: Token, english: frozenset[str], taken: set[int]) -> bool:
    lower = tok.lower_
    return (
        bool(english)
        and tok.is_alpha
        and tok.i not in taken
        and lower not in english
        and tok.lemma_.lower() not in english
        and lower not in STOP
        and lower not in DEMONYMS  # "Kwame (Akan, from Kumasi)": his people, no firm
    )


# Groups a child or a player is in: "his son is on Rohan's team", "in ms. lee's class".
_GROUPS = frozenset("team class squad league troop classroom crew group cohort".split())


def _only_whose(doc: Doc, person: Person, people: list[Person]) -> bool:
    """ "his son Malik is on Rohan's team": a name said only as whose team or class it is
    names nobody the user met or heard news of."""
    if person.known or person.is_relative or any(p.of is person for p in people):
        return False
    for m in person.mentions:
        if m.start == 0 or doc[m.start - 1].lower_ not in ("on", "in", "for", "with"):
            return False  # "katya's team won state": news of Katya
        after = doc[m.end : m.end + 4]
        if not after or after[0].lower_ not in ("'s", "’s"):
            return False
        if not any(t.lemma_.lower() in _GROUPS for t in after[1:]):
            return False
    return True


def _a_persons_name(text: str, people: list[Person]) -> bool:
    """ "KD", "Senthil": the name, a word of it, or a nickname of someone in the note."""
    said = text.casefold()
    return any(
        said == n.casefold() or said in n.casefold().split()
        for p in people
        for n in [p.name, *p.aka]
    )


def _an_aka(org: str, people: list[Person]) -> bool:
    return any(org.casefold() == a.casefold() for p in people for a in p.aka)


def _share_orgs(doc: Doc, people: list[Person], orgs: dict[int, str]) -> None:
    """ "anna and james from blue ocean": both work there."""
    firsts = sorted((p.mentions[0], p) for p in people if not p.is_relative)
    for (span, person), (nxt_span, nxt) in itertools.pairwise(firsts):
        gap = [t.lower_ for t in doc[span.end : nxt_span.start]]
        if id(person) not in orgs and id(nxt) in orgs and gap in (["and"], ["&"], ["+"]):
            orgs[id(person)] = orgs[id(nxt)]
