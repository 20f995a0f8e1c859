"""Escaping of user-provided strings for HTML and SVG (XML) output."""

from __future__ import annotations

import html
import re

# Characters that XML 1.0 forbids even as character references; they become U+FFFD.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def esc(text: object) -> str:
    """Escape ``str(text)`` for HTML/XML text and attribute values (quotes included)."""
    return html.escape(_XML_INVALID.sub("\ufffd", str(text)), quote=True)


def id_part(salt: object) -> str:
    """Reduce a salt to characters that are safe inside an XML id and a CSS selector."""
    return _ID_UNSAFE.sub("_", str(salt)) or "0"
