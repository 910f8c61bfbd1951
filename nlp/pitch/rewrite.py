"""The relationship-first rewrite: keep the user's own greeting and warm lines, remove (or cut
back to its warm clause) every sentence that asks for business, and add one question about
the other person only when nothing warm is left."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.pitch.features import (
    ASKS,
    GOOD,
    PITCH,
    Features,
    Hit,
    asks_for_time,
    greeting_end,
    is_first_person,
)

# Without anything stored about the person, curiosity is the safest way to give attention.
GENERIC_HOOK = "What are you working on these days that you're most excited about?"
# What a rewrite that cut an ask ends on when nothing known about them gives a question.
SIMPLE_HOOK = "How has the rest of your week been?"
_CLOSINGS = {
    "best",
    "thanks",
    "thank",
    "cheers",
    "regards",
    "warmly",
    "sincerely",
    "talk",
    "speak",
    "all",
    "kind",
    "warm",
    "many",
    "yours",
    "take",
}
_LOWERABLE = {
    "how",
    "what",
    "did",
    "are",
    "is",
    "have",
    "has",
    "was",
    "were",
    "do",
    "does",
    "would",
    "could",
    "can",
    "if",
    "still",
    "happy",
    "any",
    "you",
    "when",
    "where",
    "hope",
    "congrats",
    "thanks",
    "by",
}
# Where a warm clause ends and a business one begins inside one sentence.
_CLAUSE_BREAKS = {";", "—", "–"}
_JOINERS = {"and", "but", "so", "plus"}
_MIN_CLAUSE_WORDS = 4
_CARRY_ON = {"and", "so", "plus", "or", "also", "which"}
_CONTRAST = {"but", "though", "still", "anyway"}
_SOFTENERS = {"mostly", "really", "honestly", "anyway", "mainly", "above", "all"}
_SECOND = {"you", "your", "yours", "yourself", "u", "ur"}
# An offer to come and look, left over from the pitch it followed.
_COME_LOOK = ("take a look", "have a look", "pop by", "pop over", "swing by", "come by", "stop by")
_BACK_REFERENCES = {"that", "it", "this", "those", "these", "one", "them"}
# "Hey Bob," / "Hi Sarah Kim," / "Dear Ms. Patel," at the start of a message.
_GREETED = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|dear|morning|good (?:morning|afternoon|evening))\s+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Mx)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*[,!:—-]",
    re.IGNORECASE,
)


# "Congrats to Raj on the fellowship, Priya!": a name said to, closing the first sentence.
_CALLED = re.compile(r"^[^.!?\n]*?,\s+(?P<name>[A-Z][\w'’-]*)\s*[!.?]")


def greeted_name(text: str) -> str | None:
    """Whom the draft greets: "Hey Bob, Sarah Kim mentioned…" is to Bob, not Sarah Kim; so is
    "Congrats on the new job, Bob!"."""
    match = _GREETED.match(text) or _CALLED.match(text)
    if match is None:
        return None
    name = match.group("name")
    if not name[:1].isupper() or name.split()[0].lower() in ("there", "all", "everyone", "team"):
        return None
    return name


def rewrite(
    doc: Doc,
    found: Features,
    hook: str | None,
    *,
    keep_asks: bool = False,
    pleasant: list[tuple[int, int]] | None = None,
) -> str:
    """`keep_asks`: the person asked for this, so a plain ask (a call, a quote) may stay;
    pressure and self-promotion still go. `pleasant`: where the draft is friendly ("great
    seeing you"), as character ranges.

    What is added fits what is known: the hook (a question drawn from what the user knows
    about them) unless what stays already asks about them; without a hook, nothing when what
    stays gives them attention, or a friendly line or one spoken to them stays; else one
    open question about them."""
    # "is about you" points at a sentence for its style; the sentence may be the warm one.
    dropping = {h for h in PITCH if not (keep_asks and h in ASKS) and h != "self_centred"}
    pitchy = [h for h in found.hits if h.feature in dropping]
    if not pitchy:
        return doc.text.strip()
    sentences = list(doc.sents)
    closing = _closing(sentences)
    if closing is not None:
        sentences = sentences[: sentences.index(closing)]
    pieces: list[tuple[str, bool]] = []
    kept: list[tuple[int, int]] = []  # character ranges of what stays
    dropped_last = False
    pitched: list[str] = []  # the words of the asks cut
    labels: dict[int, int] = {}  # piece index -> sentence number, for "P.S." alone
    kept_sentences: set[int] = set()
    for n, sent in enumerate(sentences):
        hits = [h for h in pitchy if sent.start_char <= h.start < sent.end_char]
        warm = _warm_in(found.hits, sent.start_char, sent.end_char)
        if not hits and _label(sent):
            # "P.S." standing alone stays only between two lines that stay: with the pitch
            # it introduced cut, it would head nothing, or the question added after.
            labels[len(pieces)] = n
            pieces.append((sent.text.strip(), False))
            continue
        if not hits and _turn_to_my_trade(sent, found.hits):
            dropped_last = True
            continue  # "By the way I'm a UX designer and I do onboarding flows": the set-up
        # What they asked for (a quote, a call) may be said; else what only serves the pitch
        # goes with it.
        serves_the_pitch = not hits and not warm and not keep_asks
        cut_next = _pitch_follows(sentences, n, pitchy) or (
            n + 1 < len(sentences)
            and not keep_asks
            and _names_a_sales_meeting(sentences[n + 1])
            and not _warm_in(found.hits, sentences[n + 1].start_char, sentences[n + 1].end_char)
        )
        near = dropped_last or cut_next
        if not hits and not keep_asks and dropped_last and _asks_for_someone(sent):
            dropped_last = True
            continue  # "Do you know anyone who might be interested?" in what was just cut
        if (
            serves_the_pitch
            and dropped_last
            and cut_next
            and not _inside(pleasant or [], [(sent.start_char, sent.end_char)])
            and not _to_them(doc, [(sent.start_char, sent.end_char)])
        ):
            dropped_last = True
            continue  # "Most new homeowners overpay by hundreds.", between two cut lines
        if serves_the_pitch and _my_trade(sent, found.hits, near):
            dropped_last = True
            continue  # "I'm a wedding florist and would love to be on your vendor list.": set-up
        if serves_the_pitch and _names_a_sales_meeting(sent):
            dropped_last = True
            continue  # "Can I get 15 minutes next week for a demo?": the ask, however put
        if serves_the_pitch and near and _points_at_my_offer(sent):
            dropped_last = True
            continue  # "You should really look at our CRM." just before the pitch of it
        if serves_the_pitch and dropped_last and (_offers(sent) or _call_to_action(sent)):
            continue  # "We'd be glad to take it off your plate." / "Just say the word!"
        if not hits and _points_at_a_need(sent):
            dropped_last = True
            continue  # "he'll need to think about his pension": the pitch, by implication
        if not hits and _appeal(sent):
            # "Every dollar helps.": an appeal's slogan backs the ask for money wherever it
            # stands; what is left without it may only be the greeting ("Hello Ana,").
            dropped_last = True
            end = greeting_end(sent) if n == 0 else None
            if end is not None:
                pieces.append((doc[sent.start : end].text.strip(), False))
            continue
        if not hits and asks_for_time(sent) and _pitch_follows(sentences, n, pitchy):
            # "Do you have a minute this week?" asked for the pitch that follows: it goes
            # with it, or the rewrite asks for their time for nothing.
            end = greeting_end(sent) if n == 0 else None
            if end is not None:
                pieces.append((doc[sent.start : end].text.strip(), False))
            continue
        if not hits:
            if pitched and _softener(sent) and not _asks_left(found.hits, kept):
                continue  # "No pressure!" eased the ask that was cut: it goes with it
            if dropped_last and (
                _afterthought(sent)
                or _business_leftover(sent)
                or _handed_link(sent)
                or _why_it_helps_me(sent)
            ):
                continue  # "Just curious." or "We have openings next month." after its pitch
            text = sent.text.strip()
            if dropped_last:
                text = _without_link(sent, warm)
                if not text:
                    continue  # "…and I'd love to manage yours": the rest of a dropped pitch
            kept.append((sent.start_char, sent.end_char))
            kept_sentences.add(n)
            pieces.append((text, _may_lower(sent)))
            dropped_last = False
            continue
        dropped_last = True
        pitched.append(doc.text[min(h.start for h in hits) : sent.end_char])
        clause = _warm_clause(doc, sent, min(h.start for h in hits), found.hits, dropped_last)
        if clause is not None and _NEED_POINTER.search(clause[0]):
            clause = None  # "he'll need to think about his pension — I do free reviews"
        if clause is not None and any(
            h.feature == "self_intro" and sent.start_char <= h.start < clause[1] for h in found.hits
        ):
            clause = None  # "I'm a mortgage broker, so if you need one…": the set-up
        if clause is not None:
            kept.append((sent.start_char, clause[1]))
            kept_sentences.add(n)
            pieces.append((clause[0], n > 0 and _may_lower(sent)))
            continue
        end = greeting_end(sent) if n == 0 else None
        if end is not None:
            pieces.append((doc[sent.start : end].text.strip(), False))
    pieces = [
        piece
        for i, piece in enumerate(pieces)
        if i not in labels or (labels[i] - 1 in kept_sentences and labels[i] + 1 in kept_sentences)
    ]
    addressed = _addressed(doc)
    if not pieces and addressed is not None:
        # "Olamide, I'm holding a few dates…" cut whole still goes to Olamide: the rewrite
        # greets them by name rather than opening on a bare question.
        pieces.append((f"Hi {addressed},", False))
    addition = None
    if sympathy(doc.text):
        # A message of sympathy is about their loss: it ends on the user's own words, never a
        # question tacked on ("How is Khoa doing?" under a condolence).
        return _ended(_join(pieces), closing)
    asked = _warm_left([h for h in found.hits if h.feature == "question_about_them"], kept)
    if keep_asks and _past_greeting(doc, kept):
        # "Attached is my quote for the 6 laptops." answers what they asked for: a business
        # reply, sent as it is, with no question about them tacked on.
        return _ended(_join(pieces), closing)
    bare = _little_left(doc, kept)
    if hook and hook.strip() and not asked:
        # A warm opener alone ("Hi Lena, congrats!") ends on a question about them when
        # something known about them can give one.
        addition = hook.strip()
    elif (
        bare
        or (_only_a_mention(doc, kept) and not _warm_left(found.hits, kept))
        or not (
            _warm_left(found.hits, kept) or _inside(pleasant or [], kept) or _to_them(doc, kept)
        )
    ):
        # "Hi Khoa, Mai mentioned you do roofing." stops where the pitch was: it needs a
        # question to end on.
        addition = GENERIC_HOOK
    if addition is not None and (
        _someone_elses_news(addition, greeted_name(doc.text)) or _asks_into(addition, pitched)
    ):
        addition = (
            GENERIC_HOOK
            if bare or not (_warm_left(found.hits, kept) or _to_them(doc, kept))
            else None
        )
    if addition is not None:
        addition = _not_twice(addition, " ".join(p for p, _ in pieces), greeted_name(doc.text))
    if addition is not None and _TAKES_UP_THEIR_ASK.search(" ".join(p for p, _ in pieces)):
        # "you suggested a pint after Christmas, I'd love that" already answers what they asked
        # for: a question on another topic after it jumps away from their own idea.
        addition = None
    if _ends_on_a_question(pieces):
        # "Jim, how's the back after all that digging?" kept ends on the user's own question
        # about them: a second one stacked on it reads as a form, and rarely about the same thing.
        addition = None
    if (
        addition is None
        and not (hook and hook.strip())
        and not _warm_left(found.hits, kept)
        and _ask_dropped(pitchy, kept)
        # "Coffee next wk?" already ends on a question: a second one would be stacked on it.
        and not _ends_on_a_question(pieces)
    ):
        # "Hi Marisol, lovely meeting you at BNI." with the referral ask cut stops where the
        # ask was: it ends on a simple question about them instead (trial 18).
        addition = SIMPLE_HOOK
    if addition is not None:
        first = re.match(r"[A-Za-z]+", addition)
        pieces.append((addition, first is not None and first.group().lower() in _LOWERABLE))
    return _ended(_join(pieces), closing)


# "you mentioned a coffee in the new year, would love that": their own idea, taken up.
_TAKES_UP_THEIR_ASK = re.compile(
    r"\byou\s+(?:mentioned|suggested|proposed|asked\s+(?:about|for)|floated)\b[^.!?]*"
    r"\b(?:love|loved|great|sounds|count\s+me\s+in|up\s+for|keen|yes)\b",
    re.IGNORECASE,
)
# Words that open a sentence with a comma and are no one's name.
_COMMON_OPENERS = {
    *"hi hey hello hiya thanks cheers sorry congrats congratulations well so yes yeah".split(),
    *"look listen ok okay right anyway also actually guys folks team everyone all friends".split(),
}


def _addressed(doc: Doc) -> str | None:
    """Whom the draft speaks to by name, where no greeting word says so: "Olamide, I'm
    holding…" or "I have a great candidate for you Eabha!"."""
    greeted = greeted_name(doc.text)
    if greeted is not None:
        return greeted
    first = next(iter(doc.sents), None)
    if first is None or len(first) < 2:
        return None
    opener = first[0]
    if (
        # The tagger reads an unfamiliar name as anything ("Olamide" as an adverb): a
        # capitalised word alone before the comma that is no common opener is the name.
        opener.text[:1].isupper()
        and opener.is_alpha
        and not opener.is_stop
        and not opener.lower_.endswith("ly")
        and first[1].text == ","
        and opener.lower_ not in _COMMON_OPENERS
    ):
        return opener.text
    for token in first[1:]:
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            token.pos_ == "PROPN"
            and doc[token.i - 1].lower_ == "you"
            and token.text[:1].isupper()
            and (after is None or after.text in ("!", ".", ","))
        ):
            return token.text
    return None


def _ends_on_a_question(pieces: list[tuple[str, bool]]) -> bool:
    return bool(pieces) and pieces[-1][0].rstrip().endswith("?")


def _ask_dropped(pitchy: list[Hit], kept: list[tuple[int, int]]) -> bool:
    """Was an ask for business (a call, a referral, a sale) cut from the draft? A review
    asked of a client is a favour between people who know each other: its warm line may
    stand alone."""
    return any(
        h.feature in ASKS
        and h.feature != "review_ask"
        and not any(a <= h.start < b for a, b in kept)
        for h in pitchy
    )


def _ended(text: str, closing: Span | None) -> str:
    text = _greeted_as_a_name(text)
    if closing is not None:
        text += "\n\n" + closing.text.strip()
    return text


# "hey adaeze!", "good morning adaeze okafor,": a name typed in lowercase after the greeting.
_LOWER_GREETED = re.compile(
    r"^(?P<greeting>\s*(?:hi|hello|hey|hiya|dear|morning|good (?:morning|afternoon|evening))\s+)"
    r"(?P<name>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)(?=\s*[,!:—–-])",
    re.IGNORECASE,
)
# Whom a greeting may call by something other than a name: "hey there!", "hi all,".
_NOT_NAMES = frozenset(
    "there all everyone everybody team guys folks friend friends man mate buddy bro dude pal "
    "girl girls hun love you both again y'all yall fam gang sir madam neighbour neighbor".split()
)


def _greeted_as_a_name(text: str) -> str:
    """The rewrite greets by name as a name: "hey adaeze!" -> "Hey Adaeze!"; the other words
    keep the case the user typed."""
    match = _LOWER_GREETED.match(text)
    if match is None:
        return text
    words = match.group("name").split()
    if any(w.casefold() in _NOT_NAMES for w in words):
        return text
    name = " ".join(w[:1].upper() + w[1:] for w in words)
    return text[: match.start("name")] + name + text[match.end("name") :]


# Condolences and support in hard times: "so sorry to hear about your father passing",
# "sorry for your loss", "keeping you in my prayers".
_SYMPATHY = re.compile(
    r"\b(?:so |very |truly |deeply |really )?sorry (?:to hear|for your loss|about your)"
    r"|\bcondolences?\b|\bsympath(?:y|ies)\b|\bpass(?:ed away|ing)\b|\bfuneral\b"
    r"|\bin (?:my|our) (?:thoughts|prayers)\b|\bkeeping (?:you|them|him|her)\b[^.!?]*\bprayers\b"
    r"|\brest in peace\b|\bheartbroken\b",
    re.IGNORECASE,
)


def sympathy(text: str) -> bool:
    """Does the message offer condolences or support through a loss?"""
    return _SYMPATHY.search(text) is not None


# A line about the writer's own trade left alone once its ask is cut ("We're trying to fill
# January.", "We have openings next month.").
_TRADE_WORDS = {
    "opening",
    "openings",
    "slot",
    "slots",
    "availability",
    "capacity",
    "space",
    "spaces",
    "booking",
    "bookings",
    "client",
    "clients",
    "customer",
    "customers",
    "appointment",
    "appointments",
    "diary",
    "calendar",
    "fill",
    "filling",
    "rates",
    "prices",
    "discount",
    "offer",
    "website",
    "site",
    "available",
    "sponsor",
    "sponsors",
    "sponsorship",
    "sponsorships",
    "package",
    "packages",
    "listing",
    "listings",
    "service",
    "services",
    "quote",
    "quotes",
    "estimate",
    "estimates",
}
_CONGRATS = re.compile(r"\b(congrat\w*|well done)\b", re.IGNORECASE)


# "If Vikram goes independent he'll need to think about his pension", "you'll want someone
# to handle the books": in a draft that pitches, a sentence that points them at a need the
# writer sells into is the set-up for the pitch, so the rewrite drops it with the pitch.
_NEED_POINTER = re.compile(
    r"\b(?:he|she|they|you|we)\s*(?:'ll|will|would|'d|might|may|should|are going to|'re going "
    r"to|is going to|'s going to)\s+(?:probably\s+|definitely\s+|really\s+|likely\s+|also\s+)?"
    r"(?:need|want|have)\s+(?:to\s+(?:think|sort|look|plan|get|figure|set|find|review|"
    r"consider)\b|someone\b|somebody\b|an?\s+(?:good\s+|proper\s+|new\s+)?\w+\s+(?:to|for)\b|"
    r"help\b)",
    re.IGNORECASE,
)


_TURNS = re.compile(r"^\W*(?:by the way|btw|speaking of which|fun fact|oh,? and|also)\b", re.I)


def _turn_to_my_trade(sent: Span, hits: list[Hit]) -> bool:
    """ "By the way I'm a freelance UX designer…" in a draft that pitches turns the note to
    the writer's trade (trial 8): the pitch's first line, so it goes with it."""
    intro = any(
        h.feature == "self_intro" and sent.start_char <= h.start < sent.end_char for h in hits
    )
    return intro and _TURNS.match(sent.text) is not None


def _points_at_a_need(sent: Span) -> bool:
    """A statement (not a question to them) that tells them what they will need."""
    text = sent.text.strip()
    return not text.endswith("?") and _NEED_POINTER.search(text) is not None


def _handed_link(sent: Span) -> bool:
    """ "Here's the link." or a bare address: the way to do what the dropped line asked."""
    words = [t for t in sent if t.is_alpha and not t.like_url]
    links = any(t.lower_ == "link" or t.like_url for t in sent)
    return links and len(words) <= 5


def _why_it_helps_me(sent: Span) -> bool:
    """ "It really helps a small team like ours.": why the dropped ask would help the writer."""
    words = [t for t in sent if t.is_alpha]
    if not words or words[0].lower_ not in ("it", "that", "this", "which", "reviews"):
        return False
    helps = any(t.lemma_.lower() in ("help", "mean") for t in words)
    return helps and any(is_first_person(t) for t in sent)


# The lines fundraising appeals lean on: "Every dollar helps.", "We're so close to our
# goal", "Every gift makes a difference." Said to nobody in particular, they are the ask's.
_APPEAL = re.compile(
    r"\bevery (?:little )?(?:dollar|penny|cent|gift|donation|contribution|bit)\b"
    r"|\b(?:close to|reach|reaching|hit|hitting|meet|meeting|towards?) (?:our|the|this year's) "
    r"(?:\w+ )?goal\b"
    r"|\bmakes? (?:a|all the) (?:big |real |huge )?difference\b"
    r"|\bno (?:gift|amount|donation) is too small\b",
    re.IGNORECASE,
)


def _appeal(sent: Span) -> bool:
    """A sentence (less its greeting) that is an appeal's slogan, not said to them."""
    end = greeting_end(sent) if sent.start == 0 else None
    words = sent[end - sent.start :] if end is not None else sent
    if "?" in words.text or any(t.lower_ in _SECOND for t in words):
        return False
    return _APPEAL.search(words.text) is not None


def _warm_in(hits: list[Hit], start: int, end: int) -> bool:
    """Is there something warm (thanks, congratulations, a question about them) in here?"""
    return any(h.feature in GOOD and start <= h.start < end for h in hits)


_LABEL = re.compile(
    r"^\W*(?:p\.?\s*s|quick question|one more thing|oh,? and|by the way|btw)\W*$", re.IGNORECASE
)


def _label(sent: Span) -> bool:
    """ "P.S." or "Quick question:" on its own: it heads the sentence after it."""
    return _LABEL.match(sent.text.strip()) is not None


# "I'm a mom too", "I'm a huge fan": who I am, not what I sell.
_PERSONAL_NOUNS = {
    "mom",
    "mum",
    "dad",
    "mother",
    "father",
    "parent",
    "grandparent",
    "grandmother",
    "grandfather",
    "runner",
    "fan",
    "member",
    "neighbour",
    "neighbor",
    "friend",
    "beginner",
    "newbie",
    "alum",
    "graduate",
    "volunteer",
}
# Verbs of thinking and feeling: "I hope", "we loved", "I agree" are not a trade.
_MENTAL = {
    "hope",
    "think",
    "love",
    "like",
    "adore",
    "enjoy",
    "know",
    "agree",
    "miss",
    "wish",
    "feel",
    "remember",
    "appreciate",
    "admire",
    "want",
    "need",
    "have",
    "mean",
    "see",
    "hear",
    "guess",
    "believe",
    "bet",
    "wonder",
    "understand",
    "owe",
    "say",
    "get",
    "look",
}


def _my_trade(span: Span, hits: list[Hit], near_the_pitch: bool) -> bool:
    """Does the line only tell them what I do or sell? "I'm a wedding florist and would love
    to be on your vendor list", "We still have a few sponsor packages available", and next to
    the pitch "I tutor high schoolers in math": in a draft that pitches, each sets it up."""
    if "?" in span.text:
        return False
    for h in hits:
        if h.feature == "self_intro" and span.start_char <= h.start < span.end_char:
            intro = span.doc.char_span(h.start, h.end, alignment_mode="expand")
            nouns = [t.lower_ for t in intro or [] if t.pos_ == "NOUN"]
            named = h.text.lower().startswith(("my name", "let me introduce"))
            if not named and not (nouns and nouns[-1] in _PERSONAL_NOUNS):
                return True
    if _business_leftover(span) or _as_my_trade(span):
        return True
    if not near_the_pitch or any(t.lower_ in _SECOND for t in span):
        return False
    # "I coach engineering leaders", "we clean offices": I/we, a verb in the present tense
    # that does something (not "I hope", "we love"), and what it is done to.
    return any(
        is_first_person(t)
        and t.dep_ == "nsubj"
        and t.head.tag_ == "VBP"
        and t.head.lemma_.lower() not in _MENTAL
        and any(c.dep_ in ("dobj", "prep") for c in t.head.children)
        for t in span
    )


# What a seller books: a line that names one is the sale's meeting, however it is asked.
_SALES_MEETINGS = {"demo", "demos", "consultation", "consult", "walkthrough", "sales call"}


# "a free 14-day trial", "a free home valuation": a free sample of what is sold.
_SAMPLES = (
    r"(?:trial|consultation|quote|estimate|assessment|audit|review|session|valuation|appraisal|"
    r"analysis|report|lesson|class|sample|visit|month|week)s?"
)
_FREE_SAMPLE = re.compile(
    rf"\b(?:free|complimentary|no-cost)\b[^.?!]{{0,25}}?\b{_SAMPLES}\b"
    rf"|\b{_SAMPLES} (?:is|are|'s|’s) (?:totally |completely |always )?(?:free|complimentary|on "
    r"(?:us|me|the house))\b",
    re.IGNORECASE,
)


def _names_a_sales_meeting(sent: Span) -> bool:
    """ "Can I get 15 minutes for a demo?", "Want a free 14-day trial?": how a sale is made."""
    text = sent.text.lower()
    if _FREE_SAMPLE.search(text):
        return True
    return any(re.search(rf"\b{word}\b", text) for word in _SALES_MEETINGS)


# "Do you know anyone who might be interested?", "if you know someone who needs…".
_SOMEONE_ELSE = re.compile(
    r"\b(?:know|think of|have)\s+(?:of\s+)?(?:anyone|anybody|someone|somebody|others?|"
    r"people|friends?|any friends|other \w+)\b",
    re.IGNORECASE,
)


# "Feel free to pass this along to your office manager", "forward it to your team".
_PASS_ON = re.compile(
    r"\b(?:pass|send|forward|share)(?:ing)?\s+(?:this|it|that|my (?:name|number|card|details|"
    r"info))\s+(?:along|on|with|to)\b|\bforward(?:ing)? (?:this|it)\b",
    re.IGNORECASE,
)


def _asks_for_someone(sent: Span) -> bool:
    """Right after a cut offer, asking whom else they know, or to pass it on, is asking them
    to take the pitch to others."""
    return _SOMEONE_ELSE.search(sent.text) is not None or _PASS_ON.search(sent.text) is not None


def _as_my_trade(span: Span) -> bool:
    """ "As a local photographer I'd love to shoot your new menu": I, in my trade (not "as a
    mom" or "as a fellow runner")."""
    words = [t for t in span if not t.is_space]
    if len(words) < 3 or words[0].lower_ != "as" or words[1].lower_ not in ("a", "an"):
        return False
    role = next((t for t in words[2:] if t.head == words[0] and t.pos_ == "NOUN"), None)
    if role is None or role.lower_ in _PERSONAL_NOUNS:
        return False
    if any(t.lower_ == "fellow" for t in role.children):
        return False
    return any(is_first_person(t) and t.dep_ in ("nsubj", "nsubjpass") for t in span)


# "You should really look at our CRM", "you have to try our new menu", "check out our app".
_POINTS_AT = re.compile(
    r"\byou(?:'d| would)? (?:really |definitely |totally |seriously |honestly )?"
    r"(?:should|must|need to|have to|ought to|'ve got to|have got to|gotta)\b"
    r"|^\W*(?:just |so |definitely |do )?(?:check out|take a look at|have a look at|look at|try)\b",
    re.IGNORECASE,
)


def _points_at_my_offer(sent: Span) -> bool:
    """A sentence that sends them to something of mine ("our CRM", "my new course")."""
    mine = any(t.lower_ in ("our", "my") and t.head.pos_ in ("NOUN", "PROPN") for t in sent)
    return mine and _POINTS_AT.search(sent.text.strip()) is not None


_MODALS = {"'d", "’d", "would", "can", "could", "will", "'ll", "’ll", "ca"}


_GLAD_TO = re.compile(
    r"^\W*(?:(?:i|we)(?:'m|’m|'re|’re| am| are|'d be|’d be| would be) )?(?:always |more than )?"
    r"(?:happy|glad|delighted|thrilled) to\b",
    re.IGNORECASE,
)


def _offers(sent: Span) -> bool:
    """ "We'd be glad to take it off your plate", "I'd like to reach out to them", "Happy to
    set you up.": after a cut, my offer to do the business that was cut."""
    if "?" in sent.text:
        return False
    if _GLAD_TO.match(sent.text):
        return True
    for t in sent:
        if not (is_first_person(t) and t.dep_ in ("nsubj", "nsubjpass")):
            continue
        verb = t.head
        if verb.lemma_.lower() in _MENTAL - {"love", "like"}:
            continue
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
            return True
    return False


# What a call to action asks them to do: "Just say the word!", "Text me anytime!", "Give
# us a ring."
_CALL_VERBS = {
    "say",
    "call",
    "text",
    "ring",
    "email",
    "e-mail",
    "message",
    "reply",
    "reach",
    "ping",
    "holler",
    "book",
    "sign",
    "click",
    "contact",
    "dm",
    "respond",
    "tap",
    "grab",
}
_SEND_VERBS = {"give", "drop", "shoot", "send", "hit"}


def _call_to_action(sent: Span) -> bool:
    """A short imperative that tells them how to take up what was offered."""
    words = [t for t in sent if t.is_alpha]
    while words and words[0].lower_ in ("just", "so", "simply", "then", "please"):
        words = words[1:]
    if not words or len(words) > 6 or any(t.dep_ == "nsubj" for t in sent):
        return False
    verb = words[0].lower_
    if verb in _CALL_VERBS:
        return True
    return verb in _SEND_VERBS and len(words) > 1 and words[1].lower_ in ("me", "us")


def _business_leftover(sent: Span) -> bool:
    """A sentence about me and my trade, with nothing for them in it."""
    if any(t.lower_ in _SECOND for t in sent) or "?" in sent.text:
        return False
    return any(is_first_person(t) for t in sent) and any(t.lower_ in _TRADE_WORDS for t in sent)


def _pitch_follows(sentences: list[Span], n: int, pitchy: list[Hit]) -> bool:
    if n + 1 >= len(sentences):
        return False
    after = sentences[n + 1]
    return any(after.start_char <= h.start < after.end_char for h in pitchy)


_ASKED_WORDS = frozenset(
    "about after going doing coming getting things been have with that this them they your "
    "yours lately these days week weeks month year what when where which how".split()
)


def _asks_into(addition: str, pitched: list[str]) -> bool:
    """Does the add-on ask about the place or thing a cut ask named ("How is buying in
    Pearland going?" after "when you're ready to start looking in Pearland I'd love to
    help")? Then the question is the pitch again."""
    if not addition.rstrip().endswith("?"):
        return False
    words = {w for w in re.findall(r"[a-z]{4,}", addition.casefold()) if w not in _ASKED_WORDS}
    named = set()
    for text in pitched:
        tokens = text.split()
        for before, word in zip([".", *tokens], tokens, strict=False):
            bare = re.sub(r"\W", "", word)
            if bare[:1].isupper() and len(bare) >= 4 and not before.endswith((".", "!", "?")):
                named.add(bare.casefold())
    return bool(words & named)


def _someone_elses_news(addition: str, greeted: str | None) -> bool:
    """ "Congratulations on Tobi signing the lease!" to Adaeze claims news of someone else as
    hers: a congratulation that names another person is never added."""
    if not _CONGRATS.search(addition):
        return False
    mine = {w.lower() for w in (greeted or "").split()}
    names = re.findall(r"\bon ([A-Z][a-z'’-]+) \w+ing\b", addition)  # "on Tobi signing"
    return any(n.lower() not in mine for n in names)


_FUNCTION_WORDS = frozenset(
    "at in on for with to of from and or but is was are were going coming went".split()
)


_COMMON_WORDS = frozenset(
    "the and for are you was were did does has had how its it's since started start new now "
    "still all any can could would will not out get got our".split()
)


def _own_words(text: str) -> set[str]:
    """The words that say what a line is about, not how it asks ("son", "kindergarten")."""
    common = _ASKED_WORDS | _FUNCTION_WORDS | _COMMON_WORDS
    words = [w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in common]
    return {w.rstrip("s") if len(w) > 4 else w for w in words}


# Topics a wish and a question share with no word in common: "hope the long runs are
# going ok!" asks already what "How is the marathon training going?" would (trial 31).
_TOPICS = (
    frozenset("run runs running runner runners marathon half-marathon 5k 10k parkrun ultra "
              "race races".split()),
    frozenset("school term semester uni university college nursery exam exams degree course "
              "studies studying lectures freshers".split()),
    frozenset("baby newborn pregnancy pregnant expecting".split()),
    frozenset("wedding engaged engagement honeymoon".split()),
    frozenset("job role promotion promoted".split()),
    frozenset("holiday holidays trip travels travelling vacation".split()),
)  # fmt: skip


_ASKING = re.compile(r"\?|\b(?:hope|hoping|how|wondering|trust)\b", re.IGNORECASE)


def _same_topic(addition: str, kept: str, greeted: str | None) -> bool:
    """The question is about what the kept text already asks or hopes about: a topic of
    _TOPICS, or someone it names ("hope adaeze is surviving her first term!" and "How is
    Adaeze getting on…?"), not the one greeted."""
    # only what the kept text asks or hopes: "congrats on the half marathon!" asks nothing,
    # and "How's the training going?" may follow it
    asking = " ".join(s for s in re.split(r"(?<=[.!?])\s+", kept) if _ASKING.search(s))
    added = set(re.findall(r"[a-z0-9'-]+", addition.casefold()))
    said = set(re.findall(r"[a-z0-9'-]+", asking.casefold()))
    if any(added & topic and said & topic for topic in _TOPICS):
        return True
    mine = {w.casefold() for w in (greeted or "").split()}
    named = {w.casefold() for w in re.findall(r"(?<=\s)[A-Z][a-z'’-]{2,}", addition)}
    return bool((named - mine) & said)


def _not_twice(addition: str, kept: str, greeted: str | None = None) -> str | None:
    """What is added never says the kept text again: no second congratulation, no second
    question on a topic or person already asked about, and a noun just said is not repeated
    ("…about the ironman. How is the training going?")."""
    if _CONGRATS.search(addition) and _CONGRATS.search(kept):
        return None
    if addition.rstrip().endswith("?") and _same_topic(addition, kept, greeted):
        return None
    # "I hope your son is enjoying kindergarten." asks already what "How are things going
    # since your son started kindergarten?" would: two of its words said, or all, is twice.
    own = _own_words(addition)
    shared = own & _own_words(kept)
    if shared and (len(shared) >= 2 or shared == own):
        return None
    said = {w.lower() for w in re.findall(r"[A-Za-z']{4,}", kept)}
    words = addition.split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        bare = re.sub(r"\W", "", word).lower()
        before = words[i - 1].lower() if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if bare in said and before in ("the", "your", "his", "her", "their"):
            if after.lower() in _FUNCTION_WORDS or not re.fullmatch(r"[a-z]+", after):
                return None  # "Congrats on the fellowship! …since Raj got the fellowship at…"
            continue  # "the ironman training" → "the training"
        out.append(word)
    return " ".join(out)


def _warm_left(hits: list[Hit], kept: list[tuple[int, int]]) -> bool:
    """Does what stays already give them attention (a question, thanks, their news)?"""
    return any(
        h.feature in GOOD and any(start <= h.start and h.end <= end for start, end in kept)
        for h in hits
    )


def _to_them(doc: Doc, kept: list[tuple[int, int]]) -> bool:
    """Past the greeting, does what stays speak to them ("your speech had the room laughing",
    "you must be exhausted") or exclaim ("what a night!")? Then it needs no add-on."""
    sentences = list(doc.sents)
    start = (greeting_end(sentences[0]) or sentences[0].start) if sentences else 0
    return any(
        t.i >= start and (t.lower_ in _SECOND or t.text == "!")
        for t in doc
        if any(s <= t.idx < e for s, e in kept)
    )


# "Mai mentioned you do roofing", "Tom told me you run the bakery": how the user heard of them.
_HEARD_OF = re.compile(
    r"\b(?:mentioned|told me|said|says|suggested|recommended|pointed me|passed (?:me )?along)\b",
    re.IGNORECASE,
)


def _past_greeting(doc: Doc, kept: list[tuple[int, int]]) -> bool:
    """Does anything stay besides the greeting ("Hi Cora,")?"""
    sentences = list(doc.sents)
    end = greeting_end(sentences[0]) if sentences else None
    start = doc[end].idx if end is not None and end < len(doc) else 0
    return any(doc.text[max(lo, start) : hi].strip(" ,.!") for lo, hi in kept if hi > start)


def _little_left(doc: Doc, kept: list[tuple[int, int]]) -> bool:
    """Is all that stays past the greeting a word or two ("Hi Marcus, happy Friday!")? With
    everything else cut, it needs a question to be a message."""
    sentences = list(doc.sents)
    end = greeting_end(sentences[0]) if sentences else None
    start = doc[end].idx if end is not None and end < len(doc) else 0
    words = [
        t for t in doc if t.is_alpha and t.idx >= start and any(s <= t.idx < e for s, e in kept)
    ]
    return len(words) <= 2


def _only_a_mention(doc: Doc, kept: list[tuple[int, int]]) -> bool:
    """Is all that stays past the greeting a line about who mentioned them, with no
    question, exclamation or warmth of its own? Alone it reads as a message cut short."""
    if not kept:
        return False
    sentences = list(doc.sents)
    start = greeting_end(sentences[0]) if sentences else None
    texts = []
    for lo, hi in kept:
        if start is not None and lo == sentences[0].start_char:
            lo = max(lo, doc[start].idx)
        texts.append(doc.text[lo:hi].strip())
    texts = [t for t in texts if t]
    return bool(texts) and all(
        _HEARD_OF.search(t) is not None and not t.endswith(("?", "!")) for t in texts
    )


def _without_link(sent: Span, warm: bool = False) -> str:
    """A sentence whose pitch before it was dropped must not lean on it: one opening with
    "And…" or "So…" carries the pitch on (it goes); "But mostly, thanks" keeps its thanks,
    and "Also, how did your daughter's recital go?" its question, without the link."""
    words = [t for t in sent if not t.is_space]
    if not words or words[0].lower_ not in _CARRY_ON | _CONTRAST:
        return sent.text.strip()
    if words[0].lower_ in _CARRY_ON and not warm:
        return ""
    rest = words[1:]
    while rest and (rest[0].lower_ in _SOFTENERS or rest[0].text == ","):
        rest = rest[1:]
    if not rest:
        return ""
    text = sent.doc[rest[0].i : sent.end].text.strip()
    return text[:1].upper() + text[1:]


def _inside(ranges: list[tuple[int, int]], kept: list[tuple[int, int]]) -> bool:
    return any(s <= a and b <= e for a, b in ranges for s, e in kept)


# "No pressure!", "No rush.", "Totally fine if not!", "No worries either way": a line that
# only eases the ask before it.
_SOFTENER = re.compile(
    r"^\W*(?:and |but |of course,? |honestly,? |seriously,? )?(?:"
    r"no (?:pressure|rush|hurry|obligation|worries|stress)(?: at all)?(?: if not| either way)?"
    r"|(?:totally |completely |absolutely |totally |also )?(?:fine|ok|okay|cool|no problem|"
    r"all good|understandable)(?: too| either way)? if (?:not|you(?:'re| are) (?:busy|not))"
    r"|(?:only |just )?if you(?:'re| are) (?:up for it|interested|keen)"
    r"|whenever suits(?: you)?|no need to (?:decide|commit)(?: now| yet)?"
    r")\W*$",
    re.IGNORECASE,
)


def _asks_left(hits: list[Hit], kept: list[tuple[int, int]]) -> bool:
    """Does an ask stay (one they asked for), for a softener to go with?"""
    return any(
        h.feature in ASKS and any(start <= h.start < end for start, end in kept) for h in hits
    )


def _softener(sent: Span) -> bool:
    """Is the sentence only a softener of an ask ("No pressure!", "Totally fine if not")?"""
    return _SOFTENER.match(sent.text.strip()) is not None


def _afterthought(sent: Span) -> bool:
    """A line that only makes sense after the pitch it followed: "Just asking.", "Want me to
    show you how?", "Let me know!" (no thing of its own named, and short or about me)."""
    words = [t for t in sent if t.is_alpha]
    if any(is_first_person(t) for t in sent) and any(v in sent.text.lower() for v in _COME_LOOK):
        return True  # "I could pop by next week and take a look" at what was just pitched
    if not words or any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in sent):
        return False
    if len(words) <= 3:
        return True
    text = sent.text.strip().lower()
    me = any(is_first_person(t) for t in sent)
    refers_back = any(t.lower_ in _BACK_REFERENCES for t in sent)
    # "I'd love to connect." after "who handles benefits at TD?": the ask's own wish.
    wish = me and len(words) <= 5 and any(t.lemma_.lower() == "connect" for t in sent)
    return text.startswith("let me know") or refers_back or (me and text.endswith("?")) or wish


def _warm_clause(
    doc: Doc,
    sent: Span,
    pitch_start: int,
    hits: list[Hit] | None = None,
    after_a_cut: bool = False,
) -> tuple[str, int] | None:
    """ "Great seeing you at the market, and keep me in mind when you're ready to sell" keeps
    "Great seeing you at the market." when the business starts after a clause break; not a
    clause that says what I sell ("I tutor high schoolers in math, and…") or, after a cut,
    one about the thing cut ("It saves front desks hours a week, and the first month…")."""
    cut = None
    for token in sent:
        if token.idx >= pitch_start:
            break
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.text in _CLAUSE_BREAKS or (
            token.text == "," and nxt is not None and nxt.lower_ in _JOINERS
        ):
            cut = token
    if cut is None:
        return None
    words = [t for t in doc[sent.start : cut.i] if t.is_alpha]
    if len(words) < _MIN_CLAUSE_WORDS:
        return None
    clause = doc[sent.start : cut.i]
    if not _warm_in(hits or [], clause.start_char, clause.end_char) and (
        _my_trade(clause, hits or [], True)
        or (after_a_cut and words[0].lower_ in _BACK_REFERENCES | {"they", "its"})
    ):
        return None
    ending = "!" if sent.text.rstrip().endswith("!") else "."
    text = doc[sent.start : cut.i].text.strip() + ending
    return text, doc[cut.i].idx


def _may_lower(sent: Span) -> bool:
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.pos_ != "PROPN" and first.lower_ != "i"


def _closing(sentences: list[Span]) -> Span | None:
    """A short sign-off at the end ("Best, Jo", "Thanks!") stays last."""
    if len(sentences) < 2:
        return None
    last = sentences[-1]
    words = [t for t in last if not t.is_space and not t.is_punct]
    if words and len(words) <= 5 and words[0].lower_ in _CLOSINGS:
        return last
    return None


def _join(pieces: list[tuple[str, bool]]) -> str:
    """After "Hi Sarah," the next sentence carries on in lowercase ("Hi Sarah, how did…")."""
    out = ""
    open_end = False  # the last piece ended with no stop of its own
    for piece, may_lower in pieces:
        if not piece:
            continue
        if open_end and re.match(r"(?:but|and|so|or|yet)\b", piece):
            # "I don't know a broker personally" + "but I'll ask around for you.": one
            # sentence the parser split in two stays whole (trial 18)
            out = out[:-1] + " " + piece
        elif not out:
            out = piece[:1].upper() + piece[1:]
        elif out.endswith(",") and may_lower:
            out += " " + piece[:1].lower() + piece[1:]
        else:
            out += " " + piece[:1].upper() + piece[1:]
        open_end = out[-1:].isalnum()
        if open_end:
            out += "."
    return out
