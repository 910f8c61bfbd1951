"""Coach results as short Telegram HTML messages."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from html import escape

from bot import relationship_format
from bot.lines import fit, who
from bot.texts import FIX_KEPT, SENT_AGAIN
from coach.drafts import DraftCheck
from coach.sentences import for_user, offered, proper
from coach.views import (
    ContactDetails,
    ContactLine,
    FactView,
    FindResult,
    FollowUpView,
    NoteCard,
    PeoplePage,
    PersonCard,
    PersonLookup,
    Question,
    RelativeView,
    Resolution,
    SavedPerson,
    UndoResult,
)

FACT_LABELS = {
    "interest": "into",
    "family": "family",
    "need": "needs",
    "offer": "offers",
    "work": "work",
    "plan": "news",
    "topic": "talked about",
    "other": "notes",
}


def day(value: date) -> str:
    return value.strftime("%a %-d %b %Y")


def facts_line(facts: list[FactView]) -> str:
    """ "work: CPA · into: golf · offered to introduce you to her banker friends": an offer
    is said with the user's own pronouns, not the note's "intro me to"."""
    groups: dict[str, list[str]] = {}
    said: list[str] = []
    for fact in facts:
        line = offered(fact.text) if fact.kind == "offer" else None
        if line is not None:
            said.append(escape(line))
            continue
        groups.setdefault(fact.kind, []).append(escape(for_user(fact.text)))
    parts = [f"{FACT_LABELS.get(k, k)}: {', '.join(v)}" for k, v in groups.items()]
    return " · ".join(parts + said)


def person_lines(person: SavedPerson) -> list[str]:
    status = "New contact" if person.created else "Updated"
    org = person.org
    if person.previous_org and org:
        org = f"{org}, was {person.previous_org}"
    line = f"{'✅' if person.created else '🔁'} {status}: {who(person.name, org)}"
    if not (person.created or person.facts or person.replaced or person.previous_org):
        # Nothing new about them: the note is kept with them, not an empty "Updated".
        line = f"📝 Noted for {who(person.name, org)}"
    if person.relation:
        line += f" — {escape(relative_label(person.relation, person.relative_of))}"
    lines = [line]
    if person.facts:
        lines.append(f"    {facts_line(person.facts)}")
    if person.replaced:
        lines.append(f"    Replaces: {escape('; '.join(person.replaced))}")
    if person.cancelled:
        days = listed([day(d) for d in person.cancelled])
        plural = "s" if len(person.cancelled) > 1 else ""
        lines.append(f"    Cancelled the follow-up{plural} on {days}.")
    return lines


def with_article(work: str) -> str:
    """ "contractor" -> "a contractor", "pediatric nurse" -> "a pediatric nurse"; a phrase
    that does something ("does ux research", "runs a bakery") or has its own article stays."""
    words = work.split()
    if not words or len(words) > 2 or words[0].lower() in ("a", "an", "the", "his", "her"):
        return work
    first = words[0].lower()
    if first.endswith(("s", "ed", "ing")) or (words[0].isupper() and len(words[0]) > 1):
        return work  # "does ux research", "retired", "CFO"
    return ("an " if first[:1] in "aeiou" else "a ") + work


def relative_label(relation: str, of: str | None) -> str:
    """ "Gloria's husband", "your sister"."""
    if of in (None, "you"):
        return f"your {relation}"
    return f"{of}’{'' if of.endswith('s') else 's'} {relation}"


def follow_up_line(follow_up: FollowUpView) -> str:
    """ "📅 Check in with Priya Natarajan on Tue 1 Dec 2026": the reason as what to do;
    one that reads as no action ("launch") is quoted from the note, not pasted as a verb."""
    said = f" (“{escape(follow_up.said)}”)" if follow_up.said else ""
    line = follow_up.line
    if line is not None:
        return f"📅 {escape(line)} on {day(follow_up.due)}{said}"
    person = f" with {escape(follow_up.person)}" if follow_up.person else ""
    what = f", about “{escape(follow_up.what)}”" if follow_up.what else ""
    return f"📅 Follow up{person} on {day(follow_up.due)}{said}{what}"


def note_card(card: NoteCard) -> str:
    if card.replayed:
        # Replayed after a crash: it may have reached the user before, so say why it is back.
        text = note_card(replace(card, replayed=False))
        return f"{SENT_AGAIN}\n{text}" if text.strip() else text
    if card.enrichment_failed:
        return (
            "📝 Your note is saved, but I couldn't read it just now. "
            "Nothing is lost: /undo removes it, or send it again in other words."
        )
    if card.kept_earlier:
        # (the rest of the card says what this note itself added)
        text = note_card(replace(card, kept_earlier=False))
        return f"{FIX_KEPT}\n{text}"
    lines: list[str] = []
    for person in card.people:
        lines += person_lines(person)
    lines += [follow_up_line(f) for f in card.follow_ups]
    lines += relationship_format.note_lines(card)
    if card.event:
        lines.append(f"📍 Met at {escape(card.event)}")
    if card.topics and not card.people and not card.questions:
        lines.append(f"🏷 Topics: {escape(', '.join(card.topics))}")
    # ("actually mid january, not friday" moves someone's follow-up: no name, yet theirs)
    moved = any(f.person for f in card.follow_ups)
    if not card.people and not card.questions and not moved:
        lines.insert(
            0,
            "📝 Note saved. I didn't spot a name in it, so no contact was changed. "
            "Tip: write it like <i>met Sarah Chen from Acme, loves sailing</i>.",
        )
    return fit(lines)


def question(ask: Question) -> str:
    if ask.unsure:
        return f"🤔 Is “{escape(ask.name)}” a person? I’d rather ask than guess."
    return f"🤔 Which {escape(ask.name)} did you mean? Pick one, or make a new contact."


def which_contact(name: str) -> str:
    return f"🤔 Which {escape(name)} did you mean?"


def resolution(result: Resolution) -> str:
    if result.person is None:
        return "Done."
    return fit(
        person_lines(result.person)
        + [follow_up_line(f) for f in result.follow_ups]
        + relationship_format.ledger_lines(result.ledger)
    )


def undo_result(result: UndoResult | None) -> str:
    if result is None:
        return "There's nothing to undo."
    lines = [f"↩️ Undone: <i>{escape(shorten(result.note_text, 80))}</i>"]
    # Each change in words, so nobody is deleted without the user reading who.
    if result.removed:
        lines.append(f"Removed {escape(listed(result.removed))}, whom this note added.")
    if result.kept:
        lines.append(
            f"Kept {escape(listed(result.kept))}, as you saved more about them after this "
            "note. To delete someone for good, use /forget with their name."
        )
    if result.updated:
        lines.append(f"Took back what this note said about {escape(listed(result.updated))}.")
    return fit(lines)


def listed(names: list[str]) -> str:
    """ "Tom", "Tom and Dana", "Tom, Dana and Ray"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def shorten(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def contact_line(contact: ContactLine) -> str:
    where = []
    if contact.met_at:
        where.append(f"met at {escape(contact.met_at)}")
    if contact.met_on:
        where.append(day(contact.met_on))
    suffix = f" — {', '.join(where)}" if where else ""
    return f"• {who(contact.name, contact.org)}{suffix}"


def people_page(page: PeoplePage) -> str:
    if page.total == 0:
        return "No contacts yet. Send me a note after your next coffee or mixer."
    header = f"👥 Your people ({page.total}), page {page.page} of {page.pages}:"
    lines = [header, *(contact_line(c) for c in page.contacts)]
    if page.relatives:
        n = page.relatives
        lines.append(
            f"👪 {n} relative{'' if n == 1 else 's'} of your people left out: "
            "each is on their person's card (/person &lt;name&gt;)."
        )
    return fit(lines)


# Words that add nothing to a Family line that names the same relatives: "husband is Obi".
_JUST_SAYING = frozenset(
    "is was are a an the named called and her his their baby girl boy little new , ; - "
    "deacon pastor mama papa aunty auntie uncle chief mr mrs ms dr".split()
)


def _only_names(fact: str, family: list[RelativeView]) -> bool:
    """ "husband is Deacon Tunde, a baby girl, Toluwani" when the Family line already says
    "husband Tunde; daughter Toluwani": the note's wording of the same relatives."""
    said = {w for r in family for w in f"{r.relation} {r.name}".casefold().split()}
    words = fact.casefold().replace(",", " , ").split()
    return bool(family) and all(w in said or w in _JUST_SAYING for w in words)


_PARTNERS = frozenset("wife husband partner spouse fiancé fiancée fiance fiancee".split())
_DUE = ("due ", "baby due ", "baby's due ", "expecting in ")


def person_card(card: PersonCard) -> str:
    contact = card.contact
    lines = [f"👤 {who(contact.name, contact.org)}"]
    if card.relation:
        label = relative_label(card.relation, card.relative_of)
        # "Mike Brennan’s son": only the first letter raised, the name kept as it is.
        lines.append(escape(label[:1].upper() + label[1:]))
    if contact.met_at or contact.met_on:
        where = f" at {escape(contact.met_at)}" if contact.met_at else ""
        when = f" on {day(contact.met_on)}" if contact.met_on else ""
        lines.append(f"Met{where}{when}")
    lines += detail_lines(card.details)
    groups: dict[str, list[str]] = {}
    # "husband tom" said as a fact is the relative the Family line names already.
    named = {f"{r.relation} {r.name}".casefold() for r in card.family}
    partners = [r for r in card.family if r.relation.casefold() in _PARTNERS]
    due: dict[int, str] = {}
    for fact in card.facts:
        if fact.kind == "family" and (
            fact.text.casefold() in named or _only_names(fact.text, card.family)
        ):
            continue
        if fact.kind == "family" and fact.text.casefold().startswith(_DUE):
            # "due in march" of "his wife Ana is pregnant, due in march": hers, said beside
            # her name ("wife Ana, due in March"), never a Family line alone (trial 18)
            if len(partners) == 1:
                due[partners[0].contact_id] = proper(fact.text)
            continue
        groups.setdefault(fact.kind, []).append(escape(for_user(fact.text)))
    for kind, texts in groups.items():
        lines.append(f"<b>{FACT_LABELS.get(kind, kind).capitalize()}:</b> {', '.join(texts)}")
    # "wife Kiran just had a baby girl" said above names Kiran already: not "wife Kiran" again
    said = [f.text.casefold() for f in card.facts if f.kind == "family"]
    unsaid = [
        r
        for r in card.family
        if r.work
        or r.contact_id in due
        or not any(t.startswith(f"{r.relation} {r.name}".casefold() + " ") for t in said)
    ]
    if unsaid:
        family = [
            f"{r.relation} {r.name}"
            + (f", {with_article(r.work)}" if r.work else "")
            + (f", {due[r.contact_id]}" if r.contact_id in due else "")
            for r in unsaid
        ]
        lines.append(f"<b>Family:</b> {escape('; '.join(family))}")
    if card.changes:
        lines.append("<b>What changed:</b>")
        lines += [f"  {escape(proper(c.said))} (noted {day(c.noted)})." for c in card.changes]
    lines += [follow_up_line(f) for f in card.follow_ups]
    if card.next_nudge is not None:
        lines.append(f"🔔 I'll remind you to reach out on {day(card.next_nudge)}")
    lines += relationship_format.card_lines(card)
    if card.timeline:
        lines.append("<b>Notes:</b>")
        lines += [
            f"  {entry.when:%d %b %Y}: {escape(shorten(entry.text, 200))}"
            for entry in card.timeline
        ]
    return fit(lines)


def detail_lines(details: ContactDetails) -> list[str]:
    """Title, phones, e-mails, links and birthday, one line each that has any."""
    lines = []
    if details.title:
        lines.append(f"💼 {escape(details.title)}")
    for icon, values in (("📞", details.phones), ("✉️", details.emails), ("🔗", details.urls)):
        if values:
            lines.append(f"{icon} " + ", ".join(escape(v) for v in values[:5]))
    if details.birthday:
        lines.append(f"🎂 Birthday: {birthday(details.birthday)}")
    return lines


def birthday(value: str) -> str:
    """ "1980-04-05" as "5 Apr 1980"; "--04-15" as "15 Apr"."""
    try:
        if value.startswith("--"):
            return date(2000, int(value[2:4]), int(value[5:7])).strftime("%-d %b")
        return date.fromisoformat(value).strftime("%-d %b %Y")
    except ValueError:
        return value


def not_found(name: str, lookup: PersonLookup) -> str:
    text = f"I don't know anyone called <b>{escape(shorten(name, 60))}</b> yet."
    if lookup.suggestions:
        text += " Did you mean " + " or ".join(escape(s) for s in lookup.suggestions) + "?"
    return text


def _find_header(query: str) -> str:
    """ "/find who needs catering" heads its list "Who needs catering:", the question as
    asked; a bare word or two, "Who you know for caterers:" (trial 25: "Who you know for
    who needs catering")."""
    asked = shorten(query.strip().rstrip("?").strip(), 80)
    if asked.casefold().startswith("who "):
        said = re.sub(r"\bi\b", "I", asked[:1].upper() + asked[1:])
        return f"🔎 {escape(said)}:"
    return f"🔎 Who you know for <i>{escape(asked)}</i>:"


def find_result(result: FindResult) -> str:
    if not result.hits:
        return (
            f"I couldn't find anyone for <i>{escape(shorten(result.query, 80))}</i>. "
            "Capture a few notes first, or try other words."
        )
    lines = [_find_header(result.query)]
    for hit in result.hits:
        why = "; ".join(escape(for_user(r)) for r in hit.reasons[:3])
        lines.append(f"• {who(hit.contact.name, hit.contact.org)}" + (f" — {why}" if why else ""))
    return fit(lines)


CHECK_BADGES = {
    "pitch_first": "🔴 <b>Pitch-first</b>",
    "mixed": "🟡 <b>Mixed</b>",
    "relationship_first": "🟢 <b>Relationship-first</b>",
}
MAX_SUGGESTION = 1500


def check_card(result: DraftCheck) -> str:
    a = result.assessment
    lines = [f"{CHECK_BADGES[a.verdict]} · pitch score {a.score}/100"]
    if result.contact_name and result.relationship is not None:
        lines.append(
            f"To {who(result.contact_name, None)}: "
            f"{escape(result.said_of(result.relationship.describe(), named=True))}"
        )
    elif result.candidates:
        names = " or ".join(escape(n) for n in result.candidates)
        lines.append(f"Which one did you mean, {names}? Try <code>/check @Full Name …</code>")
    elif result.unknown_name:
        lines.append(
            f"I don't know {escape(shorten(result.unknown_name, 40))} yet, "
            "so I read it without your history."
        )
    if a.reasons:
        lines += ["", "<b>What reads as a pitch</b>"]
        lines += [
            f"• “{escape(shorten(r.phrase, 80))}”: {escape(result.said_of(r.why))}"
            for r in a.reasons
        ]
    if a.strengths:
        lines += ["", "<b>What's good</b>"]
        lines += [f"• {escape(result.said_of(s))}" for s in a.strengths]
    if a.verdict == "relationship_first" and a.suggestion == result.draft:
        lines += ["", "Looks good to send. ✨"]
    elif a.suggestion:
        title = "Looks good. One idea to make it even warmer:" if not a.reasons else "Try this:"
        suggestion = a.suggestion
        if len(suggestion) > MAX_SUGGESTION:
            suggestion = suggestion[: MAX_SUGGESTION - 1] + "…"
        lines += ["", f"✍️ <b>{title}</b>", f"<i>{escape(suggestion)}</i>"]
    return fit(lines)
