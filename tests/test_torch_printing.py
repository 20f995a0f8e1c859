"""Tests for autograd_magic.torch._printing: golden strings plus a differential test vs torch."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from autograd_magic.torch._printing import (
    PrintOptions,
    format_tensor,
    get_printoptions,
    printoptions,
    set_printoptions,
)


@pytest.fixture(autouse=True)
def _default_options():
    set_printoptions(profile="default")
    yield
    set_printoptions(profile="default")


def f32(values) -> np.ndarray:
    return np.asarray(values, dtype=np.float32)


def f64(values) -> np.ndarray:
    return np.asarray(values, dtype=np.float64)


# --------------------------------------------------------------------------- golden cases
# Every expected string below is verbatim output of PyTorch 2.13.

X = np.linspace(0, 3.0, 20).astype(np.float32)

GOLDEN = [
    pytest.param(
        X,
        "float32",
        ["requires_grad=True"],
        "tensor([0.0000, 0.1579, 0.3158, 0.4737, 0.6316, 0.7895, 0.9474, 1.1053, 1.2632,\n"
        "        1.4211, 1.5789, 1.7368, 1.8947, 2.0526, 2.2105, 2.3684, 2.5263, 2.6842,\n"
        "        2.8421, 3.0000], requires_grad=True)",
        id="linspace-requires-grad",
    ),
    pytest.param(
        np.sin(X**2),
        "float32",
        ["grad_fn=<SinBackward0>"],
        "tensor([ 0.0000,  0.0249,  0.0996,  0.2225,  0.3884,  0.5837,  0.7818,  0.9397,\n"
        "         0.9997,  0.9011,  0.6040,  0.1246, -0.4336, -0.8780, -0.9849, -0.6239,\n"
        "         0.0989,  0.7967,  0.9751,  0.4121], grad_fn=<SinBackward0>)",
        id="sin-grad-fn",
    ),
    pytest.param(f32(3.0), "float32", ["requires_grad=True"], "tensor(3., requires_grad=True)"),
    pytest.param(
        np.sin(f32(9.0)),
        "float32",
        ["grad_fn=<SinBackward0>"],
        "tensor(0.4121, grad_fn=<SinBackward0>)",
    ),
    pytest.param(f32(-5.4668), "float32", [], "tensor(-5.4668)"),
    pytest.param(
        f64([1.0, 2.0]),
        "float64",
        ["requires_grad=True"],
        "tensor([1., 2.], dtype=torch.float64, requires_grad=True)",
        id="float64-suffix-order",
    ),
    pytest.param(
        f64(3.0),
        "float64",
        ["grad_fn=<MulBackward0>"],
        "tensor(3., dtype=torch.float64, grad_fn=<MulBackward0>)",
        id="float64-scalar-suffix-order",
    ),
    pytest.param(
        np.array([[1, -20], [300, 4]], dtype=np.int32),
        "int32",
        [],
        "tensor([[  1, -20],\n        [300,   4]], dtype=torch.int32)",
    ),
    pytest.param(np.array([1, -20, 300]), "int64", [], "tensor([  1, -20, 300])"),
    pytest.param(
        np.array([[True, False], [False, True]]),
        "bool",
        [],
        "tensor([[ True, False],\n        [False,  True]])",
    ),
    pytest.param(np.array(True), "bool", [], "tensor(True)"),
    # empty tensors
    pytest.param(f32([]), "float32", [], "tensor([])"),
    pytest.param(f64([]), "float64", [], "tensor([], dtype=torch.float64)"),
    pytest.param(np.zeros(0, np.int32), "int32", [], "tensor([], dtype=torch.int32)"),
    pytest.param(np.zeros(0, np.int64), "int64", [], "tensor([], dtype=torch.int64)"),
    pytest.param(np.zeros(0, bool), "bool", [], "tensor([], dtype=torch.bool)"),
    pytest.param(np.zeros((0, 3), np.float32), "float32", [], "tensor([], size=(0, 3))"),
    pytest.param(
        np.zeros((2, 0, 4), np.int64),
        "int64",
        [],
        "tensor([], size=(2, 0, 4), dtype=torch.int64)",
    ),
    pytest.param(
        np.zeros((2, 0), np.float64),
        "float64",
        ["requires_grad=True"],
        "tensor([], size=(2, 0), dtype=torch.float64, requires_grad=True)",
    ),
    # notation choice
    pytest.param(
        f32([1e-5, 1.0, 123.456]), "float32", [], "tensor([1.0000e-05, 1.0000e+00, 1.2346e+02])"
    ),
    pytest.param(
        f32([1e9, 2.0, 3.0]), "float32", [], "tensor([1.0000e+09, 2.0000e+00, 3.0000e+00])"
    ),
    pytest.param(f32([1.0, 2000.0]), "float32", [], "tensor([1.0000e+00, 2.0000e+03])"),
    pytest.param(
        f32([-1.5, 1e-5, 0.0]), "float32", [], "tensor([-1.5000e+00,  1.0000e-05,  0.0000e+00])"
    ),
    # rounding goes through float64: float32(0.33335) rounds up, float64(0.33335) down
    pytest.param(
        f32([0.12345, 0.33335, 1.00005]), "float32", [], "tensor([0.1235, 0.3334, 1.0000])"
    ),
    pytest.param(
        f64([0.12345, 0.33335, 1.00005]),
        "float64",
        [],
        "tensor([0.1235, 0.3333, 1.0001], dtype=torch.float64)",
    ),
    # non-finite values and negative zero (width measured on nonzero finite values only)
    pytest.param(
        f32([np.nan, np.inf, -np.inf, 1.5]),
        "float32",
        [],
        "tensor([   nan,    inf,   -inf, 1.5000])",
    ),
    pytest.param(f32([np.nan, 0.0]), "float32", [], "tensor([nan, 0.])"),
    pytest.param(f32([-np.inf, 1.0, 2.0]), "float32", [], "tensor([-inf, 1., 2.])"),
    pytest.param(f32([-0.0, 0.5]), "float32", [], "tensor([-0.0000, 0.5000])"),
    pytest.param(f32([-0.0, 2.0]), "float32", [], "tensor([-0., 2.])"),
    pytest.param(
        np.full((1, 2, 3), np.nan, np.float32),
        "float32",
        [],
        "tensor([[[nan, nan, nan],\n         [nan, nan, nan]]])",
    ),
    # nesting
    pytest.param(
        np.arange(12, dtype=np.float32).reshape(2, 2, 3),
        "float32",
        [],
        "tensor([[[ 0.,  1.,  2.],\n"
        "         [ 3.,  4.,  5.]],\n"
        "\n"
        "        [[ 6.,  7.,  8.],\n"
        "         [ 9., 10., 11.]]])",
        id="3d",
    ),
    # summarization
    pytest.param(
        np.arange(2000, dtype=np.float32),
        "float32",
        [],
        "tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.9970e+03, 1.9980e+03,\n"
        "        1.9990e+03])",
        id="summarized-1d",
    ),
    pytest.param(
        np.arange(3000, dtype=np.int32).reshape(100, 30),
        "int32",
        [],
        "tensor([[   0,    1,    2,  ...,   27,   28,   29],\n"
        "        [  30,   31,   32,  ...,   57,   58,   59],\n"
        "        [  60,   61,   62,  ...,   87,   88,   89],\n"
        "        ...,\n"
        "        [2910, 2911, 2912,  ..., 2937, 2938, 2939],\n"
        "        [2940, 2941, 2942,  ..., 2967, 2968, 2969],\n"
        "        [2970, 2971, 2972,  ..., 2997, 2998, 2999]], dtype=torch.int32)",
        id="summarized-2d",
    ),
    # the suffix moves to its own line when it does not fit
    pytest.param(
        np.arange(9, dtype=np.float32) * np.float32(1e6) / np.float32(7),
        "float32",
        ["grad_fn=<DivBackward0>"],
        "tensor([      0.0000,  142857.1406,  285714.2812,  428571.4375,  571428.5625,\n"
        "         714285.6875,  857142.8750, 1000000.0000, 1142857.1250],\n"
        "       grad_fn=<DivBackward0>)",
        id="suffix-wraps",
    ),
    pytest.param(
        f64([[1.0, 2.0], [3.0, 4.0]]),
        "float64",
        ["grad_fn=<VeryLongCustomNameThatIsLongBackward>"],
        "tensor([[1., 2.],\n"
        "        [3., 4.]], dtype=torch.float64,\n"
        "       grad_fn=<VeryLongCustomNameThatIsLongBackward>)",
        id="second-suffix-wraps",
    ),
]


@pytest.mark.parametrize(("data", "dtype", "suffixes", "expected"), GOLDEN)
def test_golden(data, dtype, suffixes, expected):
    assert format_tensor(data, dtype, suffixes) == expected


def test_prefix_sets_indent():
    expected = (
        "MyLongTensorName([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11.,\n"
        "                  12., 13., 14., 15., 16., 17., 18., 19., 20., 21., 22., 23.,\n"
        "                  24., 25., 26., 27., 28., 29.], requires_grad=True)"
    )
    data = np.arange(30, dtype=np.float32)
    got = format_tensor(data, "float32", ["requires_grad=True"], prefix="MyLongTensorName(")
    assert got == expected


def test_default_suffixes_argument():
    assert format_tensor(f32([1.0]), "float32") == "tensor([1.])"


def test_unknown_dtype_rejected():
    with pytest.raises(ValueError, match="unsupported dtype"):
        format_tensor(f32([1.0]), "float16")


# --------------------------------------------------------------------------- print options


def test_printoptions_defaults_and_profiles():
    assert get_printoptions() == {
        "precision": 4,
        "threshold": 1000,
        "edgeitems": 3,
        "linewidth": 80,
        "sci_mode": None,
    }
    assert get_printoptions() == PrintOptions().__dict__
    set_printoptions(profile="short")
    assert get_printoptions()["precision"] == 2 and get_printoptions()["edgeitems"] == 2
    set_printoptions(profile="full", linewidth=120)
    assert get_printoptions()["threshold"] == float("inf")
    assert get_printoptions()["linewidth"] == 120
    with pytest.raises(ValueError, match="unknown print profile"):
        set_printoptions(profile="tiny")


def test_printoptions_sci_mode_is_always_assigned():
    set_printoptions(sci_mode=True)
    set_printoptions(precision=3)
    assert get_printoptions()["sci_mode"] is None


def test_printoptions_context_manager_restores():
    with printoptions(precision=1, sci_mode=False):
        assert format_tensor(f32([1.25, 2.0]), "float32") == "tensor([1.2, 2.0])"
    assert get_printoptions() == PrintOptions().__dict__


def test_precision_and_sci_mode_golden():
    set_printoptions(precision=2)
    assert format_tensor(f32([1.12345, -2.5]), "float32") == "tensor([ 1.12, -2.50])"
    set_printoptions(precision=2, sci_mode=True)
    assert format_tensor(f32([1.5, 2.0]), "float32") == "tensor([1.50e+00, 2.00e+00])"
    set_printoptions(precision=2, sci_mode=False)
    assert format_tensor(f32([1e-6, 1e6]), "float32") == "tensor([      0.00, 1000000.00])"


def test_linewidth_golden():
    set_printoptions(precision=2, linewidth=30)
    expected = (
        "tensor([0.00, 0.33, 0.67,\n"
        "        1.00, 1.33, 1.67,\n"
        "        2.00, 2.33, 2.67,\n"
        "        3.00, 3.33, 3.67])"
    )
    assert format_tensor(np.arange(12, dtype=np.float32) / np.float32(3), "float32") == expected


def test_short_profile_golden():
    set_printoptions(profile="short")
    data = np.arange(2000, dtype=np.float32) / np.float32(3)
    expected = "tensor([0.00e+00, 3.33e-01,  ..., 6.66e+02, 6.66e+02])"
    assert format_tensor(data, "float32") == expected


def test_zero_edgeitems_golden():
    set_printoptions(edgeitems=0)
    data = np.arange(2000, dtype=np.float32).reshape(2, 1000)
    assert format_tensor(data, "float32") == "tensor([...], size=(2, 1000))"
    assert format_tensor(f32([0, 1, 2]), "float32") == "tensor([0., 1., 2.], size=(3,))"


def test_full_profile_does_not_summarize():
    set_printoptions(profile="full")
    text = format_tensor(np.arange(1001), "int64")
    assert "..." not in text and text.count("\n") == 83


# --------------------------------------------------------------------------- vs real torch

DTYPES = ["float32", "float64", "int64", "int32", "bool"]
SPECIALS = [np.nan, np.inf, -np.inf, 0.0, -0.0]

small_shapes = st.lists(st.integers(0, 7), min_size=0, max_size=3).map(tuple)
large_shapes = st.one_of(
    st.tuples(st.integers(1001, 2500)),
    st.tuples(st.integers(21, 60), st.integers(50, 60)),
    st.tuples(st.integers(1, 3), st.integers(1001, 1300)),
    st.tuples(st.integers(7, 15), st.integers(12, 15), st.integers(12, 15)),
    st.tuples(st.integers(1, 2), st.integers(1, 3), st.integers(600, 900)),
)


def _float_values(rng: np.random.Generator, kind: str, n: int) -> np.ndarray:
    if kind == "normal":
        return rng.standard_normal(n)
    if kind == "whole":
        return rng.integers(-1000, 1000, n).astype(np.float64)
    if kind == "whole-huge":
        return rng.integers(-(10**10), 10**10, n).astype(np.float64)
    if kind == "tiny":
        return rng.standard_normal(n) * 1e-6
    if kind == "huge":
        return rng.standard_normal(n) * 1e10
    if kind == "wide":
        return np.sign(rng.standard_normal(n)) * 10.0 ** rng.uniform(-40, 40, n)
    if kind == "ties":  # many values sit near a rounding boundary of the 4th decimal
        return rng.integers(-40000, 40000, n) * 5e-5
    return rng.uniform(-1000, 1000, n)  # "uniform"


FLOAT_KINDS = ["normal", "whole", "whole-huge", "tiny", "huge", "wide", "ties", "uniform"]


@st.composite
def generated_arrays(draw):
    dtype = draw(st.sampled_from(DTYPES))
    np_dtype = np.dtype(dtype)
    shape = draw(st.one_of(small_shapes, small_shapes, large_shapes))
    n = int(np.prod(shape, dtype=np.int64))
    if n <= 12 and draw(st.booleans()):
        # element-wise generation: shrinks well and hits the edge values of each dtype
        if dtype.startswith("float"):
            elements = st.floats(width=np_dtype.itemsize * 8)
        elif dtype == "bool":
            elements = st.booleans()
        else:
            elements = st.integers(np.iinfo(np_dtype).min, np.iinfo(np_dtype).max)
        return dtype, draw(hnp.arrays(np_dtype, shape, elements=elements))

    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    if dtype == "bool":
        values = rng.random(n) < 0.5
    elif dtype.startswith("int"):
        digits = draw(st.integers(0, 18 if dtype == "int64" else 9))
        values = rng.integers(-(10**digits), 10**digits, n, endpoint=True)
    else:
        values = _float_values(rng, draw(st.sampled_from(FLOAT_KINDS)), n)
        if n and draw(st.booleans()):
            where = rng.random(n) < draw(st.sampled_from([0.01, 0.2, 0.9]))
            values[where] = rng.choice(SPECIALS, int(where.sum()))
    with np.errstate(over="ignore"):
        return dtype, values.astype(np_dtype).reshape(shape)


def _torch_case(torch, data, dtype, grad_kind, class_name, function_name):
    """Build a real tensor and the (prefix, suffix list) our caller would pass for it."""
    t = torch.tensor(data)
    assert str(t.dtype) == f"torch.{dtype}"
    wants_grad = dtype.startswith("float") and grad_kind != "none"
    prefix = "tensor("
    if class_name is not None:
        t = torch.Tensor._make_subclass(type(class_name, (torch.Tensor,), {}), t, wants_grad)
        prefix = class_name + "("
    elif wants_grad:
        t.requires_grad_()
    if not wants_grad:
        return t, [], prefix
    if grad_kind == "requires_grad":
        return t, ["requires_grad=True"], prefix
    if grad_kind == "mul":
        t = t * 1
    else:
        fn = type(
            function_name,
            (torch.autograd.Function,),
            {
                "forward": staticmethod(lambda ctx, x: x.clone()),
                "backward": staticmethod(lambda ctx, g: g),
            },
        )
        t = fn.apply(t)
    # A subclass turns ``t * 1`` into AliasBackward0, so read the name off the graph.
    name = type(t.grad_fn).__name__
    if class_name is None:
        assert name == ("MulBackward0" if grad_kind == "mul" else function_name + "Backward")
    return t, [f"grad_fn=<{name}>"], prefix


identifiers = st.from_regex(re.compile(r"[A-Z][A-Za-z0-9]{0,40}"), fullmatch=True)
case_extras = st.tuples(
    st.sampled_from(["none", "requires_grad", "mul", "custom"]),
    st.one_of(st.none(), identifiers),
    identifiers,
)

DIFF_SETTINGS = settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def torch():
    return pytest.importorskip("torch")


@DIFF_SETTINGS
@given(case=generated_arrays(), extras=case_extras)
def test_matches_torch_repr(torch, case, extras):
    dtype, data = case
    t, suffixes, prefix = _torch_case(torch, data, dtype, *extras)
    assert format_tensor(data, dtype, suffixes, prefix=prefix) == repr(t)


option_sets = st.fixed_dictionaries(
    {
        "precision": st.integers(0, 8),
        "threshold": st.sampled_from([0, 5, 30, 1000, float("inf")]),
        "edgeitems": st.integers(0, 4),
        "linewidth": st.integers(10, 160),
        "sci_mode": st.sampled_from([None, None, True, False]),
    }
)


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=generated_arrays(), extras=case_extras, options=option_sets)
def test_matches_torch_repr_with_printoptions(torch, case, extras, options):
    dtype, data = case
    if data.size > 1500 and options["threshold"] == float("inf"):
        data = data.reshape(-1)[:1500]  # keep the unsummarized case fast
    t, suffixes, prefix = _torch_case(torch, data, dtype, *extras)
    saved = dict(vars(torch._tensor_str.PRINT_OPTS))
    torch.set_printoptions(**options)
    try:
        expected = repr(t)
    finally:
        torch.set_printoptions(**saved)
    set_printoptions(**options)
    assert format_tensor(data, dtype, suffixes, prefix=prefix) == expected
