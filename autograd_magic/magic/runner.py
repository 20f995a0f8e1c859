"""Run a cell body as IPython runs a normal cell, without a nested ``run_cell``.

The body is transformed by IPython's input transformers (so ``!ls``, ``%time`` and ``x?``
work), cached under the current execution count (tracebacks say ``Cell In[n], line k``, with
``k`` counting the ``%%autograd`` line as line 1, as the user sees the cell), parsed, passed
through the shell's AST transformers, and executed in the user namespace. The last expression
goes to the display hook, so ``Out[n]`` and ``_`` behave as usual; a trailing ``;`` silences it.
Exceptions are not caught: they propagate out of the magic, so the cell fails, its traceback is
shown by IPython, and "Run All" stops. The frames of this module are hidden from tracebacks.
"""

from __future__ import annotations

import ast
import sys
from typing import Any

from IPython.core.displayhook import DisplayHook
from IPython.core.error import UsageError

SYNTAX_ERROR = "%%autograd: the cell has a syntax error (shown above), so it did not run."


def cell_text(line: str, body: str) -> str:
    """The cell as the user wrote it: the magic line, then the body."""
    head = "%%autograd" + (f" {line}" if line.strip() else "")
    return f"{head}\n{body}"


def _interactive_nodes(nodes: list[ast.stmt], interactivity: str) -> tuple[list, list]:
    """Split statements into those run silently and those whose value is displayed.

    Mirrors ``InteractiveShell.run_ast_nodes``: 'last_expr' (the default), 'last',
    'last_expr_or_assign', 'all' and 'none'.
    """
    if not nodes:
        return [], []
    if interactivity == "last_expr_or_assign":
        last = nodes[-1]
        target = None
        if isinstance(last, ast.Assign) and len(last.targets) == 1:
            target = last.targets[0]
        elif isinstance(last, (ast.AugAssign, ast.AnnAssign)):
            target = last.target
        if isinstance(target, ast.Name):
            expr = ast.Expr(ast.Name(target.id, ast.Load()))
            ast.copy_location(expr, last)
            ast.fix_missing_locations(expr)
            nodes = [*nodes, expr]
        interactivity = "last_expr"
    if interactivity == "last_expr":
        interactivity = "last" if isinstance(nodes[-1], ast.Expr) else "none"
    if interactivity == "none":
        return nodes, []
    if interactivity == "last":
        return nodes[:-1], nodes[-1:]
    if interactivity == "all":
        return [], nodes
    raise ValueError(f"Interactivity was {interactivity!r}")


def hide_magic_frame() -> None:
    """Hide IPython's ``run_cell_magic`` frame from the traceback of a failing cell.

    IPython's traceback formatter skips frames that define ``__tracebackhide__``; marking the
    frame that called the magic leaves the cell's own frames as the traceback's content.
    """
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "run_cell_magic" and str(
            frame.f_globals.get("__name__", "")
        ).startswith("IPython."):
            try:
                frame.f_locals["__tracebackhide__"] = True
            except Exception:  # read-only frame locals: the frame is merely shown
                pass
            return
        frame = frame.f_back


def _compile(shell: Any, body: str, name: str) -> list[tuple[Any, bool]]:
    """Parse, transform and compile the body: (code, displays its value) per part."""
    compiler = shell.compile
    # A leading newline puts the body's first line on line 2, below the magic line.
    tree = compiler.ast_parse("\n" + body, filename=name)
    tree = shell.transform_ast(tree)
    if tree is None:
        return []
    interactivity = shell.ast_node_interactivity
    if DisplayHook.semicolon_at_end_of_expression(body):
        interactivity = "none"  # the outer cell's own check sees the magic call, not the body
    silent, shown = _interactive_nodes(list(tree.body), interactivity)
    codes = []
    if silent:
        codes.append((compiler(ast.Module(silent, type_ignores=[]), name, "exec"), False))
    for node in shown:
        codes.append((compiler(ast.Interactive([node]), name, "single"), True))
    return codes


def cell_number(shell: Any) -> int:
    """The running cell's ``In[n]`` number (IPython 9 advances its counter before running)."""
    result = getattr(shell.displayhook, "exec_result", None)
    count = getattr(result, "execution_count", None)
    return shell.execution_count if count is None else count


def run_body(shell: Any, line: str, body: str, files: list[str] | None = None) -> None:
    """Execute ``body`` in ``shell``'s user namespace as a normal cell; errors propagate.

    The name the cell's code is compiled under is appended to ``files`` (for tracebacks).
    A syntax error is shown as IPython shows one in a normal cell, then reported as a
    ``UsageError`` (a SyntaxError raised from here would be shown with the whole stack).
    """
    __tracebackhide__ = True  # noqa: F841 - read by IPython's traceback formatter
    transformed = shell.transform_cell(body)
    name = shell.compile.cache(
        cell_text(line, transformed), cell_number(shell), raw_code=cell_text(line, body)
    )
    if files is not None:
        files.append(name)
    try:
        codes = _compile(shell, transformed, name)
    except (SyntaxError, ValueError, OverflowError):  # what compile() may raise
        shell.showsyntaxerror()
        raise UsageError(SYNTAX_ERROR) from None
    glob, loc = shell.user_global_ns, shell.user_ns
    for code, _shown in codes:
        exec(code, glob, loc)
