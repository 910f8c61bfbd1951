"""Actions next to a date in a note, and whose they are: the user's to do, someone else's
plan, something already done, or a gathering's own date.

"call her friday" is the user's; "he said he'll swing by next week", "Dana will send it"
and "hosting a brunch dec 12" are someone else's; "had coffee tuesday" is done; "My talk is
Wednesday" and "next mtg Jan 14" date an event. The nearest subject before an action
decides, and a discourse word ("so call him monday") starts the user's own imperative.
What someone wants to do with the user ("Vikram wants to meet next week") is the user's too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.lexicon import FAMILY_NOUNS

_ACTIONS = frozenset(
    "follow followup follow-up f/u fu ping call email e-mail text txt send check reach remind "
    "circle touch catch meet coffee lunch intro introduce connect message dm ask invite "
    "schedule book set "
    # other ways people write a to-do next to a date
    "card congrats congratulate thank gift drinks drink dinner breakfast brunch zoom visit "
    "demo share forward reply respond sync chat talk reconnect write mail loop update nudge "
    "bump pitch propose quote review tag mention recommend refer tour "
    "calling emailing texting pinging sending "
    # verbs of doing something for or with someone
    "hit hook grab grabbing drop whatsapp msg ring answer tell let get look decide deliver "
    "bring stop order prep prepare do see walk chase give fix finish start submit confirm "
    "finalize go swing pop shoot sort sign pay print pick take show arrange plan try "
    "revisit discuss regroup renew research circulate ship return phone bank lodge leave "
    "bell flick gie gies "
    # a call or a message by whatever the user and they use ("buzz Tadhg", "wechat her")
    "telephone holler buzz wechat facetime skype viber signal folow speak speaking "
    "introducing meeting hitting dropping bringing telling asking checking getting "
    "catching following reaching writing post debrief find help come holla "
    # a call said in Spanish or French: "llámalo el jueves", "je la rappelle mardi"
    "llámalo llámala llámale llamar llamarlo llamarla llamarle appelle rappelle l'appelle "
    "appeler rappeler "
    # and in the other languages notes slip into for it: Portuguese "marcar" (book) and
    # "ligar" (call), Swahili "piga simu" (make a call; "nipigie", call me), Tagalog
    # "tawagan"; Caribbean and British "link" (meet up: "link her after christmas")
    "marcar ligar ligue piga nipigie mpigie tupigie tawagan tawagin link "
    # Singlish "jio" (invite: "jio him kopi next tues"), WhatsApp said "wa" ("wa him
    # besok"), and Indonesian and Malay "hubungi" (contact), "telepon"/"telefon" (ring)
    "jio wa hubungi telepon telefon "
    # things to do, said as nouns: "Proposal to Kwame by Dec 11", "mtg Wed 10am"
    "proposal deck docs slides bio samples kickoff mtg 1:1 invoice contract draft cv resume "
    "packet pass "
    "tasting walkthrough appointment appt "
    # a drink or a meal said as the plan ("a pint before christmas", "tacos next wk"), and
    # "hit me up" ("hmu thurs")
    "pint pints beer beers bevvy bevvies tacos ramen pho sushi dumplings hmu".split()
)
# Meals named by the food: a plan only right before its date ("ramen fri"), not in "his
# sushi place opens in march".
_FOODS = frozenset("tacos ramen pho sushi dumplings".split())
# Words that are a to-do only as a verb or before what it is done to: "phone him thursday",
# "bell him monday", "flick Aroha the list", "bank the takings tomorrow", "lodge the cheque",
# "leave it till after the hols"; not "a new phone friday", "the school bell", "the bank",
# "on leave until March".
_ONLY_AS_VERB = frozenset("phone bell flick bank lodge telephone buzz signal wa".split())
_VERB_OBJECTS = frozenset("him her them it the that this".split())
_DEFERRED = frozenset("it this that".split())
_LINKED = frozenset("him her them up me us".split())
# To-dos said as nouns, by their lemma: "everyone's bios by the 14th".
_THINGS_TO_DO = frozenset(
    "proposal deck doc slide bio sample invoice contract draft cv resume packet quote".split()
)
# Meals and meetings: the user's plan, unless someone else hosts them or they happened today.
_GATHERINGS = frozenset(
    "coffee lunch breakfast brunch dinner drinks drink zoom mtg meeting tasting pint pints beer "
    "beers bevvy bevvies".split()
    + list(_FOODS)
)
_HOSTING = frozenset(
    "host hosts hosting hosted throw throws throwing organize organizes organizing organise "
    "organising run runs running do doing does giving gives having has attend attends attending "
    "at".split()
)
# A subject that makes the action someone else's: "he said he'll swing by next week".
_THEM = frozenset("he she they he's she's they're".split())
_US = frozenset("i we i'll we'll i'm let's me".split())
_THEIR_VERBS = frozenset("will 'll is 's are said says wants plans needs has 'd would".split())
# Words after which an action is the user's own imperative, whoever was the subject before.
_IMPERATIVE = frozenset(
    "so then anyway yeah um uh ok okay oh pls please todo to-do tbd reminder lol 🙃".split()
)
_PAST_AUX = frozenset("had did was were went".split())
_GET_NOT_ACTION = frozenset("married engaged divorced promoted older better sick hired out".split())
# Past verbs the tagger misses at the start of a sentence ("Met Colm at the breakfast").
_PAST_WORDS = frozenset("met had saw ran went sat got spoke talked chatted bumped".split())
_BE = frozenset("is are was were 's 're be been being".split())
_OFFERED = frozenset("offered offers promised promises agreed volunteered".split())
_REPORTING = frozenset("said told asked mentioned suggested".split())
# "meeting moved to 15 December": a past verb that dates the future.
_RESCHEDULED = frozenset("moved pushed rescheduled postponed bumped changed switched".split())
# "Vikram wants to meet next week": what someone wants to do with the user is the user's too.
_MUTUAL = frozenset(
    "meet meeting coffee lunch breakfast dinner drinks catch talk chat sync connect zoom "
    "pint pints beer beers link "
    # "wants a demo next week", "wants a quote by friday": what they want from the user
    "demo quote proposal estimate intro walkthrough call tour "
    # "she wants everyone's slides by the 20th": things to hand them
    "slides deck docs bio samples invoice contract draft cv resume packet".split()
)
# "she wants to ...", "he needs to ...": what follows is theirs.
_THEIR_WANTS = frozenset("wants needs hopes plans likes loves wishes intends expects".split())
# "he'd like to meet", "she would love to grab coffee": a want, as "wants" is.
_LIKE = frozenset("like love".split())
_WOULD = frozenset("'d would".split())
_NOT_IMPERATIVE = frozenset(
    "to will 'll would 'd can could should shall might must may gonna wanna let did does do "
    "n't not never also always he she they it who and or & but + n".split()
)


def find_action(
    doc: Doc, lo: int, hi: int, span: Span, said_today: bool
) -> tuple[int | None, str | None]:
    """The user's first action in lo..hi; else why an action there is not the user's:
    "event" (a gathering's own date) or "theirs" (someone else's, or done)."""
    others: str | None = None
    for tok in doc[lo:hi]:
        if span.start <= tok.i < span.end or not _is_action(tok):
            continue
        if tok.lower_ in _FOODS and tok.i + 1 != span.start:
            continue
        if _refusing(doc, tok.i):
            continue  # "don't bother ringing her": the action refused comes next
        run_on = not said_today and tok.i > lo and tok.lower_ in _GATHERINGS
        if tok.lower_ in _MUTUAL and any(
            t.lower_ in _RESCHEDULED for t in doc[max(lo, tok.i - 3) : tok.i]
        ):
            return tok.i, others  # "he's moved our call": still the user's call
        if run_on and _run_on_to_do(doc, tok, span):
            return tok.i, others  # "...an adjuster at nordic mutual lunch week after next"
        if refused(doc, tok.i):
            others = "theirs"  # "nothing to chase this week", "no need to call him"
            continue
        if (_follow_up(tok) or _reach_out(tok)) and not _someone_follows_up(tok):
            return tok.i, others  # "…wants more clients follow up next wednesday", dictated
        if tok.lower_ in _GATHERINGS and (said_today or _hosted(doc, lo, tok.i)):
            others = "theirs"
        elif said_today and tok.tag_.startswith("NN") and not verbless(doc, lo, hi, span):
            others = "theirs"  # "Today our hospital have visit from Dr. Wang"
        elif tok.lower_ in _GATHERINGS and _an_event(doc, lo, hi, tok, span):
            others = others or "event"
        elif tok.tag_.startswith("NN") and _is_between(doc, tok, span):
            others = others or "event"  # "My talk is Wednesday", "Kickoff is Jan 7"
        elif (
            theirs(doc, lo, tok.i) or _past(doc, lo, tok) or _relatives_doing(doc, lo, tok)
        ) and not (_run_on_to_do(doc, tok, span) and _reaching(tok)):
            others = "theirs"
        else:
            return tok.i, others
    return None, others


# Said right before an action, these refuse it: "no point calling dev", "needn't chase
# her", "don't bother ringing him".
_REFUSALS = (
    "nothing to", "no need to", "no need for", "n't need to", "no rush to", "no point",
    "no point in", "not much point", "n't bother", "n't bother to", "need n't", "needn't",
    "need not", "no need to bother", "not going to", "not gonna", "do n't",
)  # fmt: skip


_REFUSING = frozenset("do does need bother".split())
_NOT = frozenset("n't not".split())


def _refusing(doc: Doc, at: int) -> bool:
    """ "do" of "don't ring", "bother" of "don't bother", "need" of "needn't": the words of
    a refusal, no action of their own."""
    if doc[at].lower_ not in _REFUSING:
        return False
    nxt = doc[at + 1].lower_ if at + 1 < len(doc) else ""
    return nxt in _NOT or (at > 0 and doc[at - 1].lower_ in _NOT)


def refused(doc: Doc, at: int) -> bool:
    """The action at `at` is one the note says is not needed: "no need to ring gary",
    "no point calling dev before Easter", "don't bother ringing her"."""
    before = " ".join(t.lower_ for t in doc[max(0, at - 5) : at])
    return before.endswith(_REFUSALS)


def _follow_up(tok: Token) -> bool:
    """ "follow up", whatever the tagger made of it in a run-on note."""
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    return tok.lower_ == "follow" and nxt == "up"


# "…looking for a broker who knows rail email him monday": a way to reach someone, with
# them as its object, is the user's imperative whatever the tagger made of the run-on;
# unless a subject, modal or "to" before it makes it someone's ("she'll call him").
_REACH = frozenset(
    "email e-mail call text txt ping message msg dm ring phone bell whatsapp wa jio".split()
)
_REACHED = frozenset("him her them back".split())  # "…a truck loan call back in two weeks"
_NOT_MINE = frozenset(
    "to will 'll would 'd can could should might must may gonna wanna he she they it who".split()
)


def _reach_out(tok: Token) -> bool:
    doc = tok.doc
    if tok.lower_ not in _REACH or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in _REACHED:
        return False
    return tok.i == 0 or doc[tok.i - 1].lower_ not in _NOT_MINE


def _someone_follows_up(tok: Token) -> bool:
    """ "she'll follow up", "Dana follows up": not the user's. A noun the parser made the
    subject of a run-on "clients follow up" is not someone."""
    if not tok.doc.has_annotation("DEP"):
        return False  # no parse (a pipeline without the parser): no subject to read
    return any(
        c.dep_ == "nsubj"
        and ((c.tag_ == "PRP" and c.lower_ not in ("i", "we")) or c.ent_type_ == "PERSON")
        for c in tok.children
    ) or any(c.tag_ == "MD" and c.lower_ not in ("'ll", "will") for c in tok.children)


def verbless(doc: Doc, lo: int, hi: int, span: Span) -> bool:
    """No verb outside the date, but "due": "Proposal to Kwame by Dec 11"."""
    return not any(
        (t.tag_.startswith("VB") or t.tag_ == "MD") and t.lower_ != "due"
        for t in doc[lo:hi]
        if not span.start <= t.i < span.end
    )


def _is_action(tok: Token) -> bool:
    if tok.lower_ in _ACTIONS or (tok.tag_ == "NNS" and tok.lemma_.lower() in _THINGS_TO_DO):
        nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
        if tok.lower_ == "set":  # "set up a call", not "the AC is set to arctic"
            return nxt in ("up", "a", "the", "it", "that", "time", "date", "meeting", "call")
        if tok.lower_ in _ONLY_AS_VERB:  # "phone Mrs Dlamini", whatever the tagger said
            after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            named = after is not None and (after.ent_type_ == "PERSON" or after.tag_ == "NNP")
            owned = tok.i > 0 and tok.doc[tok.i - 1].tag_ in ("DT", "PRP$", "JJ", "POS")
            return tok.tag_ == "VB" or nxt in _VERB_OBJECTS or (named and not owned)
        if tok.lower_ in ("speak", "speaking"):  # "speak to him", not "asked me to speak in May"
            return nxt in ("to", "with")
        if tok.lower_ == "link":  # "link her after christmas", not "the zoom link friday"
            return nxt in _LINKED and not (tok.i > 0 and tok.doc[tok.i - 1].tag_ in ("DT", "PRP$"))
        if tok.lower_ == "leave":  # "leave it till Monday": put off until then
            return nxt in _DEFERRED
        if tok.lower_ == "come":  # "he said come to the farm": an invitation to the user
            return tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("said", "says")
        return not (tok.lower_ in ("get", "getting") and nxt in _GET_NOT_ACTION)
    # the tokenizer splits "f/u" into three tokens
    doc = tok.doc
    return (
        tok.lower_ == "f"
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "/"
        and (doc[tok.i + 2].lower_ == "u")
    )


def _hosted(doc: Doc, lo: int, at: int) -> bool:
    """ "hosting a brunch dec 12", "she's doing a dinner": a gathering someone else holds."""
    return any(t.lower_ in _HOSTING for t in doc[max(lo, at - 3) : at])


def _is_between(doc: Doc, tok: Token, span: Span) -> bool:
    """ "is" between a thing and its date: "Kickoff is Jan 7"."""
    return any(_is_be(t) for t in doc[tok.i + 1 : span.start])


def _an_event(doc: Doc, lo: int, hi: int, tok: Token, span: Span) -> bool:
    """A gathering's date rather than the user's plan: "met him at the men's breakfast on
    Saturday" (the past), "Next chamber breakfast is Dec 8", "next mtg Jan 14"."""
    if past_clause(doc, lo, hi, span):
        return True
    if any(t.lower_ == "next" for t in doc[max(lo, tok.i - 2) : tok.i]):
        return True  # a series' next one: "next chamber breakfast", "next mtg"
    return _is_between(doc, tok, span)


def _is_be(tok: Token) -> bool:
    return tok.lemma_ == "be" or (not tok.lemma_ and tok.lower_ in _BE)


def theirs(doc: Doc, lo: int, at: int) -> bool:
    """Someone else does what comes at ``at``: "he said he'll swing by next week", "Dana
    will send it", "told him to come see ours". The nearest subject before it decides; a
    discourse word ("so call him monday") starts the user's own imperative."""
    if at > lo and doc[at - 1].lower_ in FAMILY_NOUNS:
        return True  # "twins start nursery in jan", "her son graduates in may"
    if at > lo and doc[at - 1].lower_ == "tax" and doc[at].lower_ == "return":
        return True  # "his tax return is due 31 jan": a form, not an action
    if _imperative(doc, at):
        return False
    if at > lo and doc[at - 1].ent_type_ == "PERSON" and doc[at].tag_.startswith("VB"):
        first = at - 1
        while first > lo and doc[first - 1].ent_type_ == "PERSON":
            first -= 1
        if first == lo or not doc[first - 1].tag_.startswith("VB"):
            return True  # "His daughter Hiwot finish high school", not "help Halima set up"
    for i in range(at - 1, lo - 1, -1):
        t = doc[i]
        low = t.lower_
        if low in _US or low in _IMPERATIVE:
            return False
        if low in _THEIR_WANTS or (low in _LIKE and i > lo and doc[i - 1].lower_ in _WOULD):
            # "wants to order a cake for the party on the 20th", not "wants to meet"
            return doc[at].lower_ not in _MUTUAL and doc[at].lemma_.lower() not in _MUTUAL
        if low in _THEM:
            return True
        if low == "to" and i > lo and doc[i - 1].lower_ in ("him", "her", "them"):
            return True  # "told him to come see ours"
        if low == "to" and i > lo and doc[i - 1].lower_ in ("me", "us", "said", "says"):
            return False  # "she said to call her", "asked me to send the deck"
        if low == "to" and i > lo and doc[i - 1].lower_ in _OFFERED:
            # "Offered to help us move mom in Jan.", but "I offered to help him friday"
            return not (i - 1 > lo and doc[i - 2].lower_ in _US)
        if (
            t.ent_type_ == "PERSON"
            and i + 1 < at
            and doc[i + 1].ent_type_ != "PERSON"
            and doc[i + 1].lower_ in _THEIR_VERBS
        ):
            return True
    return False


_PARTICLES = frozenset("back up in".split())


def _run_on_to_do(doc: Doc, tok: Token, span: Span) -> bool:
    """ "she's an actuary at nordic mutual lunch week after next", "wants a padel court at
    the club circle back in a week": in dictation with no break, an action right after a
    noun and right before its date starts the user's own to-do."""
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is None or not (prev.tag_.startswith("NN") or prev.ent_type_ == "ORG"):
        return False
    if prev.ent_type_ == "PERSON":
        return False  # "Dana coffee friday" is read by whose it is
    if prev.lower_ in ("next", "this", "last"):
        return False  # "Next meeting Jan 21": a series' next one, whatever NER made of it
    if any(t.lower_ in _HOSTING and t.lower_ != "at" for t in doc[max(0, tok.i - 3) : tok.i]):
        return False  # "she's doing a wine tasting friday"
    after = tok.i + 1
    while after < span.start and doc[after].lower_ in _PARTICLES:
        after += 1
    return after == span.start and not tok.tag_.startswith(("VBD", "VBN", "VBZ"))


def _reaching(tok: Token) -> bool:
    """ "call", "circle back", "follow up": getting back to someone, not "a stock show"."""
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    return tok.lower_ in _REACH or nxt in ("back", "up")


_LINE_LEADS = frozenset("- – — * • his her their".split())


def _relatives_doing(doc: Doc, lo: int, tok: Token) -> bool:
    """ "Son Arjun in 12th grade, writing his SATs in March": a verb in -ing opening a
    clause after a comma, in a sentence or line about a relative, says what the relative
    is doing (but not "his son nick needs pastries 👀 getting nick's number friday")."""
    if tok.i != lo or tok.tag_ != "VBG" or lo == 0 or doc[lo - 1].text != ",":
        return False
    i = lo - 1
    while i > 0 and not (doc[i - 1].text in ".!?;" or "\n" in doc[i - 1].text):
        i -= 1
    while i < lo and (doc[i].lower_ in _LINE_LEADS or doc[i].is_space):
        i += 1
    return i < lo and doc[i].lower_ in FAMILY_NOUNS


def _imperative(doc: Doc, at: int) -> bool:
    """ "... poor guy call him wednesday": a bare verb in run-on dictation that no subject,
    modal or "to" leads is the user telling themself what to do."""
    tok = doc[at]
    if at == 0:
        return False
    prev = doc[at - 1]
    if prev.lower_ in ("said", "says") and (tok.tag_ == "VB" or tok.lower_ in _ACTIONS):
        # "he said send a proposal before christmas", "she said ping her after the holidays"
        # (whatever the tagger made of "ping")
        return True
    if tok.tag_ != "VB":
        return False
    return (
        prev.lower_ not in _NOT_IMPERATIVE
        and prev.tag_ not in ("MD", "TO", "PRP")
        and not prev.tag_.startswith("VB")
    )


def _past(doc: Doc, lo: int, tok: Token) -> bool:
    """ "had coffee tuesday", "called him friday": done, not to do."""
    if _past_form(tok):
        return True
    prev = [t for t in doc[max(lo, tok.i - 2) : tok.i] if not t.is_punct]
    return bool(prev) and prev[-1].lower_ in _PAST_AUX


def past_clause(doc: Doc, lo: int, hi: int, date: Span | None = None) -> bool:
    """A verb in the past tense in lo..hi, outside the date ("coffee sat" is no "sat")."""
    words = [t for t in doc[lo:hi] if date is None or not date.start <= t.i < date.end]
    if any(t.lower_ in _RESCHEDULED for t in words):
        return False  # "meeting moved to 15 December"
    words = [t for t in words if t.lower_ not in _REPORTING]  # "He said to loop in ..."
    return any((_past_form(t) and t.tag_ == "VBD") or t.lower_ in _PAST_WORDS for t in words)


def _past_form(tok: Token) -> bool:
    """A verb in the past tense ("called", "had"); the tagger also calls an imperative
    "hook" or "set" VBD, so the word must differ from its lemma."""
    if tok.tag_ not in ("VBD", "VBN"):
        return False
    if not tok.lemma_:  # a pipeline without a lemmatizer
        return tok.lower_.endswith("ed") or tok.lower_ in _PAST_WORDS
    return tok.lower_ != tok.lemma_.lower()
