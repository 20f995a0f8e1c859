"""Picture forms that survive an untrusted notebook.

JupyterLab does not trust a notebook it did not run: it drops ``image/svg+xml`` and sanitises
``text/html``, which turns an inline ``<svg>`` into a run-on jumble of its text. An ``<img>``
whose source is a ``data:`` URI is kept by the sanitiser, so the HTML form of every picture is
the SVG as an image. The SVG itself stays in the bundle as the compared form.
"""

from __future__ import annotations

import base64
import re

from .escape import esc

_SIZE = re.compile(r'<svg[^>]*?\swidth="([0-9.]+)(?:pt|px)?"[^>]*?\sheight="([0-9.]+)(?:pt|px)?"')


def svg_size(svg: str) -> tuple[float, float] | None:
    """The width and height the SVG asks for, in CSS px (``pt`` converted), if it says."""
    m = _SIZE.search(svg)
    if m is None:
        return None
    scale = 4 / 3 if re.search(r'\swidth="[0-9.]+pt"', svg[: m.end()]) else 1.0
    return float(m.group(1)) * scale, float(m.group(2)) * scale


def svg_img_html(svg: str, alt: str, css_class: str = "am-picture") -> str:
    """``<img src="data:image/svg+xml;base64,…">`` at the SVG's own size, scrollable if wide."""
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    size = svg_size(svg)
    dims = ""
    if size is not None:
        dims = f' width="{size[0]:.0f}" height="{size[1]:.0f}"'
    return (
        f'<div class="{esc(css_class)}" style="overflow-x:auto;max-width:100%">'
        f'<img src="data:image/svg+xml;base64,{data}" alt="{esc(alt)}"{dims} '
        'style="max-width:none;height:auto;display:block"></div>'
    )
