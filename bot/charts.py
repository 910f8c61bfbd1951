"""The weekly review's picture: follow-ups done vs due this week, and the network by stage.

matplotlib's object API on the Agg canvas (no pyplot, no global state), so rendering is
safe off the event loop in a worker thread.
"""

from __future__ import annotations

import asyncio
import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.relationship_format import follow_ups_said
from coach.review import WeeklyReview
from coach.stages import STAGES

WIDTH, HEIGHT, DPI = 8, 4, 100  # 800 x 400 pixels
DUE_COLOUR, DONE_COLOUR = "#c9d6e3", "#2e7d32"
STAGE_COLOURS = {"know": "#90caf9", "like": "#ffb74d", "trust": "#66bb6a"}


def render_review(review: WeeklyReview) -> bytes:
    """A PNG, WIDTH*DPI by HEIGHT*DPI pixels."""
    figure = Figure(figsize=(WIDTH, HEIGHT), dpi=DPI)
    FigureCanvasAgg(figure)
    left, right = figure.subplots(1, 2, gridspec_kw={"width_ratios": [3, 2]})
    labels = [d.day.strftime("%a") for d in review.days]
    xs = range(len(review.days))
    left.bar(xs, [d.due for d in review.days], color=DUE_COLOUR, label="due")
    left.bar(xs, [d.done for d in review.days], width=0.5, color=DONE_COLOUR, label="done")
    left.set_xticks(list(xs), labels)
    left.set_title(f"Follow-ups: {follow_ups_said(review.done, review.due, review.open_count)}")
    left.yaxis.get_major_locator().set_params(integer=True)
    left.legend(loc="upper left", frameon=False)
    for side in ("top", "right"):
        left.spines[side].set_visible(False)
    counts = [review.stages.get(s, 0) for s in STAGES]
    bars = right.barh(list(STAGES), counts, color=[STAGE_COLOURS[s] for s in STAGES])
    right.bar_label(bars, padding=3)
    right.invert_yaxis()
    right.set_title(f"Your network: {sum(counts)} people")
    right.xaxis.get_major_locator().set_params(integer=True)
    right.set_xlim(0, max([*counts, 1]) * 1.25)
    for side in ("top", "right"):
        right.spines[side].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


async def review_png(review: WeeklyReview) -> bytes:
    return await asyncio.to_thread(render_review, review)
