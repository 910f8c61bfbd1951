"""A named relative and what they do, said in one breath ("his missus fiona's a pharmacist
at boots", "her brother Farai is an engineer at Econet and does…"): the contact's card keeps
the whole line as their family (nlp/corpus/GUIDE.md: "a relative and what is said about
them"), and the relative keeps their job. The detail tagger often tags only the relative's
job, or only "brother Farai", so the card lost who the relative is and what they do."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import PersonMention
from tests.conftest import NOW
from tests.nlp.helpers import person


def _family(p: PersonMention) -> list[str]:
    return [f.text.lower() for f in p.facts if f.kind == "family"]


def _own(p: PersonMention) -> str:
    return " ".join(f.text.lower() for f in p.facts if f.kind != "family")


@pytest.mark.parametrize(
    ("note", "contact", "relative", "job"),
    [
        ("caught up with gavin mcintyre at the chamber dinner, he's a surveyor with arcadis "
         "and his missus fiona's a pharmacist at boots. he's after a mortgage broker",
         "Gavin", "Fiona", "pharmacist"),
        ("Met Tendai Moyo at the expo. Her brother Farai is an engineer at Econet and does the "
         "odd bit of consulting for the council on weekends and holidays. She needs a "
         "bookkeeper.", "Tendai", "Farai", "engineer"),
        ("coffee with rosa lima, her son Mateo is really into chess and went to the "
         "nationals in may with his school club. rosa needs a tutor", "Rosa", "Mateo",
         "chess"),
    ],
)  # fmt: skip
def test_a_relatives_job_said_after_their_name_is_the_contacts_family(
    extractor: NoteExtractor, note: str, contact: str, relative: str, job: str
) -> None:
    out = extractor.extract(note, now=NOW)
    family = _family(person(out, contact))
    assert any(relative.lower() in f and job in f for f in family), family
    assert job in _own(person(out, relative)), person(out, relative).facts


def test_a_relatives_line_stops_before_what_else_they_do(extractor: NoteExtractor) -> None:
    """ "is an engineer at Econet and does the odd bit of consulting on weekends and
    holidays": too long for one line of the card; it ends where the second thing starts."""
    out = extractor.extract(
        "Met Tendai Moyo at the expo. Her brother Farai is an engineer at Econet and does the "
        "odd bit of consulting for the council on weekends and holidays.",
        now=NOW,
    )
    family = _family(person(out, "Tendai"))
    assert "brother farai is an engineer at econet" in family, family


def test_the_job_in_a_relatives_line_is_theirs_too(extractor: NoteExtractor) -> None:
    """ "his nephew Jack's a joiner, does kitchens round Bangor": Jack is a joiner, on his
    own card as well as in the contact's family."""
    out = extractor.extract(
        "met with Tom Hughes, his nephew Jack's a joiner, does kitchens round Bangor. Tom "
        "wants a quote.",
        now=NOW,
    )
    jack = person(out, "Jack")
    assert any(f.kind == "work" and f.text.lower() == "joiner" for f in jack.facts), jack.facts


def test_a_role_in_the_club_is_no_relatives_line(extractor: NoteExtractor) -> None:
    """ "Team mom Ngozi Eze runs a bakery": the team's mom, nobody's mother; what she does is
    hers, not the family of whoever was named before her."""
    out = extractor.extract(
        "Under-10s gala today. Our coach, Pieter Smit, is a paramedic. Team mom Ngozi Eze "
        "runs a bakery called Crumbs and wants a new oven.",
        now=NOW,
    )
    coach = person(out, "Pieter")
    assert not any("bakery" in f.text.lower() for f in coach.facts), coach.facts


def test_a_trade_word_after_a_relatives_name_is_their_job(extractor: NoteExtractor) -> None:
    """ "his missus shauna's a physio at the royal": no job the tagger saw, but a trade
    said of Shauna, so hers."""
    out = extractor.extract(
        "bumped into declan walsh at the match, his missus shauna's a physio over at the "
        "royal. he wants a new van",
        now=NOW,
    )
    shauna = person(out, "Shauna")
    assert any(f.kind == "work" and "physio" in f.text.lower() for f in shauna.facts), shauna
