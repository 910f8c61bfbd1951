"""Settings: defaults, then config.toml, then RAPPORT_<SECTION>__<KEY> environment variables."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, AliasChoices, BaseModel, Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from coach.infra.durations import Duration, parse_clock, parse_quiet_hours

DEFAULT_CONFIG_FILE = Path("config.toml")


def _clock(value: str) -> str:
    parse_clock(value)
    return value


# A time of day written HH:MM ("08:30").
ClockTime = Annotated[str, AfterValidator(_clock)]


class TelegramSettings(BaseModel):
    token: SecretStr | None = None
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"
    # polling (one process) or webhook (Telegram posts updates; several processes can serve).
    mode: Literal["polling", "webhook"] = "polling"
    # The public HTTPS URL Telegram posts to, e.g. https://bot.example.org/telegram; set on
    # start. Unset: Rapport only serves, and the webhook is set elsewhere (rapport doctor shows it).
    webhook_url: str | None = None
    # Telegram sends it in X-Telegram-Bot-Api-Secret-Token; anything else gets 403.
    webhook_secret: SecretStr | None = None
    listen: str = "0.0.0.0"
    port: int = Field(default=8080, ge=0, le=65535)
    webhook_path: str = "/telegram"
    # Serve HTTPS directly instead of behind a reverse proxy.
    tls_cert: str | None = None
    tls_key: str | None = None
    # Telegram's documented broadcast limit; raise only for a self-hosted Bot API server.
    max_messages_per_second: float = Field(default=30, gt=0)


class DatabaseSettings(BaseModel):
    url: str = "sqlite+aiosqlite:///data/rapport.db"
    echo: bool = False
    auto_migrate: bool = True


class NlpSettings(BaseModel):
    model: str = "rapport"
    # spaCy in a process of its own instead of a thread: more notes a second under load
    # where a core is free for it (bench/nlp_hosting.py), at the cost of a second interpreter.
    own_process: bool = False


class CoachSettings(BaseModel):
    default_timezone: str = "UTC"
    people_page_size: int = Field(default=10, ge=1, le=50)

    @field_validator("default_timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(
                f"unknown timezone {value!r}; use an IANA name like Europe/Berlin"
            ) from exc
        return value


class CadenceSettings(BaseModel):
    """Keep-in-touch rhythm by relationship stage: newer relationships need more care."""

    know: Duration = timedelta(days=21)
    like: Duration = timedelta(days=30)
    trust: Duration = timedelta(days=60)


class NudgeSettings(BaseModel):
    first_follow_up_after: Duration = timedelta(days=2)
    second_follow_up_after: Duration = timedelta(weeks=2)
    cadence: CadenceSettings = CadenceSettings()
    # An explicit follow-up replaces a generic nudge due this close to it.
    replace_window: Duration = timedelta(days=3)
    # Nudges arrive at this time of day in the user's timezone (then quiet hours and the
    # daily limit apply). Formerly `follow_up_time`, still read under that name.
    send_time: ClockTime = Field(
        default="09:00", validation_alias=AliasChoices("send_time", "follow_up_time")
    )
    quiet_hours: str = "21:00-08:00"
    max_per_day: int = Field(default=5, ge=1, le=100)
    dispatch_interval: Duration = timedelta(seconds=30)
    # A nudge claimed by a dispatcher that died is retried after this long.
    claim_lease: Duration = timedelta(minutes=5)
    retry_backoff: Duration = timedelta(seconds=30)
    upcoming_window: Duration = timedelta(days=14)

    @field_validator("quiet_hours")
    @classmethod
    def _quiet(cls, value: str) -> str:
        parse_quiet_hours(value)
        return value


class VoiceSettings(BaseModel):
    # A local CTranslate2 faster-whisper model directory; None means the bundled tiny.en.
    model: str | None = None
    max_duration: float = Field(default=300, gt=0)  # seconds
    # Telegram lets bots download files up to 20 MB.
    max_bytes: int = Field(default=20_000_000, gt=0)
    max_concurrent: int = Field(default=1, ge=1, le=8)
    # Bias decoding toward the user's contact names (measured: fixes names it misspells).
    hotwords: bool = True


class ReviewSettings(BaseModel):
    """The weekly review: on by default (users opt out with /review off)."""

    enabled: bool = True
    weekday: int = Field(default=6, ge=0, le=6)  # Monday 0 … Sunday 6, in the user's timezone
    time: ClockTime = "18:00"
    check_interval: Duration = timedelta(hours=1)


class ConsoleSettings(BaseModel):
    # The console coach keeps its own Rolodex under this user id; Telegram ids are positive.
    user_id: int = 0


class UpdatesSettings(BaseModel):
    # An update a live process has held this long without renewing it is replayed by another.
    lease: Duration = timedelta(minutes=5)
    # Remember handled update ids this long, so a redelivery is never answered twice.
    keep: Duration = timedelta(days=2)
    # How often a process writes its heartbeat, renews its leases and replays what dead
    # processes left; one whose heartbeat is three intervals old is taken for dead.
    recover_interval: Duration = timedelta(seconds=5)


class SpoolSettings(BaseModel):
    # Notes that arrive while the database is unreachable wait here (one file per process).
    path: str = "data/spool.jsonl"
    replay_interval: Duration = timedelta(seconds=15)


class MetricsSettings(BaseModel):
    # Prometheus metrics at /metrics (webhook server, or listen:port in polling mode).
    enabled: bool = False


class AccessSettings(BaseModel):
    """Who may use this bot. Both lists empty: anyone who finds it."""

    # Telegram user ids always let in (find yours with @userinfobot).
    allowed_user_ids: list[int] = []
    # Codes for `/start <code>`; removing a code locks out the people who joined with it.
    invite_codes: list[SecretStr] = []
    # Keep notes sent in group chats (replies there never show stored data). Off: refuse.
    allow_groups: bool = False

    @property
    def restricted(self) -> bool:
        return bool(self.allowed_user_ids or self.invite_codes)


class StorageSettings(BaseModel):
    # A Fernet key (or several, comma-separated: the first encrypts, all decrypt, for key
    # rotation). Set: note text is encrypted at rest. Generate one with `rapport keygen`.
    encryption_key: SecretStr | None = None

    @field_validator("encryption_key")
    @classmethod
    def _fernet_keys(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            from storage.crypto import check_key

            for key in _split_keys(value.get_secret_value()):
                try:
                    check_key(key)
                except ValueError as exc:
                    raise ValueError(
                        "not a Fernet key (32 url-safe base64-encoded bytes); "
                        "make one with `rapport keygen`"
                    ) from exc
        return value

    def keys(self) -> list[str]:
        if self.encryption_key is None:
            return []
        return _split_keys(self.encryption_key.get_secret_value())


def _split_keys(value: str) -> list[str]:
    return [key.strip() for key in value.split(",") if key.strip()]


class LimitSettings(BaseModel):
    """Per-user flood control (in memory, per process)."""

    # Messages a user can send at once before the bot paces them.
    burst: int = Field(default=20, ge=1, le=1000)
    # Sustained messages per minute; beyond it messages wait in line, in order.
    per_minute: float = Field(default=60, gt=0)
    # Messages held in line per user; beyond this they are refused, and the user is told.
    max_queued: int = Field(default=100, ge=0, le=10000)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="RAPPORT_", env_nested_delimiter="__", extra="ignore"
    )

    telegram: TelegramSettings = TelegramSettings()
    database: DatabaseSettings = DatabaseSettings()
    nlp: NlpSettings = NlpSettings()
    coach: CoachSettings = CoachSettings()
    nudges: NudgeSettings = NudgeSettings()
    console: ConsoleSettings = ConsoleSettings()
    voice: VoiceSettings = VoiceSettings()
    access: AccessSettings = AccessSettings()
    storage: StorageSettings = StorageSettings()
    limits: LimitSettings = LimitSettings()
    review: ReviewSettings = ReviewSettings()
    updates: UpdatesSettings = UpdatesSettings()
    spool: SpoolSettings = SpoolSettings()
    metrics: MetricsSettings = MetricsSettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Environment beats the file, so a deployment can override one key without editing it.
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))


class ConfigFileMissing(Exception):
    pass


def load_settings(config_file: str | Path | None = None) -> Settings:
    """Read settings from `config_file`, else $RAPPORT_CONFIG, else ./config.toml if present."""
    named = config_file or os.environ.get("RAPPORT_CONFIG")
    if named:
        path = Path(named)
        if not path.is_file():
            raise ConfigFileMissing(f"config file {path} does not exist")
    elif DEFAULT_CONFIG_FILE.is_file():
        path = DEFAULT_CONFIG_FILE
    else:
        return Settings()

    class FileSettings(Settings):
        model_config = SettingsConfigDict(**{**Settings.model_config, "toml_file": path})

    return FileSettings()
