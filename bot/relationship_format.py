"""The messages of the relationship features: gives and gets, stages, intros, balance,
events and the weekly review."""

from __future__ import annotations

from html import escape

from bot.lines import fit, who
from coach.events import EventsView
from coach.intros import IntroDraft
from coach.ledger import Balance, Recorded
from coach.phrases import goes_by
from coach.review import OpenFollowUp, WeeklyReview
from coach.sentences import for_user, gave_line, got_line, offered, said_as_act
from coach.stages import STAGE_ICONS, STAGES
from coach.views import IntroSuggestion, LedgerLine, NoteCard, PersonCard


def stage_label(stage: str) -> str:
    return f"{STAGE_ICONS.get(stage, '')} {stage}".strip()


def intro_line(s: IntroSuggestion) -> str:
    """ "💡 Chidi needs a commercial lender: you know Fatima Al-Sayed, a commercial lender at
    Crescent Bank. Offer an intro?": the match described once, in words."""
    return f"💡 {escape(s.wants)}: you know {matched(s)}. Offer an intro?"


def matched(s: IntroSuggestion) -> str:
    about = s.helper.about() if s.helper is not None else ""
    if about:
        return f"{who(s.match_name)}{escape(about)}"
    for reason in s.why.split("; "):
        said = offered(reason[7:]) if reason.startswith("offer: ") else None
        if said is not None:  # "offer: take on new clients": who offered to take on…
            return f"{who(s.match_name, s.match_org)}, who {escape(said)}"
    return who(s.match_name, s.match_org)


def ledger_lines(entries: list[LedgerLine]) -> list[str]:
    return [
        # said with /gave or /got a little earlier: the note is no second give
        f"🎁 Noted already, so I counted it once: {gave_line(who(e.name), escape(e.what))}."
        if e.again and e.direction == "gave"
        else f"🙏 Noted already, so I counted it once: {got_line(who(e.name), escape(e.what))}."
        if e.again
        else f"🎁 You gave {escape(e.name)}: {escape(for_user(e.what))}"
        if e.direction == "gave"
        # "referred O'Brien to me": "Sean Murphy referred O'Brien to you", said as done
        else f"🙏 {got_line(escape(e.name), escape(e.what))}"
        if said_as_act(e.what)
        else f"🙏 {escape(e.name)} gave you: {escape(for_user(e.what))}"
        for e in entries
    ]


def note_lines(card: NoteCard) -> list[str]:
    """Extra lines for a note's card."""
    lines = [
        f"✅ Follow-up with {escape(goes_by(p.name))} done" for p in card.people if p.follow_up_done
    ]
    lines += ledger_lines(card.ledger)
    for move in card.stage_changes:
        arrow = "⬆️" if STAGES.index(move.after) > STAGES.index(move.before) else "⬇️"
        lines.append(
            f"{arrow} {escape(move.name)}: {stage_label(move.before)} → {stage_label(move.after)}"
        )
    lines += [intro_line(s) for s in card.intros]
    return lines


def card_lines(card: PersonCard) -> list[str]:
    """Extra lines for a person's card: stage, health, given and received."""
    lines = []
    rel = card.relationship
    if rel is not None:
        lines.append(f"<b>Stage:</b> {stage_label(rel.stage)}: {escape(rel.why)}")
        if rel.next_step:
            lines.append(f"    next, {escape(rel.next_step)}")
        h = rel.health
        lines.append(f"<b>Health:</b> {h.icon} {escape(h.recency)} · {escape(h.reciprocity)}")
    if card.given:
        lines.append(f"<b>Given:</b> {escape(', '.join(map(for_user, card.given[:8])))}")
    if card.received:
        lines.append(f"<b>Received:</b> {escape(', '.join(map(for_user, card.received[:8])))}")
    return lines


def recorded(r: Recorded) -> str:
    noted = "Noted already, so I counted it once" if r.again else "Noted"
    if r.direction == "gave":
        head = f"🎁 {noted}: {gave_line(who(r.name), escape(r.what))}."
    else:
        head = f"🙏 {noted}: {got_line(who(r.name), escape(r.what))}."
    lines = [head, f"With {escape(goes_by(r.name))}: given {r.gave}, received {r.got}."]
    if r.moved_from is not None:
        lines.append(f"Stage: {stage_label(r.moved_from)} → {stage_label(r.stage)}")
    if r.direction == "got" and r.got > r.gave:
        lines.append("💡 A thank-you and a give back keep it two-way.")
    return "\n".join(lines)


def balance(b: Balance) -> str:
    lines = [f"⚖️ Give and take: you've given {b.total_gave}, received {b.total_got}."]
    if b.only_taken:
        lines.append("\n<b>Where you've taken more than given</b>")
        lines += [
            f"• {who(x.name, x.org)}: received {x.got}, given {x.gave}. {escape(x.hint)}"
            for x in b.only_taken
        ]
    if b.give_first:
        lines.append("\n<b>Where you could give first</b>")
        lines += [f"• {who(x.name, x.org)}: {escape(x.hint)}" for x in b.give_first]
    if b.promised:
        lines.append("\n<b>Gives you promised</b>")
        lines += [f"• {escape(x.hint)}" for x in b.promised]
    if not b.only_taken and not b.give_first and not b.promised:
        lines.append(
            "Nothing owed. When someone mentions a need, I'll point out who you could "
            "introduce them to."
        )
    return fit(lines)


def intro_draft(d: IntroDraft) -> str:
    return fit(
        [
            "🤝 <b>Double opt-in intro</b>: ask each of them first; connect them only if "
            "both say yes.",
            f"\n<b>To {escape(d.first)}:</b>",
            f"<code>{escape(d.first_message)}</code>",
            f"\n<b>To {escape(d.second)}:</b>",
            f"<code>{escape(d.second_message)}</code>",
        ]
    )


def events(view: EventsView) -> str:
    if not view.events:
        return (
            "No events yet. Tell me where you met people, e.g. "
            "<i>met Dana at the chamber breakfast</i>."
        )
    lines = ["📍 <b>Your events</b>"]
    for e in view.events:
        when = e.last.strftime("%a %-d %b %Y")
        if e.visits > 1:  # every visit's day, the last with its year
            earlier = [d.strftime("%a %-d %b") for d in e.days[:-1]][-4:]
            when = ", ".join([*earlier, when])
        visits = f", {e.visits} visits" if e.visits > 1 else ""
        people = ", ".join(escape(p.name) + (" ✅" if p.followed_up else "") for p in e.people[:10])
        more = f" and {len(e.people) - 10} more" if len(e.people) > 10 else ""
        lines.append(
            f"• <b>{escape(e.name)}</b> ({when}{visits}): met {len(e.people)}, followed up "
            f"{e.followed}. {people}{more}"
        )
    if view.coaching:
        lines.append(f"\n💡 {escape(view.coaching)}")
    return fit(lines)


def review(r: WeeklyReview) -> str:
    span = f"{r.start.strftime('%-d %b')} – {r.end.strftime('%-d %b %Y')}"
    stages = " · ".join(f"{stage_label(s)} {n}" for s, n in r.stages.items())
    lines = [
        f"🗓 <b>Your week</b>, {span}",
        f"Follow-ups: {follow_ups_said(r.done, r.due, r.open_count)}.",
        f"Network: {stages}",
    ]
    if r.drifting:
        lines.append("\n<b>Drifting away</b>")
        lines += [
            f"• {who(d.name, d.org)}: {d.days_quiet} days since your last touch "
            f"({stage_label(d.stage)})"
            for d in r.drifting
        ]
    if r.intros:
        lines.append("\n<b>Intros you could make</b>")
        lines += [
            f"• {escape(s.need_name)} ↔ {who(s.match_name, s.match_org)}: {escape(s.wants)}"
            for s in r.intros
        ]
    if r.owed:
        lines.append("\n<b>Gives you owe</b>")
        lines += [
            f"• {got_line(who(o.name), escape(o.what or 'help'))}; you've given {o.gave} back"
            for o in r.owed
        ]
    if r.open_follow_ups:
        lines += open_follow_ups_said(r)
    if not (r.drifting or r.intros or r.owed or r.open_follow_ups):
        lines.append("\nEveryone is in touch and nothing is owed. Lovely week.")
    lines.append("\n/review off stops these Sunday reviews.")
    return fit(lines)


def open_follow_ups_said(r: WeeklyReview) -> list[str]:
    """Who is still waiting for a follow-up, warmly and by name: the review never calls a
    week with follow-ups left undone a lovely one."""
    lines = [
        "\n<b>Follow-ups still waiting</b>",
        *(open_line(f) for f in r.open_follow_ups),
    ]
    more = r.open_count - len(r.open_follow_ups)
    if more > 0:
        lines.append(f"…and {more} more, in /nudges.")
    if r.open_count == 1:
        lines.append("A short hello today is all it takes.")
    else:
        lines.append("A short hello is all each one takes, and one today is a good start.")
    return lines


def open_line(f: OpenFollowUp) -> str:
    line = f"• {who(f.name)}, due {f.due.strftime('%a %-d %b')}"
    return line + " (drafted; tap ✅ Sent it once it's gone)" if f.drafted else line


def follow_ups_said(done: int, due: int, waiting: int = 0) -> str:
    """ "3 done of 5 due"; a week that also finished older ones never says "6 done of 5", and
    one with follow-ups still waiting never says "4 done of 4 due" (trial 21)."""
    if waiting and done >= due:
        return f"{done} done this week, {waiting} still waiting"
    if done == due == 0:
        return "none fell due this week"
    if done <= due:
        return f"{done} done of {due} due"
    return f"{done} done this week, {due} fell due"
