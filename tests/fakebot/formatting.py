"""Telegram's text formatting: HTML / MarkdownV2 / Markdown parsing into (text, entities).

The parsers are ports of tdlib's ``parse_html`` / ``parse_markdown_v2`` / ``parse_markdown``
(td/telegram/MessageEntity.cpp), so both the visible text and the error descriptions match what
the real Bot API produces. Offsets and lengths are in UTF-16 code units, as in the Bot API.

One deliberate deviation: tdlib shows a bare ``&`` that does not start an entity literally. Here
it is an error, because in this project it always means the bot forgot to HTML-escape user input
(the next user who types ``<`` would break the message for real).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Entity = dict[str, Any]

# tdlib's is_space(): the characters that end tag and attribute names.
_SPACE = frozenset(" \t\r\n\v\0")
_HTML_TAGS = frozenset(
    {
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler",
        "tg-emoji", "span", "pre", "code", "blockquote",
    }
)  # fmt: skip
_SIMPLE_HTML_TYPES = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "s": "strikethrough",
    "strike": "strikethrough", "del": "strikethrough", "u": "underline", "ins": "underline",
    "tg-spoiler": "spoiler", "span": "spoiler",
}  # fmt: skip
_NAMED_HTML_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
# tdlib's get_type_priority(): the tie-breaker when two entities share offset and length.
_TYPE_PRIORITY = {
    "bold": 90, "italic": 91, "underline": 92, "strikethrough": 93, "spoiler": 94,
    "custom_emoji": 99, "code": 20, "pre": 11, "text_link": 49, "text_mention": 49,
    "blockquote": 0, "expandable_blockquote": 0,
}  # fmt: skip
# tdlib's own type names, which appear in MarkdownV2 error descriptions.
_TD_NAMES = {
    "bold": "Bold", "italic": "Italic", "underline": "Underline", "strikethrough": "Strikethrough",
    "spoiler": "Spoiler", "text_link": "TextUrl", "code": "Code", "pre": "Pre",
    "custom_emoji": "CustomEmoji", "blockquote": "BlockQuote",
}  # fmt: skip


class ParseError(ValueError):
    """Raised with tdlib's message; the Bot API prefixes it with "can't parse entities: "."""


@dataclass(frozen=True)
class FormattedText:
    text: str
    entities: list[Entity]


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _char_units(ch: str) -> int:
    return 2 if ord(ch) > 0xFFFF else 1


def _byte_offset(source: str, index: int) -> int:
    # tdlib reports positions in UTF-8 bytes; only computed on the error path.
    return len(source[:index].encode("utf-8"))


def sort_entities(entities: list[Entity]) -> list[Entity]:
    """Order entities like tdlib: by offset, longer first, then by type priority."""
    return sorted(
        entities, key=lambda e: (e["offset"], -e["length"], _TYPE_PRIORITY.get(e["type"], 50))
    )


def _decode_html_entity(source: str, pos: int, *, strict: bool) -> tuple[str, int] | None:
    """Decode the entity starting at source[pos] == '&'; return (char, next_pos) or None."""
    end = pos + 1
    n = len(source)
    if end < n and source[end] == "#":
        end += 1
        value = 0
        if end < n and source[end] == "x":
            end += 1
            start = end
            while end < n and source[end] in "0123456789abcdefABCDEF":
                end += 1
            value = int(source[start:end], 16) if end > start else 0
        else:
            start = end
            while end < n and source[end].isascii() and source[end].isdigit():
                end += 1
            value = int(source[start:end]) if end > start else 0
        if value == 0 or value >= 0x10FFFF or end - pos >= 10:
            return None
        decoded = chr(value)
    else:
        while end < n and source[end].isascii() and source[end].isalpha():
            end += 1
        named = _NAMED_HTML_ENTITIES.get(source[pos + 1 : end])
        if named is None:
            return None
        decoded = named
    if end < n and source[end] == ";":
        return decoded, end + 1
    # tdlib accepts "&amp" without ';'; strict mode does not, it's almost always a typo.
    return None if strict else (decoded, end)


@dataclass
class _OpenTag:
    name: str
    argument: str
    offset: int  # UTF-16 offset in the visible text
    out_index: int  # index into the output chunks, to recover an <a>'s text
    expandable: bool


def parse_html(source: str) -> FormattedText:
    out: list[str] = []
    entities: list[Entity] = []
    stack: list[_OpenTag] = []
    offset = 0
    n = len(source)
    i = 0
    while i < n:
        ch = source[i]
        if ch == "&":
            decoded = _decode_html_entity(source, i, strict=True)
            if decoded is None:
                raise ParseError(
                    f"Character '&' at byte offset {_byte_offset(source, i)} does not start an "
                    "HTML entity (fake Telegram is strict here: escape it as &amp;)"
                )
            out.append(decoded[0])
            offset += _char_units(decoded[0])
            i = decoded[1]
            continue
        if ch != "<":
            out.append(ch)
            offset += _char_units(ch)
            i += 1
            continue
        begin = i
        if i + 1 < n and source[i + 1] == "/":
            i = _close_html_tag(source, begin, stack, entities, out, offset)
        else:
            tag, i = _open_html_tag(source, begin)
            tag.offset, tag.out_index = offset, len(out)
            stack.append(tag)
    if stack:
        raise ParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    for entity in entities:
        if entity["type"] == "code":
            entity.pop("language", None)
    return FormattedText("".join(out), sort_entities(entities))


def _skip_spaces(source: str, j: int) -> int:
    while j < len(source) and source[j] in _SPACE:
        j += 1
    return j


def _open_html_tag(source: str, begin: int) -> tuple[_OpenTag, int]:
    """Parse '<tag attr=...>' at begin; return the open tag and the index after '>'."""
    n = len(source)
    where = _byte_offset(source, begin)
    j = begin + 1
    while j < n and source[j] not in _SPACE and source[j] != ">":
        j += 1
    if j >= n:
        raise ParseError(f"Unclosed start tag at byte offset {where}")
    name = source[begin + 1 : j].lower()
    if name not in _HTML_TAGS:
        raise ParseError(f'Unsupported start tag "{name}" at byte offset {where}')
    argument = ""
    expandable = False
    while True:
        j = _skip_spaces(source, j)
        if j >= n:
            raise ParseError(f"Unclosed start tag at byte offset {where}")
        if source[j] == ">":
            break
        attr_begin = j
        while j < n and source[j] not in _SPACE and source[j] not in "=>":
            j += 1
        attr = source[attr_begin:j]
        if not attr:
            raise ParseError(f'Empty attribute name in the tag "{name}" at byte offset {where}')
        j = _skip_spaces(source, j)
        if j < n and source[j] != "=":
            # Newer tdlib accepts the valueless <blockquote expandable>.
            if name == "blockquote" and attr.lower() == "expandable":
                expandable = True
                continue
            raise ParseError(
                "Expected equal sign in declaration of an attribute of the tag "
                f'"{name}" at byte offset {where}'
            )
        j = _skip_spaces(source, j + 1)
        if j >= n:
            raise ParseError(f'Unclosed start tag "{name}" at byte offset {where}')
        value, j = _read_attribute_value(source, j)
        if j >= n:
            raise ParseError(f"Unclosed start tag at byte offset {where}")
        if name == "a" and attr == "href":
            argument = value
        elif name == "code" and attr == "class" and value.startswith("language-"):
            argument = value[len("language-") :]
        elif name == "span" and attr == "class" and value.startswith("tg-"):
            argument = value[len("tg-") :]
        elif name == "tg-emoji" and attr == "emoji-id":
            argument = value
    if name == "span" and argument != "spoiler":
        raise ParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {where}')
    return _OpenTag(name, argument, 0, 0, expandable), j + 1


def _read_attribute_value(source: str, j: int) -> tuple[str, int]:
    n = len(source)
    quote = source[j]
    if quote not in "'\"":
        # An unquoted HTML name token: letters, digits, periods, hyphens; case-insensitive.
        start = j
        while j < n and (source[j].isalnum() or source[j] in ".-"):
            j += 1
        if j < n and source[j] not in _SPACE and source[j] != ">":
            raise ParseError(
                f"Unexpected end of name token at byte offset {_byte_offset(source, start)}"
            )
        return source[start:j].lower(), j
    j += 1
    chunks: list[str] = []
    while j < n and source[j] != quote:
        if source[j] == "&":
            # Attributes stay lenient like tdlib: URLs with raw '&' are common and harmless.
            decoded = _decode_html_entity(source, j, strict=False)
            if decoded is not None:
                chunks.append(decoded[0])
                j = decoded[1]
                continue
        chunks.append(source[j])
        j += 1
    if j < n:
        j += 1
    return "".join(chunks), j


def _close_html_tag(
    source: str,
    begin: int,
    stack: list[_OpenTag],
    entities: list[Entity],
    out: list[str],
    offset: int,
) -> int:
    n = len(source)
    where = _byte_offset(source, begin)
    if not stack:
        raise ParseError(f"Unexpected end tag at byte offset {where}")
    j = begin + 2
    while j < n and source[j] not in _SPACE and source[j] != ">":
        j += 1
    end_name = source[begin + 2 : j].lower()
    j = _skip_spaces(source, j)
    if j >= n or source[j] != ">":
        raise ParseError(f"Unclosed end tag at byte offset {where}")
    tag = stack.pop()
    if end_name and end_name != tag.name:
        raise ParseError(
            f'Unmatched end tag at byte offset {where}, expected "</{tag.name}>", '
            f'found "</{end_name}>"'
        )
    if offset > tag.offset:
        entity = _html_entity(tag, offset - tag.offset, entities, "".join(out[tag.out_index :]))
        if entity is not None:
            entities.append(entity)
    return j + 1


def _html_entity(
    tag: _OpenTag, length: int, entities: list[Entity], inner_text: str
) -> Entity | None:
    base: Entity = {"offset": tag.offset, "length": length}
    last = entities[-1] if entities else None
    same_span = last is not None and (last["offset"], last["length"]) == (tag.offset, length)
    if tag.name in _SIMPLE_HTML_TYPES:
        return {"type": _SIMPLE_HTML_TYPES[tag.name], **base}
    if tag.name == "tg-emoji":
        if not tag.argument.isdigit() or int(tag.argument) == 0:
            raise ParseError("Invalid custom emoji identifier specified")
        return {"type": "custom_emoji", **base, "custom_emoji_id": tag.argument}
    if tag.name == "a":
        url = tag.argument or inner_text
        return {"type": "text_link", **base, "url": url} if url else None
    if tag.name == "pre":
        # <pre><code class="language-x">...</code></pre> becomes one pre entity with a language.
        if last is not None and same_span and last["type"] == "code" and last.get("language"):
            last["type"] = "pre"
            return None
        return {"type": "pre", **base}
    if tag.name == "code":
        if last is not None and same_span and last["type"] == "pre" and tag.argument:
            last["language"] = tag.argument
            return None
        entity: Entity = {"type": "code", **base}
        if tag.argument:
            entity["language"] = tag.argument  # dropped at the end unless wrapped in <pre>
        return entity
    kind = "expandable_blockquote" if tag.expandable else "blockquote"
    return {"type": kind, **base}


@dataclass
class _OpenMarkdown:
    type: str
    argument: str
    offset: int
    byte_offset: int
    out_index: int


_MDV2_RESERVED = "_*[]()~`>#+-=|{}.!\n"


def parse_markdown_v2(source: str) -> FormattedText:  # mirrors tdlib's state machine
    out: list[str] = []
    entities: list[Entity] = []
    stack: list[_OpenMarkdown] = []
    offset = 0
    have_blockquote = False
    n = len(source)

    def at(k: int) -> str:
        return source[k] if k < n else "\0"

    def reserved(ch: str) -> ParseError:
        return ParseError(
            f"Character '{ch}' is reserved and must be escaped with the preceding '\\'"
        )

    def unterminated(top: _OpenMarkdown) -> ParseError:
        name = "PreCode" if top.type == "pre" and top.argument else _TD_NAMES[top.type]
        return ParseError(f"Can't find end of {name} entity at byte offset {top.byte_offset}")

    i = 0
    while i < n:
        ch = source[i]
        if ch == "\\" and 0 < ord(at(i + 1)) <= 126:
            out.append(source[i + 1])
            offset += 1
            i += 2
            continue
        in_code = bool(stack) and stack[-1].type in ("code", "pre")
        if ch not in ("`" if in_code else _MDV2_RESERVED):
            out.append(ch)
            offset += _char_units(ch)
            i += 1
            continue
        closes = bool(stack) and _mdv2_closes(stack[-1].type, ch, at, i, have_blockquote)
        if not closes:
            kind = ""
            argument = ""
            byte_offset = _byte_offset(source, i)
            if ch == "_":
                kind = "underline" if at(i + 1) == "_" else "italic"
                i += kind == "underline"
            elif ch == "*":
                kind = "bold"
            elif ch == "~":
                kind = "strikethrough"
            elif ch == "|" and at(i + 1) == "|":
                kind = "spoiler"
                i += 1
            elif ch == "[":
                kind = "text_link"
            elif ch == "`" and at(i + 1) == "`" and at(i + 2) == "`":
                kind = "pre"
                i += 3
                lang_end = i
                while lang_end < n and source[lang_end] not in _SPACE and source[lang_end] != "`":
                    lang_end += 1
                if i != lang_end and lang_end < n and source[lang_end] != "`":
                    argument = source[i:lang_end]
                    i = lang_end
                if at(i) in "\r\n":  # skip one line break right after the opening fence
                    pair = at(i + 1) in "\r\n" and at(i) != at(i + 1)
                    i += 2 if pair else 1
                i -= 1
            elif ch == "`":
                kind = "code"
            elif ch == "!" and at(i + 1) == "[":
                kind = "custom_emoji"
                i += 1
            elif ch == "\n":
                out.append("\n")
                offset += 1
                if at(i + 1) == ">":
                    i += 1
                    if not have_blockquote:
                        kind = "blockquote"
                        have_blockquote = True
            elif ch == ">" and i == 0:
                kind = "blockquote"
                have_blockquote = True
            else:
                raise reserved(ch)
            i += 1
            if kind:
                stack.append(_OpenMarkdown(kind, argument, offset, byte_offset, len(out)))
            continue
        top = stack[-1]
        if ch == "\n" and top.type != "blockquote":
            raise unterminated(top)
        skip = offset == top.offset
        entity: Entity = {"type": top.type, "offset": top.offset, "length": offset - top.offset}
        if top.type in ("underline", "spoiler"):
            i += 1
        elif top.type == "pre":
            i += 2
            if top.argument:
                entity["language"] = top.argument
        elif top.type in ("text_link", "custom_emoji"):
            if at(i + 1) != "(":
                if top.type == "custom_emoji":
                    raise ParseError("Custom emoji entity must contain a tg://emoji URL")
                url = "".join(out[top.out_index :])
            else:
                url, i = _read_markdown_url(source, i + 2, top.type)
            if top.type == "custom_emoji":
                entity["custom_emoji_id"] = url.rpartition("id=")[2]
            elif url:
                entity["url"] = url
            else:
                skip = True
        elif top.type == "blockquote":
            # tdlib counts the closing line break as part of the quote.
            have_blockquote = False
            out.append("\n")
            offset += 1
            entity["length"] += 1
        if not skip:
            entities.append(entity)
        stack.pop()
        i += 1
    if have_blockquote and stack and stack[-1].type == "blockquote":
        top = stack.pop()
        if offset != top.offset:
            length = offset - top.offset
            entities.append({"type": "blockquote", "offset": top.offset, "length": length})
    if stack:
        raise unterminated(stack[-1])
    return FormattedText("".join(out), sort_entities(entities))


def _mdv2_closes(kind: str, ch: str, at: Any, i: int, have_blockquote: bool) -> bool:
    if have_blockquote and ch == "\n" and at(i + 1) != ">":
        return True
    closers: dict[str, bool] = {
        "bold": ch == "*",
        "italic": ch == "_" and at(i + 1) != "_",
        "code": ch == "`",
        "pre": ch == "`" and at(i + 1) == "`" and at(i + 2) == "`",
        "text_link": ch == "]",
        "custom_emoji": ch == "]",
        "underline": ch == "_" and at(i + 1) == "_",
        "strikethrough": ch == "~",
        "spoiler": ch == "|" and at(i + 1) == "|",
        "blockquote": False,
    }
    return closers[kind]


def _read_markdown_url(source: str, i: int, kind: str) -> tuple[str, int]:
    """Read a '(url)' body starting after '('; return the url and the index of ')'."""
    begin = i
    chars: list[str] = []
    while i < len(source) and source[i] != ")":
        if source[i] == "\\" and i + 1 < len(source) and 0 < ord(source[i + 1]) <= 126:
            chars.append(source[i + 1])
            i += 2
            continue
        chars.append(source[i])
        i += 1
    if i >= len(source):
        what = "a custom emoji URL" if kind == "custom_emoji" else "a URL"
        raise ParseError(f"Can't find end of {what} at byte offset {_byte_offset(source, begin)}")
    return "".join(chars), i


def parse_markdown(source: str) -> FormattedText:
    """Legacy ``Markdown``: *bold* _italic_ `code` ```pre``` [text](url), no nesting."""
    out: list[str] = []
    entities: list[Entity] = []
    offset = 0
    n = len(source)
    i = 0
    while i < n:
        ch = source[i]
        if ch == "\\" and i + 1 < n and source[i + 1] in "_*`[":
            out.append(source[i + 1])
            offset += 1
            i += 2
            continue
        if ch not in "_*`[":
            out.append(ch)
            offset += _char_units(ch)
            i += 1
            continue
        begin = i
        end_char = "]" if ch == "[" else ch
        i += 1
        is_pre = ch == "`" and source[i : i + 2] == "``"
        language = ""
        if is_pre:
            i += 2
            lang_end = i
            while lang_end < n and source[lang_end] not in _SPACE and source[lang_end] != "`":
                lang_end += 1
            if i != lang_end and lang_end < n and source[lang_end] != "`":
                language = source[i:lang_end]
                i = lang_end
            if i < n and source[i] in "\r\n":
                i += 1
        start_offset = offset
        start_index = i
        while i < n and (source[i] != end_char or (is_pre and source[i + 1 : i + 3] != "``")):
            out.append(source[i])
            offset += _char_units(source[i])
            i += 1
        if i >= n:
            raise ParseError(
                "Can't find end of the entity starting at byte offset "
                f"{_byte_offset(source, begin)}"
            )
        inner = source[start_index:i]
        if offset != start_offset:
            entity: Entity = {"offset": start_offset, "length": offset - start_offset}
            if ch == "[":
                url = inner
                if i + 1 < n and source[i + 1] == "(":
                    close = source.find(")", i + 2)
                    close = n if close < 0 else close
                    url = source[i + 2 : close]
                    i = close
                entity.update(type="text_link", url=url)
            else:
                kinds = {"_": "italic", "*": "bold", "`": "pre" if is_pre else "code"}
                entity["type"] = kinds[ch]
                if language:
                    entity["language"] = language
            entities.append(entity)
        i += 3 if is_pre else 1
    return FormattedText("".join(out), sort_entities(entities))


def parse(text: str, parse_mode: str | None) -> FormattedText:
    """Parse text per parse_mode (case-insensitive like the Bot API); None means plain text."""
    mode = (parse_mode or "").lower()
    if not mode:
        return FormattedText(text, [])
    if mode == "html":
        return parse_html(text)
    if mode == "markdownv2":
        return parse_markdown_v2(text)
    if mode == "markdown":
        return parse_markdown(text)
    raise ValueError(parse_mode)


def trim(formatted: FormattedText) -> FormattedText:
    """Telegram strips leading/trailing whitespace; shift and clip entities accordingly."""
    text = formatted.text
    stripped = text.strip()
    if stripped == text:
        return formatted
    lead = utf16_len(text[: len(text) - len(text.lstrip())])
    size = utf16_len(stripped)
    entities: list[Entity] = []
    for entity in formatted.entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, size)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return FormattedText(stripped, entities)
