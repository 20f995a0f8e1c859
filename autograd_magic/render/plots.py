"""Derivative plots (f, f′, f″, the current point and its tangent) as deterministic SVG."""

from __future__ import annotations

import io
import math
import textwrap

import matplotlib
import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .model import PlotView

FIGSIZE = (6.0, 3.2)
NOTE_WIDTH = 110  # characters per footnote line
NOTE_LINES = 3  # footnote lines at most
MAX_HEATMAPS = 4
COLORS = ("#1971c2", "#e8590c", "#2f9e44", "#7048e8", "#c2255c", "#495057")


def _plain(text: str) -> str:
    """Text matplotlib draws literally: ``$`` would otherwise start mathtext."""
    return str(text).replace("$", r"\$")


def _masked(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ma.MaskedArray]:
    """x and y as float arrays with NaN/inf points masked out of y."""
    x = np.asarray(x, dtype=float).reshape(-1)
    y = np.asarray(y, dtype=float).reshape(-1)
    n = min(x.shape[0], y.shape[0])
    x, y = x[:n], y[:n]
    bad = ~(np.isfinite(x) & np.isfinite(y))
    return np.where(np.isfinite(x), x, 0.0), np.ma.masked_array(y, mask=bad)


def _finite_range(values: list[np.ndarray]) -> tuple[float, float] | None:
    """The min and max of all finite values, or None when there are none."""
    lo, hi = math.inf, -math.inf
    for v in values:
        v = np.asarray(v, dtype=float)
        v = v[np.isfinite(v)]
        if v.size:
            lo, hi = min(lo, float(v.min())), max(hi, float(v.max()))
    return None if lo > hi else (lo, hi)


def figsize(view: PlotView) -> tuple[float, float]:
    """Taller when gradient heatmaps are drawn below the curves."""
    return (FIGSIZE[0], FIGSIZE[1] + 2.3) if view.heatmaps else FIGSIZE


def notes_text(notes: tuple[str, ...], width: int = NOTE_WIDTH, lines: int = NOTE_LINES) -> str:
    """The footnotes wrapped to the figure's width, at most ``lines`` lines (then ``…``)."""
    wrapped = textwrap.wrap("; ".join(notes), width) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 1] + "\u2026"
    return "\n".join(wrapped)


def _heatmaps(fig: Figure, view: PlotView, grid: object) -> None:
    """One small colour grid per parameter gradient, blue negative, red positive."""
    maps = view.heatmaps[:MAX_HEATMAPS]
    for k, hm in enumerate(maps):
        ax = fig.add_subplot(grid[1, k])  # type: ignore[index]
        v = np.asarray(hm.values, dtype=float)
        v = v.reshape(1, -1) if v.ndim < 2 else v.reshape(v.shape[0], -1)
        finite = np.abs(v[np.isfinite(v)])
        lim = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
        image = ax.imshow(
            np.ma.masked_invalid(v),
            cmap="RdBu_r",
            vmin=-lim,
            vmax=lim,
            aspect="auto",
            interpolation="nearest",
        )
        ax.set_title(_plain(hm.label), fontsize=9)
        ax.set_xticks([])
        ax.set_yticks([])
        bar = fig.colorbar(image, ax=ax, shrink=0.9, pad=0.03)
        bar.ax.tick_params(labelsize=7)
        bar.ax.yaxis.set_major_locator(MaxNLocator(3))


def _draw(fig: Figure, view: PlotView) -> None:
    """Draw the series, point, tangent, heatmaps and notes onto a fresh figure."""
    if view.heatmaps:
        cols = min(len(view.heatmaps), MAX_HEATMAPS)
        grid = fig.add_gridspec(2, cols, height_ratios=(3.2, 1.6), hspace=0.55, wspace=0.45)
        ax = fig.add_subplot(grid[0, :])
        _heatmaps(fig, view, grid)
    else:
        ax = fig.add_subplot()
    xs, ys = [], []
    for k, s in enumerate(view.series):
        x, y = _masked(s.x, s.y)
        xs.append(x[~np.ma.getmaskarray(y)])
        ys.append(y.compressed())
        ax.plot(
            x,
            y,
            color=COLORS[k % len(COLORS)],
            linewidth=1.6,
            linestyle="--" if s.dashed else "-",
            label=_plain(s.label),
        )
    x_range = _finite_range(xs)
    y_range = _finite_range(ys)
    if view.point is not None:
        px, py = (float(v) for v in view.point)
        if math.isfinite(px) and math.isfinite(py):
            if view.slope is not None and math.isfinite(view.slope) and x_range is not None:
                tx = np.array(x_range)
                ax.plot(
                    tx,
                    py + view.slope * (tx - px),
                    color="#868e96",
                    linewidth=1.0,
                    linestyle="--",
                    label=f"tangent (slope {view.slope:.4f})",
                )
            ax.plot([px], [py], "o", color="#212529", markersize=5, zorder=5)
            y_range = _finite_range([np.array(y_range or (py, py)), np.array([py])])
    if y_range is not None:
        lo, hi = y_range
        pad = (hi - lo) * 0.08 or max(abs(hi), 1.0) * 0.1
        ax.set_ylim(lo - pad, hi + pad)
    if x_range is not None and x_range[0] < x_range[1]:
        ax.set_xlim(*x_range)
    ax.axhline(0.0, color="#ced4da", linewidth=0.8, zorder=0)
    # Few ticks, no grid and a fixed title position keep the render fast.
    ax.xaxis.set_major_locator(MaxNLocator(7))
    ax.yaxis.set_major_locator(MaxNLocator(5))
    ax.set_xlabel(_plain(view.x_label))
    if view.y_label:
        ax.set_ylabel(_plain(view.y_label))
    ax.set_title(_plain(view.title), fontsize=11, y=1.0, pad=6)
    if view.series or view.slope is not None:
        ax.legend(loc="best", fontsize=8, framealpha=0.85)
    if view.notes:
        # below everything; the tight bounding box at save time keeps it (and every tick
        # label) inside the picture
        fig.text(0.01, -0.01, _plain(notes_text(view.notes)), fontsize=8, color="#c2255c", va="top")
    if not view.heatmaps:
        fig.subplots_adjust(left=0.12, right=0.98, top=0.88, bottom=0.16)


def render_plot(view: PlotView, salt: str = "0") -> str:
    """The plot as an SVG string, byte-identical for the same view and salt."""
    rc = {"svg.hashsalt": str(salt), "svg.fonttype": "path"}
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=figsize(view), dpi=100)
        _draw(fig, view)
        buf = io.StringIO()
        fig.savefig(
            buf,
            format="svg",
            metadata={"Date": None, "Creator": None},
            bbox_inches="tight",
            pad_inches=0.08,
        )
    return buf.getvalue()


def render_plot_png(view: PlotView, dpi: int = 100) -> bytes:
    """The plot as PNG bytes (no timestamp or software tag: the same view, the same bytes).

    The PNG is the form an untrusted notebook shows (JupyterLab drops its SVG); nbval does
    not compare PNG, the SVG stays the compared form.
    """
    with matplotlib.rc_context({"svg.fonttype": "path"}):
        fig = Figure(figsize=figsize(view), dpi=dpi)
        _draw(fig, view)
        buf = io.BytesIO()
        fig.savefig(
            buf,
            format="png",
            dpi=dpi,
            metadata={"Software": None},
            bbox_inches="tight",
            pad_inches=0.08,
        )
    return buf.getvalue()


class DerivativePlot:
    """A derivative plot for IPython: SVG display, short text repr."""

    def __init__(self, view: PlotView, salt: str = "0") -> None:
        """Keep the view; the SVG is rendered on first display."""
        self.view = view
        self.salt = salt
        self._svg: str | None = None
        self._png: bytes | None = None

    def _repr_svg_(self) -> str:
        """The rendered SVG (cached)."""
        if self._svg is None:
            self._svg = render_plot(self.view, self.salt)
        return self._svg

    def _repr_png_(self) -> bytes:
        """The same plot as PNG, for viewers that do not trust SVG (cached)."""
        if self._png is None:
            self._png = render_plot_png(self.view)
        return self._png

    def __repr__(self) -> str:
        """``DerivativePlot('sin(x**2)': f, f′, f″)``."""
        names = ", ".join(s.label for s in self.view.series) or "no series"
        return f"DerivativePlot({self.view.title!r}: {names})"

    def _repr_pretty_(self, p: object, cycle: bool) -> None:
        """IPython plain-text display."""
        p.text(repr(self))  # type: ignore[attr-defined]
