"""Renderers for recorded graphs: gradient table, graph SVG and widget, derivative plots.

They draw plain snapshots (``model.GraphView``/``model.PlotView``), never live tensors.
``naming`` calls unnamed values by their expressions and labels operations by what they
compute; ``static`` gives every picture a form an untrusted notebook still shows.
"""

from .graph_svg import graph_svg
from .plots import DerivativePlot, render_plot
from .table import GradientTable
from .text import fmt, graph_text
from .widget import GraphWidget

__all__ = [
    "DerivativePlot",
    "GradientTable",
    "GraphWidget",
    "fmt",
    "graph_svg",
    "graph_text",
    "render_plot",
]
