"""Intro drafts and suggestions: each person described once, in words, with the reason."""

from __future__ import annotations

from bot.intros import intro_or_why_not
from bot.relationship_format import intro_line
from coach.intros import NoReason, compose
from coach.sentences import Helper
from coach.views import IntroSuggestion
from storage.models import Contact, Fact


def _person(
    id_: int, name: str, org: str | None, *facts: tuple[str, str]
) -> tuple[Contact, list[Fact]]:
    contact = Contact(id=id_, name=name, org=org)
    return contact, [
        Fact(id=id_ * 10 + n, contact_id=id_, kind=k, text=t) for n, (k, t) in enumerate(facts)
    ]


def test_one_who_clause_for_what_they_do_and_what_they_need() -> None:
    ade, ade_facts = _person(1, "Ade Bello", None, ("work", "runs a catering company"),
                             ("need", "a commercial lender for new vans"))  # fmt: skip
    rosa, rosa_facts = _person(2, "Rosa Diaz", "Summit Bank", ("work", "commercial lender"))
    draft = compose(ade, ade_facts, rosa, rosa_facts, "a commercial lender for new vans")
    assert draft.second_message.startswith(
        "Hi Rosa, I know Ade Bello, who runs a catering company and is looking for a "
        "commercial lender for new vans. I thought of you."
    )
    assert draft.first_message.startswith(
        "Hi Ade, you mentioned you're looking for a commercial lender for new vans. I know "
        "Rosa Diaz, a commercial lender at Summit Bank."
    )


def test_a_title_is_a_description_not_a_parenthesis() -> None:
    ray, ray_facts = _person(3, "Ray Cole", "Cole Dental", ("work", "dentist"),
                             ("need", "looking to buy a duplex"))  # fmt: skip
    kim, kim_facts = _person(4, "Kim Lau", None)
    draft = compose(ray, ray_facts, kim, kim_facts, "looking to buy a duplex")
    assert draft.second_message.startswith(
        "Hi Kim, I know Ray Cole, a dentist at Cole Dental, who wants to buy a duplex."
    )


def test_an_intro_suggestion_describes_the_match_once() -> None:
    base = IntroSuggestion(1, "Ade Bello", "a lender", 2, "Rosa Diaz", "Summit Bank",
                           "work: commercial lender", "Ade needs a lender")  # fmt: skip
    rosa = Helper(2, "Rosa Diaz", role="commercial lender", org="Summit Bank")
    assert intro_line(IntroSuggestion(**{**base.__dict__, "helper": rosa})) == (
        "💡 Ade needs a lender: you know <b>Rosa Diaz</b>, a commercial lender at Summit Bank. "
        "Offer an intro?"
    )
    offer = IntroSuggestion(**{**base.__dict__, "why": "offer: intro me to her banker friends"})
    assert intro_line(offer) == (
        "💡 Ade needs a lender: you know <b>Rosa Diaz</b> (Summit Bank), who offered to "
        "introduce you to her banker friends. Offer an intro?"
    )


def test_an_intro_gives_the_persons_need_even_when_it_does_not_match_the_helper() -> None:
    from coach.intros import _best_need

    olu, olu_facts = _person(5, "Olu Adeyemi", None, ("need", "take me to lunch"),
                             ("need", "looking to buy a duplex as his first rental"))  # fmt: skip
    pat, pat_facts = _person(6, "Pat Moss", None, ("interest", "sailing"))
    need, fits = _best_need(olu_facts, pat, pat_facts)
    assert fits == 0
    assert need == "looking to buy a duplex as his first rental"
    draft = compose(olu, olu_facts, pat, pat_facts, need, fits > 0)
    assert draft.second_message.startswith(
        "Hi Pat, I know Olu Adeyemi, who wants to buy a duplex as his first rental."
    )
    # Pat does nothing for rentals: no reason is made up
    assert "thought of you" not in draft.second_message
    assert "get on" not in draft.first_message


def test_someone_whose_work_starts_with_a_title_is_described_by_it() -> None:
    omar, omar_facts = _person(7, "Omar Al-Farsi", None, ("need", "a web designer for his site"))
    soo, soo_facts = _person(
        8, "Soo-Jin", None, ("work", "UX designer looking for freelance web design work")
    )
    draft = compose(omar, omar_facts, soo, soo_facts, "a web designer for his site")
    assert draft.first_message.startswith(
        "Hi Omar, you mentioned you're looking for a web designer for your site. I know "
        "Soo-Jin, a UX designer."
    )


def test_the_helper_is_described_by_the_work_that_meets_the_need() -> None:
    """Not "a board member" for the woman who owns the catering company the need asks for."""
    tigist, tigist_facts = _person(9, "Tigist Haile", None, ("need", "a caterer for her gala"))
    rita, rita_facts = _person(10, "Rita Moss", None, ("work", "board member at the food bank"),
                               ("work", "owns a catering company"))  # fmt: skip
    draft = compose(tigist, tigist_facts, rita, rita_facts, "a caterer for her gala")
    assert draft.first_message.startswith(
        "Hi Tigist, you mentioned you're looking for a caterer for your gala. I know Rita "
        "Moss, who owns a catering company."
    )


def test_a_nickname_before_the_job_is_no_part_of_it() -> None:
    omar, omar_facts = _person(11, "Omar Al-Farsi", None, ("need", "an architect for his house"))
    sarah, sarah_facts = _person(12, "Sarah Kim", None, ("work", "MJ architect"))
    sarah.aka = ["Mj"]
    draft = compose(omar, omar_facts, sarah, sarah_facts, "an architect for his house")
    assert "I know Sarah Kim, an architect." in draft.first_message
    assert "mj" not in draft.first_message.casefold()


def test_owning_the_business_is_said_with_its_name() -> None:
    dana, dana_facts = _person(13, "Dana Lee", None, ("need", "a plumber for her restaurant"))
    nikos, nikos_facts = _person(14, "Nikos Pappas", "Pappas Plumbing",
                                 ("work", "owns the business"))  # fmt: skip
    draft = compose(dana, dana_facts, nikos, nikos_facts, "a plumber for her restaurant")
    assert "I know Nikos Pappas, who owns Pappas Plumbing." in draft.first_message


def test_someone_who_owns_the_business_is_described_so_not_by_another_title() -> None:
    """ "owns the business Mensah Motors, board member at the chamber": the owner of Mensah
    Motors, never "a board member at Mensah Motors"."""
    kofi, kofi_facts = _person(15, "Kofi Mensah", "Mensah Motors",
                               ("work", "owns the business Mensah Motors"),
                               ("need", "a bookkeeper"), ("work", "board member"))  # fmt: skip
    sarah, sarah_facts = _person(16, "Sarah Kim", None, ("work", "bookkeeper"))
    draft = compose(kofi, kofi_facts, sarah, sarah_facts, "a bookkeeper")
    assert draft.second_message.startswith(
        "Hi Sarah, I know Kofi Mensah, who owns Mensah Motors and is looking for a bookkeeper."
    )
    owner, owner_facts = _person(17, "Kofi Mensah", "Mensah Motors", ("work", "owner"),
                                 ("work", "board member"), ("need", "a bookkeeper"))  # fmt: skip
    draft = compose(owner, owner_facts, sarah, sarah_facts, "a bookkeeper")
    assert draft.second_message.startswith(
        "Hi Sarah, I know Kofi Mensah, the owner of Mensah Motors, who is looking for a bookkeeper."
    )


# --- trial 12: a qualifier, a lesser trade and a field are part of what is needed ---------


def _fits(need: str, work: str, org: str | None = None) -> bool:
    from coach.intros import fit
    from storage.search import FactText, SearchCandidate

    return fit(SearchCandidate(1, "Pat Doyle", org, None, [FactText("work", work)]), need) > 0


def test_an_estate_lawyer_is_not_a_real_estate_lawyer() -> None:
    assert not _fits("a good estate lawyer for his parents", "real estate lawyer", "Blake LLP")
    assert _fits("a good estate lawyer for his parents", "estate lawyer", "Blake LLP")
    assert _fits("a real estate lawyer for the closing", "real estate lawyer", "Blake LLP")


def test_an_accountant_is_not_a_bookkeeper() -> None:
    assert not _fits("an accountant for her side consulting", "bookkeeper", "Ledgerly")
    assert _fits("an accountant for her side consulting", "CPA", "Grant Thornton")
    assert _fits("a bookkeeper for her office", "bookkeeper", "Ledgerly")


def test_finance_people_are_whoever_works_in_finance() -> None:
    assert _fits("intros to other finance people in the GTA", "CPA", "Deloitte")
    assert _fits("people in finance", "controller at a dental group")
    assert _fits("intros to finance people", "CFO", "Shopify")
    assert not _fits("people in finance", "dentist")
    from coach.sentences import looking_for

    assert looking_for("intros to other finance people in the GTA", to_them_=True) == (
        "you're looking for other finance people in the GTA"
    )


def test_no_reason_to_meet_calls_people_by_the_names_they_go_by() -> None:
    said = intro_or_why_not(NoReason("Pham Quoc Huy", "Rosa Elena Vargas"))
    assert "for Huy and Rosa Elena to meet" in said and "Pham" not in said
