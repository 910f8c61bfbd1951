"""Trial 26 (a Scottish plumber): a firm named after its owner and its trade ("gordon
mcleish tiling") is a firm, not a person; "runs her own wee firm X" is where she works;
Scots "wi" and "fae" read as "with" and "from"; a nationality and "lad" is who someone is,
not a firm; and the user's own child ("wi our callum") is not said on a contact's card."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW
from tests.nlp.helpers import names, person


@pytest.mark.parametrize(
    ("note", "who", "firm"),
    [
        (
            "met gordon mcleish, tiler, works for himself, gordon mcleish tiling. "
            "his girl does ballet",
            "Gordon",
            "Gordon McLeish Tiling",
        ),
        (
            "met aileen frew, decorator, self employed, aileen frew interiors. her son is at uni",
            "Aileen",
            "Aileen Frew Interiors",
        ),
        (
            "spoke to kenny mcphail, has his own business, mcphail kitchens. his wife is a nurse",
            "Kenny",
            "McPhail Kitchens",
        ),
    ],
)
def test_a_firm_named_after_its_owner_is_no_person(
    extractor: NoteExtractor, note: str, who: str, firm: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert len(out.people) == 1, names(out)
    found = person(out, who)
    assert (found.org, found.relation) == (firm, None), (found, out.orgs)


@pytest.mark.parametrize(
    ("note", "who", "firm"),
    [
        (
            "met ravi patel, runs his own wee firm patel plumbing in dundee",
            "Ravi",
            "Patel Plumbing",
        ),
        (
            "met agnieszka kowalska, runs her own firm kowalska interiors in greenock",
            "Agnieszka",
            "Kowalska Interiors",
        ),
        (
            "chatted to hamish, he runs his own wee business, cairns landscaping, out of largs",
            "Hamish",
            "Cairns Landscaping",
        ),
    ],
)
def test_their_own_firm_is_their_org_and_the_work_is_said_without_its_name(
    extractor: NoteExtractor, note: str, who: str, firm: str
) -> None:
    out = extractor.extract(note, now=NOW)
    found = person(out, who)
    assert found.org == firm, (found, out.orgs)
    work = [f.text for f in found.facts if f.kind == "work"]
    assert not [w for w in work if firm.split()[-1].lower() in w.lower() or " wee " in w], work


@pytest.mark.parametrize(
    ("note", "who", "firm"),
    [
        ("fiona grant fae grant lettings wants her boiler serviced", "Fiona", "Grant Lettings"),
        ("met stuart fae macleod motors, nice guy", "Stuart", "Macleod Motors"),
    ],
)
def test_fae_is_from(extractor: NoteExtractor, note: str, who: str, firm: str) -> None:
    out = extractor.extract(note, now=NOW)
    assert person(out, who).org == firm, (out.people, out.orgs)


@pytest.mark.parametrize(
    "note",
    [
        "met alan, his lassie plays netball wi the girls fae renfrew",
        "met bernadette, her son's doing an apprenticeship wi a joiner",
        "met gary, his boy's starting an apprenticeship wi the council",
    ],
)
def test_scots_words_are_not_pasted_into_details(extractor: NoteExtractor, note: str) -> None:
    out = extractor.extract(note, now=NOW)
    texts = [f.text for p in out.people for f in p.facts] + out.topics
    assert texts, out
    assert not [t for t in texts if {"wi", "fae"} & set(t.lower().split())], texts


@pytest.mark.parametrize(
    ("note", "who"),
    [
        ("imran bashir, pakistani lad, runs a corner shop on the high street", "Imran"),
        ("met joanna, polish lass, works in the bakery on gauze street", "Joanna"),
        ("suresh, indian guy, does the books for the golf club", "Suresh"),
    ],
)
def test_a_nationality_and_lad_is_no_firm(extractor: NoteExtractor, note: str, who: str) -> None:
    out = extractor.extract(note, now=NOW)
    person(out, who)
    assert not [o for o in out.orgs if o.split()[-1].lower() in ("lad", "lass", "guy")], out.orgs


@pytest.mark.parametrize(
    "note",
    [
        "starting an apprenticeship wi scottish water already",
        "met declan, his daughter works at tesco bank now",
    ],
)
def test_a_word_of_time_is_no_part_of_a_firm(extractor: NoteExtractor, note: str) -> None:
    out = extractor.extract(note, now=NOW)
    assert not [o for o in out.orgs if o.split()[-1].lower() in ("already", "now")], out.orgs


@pytest.mark.parametrize(
    ("note", "who"),
    [
        ("craig dunlop, joiner. his boy plays left back wi our callum", "Craig"),
        ("met moira at the gala, her lass dances alongside my isla", "Moira"),
        ("ahmed, his lad plays the drums alongside oor jamie", "Ahmed"),
    ],
)
def test_the_users_own_child_is_not_said_on_their_card(
    extractor: NoteExtractor, note: str, who: str
) -> None:
    out = extractor.extract(note, now=NOW)
    facts = [f.text.lower() for f in person(out, who).facts]
    assert not [f for f in facts if {"our", "oor", "my"} & set(f.split())], facts


@pytest.mark.parametrize(
    ("note", "who", "firm"),
    [
        ("met dougie at the expo, he has dougie's roofing in ayr", "Dougie", "Dougie's Roofing"),
        (
            "kasia nowak, polish lass, runs kasia's corner shop on the main street",
            "Kasia",
            "Kasia's Corner Shop",
        ),
        ("met fraser, he's got fraser's plumbing now, doing well", "Fraser", "Fraser's Plumbing"),
    ],
)
def test_a_names_trade_is_their_firm(
    extractor: NoteExtractor, note: str, who: str, firm: str
) -> None:
    out = extractor.extract(note, now=NOW)
    found = person(out, who)
    assert found.org == firm, (found, out.orgs)
    assert not [f for f in found.facts if f.text.lower() in ("has", "runs", "got")], found.facts


@pytest.mark.parametrize(
    ("note", "who", "firm"),
    [
        ("met eilidh, she's the deputy manager at the glenburn care home", "Eilidh", "Glenburn"),
        ("spoke to sanjay, he's a nurse at the strathmore nursing home", "Sanjay", "Strathmore"),
    ],
)
def test_a_care_home_is_named_whole(
    extractor: NoteExtractor, note: str, who: str, firm: str
) -> None:
    out = extractor.extract(note, now=NOW)
    org = person(out, who).org or ""
    assert org.startswith(firm) and org.endswith(" Home"), (org, out.orgs)


@pytest.mark.parametrize(
    ("note", "who", "place"),
    [
        ("met him at the golf club yesterday, dougal reid, sells vans", "Dougal", "golf club"),
        ("met lorna at the bowling club on saturday, she's a vet", "Lorna", "bowling club"),
        ("met ahmed at the gym this morning, he's an architect", "Ahmed", "gym"),
    ],
)
def test_where_they_met_is_no_pastime(
    extractor: NoteExtractor, note: str, who: str, place: str
) -> None:
    out = extractor.extract(note, now=NOW)
    facts = [f.text for f in person(out, who).facts if f.kind in ("interest", "work")]
    assert not [f for f in facts if place in f.lower()], facts


@pytest.mark.parametrize(
    "note",
    [
        "met tam at the golf club, he's still cut up about it",
        "chatted to morag, she's absolutely gutted about the job",
        "rang kenny, he's fair scunnered wi the council",
    ],
)
def test_a_feeling_is_no_job_or_pastime(extractor: NoteExtractor, note: str) -> None:
    out = extractor.extract(note, now=NOW)
    facts = [f.text for p in out.people for f in p.facts if f.kind in ("interest", "work")]
    feelings = ("cut up", "gutted", "scunnered")
    assert not [f for f in facts if any(w in f.lower() for w in feelings)], facts


@pytest.mark.parametrize(
    ("note", "who", "need"),
    [
        ("met lorna baird, her heating's been playing up", "Lorna", "heating"),
        ("chatted to ravi at the builders merchant, his shower keeps packing in", "Ravi", "shower"),
        (
            "met joe ferguson, the flat above his shop has a leaking combi boiler, "
            "wants it looked at",
            "Joe",
            "combi boiler",
        ),
        ("met di okafor, she has an old gas fire and wants it serviced", "Di", "gas fire"),
    ],
)
def test_something_of_theirs_broken_is_a_need(
    extractor: NoteExtractor, note: str, who: str, need: str
) -> None:
    out = extractor.extract(note, now=NOW)
    found = person(out, who)
    assert [f for f in found.facts if f.kind == "need" and need in f.text], found.facts
    assert not [f for f in found.facts if f.kind == "interest" and "up" in f.text], found.facts


@pytest.mark.parametrize(
    ("note", "who"),
    [
        (
            "met aisha siddiqui, she manages a care home, they've got old radiators all "
            "through the building",
            "Aisha",
        ),
        ("met brian, caretaker at the school, they've got ancient boilers in the annexe", "Brian"),
        ("spoke to nkechi, she's got dodgy wiring in the back bedroom", "Nkechi"),
    ],
)
def test_the_state_of_what_they_have_is_no_news(
    extractor: NoteExtractor, note: str, who: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert not [f for f in person(out, who).facts if f.kind == "plan"], person(out, who).facts


@pytest.mark.parametrize(
    ("note", "who"),
    [
        ("met shona mackay, her knee's been playing up since the marathon", "Shona"),
        ("rang davie, his hip is acting up again", "Davie"),
    ],
)
def test_their_body_playing_up_is_no_need(extractor: NoteExtractor, note: str, who: str) -> None:
    out = extractor.extract(note, now=NOW)
    assert not [f for f in person(out, who).facts if f.kind == "need"], person(out, who).facts
