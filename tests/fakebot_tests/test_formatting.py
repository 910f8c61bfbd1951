"""The HTML/MarkdownV2 parsers on their own: visible text, entities, tdlib's errors."""

from __future__ import annotations

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fakebot.formatting import (
    FormattedText,
    ParseError,
    parse_html,
    parse_markdown,
    parse_markdown_v2,
    trim,
    utf16_len,
)


def test_nested_html_gives_visible_text_and_entities() -> None:
    parsed = parse_html('<b>Met <i>John</i></b> at <a href="https://acme.io">Acme</a> &amp; co')
    assert parsed.text == "Met John at Acme & co"
    assert parsed.entities == [
        {"type": "bold", "offset": 0, "length": 8},
        {"type": "italic", "offset": 4, "length": 4},
        {"type": "text_link", "offset": 12, "length": 4, "url": "https://acme.io"},
    ]


def test_entity_offsets_are_utf16_code_units() -> None:
    parsed = parse_html("😀 <b>hi</b> é<u>x</u>")
    # The emoji is a surrogate pair (2 units); é is one unit.
    assert parsed.entities == [
        {"type": "bold", "offset": 3, "length": 2},
        {"type": "underline", "offset": 7, "length": 1},
    ]
    assert utf16_len(parsed.text) == 8


@pytest.mark.parametrize(
    ("source", "entity"),
    [
        ("<strong>x</strong>", {"type": "bold", "offset": 0, "length": 1}),
        ("<em>x</em>", {"type": "italic", "offset": 0, "length": 1}),
        ("<ins>x</ins>", {"type": "underline", "offset": 0, "length": 1}),
        ("<del>x</del>", {"type": "strikethrough", "offset": 0, "length": 1}),
        ("<strike>x</strike>", {"type": "strikethrough", "offset": 0, "length": 1}),
        ('<span class="tg-spoiler">x</span>', {"type": "spoiler", "offset": 0, "length": 1}),
        ("<tg-spoiler>x</tg-spoiler>", {"type": "spoiler", "offset": 0, "length": 1}),
        ("<code>x</code>", {"type": "code", "offset": 0, "length": 1}),
        ("<pre>x</pre>", {"type": "pre", "offset": 0, "length": 1}),
        (
            '<pre><code class="language-python">x</code></pre>',
            {"type": "pre", "offset": 0, "length": 1, "language": "python"},
        ),
        ("<blockquote>x</blockquote>", {"type": "blockquote", "offset": 0, "length": 1}),
        (
            "<blockquote expandable>x</blockquote>",
            {"type": "expandable_blockquote", "offset": 0, "length": 1},
        ),
        (
            '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
            {
                "type": "custom_emoji",
                "offset": 0,
                "length": 2,
                "custom_emoji_id": "5368324170671202286",
            },
        ),
        ("<B>x</B>", {"type": "bold", "offset": 0, "length": 1}),
    ],
)
def test_every_supported_tag(source: str, entity: dict[str, object]) -> None:
    assert parse_html(source).entities == [entity]


def test_numeric_and_named_entities_decode() -> None:
    assert parse_html("&lt;a&gt; &quot;q&quot; &#39; &#x27; &#128512;").text == "<a> \"q\" ' ' 😀"


@pytest.mark.parametrize(
    ("source", "error"),
    [
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<p>hi</p>", 'Unsupported start tag "p" at byte offset 0'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("a <b", "Unclosed start tag at byte offset 2"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        (
            "<a href>x</a>",
            'Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0',
        ),
        ("é <b>x</b", "Unclosed end tag at byte offset 7"),
    ],
)
def test_invalid_html_is_rejected_like_tdlib(source: str, error: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_html(source)
    assert str(info.value) == error


@pytest.mark.parametrize("source", ["Tom & Jerry", "AT&T", "&nbsp;", "&amp"])
def test_bare_ampersand_is_rejected(source: str) -> None:
    with pytest.raises(ParseError, match="does not start an HTML entity"):
        parse_html(source)


@given(st.text())
def test_escaped_text_round_trips(text: str) -> None:
    # What the bot must do with user input: html.escape() it. Then the user sees it verbatim.
    parsed = parse_html(html.escape(text))
    assert parsed == FormattedText(text, [])


def test_markdown_v2_reserved_character_error() -> None:
    with pytest.raises(ParseError) as info:
        parse_markdown_v2("Saved John.")
    assert (
        str(info.value) == "Character '.' is reserved and must be escaped with the preceding '\\'"
    )


def test_markdown_v2_entities_and_escapes() -> None:
    parsed = parse_markdown_v2(r"*Saved* _John_ __u__ ~s~ ||sp|| [acme](https://a\.io) `c\`` end\.")
    assert parsed.text == "Saved John u s sp acme c` end."
    assert [e["type"] for e in parsed.entities] == [
        "bold", "italic", "underline", "strikethrough", "spoiler", "text_link", "code",
    ]  # fmt: skip
    assert parsed.entities[5]["url"] == "https://a.io"


def test_markdown_v2_pre_with_language_and_blockquote() -> None:
    parsed = parse_markdown_v2("```python\nx = 1\n```\n>quoted\nafter")
    assert parsed.text == "x = 1\n\nquoted\nafter"
    assert parsed.entities == [
        {"type": "pre", "offset": 0, "length": 6, "language": "python"},
        {"type": "blockquote", "offset": 7, "length": 7},
    ]


def test_markdown_v2_unclosed_entity() -> None:
    with pytest.raises(ParseError, match=r"^Can't find end of Bold entity at byte offset 0$"):
        parse_markdown_v2("*bold")


def test_legacy_markdown() -> None:
    parsed = parse_markdown("*b* _i_ `c` [t](http://x.io) 1.5!")
    assert parsed.text == "b i c t 1.5!"
    assert [e["type"] for e in parsed.entities] == ["bold", "italic", "code", "text_link"]


def test_trim_shifts_entities() -> None:
    trimmed = trim(parse_html("\n  <b>hi</b>  \n"))
    assert trimmed == FormattedText("hi", [{"type": "bold", "offset": 0, "length": 2}])
