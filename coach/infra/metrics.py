"""Prometheus metrics for this process (served at /metrics when `metrics.enabled`).

Counting is cheap, so it always happens; the setting only decides whether they are served.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

REGISTRY = CollectorRegistry(auto_describe=True)

UPDATES = Counter(
    "rapport_updates_handled", "Telegram updates handled", ["kind"], registry=REGISTRY
)
DUPLICATE_UPDATES = Counter(
    "rapport_duplicate_updates", "Redelivered updates recognised and skipped", registry=REGISTRY
)
HANDLER_SECONDS = Histogram(
    "rapport_handler_seconds",
    "Time from receiving an update to finishing its handler",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
    registry=REGISTRY,
)
NOTES_SAVED = Counter("rapport_notes_saved", "Notes stored", registry=REGISTRY)
NOTES_SPOOLED = Counter(
    "rapport_notes_spooled",
    "Notes kept in the local spool during a database outage",
    registry=REGISTRY,
)
NUDGES_SENT = Counter("rapport_nudges_sent", "Nudges delivered", registry=REGISTRY)
NUDGES_FAILED = Counter(
    "rapport_nudges_failed", "Nudge deliveries that failed (retried later)", registry=REGISTRY
)
NUDGES_PENDING = Gauge(
    "rapport_nudges_pending", "Nudges waiting to be sent (all processes)", registry=REGISTRY
)
TRANSCRIPTION_SECONDS = Counter(
    "rapport_transcription_seconds", "Seconds spent transcribing voice notes", registry=REGISTRY
)


def exposition() -> bytes:
    """The metrics in Prometheus' text format."""
    return generate_latest(REGISTRY)
