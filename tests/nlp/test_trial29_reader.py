"""Trial 29 (a mortgage adviser): a lowercase full name before "the <role>" or after a dash
is a person, and "his wife" said next binds to them, not to someone named later; a bullet
"name - job" line names its person; a gathering's name ("mandir havan", "xmas bash") is
nobody; a street after "on" is no part of a firm, a loan ratio is no firm,
praise is no work; "her nan (nani)" is her grandmother, known as Nani; and "his wife" said
with nobody named before it is no wife of someone named after."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW
from tests.nlp.helpers import names, person


@pytest.mark.parametrize(
    ("note", "who", "relative", "later"),
    [
        (
            "bowls club (knighton bc) - dennis price the treasurer, ex fireman, his wife "
            "carol's dad is in hospital. also kofi mensah, ghanaian chap, electrician",
            "Dennis",
            "Carol",
            "Kofi",
        ),
        (
            "golf society - martin wood the secretary, retired teacher, his daughter amy just "
            "got engaged. also ravi patel, dentist",
            "Martin",
            "Amy",
            "Ravi",
        ),
    ],
)
def test_a_full_name_before_the_role_is_a_person_and_keeps_their_relative(
    extractor: NoteExtractor, note: str, who: str, relative: str, later: str
) -> None:
    out = extractor.extract(note, now=NOW)
    found = person(out, who)
    assert len(found.name.split()) == 2, names(out)
    surname = found.name.split()[1].lower()
    assert not [f.text for f in found.facts if surname in f.text.lower()], found.facts
    kin = person(out, relative)
    assert kin.of == found.name, (kin, names(out))
    assert not [f for f in person(out, later).facts if relative.lower() in f.text.lower()]


@pytest.mark.parametrize(
    ("note", "full"),
    [
        ("- parminder rai - plasterer, oadby", "Parminder Rai"),
        ("- manjit dhillon - joiner, does kitchens + stairs, wigston", "Manjit Dhillon"),
        ("notes from the fair:\n- kamal rai - builder, does loft conversions", "Kamal Rai"),
    ],
)
def test_a_bullet_of_name_then_job_names_a_person(
    extractor: NoteExtractor, note: str, full: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert names(out) == [full]


@pytest.mark.parametrize(
    ("note", "who"),
    [
        ("sat - mandir havan w/ the joshis. met anita there", "Anita"),
        ("sat - gurdwara langar w/ the bains. jas says hi", "Jas"),
        ("xmas eve drinks at the fox - sean kelly, irish, new at halifax", "Sean"),
        ("fri - office xmas bash at the bell, chatted to bev reid", "Bev"),
    ],
)
def test_a_gatherings_name_is_nobody(extractor: NoteExtractor, note: str, who: str) -> None:
    out = extractor.extract(note, now=NOW)
    assert [n.split()[0] for n in names(out)] == [who], names(out)


def test_a_street_after_on_is_no_part_of_the_firm(extractor: NoteExtractor) -> None:
    out = extractor.extract(
        "met anil shah (solicitor, kapoor & co on belgrave rd) - his son is at uni", now=NOW
    )
    assert person(out, "Anil").org == "Kapoor & Co", out.orgs


@pytest.mark.parametrize(
    "note",
    [
        "met kerry bloom re a remortgage, ltv about 75%, wants a 2yr fix",
        "saw dan okoro, ltv around 80% on the flat, sending options",
    ],
)
def test_a_loan_ratio_is_no_firm(extractor: NoteExtractor, note: str) -> None:
    out = extractor.extract(note, now=NOW)
    assert not [o for o in out.orgs if "ltv" in o.lower()], out.orgs
    assert all(p.org is None for p in out.people), [(p.name, p.org) for p in out.people]


@pytest.mark.parametrize(
    ("note", "who", "praise"),
    [
        ("priya's cousin sent me a lead. priya is a diamond, send her a card", "Priya", "diamond"),
        ("colin passed on two referrals, colin is a gem, buy him a pint", "Colin", "gem"),
    ],
)
def test_praise_is_no_work(extractor: NoteExtractor, note: str, who: str, praise: str) -> None:
    out = extractor.extract(note, now=NOW)
    assert not [f for f in person(out, who).facts if praise in f.text.lower() and f.kind == "work"]


@pytest.mark.parametrize(
    ("note", "who", "elder", "relation"),
    [
        ("sunita's nan (nani) is 90 next month, big party", "Sunita", "Nani", "grandmother"),
        ("joe's dad (pops) had his knee done, off work a while", "Joe", "Pops", "father"),
    ],
)
def test_a_relative_named_in_brackets_is_that_relative(
    extractor: NoteExtractor, note: str, who: str, elder: str, relation: str
) -> None:
    out = extractor.extract(note, now=NOW)
    kin = person(out, elder)
    assert (kin.relation, kin.of) == (relation, person(out, who).name), names(out)


@pytest.mark.parametrize(
    ("note", "relative", "later"),
    [
        (
            "rugby club - chatted to the captain, his wife carol's dad is in hospital. also "
            "kofi mensah, electrician",
            "Carol",
            "Kofi",
        ),
        (
            "golf day - the club secretary, retired teacher, his daughter amy just got engaged. "
            "also ravi patel, dentist",
            "Amy",
            "Ravi",
        ),
    ],
)
def test_his_relative_is_never_someone_named_laters(
    extractor: NoteExtractor, note: str, relative: str, later: str
) -> None:
    out = extractor.extract(note, now=NOW)
    other = person(out, later)
    assert not [f for f in other.facts if relative.lower() in f.text.lower()], other.facts
    assert all(p.of != other.name for p in out.people), [(p.name, p.of) for p in out.people]
