"""The Dockerfile and docker-compose.yml (not runnable here) name settings the code reads."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from bot.cli import parser
from coach.infra.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def setting_exists(variable: str) -> bool:
    """RAPPORT_SECTION__KEY names a field of Settings."""
    path = variable.removeprefix("RAPPORT_").lower().split("__")
    model: Any = Settings
    for part in path:
        fields = model.model_fields
        if part not in fields:
            return False
        model = fields[part].annotation
    return not (isinstance(model, type) and issubclass(model, BaseModel))


def test_compose_names_only_real_settings_and_commands() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"db", "migrate", "bot"} <= set(services)
    names = [n for s in services.values() for n in s.get("environment", {})]
    rapport = [n for n in names if n.startswith("RAPPORT_")]
    assert "RAPPORT_DATABASE__URL" in rapport and "RAPPORT_TELEGRAM__WEBHOOK_SECRET" in rapport
    for name in rapport:
        assert setting_exists(name), name
    assert not setting_exists("RAPPORT_TELEGRAM__NO_SUCH_KEY")
    assert services["migrate"]["command"] == ["rapport", "db", "upgrade"]
    assert services["bot"]["depends_on"]["migrate"]["condition"] == (
        "service_completed_successfully"
    )
    run = parser().parse_args(services["bot"]["command"][1:])
    assert run.command == "run" and run.webhook
    port = services["bot"]["environment"]["RAPPORT_TELEGRAM__PORT"]
    assert services["bot"]["ports"] == [port]
    url = services["bot"]["environment"]["RAPPORT_DATABASE__URL"]
    assert url.startswith("postgresql+asyncpg://") and "@db:5432/" in url


def test_dockerfile_migrates_then_serves_the_webhook() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert f"EXPOSE {Settings().telegram.port}" in dockerfile
    assert "rapport db upgrade && exec rapport run --webhook" in dockerfile
    for variable in re.findall(r"ENV (RAPPORT_\w+)=", dockerfile):
        assert setting_exists(variable), variable
