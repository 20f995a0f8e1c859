"""TensorFlow's text forms of tensors, variables, shapes and dtypes.

The golden strings were recorded from TensorFlow 2.21.0 with NumPy 2.4.6 (eager mode, default
NumPy print options). The differential tests at the end compare with TensorFlow itself and run
only where ``tensorflow`` can be imported.
"""

import numpy as np
import pytest

from autograd_magic.tf._printing import (
    dtype_repr,
    dtype_str,
    shape_repr,
    shape_str,
    tensor_repr,
    tensor_str,
    value_text,
    variable_repr,
    variable_str,
)

_DEFAULT_PRINT_OPTIONS = dict(
    precision=8,
    threshold=1000,
    edgeitems=3,
    linewidth=75,
    suppress=False,
    nanstr="nan",
    infstr="inf",
    sign="-",
    floatmode="maxprec",
    legacy=False,
)


@pytest.fixture(autouse=True)
def default_print_options():
    """Every test sees NumPy's default print options, whatever ran before it."""
    with np.printoptions(**_DEFAULT_PRINT_OPTIONS):
        yield


_NUMPY_VERSION = tuple(int(part) for part in np.__version__.split(".")[:2])


def _needs_numpy(version, why):
    """TensorFlow prints what NumPy prints, so some texts depend on NumPy's version."""
    return pytest.mark.skipif(
        _NUMPY_VERSION < version, reason=f"NumPy < {version[0]}.{version[1]}: {why}"
    )


# NumPy 2.2 added "shape=(...)" to the repr of summarised arrays.
_SUMMARY_SHAPE = _needs_numpy((2, 2), "summarised repr without shape")
# NumPy 2.3 prints float32 scalars of 1e8 and more in scientific notation.
_FLOAT32_SCI = _needs_numpy((2, 3), "float32 scalar str without exponent")

# (value builder, dtype, str(tensor), repr(tensor), repr(tf.Variable(value, name="v")))
GOLDEN = [
    pytest.param(
        lambda: 3.0,
        "float32",
        "tf.Tensor(3.0, shape=(), dtype=float32)",
        "<tf.Tensor: shape=(), dtype=float32, numpy=3.0>",
        "<tf.Variable 'v:0' shape=() dtype=float32, numpy=3.0>",
        id="f32_scalar",
    ),
    pytest.param(
        lambda: np.sin(9.0),
        "float32",
        "tf.Tensor(0.4121185, shape=(), dtype=float32)",
        "<tf.Tensor: shape=(), dtype=float32, numpy=0.41211849451065063>",
        "<tf.Variable 'v:0' shape=() dtype=float32, numpy=0.41211849451065063>",
        id="f32_scalar_sin",
    ),
    pytest.param(
        lambda: 0.1,
        "float32",
        "tf.Tensor(0.1, shape=(), dtype=float32)",
        "<tf.Tensor: shape=(), dtype=float32, numpy=0.10000000149011612>",
        "<tf.Variable 'v:0' shape=() dtype=float32, numpy=0.10000000149011612>",
        id="f32_point1",
    ),
    pytest.param(
        lambda: 0.1,
        "float64",
        "tf.Tensor(0.1, shape=(), dtype=float64)",
        "<tf.Tensor: shape=(), dtype=float64, numpy=0.1>",
        "<tf.Variable 'v:0' shape=() dtype=float64, numpy=0.1>",
        id="f64_point1",
    ),
    pytest.param(
        lambda: -1e-10,
        "float32",
        "tf.Tensor(-1e-10, shape=(), dtype=float32)",
        "<tf.Tensor: shape=(), dtype=float32, numpy=-1.000000013351432e-10>",
        "<tf.Variable 'v:0' shape=() dtype=float32, numpy=-1.000000013351432e-10>",
        id="f32_neg_small",
    ),
    pytest.param(
        lambda: 1e10,
        "float32",
        "tf.Tensor(1e+10, shape=(), dtype=float32)",
        "<tf.Tensor: shape=(), dtype=float32, numpy=10000000000.0>",
        "<tf.Variable 'v:0' shape=() dtype=float32, numpy=10000000000.0>",
        id="f32_big",
        marks=_FLOAT32_SCI,
    ),
    pytest.param(
        lambda: 1 / 3,
        "float64",
        "tf.Tensor(0.3333333333333333, shape=(), dtype=float64)",
        "<tf.Tensor: shape=(), dtype=float64, numpy=0.3333333333333333>",
        "<tf.Variable 'v:0' shape=() dtype=float64, numpy=0.3333333333333333>",
        id="f64_third",
    ),
    pytest.param(
        lambda: 3,
        "int32",
        "tf.Tensor(3, shape=(), dtype=int32)",
        "<tf.Tensor: shape=(), dtype=int32, numpy=3>",
        "<tf.Variable 'v:0' shape=() dtype=int32, numpy=3>",
        id="i32_scalar",
    ),
    pytest.param(
        lambda: -7,
        "int64",
        "tf.Tensor(-7, shape=(), dtype=int64)",
        "<tf.Tensor: shape=(), dtype=int64, numpy=-7>",
        "<tf.Variable 'v:0' shape=() dtype=int64, numpy=-7>",
        id="i64_scalar",
    ),
    pytest.param(
        lambda: True,
        "bool",
        "tf.Tensor(True, shape=(), dtype=bool)",
        "<tf.Tensor: shape=(), dtype=bool, numpy=True>",
        "<tf.Variable 'v:0' shape=() dtype=bool, numpy=True>",
        id="bool_scalar",
    ),
    pytest.param(
        lambda: np.nan,
        "float32",
        "tf.Tensor(nan, shape=(), dtype=float32)",
        "<tf.Tensor: shape=(), dtype=float32, numpy=nan>",
        "<tf.Variable 'v:0' shape=() dtype=float32, numpy=nan>",
        id="f32_nan",
    ),
    pytest.param(
        lambda: -np.inf,
        "float32",
        "tf.Tensor(-inf, shape=(), dtype=float32)",
        "<tf.Tensor: shape=(), dtype=float32, numpy=-inf>",
        "<tf.Variable 'v:0' shape=() dtype=float32, numpy=-inf>",
        id="f32_inf",
    ),
    pytest.param(
        lambda: [1.0, 2.0, 3.0],
        "float32",
        "tf.Tensor([1. 2. 3.], shape=(3,), dtype=float32)",
        "<tf.Tensor: shape=(3,), dtype=float32, numpy=array([1., 2., 3.], dtype=float32)>",
        ("<tf.Variable 'v:0' shape=(3,) dtype=float32, numpy=array([1., 2., 3.], dtype=float32)>"),
        id="f32_vec",
    ),
    pytest.param(
        lambda: [0.1, 0.25, -3.5],
        "float32",
        "tf.Tensor([ 0.1   0.25 -3.5 ], shape=(3,), dtype=float32)",
        (
            "<tf.Tensor: shape=(3,), dtype=float32, numpy=array([ 0.1 ,  0.25, -3.5 ],"
            " dtype=float32)>"
        ),
        (
            "<tf.Variable 'v:0' shape=(3,) dtype=float32, numpy=array([ 0.1 ,  0.25, -3.5 ],"
            " dtype=float32)>"
        ),
        id="f32_vec_frac",
    ),
    pytest.param(
        lambda: np.cos(np.linspace(0, 3, 10) ** 2),
        "float64",
        (
            "tf.Tensor(\n"
            "[ 1.          0.99383351  0.90284967  0.54030231 -0.20550672 -0.93454613\n"
            " -0.65364362  0.6683999   0.67640492 -0.91113026], shape=(10,), dtype=float64)"
        ),
        (
            "<tf.Tensor: shape=(10,), dtype=float64, numpy=\n"
            "array([ 1.        ,  0.99383351,  0.90284967,  0.54030231, -0.20550672,\n"
            "       -0.93454613, -0.65364362,  0.6683999 ,  0.67640492, -0.91113026])>"
        ),
        (
            "<tf.Variable 'v:0' shape=(10,) dtype=float64, numpy=\n"
            "array([ 1.        ,  0.99383351,  0.90284967,  0.54030231, -0.20550672,\n"
            "       -0.93454613, -0.65364362,  0.6683999 ,  0.67640492, -0.91113026])>"
        ),
        id="f64_linspace_cos",
    ),
    pytest.param(
        lambda: np.linspace(0, 3, 10),
        "float32",
        (
            "tf.Tensor(\n"
            "[0.         0.33333334 0.6666667  1.         1.3333334  1.6666666\n"
            " 2.         2.3333333  2.6666667  3.        ], shape=(10,), dtype=float32)"
        ),
        (
            "<tf.Tensor: shape=(10,), dtype=float32, numpy=\n"
            "array([0.        , 0.33333334, 0.6666667 , 1.        , 1.3333334 ,\n"
            "       1.6666666 , 2.        , 2.3333333 , 2.6666667 , 3.        ],\n"
            "      dtype=float32)>"
        ),
        (
            "<tf.Variable 'v:0' shape=(10,) dtype=float32, numpy=\n"
            "array([0.        , 0.33333334, 0.6666667 , 1.        , 1.3333334 ,\n"
            "       1.6666666 , 2.        , 2.3333333 , 2.6666667 , 3.        ],\n"
            "      dtype=float32)>"
        ),
        id="f32_linspace_wrap",
    ),
    pytest.param(
        lambda: np.arange(20) / 7,
        "float32",
        (
            "tf.Tensor(\n"
            "[0.         0.14285715 0.2857143  0.42857143 0.5714286  0.71428573\n"
            " 0.85714287 1.         1.1428572  1.2857143  1.4285715  1.5714285\n"
            " 1.7142857  1.8571428  2.         2.142857   2.2857144  2.4285715\n"
            " 2.5714285  2.7142856 ], shape=(20,), dtype=float32)"
        ),
        (
            "<tf.Tensor: shape=(20,), dtype=float32, numpy=\n"
            "array([0.        , 0.14285715, 0.2857143 , 0.42857143, 0.5714286 ,\n"
            "       0.71428573, 0.85714287, 1.        , 1.1428572 , 1.2857143 ,\n"
            "       1.4285715 , 1.5714285 , 1.7142857 , 1.8571428 , 2.        ,\n"
            "       2.142857  , 2.2857144 , 2.4285715 , 2.5714285 , 2.7142856 ],\n"
            "      dtype=float32)>"
        ),
        (
            "<tf.Variable 'v:0' shape=(20,) dtype=float32, numpy=\n"
            "array([0.        , 0.14285715, 0.2857143 , 0.42857143, 0.5714286 ,\n"
            "       0.71428573, 0.85714287, 1.        , 1.1428572 , 1.2857143 ,\n"
            "       1.4285715 , 1.5714285 , 1.7142857 , 1.8571428 , 2.        ,\n"
            "       2.142857  , 2.2857144 , 2.4285715 , 2.5714285 , 2.7142856 ],\n"
            "      dtype=float32)>"
        ),
        id="f32_arange20",
    ),
    pytest.param(
        lambda: [1, 2, 3],
        "int32",
        "tf.Tensor([1 2 3], shape=(3,), dtype=int32)",
        "<tf.Tensor: shape=(3,), dtype=int32, numpy=array([1, 2, 3], dtype=int32)>",
        "<tf.Variable 'v:0' shape=(3,) dtype=int32, numpy=array([1, 2, 3], dtype=int32)>",
        id="i32_vec",
    ),
    pytest.param(
        lambda: [1, 2, 3],
        "int64",
        "tf.Tensor([1 2 3], shape=(3,), dtype=int64)",
        "<tf.Tensor: shape=(3,), dtype=int64, numpy=array([1, 2, 3])>",
        "<tf.Variable 'v:0' shape=(3,) dtype=int64, numpy=array([1, 2, 3])>",
        id="i64_vec",
    ),
    pytest.param(
        lambda: np.arange(30),
        "int32",
        (
            "tf.Tensor(\n"
            "[ 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23\n"
            " 24 25 26 27 28 29], shape=(30,), dtype=int32)"
        ),
        (
            "<tf.Tensor: shape=(30,), dtype=int32, numpy=\n"
            "array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,\n"
            "       17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29], dtype=int32)>"
        ),
        (
            "<tf.Variable 'v:0' shape=(30,) dtype=int32, numpy=\n"
            "array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,\n"
            "       17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29], dtype=int32)>"
        ),
        id="i32_range30",
    ),
    pytest.param(
        lambda: [True, False, True],
        "bool",
        "tf.Tensor([ True False  True], shape=(3,), dtype=bool)",
        "<tf.Tensor: shape=(3,), dtype=bool, numpy=array([ True, False,  True])>",
        "<tf.Variable 'v:0' shape=(3,) dtype=bool, numpy=array([ True, False,  True])>",
        id="bool_vec",
    ),
    pytest.param(
        lambda: [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]],
        "float32",
        ("tf.Tensor(\n[[1. 2. 3.]\n [4. 5. 6.]], shape=(2, 3), dtype=float32)"),
        (
            "<tf.Tensor: shape=(2, 3), dtype=float32, numpy=\n"
            "array([[1., 2., 3.],\n"
            "       [4., 5., 6.]], dtype=float32)>"
        ),
        (
            "<tf.Variable 'v:0' shape=(2, 3) dtype=float32, numpy=\n"
            "array([[1., 2., 3.],\n"
            "       [4., 5., 6.]], dtype=float32)>"
        ),
        id="f32_matrix",
    ),
    pytest.param(
        lambda: [[0.5, -1.25], [3.0, 1e-3]],
        "float64",
        (
            "tf.Tensor(\n"
            "[[ 5.00e-01 -1.25e+00]\n"
            " [ 3.00e+00  1.00e-03]], shape=(2, 2), dtype=float64)"
        ),
        (
            "<tf.Tensor: shape=(2, 2), dtype=float64, numpy=\n"
            "array([[ 5.00e-01, -1.25e+00],\n"
            "       [ 3.00e+00,  1.00e-03]])>"
        ),
        (
            "<tf.Variable 'v:0' shape=(2, 2) dtype=float64, numpy=\n"
            "array([[ 5.00e-01, -1.25e+00],\n"
            "       [ 3.00e+00,  1.00e-03]])>"
        ),
        id="f64_matrix",
    ),
    pytest.param(
        lambda: [[1, 2], [3, 4]],
        "int32",
        ("tf.Tensor(\n[[1 2]\n [3 4]], shape=(2, 2), dtype=int32)"),
        (
            "<tf.Tensor: shape=(2, 2), dtype=int32, numpy=\n"
            "array([[1, 2],\n"
            "       [3, 4]], dtype=int32)>"
        ),
        (
            "<tf.Variable 'v:0' shape=(2, 2) dtype=int32, numpy=\n"
            "array([[1, 2],\n"
            "       [3, 4]], dtype=int32)>"
        ),
        id="i32_matrix",
    ),
    pytest.param(
        lambda: [[True, False], [False, True]],
        "bool",
        ("tf.Tensor(\n[[ True False]\n [False  True]], shape=(2, 2), dtype=bool)"),
        (
            "<tf.Tensor: shape=(2, 2), dtype=bool, numpy=\n"
            "array([[ True, False],\n"
            "       [False,  True]])>"
        ),
        (
            "<tf.Variable 'v:0' shape=(2, 2) dtype=bool, numpy=\n"
            "array([[ True, False],\n"
            "       [False,  True]])>"
        ),
        id="bool_matrix",
    ),
    pytest.param(
        lambda: np.arange(12).reshape(2, 3, 2),
        "float32",
        (
            "tf.Tensor(\n"
            "[[[ 0.  1.]\n"
            "  [ 2.  3.]\n"
            "  [ 4.  5.]]\n"
            "\n"
            " [[ 6.  7.]\n"
            "  [ 8.  9.]\n"
            "  [10. 11.]]], shape=(2, 3, 2), dtype=float32)"
        ),
        (
            "<tf.Tensor: shape=(2, 3, 2), dtype=float32, numpy=\n"
            "array([[[ 0.,  1.],\n"
            "        [ 2.,  3.],\n"
            "        [ 4.,  5.]],\n"
            "\n"
            "       [[ 6.,  7.],\n"
            "        [ 8.,  9.],\n"
            "        [10., 11.]]], dtype=float32)>"
        ),
        (
            "<tf.Variable 'v:0' shape=(2, 3, 2) dtype=float32, numpy=\n"
            "array([[[ 0.,  1.],\n"
            "        [ 2.,  3.],\n"
            "        [ 4.,  5.]],\n"
            "\n"
            "       [[ 6.,  7.],\n"
            "        [ 8.,  9.],\n"
            "        [10., 11.]]], dtype=float32)>"
        ),
        id="f32_3d",
    ),
    pytest.param(
        lambda: [np.nan, np.inf, -np.inf, 1.5],
        "float32",
        "tf.Tensor([ nan  inf -inf  1.5], shape=(4,), dtype=float32)",
        (
            "<tf.Tensor: shape=(4,), dtype=float32, numpy=array([ nan,  inf, -inf,  1.5],"
            " dtype=float32)>"
        ),
        (
            "<tf.Variable 'v:0' shape=(4,) dtype=float32, numpy=array([ nan,  inf, -inf, "
            " 1.5], dtype=float32)>"
        ),
        id="f32_nan_inf_vec",
    ),
    pytest.param(
        lambda: [np.nan, 1.0],
        "float64",
        "tf.Tensor([nan  1.], shape=(2,), dtype=float64)",
        "<tf.Tensor: shape=(2,), dtype=float64, numpy=array([nan,  1.])>",
        "<tf.Variable 'v:0' shape=(2,) dtype=float64, numpy=array([nan,  1.])>",
        id="f64_nan_vec",
    ),
    pytest.param(
        lambda: np.zeros((0,)),
        "float32",
        "tf.Tensor([], shape=(0,), dtype=float32)",
        "<tf.Tensor: shape=(0,), dtype=float32, numpy=array([], dtype=float32)>",
        "<tf.Variable 'v:0' shape=(0,) dtype=float32, numpy=array([], dtype=float32)>",
        id="f32_empty",
    ),
    pytest.param(
        lambda: np.zeros((2, 0)),
        "float32",
        "tf.Tensor([], shape=(2, 0), dtype=float32)",
        ("<tf.Tensor: shape=(2, 0), dtype=float32, numpy=array([], shape=(2, 0), dtype=float32)>"),
        (
            "<tf.Variable 'v:0' shape=(2, 0) dtype=float32, numpy=array([], shape=(2, 0),"
            " dtype=float32)>"
        ),
        id="f32_empty_2x0",
    ),
    pytest.param(
        lambda: np.arange(1001),
        "float32",
        "tf.Tensor([   0.    1.    2. ...  998.  999. 1000.], shape=(1001,), dtype=float32)",
        (
            "<tf.Tensor: shape=(1001,), dtype=float32, numpy=\n"
            "array([   0.,    1.,    2., ...,  998.,  999., 1000.],\n"
            "      shape=(1001,), dtype=float32)>"
        ),
        (
            "<tf.Variable 'v:0' shape=(1001,) dtype=float32, numpy=\n"
            "array([   0.,    1.,    2., ...,  998.,  999., 1000.],\n"
            "      shape=(1001,), dtype=float32)>"
        ),
        id="f32_large",
        marks=_SUMMARY_SHAPE,
    ),
    pytest.param(
        lambda: np.arange(2000).reshape(40, 50) / 3,
        "float64",
        (
            "tf.Tensor(\n"
            "[[0.00000000e+00 3.33333333e-01 6.66666667e-01 ... 1.56666667e+01\n"
            "  1.60000000e+01 1.63333333e+01]\n"
            " [1.66666667e+01 1.70000000e+01 1.73333333e+01 ... 3.23333333e+01\n"
            "  3.26666667e+01 3.30000000e+01]\n"
            " [3.33333333e+01 3.36666667e+01 3.40000000e+01 ... 4.90000000e+01\n"
            "  4.93333333e+01 4.96666667e+01]\n"
            " ...\n"
            " [6.16666667e+02 6.17000000e+02 6.17333333e+02 ... 6.32333333e+02\n"
            "  6.32666667e+02 6.33000000e+02]\n"
            " [6.33333333e+02 6.33666667e+02 6.34000000e+02 ... 6.49000000e+02\n"
            "  6.49333333e+02 6.49666667e+02]\n"
            " [6.50000000e+02 6.50333333e+02 6.50666667e+02 ... 6.65666667e+02\n"
            "  6.66000000e+02 6.66333333e+02]], shape=(40, 50), dtype=float64)"
        ),
        (
            "<tf.Tensor: shape=(40, 50), dtype=float64, numpy=\n"
            "array([[0.00000000e+00, 3.33333333e-01, 6.66666667e-01, ...,\n"
            "        1.56666667e+01, 1.60000000e+01, 1.63333333e+01],\n"
            "       [1.66666667e+01, 1.70000000e+01, 1.73333333e+01, ...,\n"
            "        3.23333333e+01, 3.26666667e+01, 3.30000000e+01],\n"
            "       [3.33333333e+01, 3.36666667e+01, 3.40000000e+01, ...,\n"
            "        4.90000000e+01, 4.93333333e+01, 4.96666667e+01],\n"
            "       ...,\n"
            "       [6.16666667e+02, 6.17000000e+02, 6.17333333e+02, ...,\n"
            "        6.32333333e+02, 6.32666667e+02, 6.33000000e+02],\n"
            "       [6.33333333e+02, 6.33666667e+02, 6.34000000e+02, ...,\n"
            "        6.49000000e+02, 6.49333333e+02, 6.49666667e+02],\n"
            "       [6.50000000e+02, 6.50333333e+02, 6.50666667e+02, ...,\n"
            "        6.65666667e+02, 6.66000000e+02, 6.66333333e+02]], shape=(40, 50))>"
        ),
        (
            "<tf.Variable 'v:0' shape=(40, 50) dtype=float64, numpy=\n"
            "array([[0.00000000e+00, 3.33333333e-01, 6.66666667e-01, ...,\n"
            "        1.56666667e+01, 1.60000000e+01, 1.63333333e+01],\n"
            "       [1.66666667e+01, 1.70000000e+01, 1.73333333e+01, ...,\n"
            "        3.23333333e+01, 3.26666667e+01, 3.30000000e+01],\n"
            "       [3.33333333e+01, 3.36666667e+01, 3.40000000e+01, ...,\n"
            "        4.90000000e+01, 4.93333333e+01, 4.96666667e+01],\n"
            "       ...,\n"
            "       [6.16666667e+02, 6.17000000e+02, 6.17333333e+02, ...,\n"
            "        6.32333333e+02, 6.32666667e+02, 6.33000000e+02],\n"
            "       [6.33333333e+02, 6.33666667e+02, 6.34000000e+02, ...,\n"
            "        6.49000000e+02, 6.49333333e+02, 6.49666667e+02],\n"
            "       [6.50000000e+02, 6.50333333e+02, 6.50666667e+02, ...,\n"
            "        6.65666667e+02, 6.66000000e+02, 6.66333333e+02]], shape=(40, 50))>"
        ),
        id="f64_large_matrix",
        marks=_SUMMARY_SHAPE,
    ),
    pytest.param(
        lambda: np.arange(5000),
        "int64",
        "tf.Tensor([   0    1    2 ... 4997 4998 4999], shape=(5000,), dtype=int64)",
        (
            "<tf.Tensor: shape=(5000,), dtype=int64, numpy=array([   0,    1,    2, ...,"
            " 4997, 4998, 4999], shape=(5000,))>"
        ),
        (
            "<tf.Variable 'v:0' shape=(5000,) dtype=int64, numpy=array([   0,    1,    2,"
            " ..., 4997, 4998, 4999], shape=(5000,))>"
        ),
        id="i64_large",
        marks=_SUMMARY_SHAPE,
    ),
    pytest.param(
        lambda: [2.5],
        "float32",
        "tf.Tensor([2.5], shape=(1,), dtype=float32)",
        "<tf.Tensor: shape=(1,), dtype=float32, numpy=array([2.5], dtype=float32)>",
        "<tf.Variable 'v:0' shape=(1,) dtype=float32, numpy=array([2.5], dtype=float32)>",
        id="f32_one_elem",
    ),
    pytest.param(
        lambda: [1e-8, 1.0, 1e8],
        "float32",
        "tf.Tensor([1.e-08 1.e+00 1.e+08], shape=(3,), dtype=float32)",
        (
            "<tf.Tensor: shape=(3,), dtype=float32, numpy=array([1.e-08, 1.e+00, 1.e+08],"
            " dtype=float32)>"
        ),
        (
            "<tf.Variable 'v:0' shape=(3,) dtype=float32, numpy=array([1.e-08, 1.e+00,"
            " 1.e+08], dtype=float32)>"
        ),
        id="f32_sci",
    ),
    pytest.param(
        lambda: np.sin(np.arange(12.0)).reshape(3, 4) * 3,
        "float64",
        (
            "tf.Tensor(\n"
            "[[ 0.          2.52441295  2.72789228  0.42336002]\n"
            " [-2.27040749 -2.87677282 -0.83824649  1.9709598 ]\n"
            " [ 2.96807474  1.23635546 -1.63206333 -2.99997062]], shape=(3, 4), dtype=float64)"
        ),
        (
            "<tf.Tensor: shape=(3, 4), dtype=float64, numpy=\n"
            "array([[ 0.        ,  2.52441295,  2.72789228,  0.42336002],\n"
            "       [-2.27040749, -2.87677282, -0.83824649,  1.9709598 ],\n"
            "       [ 2.96807474,  1.23635546, -1.63206333, -2.99997062]])>"
        ),
        (
            "<tf.Variable 'v:0' shape=(3, 4) dtype=float64, numpy=\n"
            "array([[ 0.        ,  2.52441295,  2.72789228,  0.42336002],\n"
            "       [-2.27040749, -2.87677282, -0.83824649,  1.9709598 ],\n"
            "       [ 2.96807474,  1.23635546, -1.63206333, -2.99997062]])>"
        ),
        id="f64_sin_matrix",
    ),
    pytest.param(
        lambda: np.cos(np.arange(12.0)).reshape(4, 3) / 7,
        "float32",
        (
            "tf.Tensor(\n"
            "[[ 0.14285715  0.07718604 -0.05944955]\n"
            " [-0.1414275  -0.09337766  0.04052317]\n"
            " [ 0.13716719  0.10770033 -0.02078572]\n"
            " [-0.13016146 -0.11986736  0.00063224]], shape=(4, 3), dtype=float32)"
        ),
        (
            "<tf.Tensor: shape=(4, 3), dtype=float32, numpy=\n"
            "array([[ 0.14285715,  0.07718604, -0.05944955],\n"
            "       [-0.1414275 , -0.09337766,  0.04052317],\n"
            "       [ 0.13716719,  0.10770033, -0.02078572],\n"
            "       [-0.13016146, -0.11986736,  0.00063224]], dtype=float32)>"
        ),
        (
            "<tf.Variable 'v:0' shape=(4, 3) dtype=float32, numpy=\n"
            "array([[ 0.14285715,  0.07718604, -0.05944955],\n"
            "       [-0.1414275 , -0.09337766,  0.04052317],\n"
            "       [ 0.13716719,  0.10770033, -0.02078572],\n"
            "       [-0.13016146, -0.11986736,  0.00063224]], dtype=float32)>"
        ),
        id="f32_cos_matrix",
    ),
    pytest.param(
        lambda: [0.1, 1.5],
        "float16",
        "tf.Tensor([0.1 1.5], shape=(2,), dtype=float16)",
        "<tf.Tensor: shape=(2,), dtype=float16, numpy=array([0.1, 1.5], dtype=float16)>",
        "<tf.Variable 'v:0' shape=(2,) dtype=float16, numpy=array([0.1, 1.5], dtype=float16)>",
        id="f16_vec",
    ),
    pytest.param(
        lambda: [0, 255],
        "uint8",
        "tf.Tensor([  0 255], shape=(2,), dtype=uint8)",
        "<tf.Tensor: shape=(2,), dtype=uint8, numpy=array([  0, 255], dtype=uint8)>",
        "<tf.Variable 'v:0' shape=(2,) dtype=uint8, numpy=array([  0, 255], dtype=uint8)>",
        id="u8_vec",
    ),
    pytest.param(
        lambda: 1 + 2j,
        "complex128",
        "tf.Tensor((1+2j), shape=(), dtype=complex128)",
        "<tf.Tensor: shape=(), dtype=complex128, numpy=(1+2j)>",
        "<tf.Variable 'v:0' shape=() dtype=complex128, numpy=(1+2j)>",
        id="c128_scalar",
    ),
]


@pytest.mark.parametrize(("make", "dtype", "want_str", "want_repr", "want_var"), GOLDEN)
def test_golden(make, dtype, want_str, want_repr, want_var):
    value = np.asarray(make(), dtype=dtype)
    assert tensor_str(value, dtype) == want_str
    assert tensor_repr(value, dtype) == want_repr
    assert variable_repr(value, dtype, "v:0") == want_var
    assert variable_str(value, dtype, "v:0") == want_var


def test_seed_cell_11_01_scalar():
    # 11.01: dz/dx of sin(x**2) at x = 3, float32.
    assert tensor_str(np.float32(-0.91113025), "float32") == (
        "tf.Tensor(-0.91113025, shape=(), dtype=float32)"
    )
    assert tensor_str(np.float32(-5.4667816), "float32") == (
        "tf.Tensor(-5.4667816, shape=(), dtype=float32)"
    )


def test_seed_cell_11_02_vector_wraps_after_newline():
    x = np.linspace(0, 3, 10)
    want = (
        "tf.Tensor(\n"
        "[ 1.          0.99383351  0.90284967  0.54030231 -0.20550672 -0.93454613\n"
        " -0.65364362  0.6683999   0.67640492 -0.91113026], shape=(10,), dtype=float64)"
    )
    assert tensor_str(np.cos(x**2), "float64") == want
    want_grad = (
        "tf.Tensor(\n"
        "[ 0.          0.66255567  1.20379956  1.08060461 -0.54801792 -3.11515378\n"
        " -2.61457448  3.11919955  3.60749292 -5.46678157], shape=(10,), dtype=float64)"
    )
    assert tensor_str(2 * x * np.cos(x**2), "float64") == want_grad


def test_repr_of_matrix_puts_array_on_next_line():
    value = np.array([[1, 2], [3, 4]])
    assert tensor_repr(value, "int32") == (
        "<tf.Tensor: shape=(2, 2), dtype=int32, numpy=\n"
        "array([[1, 2],\n"
        "       [3, 4]], dtype=int32)>"
    )


def test_repr_of_float32_scalar_shows_python_float_of_the_value():
    assert tensor_repr(np.float32(0.1), "float32").endswith("numpy=0.10000000149011612>")
    assert tensor_str(np.float32(0.1), "float32") == "tf.Tensor(0.1, shape=(), dtype=float32)"


def test_value_is_cast_to_the_dtype():
    # A float64 array shown as float32 prints with float32 precision.
    assert tensor_str(np.array([1 / 3]), "float32") == (
        "tf.Tensor([0.33333334], shape=(1,), dtype=float32)"
    )
    assert tensor_str([1, 2], "int64") == "tf.Tensor([1 2], shape=(2,), dtype=int64)"
    assert tensor_repr(2, "float32") == "<tf.Tensor: shape=(), dtype=float32, numpy=2.0>"


def test_zero_d_array_and_numpy_scalar_print_alike():
    for value in (np.array(2.5, dtype=np.float32), np.float32(2.5), 2.5):
        assert tensor_str(value, "float32") == "tf.Tensor(2.5, shape=(), dtype=float32)"
        assert tensor_repr(value, "float32") == "<tf.Tensor: shape=(), dtype=float32, numpy=2.5>"


def test_large_arrays_are_summarised():
    text = tensor_str(np.arange(1001, dtype=np.float32), "float32")
    assert text == (
        "tf.Tensor([   0.    1.    2. ...  998.  999. 1000.], shape=(1001,), dtype=float32)"
    )
    # 1000 elements is still printed in full.
    assert "..." not in tensor_str(np.arange(1000), "int64")


def test_variable_default_name_and_str_equals_repr():
    assert variable_repr(np.float32(3.0), "float32") == (
        "<tf.Variable 'Variable:0' shape=() dtype=float32, numpy=3.0>"
    )
    value = np.linspace(0, 3, 10)
    assert variable_str(value, "float64", "x:0") == variable_repr(value, "float64", "x:0")
    assert variable_repr(value, "float64", "x:0") == (
        "<tf.Variable 'x:0' shape=(10,) dtype=float64, numpy=\n"
        "array([0.        , 0.33333333, 0.66666667, 1.        , 1.33333333,\n"
        "       1.66666667, 2.        , 2.33333333, 2.66666667, 3.        ])>"
    )


def test_value_text():
    assert value_text(np.float32(3.0), "float32") == "3.0"
    assert value_text(np.float32(3.0), "float32", is_repr=True) == "3.0"
    assert value_text([[1, 2], [3, 4]], "int32") == "\n[[1 2]\n [3 4]]"
    assert value_text([True], "bool", is_repr=True) == "array([ True])"


def test_numpy_print_options_are_honoured():
    with np.printoptions(precision=3):
        assert tensor_str(np.array([1 / 3, 2 / 3]), "float64") == (
            "tf.Tensor([0.333 0.667], shape=(2,), dtype=float64)"
        )


@pytest.mark.parametrize(
    ("shape", "want_str", "want_repr"),
    [
        ((), "()", "TensorShape([])"),
        ((10,), "(10,)", "TensorShape([10])"),
        ((2, 3), "(2, 3)", "TensorShape([2, 3])"),
        ((2, 0), "(2, 0)", "TensorShape([2, 0])"),
        ((None, 3), "(None, 3)", "TensorShape([None, 3])"),
        ([4, 5, 6], "(4, 5, 6)", "TensorShape([4, 5, 6])"),
        ((np.int64(7),), "(7,)", "TensorShape([7])"),
        (None, "<unknown>", "TensorShape(None)"),
    ],
)
def test_shapes(shape, want_str, want_repr):
    assert shape_str(shape) == want_str
    assert shape_repr(shape) == want_repr


@pytest.mark.parametrize(
    "name", ["float16", "float32", "float64", "int32", "int64", "bool", "uint8", "string"]
)
def test_dtypes(name):
    assert dtype_str(name) == f"<dtype: '{name}'>"
    assert dtype_repr(name) == f"tf.{name}"


def test_dtype_given_as_numpy_type():
    assert dtype_repr(np.float32) == "tf.float32"
    assert dtype_str(np.dtype("int64")) == "<dtype: 'int64'>"
    assert tensor_str([1.0], np.float64) == "tf.Tensor([1.], shape=(1,), dtype=float64)"


def test_string_tensors():
    assert tensor_str(b"abc", "string") == "tf.Tensor(b'abc', shape=(), dtype=string)"
    assert tensor_repr(b"abc", "string") == "<tf.Tensor: shape=(), dtype=string, numpy=b'abc'>"
    assert tensor_repr([b"a", b"bc"], "string") == (
        "<tf.Tensor: shape=(2,), dtype=string, numpy=array([b'a', b'bc'], dtype=object)>"
    )


# ---- differential: against TensorFlow itself, where it is installed ----


@pytest.fixture(scope="module")
def tf():
    return pytest.importorskip("tensorflow")


@pytest.mark.parametrize(("make", "dtype", "want_str", "want_repr", "want_var"), GOLDEN)
def test_against_tensorflow(tf, make, dtype, want_str, want_repr, want_var):
    value = np.asarray(make(), dtype=dtype)
    t = tf.constant(value, dtype=getattr(tf, dtype))
    v = tf.Variable(value, name="v")
    assert tensor_str(value, dtype) == str(t)
    assert tensor_repr(value, dtype) == repr(t)
    assert variable_repr(value, dtype, v.name) == repr(v)
    assert variable_str(value, dtype, v.name) == str(v)
    assert shape_str(value.shape) == str(t.shape)
    assert shape_repr(value.shape) == repr(t.shape)
    assert dtype_str(dtype) == str(t.dtype)
    assert dtype_repr(dtype) == repr(t.dtype)


def test_against_tensorflow_extra(tf):
    assert shape_repr(None) == repr(tf.TensorShape(None))
    assert shape_str(None) == str(tf.TensorShape(None))
    assert shape_str((None, 3)) == str(tf.TensorShape([None, 3]))
    assert tensor_repr(b"abc", "string") == repr(tf.constant("abc"))
    assert tensor_str([b"a", b"bc"], "string") == str(tf.constant([b"a", b"bc"]))
    with np.printoptions(precision=3):
        assert tensor_str(np.array([1 / 3, 2 / 3]), "float64") == str(
            tf.constant([1 / 3, 2 / 3], dtype=tf.float64)
        )
