"""Lists typed with any bullet mark: "・" (Japan's), "▪", "◦", "‣", "●", "➤", often glued to
the word after it ("・Mizuki Fujiwara"). The tokenizer keeps a glued mark on the word and the
reader knows lists by "•": each line's mark is read as "•", then a space."""

from __future__ import annotations

import re

# Marks that open a list's line (not "-", "*" or ">": the tokenizer splits those already,
# and "-" may be a minus or a dash).
_MARKS = "•・･▪▫◦‣●○■□►▶▸➤➢➔→⁃∙"
_BULLET = re.compile(rf"^([ \t]*)[{_MARKS}][ \t]*", re.MULTILINE)


def plain_bullets(text: str) -> str:
    """The note with each line's bullet mark said as "• "."""
    return _BULLET.sub(lambda m: f"{m.group(1)}• ", text)
