"""The relationship data Rapport keeps, one row owner per Telegram user."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, ForeignKey, Index, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storage.columns import CleanString, UTCDateTime, clean_on_set
from storage.crypto import EncryptedJSON, EncryptedText

# Stable constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class NoteStatus(StrEnum):
    SAVED = "saved"  # kept as sent, not read yet
    ENRICHED = "enriched"  # read: contacts, facts and follow-ups stored
    FAILED = "failed"  # reading failed; the note is kept as sent
    UNDONE = "undone"
    REPLACED = "replaced"  # fixed: a corrected note took its place


class NudgeStatus(StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"  # a dispatcher is sending it (until claimed_until)
    SENT = "sent"
    DONE = "done"
    SKIPPED = "skipped"
    # The user took a draft for it: acted on, so it stops coming back, but no touch is
    # logged until they say they sent it (Done).
    DRAFTED = "drafted"
    CANCELLED = "cancelled"  # replaced by a follow-up asked for around the same time


class UpdateStatus(StrEnum):
    CLAIMED = "claimed"  # a process is handling it (until claimed_until)
    DONE = "done"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
    }


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    timezone: Mapped[str | None] = mapped_column(CleanString(64))
    # What the user does (/me): a contact's need for it is the user's to meet, not an intro.
    my_work: Mapped[str | None] = mapped_column(CleanString(200))
    # Nudge preferences; None means the deployment's default from settings.
    quiet_hours: Mapped[str | None] = mapped_column(CleanString(16))
    digest_time: Mapped[str | None] = mapped_column(CleanString(8))
    paused_until: Mapped[datetime | None] = mapped_column()
    # Set when Telegram says the user blocked the bot: stop sending, keep the data.
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    last_tip_at: Mapped[datetime | None] = mapped_column()
    # Access control: a hash of the invite code the user joined with (/start <code>).
    invite_hash: Mapped[str | None] = mapped_column(CleanString(64))
    # /deleteme asked; typing "delete everything" soon after erases the user.
    erase_requested_at: Mapped[datetime | None] = mapped_column()
    # The weekly review (Sunday evening): opted out, and when it was last sent.
    review_opt_out: Mapped[bool] = mapped_column(Boolean, default=False)
    last_review_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_user_recent", "user_id", "updated_at"),
        Index("ix_contacts_user_name", "user_id", "name_key"),
        Index("ix_contacts_user_touch", "user_id", "last_touch_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(CleanString(200))
    name_key: Mapped[str] = mapped_column(CleanString(200))
    org: Mapped[str | None] = mapped_column(CleanString(200))
    met_at: Mapped[str | None] = mapped_column(CleanString(200))
    met_on: Mapped[date | None] = mapped_column(Date)
    # know / like / trust: how far the relationship has come.
    stage: Mapped[str] = mapped_column(CleanString(8), default="know")
    # Keep-in-touch cadence chosen by the user; None follows the stage's default.
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    # The last note, interaction or completed nudge: keep-in-touch timers count from here.
    last_touch_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A relative ("her husband Tom"): the relation word, and whose relative they are
    # (None with a relation: the user's own relative).
    relation: Mapped[str | None] = mapped_column(CleanString(32))
    relative_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL", name="fk_contacts_relative_of")
    )
    # Contact details, as imported or shared from an address book. Lists keep every
    # number, address and link; a birthday is "YYYY-MM-DD", or "--MM-DD" without a year.
    title: Mapped[str | None] = mapped_column(CleanString(200))
    phones: Mapped[list[str] | None] = mapped_column(JSON)
    emails: Mapped[list[str] | None] = mapped_column(JSON)
    urls: Mapped[list[str] | None] = mapped_column(JSON)
    birthday: Mapped[str | None] = mapped_column(CleanString(10))
    # Other names the notes give them ("goes by Wendy"), and "he"/"she" as the notes say.
    aka: Mapped[list[str] | None] = mapped_column(JSON)
    pronoun: Mapped[str | None] = mapped_column(CleanString(8))


class Note(Base):
    """A note exactly as the user sent it; enrichment happens after it is safely stored."""

    __tablename__ = "notes"
    __table_args__ = (
        Index("ix_notes_user_created", "user_id", "created_at"),
        # A redelivered or replayed message finds its note instead of storing it twice.
        Index("ix_notes_user_source", "user_id", "source_key", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    # Encrypted at rest when storage.encryption_key is set (storage/crypto.py).
    text: Mapped[str] = mapped_column(EncryptedText)
    status: Mapped[str] = mapped_column(CleanString(16), default=NoteStatus.SAVED)
    event: Mapped[str | None] = mapped_column(CleanString(200))
    extraction: Mapped[dict[str, Any] | None] = mapped_column(EncryptedJSON)
    error: Mapped[str | None] = mapped_column(EncryptedText)
    # Where the note came from ("tg:<chat>:<message>"), so a message is stored at most once.
    source_key: Mapped[str | None] = mapped_column(CleanString(64))
    # The card the note was answered with: a replay after a crash sends the same card again.
    card: Mapped[dict[str, Any] | None] = mapped_column(EncryptedJSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class NoteContact(Base):
    """Which contacts a note touched, and what undoing it must restore."""

    __tablename__ = "note_contacts"
    __table_args__ = (Index("ix_note_contacts_contact", "contact_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    created_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    previous_name: Mapped[str | None] = mapped_column(CleanString(200))
    previous_org: Mapped[str | None] = mapped_column(CleanString(200))


class Fact(Base):
    __tablename__ = "facts"
    __table_args__ = (Index("ix_facts_user_kind", "user_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("notes.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(CleanString(16))
    text: Mapped[str] = mapped_column(CleanString(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Replaced by a later note (a correction, or news that supersedes it): kept, not shown.
    superseded_at: Mapped[datetime | None] = mapped_column()
    superseded_by_note_id: Mapped[int | None] = mapped_column(
        ForeignKey("notes.id", ondelete="SET NULL", name="fk_facts_superseded_by_note")
    )


class Interaction(Base):
    """A touch with a contact: a note, a done nudge, something given or received."""

    __tablename__ = "interactions"
    __table_args__ = (
        # One contact's touches, gives and gets (the card, stages): kind narrows it in the index.
        Index("ix_interactions_user_contact_kind", "user_id", "contact_id", "kind"),
        # The ledger, /balance and the weekly review read one kind over a time range.
        Index("ix_interactions_user_kind_created", "user_id", "kind", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("notes.id", ondelete="CASCADE"), index=True
    )
    # note, nudge_done, gave, got
    kind: Mapped[str] = mapped_column(CleanString(16))
    summary: Mapped[str] = mapped_column(CleanString(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Nudge(Base):
    """A follow-up the bot will send. The row, not the scheduler's memory, is the truth."""

    __tablename__ = "nudges"
    __table_args__ = (
        Index("ix_nudges_status_due", "status", "due_at"),
        Index("ix_nudges_user_status_due", "user_id", "status", "due_at"),
        # One contact's open follow-ups (the card), without walking all the user's pending ones.
        Index("ix_nudges_user_contact_status", "user_id", "contact_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("notes.id", ondelete="CASCADE"), index=True
    )
    # first, give_value, keep_in_touch, follow_up (asked for in a note or by /followup)
    kind: Mapped[str] = mapped_column(CleanString(16))
    reason: Mapped[str] = mapped_column(CleanString(300), default="")
    due_at: Mapped[datetime] = mapped_column()
    status: Mapped[str] = mapped_column(CleanString(16), default=NudgeStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_until: Mapped[datetime | None] = mapped_column()
    sent_at: Mapped[datetime | None] = mapped_column()
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The detail its line was built from, so the next nudge to them says something else.
    fact_id: Mapped[int | None] = mapped_column(
        ForeignKey("facts.id", ondelete="SET NULL", name="fk_nudges_fact")
    )


class PendingMention(Base):
    """A person in a note who could be one of several contacts; waits for the user's pick."""

    __tablename__ = "pending_mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    mention: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON)
    candidate_ids: Mapped[list[int]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ProcessedUpdate(Base):
    """A Telegram update a bot process took on: redeliveries are skipped, and one whose
    process died before finishing it (payload still here, lease run out) is replayed."""

    __tablename__ = "processed_updates"
    __table_args__ = (Index("ix_processed_updates_status_claimed", "status", "claimed_until"),)

    bot_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(CleanString(8), default=UpdateStatus.CLAIMED)
    claimed_until: Mapped[datetime | None] = mapped_column()
    # Whose message it is: /deleteme erases unfinished updates too, and the payload (the
    # message itself, until handled) is encrypted like note text.
    user_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    payload: Mapped[dict[str, Any] | None] = mapped_column(EncryptedJSON)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # The process handling it (BotProcess.id): when that process stops beating, the update
    # is replayed at once instead of after its lease.
    owner: Mapped[str | None] = mapped_column(CleanString(32))


class BotProcess(Base):
    """A running bot process, which writes `beat_at` every few seconds while it lives."""

    __tablename__ = "bot_processes"

    id: Mapped[str] = mapped_column(CleanString(32), primary_key=True)
    bot_id: Mapped[int] = mapped_column(BigInteger)
    started_at: Mapped[datetime] = mapped_column()
    beat_at: Mapped[datetime] = mapped_column()


clean_on_set(Base)
