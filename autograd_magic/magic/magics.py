"""The ``%%autograd`` cell magic: run the cell, then show how reverse mode sees it."""

from __future__ import annotations

import hashlib
import re
import sys
from typing import Any

from IPython.core.error import UsageError
from IPython.core.magic import Magics, cell_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring
from IPython.display import display

from ..core.tensor import Tensor
from ..render import DerivativePlot
from .analysis import analyze, build_graph, choose_output
from .capture import Capture, name_vars, paused, tensor_names
from .errors import cell_traceback, explain, show_cell_traceback
from .outputs import ErrorNote, GraphPicture, InteractiveGraph, Note, Table
from .plots import PlotChoiceError, PlotRequest, plot_view
from .real_common import RealCaptures, mixed_message, nothing_message, replayable
from .runner import hide_magic_frame, run_body

NO_OPERATIONS = (
    "%%autograd: this cell recorded no operations, so there is no graph to show. Operations "
    "are recorded on tensors that require grad (or that a GradientTape watches), and not "
    "inside no_grad()."
)


def parse_range(text: str) -> tuple[float, float]:
    """``'LO:HI'`` as two floats with LO < HI; ``UsageError`` otherwise."""
    parts = text.split(":")
    try:
        if len(parts) != 2:
            raise ValueError
        lo, hi = float(parts[0]), float(parts[1])
    except ValueError:
        raise UsageError(
            f"%%autograd --range expects LO:HI, two numbers such as -2:2 (got {text!r})"
        ) from None
    if not lo < hi:
        raise UsageError(f"%%autograd --range expects LO < HI (got {text!r})")
    return lo, hi


def salt_of(line: str, cell: str) -> str:
    """A short, stable salt for SVG ids and hashes: the same cell gives the same outputs."""
    return hashlib.sha1(f"{line}\n{cell}".encode()).hexdigest()[:10]


def _flush_inline_figures() -> None:
    """Show the cell's own pending matplotlib figures first, as a normal cell would."""
    if "matplotlib.pyplot" not in sys.modules or "matplotlib_inline" not in sys.modules:
        return
    try:
        import matplotlib

        # the raw setting: get_backend() could resolve (and switch) an automatic backend
        if "inline" not in str(dict.__getitem__(matplotlib.rcParams, "backend")):
            return
        from matplotlib_inline.backend_inline import flush_figures

        flush_figures()
    except Exception:  # the figures will then appear after the magic's outputs, as usual
        return


def _grad_status(t: Tensor) -> str:
    if t._node is not None:
        return "made by an operation"
    return "requires grad" if t._requires_grad else "requires_grad=False"


@magics_class
class AutogradMagics(Magics):
    """Registers ``%%autograd``.

    ``last_outputs`` keeps the objects the last run displayed (snapshots: strings, arrays and
    the renderers' views, no tensors), for inspection.
    """

    last_outputs: list[Any] = []
    _widgets_of_cell: dict[str, list[Any]]

    @magic_arguments(name="%autograd")  # the usage line then reads "%%autograd"
    @argument(
        "--of",
        metavar="NAME",
        help="the output to differentiate (default: what the cell differentiated, e.g. z in "
        "z.backward() or tape.gradient(z, x); else its last scalar result)",
    )
    @argument(
        "--wrt",
        metavar="NAME",
        help="the input to plot against (a number or a 1-D tensor the output depends on)",
    )
    @argument(
        "--range",
        metavar="LO:HI",
        dest="range",
        help="the plotted input range, e.g. --range=-3:3 (default: around the current value)",
    )
    @argument("--second", action="store_true", help="also plot the second derivative")
    @argument("--no-table", dest="table", action="store_false", help="no gradient table")
    @argument("--no-graph", dest="graph", action="store_false", help="no computation graph")
    @argument("--no-plot", dest="plot", action="store_false", help="no derivative plot")
    @argument(
        "--no-widget",
        dest="widget",
        action="store_false",
        help="draw the graph as a static picture instead of the interactive widget",
    )
    @cell_magic
    def autograd(self, line: str, cell: str) -> None:
        """Run the cell as usual, then show how automatic differentiation sees it.

        The cell runs exactly as without the magic (same prints, value, errors, gradients).
        Then, for the tensors and operations it made: a table of values and gradients with a
        finite-difference check, the computation graph (click a node for its chain rule, step
        through the backward pass), and plots of the output and its derivative, computed by
        replaying the recorded operations. The magic's gradients come from its own copy of
        the graph: no .grad changes. When the cell raises, the table and graph show what it
        recorded up to the error, common autograd mistakes are explained in plain words,
        and the cell still fails.

        Cells may use this project's autograd_magic.torch / autograd_magic.tf (no install
        needed) or the real ``import torch`` / ``import tensorflow as tf`` when installed: the
        real libraries run unchanged and the views show their own names (grad_fn names such as
        PowBackward0, TensorFlow op types such as Pow); an operation the engine does not know
        is computed by the library itself, or marked "not followed".

        Examples:

            %%autograd
            x = torch.tensor(3.0, requires_grad=True)
            y = x**2
            z = torch.sin(y)
            z.backward()

            %%autograd --of y --range=-2:2 --second --no-table
        """
        __tracebackhide__ = True  # noqa: F841 - read by IPython's traceback formatter
        self.last_outputs = []
        args = self._parse(line)
        lo_hi = parse_range(args.range) if args.range is not None else None
        shell = self.shell
        # the tensors themselves, not their ids: a tensor freed by the cell can leave its id to a
        # new one, which would then pass for the old binding
        before = dict(tensor_names(shell.user_ns))
        capture = Capture()
        real = RealCaptures(cell, shell.user_ns)  # the real torch / tensorflow, if used
        files: list[str] = []
        try:
            with capture, real:
                run_body(shell, line, cell, files)
        except BaseException as err:
            hide_magic_frame()
            if files and isinstance(err, Exception) and not isinstance(err, UsageError):
                self._show_failure(err, files[0], capture, real, args, lo_hi, line, cell, before)
            raise
        with paused():
            try:
                outputs = self._outputs(capture, args, lo_hi, line, cell, before, real)
            except UsageError:
                raise
            except Exception as err:  # the cell itself ran fine: report, do not fail it
                outputs = [
                    Note(f"%%autograd could not show this cell: {type(err).__name__}: {err}")
                ]
        self._show(outputs, line, cell)

    def _show(self, outputs: list[Any], line: str, cell: str) -> None:
        """Display the outputs; first close the widgets this cell's previous run made."""
        self.last_outputs = outputs
        key = self._cell_key(line, cell)
        if not hasattr(self, "_widgets_of_cell"):
            self._widgets_of_cell = {}
        for old in self._widgets_of_cell.pop(key, []):
            try:
                old.close()
            except Exception:  # an already closed or broken widget: nothing to free
                pass
        made = [o for o in outputs if hasattr(o, "close") and hasattr(o, "comm")]
        if made:
            self._widgets_of_cell[key] = made
        _flush_inline_figures()
        for obj in outputs:
            display(obj)

    def _cell_key(self, line: str, cell: str) -> str:
        """The notebook cell being run (JupyterLab sends its id), else the cell's text."""
        parent: Any = {}
        kernel = getattr(self.shell, "kernel", None)
        try:
            parent = kernel.get_parent("shell") if kernel is not None else {}
        except Exception:  # an older kernel without get_parent: fall back to the text
            parent = {}
        meta = parent.get("metadata") if isinstance(parent, dict) else None
        cell_id = meta.get("cellId") if isinstance(meta, dict) else None
        return f"id:{cell_id}" if isinstance(cell_id, str) else f"text:{salt_of(line, cell)}"

    def _show_failure(
        self,
        err: Exception,
        cell_file: str,
        capture: Capture,
        real: RealCaptures,
        args: Any,
        lo_hi: tuple[float, float] | None,
        line: str,
        cell: str,
        before: dict[str, Tensor],
    ) -> None:
        """The cell raised: a plain cell's traceback, an explanation, and what was recorded.

        Never raises itself: the user's exception is what the cell reports.
        """
        tb = err.__traceback__
        try:
            short = cell_traceback(tb, cell_file)
            if short is not None:
                show_cell_traceback(self.shell, err, short)
            shown: list[Any] = []
            with paused():
                try:
                    shown = self._outputs(capture, args, lo_hi, line, cell, before, real)
                    shown = [o for o in shown if not isinstance(o, (Note, DerivativePlot))]
                except Exception:  # nothing more to show than the explanation
                    pass
            graph = next((o.graph for o in shown if isinstance(o, Table)), None)
            why = explain(err, tb, cell_file, cell, self.shell.user_ns, graph)
            if not shown and why is None:
                return  # nothing recorded, nothing to explain: just the traceback
            outputs: list[Any] = [ErrorNote(type(err).__name__, why, bool(shown)), *shown]
        except Exception:  # noqa: BLE001 - the user's error must surface unchanged
            return
        finally:
            del tb
        self._show(outputs, line, cell)

    def _parse(self, line: str) -> Any:
        """Parse the options; a bad one is a UsageError that lists those allowed."""
        # argparse reads "--range -2:2" as two options; glue a negative range to its flag.
        line = re.sub(r"(--range)\s+(?=-)", r"\1=", line)
        try:
            return parse_argstring(self.autograd, line)
        except UsageError as err:
            usage = self.autograd.parser.format_usage().strip(": \n")
            raise UsageError(f"%%autograd: {err}\nusage: {usage}") from None

    def _outputs(
        self,
        capture: Capture,
        args: Any,
        lo_hi: tuple[float, float] | None,
        line: str,
        cell: str,
        before: dict[str, Tensor],
        real: RealCaptures,
    ) -> list[Any]:
        """The table, graph and plot for what the cell recorded (or a short note)."""
        got = self._recorded(capture, real, before)
        if isinstance(got, Note):
            return [got]
        ir, calls, names, tensors, notes = got
        try:
            output, seed, called = choose_output(ir, names, calls, args.of)
        except KeyError:
            valid = ", ".join(names[i] for i in sorted(names)) or "(none: no tensor is named)"
            raise UsageError(
                f"%%autograd --of {args.of}: no tensor of this cell is named {args.of!r}; "
                f"choose one of: {valid}"
            ) from None
        an = analyze(ir, names, output, seed, called)
        an.notes.extend(notes)
        graph = build_graph(an, tensors)
        tensors.clear()
        salt = salt_of(line, cell)
        outputs: list[Any] = []
        if args.table:
            outputs.append(Table(graph, an.notes))
        if args.graph:
            outputs.append(
                InteractiveGraph(graph, salt) if args.widget else GraphPicture(graph, salt)
            )
        asked = args.wrt is not None or lo_hi is not None or args.second
        if (args.plot or asked) and not replayable(ir):
            if asked:
                outputs.append(Note("%%autograd: no plot: an operation is not followed."))
        elif args.plot or asked:
            request = PlotRequest(args.wrt, lo_hi, args.second)
            try:
                view, why = plot_view(ir, an.names, output, an.values, an.grads, cell, request)
            except PlotChoiceError as err:
                valid = ", ".join(err.choices) or "(none)"
                raise UsageError(
                    f"%%autograd --wrt {err.name}: not an input the output depends on that "
                    f"is a number or a 1-D float tensor; choose one of: {valid}"
                ) from None
            if view is not None:
                outputs.append(DerivativePlot(view, salt=f"{salt}p"))
            elif asked:
                outputs.append(Note(f"%%autograd: no plot: {why}."))
        return outputs

    def _recorded(self, capture: Capture, real: RealCaptures, before: dict[str, Tensor]) -> Any:
        """What the cell recorded: (IR, differentiation calls, names, named tensors, notes)
        from this project's front ends or from one real framework; else a Note saying why
        there is no graph."""
        rec = capture.recorder
        ns = self.shell.user_ns
        used = real.used(ns)
        failed = capture.failed or next((c.failed for c in used if c.failed), None)
        if failed is not None:
            err = failed
            return Note(f"%%autograd could not record this cell: {type(err).__name__}: {err}")
        ir = rec.finish()
        if used and (ir.eqns or len(used) > 1):
            ours = [f"autograd_magic ({len(ir.eqns)} operations)"] if ir.eqns else []
            return Note(mixed_message(ours + [c.seen() for c in used]))
        if used:
            return used[0].result(ns)
        if not ir.eqns:
            seen = real.seen_nothing(ns)
            if seen:  # the cell used a real framework: say what it did with it
                return Note(nothing_message(seen))
            return Note(self._nothing_recorded(rec, ns, before))
        names, tensors = name_vars(rec, ns)
        return ir, rec.calls, names, tensors, []

    @staticmethod
    def _nothing_recorded(rec: Any, ns: dict[str, Any], before: dict[str, Tensor]) -> str:
        lines = [NO_OPERATIONS]
        made = [(n, t) for n, t in tensor_names(ns) if before.get(n) is not t]
        if made:
            lines.append(
                "Tensors bound by this cell: "
                + ", ".join(f"{n} ({_grad_status(t)})" for n, t in made)
                + "."
            )
        if any(r is None for call in rec.calls for r in call.roots):
            lines.append(
                "The cell ran a backward pass through a graph recorded in an earlier cell: "
                "run %%autograd on the cell that builds the graph to see it."
            )
        return "\n".join(lines)


def _plain_help(doc: str | None) -> str | None:
    """IPython's argument help starts with a reST ``::`` before the usage line; say "Usage:"."""
    if doc and doc.startswith("::\n"):
        return "Usage:\n" + doc[3:].lstrip("\n")
    return doc


AutogradMagics.autograd.__doc__ = _plain_help(AutogradMagics.autograd.__doc__)
