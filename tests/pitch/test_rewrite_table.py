"""Issue 20's rewrite, as a table of drafts and what a person would notice in the rewrite:
no line that sets up, points at or takes up the pitch is left; the warm lines stay word for
word; it starts with the greeting, never a dangling line; it ends on a real question when
the pitch had to go."""

from __future__ import annotations

import re

import pytest

from nlp.pitch import PitchAssessor

HOOK = "How is the new puppy settling in?"

# (draft, warm lines that stay as written, words that must be gone)
TABLE = [
    # A line saying what I do or sell, ahead of the ask, is its set-up.
    (
        "Hi Nadia, loved your talk on urban gardening. I'm a landscape architect with a lot "
        "of experience in small spaces. Would you like a free consultation for the café?",
        ["Hi Nadia, loved your talk on urban gardening."],
        ["landscape architect", "experience"],
    ),
    (
        "Hi Greta, what a beautiful ceremony on Saturday! I'm a wedding florist and would "
        "love to be on your list of recommended vendors. Could you mention me to your brides?",
        ["Hi Greta, what a beautiful ceremony on Saturday!"],
        ["florist", "vendors"],
    ),
    (
        "Hey Omar, great chatting at the block party. I tutor high schoolers in math, and "
        "most of my students raise their grades within a month. Would you like a free trial "
        "lesson for your son?",
        ["Hey Omar, great chatting at the block party."],
        ["tutor", "grades"],
    ),
    # A clause about the product cut before it ("It saves…") is not a warm clause.
    (
        "Hi Pete, congrats on the new clinic! Now that you're hiring, you should really try "
        "our scheduling app. It saves front desks hours a week, and the first month is free.",
        ["Hi Pete, congrats on the new clinic!"],
        ["saves", "app", "hiring"],
    ),
    # "You should look at our X" right before its pitch.
    (
        "Hi Wes, congrats on the launch, well deserved. With the team growing, you should "
        "take a look at our payroll tool. We help startups save 10 hours a month. Can I get "
        "15 minutes next week for a demo?",
        ["Hi Wes, congrats on the launch, well deserved."],
        ["payroll", "demo", "growing"],
    ),
    # An offer to do the business, after the line that set it up.
    (
        "Hi Gail, happy Monday! We do bookkeeping for a lot of restaurants downtown. When tax "
        "season hits, we'd be glad to take it off your plate. New clients get their first "
        "month at half price.",
        ["Hi Gail, happy Monday!"],
        ["bookkeeping", "plate", "half price"],
    ),
    (
        "Hi Raj, hope the kids enjoyed the science fair. Quick question: who handles "
        "facilities at Westbrook these days? I'd like to reach out to them about maintenance.",
        ["Hi Raj, hope the kids enjoyed the science fair."],
        ["reach out", "maintenance", "handles"],
    ),
    # A call to action left after its offer.
    (
        "Hi Mei, nice meeting you at the library book sale. If you're thinking of selling "
        "this spring, I can get you a free market report. Just give me a call!",
        ["Hi Mei, nice meeting you at the library book sale."],
        ["call", "report"],
    ),
    # "P.S." whose pitch was cut heads nothing.
    (
        "Hey Luis, congrats on finishing the bathroom remodel! Looks fantastic. I'm a "
        "contractor, so if you want the kitchen done too, I can give you a great price. P.S. "
        "We're offering free estimates all month.",
        ["Hey Luis, congrats on finishing the bathroom remodel!", "Looks fantastic."],
        ["P.S.", "estimates", "contractor"],
    ),
    # The user's own question about them stays, without the "Also," that joined the pitch.
    (
        "Hi Dana, hope your week is off to a good start. I'm a financial advisor and I help "
        "families plan for college costs. I'd love to set up a call to go over your options. "
        "Also, how did your daughter's recital go?",
        ["Hi Dana, hope your week is off to a good start.", "How did your daughter's recital go?"],
        ["advisor", "call", "Also"],
    ),
    # Asking whom else they know, right after the cut offer, is passing the pitch on.
    (
        "Hi Kevin, hope the holidays treated you well. I just launched a meal-prep service "
        "and we're giving 2 weeks free to anyone who signs up this month. Do you know anyone "
        "who'd want it? P.S. How's the new puppy?",
        ["Hi Kevin, hope the holidays treated you well.", "How's the new puppy?"],
        ["anyone", "meal-prep", "P.S."],
    ),
    # A free sample is offered however it is worded, and "Happy to…" goes with it.
    (
        "Hi Abby, hope you're well! Our app helps florists track orders and deliveries. Want "
        "a free 30-day trial? Happy to set you up.",
        ["Hi Abby, hope you're well!"],
        ["trial", "set you up", "app"],
    ),
    # A claim between two cut lines backs the pitch.
    (
        "Hi Rosa, good luck at the tournament this weekend! We just opened a physio clinic "
        "near the courts. Most players wait too long to treat a sore shoulder. Our first "
        "assessment is free, just book online.",
        ["Hi Rosa, good luck at the tournament this weekend!"],
        ["players", "assessment", "book"],
    ),
    # "As a <trade>, I'd love to…" is the set-up; "as a fellow runner" is not.
    (
        "Hi Ines, congrats on the gallery show! So well deserved. As a framer I'd love to "
        "frame your next series. I have a couple of openings left in January, so let me know "
        "soon!",
        ["Hi Ines, congrats on the gallery show!", "So well deserved."],
        ["framer", "openings"],
    ),
    (
        "Hi Jo, as a fellow runner I loved your race report! As a coach I help runners like "
        "you get faster, want a free training plan?",
        ["Hi Jo, as a fellow runner I loved your race report!"],
        ["coach", "plan"],
    ),
    # Asking them to pass the cut offer on to someone is the pitch passed on.
    (
        "Hi Maya, it was wonderful meeting you at the alumni dinner. I loved hearing about "
        "your move to Denver. We do IT support and we're opening a Denver office next month. "
        "If your team needs help, we'd be happy to quote. Feel free to forward this to your "
        "office manager!",
        ["I loved hearing about your move to Denver."],
        ["forward", "office manager", "IT support"],
    ),
]


@pytest.mark.parametrize(("text", "warm", "gone"), TABLE)
def test_the_rewrite_keeps_the_warm_lines_and_nothing_of_the_pitch(
    assessor: PitchAssessor, text: str, warm: list[str], gone: list[str]
) -> None:
    result = assessor.assess(text, hook=HOOK)
    assert result.verdict != "relationship_first"
    out = result.suggestion
    greeting = text.split(",", 1)[0] + ","
    assert out.startswith(greeting), out
    for line in warm:
        assert line in out or line[0].lower() + line[1:] in out, (line, out)
    for words in gone:
        assert words.lower() not in out.lower(), (words, out)
    # It ends on a question about them or on the user's own warm words, finished.
    assert out[-1] in ".!?", out
    last = re.split(r"(?<=[.!?])\s+", out)[-1]
    assert last.endswith("?") or any(last in line for line in warm), out


@pytest.mark.parametrize(
    ("text", "hook"),
    [
        (
            "Hi Sunil, I hope the new puppy is settling in. Our dog-walking service has a few "
            "openings, want me to pencil you in?",
            "How are things going with the new puppy?",
        ),
        (
            "Hi Priya, I hope your son is loving kindergarten. I do bookkeeping for event "
            "planners, and I'd love to take yours off your hands. Could we set up a call?",
            "How are things going since your son started kindergarten?",
        ),
    ],
)
def test_no_add_on_asks_again_what_the_kept_line_says(
    assessor: PitchAssessor, text: str, hook: str
) -> None:
    """The question added about them is not the kept line said twice."""
    result = assessor.assess(text, hook=hook)
    first = re.split(r"(?<=[.!?])\s+", text)[0]
    assert result.suggestion == first, result.suggestion


def test_a_word_or_two_left_after_the_cut_still_ends_on_a_question(
    assessor: PitchAssessor,
) -> None:
    """ "Hi Nora, happy Friday!" alone is not a message: it asks about them."""
    text = (
        "Hi Nora, happy Friday! We run a window cleaning company and we clean a lot of "
        "storefronts downtown. Once the shop opens, we'd love to keep those windows sparkling. "
        "First visit is 50% off."
    )
    result = assessor.assess(text)
    assert result.suggestion.startswith("Hi Nora, happy Friday! ")
    assert result.suggestion.endswith("?")
    assert "window" not in result.suggestion and "sparkling" not in result.suggestion
