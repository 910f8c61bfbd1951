"""What the trained reader gets right on notes written the way people write them.

Each note here comes from a report of a real miss (issue 19); none of them is in the
training corpus. They test behaviour a user sees on the card, not exact wording.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from tests.nlp.helpers import names, person, said

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday


def test_a_typed_note_gives_the_person_their_org_and_their_plan(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "Met Priya Natarajan from Stripe at the founders dinner. She is training for a marathon.",
        now=NOW,
    )
    assert names(r) == ["Priya Natarajan"]
    priya = r.people[0]
    assert priya.org == "Stripe"
    assert said(priya, "marathon")


def test_dictation_keeps_the_org_whole_and_makes_no_contact_of_it(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "bni lunch today met mike brennan he's a realtor with keller williams and a huge golfer",
        now=NOW,
    )
    assert names(r) == ["Mike Brennan"]
    mike = r.people[0]
    assert mike.org is not None and mike.org.lower() == "keller williams"
    assert said(mike, "realtor", {"work"})
    assert said(mike, "golf", {"interest"})


def test_a_job_in_parentheses_is_work_not_an_org(extractor: NoteExtractor) -> None:
    r = extractor.extract("coffee with tom reyes (mortgage broker), loves fishing", now=NOW)
    tom = person(r, "tom")
    assert tom.org is None or "broker" not in tom.org.lower()
    assert said(tom, "mortgage broker", {"work"})


def test_a_named_relative_is_a_person_linked_to_their_family(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "chatted with gloria at the church fundraiser, her husband tom is a contractor",
        now=NOW,
    )
    gloria, tom = person(r, "gloria"), person(r, "tom")
    assert tom.relation == "husband"
    assert tom.of == gloria.name
    assert not tom.met


def test_hyphenated_and_accented_names_stay_whole(extractor: NoteExtractor) -> None:
    r = extractor.extract("Lunch with Mei-Ling Zhou and José Delgado-Pérez after the expo", now=NOW)
    assert names(r) == ["Mei-Ling Zhou", "José Delgado-Pérez"]


def test_a_nickname_is_the_same_person(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "Met Chukwuemeka Obi (everyone calls him Emeka) at the YPO dinner. "
        "Emeka is opening a clinic in Lagos.",
        now=NOW,
    )
    assert names(r) == ["Chukwuemeka Obi"]
    assert r.people[0].aka == ["Emeka"]


def test_a_need_is_not_a_person(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "dana at the chamber breakfast needs a commercial lender for an equipment loan",
        now=NOW,
    )
    assert names(r) == ["Dana"]
    assert said(r.people[0], "lender", {"need"})


def test_news_of_a_move_changes_the_org(extractor: NoteExtractor) -> None:
    r = extractor.extract("mike brennan switched brokerages, he's at Compass now", now=NOW)
    assert [(c.person, c.field, c.new) for c in r.changes] == [("Mike Brennan", "org", "Compass")]
    assert not r.people[0].met


def test_a_correction_replaces_the_role(extractor: NoteExtractor) -> None:
    r = extractor.extract("Correction: Priya is VP of Finance, not CFO", now=NOW)
    assert [(c.field, c.new, c.old, c.correction) for c in r.changes] == [
        ("role", "VP of Finance", "CFO", True)
    ]


def test_a_quoted_nickname_is_the_same_person(extractor: NoteExtractor) -> None:
    r = extractor.extract('coffee w/ bjorn "bear" halvorsen. plumber, loves ice fishing', now=NOW)
    assert [(p.name, p.aka) for p in r.people] == [("Bjorn Halvorsen", ["Bear"])]


def test_a_spaced_dash_ends_the_name_and_names_the_firm(extractor: NoteExtractor) -> None:
    r = extractor.extract("Kevin Oduya - Figma\n- loves climbing", now=NOW)
    assert [(p.name, p.org) for p in r.people] == [("Kevin Oduya", "Figma")]


def test_where_someone_moves_is_a_place(extractor: NoteExtractor) -> None:
    r = extractor.extract("coffee with dana, she is moving to evanston in january", now=NOW)
    assert [(p.name, p.org) for p in r.people] == [("Dana", None)]


def test_a_title_after_met_is_not_a_contact(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "met dr. wanjiru kamau at the hospice gala, cardiologist at st. luke's", now=NOW
    )
    assert "Dr" not in names(r)
    assert [n.split()[0] for n in names(r)] == ["Wanjiru"]


def test_a_newborn_named_after_the_birth_is_the_parents_child(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "lunch with Pastor Emeka Obi. his wife Chioma had the baby last week, a girl named Adaeze!",
        now=NOW,
    )
    baby = person(r, "Adaeze")
    assert baby.relation == "daughter"
    assert baby.of == person(r, "Emeka").name
    assert baby.pronoun == "she"


def test_a_baby_girl_is_she_even_when_her_parent_is_he(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "coffee w/ Dmitri Volkov, he just had a baby girl named Sasha, wants more wedding clients",
        now=NOW,
    )
    assert person(r, "Sasha").pronoun == "she"
    assert said(person(r, "Dmitri"), "clients", {"need"})
    assert not person(r, "Sasha").facts


def test_a_dictated_follow_up_at_the_end_of_a_run_on_note_is_kept(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "met siddharth rao at the expo he builds drones for farms and he wants more "
        "distributors follow up next wednesday",
        now=NOW,
    )
    assert [(f.due.isoformat(), f.person) for f in r.follow_ups] == [
        ("2026-12-02", "Siddharth Rao")
    ]


def test_someone_elses_follow_up_is_not_the_users(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "met siddharth rao at the expo, he builds drones. he'll follow up next wednesday "
        "with a quote",
        now=NOW,
    )
    assert r.follow_ups == []


def test_an_aside_about_whose_colleague_someone_is_keeps_the_details_with_them(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "Ifeoma Chukwu, architect at gensler (tom's old boss). into sailing, moving to austin "
        "in june",
        now=NOW,
    )
    ifeoma = person(r, "Ifeoma")
    assert said(ifeoma, "sailing") and said(ifeoma, "austin")
    assert [p.name for p in r.people if p.met] == ["Ifeoma Chukwu"]


def test_a_role_someone_hires_or_introduces_is_not_their_job(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "call with marta, she finally hired a bookkeeper. introduced her to my CPA Dev Shah",
        now=NOW,
    )
    # Not her job: news that settles a need for one (tests/test_superseded.py).
    assert not said(person(r, "Marta"), "bookkeeper", {"work"})
    assert said(person(r, "Marta"), "hired a bookkeeper", {"plan"})
    assert not said(person(r, "Marta"), "cpa")
    assert said(person(r, "Dev"), "cpa", {"work"})


def test_people_counted_are_no_contact(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "met Sunil Mehta from Brightpath, hiring 3 senior devs, his son plays cricket", now=NOW
    )
    assert names(r) == ["Sunil Mehta"]


def test_getting_into_a_school_is_news_and_getting_into_a_pastime_an_interest(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract("lunch w omar. his daughter layla got into stanford!!", now=NOW)
    assert not said(person(r, "Layla"), "stanford", {"interest"})
    assert not said(person(r, "Omar"), "stanford", {"interest"})
    r = extractor.extract("met Rosa Diaz, she got into pottery last year", now=NOW)
    assert said(person(r, "Rosa"), "pottery", {"interest"})


def test_where_a_gathering_was_held_is_not_anyones_employer(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "bumped into Kofi Boateng at the fundraiser at the Ritz-Carlton, he owns a bakery",
        now=NOW,
    )
    assert person(r, "Kofi").org is None
    assert r.event == "fundraiser"


def test_a_business_called_by_its_name_is_where_they_work(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "lunch w/ mara lind, she runs a design studio called Fjord Works", now=NOW
    )
    assert person(r, "Mara").org == "Fjord Works"


def test_a_volunteer_day_is_where_you_met(extractor: NoteExtractor) -> None:
    r = extractor.extract("met Ruth Okoye at the beach cleanup, she teaches chemistry", now=NOW)
    assert r.event == "beach cleanup"
    assert person(r, "Ruth").org is None


def test_a_given_name_spelt_like_a_weekday_stays_in_the_name(extractor: NoteExtractor) -> None:
    r = extractor.extract("Thu Hien Tran from the lions club, runs a bakery", now=NOW)
    assert names(r) == ["Thu Hien Tran"]
    assert r.follow_ups == []


@pytest.mark.parametrize(
    ("note", "known", "met", "mentioned"),
    [
        (
            "Grace Oyelaran-Smith, realtor at compass (mike's colleague). into running",
            ["Mike Brennan"],
            {"Grace Oyelaran-Smith"},
            {"Mike Brennan"},
        ),
        (
            "call with tomasz, kuba made the all-star team. leah is handling his lease review",
            ["Tomasz Kowalczyk", "Leah Goldberg"],
            {"Tomasz Kowalczyk"},
            {"Leah Goldberg"},
        ),
        ("mike switched to compass", ["Mike Brennan"], set(), {"Mike Brennan"}),
        (
            "correction: priya is VP finance not CFO",
            ["Priya Natarajan"],
            set(),
            {"Priya Natarajan"},
        ),
        (
            "heard from chidi, fatima approved his loan",
            ["Chidi Okafor", "Fatima Al-Sayed"],
            {"Chidi Okafor"},
            {"Fatima Al-Sayed"},
        ),
        (
            "dinner w chidi and ngozi friday to celebrate the loan",
            ["Chidi Okafor", "Ngozi Eze"],
            {"Chidi Okafor", "Ngozi Eze"},
            set(),
        ),
        (
            "conference day 2: met Ana Ruiz (Stripe), Ben Cole from Figma, and Carla Diaz",
            [],
            {"Ana Ruiz", "Ben Cole", "Carla Diaz"},
            set(),
        ),
        (
            "mixer tonight:\n- Ana Ruiz, VP sales at Stripe\n- Ben Cole from Figma, into climbing",
            [],
            {"Ana Ruiz", "Ben Cole"},
            set(),
        ),
    ],
)
def test_only_the_people_met_or_talked_with_are_met(
    extractor: NoteExtractor, note: str, known: list[str], met: set[str], mentioned: set[str]
) -> None:
    r = extractor.extract(note, now=NOW, known_names=known)
    assert {p.name for p in r.people if p.met and p.relation is None} == met
    assert mentioned <= {p.name for p in r.people if not p.met}


def test_a_job_said_after_a_name_is_not_part_of_it(extractor: NoteExtractor) -> None:
    r = extractor.extract("met ana lucia vargas realtor at compass", now=NOW)
    assert names(r) == ["Ana Lucia Vargas"]
    r = extractor.extract("- karim al-masri IT consultant, needs a bookkeeper", now=NOW)
    assert names(r) == ["Karim Al-Masri"]
    assert said(r.people[0], "it consultant", {"work"})


def test_where_someone_comes_from_is_no_contact(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "chamber coffee: ines duarte, runs a bakery, originally from porto portugal, loves surfing",
        now=NOW,
    )
    assert names(r) == ["Ines Duarte"]
    assert said(r.people[0], "surfing", {"interest"})


def test_a_cause_someone_rides_for_is_not_their_employer(extractor: NoteExtractor) -> None:
    r = extractor.extract("met Jamal Reed, doing a charity bike ride for St Jude in march", now=NOW)
    assert person(r, "Jamal").org is None


def test_a_firm_read_as_a_name_is_the_persons_org(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "chamber mixer tonight\n- kenji mori, ruby bank, goes by ken. needs an accountant",
        now=NOW,
    )
    assert names(r) == ["Kenji Mori"]
    assert r.people[0].org == "Ruby Bank"


def test_a_detail_never_ends_on_a_preposition(extractor: NoteExtractor) -> None:
    from spacy.tokens import Span

    from nlp.reading import _detail_text

    doc = extractor.nlp.make_doc("moved to atlanta from LA with his wife")
    assert _detail_text(Span(doc, 0, 6, label="plan")) == "moved to atlanta from LA"


def test_a_relatives_own_plans_are_no_follow_up_for_the_user(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "coffee w Marek Nowak, my accountant. wife ewa, twins start nursery in jan", now=NOW
    )
    assert r.follow_ups == []


def test_only_a_nickname_said_as_one_is_a_nickname(extractor: NoteExtractor) -> None:
    r = extractor.extract("call with tariq, knee pain talk booked for the 16th", now=NOW)
    assert person(r, "Tariq").aka == []
    r = extractor.extract("coffee w bogdan, his twins are called kuba and zosia", now=NOW)
    assert person(r, "Bogdan").aka == []
    r = extractor.extract("Chukwuemeka Obi from Lagos Capital (everyone calls him Emeka)", now=NOW)
    assert person(r, "Chukwuemeka").aka == ["Emeka"]


def test_a_verb_after_a_first_name_is_no_surname(extractor: NoteExtractor) -> None:
    r = extractor.extract("bogdan rang, wants to refer two clients", now=NOW)
    assert names(r) == ["Bogdan"]


def test_news_heard_second_hand_is_no_meeting(extractor: NoteExtractor) -> None:
    r = extractor.extract("heard ngozi bello got promoted to hr director", now=NOW)
    assert [p.met for p in r.people] == [False]
    r = extractor.extract("coffee with ngozi bello, apparently she got promoted", now=NOW)
    assert [p.met for p in r.people] == [True]


def test_a_business_partner_is_a_colleague_not_family(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "lunch with Ines Lopes, she introduced me to her business partner Rui Costa", now=NOW
    )
    assert person(r, "Rui").relation is None


def test_a_score_or_a_clock_time_is_no_detail() -> None:
    import spacy
    from spacy.tokens import Span

    from nlp.reading import _detail_text

    doc = spacy.blank("en")("won 3-0 at 8 am")
    assert _detail_text(Span(doc, 1, 4, label="need")) == ""
    assert _detail_text(Span(doc, 5, 7, label="work")) == ""


@pytest.mark.parametrize(
    ("note", "full", "nickname"),
    [
        (
            "LinkedIn Local Tucson\n- Margarita Solis (Rita) - tax preparer for food trucks",
            "Margarita Solis",
            "Rita",
        ),
        (
            "- Bartholomew Osei (everyone says Bart) - pastor at Grace Fellowship, into chess",
            "Bartholomew Osei",
            "Bart",
        ),
        ("- Francisco Reyes (Paco to everyone), Reyes Roofing, owner", "Francisco Reyes", "Paco"),
        (
            "the buyer was maria josé ortega i think she goes by pepa ortega, super sharp",
            "Maria José Ortega",
            "Pepa Ortega",
        ),
    ],
)
def test_a_nickname_said_in_passing_is_no_second_contact(
    extractor: NoteExtractor, note: str, full: str, nickname: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert [(p.name, p.aka) for p in r.people] == [(full, [nickname])]
    assert r.people[0].org != nickname


def test_a_firm_in_brackets_after_a_name_is_still_their_firm(extractor: NoteExtractor) -> None:
    r = extractor.extract("- Tom Reyes (Compass) - realtor, loves fly fishing", now=NOW)
    assert [(p.name, p.org, p.aka) for p in r.people] == [("Tom Reyes", "Compass", [])]


@pytest.mark.parametrize(
    ("note", "wanted"),
    [
        ("Masjid open house\n• Br. Idris Bello - teaches physics, wants a tutor", ["Idris Bello"]),
        ("at the pagoda I meet Chú Minh, he is shrimper in Biloxi", ["Minh"]),
        ("* Kuya Jerome (Jerome Santos) - runs the lechon stand", ["Jerome Santos"]),
    ],
)
def test_a_form_of_address_is_no_part_of_the_name(
    extractor: NoteExtractor, note: str, wanted: list[str]
) -> None:
    assert names(extractor.extract(note, now=NOW)) == wanted


def test_a_quoted_nickname_in_brackets_is_the_same_person(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        'startup night recap\n- Nguyen Van Long ("Lucky"), runs a tiny agency, wants overflow work',
        now=NOW,
    )
    assert [(p.name, p.aka) for p in r.people] == [("Nguyen Van Long", ["Lucky"])]
    assert said(r.people[0], "overflow work")


def test_a_lowercase_given_name_before_a_hyphenated_surname_is_one_name(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "ran into rashid al-amin again, he's a commercial lender at td. follow up friday",
        now=NOW,
    )
    assert names(r) == ["Rashid Al-Amin"]


@pytest.mark.parametrize(
    "note",
    [
        "design meetup afterparty at the kulturfabrik:\n- Jonas Weber, runs a small studio",
        "her son Emil starts Gymnasium in august, Katrin Vogel is nervous about it",
        'Katrin Vogel runs her bakery "Pan y Miel" in kreuzberg, opening a second shop in march',
    ],
)
def test_a_place_or_a_school_is_no_contact(extractor: NoteExtractor, note: str) -> None:
    r = extractor.extract(note, now=NOW)
    assert [n for n in names(r) if n not in ("Jonas Weber", "Katrin Vogel", "Emil")] == []


def test_the_cafe_where_you_had_coffee_is_not_their_employer(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "lunch with piotr nowak at stacja, he runs a flooring company, two teenage sons",
        now=NOW,
    )
    assert person(r, "Piotr").org is None
    r = extractor.extract("coffee with Raj Mehta at the Healthbox office, he leads design", now=NOW)
    assert person(r, "Raj").org == "Healthbox"


@pytest.mark.parametrize(
    ("note", "first", "news"),
    [
        ("bumped into zofia at the gym, she got engaged!! over the moon", "Zofia", "engaged"),
        ("ifeoma got promoted to partner, so proud of her", "Ifeoma", "promoted"),
        ("quick one: tomas finally got his green card 🎉", "Tomas", "green card"),
        ("saw Dmitri at the rink, his wife is expecting in may", "Dmitri", "expecting"),
    ],
)
def test_life_news_in_a_short_note_is_kept(
    extractor: NoteExtractor, note: str, first: str, news: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert said(person(r, first), news, {"plan", "family"}), person(r, first).facts


def test_what_someone_offers_to_do_is_an_offer_not_a_need(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "- yusuf karimi, bookkeeper, offers to review books for small businesses, kids play hockey",
        now=NOW,
    )
    assert said(person(r, "Yusuf"), "review books", {"offer"})
    assert not said(person(r, "Yusuf"), "review books", {"need"})


def test_a_lowercase_first_and_last_name_is_a_person(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "retirement party for frank nowicki tonight, 40 years at dofasco. his wife irene, "
        "daughter kasia is a nurse at st joe's.",
        now=NOW,
    )
    assert "Frank Nowicki" in names(r)
    assert (person(r, "Irene").relation, person(r, "Irene").of) == ("wife", "Frank Nowicki")
    assert (person(r, "Kasia").relation, person(r, "Kasia").of) == ("daughter", "Frank Nowicki")


def test_he_after_a_possessive_name_is_still_the_one_the_note_is_about(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "quick call with emeka obi, he hired a bookkeeper, yusuf's firm does his books now. "
        "he wants to sit down about succession planning in january",
        now=NOW,
    )
    assert said(person(r, "Emeka"), "succession planning")
    assert not any(said(p, "succession planning") for p in r.people if p.name != "Emeka Obi")


@pytest.mark.parametrize(
    ("note", "first", "org"),
    [
        (
            "met søren at the ferry terminal, works for skagen marine wants a demo",
            "Søren",
            "Skagen Marine",
        ),
        (
            "coffee w/ ines, she's working remotely for tallinnsoft, loves sailing",
            "Ines",
            "Tallinnsoft",
        ),
        ("his wife marta does hair, has her own salon called velvet room", "Marta", "Velvet Room"),
    ],
)
def test_where_someone_works_is_read_from_works_for_and_called(
    extractor: NoteExtractor, note: str, first: str, org: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert org in r.orgs
    assert person(r, first).org == org


def test_his_wife_is_the_nearest_mans_even_when_his_name_is_not_in_the_census(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "retirement party for frank nowicki tonight, 35 years at stelco. ran into rashid "
        "al-amin again, he's a commercial lender at td, his wife noor runs a home daycare",
        now=NOW,
    )
    noor = next(p for p in r.people if p.name == "Noor")
    assert (noor.relation, noor.of) == ("wife", "Rashid Al-Amin")


@pytest.mark.parametrize(
    ("note", "first", "news"),
    [
        ("oh and goran switched agencies, he's with remax now", "Goran", "switched"),
        ("quick update: tomasz sold his half of the bakery", "Tomasz", "sold"),
        (
            "- also met ewa nowak dental hygienist in mississauga training for the toronto "
            "marathon her son kuba plays hockey",
            "Ewa",
            "training for the toronto marathon",
        ),
    ],
)
def test_news_and_training_said_in_passing_are_plans(
    extractor: NoteExtractor, note: str, first: str, news: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert said(person(r, first), news, {"plan"}), person(r, first).facts


def test_a_school_a_child_starts_is_no_contact(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "- Jonas Becker, cofounder of parkwise, wife Lea, son Emil starts Kita in august",
        now=NOW,
    )
    assert "Kita" not in " ".join(names(r))


def test_the_cafe_is_no_employer_when_the_day_comes_between(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "coffee with Ana Lucia Ferraz today at kaffeebar 17. illustrator, freelance", now=NOW
    )
    assert person(r, "Ana").org is None


def test_a_launch_of_their_app_is_their_news(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "Tobias texted: the gardenly app launched on the app store yesterday 🚀", now=NOW
    )
    assert said(person(r, "Tobias"), "launched", {"plan"}), person(r, "Tobias").facts


def test_a_priest_or_a_nun_is_no_ones_relative(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "parish bingo night\n- father tom wisniewski pastor, his nephew plays trumpet\n"
        "- lucia ramos nurse at mercy, her husband raul just retired",
        now=NOW,
    )
    tom = person(r, "Tom")
    assert (tom.name, tom.relation) == ("Tom Wisniewski", None)
    assert person(r, "Raul").of == "Lucia Ramos"


@pytest.mark.parametrize(
    "note",
    [
        "met ana reyes for coffee, she's a music teacher at cps puerto rican from pilsen",
        "- Kwesi Mensah, ghanaian, researcher at SAP, girlfriend Abena",
    ],
)
def test_where_someone_is_from_is_no_contact_nor_their_job(
    extractor: NoteExtractor, note: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert len(r.people) <= 2 and not any("rican" in n.lower() for n in names(r))
    assert not any(
        f.kind == "work" and f.text.lower() in ("ghanaian", "puerto rican")
        for p in r.people
        for f in p.facts
    )


@pytest.mark.parametrize(
    ("note", "nickname"),
    [
        ("- seo-yeon choi goes by sy architect at gensler, loves jazz", "SY"),
        ("met bartholomew okeke, aka bart, he runs a print shop", "Bart"),
    ],
)
def test_a_nickname_the_model_missed_is_kept_for_finding_them(
    extractor: NoteExtractor, note: str, nickname: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert len(r.people) == 1 and r.people[0].aka == [nickname], r.people
    assert r.people[0].org != nickname


def test_a_detail_ends_at_a_comma_that_starts_another_thought(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "gala last night\n- despina kostas owns two bakeries, on the board of the arts council",
        now=NOW,
    )
    texts = [f.text for f in person(r, "Despina").facts]
    assert "owns two bakeries" in texts, texts
    assert not any("," in t for t in texts), texts


def test_a_church_fish_fry_is_where_you_met(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "church fish fry at st adalbert tonight\n- lucia ramos nurse at mercy", now=NOW
    )
    assert r.event is not None and "fish fry" in r.event.lower()


@pytest.mark.parametrize("name", ["Lena Bishop", "Ruth Deacon", "Omar Pastor"])
def test_a_surname_that_is_also_a_clergy_word_stays(extractor: NoteExtractor, name: str) -> None:
    assert names(extractor.extract(f"met {name} at the expo", now=NOW)) == [name]


@pytest.mark.parametrize(
    ("note", "first", "new"),
    [
        ("chidi moved from northwestern to rush", "Chidi", "Rush"),
        ("update: Aylin went from Deloitte to Brightline in October", "Aylin", "Brightline"),
    ],
)
def test_a_move_from_one_employer_to_another_changes_the_org(
    extractor: NoteExtractor, note: str, first: str, new: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert [(c.person.split()[0], c.field, c.new.title()) for c in r.changes] == [
        (first, "org", new)
    ]
    assert (person(r, first).org or "").title() == new


def test_a_name_after_the_relative_word_is_the_relative_not_the_one_before(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "coffee with tunde, his wife ada's startup healthbox raised a seed round", now=NOW
    )
    assert names(r) == ["Tunde", "Ada"]
    tunde, ada = r.people
    assert tunde.relation is None
    assert (ada.relation, ada.of) == ("wife", "Tunde")


def test_someone_ran_into_is_a_person(extractor: NoteExtractor) -> None:
    r = extractor.extract("ran into priya, she's now at deloitte", now=NOW)
    assert names(r) == ["Priya"]


@pytest.mark.parametrize(
    ("note", "person_named"),
    [
        ("valentine's day and still working. met gus ferreira at the florist mixer", "Gus"),
        ("Mother's Day brunch with Ines Duarte, she runs a daycare", "Ines"),
        ("Bridal expo at the armory. Met Sunita Rao, she does henna", "Sunita"),
        ("Solar fair downtown, talked to Obi Nwosu about his roof", "Obi"),
        ("lunch w/ kwame boateng, huge Steelers fan, his wife is a nurse", "Kwame"),
        ("Dario Conti - Bruins season tickets, wants a new broker", "Dario"),
        ("Hemi Walker plays Baduk on weekends and runs a print shop", "Hemi"),
        ("met yusuf demir, he owns two Chipotle franchises in naperville", "Yusuf"),
    ],
)
def test_holidays_events_teams_games_and_franchises_are_nobody(
    extractor: NoteExtractor, note: str, person_named: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert [n.split()[0] for n in names(r)] == [person_named]


def test_a_person_of_a_firm_read_as_one_organisation_is_both(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "Best contacts: Meenakshi Pillai of Marigold Events, who plans weddings, and her "
        "partner Gabriela Fonseca",
        now=NOW,
    )
    assert names(r)[0] == "Meenakshi Pillai"
    assert person(r, "Meenakshi").org == "Marigold Events"


def test_she_stays_with_the_one_the_note_is_about_past_a_name_in_passing(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "maria lopez, met at the rotary lunch folasade invited me to, she's an estate "
        "attorney at baker mckenzie. she has two girls, sofia and elena. she'd love more "
        "referrals from accountants",
        now=NOW,
    )
    maria = person(r, "Maria")
    assert said(maria, "attorney", {"work"})
    assert said(maria, "referrals", {"need"})
    assert all(not p.facts for p in r.people if p is not maria)
    for daughter in ("Sofia", "Elena"):
        assert (person(r, daughter).relation, person(r, daughter).of) == ("daughter", "Maria Lopez")


@pytest.mark.parametrize(
    "note",
    [
        "Kofi Mensah wants to host, would be perfect for María José",
        "Kofi Mensah thinks the space would be perfect for María José's gala",
        "Met Ama Owusu at the chamber mixer. She said the church hall would be ideal for the "
        "fundraiser.",
    ],
)
def test_an_opinion_is_no_need(extractor: NoteExtractor, note: str) -> None:
    """Trial 10: "would be perfect for María José's gala" was read as Kofi's need: what
    someone thinks would suit is an opinion, not something they need."""
    r = extractor.extract(note, now=NOW)
    for p in r.people:
        assert not any(
            f.kind in ("need", "offer") and ("perfect" in f.text or "ideal" in f.text)
            for f in p.facts
        ), p.facts


@pytest.mark.parametrize(
    ("note", "first", "need"),
    [
        (
            "Met Maria Lopez at the gala. She's trying to get her son into a summer coding "
            "program.",
            "Maria",
            "get her son into a summer coding program",
        ),
        (
            "Met Grace Kim at the rotary lunch, she is trying to hire a development director",
            "Grace",
            "hire a development director",
        ),
    ],
)
def test_what_they_are_trying_to_do_is_a_need(
    extractor: NoteExtractor, note: str, first: str, need: str
) -> None:
    """Trial 10: a want said with "trying to" was missed or read as a family detail ("son
    into a summer coding program"), so the first nudge asked what they're working on."""
    p = person(extractor.extract(note, now=NOW), first)
    assert any(f.kind == "need" and f.text == need for f in p.facts), p.facts


def test_someones_role_after_a_possessive_is_the_one_described(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "had coffee with lucia ferraro, dimitri's accountant. she does a lot of restaurants",
        now=NOW,
        known_names=["Dimitri Papadakis"],
    )
    assert said(person(r, "Lucia"), "accountant", {"work"})
    assert not said(person(r, "Dimitri"), "accountant")


def test_a_vendor_someone_went_with_is_not_their_employer(extractor: NoteExtractor) -> None:
    r = extractor.extract("wendell called, they went with Gusto for payroll in the end", now=NOW)
    assert person(r, "Wendell").org is None
    assert not r.changes


def test_what_they_want_after_a_spouse_is_named_is_the_couples(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "coffee with imani okoro, runs two salons in hyde park, her husband dayo does the "
        "books, they want to open a third salon next year",
        now=NOW,
    )
    assert said(person(r, "Imani"), "third salon")
    assert not said(person(r, "Dayo"), "third salon")


def test_a_bare_follow_up_line_in_a_list_is_for_the_one_the_list_is_about(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "bni lunch today\n- gus pappas owner of pappas tile\n- kids play travel soccer\n"
        "- said he'd intro me to his lawyer, nikos demos\n- follow up on the 14th",
        now=NOW,
    )
    assert [f.person for f in r.follow_ups] == ["Gus Pappas"]


@pytest.mark.parametrize(
    ("note", "first", "words"),
    [
        (
            "ran into dr ama owusu at the alumni thing she's an orthodontist opening a second "
            "office in katy her husband femi is interviewing at baylor for a cardiology fellowship",
            "Femi",
            "cardiology fellowship",
        ),
        ("coffee w rosa ibarra, runs hr at gulf freight", "Rosa", "gulf freight"),
        (
            "coffee w rosa ibarra, her daughter lupita is applying to colleges mostly rice and ut",
            "Lupita",
            "rice and ut",
        ),
    ],
)
def test_a_detail_does_not_stop_before_its_noun(
    extractor: NoteExtractor, note: str, first: str, words: str
) -> None:
    assert said(person(extractor.extract(note, now=NOW), first), words)


def test_how_the_news_came_is_no_detail(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "raj got the fellowship at rush!! priya texted me this morning. they're celebrating "
        "saturday",
        now=NOW,
        known_names=["Priya Raghunathan", "Raj"],
    )
    assert not any("texted" in f.text for p in r.people for f in p.facts)


def test_a_relation_corrected_is_the_one_named_before_is(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "correction ngoc is tuan's sister not his wife",
        now=NOW,
        known_names=["Ngoc", "Tuan Pham"],
    )
    assert [(c.person, c.field, c.new, c.old) for c in r.changes] == [
        ("Ngoc", "relation", "sister", "wife")
    ]


def test_where_a_funeral_is_held_is_no_employer(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "hoa nguyen's father passed away on sunday, funeral is saturday at st. anne church",
        now=NOW,
        known_names=["Hoa Nguyen"],
    )
    hoa = person(r, "Hoa")
    assert hoa.org is None
    assert said(hoa, "passed away")


def test_an_intro_already_made_to_me_is_no_offer(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "bogdan intro'd me to yesenia cruz, she runs a daycare in pasadena",
        now=NOW,
        known_names=["Bogdan Lis"],
    )
    assert not person(r, "Bogdan").facts
    assert [(e.direction, e.person) for e in r.ledger] == [("got", "Bogdan Lis")]


def test_a_job_said_after_a_name_is_no_part_of_it(extractor: NoteExtractor) -> None:
    r = extractor.extract("talked to dr adebayo okafor dentist, his practice is in katy", now=NOW)
    assert names(r) == ["Adebayo Okafor"]


def test_the_firm_after_owner_is_theirs(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "dalia nasser syrian restaurant owner zaatar grill in montrose she is hiring a baker",
        now=NOW,
    )
    assert names(r) == ["Dalia Nasser"]
    assert (person(r, "Dalia").org or "").lower() == "zaatar grill"


def test_a_nickname_with_a_title_is_hers_and_so_are_its_later_mentions(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "harvest festival with deaconess folasade adeyemi everyone calls her mama fola\n"
        "- mama fola's grandson kunle needs a summer job\n- call mama fola after new year",
        now=NOW,
    )
    assert names(r) == ["Folasade Adeyemi", "Kunle"]
    folasade = person(r, "Folasade")
    assert not folasade.unsure and not any(f.text.lower() == "mama" for f in folasade.facts)
    assert person(r, "Kunle").of == "Folasade Adeyemi"
    assert [f.person for f in r.follow_ups] == ["Folasade Adeyemi"]


def test_a_couple_sharing_a_surname_keeps_each_ones_later_lines(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "Kids' soccer sideline\nDave + Lisa Moreno (Jo's parents)\n"
        "Dave: coaches the U10s, runs a roofing company\nLisa: pediatric nurse at Lurie",
        now=NOW,
    )
    assert names(r) == ["Dave Moreno", "Lisa Moreno"]
    assert said(person(r, "Dave"), "roofing")


def test_a_lowercase_name_after_a_relative_word_is_that_relative(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "met tariq mahmood cpa at his office in sugar land his brother in law faisal is "
        "moving from dallas in january needs a 3 bedroom near good schools",
        now=NOW,
    )
    faisal = person(r, "Faisal")
    assert (faisal.relation, faisal.of) == ("brother-in-law", "Tariq Mahmood")
    assert said(faisal, "3 bedroom", {"need"})
    assert not said(person(r, "Tariq"), "3 bedroom")


def test_a_place_somewhere_in_is_no_one(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "talked to dr kunle ade dentist, wants a second office somewhere in katy, his sister "
        "bisi is a realtor",
        now=NOW,
    )
    assert names(r) == ["Kunle Ade", "Bisi"]
    assert person(r, "Bisi").of == "Kunle Ade"


@pytest.mark.parametrize(
    ("note", "org"),
    [
        ("met nnamdi eze, he has a roofing business eze roofing in katy", "eze roofing"),
        ("carmen from clear view inspections came by the open house", "clear view inspections"),
        ("dinner of the Polish-American chamber, met Ola Nowak", "polish-american chamber"),
    ],
)
def test_a_business_named_by_its_trade_is_an_organisation(
    extractor: NoteExtractor, note: str, org: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert org in [o.lower().replace(" - ", "-") for o in r.orgs]


@pytest.mark.parametrize(
    ("note", "team"),
    [
        ("beers with dario, he's a huge cubs fan, sells commercial hvac", "cubs"),
        ("- Rhys Morgan, Scarlets season ticket, runs a print shop", "scarlets"),
    ],
)
def test_the_team_someone_follows_is_an_organisation_not_their_employer(
    extractor: NoteExtractor, note: str, team: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert team in [o.lower() for o in r.orgs]
    assert all((p.org or "").lower() != team for p in r.people)


def test_a_to_do_for_someone_by_a_date_is_a_follow_up(extractor: NoteExtractor) -> None:
    r = extractor.extract("Todo: Kemi's quote by friday, and thank Ade for the intro", now=NOW)
    assert [f.due.isoformat() for f in r.follow_ups] == ["2026-11-27"]
    r = extractor.extract("to do: kemi will send her quote by friday", now=NOW)
    assert not r.follow_ups


def test_a_job_landed_is_news_and_where_they_work_now(extractor: NoteExtractor) -> None:
    r = extractor.extract("good news, kwame landed a new role at shopify", now=NOW)
    kwame = person(r, "Kwame")
    assert kwame.name == "Kwame"
    assert said(kwame, "role at shopify", {"plan"})
    assert (kwame.org or "").lower() == "shopify"


def test_a_title_after_a_relative_word_is_no_one(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "she offered to refer me to her brother in law dr emil novak who owns a vet clinic",
        now=NOW,
        known_names=["Marisol Reyes"],
    )
    assert "Dr" not in names(r)


def test_where_they_connected_online_is_no_employer(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "coffee with lin zhou from linkedin, controller at a dental group", now=NOW
    )
    assert person(r, "Lin").org is None


def test_a_business_named_after_someone_is_no_contact(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "brother yusuf adan owns 2 restaurants, amina's kitchen, named after his mom", now=NOW
    )
    assert "Amina" not in names(r)


def test_a_relatives_hospital_is_no_employer(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "called bogdan lis, his dad had a fall and is in hospital at st mary's",
        now=NOW,
        known_names=["Bogdan Lis"],
    )
    assert person(r, "Bogdan").org is None


def test_a_hyphenated_surname_stays_whole(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "coffee w navjot kaur-dhillon, she's VP operations at a credit union", now=NOW
    )
    assert names(r) == ["Navjot Kaur-Dhillon"]


def test_a_nickname_is_no_job_and_two_letters_stay_capitals(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "met harpreet singh goes by HS he runs a trucking company in brampton. also met "
        "jun-ho lee goes by JH, does payroll consulting",
        now=NOW,
    )
    harpreet = person(r, "Harpreet")
    assert "HS" in harpreet.aka and not said(harpreet, "hs", {"work"})
    assert "JH" in person(r, "Jun-Ho").aka


def test_a_prayer_time_is_no_one(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "saw yusuf at the mosque again after isha. his wife hodan runs the catering side",
        now=NOW,
    )
    assert "Isha" not in names(r)
    assert person(r, "Hodan").of == "Yusuf"


def test_a_known_contact_called_by_a_title_is_them(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "called tita lorna, did the site visit, she's going to hire me for the laptops. her "
        "daughter joy is getting married in june",
        now=NOW,
        known_names=["Lorna Reyes"],
        known_traits={"Lorna Reyes": ("she", False)},
    )
    assert person(r, "Joy").of == "Lorna Reyes"
    assert said(person(r, "Lorna"), "hire me")


def test_her_son_is_hers_when_the_man_named_before_is_known_as_he(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "lunch w grace mensah the chapter president, KB set it up. she runs mensah insurance, "
        "her son kofi is applying to law school",
        now=NOW,
        known_names=["KB"],
        known_traits={"KB": ("he", False)},
    )
    assert person(r, "Kofi").of == "Grace Mensah"


def test_a_move_between_two_firms_in_lowercase_changes_the_org(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "meena messaged, she moved from bmo to scotiabank, in fraud ops now, not going "
        "independent after all but still wants an accountant for her side gig",
        now=NOW,
        known_names=["Meena Iyer"],
    )
    assert [(c.field, c.new.lower(), (c.old or "").lower()) for c in r.changes] == [
        ("org", "scotiabank", "bmo")
    ]
    assert said(person(r, "Meena"), "accountant", {"need"})
    r = extractor.extract("met ana, she moved from dallas to houston last year", now=NOW)
    assert not r.changes and person(r, "Ana").org is None


def test_the_pronoun_nearest_a_detail_says_whose_it_is(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "Teresa Okafor runs a bakery on Main with her son Daniel; she makes the cakes and he "
        "still drives the deliveries.",
        now=NOW,
    )
    assert said(person(r, "Daniel"), "deliveries")
    assert not said(person(r, "Teresa"), "deliveries")


def test_a_he_and_a_she_after_a_pair_of_names_are_theirs_in_order(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "at the gala i sat with obinna and zuri kamau he's an architect she's a florist",
        now=NOW,
    )
    assert said(person(r, "Obinna"), "architect")
    assert said(person(r, "Zuri"), "florist")
    assert not said(person(r, "Zuri"), "architect")


def test_she_after_she_hired_someone_is_still_the_one_who_hired(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "ran into rosa delgado at the chamber mixer, she said she hired megan cole in the "
        "spring to manage her second salon. she offered to introduce me to her accountant.",
        now=NOW,
    )
    assert said(person(r, "Rosa"), "accountant", {"offer"})
    assert not said(person(r, "Megan"), "accountant")


def test_someone_named_beside_a_he_is_not_who_the_next_he_is(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "Kwesi Boateng update: he moved to Wells Fargo. He and Marcus ran the half marathon "
        "in April. He is looking for a new accountant.",
        now=NOW,
    )
    assert said(person(r, "Kwesi"), "accountant", {"need"})
    assert not said(person(r, "Marcus"), "accountant")
    r = extractor.extract(
        "Lena Park update: she and Tomas pushed the launch to May. Still needs a designer "
        "for the new site.",
        now=NOW,
    )
    assert said(person(r, "Lena"), "designer", {"need"})


def test_her_name_is_after_a_relative_word_names_the_relative(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "at soccer practice i sat next to liam's dad, his name is tomasz nowak, he's an "
        "electrician. his wife agnieszka teaches piano.",
        now=NOW,
    )
    assert said(person(r, "Tomasz"), "electrician", {"work"})
    assert person(r, "Agnieszka").of == "Tomasz Nowak"
    assert not any(c.field == "name" for c in r.changes)


def test_what_one_said_another_could_do_is_the_others_offer(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "my neighbor rosa mentioned that diego can patch mai's fence on saturday.",
        now=NOW,
    )
    assert said(person(r, "Diego"), "fence", {"offer"})
    assert not said(person(r, "Rosa"), "fence")


def test_a_surname_after_kaur_or_singh_stays_in_the_name(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "met manpreet kaur grewal at the gurdwara, she is a nurse at st. luke's",
        now=NOW,
    )
    assert names(r) == ["Manpreet Kaur Grewal"]
    r = extractor.extract("met manpreet kaur today at the gurdwara", now=NOW)
    assert names(r) == ["Manpreet Kaur"]


def test_a_date_word_after_call_him_is_no_nickname(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "- petra lindqvist - treasurer at riverside garden society, "
        "call her late next week about the plant sale",
        now=NOW,
    )
    assert names(r) == ["Petra Lindqvist"]
    assert not r.people[0].aka


def test_a_dash_line_board_seat_gives_the_whole_council_and_the_role(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "- ilse brandt - board at dakota youth council, looking for a new ED, "
        "call her early next week",
        now=NOW,
    )
    ilse = person(r, "ilse")
    assert ilse.org == "Dakota Youth Council"
    assert said(ilse, "board member", {"work"})


def test_a_firm_after_the_or_named_us_is_their_employer(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "coffee with ines moreau, grants manager at the dellwood foundation", now=NOW
    )
    assert person(r, "Ines").org == "Dellwood Foundation"
    r = extractor.extract("- dana whitcomb from us bank, into sailing", now=NOW)
    assert person(r, "Dana").org == "US Bank"


def test_a_lowercase_name_the_model_took_for_a_firm_is_a_person_when_it_acts(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "rang bartek yesterday, he's short-listed two venues for the auction",
        now=NOW,
        known_names=["Bartek Zielinski"],
    )
    assert names(r) == ["Bartek Zielinski"]
    assert "Bartek" not in r.orgs
    r = extractor.extract("thuy got promoted to regional director at medtronic!", now=NOW)
    assert names(r) == ["Thuy"]
    assert "Thuy" not in r.orgs
    r = extractor.extract("called comcast about the bill", now=NOW)
    assert not r.people
    r = extractor.extract("texted priyanka re the gala", now=NOW)
    assert names(r) == ["Priyanka"]


def test_a_business_called_something_is_named_not_phoned(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "met oskar lind at the expo, he runs a roofing outfit called roofzilla and uh he's "
        "big into curling",
        now=NOW,
    )
    assert names(r) == ["Oskar Lind"]
    r = extractor.extract("met oskar lind, he has a cleaning company called sparklio", now=NOW)
    assert names(r) == ["Oskar Lind"]
    r = extractor.extract("met a guy called ravi at the mixer, he's a nurse", now=NOW)
    assert names(r) == ["Ravi"]


def test_a_reported_ping_with_a_pronoun_is_a_follow_up_with_that_person(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "coffee with Lotte Brandvold, she runs the food shelf. she said ping her after "
        "christmas about the volunteer roster",
        now=NOW,
    )
    assert [(f.person, f.due.month) for f in r.follow_ups] == [("Lotte Brandvold", 12)]


def test_where_they_met_is_the_event_the_note_is_at_not_one_to_come(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "ok so this morning was the midway arts council breakfast at the depot, "
        "met Hana Lindgren, she's an architect",
        now=NOW,
    )
    assert r.event is not None and "breakfast" in r.event
    r = extractor.extract("kiwanis dinner uptown tonight\n- Sven Aalto, dentist", now=NOW)
    assert r.event is not None and "kiwanis dinner" in r.event.lower()
    r = extractor.extract(
        "coffee with Marco Bellini, said he might sponsor a hole at our golf outing", now=NOW
    )
    assert r.event is None
    r = extractor.extract(
        "lunch with Ada Kim, she is chairing the raffle at the library gala in april", now=NOW
    )
    assert r.event is None
    r = extractor.extract("met ana at the library on tuesday", now=NOW)
    assert r.event == "library"


def test_a_newborn_named_with_her_or_him_is_the_couples_child_not_a_contact(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "drinks with Lars Eriksen, his wife Anouk just had a baby boy, named him Bram!! "
        "lars is back at work monday",
        now=NOW,
    )
    bram = person(r, "Bram")
    assert bram.relation == "son" and bram.of == "Lars Eriksen" and not bram.met
    lars = person(r, "Lars")
    family = [f.text for f in lars.facts if f.kind == "family"]
    assert "a baby boy, Bram" in family
    assert not any(t.lower().startswith("named") for t in family)


def test_a_short_first_name_in_brackets_is_a_nickname_and_the_job_keeps_its_field(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "- Aleksandra Wisniewska (ola) it manager at medtronic, into climbing", now=NOW
    )
    ola = person(r, "Aleksandra")
    assert ola.aka == ["Ola"]
    assert ola.org == "Medtronic"
    assert "Ola" not in r.orgs
    assert said(ola, "it manager", {"work"})
    assert any(f.text.startswith("IT ") for f in ola.facts)


def test_a_move_to_a_firm_typed_lowercase_is_shown_in_capitals(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "grace switched to morgan stanley, same wealth role", now=NOW, known_names=["Grace Obi"]
    )
    assert [(c.field, c.new) for c in r.changes] == [("org", "Morgan Stanley")]


def test_a_job_at_a_named_firm_says_whose_program_and_a_kids_rink_is_no_employer(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "coffee w/ lena duarte from medica, she runs their employee wellness program. "
        "her son theo plays hockey at eagan.",
        now=NOW,
    )
    lena, theo = person(r, "lena"), person(r, "theo")
    assert said(lena, "medica's employee wellness program", {"work"})
    assert not said(lena, "their")
    assert theo.org is None


def test_news_of_a_new_job_at_a_named_place_keeps_its_verb(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "heard from rosa, her husband dmitri got the head chef job at the capital grille",
        now=NOW,
        known_names=["Rosa Alvarez"],
    )
    assert said(person(r, "dmitri"), "got the head chef job", {"plan"})


def test_a_plan_to_teach_keeps_what_is_taught_and_to_whom(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "- Tomas Novak (tom) hr director at ecolab, wants to volunteer teaching woodworking "
        "to teens, follow up next friday",
        now=NOW,
    )
    assert said(person(r, "tomas"), "woodworking to teens")


def test_a_first_name_run_into_another_full_name_is_two_people(
    extractor: NoteExtractor,
) -> None:
    """ "I'll send Tunde Mirela Costa's number": Tunde, named before, and Mirela Costa."""
    r = extractor.extract(
        "Dinner with Tunde Bakare and his wife. I'll send Tunde Mirela Costa's number "
        "on Monday, she does kitchen remodels.",
        now=NOW,
    )
    assert names(r) == ["Tunde Bakare", "Mirela Costa"]


def test_what_someone_referred_the_user_to_is_no_need_of_theirs(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "coffee w lena brandt, she referred me to a roofer client of hers, great guy", now=NOW
    )
    assert not [f for f in person(r, "Lena").facts if f.kind == "need"]
    assert [e.direction for e in r.ledger] == ["got"]


def test_the_notes_one_person_is_he_when_the_note_says_him(extractor: NoteExtractor) -> None:
    """A name said family name first ("tran van minh") must not get a census guess over
    the note's own "call him"."""
    r = extractor.extract(
        "chamber mixer: tran van minh, runs a nail supply co, wants a speaker for their "
        "spring event. call him fri",
        now=NOW,
    )
    assert person(r, "Tran").pronoun == "he"


@pytest.mark.parametrize(
    ("note", "org"),
    [
        ("talked to samir aziz, owns gas stations, Aziz Fuel, wants ev chargers", "Aziz Fuel"),
        ("coffee w/ Odile Marchand - Marchand Alarm Services. wants a referral", None),
        ("met Bruno Keller at the expo, Keller Industries, big into sailing", "Keller Industries"),
    ],
)
def test_a_business_named_after_its_owner_is_their_org_not_a_second_person(
    extractor: NoteExtractor, note: str, org: str | None
) -> None:
    r = extractor.extract(note, now=NOW)
    assert len(names(r)) == 1, names(r)
    if org is not None:
        assert r.people[0].org == org


def test_texting_words_are_no_name_and_no_end_of_a_detail(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "ok the dao meetup was wild. met oksana, legit knows every validator in kyiv. "
        "she needs a solidity auditor rn",
        now=NOW,
    )
    assert names(r) == ["Oksana"]
    assert said(r.people[0], "knows every validator")
    assert [f.text for f in r.people[0].facts if f.kind == "need"] == ["a solidity auditor"]


def test_an_institution_after_the_is_no_person_of_the_organisation(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "pancake breakfast at the Loyal Order of Moose lodge. Dale Wicks runs the grill "
        "and wants a sponsor for the spring raffle",
        now=NOW,
    )
    assert names(r) == ["Dale Wicks"]


@pytest.mark.parametrize(
    ("note", "needs"),
    [
        (
            "coffee w/ pastor eli ward from hope chapel, they need volunteers for the coat "
            "drive and a bookkeeper for the church",
            ["volunteers for the coat drive", "a bookkeeper for the church"],
        ),
        (
            "lunch with rev. amy lutz, the shelter needs a plumber and a grant writer",
            ["a plumber", "a grant writer"],
        ),
    ],
)
def test_each_of_two_needs_said_together_is_a_need_not_a_job(
    extractor: NoteExtractor, note: str, needs: list[str]
) -> None:
    r = extractor.extract(note, now=NOW)
    assert len(names(r)) == 1
    facts = r.people[0].facts
    assert [f.text for f in facts if f.kind == "need"] == needs
    assert not any(f.kind == "work" and any(n.endswith(f.text) for n in needs) for f in facts)


def test_a_name_in_a_detail_is_written_as_a_name(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "rotary lunch. sat next to yaw darko, his wife abena just had twins", now=NOW
    )
    assert said(person(r, "Yaw"), "wife", {"family"})
    # the family detail says what was said of her (nlp/corpus/GUIDE.md)
    family = [f.text for f in person(r, "Yaw").facts if f.kind == "family"]
    assert family == ["wife Abena just had twins"]


@pytest.mark.parametrize(
    ("note", "org"),
    [
        ("Notes - coffee w/ Obinna Eze\nWork: ops lead @ Maersk\nFamily: two boys", "Maersk"),
        ("bilal haddad, zapflow, twins starting kindergarten in the fall", "Zapflow"),
        ("met tanya at the ribbon cutting, she's the membership director at the ymca", "YMCA"),
        (
            "sat with dana brooks at rotary, her son goes to kumon and she runs hr at Medline",
            "Medline",
        ),
    ],
)
def test_where_someone_works_is_read_from_a_list_a_terse_note_or_their_job(
    extractor: NoteExtractor, note: str, org: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert len(names(r)) == 1, names(r)
    assert r.people[0].org == org


def test_a_lists_label_is_no_part_of_a_name(extractor: NoteExtractor) -> None:
    r = extractor.extract("LinkedIn coffee w/ Chiamaka Obi Work: logistics lead", now=NOW)
    assert names(r) == ["Chiamaka Obi"]


@pytest.mark.parametrize(
    "note",
    [
        "eid dinner at the mosque, met a couple, yusuf and mariam haddad, he's a dentist",
        "kofi & abena mensah (married 20 yrs). he: pastor. she: runs a daycare",
    ],
)
def test_a_married_couple_are_each_others_family(extractor: NoteExtractor, note: str) -> None:
    r = extractor.extract(note, now=NOW)
    assert len(r.people) == 2
    second = r.people[1]
    assert second.relation in ("wife", "husband", "spouse")
    assert second.of == r.people[0].name


@pytest.mark.parametrize(
    ("note", "who"),
    [
        ("she wants builders so i'll intro her to my buddy hector at castle homes", "Hector"),
        ("also this irish dude fergal was yelling at the tv lol, he's a plumber", "Fergal"),
        ("quote came in under our policy. and noreen moved from the va to st. vincent's", "Noreen"),
        ("the guy running the booth was super nice, met priya there", "Priya"),
    ],
)
def test_a_lowercase_first_name_said_as_someone_is_a_person(
    extractor: NoteExtractor, note: str, who: str
) -> None:
    assert who in names(extractor.extract(note, now=NOW))


def test_a_filler_after_a_person_noun_is_no_name(extractor: NoteExtractor) -> None:
    r = extractor.extract("met gerald pruitt, the funeral home guy uh his wife chairs it", now=NOW)
    assert names(r) == ["Gerald Pruitt"]


def test_someone_named_before_whose_relative_they_are_keeps_their_details(
    extractor: NoteExtractor,
) -> None:
    """Trial 15: "met segun, tunde's brother in law, …" gave Tunde Segun's job and need."""
    r = extractor.extract(
        "met kayode, femi's brother in law, just moved from ibadan, civil engineer looking "
        "for a job in construction",
        now=NOW,
    )
    kayode = person(r, "Kayode")
    assert (kayode.relation, kayode.of, kayode.met) == ("brother-in-law", "Femi", True)
    assert said(kayode, "civil engineer", {"work"}) and said(kayode, "a job in", {"need"})
    assert person(r, "Femi").facts == []
    r = extractor.extract(
        "Park Min-ji (goes by Jenny) - Seo-yeon's sister, runs a nail salon. very into golf",
        now=NOW,
    )
    jenny = person(r, "Park")
    assert (jenny.relation, jenny.of) == ("sister", "Seo-yeon")
    assert said(jenny, "golf", {"interest"}) and not person(r, "Seo-yeon").facts[1:]


def test_a_relative_of_someone_unnamed_is_nobody_elses_relative(
    extractor: NoteExtractor,
) -> None:
    """Trial 15: "my cousin's husband emeka … his sister ngozi" made Emeka Ngozi's husband."""
    r = extractor.extract(
        "my cousin's husband chinedu okafor, he's a realtor in katy, and his sister adaeze "
        "is a nurse looking for an apartment",
        now=NOW,
    )
    chinedu, adaeze = person(r, "Chinedu"), person(r, "Adaeze")
    assert chinedu.relation is None
    assert (adaeze.relation, adaeze.of) == ("sister", "Chinedu Okafor")
    assert [f.text for f in chinedu.facts if f.kind == "family"] == ["sister Adaeze is a nurse"]


def test_in_a_list_his_or_her_is_the_person_on_that_line(extractor: NoteExtractor) -> None:
    """Trial 15: Adaeze's card got Danny's "his son is applying to UT engineering"."""
    r = extractor.extract(
        "after the chamber breakfast\n"
        "- Chiamaka Obi, runs a pediatric clinic in pearland, stressed about staffing\n"
        "- Tran Van Hieu goes by Henry, owns two nail salons, his son is applying to rice\n"
        "- Marisol Vega from the legal aid clinic, wants volunteers",
        now=NOW,
    )
    assert said(person(r, "Tran"), "son is applying", {"family"})
    assert not said(person(r, "Chiamaka"), "son")
    assert person(r, "Tran").pronoun == "he"


@pytest.mark.parametrize(
    ("note", "org"),
    [
        ("coffee with femi ade um he's a broker at um guaranty bank", "Guaranty Bank"),
        ("coffee w/ gina from uh, what's it called, brightpath. into pottery", None),
    ],
)
def test_a_filler_is_no_part_of_a_firm(
    extractor: NoteExtractor, note: str, org: str | None
) -> None:
    r = extractor.extract(note, now=NOW)
    assert "Uh" not in r.orgs and r.people[0].org in (org, "Brightpath")


@pytest.mark.parametrize(
    ("note", "name", "org"),
    [
        ("Valmet - Aino Korhonen, plant manager. needs 2 PLC techs", "Aino Korhonen", "Valmet"),
        (
            "Nasser Tires - Omar Nasser. 4 shops. son Ali runs the books",
            "Omar Nasser",
            "Nasser Tires",
        ),
        (
            "long talk with Bruno Ferri from Brembo (Bergamo). head of purchasing",
            "Bruno Ferri",
            "Brembo",
        ),
    ],
)
def test_a_firm_heading_a_line_or_its_town_in_brackets_is_no_person(
    extractor: NoteExtractor, note: str, name: str, org: str
) -> None:
    r = extractor.extract(note, now=NOW)
    assert [p.name for p in r.people if p.relation is None] == [name]
    assert r.people[0].org == org


@pytest.mark.parametrize(
    ("note", "family", "children"),
    [
        (
            "coffee with bayo adeyemi, his twins ada and obi start school in the fall",
            "twins Ada and Obi",
            ["Ada", "Obi"],
        ),
        (
            "lunch w/ Jen Park. twins Nora & Eli turn 5 next week",
            "twins Nora & Eli",
            ["Nora", "Eli"],
        ),
    ],
)
def test_twins_named_together_are_both_children(
    extractor: NoteExtractor, note: str, family: str, children: list[str]
) -> None:
    r = extractor.extract(note, now=NOW)
    parent = r.people[0]
    assert [f.text for f in parent.facts if f.kind == "family"] == [family]
    assert [p.name for p in r.people if p.of == parent.name] == children


@pytest.mark.parametrize(
    ("note", "who"),
    [
        (
            "potluck at Iglesia Bautista Getsemani, met Rosa Elena Cantu, she runs a tire shop",
            ["Rosa Elena Cantu"],
        ),
        ("fish fry at Our Lady of Lourdes, talked with Dan Pike about his boat", ["Dan Pike"]),
        ("Sister Agnes runs Casa Milagro, the shelter, and needs winter coats", ["Agnes"]),
        ("met hai tran at the dock, owns two shrimp boats. call hai thurs", ["Hai Tran"]),
    ],
)
def test_a_church_a_shelter_or_a_weekday_is_no_part_of_a_name(
    extractor: NoteExtractor, note: str, who: list[str]
) -> None:
    assert names(extractor.extract(note, now=NOW)) == who


def test_a_family_named_by_its_surname_gives_the_couple_that_surname(
    extractor: NoteExtractor,
) -> None:
    """Trial 16: "met the parks, james and grace" made "James" and "Grace" of Sweet Grace."""
    r = extractor.extract(
        "met the hassans at the school fair, karim and leila. he's a dentist, she runs a "
        "flower shop called petal & stem",
        now=NOW,
    )
    karim, leila = person(r, "Karim"), person(r, "Leila")
    assert (karim.name, leila.name) == ("Karim Hassan", "Leila Hassan")
    assert (leila.relation, leila.of) == ("wife", "Karim Hassan")
    assert karim.org is None and said(karim, "dentist", {"work"})


@pytest.mark.parametrize(
    "note",
    [
        "Cobb chamber mixer tonight, quick notes\n* Hung Le - owns two pho shops, wants an endcap",
        "hung le switched from marietta to smyrna, wants to be near the new townhomes",
        "hung le needs 3000 sf with parking, kennesaw preferably",
    ],
)
def test_a_place_is_no_contact(extractor: NoteExtractor, note: str) -> None:
    assert names(extractor.extract(note, now=NOW)) == ["Hung Le"]


def test_a_partner_at_a_firm_is_their_job_not_family(extractor: NoteExtractor) -> None:
    """Trial 16: "Adaeze Okafor, partner at Okafor & Bello" became her son's partner."""
    r = extractor.extract(
        "- Ngozi Eze, partner at Eze & Bello law. her son Obi plays on my U10 team", now=NOW
    )
    assert person(r, "Ngozi").relation is None
    assert (person(r, "Obi").relation, person(r, "Obi").of) == ("son", "Ngozi Eze")


def test_a_street_a_childs_team_or_what_someone_is_known_by_is_no_contact(
    extractor: NoteExtractor,
) -> None:
    """Trial 16: contacts named "Buford Hwy" and "Kimura Sushi", and "Chidi" as a firm."""
    r = extractor.extract(
        "Ikenna Ude from Chidi's soccer team, Ngozi's husband actually, he's a structural "
        "engineer at Ude Partners. Omar needs an engineer for peachtree industrial blvd",
        now=NOW,
    )
    assert not [n for n in names(r) if "Blvd" in n or "Peachtree" in n]
    assert person(r, "Ikenna").org == "Ude Partners"
    r = extractor.extract("the taqueria el sol guy hector - got his lease signed!!", now=NOW)
    assert names(r) == ["Hector"]


@pytest.mark.parametrize(
    ("note", "need"),
    [
        (
            "coffee with harpreet gill, eng manager at avant, hiring two devops people in Q1",
            "two devops people in Q1",
        ),
        ("met tunde ade, VP eng at avant, struggling to hire backend devs", "backend devs"),
        (
            "lunch with Rosa Diaz, she's recruiting for a controller, needs one by march",
            "controller",
        ),
    ],
)
def test_who_someone_is_hiring_is_their_need(
    extractor: NoteExtractor, note: str, need: str
) -> None:
    """Trial 17: a recruiter's notes lost every "hiring" fact, and "Backend Devs" became a
    contact."""
    r = extractor.extract(note, now=NOW)
    assert len(r.people) == 1, names(r)
    assert any(need in f.text for f in r.people[0].facts if f.kind == "need"), r.people[0].facts


@pytest.mark.parametrize(
    ("note", "pronoun"),
    [
        ("met tomasz wojcik at the python meetup, backend lead, wants a new role", "he"),
        ("coffee with olena bondar, cto at a fintech, two kids", "she"),
        ("lunch with chiamaka eze, pediatric dentist in oak park", "she"),
    ],
)
def test_a_given_name_from_another_culture_has_its_pronoun(
    extractor: NoteExtractor, note: str, pronoun: str
) -> None:
    """Trial 17: "ask them" for Tomasz, Kasia and Olena."""
    assert extractor.extract(note, now=NOW).people[0].pronoun == pronoun


def test_the_day_of_a_service_a_meeting_followed_is_no_follow_up(
    extractor: NoteExtractor,
) -> None:
    """Trial 16: "coffee with pastor john kim … after wed service" became a follow-up."""
    r = extractor.extract("coffee with pastor dave lee after wed service, his son is 9", now=NOW)
    assert r.follow_ups == []
    r = extractor.extract("call dave lee after sunday mass about the hall", now=NOW)
    assert len(r.follow_ups) == 1
