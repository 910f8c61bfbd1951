"""Names as they are written around the world: honorifics before a name (Cllr, Mdm, Encik,
Ma. for Maria), particles inside one (ap, binti, Nic), Irish given names with a fada, short
forms of a given name with the same surname; and places, firms, teams and abbreviations
that are never people."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor

from .helpers import names

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday


@pytest.mark.parametrize(
    ("note", "name"),
    [
        (
            "Coffee with Cllr Bronwen Pritchard about the library funding, she wants a plan",
            "Bronwen Pritchard",
        ),
        (
            "Met Encik Zulkifli at the trade fair, he imports spices and wants a distributor",
            "Zulkifli",
        ),
        ("Puan Noraini from the school PTA asked me to sponsor the sports day", "Noraini"),
        ("Tea with Mdm Salmah after the meeting, she runs the canteen and needs a cook", "Salmah"),
        ("Cik Haslinda rang about the wedding deposit, she wants to pay in two parts", "Haslinda"),
    ],
)
def test_an_honorific_before_a_name_is_no_part_of_it(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    assert names(extractor.extract(note, now=NOW)) == [name]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        (
            "Lunch with Ma. Cristina Villanueva, she is a nurse and wants to move to Canada",
            "Ma. Cristina Villanueva",
        ),
        (
            "Ma. Theresa Santos emailed the quote for the catering, she needs an answer soon",
            "Ma. Theresa Santos",
        ),
    ],
)
def test_ma_with_a_full_stop_before_a_filipino_name_is_maria(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    assert names(extractor.extract(note, now=NOW)) == [name]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Met Rhodri ap Iorwerth at the rugby club, he is an electrician", "Rhodri ap Iorwerth"),
        ("Coffee with Aled ab Owain, he builds websites for farms", "Aled ab Owain"),
        (
            "Saw Nurul Huda binti Kassim at the expo, she designs batik scarves",
            "Nurul Huda binti Kassim",
        ),
        ("Siti bte Yusof wants a quote for the office fit-out", "Siti bte Yusof"),
        ("Drinks with Faizal bin Rahman, he runs a printing shop", "Faizal bin Rahman"),
    ],
)
def test_a_name_particle_keeps_the_name_whole(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    assert names(extractor.extract(note, now=NOW)) == [name]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("coffee with Seán, he is starting a podcast about hurling", "Seán"),
        ("coffee with Ciarán, he is selling his van", "Ciarán"),
        ("Drinks with Oisín, he wants to sponsor the under 12s", "Oisín"),
        ("Pint with Darragh after work, he wants help with his CV", "Darragh"),
        ("lunch with Clodagh, she is opening a bakery in the spring", "Clodagh"),
        ("Méabh called about the gig, she needs a drummer", "Méabh"),
        ("met Eimear at the launch, she does PR for charities", "Eimear"),
    ],
)
def test_irish_given_names_with_a_fada_are_names_when_capitalised(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    assert names(extractor.extract(note, now=NOW)) == [name]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Jaswant Gill rang, he wants a quote. Jas Gill said the budget is tight", "Jaswant Gill"),
        (
            "Met Gurpreet Sandhu at the expo. Guri Sandhu is looking for a bookkeeper",
            "Gurpreet Sandhu",
        ),
        (
            "Lunch with Thembeka Dlamini, she sells solar panels. Thembi Dlamini wants leads",
            "Thembeka Dlamini",
        ),
    ],
)
def test_a_short_given_name_with_the_same_surname_is_the_same_person(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    assert names(extractor.extract(note, now=NOW)) == [name]


def test_two_people_sharing_a_surname_stay_two(extractor: NoteExtractor) -> None:
    note = "Met Gareth Lloyd at the club. Gwen Lloyd, his sister, runs a cafe"
    assert names(extractor.extract(note, now=NOW)) == ["Gareth Lloyd", "Gwen Lloyd"]


@pytest.mark.parametrize(
    ("note", "name", "firm"),
    [
        (
            "Coffee with Megan Price, she works at Harcourt Accountancy and wants clients",
            "Megan Price",
            "Harcourt",
        ),
        (
            "Lunch with Tasha Greene, she owns Bloom Events and needs a photographer",
            "Tasha Greene",
            "Bloom",
        ),
        (
            "Met Kieran Walsh, he plays for the Ospreys Blues and coaches juniors",
            "Kieran Walsh",
            "Ospreys",
        ),
        (
            "Chat with Dwayne Morgan, a big Sunshine Boyz fan, he sells insurance",
            "Dwayne Morgan",
            "Sunshine",
        ),
        ("Met Gethin Morgan. Swansea Blues fan. wants a new boiler", "Gethin Morgan", "Swansea"),
        (
            "Niamh Daly teaches at Scoil Bhríde and wants a reading volunteer",
            "Niamh Daly",
            "Bhríde",
        ),
    ],
)
def test_a_firm_team_or_school_is_no_person(
    extractor: NoteExtractor, note: str, name: str, firm: str
) -> None:
    found = names(extractor.extract(note, now=NOW))
    assert name in found
    assert not any(firm in n for n in found)


@pytest.mark.parametrize(
    ("note", "name", "place"),
    [
        (
            "Met Lerato at the braai, she just moved back from Durbanville and is job hunting",
            "Lerato",
            "Durbanville",
        ),
        (
            "Coffee with Kamau near Westlands, he is building an app for bus fares",
            "Kamau",
            "Westlands",
        ),
        ("Thabo runs a spaza shop in Soweto and wants a supplier", "Thabo", "Soweto"),
        ("Drinks with Ffion, she is opening a florist in Canton", "Ffion", "Canton"),
        (
            "Aroha is organising a hui for Waitangi weekend, she needs a caterer",
            "Aroha",
            "Waitangi",
        ),
    ],
)
def test_a_place_or_festival_is_no_person(
    extractor: NoteExtractor, note: str, name: str, place: str
) -> None:
    found = names(extractor.extract(note, now=NOW))
    assert name in found
    assert place not in found


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Call Tomasz wk of 12th about the invoice", "Tomasz"),
        ("Ring Abena Wk of the 3rd, she wants the brochure", "Abena"),
        ("Wanjiru flies KQ to Mombasa on Friday, she wants a lift to the airport", "Wanjiru"),
        ("Mpho is hiring Devs and asked me to forward CVs", "Mpho"),
    ],
)
def test_an_abbreviation_is_no_person_nor_nickname(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert names(r) == [name]
    assert all(a.lower() not in ("wk", "kq", "devs", "cvs") for a in r.people[0].aka)


@pytest.mark.parametrize(
    ("note", "name", "place"),
    [
        ("Umhlanga property breakfast\n1. Sizwe Ndlovu - wants a bond", "Sizwe Ndlovu", "Umhlanga"),
        (
            "Kilimani business owners meetup. Wanjiku Mwangi runs a bakery",
            "Wanjiku Mwangi",
            "Kilimani",
        ),
        (
            "Soweto small business breakfast. Met Thabiso Nkosi, he runs a car wash",
            "Thabiso Nkosi",
            "Soweto",
        ),
        (
            "Rondebosch parents committee meeting - Zanele Khumalo offered to do the raffle",
            "Zanele Khumalo",
            "Rondebosch",
        ),
        (
            "Porirua netball club dinner, sat next to Hemi Walker, he fixes boats",
            "Hemi Walker",
            "Porirua",
        ),
    ],
)
def test_a_place_opening_a_gathering_is_no_person(
    extractor: NoteExtractor, note: str, name: str, place: str
) -> None:
    found = names(extractor.extract(note, now=NOW))
    assert name in found
    assert place not in found


@pytest.mark.parametrize(
    ("note", "name", "place"),
    [
        ("Ffion is off to Brisbane in March, so I need another florist", "Ffion", "Brisbane"),
        ("Talked to Kwesi, he's off to Kumasi for the funeral next week", "Kwesi", "Kumasi"),
    ],
)
def test_where_someone_is_off_to_is_a_place(
    extractor: NoteExtractor, note: str, name: str, place: str
) -> None:
    found = names(extractor.extract(note, now=NOW))
    assert name in found
    assert place not in found


@pytest.mark.parametrize(
    ("note", "name", "firm"),
    [
        (
            "Mr Pillay, roof leak, insurance w/ Hollard, needs a quote and photos",
            "Pillay",
            "Hollard",
        ),
        ("Tendai banks with Stanbic and wants to switch, call her Friday", "Tendai", "Stanbic"),
        ("Owen Rees, car written off, claim with Admiral still open", "Owen Rees", "Admiral"),
    ],
)
def test_a_policy_or_account_is_held_with_a_firm(
    extractor: NoteExtractor, note: str, name: str, firm: str
) -> None:
    found = names(extractor.extract(note, now=NOW))
    assert name in found
    assert not any(firm in n for n in found)


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Lovely chat with Imogen about the lease, call her wk of 9th", "Imogen"),
        ("Coffee with Baraka, he is hiring drivers. Send him CVs on Monday", "Baraka"),
        ("Nokuthula needs PDFs of the floor plans before the viewing", "Nokuthula"),
    ],
)
def test_a_week_or_plural_initials_said_alone_is_no_person(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert names(r) == [name]
    assert not r.people[0].aka


@pytest.mark.parametrize(
    ("note", "name", "festival"),
    [
        ("Hemi Walker wants the marae kitchen finished before Matariki", "Hemi Walker", "Matariki"),
        ("Kavitha said the shop reopens after Deepavali, call her then", "Kavitha", "Deepavali"),
        ("Met Anjali Rao, she wants the new menu printed before Diwali", "Anjali Rao", "Diwali"),
    ],
)
def test_a_festival_is_no_person(
    extractor: NoteExtractor, note: str, name: str, festival: str
) -> None:
    assert names(extractor.extract(note, now=NOW)) == [name]


def test_dtr_is_short_for_daughter(extractor: NoteExtractor) -> None:
    r = extractor.extract("Chidi Okeke - dtr Adaeze starts at Lagos Uni in Sept", now=NOW)
    adaeze = next(p for p in r.people if p.name == "Adaeze")
    assert (adaeze.relation, adaeze.of) == ("daughter", "Chidi Okeke")


def test_initials_someone_works_with_as_a_pilot_are_a_firm(extractor: NoteExtractor) -> None:
    note = "Met Wanjiru Kamau, her husband Baraka is a pilot with KQ. She wants a new car"
    r = extractor.extract(note, now=NOW)
    assert names(r) == ["Wanjiru Kamau", "Baraka"]
    assert r.people[1].org == "KQ"


@pytest.mark.parametrize(
    ("note", "name", "place"),
    [
        (
            "Siphesihle Ndaba, Umlazi. runs a tuck shop, needs stock finance",
            "Siphesihle Ndaba",
            "Umlazi",
        ),
        ("Tavita Leota, Mangere. wants a quote for a deck", "Tavita Leota", "Mangere"),
    ],
)
def test_one_word_after_a_full_name_and_a_comma_is_where_they_live(
    extractor: NoteExtractor, note: str, name: str, place: str
) -> None:
    assert names(extractor.extract(note, now=NOW)) == [name]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Lunch with Farah Naz, they are hiring 2 Flutter devs for a fintech app", "Farah Naz"),
        ("Met Tunde Bello, his startup needs 3 senior Kotlin devs by March", "Tunde Bello"),
    ],
)
def test_people_counted_by_what_they_work_in_are_no_one_named(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    assert names(extractor.extract(note, now=NOW)) == [name]


@pytest.mark.parametrize(
    ("note", "child"),
    [
        ("Coffee with Moana Rewi, dtr Kiri at Otago, wants a flat for her", "Kiri"),
        ("Met Gethin Lewis. dtr Elin at Aber, wants a summer job", "Elin"),
    ],
)
def test_a_capitalised_name_after_a_relative_word_is_that_relative(
    extractor: NoteExtractor, note: str, child: str
) -> None:
    r = extractor.extract(note, now=NOW)
    kid = next((p for p in r.people if p.name == child), None)
    assert kid is not None, names(r)
    assert kid.relation == "daughter"
