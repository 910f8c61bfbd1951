"""vCard 3.0, iCalendar and CSV, written and read with the standard library.

vCard and iCalendar share a line syntax (RFC 6350/2426 and RFC 5545): CRLF line endings,
lines folded at 75 octets with CRLF + space, and ``\\``, ``,``, ``;`` and newlines escaped
in text values. Rapport's own facts travel in ``X-RAPPORT-*`` properties, which address
books ignore and Rapport reads back, so export then import gives the same contacts.
"""

from __future__ import annotations

import csv
import io
import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

CRLF = "\r\n"
FACT_KINDS = ("interest", "family", "need", "offer", "work", "plan", "topic", "other")
FACT_LABELS = {
    "interest": "Interests",
    "family": "Family",
    "need": "Needs",
    "offer": "Offers",
    "work": "Work",
    "plan": "Plans and news",
    "topic": "Talked about",
    "other": "Other notes",
}


@dataclass
class PortableContact:
    """A contact as it leaves or enters Rapport."""

    name: str
    org: str | None = None
    title: str | None = None
    met_at: str | None = None
    met_on: date | None = None
    stage: str | None = None
    facts: list[tuple[str, str]] = field(default_factory=list)
    note: str | None = None
    uid: str | None = None
    # Written by Rapport (its NOTE is a summary of the facts, not a note of the user's).
    from_rapport: bool = False


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    start: datetime
    summary: str
    description: str = ""
    duration: timedelta = timedelta(minutes=15)


# --- line syntax ---------------------------------------------------------------------------


def escape_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def unescape_text(value: str) -> str:
    out: list[str] = []
    chars = iter(value)
    for char in chars:
        if char != "\\":
            out.append(char)
            continue
        following = next(chars, "")
        out.append("\n" if following in ("n", "N") else following)
    return "".join(out)


def fold(line: str) -> str:
    """Split a content line into chunks of at most 75 octets, never inside a character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += char
        size += width
    parts.append(current)
    return (CRLF + " ").join(parts)


def unfold(text: str) -> list[str]:
    """Content lines with folding undone; accepts CRLF, LF or CR line endings."""
    lines: list[str] = []
    for raw in re.split(r"\r\n|\n|\r", text):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif raw.strip():
            lines.append(raw)
    return lines


def _split_unescaped(value: str, separator: str) -> list[str]:
    parts, current, escaped = [], "", False
    for char in value:
        if escaped:
            current += "\\" + char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append(current)
            current = ""
        else:
            current += char
    if escaped:
        current += "\\"
    parts.append(current)
    return parts


@dataclass(frozen=True)
class ContentLine:
    name: str
    params: dict[str, str]
    value: str


def parse_line(line: str) -> ContentLine | None:
    """NAME;PARAM=x;PARAM2=y:value (quoted parameter values may hold ':' and ';')."""
    in_quotes = False
    for index, char in enumerate(line):
        if char == '"':
            in_quotes = not in_quotes
        elif char == ":" and not in_quotes:
            head, value = line[:index], line[index + 1 :]
            break
    else:
        return None
    name, *raw_params = head.split(";")
    params: dict[str, str] = {}
    for raw in raw_params:
        key, _, val = raw.partition("=")
        # vCard 2.1 allows bare parameters: TEL;CELL:…, NOTE;QUOTED-PRINTABLE:…
        params[(key if val else "TYPE").upper()] = (val or key).strip('"')
    # Group prefixes (item1.EMAIL) are dropped.
    return ContentLine(name.rpartition(".")[2].upper(), params, value)


def _decoded(line: ContentLine) -> str:
    value = line.value
    encoding = line.params.get("ENCODING", "").upper()
    if encoding == "QUOTED-PRINTABLE" or line.params.get("TYPE", "").upper() == "QUOTED-PRINTABLE":
        charset = line.params.get("CHARSET", "utf-8")
        try:
            return quopri.decodestring(value.encode("ascii", "ignore")).decode(charset, "replace")
        except LookupError:
            return quopri.decodestring(value.encode("ascii", "ignore")).decode("utf-8", "replace")
    return value


# --- vCard -------------------------------------------------------------------------------


def _property(name: str, value: str, params: str = "") -> str:
    return fold(f"{name}{params}:{value}")


def _name_parts(name: str) -> tuple[str, str]:
    words = name.split()
    if len(words) < 2:
        return "", name
    return words[-1], " ".join(words[:-1])


def vcard(contacts: Iterable[PortableContact], revised: datetime) -> str:
    """A vCard 3.0 file: one card per contact, CRLF line endings, folded lines."""
    stamp = revised.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines: list[str] = []
    for contact in contacts:
        family, given = _name_parts(contact.name)
        lines += ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Rapport//Rolodex export//EN"]
        if contact.uid:
            lines.append(_property("UID", escape_text(contact.uid)))
        lines.append(_property("FN", escape_text(contact.name)))
        lines.append(_property("N", f"{escape_text(family)};{escape_text(given)};;;"))
        if contact.org:
            lines.append(_property("ORG", escape_text(contact.org)))
        if contact.title:
            lines.append(_property("TITLE", escape_text(contact.title)))
        if contact.note:
            lines.append(_property("NOTE", escape_text(contact.note)))
        lines.append("CATEGORIES:Rapport")
        if contact.met_at:
            lines.append(_property("X-RAPPORT-MET-AT", escape_text(contact.met_at)))
        if contact.met_on:
            lines.append(_property("X-RAPPORT-MET-ON", contact.met_on.isoformat()))
        if contact.stage:
            lines.append(_property("X-RAPPORT-STAGE", escape_text(contact.stage)))
        for kind, text in contact.facts:
            lines.append(_property("X-RAPPORT-FACT", escape_text(text), f";TYPE={kind}"))
        lines += [f"REV:{stamp}", "END:VCARD"]
    return "".join(line + CRLF for line in lines)


def read_vcards(text: str) -> Iterator[PortableContact | str]:
    """Contacts from a vCard file (2.1, 3.0 or 4.0); a string for a card that can't be used."""
    card: list[ContentLine] | None = None
    for raw in unfold(text.lstrip("\ufeff")):
        line = parse_line(raw)
        if line is None:
            continue
        if line.name == "BEGIN" and line.value.strip().upper() == "VCARD":
            card = []
        elif line.name == "END" and line.value.strip().upper() == "VCARD":
            if card is not None:
                yield _contact_from_card(card)
            card = None
        elif card is not None and len(card) < 500:
            card.append(line)


def _contact_from_card(lines: list[ContentLine]) -> PortableContact | str:
    values: dict[str, str] = {}
    facts: list[tuple[str, str]] = []
    for line in lines:
        decoded = _decoded(line)
        if line.name == "X-RAPPORT-FACT":
            kind = line.params.get("TYPE", "other").lower()
            text = unescape_text(decoded).strip()
            if text:
                facts.append((kind if kind in FACT_KINDS else "other", text))
        elif line.name not in values:
            values[line.name] = decoded
    name = " ".join(unescape_text(values.get("FN", "")).split())
    if not name and "N" in values:
        family, given, *rest = [*_split_unescaped(values["N"], ";"), "", ""]
        middle = rest[0] if rest else ""
        words = [unescape_text(w) for w in (given, middle, family)]
        name = " ".join(" ".join(words).split())
    if not name:
        return "a card without a name"
    org = " ".join(unescape_text(_split_unescaped(values.get("ORG", ""), ";")[0]).split())
    title = " ".join(unescape_text(values.get("TITLE", "")).split())
    met_on = _date(values.get("X-RAPPORT-MET-ON", ""))
    return PortableContact(
        name=name,
        org=org or None,
        title=title or None,
        met_at=unescape_text(values.get("X-RAPPORT-MET-AT", "")).strip() or None,
        met_on=met_on,
        stage=unescape_text(values.get("X-RAPPORT-STAGE", "")).strip().lower() or None,
        facts=facts,
        note=unescape_text(values.get("NOTE", "")).strip() or None,
        from_rapport=any(line.name.startswith("X-RAPPORT-") for line in lines)
        or "rapport" in values.get("PRODID", "").lower(),
    )


def _date(value: str) -> date | None:
    value = value.strip()
    for pattern in ("%Y-%m-%d", "%Y%m%d", "%d %b %Y", "%d %B %Y", "%m/%d/%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    return None


# --- iCalendar -----------------------------------------------------------------------------


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _duration(span: timedelta) -> str:
    minutes = max(1, int(span.total_seconds() // 60))
    return f"PT{minutes}M"


def icalendar(events: Iterable[CalendarEvent], stamp: datetime) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Rapport//Follow-ups//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Rapport follow-ups",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            _property("UID", escape_text(event.uid)),
            f"DTSTAMP:{_utc(stamp)}",
            f"DTSTART:{_utc(event.start)}",
            f"DURATION:{_duration(event.duration)}",
            _property("SUMMARY", escape_text(event.summary)),
        ]
        if event.description:
            lines.append(_property("DESCRIPTION", escape_text(event.description)))
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(line + CRLF for line in lines)


# --- CSV -----------------------------------------------------------------------------------

CSV_HEADER = [
    "Name",
    "Organization",
    "Met at",
    "Met on",
    "Stage",
    *(FACT_LABELS[kind] for kind in FACT_KINDS),
]
FACT_SEPARATOR = "; "


def contacts_csv(contacts: Iterable[PortableContact]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=CRLF)
    writer.writerow(CSV_HEADER)
    for contact in contacts:
        by_kind = {kind: [t for k, t in contact.facts if k == kind] for kind in FACT_KINDS}
        writer.writerow(
            [
                _csv_safe(contact.name),
                _csv_safe(contact.org or ""),
                _csv_safe(contact.met_at or ""),
                contact.met_on.isoformat() if contact.met_on else "",
                contact.stage or "",
                *(_csv_safe(FACT_SEPARATOR.join(by_kind[kind])) for kind in FACT_KINDS),
            ]
        )
    return out.getvalue()


def _csv_safe(value: str) -> str:
    """Spreadsheet apps run cells starting with = + - @ as formulas; a quote disarms them."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


# Header names (lowercased) from Rapport, LinkedIn, Google, Outlook and Apple exports.
_NAME = ("name", "full name", "display name", "contact name")
_FIRST = ("first name", "given name", "firstname")
_MIDDLE = ("middle name", "additional name")
_LAST = ("last name", "family name", "surname", "lastname")
_ORG = ("organization", "organisation", "company", "organization 1 - name", "org", "employer")
_TITLE = ("position", "title", "job title", "organization 1 - title")
_MET_ON = ("met on", "connected on")
_MET_AT = ("met at",)
_NOTE = ("notes", "note")


def read_csv(text: str) -> Iterator[PortableContact | str]:
    """Contacts from a CSV export; a string for a row that can't be used."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    # LinkedIn's Connections.csv opens with a few lines of notes before the header.
    start = next((i for i, line in enumerate(lines[:20]) if _is_header(line)), 0)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            "".join(lines[start : start + 5]), delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO("".join(lines[start:]), newline=""), dialect)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        if not any(h in header for h in (*_NAME, *_FIRST, *_LAST)):
            yield "no Name or First Name column in the header"
            return
        for row in reader:
            if any(cell.strip() for cell in row):
                yield _contact_from_row(dict(zip(header, row, strict=False)))
    except csv.Error:
        yield "a line that isn't valid CSV (the rest of the file was not read)"


def _is_header(line: str) -> bool:
    for delimiter in (",", ";", "\t"):
        try:
            cells = next(csv.reader([line], delimiter=delimiter), [])
        except csv.Error:
            return False
        if any(c.strip().lower() in (*_NAME, *_FIRST, *_LAST) for c in cells):
            return True
    return False


def _pick(row: dict[str, str], names: tuple[str, ...]) -> str:
    for name in names:
        value = " ".join((row.get(name) or "").split())
        if value:
            return value.removeprefix("'")
    return ""


def _contact_from_row(row: dict[str, str]) -> PortableContact | str:
    name = _pick(row, _NAME)
    if not name:
        name = " ".join(
            w for w in (_pick(row, _FIRST), _pick(row, _MIDDLE), _pick(row, _LAST)) if w
        )
    if not name:
        return "a row without a name"
    facts: list[tuple[str, str]] = []
    for kind in FACT_KINDS:
        cell = row.get(FACT_LABELS[kind].lower()) or ""
        facts += [
            (kind, part.strip()) for part in cell.split(FACT_SEPARATOR.strip()) if part.strip()
        ]
    stage = _pick(row, ("stage",)).lower()
    return PortableContact(
        name=name,
        org=_pick(row, _ORG) or None,
        title=_pick(row, _TITLE) or None,
        met_at=_pick(row, _MET_AT) or None,
        met_on=_date(_pick(row, _MET_ON)),
        stage=stage or None,
        facts=facts,
        note=_pick(row, _NOTE) or None,
    )
