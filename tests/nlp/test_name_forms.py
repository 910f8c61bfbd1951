"""How names are written in notes: a formal name or initials in brackets, a quoted nickname
after a hyphenated given name, a couple sharing a surname, a title before a first name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday


@pytest.mark.parametrize(
    ("note", "name", "aka"),
    [
        (
            "lunch with kasia (katarzyna) nowakowska, she runs the trade desk at pko",
            "Katarzyna Nowakowska",
            "Kasia",
        ),
        (
            "squash w/ misha (mikhail) orlov, commercial lender, wants manufacturing clients",
            "Mikhail Orlov",
            "Misha",
        ),
        (
            "drinks with Bill (William) Okonjo after the expo, he sells forklifts",
            "William Okonjo",
            "Bill",
        ),
    ],
)
def test_a_formal_name_in_brackets_between_first_name_and_surname_is_one_person(
    extractor: NoteExtractor, note: str, name: str, aka: str
) -> None:
    # The name as given is the contact's name; the short one is what the bot greets them by.
    r = extractor.extract(note, now=NOW)
    assert [p.name for p in r.people] == [name]
    assert aka in r.people[0].aka
    assert aka not in r.orgs and r.people[0].org != aka


@pytest.mark.parametrize(
    ("note", "name", "aka"),
    [
        (
            "met hyun-woo (HW) lee at the trade show, he imports kitchen equipment",
            "Hyun-Woo Lee",
            "HW",
        ),
        (
            "coffee w/ anne-marie (AM) dubois, she owns a florist in andersonville",
            "Anne-Marie Dubois",
            "AM",
        ),
    ],
)
def test_initials_in_brackets_after_a_name_are_a_nickname_not_a_firm(
    extractor: NoteExtractor, note: str, name: str, aka: str
) -> None:
    r = extractor.extract(note, now=NOW)
    [person] = r.people
    assert person.name == name
    assert aka in person.aka and person.org is None and aka not in r.orgs


@pytest.mark.parametrize(
    ("note", "name", "aka"),
    [
        (
            'ran into min-seo "minnie" park at the pool, she just opened a nail salon',
            "Min-Seo Park",
            "Minnie",
        ),
        (
            'saw jean-luc "JL" moreau at the wine tasting, he imports from burgundy',
            "Jean-Luc Moreau",
            "JL",
        ),
        (
            'saw dong-hyun "danny" choi at the gym, he left deloitte last spring',
            "Dong-Hyun Choi",
            "Danny",
        ),
    ],
)
def test_a_hyphenated_given_name_before_a_quoted_nickname_stays_whole(
    extractor: NoteExtractor, note: str, name: str, aka: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert [p.name for p in r.people] == [name]
    assert [a.casefold() for a in r.people[0].aka] == [aka.casefold()]


@pytest.mark.parametrize(
    ("note", "names"),
    [
        (
            "brunch with tomasz & agnieszka kowalski, they run a bakery in avondale",
            ["Tomasz Kowalski", "Agnieszka Kowalski"],
        ),
        (
            "dinner at the chamber: rahul & deepa menon, they own 3 pharmacies (medplus) downtown",
            ["Rahul Menon", "Deepa Menon"],
        ),
        (
            "met Chidi and Ngozi Okeke at the school fundraiser, they run a catering company",
            ["Chidi Okeke", "Ngozi Okeke"],
        ),
    ],
)
def test_two_first_names_and_one_surname_are_a_couple_sharing_it(
    extractor: NoteExtractor, note: str, names: list[str]
) -> None:
    r = extractor.extract(note, now=NOW)
    assert [p.name for p in r.people] == names
    assert not any("&" in o or " and " in o.casefold() for o in r.orgs)


def test_a_couple_read_as_one_firm_is_two_people_with_their_own_firm(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "lunch with femi & bola adeyemi, they own a chain of 3 pharmacies (green leaf rx) on "
        "the south side",
        now=NOW,
    )
    assert [(p.name, p.org) for p in r.people] == [
        ("Femi Adeyemi", "Green Leaf RX"),
        ("Bola Adeyemi", "Green Leaf RX"),
    ]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("saw fr. tomasz at the parish bazaar, he's on the board of the polish chamber", "Tomasz"),
        ("sr. lucia from the parish office said the food pantry needs a new freezer", "Lucia"),
        ("chatted with father wojciech after mass, he wants to redo the church roof", "Wojciech"),
        ("dr. ifeoma said her clinic is hiring a billing manager", "Ifeoma"),
    ],
)
def test_a_title_before_a_first_name_says_it_is_a_person(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    r = extractor.extract(note, now=NOW)
    found = [p for p in r.people if p.name == name]
    assert found, [p.name for p in r.people]
    assert not found[0].unsure


@pytest.mark.parametrize(
    ("note", "names"),
    [
        (
            "lunch with Mike O'Brien from Northwind and Sarah Chen, mike loves sailing",
            ["Mike O'Brien", "Sarah Chen"],
        ),
        (
            "- Dele Bankole, CFO. asked for an ROI model\n- send ROI model & case study",
            ["Dele Bankole"],
        ),
    ],
)
def test_a_firm_or_a_word_before_and_is_no_first_name_of_a_couple(
    extractor: NoteExtractor, note: str, names: list[str]
) -> None:
    assert [p.name for p in extractor.extract(note, now=NOW).people] == names


def test_a_corrected_name_is_a_change_of_name_not_a_new_person(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "correction: jay's real name is ji-hoon kim, not hoon. and his shops are on argyle",
        now=NOW,
        known_names=["Hoon Kim", "Jay"],
    )
    assert [p.name for p in r.people] == ["Jay"]
    assert [(c.person, c.field, c.new, c.correction) for c in r.changes] == [
        ("Jay", "name", "Ji-Hoon Kim", True)
    ]


# A texting word beside a name: "lol marisol", "hmu tevita".
TEXTING_WORDS = [
    ("lol marisol's a nurse at st joseph's and she runs half marathons", "Marisol"),
    ("ok lowkey the best mixer yet, met dario fontes who sells solar", "Dario Fontes"),
    ("met my cousin's bff renee okoro, she's a paralegal at baker botts", "Renee Okoro"),
    ("hmu tevita next week about the fundraiser, he coaches rugby", "Tevita"),
    ("the dj was amazing lmaoo, his name is kojo mensah and he does weddings", "Kojo Mensah"),
]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("dinner in Nagoya with Tanaka-san, the plant manager at Chubu Seiki", "Tanaka"),
        ("Kimura-sensei runs the robotics club and wants sponsors for the spring", "Kimura"),
        ("Met Madame Odile Marchand from the Lyon chamber, she exports cognac", "Odile Marchand"),
        ("Monsignor Kelleher blessed the new wing and asked about grant writers", "Kelleher"),
    ],
)
def test_an_honorific_before_or_after_a_name_is_no_part_of_it(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert [p.name for p in r.people] == [name]
    assert not {"san", "sensei"} & {o.lower() for o in r.orgs}


# A name said twice or taken back while dictating: one person.
SAID_AGAIN = [
    (
        "the new bookkeeper is named shauna no siobhan siobhan keane, she's from cork",
        "Siobhan Keane",
    ),
    (
        "met a guy called pedro alves no alvarez pedro alvarez who runs a tile shop",
        "Pedro Alvarez",
    ),
    ("coffee w/ tomasz tomasz nowak from the credit union, he sails", "Tomasz Nowak"),
    ("talked to mariana mariana costa about her bakery, she needs a new oven", "Mariana Costa"),
]


@pytest.mark.parametrize(
    ("note", "relative", "relation"),
    [
        (
            "met rev. colin price, the vicar at st anne's. his wife felicity runs the food bank",
            "Felicity",
            "wife",
        ),
        (
            "coffee w/ dan okafor from the credit union, his daughter hope is at uni in leeds",
            "Hope",
            "daughter",
        ),
        (
            "chatted to liam byrne at the match, his missus siobhan does pilates classes",
            "Siobhan",
            "wife",
        ),
        ("sat with marta silva, her hubby joao owns a tile shop in mississauga", "Joao", "husband"),
    ],
)
def test_a_relative_named_by_a_word_that_is_also_a_first_name_is_a_person(
    extractor: NoteExtractor, note: str, relative: str, relation: str
) -> None:
    r = extractor.extract(note, now=NOW)
    found = {p.name: p for p in r.people}
    assert relative in found, [p.name for p in r.people]
    assert found[relative].relation == relation


# Titles from Nigerian, Ethiopian and Filipino English.
TITLES = [
    ("Met Engr. Tunde Bakare at the Lagos expo, he builds solar farms", "Tunde Bakare"),
    ("Hajiya Amina Yusuf runs three pharmacies in Kano and wants a POS system", "Amina Yusuf"),
    (
        "Lunch with Ato Mesfin Tadesse, he imports coffee and needs a freight forwarder",
        "Mesfin Tadesse",
    ),
    (
        "Atty. Carla Mendoza does immigration cases and offered to review my contracts",
        "Carla Mendoza",
    ),
]


# A call or a message said the British way ("bell him", "Flick Ruby the deck").
CALLS = [
    ("met jono pike at the rotary do, he runs a vineyard. bell him monday", "Jono Pike"),
    (
        "Sat with Ruby Tane at the expo, she sells solar. Flick Ruby the deck on Thursday.",
        "Ruby Tane",
    ),
    ("met priya shah from the bank. Ring priya next week about the loan", "Priya Shah"),
]


def test_a_saint_in_a_lowercase_church_name_is_not_shouted(extractor: NoteExtractor) -> None:
    r = extractor.extract("met fr. tom at st mary's, he wants a new boiler", now=NOW)
    assert "St Mary's" in r.orgs or "St. Mary's" in r.orgs, r.orgs


@pytest.mark.parametrize(
    ("note", "name", "team"),
    [
        (
            "met burak aydin from the bank, Fenerbahçe mad, wants a new CRM",
            "Burak Aydin",
            "fenerbahçe",
        ),
        ("Lunch with Tom Walsh. Broncos tragic. Needs a bookkeeper.", "Tom Walsh", "broncos"),
        ("coffee w/ Luiza Prado, a Flamengo fanatic, she runs a bakery", "Luiza Prado", "flamengo"),
        (
            "met dev patel at the expo, huge ti-cats supporter, sells forklifts",
            "Dev Patel",
            "ti-cats",
        ),
    ],
)
def test_the_team_someone_follows_is_no_contact(
    extractor: NoteExtractor, note: str, name: str, team: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert [p.name for p in r.people] == [name]
    assert team in {o.lower() for o in r.orgs}, r.orgs


@pytest.mark.parametrize(
    ("note", "names"),
    [
        (
            "Carol service at St Aidan's, then talked to Grace Oyelaran, she runs a nursery",
            ["Grace Oyelaran"],
        ),
        (
            "the hvac christmas barbie was good, met shane papas, runs an air con firm",
            ["Shane Papas"],
        ),
        ("Hajiya Zainab Bello runs a chain of pharmacies (Zee Pharma) in Kano", ["Zainab Bello"]),
        ("Mick Doyle. Doyle Air - HVAC, 10 vans. wants fleet tracking", ["Mick Doyle"]),
        ("met kalani at the expo, he moved here w/ his missus leilani", ["Kalani", "Leilani"]),
    ],
)
def test_a_gathering_a_firm_or_a_relative_word_makes_no_contact_of_its_own(
    extractor: NoteExtractor, note: str, names: list[str]
) -> None:
    r = extractor.extract(note, now=NOW)
    assert [p.name for p in r.people] == names


@pytest.mark.parametrize(("note", "name"), TEXTING_WORDS + SAID_AGAIN + TITLES + CALLS)
def test_the_words_said_around_a_name_are_no_part_of_it(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert [p.name for p in r.people] == [name]


@pytest.mark.parametrize(
    ("note", "staff", "met"),
    [
        (
            "Met Irena Wolska at the Polish centre, she organises a mums' running group. "
            "Kasia my receptionist speaks Polish too. Follow up on the 18th.",
            "Kasia",
            "Irena Wolska",
        ),
        (
            "met dana lee at the expo, she runs a bakery. my assistant jo will send her the "
            "deck. call dana friday",
            "Jo",
            "Dana Lee",
        ),
    ],
)
def test_the_users_own_staff_is_theirs_and_takes_no_follow_up(
    extractor: NoteExtractor, note: str, staff: str, met: str
) -> None:
    r = extractor.extract(note, now=NOW)
    found = {p.name: p for p in r.people}
    assert found[staff].of == "me", found[staff]
    assert [f.person for f in r.follow_ups] == [met]


@pytest.mark.parametrize(
    ("note", "names", "relative"),
    [
        (
            "coffee with maricel santos, her brother tito runs a sari-sari store in cavite",
            ["Maricel Santos", "Tito"],
            "Tito",
        ),
        (
            "Met Gloria Vance at the bank mixer, her husband Don is a retired firefighter",
            ["Gloria Vance", "Don"],
            "Don",
        ),
        (
            "lunch w/ kwesi appiah, his daughter nana just started at ashesi",
            ["Kwesi Appiah", "Nana"],
            "Nana",
        ),
    ],
)
def test_a_name_that_is_also_a_form_of_address_is_a_name_after_a_relative_word(
    extractor: NoteExtractor, note: str, names: list[str], relative: str
) -> None:
    """'her brother tito', 'her husband Don': after the relative word the word is who he is
    called, not a title before a name."""
    r = extractor.extract(note, now=NOW)
    assert [p.name for p in r.people] == names
    kin = next(p for p in r.people if p.name == relative)
    assert kin.of == names[0]
