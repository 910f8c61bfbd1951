"""vCard, iCalendar and CSV: written with the standard library, vCards read with vobject.

vCard and iCalendar share a line syntax (RFC 6350/2426 and RFC 5545): CRLF line endings,
lines folded at 75 octets with CRLF + space, and ``\\``, ``,``, ``;`` and newlines escaped
in text values. Rapport's own facts travel in ``X-RAPPORT-*`` properties, which address
books ignore and Rapport reads back, so export then import gives the same contacts.
vCards are read by vobject (2.1 with quoted-printable, 3.0 and 4.0); what phones write
that it can't parse is skipped card by card, never the whole file.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import vobject

# vobject logs each line it skips, with the line's text: contact details stay out of logs.
# Its base module sets a level (and, imported before logging is set up, a handler) of its
# own, so it is quietened by name, and kept from passing records up.
for _name in ("vobject", "vobject.base"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)
logging.getLogger("vobject.base").propagate = False

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
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    birthday: str | None = None  # "YYYY-MM-DD", or "--MM-DD" without a year
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
        lines += [_property("TEL", escape_text(phone)) for phone in contact.phones]
        lines += [_property("EMAIL", escape_text(e), ";TYPE=INTERNET") for e in contact.emails]
        lines += [_property("URL", url) for url in contact.urls]
        if contact.birthday:
            lines.append(_property("BDAY", contact.birthday))
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
    text = _commas_escaped(text.lstrip("\ufeff"))
    cards = vobject.readComponents(text, ignoreUnreadable=True, allowQP=True)
    while True:
        try:
            card = next(cards)
        except StopIteration:
            return
        # vobject reads hostile input; whatever it raises, the cards before it are kept.
        except Exception:
            yield "a card that isn't valid vCard (the rest of the file was not read)"
            return
        if card.name == "VCARD":
            try:
                yield _contact_from_card(card)
            except Exception:
                yield "a card that isn't valid vCard"


# Properties whose commas separate values; in every other one a comma is text.
_LISTS = {"N", "ADR", "ORG", "CATEGORIES", "NICKNAME"}
_COMMA = re.compile(r"\\.|,")


def _commas_escaped(text: str) -> str:
    """The file with each bare comma in a text value escaped. vobject keeps a text value
    only up to its first bare comma, and phones write them bare (vCard 2.1 has no escaping;
    many 3.0 writers forget it): "a dog, named Rex" would lose "named Rex"."""
    out: list[str] = []
    escape = quoted_printable = soft_break = False
    for line in text.splitlines(keepends=True):
        head = ""
        if soft_break or line[:1] in (" ", "\t"):
            value = line  # the same property goes on
        else:
            head, colon, value = line.partition(":")
            if not colon:
                out.append(line)
                continue
            head += colon
            name = head.split(";")[0].rpartition(".")[2].strip().upper()
            escape = name not in _LISTS and name.isascii()
            quoted_printable = "QUOTED-PRINTABLE" in head.upper()
        # A quoted-printable line ending in "=" goes on at the start of the next one.
        soft_break = quoted_printable and line.rstrip("\r\n").endswith("=")
        if escape:
            value = _COMMA.sub(lambda m: "\\," if m.group() == "," else m.group(), value)
        out.append(head + value)
    return "".join(out)


def _values(card: Any, name: str) -> list[Any]:
    return [line.value for line in card.contents.get(name, [])]


def _text(value: Any) -> str:
    """One line of text from a property's value (a list for ORG, a Name for N)."""
    if isinstance(value, list):
        value = value[0] if value else ""
    return " ".join(str(value).split())


def _contact_from_card(card: Any) -> PortableContact | str:
    name = next((t for t in map(_text, _values(card, "fn")) if t), "")
    if not name:
        for n in _values(card, "n"):
            parts = (getattr(n, part, "") for part in ("prefix", "given", "additional", "family"))
            name = " ".join(" ".join(_text(p) for p in parts).split())
            if name:
                break
    if not name:
        return "a card without a name"
    facts: list[tuple[str, str]] = []
    for line in card.contents.get("x-rapport-fact", []):
        kind = _text(line.params.get("TYPE", ["other"])).lower()
        fact = _text(line.value)
        if fact:
            facts.append((kind if kind in FACT_KINDS else "other", fact))

    def first(key: str) -> str | None:
        return next((t for t in map(_text, _values(card, key)) if t), None)

    notes = [str(v).strip() for v in _values(card, "note") if str(v).strip()]
    return PortableContact(
        name=name,
        org=first("org"),
        title=first("title"),
        met_at=first("x-rapport-met-at"),
        met_on=_date(first("x-rapport-met-on") or ""),
        stage=(first("x-rapport-stage") or "").lower() or None,
        facts=facts,
        note="\n".join(notes) or None,
        phones=_distinct(_text(v).removeprefix("tel:") for v in _values(card, "tel")),
        emails=_distinct(_text(v).removeprefix("mailto:") for v in _values(card, "email")),
        urls=_distinct(_text(v) for v in _values(card, "url")),
        birthday=birthday(first("bday") or ""),
        from_rapport=any(key.startswith("x-rapport-") for key in card.contents)
        or "rapport" in (first("prodid") or "").lower(),
    )


def _distinct(values: Iterable[str]) -> list[str]:
    """Non-empty values, each once, in their order."""
    return list(dict.fromkeys(v for v in values if v))


BIRTHDAY = re.compile(r"(?:(\d{4})|--)-?(\d{2})-?(\d{2})")


def birthday(value: str) -> str | None:
    """ "1980-04-05", "19800405", "--0415", "4/5/1980" (US) and the like as "YYYY-MM-DD",
    or "--MM-DD" without a year; None for anything that is not a date."""
    value = value.strip()
    found = BIRTHDAY.match(value)
    if found:
        year, month, day = found.groups()
        # Apple writes a birthday without a year as 1604 (X-APPLE-OMIT-YEAR).
        year = None if year in (None, "1604") else year
        try:
            date(int(year or 2000), int(month), int(day))
        except ValueError:
            return None
        return f"{year}-{month}-{day}" if year else f"--{month}-{day}"
    parsed = _date(value)
    return parsed.isoformat() if parsed else None


def _date(value: str) -> date | None:
    value = value.strip()
    if not value:  # most rows have no date: strptime's failures cost 0.1 ms a pattern
        return None
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
    "Title",
    "Phones",
    "E-mails",
    "URLs",
    "Birthday",
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
                _csv_safe(contact.title or ""),
                *(
                    _csv_safe(FACT_SEPARATOR.join(values))
                    for values in (contact.phones, contact.emails, contact.urls)
                ),
                contact.birthday or "",
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
_ORG = (
    "organization",
    "organisation",
    "company",
    "organization 1 - name",
    "organization name",
    "org",
    "employer",
)
# Outlook's "Title" is Mr or Ms; its "Job Title" is the title.
_TITLE = ("job title", "position", "organization title", "organization 1 - title", "title")
_MET_ON = ("met on", "connected on")
_MET_AT = ("met at",)
_NOTE = ("notes", "note")
_BIRTHDAY = ("birthday", "birth date", "date of birth")
# Several values in one cell: "; " in Rapport's own export, " ::: " in Google's.
_MANY = re.compile(r"\s*(?:;|:::)\s*")


def _detail_columns(header: list[str]) -> dict[str, list[str]]:
    """Which columns hold phones, e-mails and URLs: Rapport's, LinkedIn's ("Email Address",
    "URL"), Google's ("Phone 1 - Value"), Outlook's ("Mobile Phone", "E-mail 2 Address")."""
    found: dict[str, list[str]] = {"phones": [], "emails": [], "urls": []}
    for column in header:
        if any(word in column for word in ("label", "type", "display")):
            continue
        if "phone" in column or column in ("mobile", "cell", "fax"):
            found["phones"].append(column)
        elif "e-mail" in column or "email" in column:
            found["emails"].append(column)
        elif column in ("url", "urls", "web page", "website", "linkedin", "profile url") or (
            column.startswith("website") and "value" in column
        ):
            found["urls"].append(column)
    return found


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
        details = _detail_columns(header)
        for row in reader:
            if any(cell.strip() for cell in row):
                yield _contact_from_row(dict(zip(header, row, strict=False)), details)
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


def _many(row: dict[str, str], columns: list[str]) -> list[str]:
    values = (v.removeprefix("'") for c in columns for v in _MANY.split(row.get(c) or ""))
    return _distinct(" ".join(v.split()) for v in values)


def _contact_from_row(row: dict[str, str], details: dict[str, list[str]]) -> PortableContact | str:
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
        title=_pick(row, _TITLE if "job title" not in row else _TITLE[:-1]) or None,
        met_at=_pick(row, _MET_AT) or None,
        met_on=_date(_pick(row, _MET_ON)),
        stage=stage or None,
        facts=facts,
        note=next((row[n].strip() for n in _NOTE if (row.get(n) or "").strip()), None),
        phones=_many(row, details["phones"]),
        emails=_many(row, details["emails"]),
        urls=_many(row, details["urls"]),
        birthday=birthday(_pick(row, _BIRTHDAY)),
    )
