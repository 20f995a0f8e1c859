"""A failing %%autograd cell: plain traceback, what was recorded, and the mistake explained."""

from __future__ import annotations

import pytest
from IPython.testing.globalipapp import start_ipython
from IPython.utils.capture import capture_output

from autograd_magic.magic.outputs import ErrorNote, InteractiveGraph, Table


def get_ipython_instance():
    from IPython.core.interactiveshell import InteractiveShell

    return InteractiveShell.instance()


@pytest.fixture(scope="module")
def ip():
    shell = start_ipython() or get_ipython_instance()
    formatter = shell.display_formatter
    saved = formatter.active_types
    formatter.active_types = list(formatter.format_types)
    shell.run_line_magic("load_ext", "autograd_magic")
    shell.run_cell("import autograd_magic.torch as tr\nimport autograd_magic.tf as tf")
    yield shell
    formatter.active_types = saved


def run(ip, body: str):
    with capture_output() as cap:
        result = ip.run_cell("%%autograd\n" + body, store_history=True)
    shown = ip.magics_manager.registry["AutogradMagics"].last_outputs
    note = next(o for o in shown if isinstance(o, ErrorNote))
    return result, cap, shown, note


TWICE = (
    "x = tr.tensor(3.0, requires_grad=True)\ny = x**2\nz = tr.sin(y)\nz.backward()\nz.backward()\n"
)


def test_backward_twice_shows_graph_table_and_retain_graph(ip):
    result, cap, shown, note = run(ip, TWICE)
    assert not result.success and isinstance(result.error_in_exec, RuntimeError)
    assert "retain_graph=True" in note.explanation and "freed" in note.explanation
    assert any(isinstance(o, Table) for o in shown)
    assert any(isinstance(o, InteractiveGraph) for o in shown)
    # the traceback is a plain cell's: the cell's line, no magic machinery, no package frames
    text = cap.stdout + cap.stderr
    n = result.execution_count
    assert f"Cell In[{n}], line 6" in text and "----> 6 z.backward()" in text
    assert "run_cell_magic" not in text and "autograd_magic" not in text.split("RuntimeError:")[0]
    assert "skipping hidden" not in text


def test_the_traceback_formatter_is_restored_after_the_cell(ip):
    run(ip, TWICE)
    assert "structured_traceback" not in ip.InteractiveTB.__dict__
    with capture_output() as cap:
        ip.run_cell("def f():\n    1/0\nf()")
    assert "----> 2     1/0" in cap.stdout


def test_backward_on_a_vector(ip):
    _, _, _, note = run(
        ip, "x = tr.tensor([1.0, 2.0], requires_grad=True)\nz = x * 2\nz.backward()\n"
    )
    assert "z.sum().backward()" in note.explanation and "gradient=" in note.explanation
    assert "2 numbers" in note.explanation


def test_in_place_change_of_a_saved_value(ip):
    body = (
        "x = tr.tensor([1.0, 2.0], requires_grad=True)\ny = x * 3\nz = y**2\n"
        "y.add_(1)\nz.sum().backward()\n"
    )
    _, _, shown, note = run(ip, body)
    assert "in place" in note.explanation
    assert "y (x * 3), saved by z = (x * 3)**2, was changed by an in-place add" in note.explanation
    assert any(isinstance(o, Table) for o in shown)


def test_grad_of_a_non_leaf(ip):
    body = (
        "x = tr.tensor([1.0, 2.0], requires_grad=True)\ny = x * 2\n"
        "y.sum().backward()\ny.grad.zero_()\n"
    )
    with pytest.warns(UserWarning):
        _, _, _, note = run(ip, body)
    assert "y is not a leaf" in note.explanation and "y.retain_grad()" in note.explanation


def test_a_tensor_that_does_not_require_grad(ip):
    _, _, _, note = run(ip, "x = tr.tensor([1.0, 2.0])\nz = (x * 2).sum()\nz.backward()\n")
    assert "requires_grad=True" in note.explanation


def test_a_constant_the_tape_does_not_watch(ip):
    body = (
        "x = tf.constant(3.0)\nwith tf.GradientTape() as tape:\n    y = x * x\n"
        "dy_dx = tape.gradient(y, x)\nprint(dy_dx.numpy())\n"
    )
    _, _, _, note = run(ip, body)
    assert "tape.watch(x)" in note.explanation and "tf.Variable" in note.explanation


def test_an_unrecognised_error_still_shows_the_recording(ip):
    result, _, shown, note = run(ip, "x = tr.tensor(2.0, requires_grad=True)\ny = x**2\n1/0\n")
    assert isinstance(result.error_in_exec, ZeroDivisionError)
    assert note.explanation is None and any(isinstance(o, Table) for o in shown)


def test_nothing_recorded_and_nothing_to_explain_is_just_the_traceback(ip):
    with capture_output() as cap:
        result = ip.run_cell("%%autograd\nundefined_name + 1\n", store_history=True)
    assert isinstance(result.error_in_exec, NameError)
    assert cap.outputs == [] and "NameError" in cap.stdout
    assert "run_cell_magic" not in cap.stdout


def test_explained_even_when_nothing_was_recorded(ip):
    body = "x = tr.tensor([1.0, 2.0])\nz = (x * 2).sum()\nz.backward()\n"  # records nothing
    _, _, shown, note = run(ip, body)
    assert shown == [note] and "Nothing was recorded" in note.text
    assert "requires_grad=True" in note.explanation


def test_non_scalar_and_no_grad_are_both_explained(ip):
    _, _, _, note = run(ip, "x = tr.tensor([1.0, 2.0])\nz = x * 2\nz.backward()\n")
    assert "z.sum().backward()" in note.explanation
    assert "Also, z is a value that does not depend on" in note.explanation


def test_gradient_twice_on_a_tape(ip):
    body = (
        "x = tf.Variable(3.0)\nwith tf.GradientTape() as tape:\n    y = x * x\n"
        "a = tape.gradient(y, x)\nb = tape.gradient(y, x)\n"
    )
    _, _, shown, note = run(ip, body)
    assert "persistent=True" in note.explanation and "x, saved by y = x * x" in note.explanation
    assert any(isinstance(o, Table) for o in shown)
