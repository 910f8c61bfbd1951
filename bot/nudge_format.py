"""Nudges as short Telegram HTML messages."""

from __future__ import annotations

from datetime import datetime
from html import escape

from bot import texts
from bot.formatting import day, fit, who
from coach.ideas import met_in_mourning
from coach.phrases import goes_by
from coach.sentences import proper
from coach.views import NudgeActionResult, NudgeDraft, NudgeView

GREETING = {
    "first": "👋 Nice-to-meet-you time",
    "give_value": "🎁 A chance to give first",
    "keep_in_touch": "🤝 Time to keep in touch",
    "follow_up": "📅 Follow-up due",
}


def met_line(nudge: NudgeView) -> str:
    where = f" at the {escape(proper(nudge.met_at))}" if nudge.met_at else ""
    when = f" on {day(nudge.met_on)}" if nudge.met_on else ""
    return f"You met{where}{when}." if where or when else ""


def nudge_message(nudge: NudgeView) -> str:
    kind = "keep_in_touch" if nudge.kind == "give_value" and not nudge.gives else nudge.kind
    header = GREETING.get(kind, "👋 Time to reach out")
    if kind == "first" and met_in_mourning(nudge.met_at):
        header = "🕊 A gentle check-in"  # never "nice to meet" to family met at a funeral
    lines = [f"{header}: {who(nudge.person, nudge.org)}" if nudge.person else header]
    met = met_line(nudge) if nudge.person else ""
    if met:
        lines.append(met)
    lines.append(f"💡 {escape(nudge.idea)}")
    return fit(lines)


def digest_message(nudges: list[NudgeView]) -> str:
    lines = [f"☀️ Today's people to reach out to ({len(nudges)}):"]
    for number, nudge in enumerate(nudges, start=1):
        name = f"<b>{escape(nudge.person)}</b>: " if nudge.person else ""
        lines.append(f"{number}. {name}{escape(nudge.idea)}")
    return fit(lines)


def upcoming_message(nudges: list[NudgeView], days: int, more: int = 0) -> str:
    """Nudges sent that the user hasn't acted on yet first, then what is coming; one
    numbering for both, as the buttons below say. `more`: how many later ones were left
    off, said rather than silently dropped."""
    if not nudges:
        return f"Nothing due in the next {days} days. Send me a note after your next coffee."
    lines = []
    sent = [n for n in nudges if n.sent]
    if sent:
        lines.append("📬 Nudges I sent you lately that you haven't acted on yet:")
    for number, nudge in enumerate(nudges, start=1):
        if not nudge.sent and number == len(sent) + 1:
            lines.append(f"📅 Coming up in the next {days} days:")
        lines.append(f"{number}. {when(nudge.due)}: {escape(nudge.idea)}")
    if len(sent) == len(nudges) and not more:
        lines.append(f"Nothing else due in the next {days} days.")
    if more:
        later = "one more" if more == 1 else f"{more} more"
        lines.append(f"…and {later} after these: they show here as these are done or snoozed.")
    return fit(lines)


def when(moment: datetime) -> str:
    return moment.strftime("%a %-d %b, %H:%M")


def action_message(result: NudgeActionResult) -> str:
    nudge = result.nudge
    name = escape(nudge.person or "them")
    done = {
        "done": f"✅ Nice! Logged your touch with {name}.",
        "day": f"⏰ Snoozed: I'll remind you about {name} tomorrow.",
        "week": f"⏰ Snoozed: I'll remind you about {name} in a week.",
        "skip": f"⏭ Skipped this one for {name}.",
    }[result.action]
    if result.next_due is not None and result.action in ("done", "skip"):
        done += f" Next touch: {when(result.next_due)}."
    return done


def draft_message(draft: NudgeDraft) -> str:
    """The opener, and what taking it did: the nudge is handled, the touch waits for them."""
    name = escape(draft.called or (goes_by(draft.person) if draft.person.split() else draft.person))
    return (
        f"✍️ A possible opener; make it yours:\n\n<code>{escape(draft.opener)}</code>\n\n"
        f"I've marked this nudge as handled, so it won't come back. Once you've sent it, "
        f"tap {texts.SENT_IT_BUTTON} and I'll log your touch with {name}."
    )
