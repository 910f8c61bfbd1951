"""A body said by its capitals where a workplace or a school is said: "a nurse in MMH",
"volunteers with the SES", "got into UCT". Capitals that name a department, a job, a
qualification or a place ("a nurse in ICU", "works in HR", "moved to the UK") are none."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Said before where someone works, studies or volunteers.
_WHERE = frozenset("at in with w/ from into to after joined @".split())
# A loan's terms ("ltv about 60%", "a btl remortgage", "got his aip"): no firm, even when
# the model reads one as a firm.
LOAN_TERMS = frozenset("ltv lti dti apr aer btl aip dip mip".split())
# Capitals that name no body: departments and wards, jobs, qualifications, places, and
# everyday shorthand.
NO_BODY = frozenset(
    # departments, wards and teams
    "hr it icu nicu picu ccu er ed or a&e ot pr qa ops r&d admin accts "
    # jobs
    "ceo cfo cto coo cmo cio vp avp svp evp md gm pm pa ea cpa rn np gp hca dj mc "
    # qualifications and exams
    "mba phd msc bsc ba ma llb llm acca cfa cima gcse gcses sat sats act lsat mcat nclex "
    "cpd ged hnd btec "
    # places
    "uk us usa uae eu nyc la sf dc kl nz hk ksa "
    # everyday shorthand
    "asap fyi eta tbc tbd faq rsvp diy bbq pto wfh ooo aka ai ml ui ux api crm erp seo sme "
    "vat gst hvac pos rfp rfq mou nda ev pc tv dm ok rfid gps "
    # money, tax numbers, a firm's suffix, and who a gathering is for
    "usd eur gbp cad aud inr ngn kes zar php itin ssn ein llc ltd inc plc bpo aapi bipoc lgbt "
    "lgbtq".split()
)


def acronym_orgs(doc: Doc, english: frozenset[str]) -> list[Span]:
    return [
        Span(doc, tok.i, tok.i + 1, label="ORG")
        for tok in doc[1:]
        if _capitals(tok) and tok.lower_ not in english and _where_said(doc, tok.i)
    ]


def _capitals(tok: Token) -> bool:
    """Three capitals or more ("PJ", "KD" are as often someone's initials), or two joined
    by "&" ("H&M")."""
    letters = tok.text.replace("&", "")
    return (
        (3 if letters == tok.text else 2) <= len(letters) <= 6
        and letters.isalpha()
        and tok.text.isupper()
        and not tok.ent_type_
        and tok.lower_ not in NO_BODY
    )


def _where_said(doc: Doc, i: int) -> bool:
    """After "in", "with the", "into"…, and no one's ("at JJ's" is a person's place)."""
    k = i - 1
    if doc[k].lower_ == "the" and k >= 1:
        k -= 1
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return doc[k].lower_ in _WHERE and after not in ("'s", "’s")
