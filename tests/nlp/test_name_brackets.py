"""Notes as a sports physio dictates them: another form of a name in brackets, a club in
brackets, clubs named by their place and suffix, role words and places. Each is one
contact or none, never a contact made of a club, a job or a road."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from tests.nlp.helpers import names

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("mrs okonjo (grace) came in, her shoulder is much better", "Grace Okonjo"),
        ("Ms Kowalski (Agnieszka) booked a follow up for her ankle", "Agnieszka Kowalski"),
        ("dr mehta (sunita) sent over a runner with a stress fracture", "Sunita Mehta"),
        ("saw Mr Hughes (Gareth) after training, his calf is tight", "Gareth Hughes"),
        ("saw mr hughes (gareth) after training, his calf is tight", "Gareth Hughes"),
        ("mrs pugh (rhian) booked in for her back", "Rhian Pugh"),
    ],
)
def test_a_given_name_in_brackets_after_a_title_and_surname_completes_the_name(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert names(r) == [name]
    given = name.split()[0]
    assert r.people[0].org != given and given not in r.orgs


@pytest.mark.parametrize(
    ("note", "short", "formal", "surname"),
    [
        (
            "Bex (Rebecca) Adeyemi swims for the county, her shoulder is sore",
            "Bex",
            "Rebecca",
            "Adeyemi",
        ),
        (
            "Mags (Margaret) Thornton wants to get back into fell running",
            "Mags",
            "Margaret",
            "Thornton",
        ),
        ("Jonno (Jonathan) Price has a sore back after the derby", "Jonno", "Jonathan", "Price"),
        ("Kasia (Katarzyna) Wójcik came in for her knee", "Kasia", "Katarzyna", "Wójcik"),
    ],
)
def test_a_short_name_with_its_formal_name_in_brackets_and_a_surname_is_one_person_met(
    extractor: NoteExtractor, note: str, short: str, formal: str, surname: str
) -> None:
    r = extractor.extract(note, now=NOW)
    [p] = r.people
    assert p.name in (f"{short} {surname}", f"{formal} {surname}")
    assert {short, formal} - {p.name.split()[0]} <= set(p.aka)
    assert p.met


@pytest.mark.parametrize(
    ("note", "name", "aka"),
    [
        ("Sully (Sean Sullivan) has a shoulder that is still sore", "Sean Sullivan", "Sully"),
        ("Macca (Ian McAllister) booked in for a sports massage", "Ian McAllister", "Macca"),
        ("coach Dee (Deanna) asked about a taping session", "Dee", "Deanna"),
    ],
)
def test_a_nickname_with_a_name_in_brackets_is_one_person(
    extractor: NoteExtractor, note: str, name: str, aka: str
) -> None:
    r = extractor.extract(note, now=NOW)
    [p] = r.people
    assert {p.name, *p.aka} >= {name, aka}
    assert p.org is None and aka not in r.orgs and name not in r.orgs


@pytest.mark.parametrize(
    ("note", "club"),
    [
        ("today's list: Kwame (Rugby), Siobhan (Netball) and Josh (Hockey)", "Rugby"),
        ("Tunde (Headingley RFC) has a hamstring strain", "Headingley RFC"),
        ("Aoife (Pudsey CC) needs strapping for saturday", "Pudsey CC"),
        ("Ben (Rhinos) booked a sports massage", "Rhinos"),
    ],
)
def test_a_club_in_brackets_after_a_name_is_their_club(
    extractor: NoteExtractor, note: str, club: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert club not in names(r)
    assert r.people[0].org == club


@pytest.mark.parametrize(
    ("note", "name", "club"),
    [
        ("Femi (Rugby) Adebayo has a torn hamstring", "Femi Adebayo", "Rugby"),
        ("Marta (Calder Harriers) Kowalczyk is back running", "Marta Kowalczyk", "Calder Harriers"),
    ],
)
def test_a_club_in_brackets_between_first_name_and_surname_leaves_one_person(
    extractor: NoteExtractor, note: str, name: str, club: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert names(r) == [name]
    assert r.people[0].org == club and not r.people[0].aka


@pytest.mark.parametrize(
    ("note", "name", "club"),
    [
        ("Rob Sykes ran Calder XC for a decade, his achilles is sore", "Rob Sykes", "Calder XC"),
        ("Priti Shah plays for Leeds Rhinos and loves hiking", "Priti Shah", "Leeds Rhinos"),
        ("Ellie Stone is captain of Bingley Athletic", "Ellie Stone", "Bingley Athletic"),
        ("Dom Reid from Guiseley United wants a sports massage", "Dom Reid", "Guiseley United"),
        ("Niamh Byrne plays for Wakefield Trinity RFC", "Niamh Byrne", "Wakefield Trinity RFC"),
        ("Callum Frost coaches at Ilkley Rovers on tuesdays", "Callum Frost", "Ilkley Rovers"),
        (
            "session with Kofi Mensah, he plays for Castleford Tigers",
            "Kofi Mensah",
            "Castleford Tigers",
        ),
        (
            "Saw Erin Doyle, she is captain of the Keighley Cougars",
            "Erin Doyle",
            "Keighley Cougars",
        ),
    ],
)
def test_a_sports_club_is_an_organisation_never_a_person(
    extractor: NoteExtractor, note: str, name: str, club: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert names(r) == [name]
    assert club in r.orgs


@pytest.mark.parametrize(
    "note",
    [
        "physio at the tennis club said the courts are closing for winter",
        "Osteo next door wants to share referrals",
        "the chiro upstairs mentioned a new client",
        "chippy said the treatment room shelves will be done friday",
        "Sparky came round to fix the lights in the gym",
        "Locum rang to say the clinic is closed monday",
        "bookie on the high street sponsors the under 12s",
    ],
)
def test_a_role_word_is_no_contact_and_no_question(extractor: NoteExtractor, note: str) -> None:
    r = extractor.extract(note, now=NOW)
    assert names(r) == []
    assert not any(o.lower() in note.lower().split() for o in r.orgs)


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("met the new physio, Priya, at the gym", "Priya"),
        ("the receptionist Kasia said the rugby club pitch is closed", "Kasia"),
        ("our solicitor, Dev Malhotra, rang about the lease", "Dev Malhotra"),
    ],
)
def test_a_role_word_beside_a_name_leaves_only_the_name(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    assert names(extractor.extract(note, now=NOW)) == [name]


@pytest.mark.parametrize(
    ("note", "place"),
    [
        ("new sports physio off Kirkstall Road, seems nice", "Kirkstall Road"),
        ("Lena Park has a clinic near Harrogate Road", "Harrogate Road"),
        ("Tariq opened a gym on Cardigan Lane last month", "Cardigan Lane"),
        ("Femi's club is off Spen Valley Way", "Spen Valley Way"),
        ("met Ravi near Kirkgate Street", "Kirkgate Street"),
        ("new client from Meanwood Close, Jamal, bad knee", "Meanwood Close"),
        ("Shona has a studio on Wellington Street", "Wellington Street"),
        ("Omar's gym is off Kirkstall Rd", "Kirkstall Rd"),
        ("Hassan works at the practice on Roundhay Avenue", "Roundhay Avenue"),
        ("Zainab runs a pilates studio near Cross Green Way", "Cross Green Way"),
    ],
)
def test_a_street_is_no_contact_and_no_org(extractor: NoteExtractor, note: str, place: str) -> None:
    r = extractor.extract(note, now=NOW)
    assert place not in names(r)
    assert place not in r.orgs and all(p.org != place for p in r.people)


@pytest.mark.parametrize(
    ("note", "who", "places"),
    [
        (
            "Gareth Lloyd drove from sheffield to york for the race",
            "Gareth Lloyd",
            ["Sheffield", "York"],
        ),
        ("Ines cycled from Leeds to Whitby in a day, knees are sore", "Ines", ["Leeds", "Whitby"]),
        ("my client Sam drove from Bristol to Bath for the match", "Sam", ["Bristol", "Bath"]),
        ("Hannah moved down from Milton Keynes last year", "Hannah", ["Milton Keynes"]),
        ("Kirsty is moving back from Durham to Ripon in the spring", "Kirsty", ["Durham", "Ripon"]),
    ],
)
def test_places_someone_travels_between_are_no_contacts_and_no_firms(
    extractor: NoteExtractor, note: str, who: str, places: list[str]
) -> None:
    r = extractor.extract(note, now=NOW)
    assert names(r) == [who]
    assert not set(places) & set(r.orgs)
    assert r.people[0].org is None and not r.changes


@pytest.mark.parametrize(
    ("note", "name", "org"),
    [
        ("ran into Priya from Yorkshire Water, she wants a workshop", "Priya", "Yorkshire Water"),
        ("walked over with Jo Tan from Leeds Beckett after the game", "Jo Tan", "Leeds Beckett"),
    ],
)
def test_a_firm_after_someone_met_on_the_way_is_still_their_firm(
    extractor: NoteExtractor, note: str, name: str, org: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert names(r) == [name]
    assert r.people[0].org == org


def test_a_club_followed_is_still_an_interest(extractor: NoteExtractor) -> None:
    r = extractor.extract("Tayo Bello came in, he's a big Leeds United supporter", now=NOW)
    assert names(r) == ["Tayo Bello"]
    assert any("leeds united" in f.text.lower() for f in r.people[0].facts)


@pytest.mark.parametrize(
    ("note", "name", "org"),
    [
        ("our new head coach Rhian Pugh came over from Swansea Uni", "Rhian Pugh", "Swansea Uni"),
        ("met Mei Lin from Olive Grove, they need a physio for staff", "Mei Lin", "Olive Grove"),
        (
            "Emeka Obi moved up from Hargreaves Lansdown last year",
            "Emeka Obi",
            "Hargreaves Lansdown",
        ),
    ],
)
def test_a_firm_someone_came_from_is_no_place(
    extractor: NoteExtractor, note: str, name: str, org: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert names(r) == [name]
    assert org in r.orgs


def test_a_role_word_from_a_club_leaves_the_club_whole(extractor: NoteExtractor) -> None:
    r = extractor.extract("Good session today. Physio from Otley RUFC rang about a room", now=NOW)
    assert names(r) == []
    assert r.orgs == ["Otley RUFC"]


@pytest.mark.parametrize(
    ("note", "people"),
    [
        ("Mrs Evans (Mary) and Mr Evans (John) both booked", ["Mary Evans", "John Evans"]),
        ("spoke to dr wright (helen) and dr wright (simon)", ["Helen Wright", "Simon Wright"]),
        ("Mrs Achebe (Ngozi) came in. Mrs Achebe says the knee is better", ["Ngozi Achebe"]),
    ],
)
def test_each_titled_surname_takes_its_own_given_name(
    extractor: NoteExtractor, note: str, people: list[str]
) -> None:
    assert names(extractor.extract(note, now=NOW)) == people
