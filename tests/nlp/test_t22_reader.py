"""Trial 22 (a NZ mortgage adviser): relative words from te reo and other Englishes, whose a
line's details are when someone else's kids are mentioned, a man's pronoun from "his
missus", praise that is no work, and a "keen to refinance" that is a need.

Each note is a variant of a kind of miss the trial found, not the trial's own note."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction
from tests.nlp.helpers import names, person, said

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)  # Monday


def read(extractor: NoteExtractor, text: str, known: list[str] | None = None) -> NoteExtraction:
    return extractor.extract(text, now=NOW, known_names=known or [])


# 1. Grandchildren, children and grandparents in te reo, Filipino and Pacific Englishes.


@pytest.mark.parametrize(
    ("note", "elder", "child", "relations"),
    [
        (
            "sina tuilagi from the rugby club, her moko arrived last week - baby named leilani",
            "sina",
            "leilani",
            {"grandchild", "granddaughter"},
        ),
        (
            "coffee with aroha ngata, her mokopuna kahu just started school",
            "aroha",
            "kahu",
            {"grandchild", "grandson", "granddaughter"},
        ),
        (
            "rangi parata from work, his moko tane is 3 now",
            "rangi",
            "tane",
            {"grandchild", "grandson", "granddaughter"},
        ),
    ],
)
def test_a_moko_is_a_grandchild_and_never_a_contact(
    extractor: NoteExtractor, note: str, elder: str, child: str, relations: set[str]
) -> None:
    r = read(extractor, note)
    assert not any(n.lower().startswith("moko") for n in names(r))
    elder_p, child_p = person(r, elder), person(r, child)
    assert child_p.relation in relations
    assert child_p.of == elder_p.name
    assert not child_p.met


@pytest.mark.parametrize(
    "note",
    [
        "ana taufa from church, her mokopuna started kohanga reo this year",
        "met wiremu at the marae, his moko is starting school soon",
        "coffee with mere ngata and the whanau, her tamariki are all at school now",
        "coffee with joy santos, her lola is visiting from manila",
    ],
)
def test_a_relative_word_alone_is_no_person(extractor: NoteExtractor, note: str) -> None:
    r = read(extractor, note)
    bad = {"moko", "mokopuna", "tamariki", "whanau", "whānau", "lola", "kohanga"}
    assert not [n for n in names(r) if n.split()[0].lower() in bad], names(r)
    assert len(r.people) == 1


@pytest.mark.parametrize(
    ("note", "elder", "kin", "relation"),
    [
        ("saw hemi at the club, his koro tipene is turning 90", "hemi", "tipene", "grandfather"),
        (
            "caught up with maria, her lola remedios lives with them",
            "maria",
            "remedios",
            "grandmother",
        ),
        ("coffee with jess, her nana pat is moving in", "jess", "pat", "grandmother"),
        ("rang priya - her baby girl anika was born tuesday", "priya", "anika", "daughter"),
    ],
)
def test_other_englishes_name_the_relation(
    extractor: NoteExtractor, note: str, elder: str, kin: str, relation: str
) -> None:
    r = read(extractor, note)
    kin_p = person(r, kin)
    assert kin_p.relation == relation
    assert kin_p.of == person(r, elder).name


# 2. Someone else's kids named on a line do not make the line's details theirs.


@pytest.mark.parametrize(
    ("note", "known", "subject", "other", "word"),
    [
        (
            "- losa tuimavave, runs a lawn mowing business, 3 kids at the same school as "
            "nikau's kids, keen to buy her first rental",
            ["Nikau Hohaia"],
            "losa",
            "nikau",
            "rental",
        ),
        (
            "- ravi menon, accountant, his wife knows priya's sister, wants a new office",
            ["Priya Shah"],
            "ravi",
            "priya",
            "office",
        ),
        (
            "- deepak rao, dentist, plays cricket with sam's brother, wants to buy a bigger house",
            ["Sam Taylor"],
            "deepak",
            "sam",
            "house",
        ),
    ],
)
def test_a_possessive_name_is_not_whose_the_line_is(
    extractor: NoteExtractor, note: str, known: list[str], subject: str, other: str, word: str
) -> None:
    r = read(extractor, note, known)
    assert said(person(r, subject), word)
    others = [p for p in r.people if p.name.split()[0].lower() == other]
    assert not any(said(p, word) for p in others)


# 3. "his missus", "her hubby" right after a person says whether they are a he or a she.


@pytest.mark.parametrize(
    ("note", "first", "pronoun"),
    [
        ("met tama wiremu who runs a building firm, his missus hine is a nurse", "tama", "he"),
        ("coffee with ariki tane, his wife mele teaches at kura", "ariki", "he"),
        ("lunch with kim lee, her hubby dan is a builder", "kim", "she"),
        ("saw jordan at the expo, her husband max does the books", "jordan", "she"),
    ],
)
def test_a_spouse_word_tells_the_persons_pronoun(
    extractor: NoteExtractor, note: str, first: str, pronoun: str
) -> None:
    r = read(extractor, note)
    assert person(r, first).pronoun == pronoun


# 4. Praise is no work; the firm someone runs is their org.


@pytest.mark.parametrize(
    ("note", "first", "org", "praise"),
    [
        ("met hemi walker who runs walker plumbing, top bloke", "hemi", "walker plumbing", "bloke"),
        ("met sione who runs tonga builders, good guy", "sione", "tonga builders", "guy"),
        ("caught up with raj who runs kumar joinery, sound fella", "raj", "kumar joinery", "fella"),
        ("met sally who runs bay cleaning, lovely lady", "sally", "bay cleaning", "lady"),
    ],
)
def test_praise_is_no_work_and_the_firm_is_the_org(
    extractor: NoteExtractor, note: str, first: str, org: str, praise: str
) -> None:
    r = read(extractor, note)
    p = person(r, first)
    assert p.org is not None and p.org.lower() == org
    assert not said(p, praise)


# 5. A buy, sell or refinance someone is keen on is a need, and so is "needs finance".


@pytest.mark.parametrize(
    ("note", "first", "word"),
    [
        (
            "rang moana. she's keen to refinance, fixed rate rolling off in march",
            "moana",
            "refinanc",
        ),
        ("rawiri's keen to refi in april", "rawiri", "refi"),
        ("coffee with sam. keen to sell the unit next year", "sam", "sell"),
        ("saw tom at the yard. keen to hire another driver", "tom", "driver"),
    ],
)
def test_keen_to_do_a_deal_is_a_need(
    extractor: NoteExtractor, note: str, first: str, word: str
) -> None:
    r = read(extractor, note)
    p = person(r, first)
    assert said(p, word, {"need", "plan"}), p.facts
    assert not said(p, word, {"interest"})


@pytest.mark.parametrize(
    "note",
    [
        "caught up with hamish at the yard. wants to buy a second truck next yr needs finance",
        "met lena at the expo. looking at a bigger unit in march needs finance",
    ],
)
def test_needs_finance_after_a_plan_is_kept(extractor: NoteExtractor, note: str) -> None:
    r = read(extractor, note)
    assert said(r.people[0], "finance", {"need"}), r.people[0].facts


@pytest.mark.parametrize(
    ("note", "first", "keep"),
    [
        ("coffee with ben morrow, sound fella, keen golfer", "ben", "golf"),
        ("met tui at the expo, runs a cafe in petone - absolute legend", "tui", "cafe"),
    ],
)
def test_praise_beside_a_detail_is_left_out(
    extractor: NoteExtractor, note: str, first: str, keep: str
) -> None:
    p = person(read(extractor, note), first)
    assert said(p, keep)
    assert not any(w in f.text.lower() for f in p.facts for w in ("fella", "legend"))


@pytest.mark.parametrize(
    ("note", "first"),
    [
        ("met koro at the marae, he wants to sell the farm", "koro"),
        ("coffee with nan at the club, he is keen to sell", "nan"),
    ],
)
def test_a_kin_word_said_as_a_name_is_still_someone(
    extractor: NoteExtractor, note: str, first: str
) -> None:
    assert person(read(extractor, note), first)


def test_an_elder_addressed_as_lola_is_no_ones_grandmother(extractor: NoteExtractor) -> None:
    r = read(
        extractor,
        "Lunch at the parish hall. Lola Remedios sat with me. Her granddaughter Joy Dizon is "
        "a nurse. Also met Tevita Fifita, he drives for a courier firm.",
    )
    joy = person(r, "joy")
    assert joy.relation == "granddaughter"
    assert joy.of == person(r, "remedios").name


@pytest.mark.parametrize(
    ("note", "known", "owner", "kin", "relation"),
    [
        ("- ana's cousin, sefo, after a new car", ["Ana Lemalu"], "ana", "sefo", "cousin"),
        ("coffee with mele. her son, tavita, is keen to buy a unit", [], "mele", "tavita", "son"),
        ("- hemi's brother, rawiri, wants a bach", ["Hemi Walker"], "hemi", "rawiri", "brother"),
    ],
)
def test_a_lowercase_name_set_off_by_commas_after_a_relative_word_is_that_relative(
    extractor: NoteExtractor, note: str, known: list[str], owner: str, kin: str, relation: str
) -> None:
    r = read(extractor, note, known)
    kin_p = person(r, kin)
    assert kin_p.relation == relation
    assert kin_p.of == person(r, owner).name


@pytest.mark.parametrize(
    ("note", "first", "word"),
    [
        ("coffee with tui. she's after a bigger place for the kids", "tui", "bigger place"),
        ("met sefa at the expo, after some advice on kiwisaver", "sefa", "advice"),
    ],
)
def test_after_a_thing_is_a_need(
    extractor: NoteExtractor, note: str, first: str, word: str
) -> None:
    assert said(person(read(extractor, note), first), word, {"need"})


def test_after_a_while_is_no_need(extractor: NoteExtractor) -> None:
    p = person(read(extractor, "rang losa, after a few weeks she called back"), "losa")
    assert not any(f.kind == "need" for f in p.facts)


def test_a_relative_addressed_as_lola_is_still_that_relative(extractor: NoteExtractor) -> None:
    r = read(extractor, "- Rowena Santos runs a bakery. Her dad Lolo Ben still does the books")
    ben = person(r, "ben")
    assert ben.relation == "father"
    assert ben.of == person(r, "rowena").name


def test_what_is_said_right_after_a_possessive_is_about_that_persons_family(
    extractor: NoteExtractor,
) -> None:
    r = read(
        extractor,
        "coffee with hana the practice manager and her colleague tevita uh hana's daughter "
        "is at otago and tevita's into waka ama",
    )
    assert said(person(r, "hana"), "otago", {"family"})
    assert not said(person(r, "tevita"), "otago")


def test_her_own_studio_is_no_firm_named(extractor: NoteExtractor) -> None:
    r = read(extractor, "met rua at the expo, she wants to open her own nail studio")
    assert not any("own" in o.lower() for o in r.orgs)
