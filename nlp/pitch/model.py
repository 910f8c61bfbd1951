"""The pitch-first assessor: features, a small fitted logistic model, and the explanation."""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.pitch.features import ASKS, FEATURES, GOOD, FeatureFinder, Features, greeting_end
from nlp.pitch.notes import NoteReader, NoteTip
from nlp.pitch.rewrite import greeted_name, rewrite

Verdict = Literal["pitch_first", "mixed", "relationship_first"]
# A draft is pitch-first from here; below it, a draft with some pitch in it is "mixed".
PITCH_FIRST_FROM = 0.5
MIXED_FROM = 0.25
# The highest score a note whose only ask is a favour (a review) can get: mixed at most.
FAVOUR_AT_MOST = 0.49
# A feature must move the score at least this much (in log-odds) to be worth mentioning.
MENTION_FROM = 0.15
# The components assessing a draft needs: tags, lemmas and the dependency parse.
_NEEDED = {
    "tok2vec",
    "tagger",
    "parser",
    "attribute_ruler",
    "lemmatizer",
    "senter",
    "morphologizer",
}
MAX_CHARS = 4000
STAGES = ("know", "like", "trust")


@dataclass(frozen=True)
class Relationship:
    """What the user has with the person the draft is for."""

    stage: str = "know"
    interactions: int = 0
    gave: int = 0
    days_known: int | None = None
    they_asked: bool = False
    # Whether the user has met them (a meeting date or any conversation); None: not known,
    # and `days_known` is taken as the time since they met.
    met: bool | None = None

    @property
    def is_new(self) -> bool:
        recent = self.days_known is None or self.days_known <= 14
        return self.stage == "know" and self.interactions <= 1 and self.gave == 0 and recent

    @property
    def warmth(self) -> float:
        """0 for a stranger, 1 for a long-standing, trusted contact you've helped."""
        stage = STAGES.index(self.stage) / 2 if self.stage in STAGES else 0.0
        days = min(self.days_known or 0, 180) / 180
        parts = (stage, min(self.interactions, 6) / 6, min(self.gave, 2) / 2, days)
        return round(sum(parts) / len(parts), 3)

    def values(self) -> dict[str, float]:
        return {
            "ask_new": 1.0 if self.is_new else 0.0,
            "ask_warm": self.warmth,
            "ask_they_asked": 1.0 if self.they_asked else 0.0,
        }

    @property
    def has_history(self) -> bool:
        """Real trust to lean on: like or trust stage, several conversations, a month or more."""
        return (
            self.stage in ("like", "trust")
            and self.interactions >= 3
            and (self.days_known or 0) >= 30
        )

    def describe(self, them: str = "them") -> str:
        """`them`: the person's object pronoun from the notes ("him", "her"), else "them".
        A known meeting date says they have met, so never "you haven't met yet" beside it."""
        parts = [f"{self.stage} stage"]
        unmet = self.interactions == 0 and (self.met is False or self.days_known is None)
        if self.interactions > 1:
            parts.append(f"{self.interactions} conversations")
        elif self.interactions == 1:
            parts.append("you've met once")
        elif unmet:
            parts.append("you haven't met yet")
        if self.days_known is not None:
            # Not met: the days count from when they were added, never "met 6 days ago".
            parts.append(_ago(self.days_known, "added" if unmet else "met"))
        if self.gave:
            parts.append(f"you've helped {them} " + ("once" if self.gave == 1 else f"{self.gave}×"))
        return ", ".join(parts)


def _ago(days: int, verb: str = "met") -> str:
    """ "met 6 days ago", "known 3 months"; with `verb` "added": "added 3 months ago"."""
    if days <= 0:
        return f"{verb} today"
    if days == 1:
        return f"{verb} yesterday"
    if days < 60:
        return f"{verb} {days} days ago"
    span = f"{days // 30} months" if days < 730 else f"{days // 365} years"
    return f"known {span}" if verb == "met" else f"{verb} {span} ago"


@dataclass(frozen=True)
class Reason:
    phrase: str
    why: str


@dataclass
class Assessment:
    verdict: Verdict
    score: int
    reasons: list[Reason] = field(default_factory=list)
    strengths: list[str] = field(default_factory=list)
    suggestion: str = ""
    values: dict[str, float] = field(default_factory=dict)

    @property
    def pitch_first(self) -> bool:
        return self.verdict == "pitch_first"

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of `rapport check --json`."""
        return {
            "verdict": self.verdict,
            "pitch_first": self.pitch_first,
            "score": self.score,
            "reasons": [{"phrase": r.phrase, "why": r.why} for r in self.reasons],
            "strengths": list(self.strengths),
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class Weights:
    bias: float
    weights: dict[str, float]

    @classmethod
    def load(cls) -> Weights:
        text = resources.files("nlp.pitch").joinpath("weights.json").read_text("utf-8")
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Weights:
        weights = {name: float(data["weights"].get(name, 0.0)) for name in FEATURES}
        return cls(float(data["bias"]), weights)

    def logit(self, values: dict[str, float]) -> float:
        return self.bias + sum(self.weights[n] * values.get(n, 0.0) for n in FEATURES)


_WHY = {
    "meeting_ask": "asks for their time for a call or meeting",
    "sale_ask": "asks for the business",
    "free_offer": "a free consultation or estimate is a sales hook, not a gift",
    "self_promo": "promotes you or your business",
    "price": "talks price or discounts",
    "urgency": "pushes with urgency or scarcity",
    "booking_link": "sends a booking link before they've asked to meet",
    "decision_maker": "asks who makes the decisions, treating them as a way in",
    "mass_message": "reads like a message sent to everyone",
    "self_centred": "is about you (I, we, our) more than about them",
    "your_business": "sizes up their business as a prospect",
    "link": "a link in a first message can read as a funnel",
    "needs_probe": "sizes up what they buy and from whom, as a prospect, before they've asked "
    "for help",
    "referral_ask": "asks them to send you business before they've seen your work",
    "review_ask": "asks for a review or rating, a favour for your business; asked this early "
    "it reads as the reason you wrote, so ask later, in a message of its own",
    "pivot": "turns a warm opening toward business, so the warm part reads as a set-up",
}
# A price or pressure after warm news, said as what was found: a reminder ("the £200 balance is
# due Thursday") may be fine on its own, but not tacked on; a price or a deadline after warm
# words turns them into the pitch's set-up.
_REMINDER = (
    "tacks a reminder of a price or a date onto a warm opening; a reminder like this reads "
    "better sent on its own"
)
_WARM_THEN = {
    "price": "puts a price right after a warm opening, so the warm part reads as a set-up",
    "offer": "puts a sales offer right after a warm opening, so the warm part reads as a set-up",
    "urgency": "adds pressure (a deadline or scarcity) right after a warm opening, so the warm "
    "part reads as a set-up",
    "price+urgency": "puts a price and pressure (a deadline or scarcity) right after a warm "
    "opening, so the warm part reads as a set-up",
    "offer+urgency": "puts a sales offer and pressure (a deadline or scarcity) right after a "
    "warm opening, so the warm part reads as a set-up",
}
# What a "price" hit is when it names no price, fee, rate, discount or cost: a deal or an
# offer to new customers ("we're offering new members a free month", "a special"), or a
# return promised ("the ROI our clients see"). Its reason says so, never "price".
_WHY_OFFER = "dangles a deal or a special offer"
_WHY_RETURN = "sells on the money it would make or save them"
_NAMES_PRICE = re.compile(
    r"[$£€¥]\s*\d|\d\s*%|\bper\b|\bhalf\b|\bstart(?:s|ing)? at\b|\bcheap(?:er)?\b"
    r"|\b(?:price[sd]?|pricing|fees?|rates?|costs?|discount(?:s|ed)?|affordable|commission"
    r"|coupons?|budgets?|for less)\b",
    re.IGNORECASE,
)
_NAMES_RETURN = re.compile(r"\b(?:roi|returns?)\b", re.IGNORECASE)


# A saving claimed is a return, not a price: "how we cut freight costs 20%", "saved our
# clients 30% on energy bills".
_SAVINGS = re.compile(
    r"\b(?:cut|cuts|cutting|save[sd]?|saving|lower(?:s|ed|ing)?|reduce[sd]?|reducing|slash(?:es|ed)?|"
    r"trim(?:s|med)?)\b[^,.!?;]{0,40}?\b(?:costs?|bills?|spend|spending|fees?|expenses)\b"
    r"(?:\s+(?:by\s+)?(?:[$£€]\s*)?\d[\d,.]*\s*%?)?",
    re.IGNORECASE,
)


def _kind_in(phrase: str, hit: str) -> str:
    """What a "price" hit names, read in its phrase: in a saving claimed, a return."""
    if any(hit in m.group() for m in _SAVINGS.finditer(phrase)):
        return "return"
    return price_kind(hit)


def price_kind(phrase: str) -> str:
    """What a phrase the "price" feature found names: "price" (a price, fee, rate, discount
    or cost, or an amount), "return" (ROI), else "offer" (a deal, a special, an offer to
    new customers)."""
    if _NAMES_PRICE.search(phrase):
        return "price"
    if _NAMES_RETURN.search(phrase):
        return "return"
    return "offer"


_REMINDS = re.compile(
    r"\bremind(?:er|ing)?\b|\bjust a (?:heads[- ]up|note)\b|\bjust so you know\b"
    r"|\b(?:is|are) due\b|\b(?:has|have|needs?) to be (?:in|paid|settled)\b",
    re.IGNORECASE,
)


def _warm_then_why(phrase: str, found: Features) -> str | None:
    """What a warm opening turned to, said as it is: a reminder, a price, a deadline."""
    kinds = {
        h.feature if h.feature == "urgency" else _kind_in(phrase, h.text)
        for h in found.hits
        if h.feature in ("price", "urgency") and h.text in phrase
    }
    kinds.discard("return")  # a promised return is no price: the turn itself is named
    if "price" in kinds:
        kinds.discard("offer")
    if not kinds:
        return None
    if _REMINDS.search(phrase) and kinds & {"price", "urgency"}:
        return _REMINDER
    return _WARM_THEN["+".join(sorted(kinds, key=("price", "offer", "urgency").index))]


# Reasons that are about the message's style rather than an ask; no relationship note.
_STYLE = ("mass_message", "self_centred", "link")
_STYLE_WHY = {_WHY[name] for name in _STYLE}
_STRENGTH = {
    "remembered": "remembers something they told you",
    "personal_detail": "mentions something personal to them",
    "question_about_them": "asks a genuine question about them",
    "give": "offers help with no ask attached",
    "congrats": "celebrates their news",
    "thanks": "thanks them",
    "curious": "shows curiosity about them",
}


class PitchAssessor:
    """Built once per loaded pipeline (its matchers share the vocabulary); not thread-safe,
    like the pipeline itself: call it from the one thread that runs spaCy."""

    def __init__(self, nlp: Language, weights: Weights | None = None) -> None:
        self.nlp = nlp
        self.finder = FeatureFinder(nlp.vocab)
        self.weights = weights or Weights.load()
        self.notes = NoteReader(nlp.vocab)
        self._disabled = [name for name in nlp.pipe_names if name not in _NEEDED]

    def parse(self, text: str) -> Doc:
        return self.nlp(text[:MAX_CHARS], disable=self._disabled)

    def note_tip(self, note: str) -> NoteTip | None:
        """Does the user's own note show pitching or hop-in/hop-out networking?"""
        return self.notes.tip(self.parse(note))

    def they_asked(self, notes: list[str]) -> bool:
        """Do the user's notes about someone say that person asked about their offer?"""
        return any(self.notes.they_asked(self.parse(n)) for n in notes)

    def features(self, text: str, relationship: Relationship | None = None) -> Features:
        return self.finder(self.parse(text), relationship.values() if relationship else None)

    def assess(
        self,
        text: str,
        relationship: Relationship | None = None,
        hook: str | None = None,
        details: list[str] | None = None,
        workplace: str | None = None,
        names: list[str] | None = None,
        needs: list[str] | None = None,
        referrals_offered: bool = False,
    ) -> Assessment:
        """Verdict, score and the reasons behind them; `hook` is a question or offer drawn
        from what the user knows about the person, for the rewrite; `details`, what the user
        knows about them (notes, facts): a draft "remembers" only what is among them;
        `workplace`, their organisation's name, which is where they work, not something they
        told the user ("congrats to the TechOps team!" remembers nothing); `names`, what they
        are called ("sat sri akal gary ji" greets them and remembers nothing); `needs`, what
        the notes say they need: an offer that meets one answers their ask;
        `referrals_offered`, the notes say they offered to send or swap referrals."""
        doc = self.parse(text)
        found = self.finder(doc, relationship.values() if relationship else None)
        probability = 1 / (1 + math.exp(-self.weights.logit(found.values)))
        reasons = self._reasons(doc, found, relationship)
        if _early_favour(found) or _referral_for_others(doc, found):
            # A favour asked of a client sells nothing: warned, but kept out of pitch-first.
            probability = min(probability, FAVOUR_AT_MOST)
        swapped = _referral_swapped(doc, found, referrals_offered)
        if swapped or _trade_offered_gently(doc, found):
            # A referral returned, or asked of someone who offered one, and the user's trade
            # offered as a standing favour or eased after a real question: named, but mixed.
            probability = min(max(probability, MIXED_FROM), FAVOUR_AT_MOST)
        if swapped:
            # "if any of your clients need a mortgage adviser" says whom to refer: it is the
            # referral's condition, not a second ask for their own business.
            referred = [_sentence_text(doc, h.start) for h in found.phrases("referral_ask")]
            reasons = [
                r
                for r in reasons
                if not (r.why == _WHY["sale_ask"] and any(r.phrase in t for t in referred))
            ]
        if _asks_for_money(found) and (relationship is None or relationship.is_new):
            # Money asked of someone just met reads early however warm the words around it
            # (trial 9 praised "Would you consider a gift…?" as a question about them): mixed
            # after a warm opener, pitch-first as the point of the note or with scarcity.
            if _warm_then_money(doc, found):
                probability = min(max(probability, MIXED_FROM), FAVOUR_AT_MOST)
            else:
                probability = max(probability, PITCH_FIRST_FROM)
        they_asked = relationship is not None and relationship.they_asked
        answer = _answers_their_need(doc, found, needs or [], they_asked)
        if answer is not None:
            # "i can cover pitchside" to a coach who needs someone pitchside: their ask met.
            probability = min(probability, MIXED_FROM / 2)
            reasons = []
        if probability >= PITCH_FIRST_FROM:
            verdict: Verdict = "pitch_first"
        elif probability >= MIXED_FROM and reasons:
            verdict = "mixed"
        else:
            verdict = "relationship_first"
        strengths = self._strengths(doc, found, relationship, verdict, details, workplace, names)
        if answer is not None:
            strengths.insert(0, f"{_GIVES_ASKED}: “{_clip(answer)}”")
        if verdict == "relationship_first":
            suggestion = text.strip()  # nothing to fix: send it as it is, with no add-on
        else:
            suggestion = rewrite(
                doc,
                found,
                hook,
                keep_asks=_ask_is_welcome(relationship),
                pleasant=self.finder.pleasantries(doc),
            )
        return Assessment(
            verdict=verdict,
            score=round(100 * probability),
            reasons=reasons,
            strengths=strengths,
            suggestion=suggestion,
            values=found.values,
        )

    def _contribution(self, name: str, values: dict[str, float]) -> float:
        return self.weights.weights[name] * values.get(name, 0.0)

    def _reasons(
        self, doc: Doc, found: Features, relationship: Relationship | None
    ) -> list[Reason]:
        reasons: list[Reason] = []
        seen: set[str] = set()
        # "rates" and "rate" in one sentence are one point made once, not two bullets.
        said_in: set[tuple[str, int, str]] = set()
        for hit in found.hits:
            if hit.feature not in _WHY or hit.text.casefold() in seen:
                continue
            if self._contribution(hit.feature, found.values) < MENTION_FROM:
                continue
            seen.add(hit.text.casefold())
            phrase = hit.text
            if hit.feature == "pivot":
                phrase = _quote(doc, hit.start, hit.end, whole=True)  # "Also, we do…", not "Also"
                warm_then = _warm_then_why(phrase, found)
                if warm_then is not None:
                    reasons.append(Reason(phrase, warm_then))
                    seen.add(phrase.casefold())
                    continue
            why = _WHY[hit.feature]
            if hit.feature == "price":
                kind = _kind_in(_sentence_text(doc, hit.start), hit.text)
                if kind != "price":
                    why = _WHY_RETURN if kind == "return" else _WHY_OFFER
            if hit.feature == "decision_maker" and _INTRO.match(hit.text):
                why = "asks for an introduction in order to sell to them"
            if hit.feature == "sale_ask" and hit.start in found.gifts:
                why = _WHY_GIFT
            if hit.feature == "sale_ask" and hit.start in found.offers:
                why = _WHY_OFFERED[found.offers[hit.start]]
            if hit.feature == "sale_ask" and _SALES_VISIT.search(hit.text):
                why = _WHY_VISIT
            where = (why, _sentence_at(doc, hit.start), hit.text.casefold()[:4])
            if where in said_in:
                continue
            said_in.add(where)
            reasons.append(Reason(phrase, why))
        # The relationship context is said once, on the last ask, not repeated on every bullet.
        asks = [i for i, r in enumerate(reasons) if r.why not in _STYLE_WHY]
        tail = _timing(relationship) if relationship is not None else ""
        if asks and tail:
            last = reasons[asks[-1]]
            reasons[asks[-1]] = Reason(last.phrase, last.why + tail)
        return reasons

    def _strengths(
        self,
        doc: Doc,
        found: Features,
        relationship: Relationship | None,
        verdict: Verdict,
        details: list[str] | None,
        workplace: str | None = None,
        names: list[str] | None = None,
    ) -> list[str]:
        strengths: list[str] = []
        pitched = {
            _sentence_at(doc, h.start)
            for h in found.hits
            if h.feature in _WHY
            and h.feature not in _STYLE
            and self._contribution(h.feature, found.values) >= MENTION_FROM
        }
        if verdict != "relationship_first":
            # "By the way I'm a UX designer…" in a warned draft introduces your trade: it
            # names their need, but it is no memory of them (trial 8 credited it).
            pitched |= {_sentence_at(doc, h.start) for h in found.hits if h.feature == "self_intro"}
        for name in GOOD:
            if name == "remembered":
                # "thought of you" is no memory: credit the words that hold a known detail
                # ("good luck on the St Jude ride"), wherever they are, and only those.
                memory = _detail_clause(doc, details or [], pitched, workplace, names)
                if memory is not None:
                    strengths.append(f"{_STRENGTH[name]}: “{_clip(memory)}”")
                continue
            if self._contribution(name, found.values) > -MENTION_FROM:
                continue
            # A sentence that holds a flagged phrase is a pitch, never something good.
            hits = [
                h
                for h in found.hits
                if h.feature == name
                and _sentence_at(doc, h.start) not in pitched
                and not _not_what_it_says(name, doc, h.start, h.end)
            ]
            if not hits:
                continue
            quote = _quote(doc, hits[0].start, hits[0].end)
            label = _STRENGTH[name]
            if name == "give" and _POINTER.match(quote):
                # "Here it is" hands over what the draft found for them: that is the help.
                shared = _shared_before(doc.text[: hits[0].start])
                if shared is None:
                    continue
                quote, label = shared, _SHARES
            if name == "give" and (
                _FAVOUR.search(doc.text) or any(found.values[a] > 0 for a in ASKS)
            ):
                label = "offers help in return"  # the draft asks something too
            strengths.append(f"{label}: “{_clip(quote)}”")
        if (
            relationship is not None
            and verdict != "pitch_first"
            and any(found.values[a] > 0 for a in ASKS)
            and (relationship.they_asked or relationship.has_history)
        ):
            welcome = self._contribution("ask_they_asked", found.values) + self._contribution(
                "ask_warm", found.values
            )
            if welcome < -MENTION_FROM:
                because = "they asked for this" if relationship.they_asked else "you've built trust"
                strengths.append(
                    f"{because} ({relationship.describe()}), so a clear next step is welcome"
                )
        return strengths


# Asks that are a favour from someone you've worked for, not a sale ("leave me a review").
_FAVOURS = ("review_ask",)


# "attached is my quote for the 6 laptops", "here's the estimate for the rewiring": what a
# quote sent is for.
_QUOTE_FOR = re.compile(
    r"\b(?:my|our|the|an?)\s+(?:\w+\s+)?(?:quote|quotation|estimate|proposal)\s+(?:for|on)\s+"
    r"(?P<what>[^.!?,;]+)",
    re.IGNORECASE,
)
_NEED_SAID = re.compile(
    r"\b(?:needs?|needed|looking for|wants?|asked (?:for|about))\b(?P<rest>[^.!?]*)", re.I
)
# "her boiler keeps cutting out and she asked me to quote for a new one": the job asked of the
# user is the whole sentence, since what it is for ("it", "a new one") was named before the ask.
_ASKED_OF_USER = re.compile(r"[^.!?\n]*\basked (?:me|us) to\b[^.!?\n]*", re.I)


def _needs_said(notes: list[str]) -> list[set[str]]:
    """The content words of each need the notes say a contact has, or a job they asked of the
    user."""
    said = [m.group("rest") for n in notes for m in _NEED_SAID.finditer(n)]
    said += [m.group(0) for n in notes for m in _ASKED_OF_USER.finditer(n)]
    return [words for words in map(_content_words, said) if words]


def quote_asked_for(text: str, notes: list[str]) -> bool:
    """Does the draft send a quote for something the notes say they need ("she needs someone
    to … set up laptops for 6 new staff", then "attached is my quote for the 6 laptops")?
    Then the quote answers them: it is asked for, however new the contact."""
    match = _QUOTE_FOR.search(text)
    if match is None:
        return False
    quoted = _content_words(match.group("what"))
    return any(quoted & need for need in _needs_said(notes))


_GIVES_ASKED = "gives what they asked for"
# Pitch features an offer to meet their need may carry ("i can do pitchside"); a price, a
# meeting asked, a sale or urgency beside it still sells.
_ANSWER_MAY_HOLD = {"self_promo", "pivot", "mass_message", "self_centred"}
# Once they have asked the user to price or quote a job, a free look at it is the first step of
# what they asked for, not a hook (trial 26: "happy to pop round and have a look for free").
_ASKED_ANSWER_MAY_HOLD = _ANSWER_MAY_HOLD | {"free_offer"}
_EXACT_ANSWER_MAY_HOLD = {"meeting_ask", "sale_ask", "your_business"}


def _answers_their_need(
    doc: Doc, found: Features, notes: list[str], they_asked: bool = False
) -> str | None:
    """The writer's offer that meets a need the notes say they have ("wants someone pitchside
    on saturdays", then "I can cover pitchside for your saturday home games"): the sentence
    offering it (past its greeting), sharing a content word with the need; None when there
    is none or the draft also asks for something or talks price."""
    may_hold = _ASKED_ANSWER_MAY_HOLD if they_asked else _ANSWER_MAY_HOLD
    needs = _needs_said(notes)
    if not needs:
        return None
    for sent in doc.sents:
        start = greeting_end(sent) or sent.start
        text = doc[start : sent.end].text.strip()
        if not _OFFERING.search(text):
            continue
        offered = _content_words(text)
        shared = max(len(offered & need) for need in needs)
        if not shared:
            continue
        # Two or more of their own words ("a hybrid Java role" to someone looking for one):
        # exactly what they said they need, so a call or "can I put you forward?" to go on
        # with it is part of the help; a price or a push beside it still sells.
        holds = may_hold | _EXACT_ANSWER_MAY_HOLD if shared >= 2 else may_hold
        if all(h.feature in holds for h in found.hits if h.feature in _WHY):
            return text
    return None


def _early_favour(found: Features) -> bool:
    """A note whose only ask is a favour (a review from a client) asks too early but sells
    nothing: it is mixed, not pitch-first, unless it goes to someone just met."""
    asks = {name for name in (*ASKS, "self_promo", "urgency", "pivot") if found.values[name] > 0}
    just_met = found.values["ask_new"] > 0
    return bool(asks) and asks <= set(_FAVOURS) and not just_met


# Whom a referral ask wants passed on: other people, not the reader as a buyer.
_OTHERS_REFERRED = re.compile(
    r"\b(anyone|anybody|someone|somebody|others|friends|people|folks|colleagues|referrals?)\b",
    re.IGNORECASE,
)


def _referral_for_others(doc: Doc, found: Features) -> bool:
    """ "If you know anyone thinking about RESPs, I'd appreciate a referral" after a warm
    note asks them to pass your name to others: an ask, named and warned, but it asks them
    to buy nothing, so mixed. "Keep me in mind when you're ready to redesign" asks for their
    own business and stays pitch-first; so does any other ask or promotion beside it."""
    others = {"self_promo", "urgency", *ASKS} - {"referral_ask"}
    if found.values["referral_ask"] == 0 or any(found.values[name] > 0 for name in others):
        return False
    sentences = [doc.char_span(h.start, h.end, alignment_mode="expand") for h in found.hits]
    referred = [
        span.sent.text
        for hit, span in zip(found.hits, sentences, strict=True)
        if hit.feature == "referral_ask" and span is not None
    ]
    return bool(referred) and all(_OTHERS_REFERRED.search(text) for text in referred)


# A referral returned: "happy to return the favour", "I'll send clients your way too".
_RECIPROCAL = re.compile(
    r"\breturn the favou?r\b|\b(?:swap|swapping|exchange|exchanging|trade|trading)\s+referrals\b"
    r"|\bsend(?:ing)?\s+(?:\w+\s+){0,2}(?:clients|customers|business|work|people|referrals)\s+"
    r"(?:\w+\s+)?your\s+way\b|\brefer\s+(?:\w+\s+){0,2}(?:to\s+you|your\s+way)\b"
    r"|\b(?:goes|go|works)\s+both\s+ways\b",
    re.IGNORECASE,
)
# Asks that may sit beside a referral asked in return: the ask's own words ("if any of your
# clients need a mortgage adviser"), and a coffee to talk it over.
_BESIDE_A_REFERRAL = {"referral_ask", "sale_ask", "self_promo", "your_business", "meeting_ask"}


def _referral_swapped(doc: Doc, found: Features, offered: bool) -> bool:
    """A referral asked in return ("I'd appreciate a referral, happy to return the favour"),
    or of someone whose notes say they offered referrals, after a warm opener: it asks them
    to buy nothing, so mixed at most. Anything sold outside the referral's sentence keeps
    its weight."""
    if found.values["referral_ask"] == 0 or not (offered or _RECIPROCAL.search(doc.text)):
        return False
    referred = {_sentence_at(doc, h.start) for h in found.hits if h.feature == "referral_ask"}
    for hit in found.hits:
        if hit.feature not in _WHY or hit.feature in _STYLE or hit.feature == "pivot":
            continue
        if hit.feature not in _BESIDE_A_REFERRAL:
            return False
        elsewhere = _sentence_at(doc, hit.start) not in referred
        if hit.feature in ("sale_ask", "self_promo") and elsewhere:
            return False
    return True


# The user's trade offered gently: "happy to run the numbers for you if you want, no pressure".
_GENTLY = re.compile(r"\bno\s+(?:pressure|obligation|rush|worries)\b", re.IGNORECASE)
_AS_A_FAVOUR = re.compile(
    r"\b(?:happy|glad|keen)\s+to\b|\bif\s+(?:you|u)\s+(?:want|like|ever|need)\b", re.IGNORECASE
)


# An offer left standing, for them to take up when they like.
_STANDS_OPEN = re.compile(
    r"\bdoor['’]?s?\s+(?:is\s+)?(?:always\s+)?open\b|\byou know where (?:I am|to find me)\b"
    r"|\b(?:only|just) a (?:call|phone call|text|message|email) away\b",
    re.IGNORECASE,
)


def _trade_offered_gently(doc: Doc, found: Features) -> bool:
    """The user's trade offered as a favour, not asked for: a standing offer ("if you ever
    want a second opinion on your home loan, my door's always open"), or an offer eased with
    "no pressure" after a real question about them. It names their money, so it is warned,
    but it asks them to buy nothing: mixed at most. A price, a deadline, a meeting asked or
    any other ask beside it keeps its weight."""
    sales = [h for h in found.hits if h.feature == "sale_ask"]
    if not sales or any(h.start in found.gifts for h in sales):
        return False
    allowed = {"sale_ask", "pivot", "your_business", *_STYLE}
    # "someone to look over your mortgage" is the offer, read twice: once as a probe.
    offered = [(h.start, h.end) for h in sales if h.start in found.offers]
    beside = [
        h
        for h in found.hits
        if h.feature in _WHY
        and h.feature not in allowed
        and not any(a <= h.start and h.end <= b for a, b in offered)
    ]
    if beside:
        return False
    standing = _STANDS_OPEN.search(doc.text) is not None and all(
        found.offers.get(h.start) == "second_look" for h in sales
    )
    eased = (
        found.values["question_about_them"] > 0
        and _GENTLY.search(doc.text) is not None
        and all(_AS_A_FAVOUR.search(_sentence_text(doc, h.start)) for h in sales)
    )
    return standing or eased


# What the writer sells handed over unasked, and a trade offered as a standing favour: each
# says why it reads early.
_WHY_OFFERED = {
    "wares": "puts what you sell in front of them before they've asked for it, so it reads "
    "as the reason you wrote",
    "second_look": "offers your trade as a favour; this early it reads as a sales line, "
    "not a kindness",
    "talk": "offers a talk on your trade to their people: a way in to sell your services, "
    "dressed as a favour",
    "openings": "asks about their vacancies to place your own people in them: an agency's "
    "sales call, however warm the opening",
    "placement": "pushes your roles at them and asks to put them forward before they've said "
    "they're looking",
    "dates": "offers to book them in on a date you're holding: a sale sold as a favour",
    "takeover": "finds fault with their setup and offers your firm to run it: a sales line, "
    "not advice",
}
# A visit or a catch-up asked for to present what you sell ("drop by your office for a
# short presentation", "grab a coffee so I can run through…"): its time is for the sale.
_SALES_VISIT = re.compile(r"\b(?:presentation|demonstration|demo|walkthrough|through)$", re.I)
_WHY_VISIT = "asks for their time to present what you sell"
_WHY_GIFT = "asks for money (a gift, pledge or sponsorship) before they know you or your cause"
_WARM = ("remembered", "personal_detail", "question_about_them", "congrats", "thanks", "curious")


def _asks_for_money(found: Features) -> bool:
    return any(h.feature == "sale_ask" and h.start in found.gifts for h in found.hits)


def _warm_then_money(doc: Doc, found: Features) -> bool:
    """A warm note whose one ask is for money: no sale, scarcity, price or promotion beside it."""
    others = {"self_promo", "urgency", "price", *ASKS} - {"sale_ask"}
    sales = [h for h in found.hits if h.feature == "sale_ask"]
    # "our literacy program" in "a donation to our literacy program" names the cause the
    # gift is for; it promotes nothing beyond the ask itself.
    asked = {_sentence_at(doc, h.start) for h in sales}
    beside = [
        h
        for h in found.hits
        if h.feature in others
        and not (h.feature == "self_promo" and _sentence_at(doc, h.start) in asked)
    ]
    # A pivot is itself a warm opening turned toward the ask.
    warm = any(found.values[name] > 0 for name in (*_WARM, "pivot"))
    return all(h.start in found.gifts for h in sales) and not beside and warm


def _timing(relationship: Relationship) -> str:
    """Why the move reads early with this person: what the user has with them so far."""
    if relationship.is_new:
        return f": early for that ({relationship.describe()})"
    if not relationship.they_asked:
        return f": they haven't asked for it ({relationship.describe()})"
    return ""


def _ask_is_welcome(relationship: Relationship | None) -> bool:
    """They asked for it (a quote, the price, to hire the user): however new the contact, the
    plain ask is their own request answered."""
    return relationship is not None and relationship.they_asked


_INTRO = re.compile(r"(?i)(introduc\w*|connect|intros?)\b")
_CLAUSE_ENDS = {",", ";", "—", "–"}
_STOP = {
    "meet",
    "meeting",
    "meetup",
    "coffee",
    "chat",
    "chatting",
    "call",
    "conference",
    "event",
    "today",
    "yesterday",
    "week",
    "weekend",
    "work",
    "business",
    "company",
    # Where anyone works: "congrats to the TechOps team!" shares "team" with "corporate real
    # estate team" in the notes, and remembers nothing (trial 16).
    "team",
    "teams",
    "office",
    "firm",
    "new",
    "last",
    "next",
    "talk",
    "talked",
    "says",
    "said",
    "wants",
    "want",
    "asked",
    "told",
    "mentioned",
    "hear",
    "glad",
    "love",
    "loved",
    "time",
    "well",
    "going",
    "can't",
    "don't",
    "it's",
    "i'm",
    "you're",
    "has",
    "had",
    "have",
    "will",
    "would",
    "could",
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "you",
    "your",
    "i",
    "me",
    "my",
    "we",
    "our",
    "it",
    "is",
    "was",
    "are",
    "be",
    "that",
    "this",
    "so",
    "how",
    "what",
    "hope",
    "good",
    "great",
    "luck",
    "thinking",
    "thought",
    "about",
    "from",
    "he",
    "she",
    "his",
    "her",
    "him",
    "they",
    "them",
    "their",
    "just",
    "really",
    "met",
    # Where you saw each other is shared, not something they told you: "what a game!"
    "game",
    "games",
    "tournament",
    "practice",
    "match",
    "breakfast",
    "lunch",
    "dinner",
    "party",
}


def _sentence_text(doc: Doc, char: int) -> str:
    """The sentence holding character offset `char`."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent.text if span is not None else ""


def _sentence_at(doc: Doc, char: int) -> int:
    """The token index where the sentence holding character offset `char` starts."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent.start if span is not None else -1


def _quote(doc: Doc, start: int, end: int, whole: bool = False) -> str:
    """The meaningful words around a phrase: its clause (between commas, dashes or the
    sentence's ends), or with `whole` its sentence, without the greeting. Never a bare
    "Also" or a cut-off "I know a great"."""
    sent = next((s for s in doc.sents if s.start_char <= start < s.end_char), None)
    if sent is None:
        return doc.text[start:end]
    lo, hi = sent.start, sent.end
    greeted = greeting_end(sent)
    if greeted is not None and doc[greeted].idx <= start:
        lo = greeted
    if not whole:
        for token in sent:
            if token.text in (",", ";", "—", "–", "(", ")") and lo <= token.i:
                if token.idx + len(token.text) <= start:
                    lo = max(lo, token.i + 1)
                elif token.idx >= end and token.i < hi:
                    hi = token.i
                    break
    span = doc[lo:hi]
    text = span.text.strip().rstrip(",;—–").strip()
    phrase = doc.text[start:end]
    return text if len(text) >= len(phrase) else phrase


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in _STOP and len(w) > 2}


_I_NOT = re.compile(
    r"(?:I|we)\s+(?:don't|don’t|do not|didn't|didn’t|can't|can’t|cannot|won't|won’t)\b", re.I
)
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.I)


def _detail_clause(
    doc: Doc,
    details: list[str],
    pitched: set[int] | None = None,
    workplace: str | None = None,
    names: list[str] | None = None,
) -> str | None:
    """The first clause of the draft (past its greeting) that names something the user
    knows of them from the notes ("the St Jude ride", "baby Noor"), if any. A thank-you or a
    greeting ("Thanks so much Sanjay", "great to meet you at the drinks") is no memory, and a
    sentence in `pitched` (one holding a flagged phrase) is never credited, and neither is
    their `workplace` named ("congrats to the TechOps team!" to someone at Delta TechOps)."""
    known = _content_words(" ".join(details))
    if workplace:
        known -= _content_words(workplace)
    # Their name said to them ("Hi Danny,", "Danny, it was a pleasure…", "Rahul - good to
    # meet you") is how the draft speaks to them, not something they told you.
    for said_to in (greeted_name(doc.text), _vocative(doc.text), *(names or [])):
        if said_to:
            known -= _content_words(said_to)
    if not known:
        return None
    for sent in doc.sents:
        if pitched and sent.start in pitched:
            continue
        start = greeting_end(sent) or sent.start
        cut = [start] + [
            t.i + 1
            for t in sent
            if t.i >= start
            and (t.text in _CLAUSE_ENDS or (t.text == "-" and t.i > 0 and t.nbor(-1).whitespace_))
        ]
        cut.append(sent.end)
        for lo, hi in itertools.pairwise(cut):
            text = doc[lo:hi].text.strip().rstrip(",;—–").strip()
            if _PLEASANTRY.match(text) and " about " not in f" {text.lower()} ":
                continue
            if _OFFERING.search(text):
                continue  # "we'd love to become your preferred…", "i can do…": the writer's offer
            if _MINE.search(text):
                continue  # "attached is my quote", "came across this piece": yours, not theirs
            if _I_NOT.match(text) and not _YOU.search(text):
                continue  # "I don't know a business broker personally": the user's (trial 18)
            if _own_news(doc[lo:hi]):
                continue  # "I just bought a house in decatur myself": the user's, not theirs
            if text and _content_words(text) & known:
                return text
    return None


_SAID_TO = frozenset("you your yours yourself u ur".split())
_MY_SIDE = frozenset("i we my our".split())
# "I hope the house hunt is going well": the user's wish for their news, not the user's own
_THINKING = frozenset(
    "hope remember wonder think bet wish hear see love enjoy imagine know trust".split()
)
_LEAD_INS = frozenset("and so oh also plus btw anyway".split())


def _own_news(clause: Span) -> bool:
    """ "I just bought a house in decatur myself", "we finally finished our kitchen", "my
    daughter started at emory": the user telling their own news, which names nothing of
    theirs; "I hope the house hunt is going well" and anything said to them are not."""
    words = [t for t in clause if not t.is_punct and not t.is_space]
    if any(t.lower_ in _SAID_TO for t in words):
        return False
    while words and words[0].lower_ in _LEAD_INS:
        words = words[1:]
    if any(t.lower_ in ("my", "our", "we", "us") for t in words[1:]) and not _names_them(words):
        # "did my mum's bathroom last year", "I think we could be great referral partners":
        # the user's side, nothing they told
        return True
    if not words or words[0].lower_ not in _MY_SIDE:
        return False
    if words[0].lower_ in ("my", "our"):
        return True
    verb = next((t for t in words[1:] if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"), None)
    verb = verb or next((t for t in words[1:] if t.pos_ == "VERB"), None)
    return verb is None or verb.lemma_.casefold() not in _THINKING


def _names_them(words: list[Token]) -> bool:
    """A clause with a third person's name or pronoun in it may be about them ("hope my
    tip helped Zofia"); one with only the user's words is the user's own."""
    return any(t.pos_ == "PROPN" or t.lower_ in ("he", "she", "him", "her", "they") for t in words)


# "Here it is", "here you go": words that point at something handed over, saying nothing.
_POINTER = re.compile(
    r"^\W*(?:here it is|here you go|here you are|here's his|here's her)\W*$", re.I
)
# "I came across an article on hiring dental assistants": what is handed over, to its clause end.
_SHARED = re.compile(
    r"\b(?:came across|found|saw|read|spotted|stumbled (?:on|upon)|wrote up|put together)\s+"
    r"(?:this|an?|the)\s+(?:\w+\s+)?(?:piece|article|post|report|podcast|video|story|guide|"
    r"thread|study|list|checklist|template)\b[^,.;!?—–]*?(?=\s+and\s+(?:thought|figured)\b|"
    r"[,.;!?—–]|$)",
    re.IGNORECASE,
)
_SHARES = "shares something useful with no ask attached"


def _shared_before(text: str) -> str | None:
    """What the draft says it found for them before handing it over, if anything."""
    found = list(_SHARED.finditer(text))
    return found[-1].group(0).strip() if found else None


# "Danny, …", "Rahul - good to meet you", "Dr. Kapoor: …": a draft that opens on a name.
_VOCATIVE = re.compile(
    r"^\s*(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Mx)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"\s*(?:,|:|!|\s[-—–]\s|[—–])"
)


def _vocative(text: str) -> str | None:
    match = _VOCATIVE.match(text)
    return match.group("name") if match else None


# The writer offering something ("we'd love to become your preferred partner", "i can cover
# pitchside", "count me in"): the writer's own words, not a memory of theirs.
_OFFERING = re.compile(
    r"\b(?:i|we)(?:'d|’d|'ll|’ll|\s+would|\s+will|\s+can|\s+could|\s+might)?\s+"
    r"(?:also\s+|happily\s+)?(?:(?:love|like|be\s+(?:able|happy|glad))\s+to\s+)?"
    r"(?:become|offer|provide|do|cover|bring|sponsor|chip\s+in|donate|help|come|pop|call"
    r"|look|measure|quote|price|fit|fix|sort)\b"
    r"|\bcount\s+(?:me|us)\s+in\b"
    # "I have a great hybrid Java role that would be perfect for you": what they need, held.
    r"|\b(?:i|we)(?:\s+have|['’]ve|\s+ve)\s+(?:got\s+)?(?:an?|some|one|two|\w+\s+\d{4})\b"
    # "Happy to pop round and look at the boiler": an offer said without its "I'd be".
    r"|^\s*(?:more\s+than\s+|always\s+|very\s+)?(?:happy|glad)\s+to\b",
    re.IGNORECASE,
)


# A thank-you or a nice-to-meet-you names them or the event, but recalls nothing they said.
_PLEASANTRY = re.compile(
    r"^(?:(?:hi|hey|hello|oh|and|so)\W+)?(?:thanks?\b|thank you|cheers|many thanks|"
    r"(?:it was |it's |so |really |lovely |great |good |nice |brilliant )*"
    r"(?:great|good|lovely|nice|brilliant|fab|a pleasure|a joy)\s+(?:to\s+)?"
    r"(?:meet|meeting|see|seeing|chat|chatting|catch|catching|talk|talking|sitting|"
    r"running into|bumping into)\b)",
    re.IGNORECASE,
)


# What the user sends of their own (a quote, an article they found) recalls nothing of theirs.
_MINE = re.compile(
    r"\b(?:attached|enclosed)\b|\b(?:my|our)\s+(?:\w+\s+)?(?:quote|invoice|proposal|estimate|"
    r"contract|rates|pricing|calendar|card|website|brochure)\b"
    r"|\b(?:came across|found|saw|read|spotted|stumbled on|stumbled upon)\s+(?:this|an?|the)\s+"
    r"(?:\w+\s+)?(?:piece|article|post|report|podcast|video|story|guide|thread|study)\b",
    re.IGNORECASE,
)
# "I'd be really grateful for an intro", "I'd appreciate it if…": thanks in advance for a
# favour asked, neither thanks nor an offer of help.
_FAVOUR = re.compile(
    r"\b(?:i|we)(?:'d|’d| would)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:\w+\s+)?"
    r"(?:grateful|appreciate|thankful|indebted)\b",
    re.IGNORECASE,
)
# "No pressure!", "no need to reply", "No agenda at all": easing words, no help offered.
_EASING = re.compile(
    r"^\W*(?:and\s+|but\s+)?no\s+(?:pressure|rush|hurry|agenda|obligation|worries|need\s+to)\b",
    re.IGNORECASE,
)


def _not_what_it_says(name: str, doc: Doc, hit_start: int, hit_end: int) -> bool:
    """A "give" that only eases ("No pressure!") or sits in a favour asked, and "thanks" in
    a favour asked ("I'd be grateful for an intro"), are not what their labels say."""
    if name not in ("give", "thanks"):
        return False
    span = doc.char_span(hit_start, hit_end, alignment_mode="expand")
    sentence = span.sent.text if span is not None else doc.text
    if _FAVOUR.search(sentence):
        return True
    return name == "give" and _EASING.match(doc.text[hit_start:]) is not None


def _clip(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
