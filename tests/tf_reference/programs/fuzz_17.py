# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1017): values, gradients and
# errors of expressions over a Variable x and a watched constant y, with broadcasting,
# zeros, negatives, inf and NaN, and assignments to x while recording.
import numpy as np
import tensorflow as tf


def show(n, fn):
    try:
        results = fn()
    except Exception as e:
        first = (str(e).splitlines() or [""])[0]
        print(f"case {n}: error {type(e).__name__}: {first}")
        return
    for label, t in results:
        if t is None:
            print(f"case {n}: {label} None")
            continue
        if not hasattr(t, "numpy"):  # a gather's gradient: IndexedSlices
            t = tf.convert_to_tensor(t)
        a = np.asarray(t.numpy(), dtype=np.float64)
        text = " ".join(repr(float(v)) for v in a.reshape(-1))
        print(f"case {n}: {label} {a.shape} {t.dtype.name} {text}")


def case_0():
    x = tf.Variable(np.array([10.0, -0.5, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, -0.5, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(tf.clip_by_value(x, -1.0, 2.0), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([-np.inf, 2.0, 10.0, 1.0, 0.5, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, -1.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.sigmoid((1.0 ** x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_2():
    x = tf.Variable(np.array([-0.5, 0.001, -np.inf], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, -0.5, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = -2.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([0.0, -2.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.nan, 0.001, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.sigmoid((1.0 + y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.abs(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([1.0, 0.001, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 1.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([-2.0, np.inf, 1.0, -np.inf, 10.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, 0.001, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.transpose(x) * y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([-1.0, 3.0, -2.0, -0.5, -0.5, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 10.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.reduce_min(tf.identity(x)[0], axis=None)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_7():
    x = tf.Variable(np.array([1.0, 10.0, 3.0, -0.5, 0.001, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, -0.5, 0.5, 0.0, 0.001, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.matmul(tf.tan(x), x), tf.abs(tf.where(1.0 >= y, y, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([0.001, 3.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 2.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.sigmoid(tf.reduce_min(y, axis=0)) / (tf.nn.relu(y) / 3.0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-np.inf, 1.0, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.matmul(tf.maximum(y, -0.5), tf.sqrt(x)), tf.reshape(tf.identity(1.0)[..., -1:], [-1]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([1.0, 2.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, -1.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = ((tf.reduce_max(x, axis=1) - y) / tf.where(tf.maximum(x, y) >= y, (-y), x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([-0.5, 0.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 10.0, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.pow(tf.tan(x), tf.concat([y, x], 0))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([0.5, -2.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.identity(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, 0.001, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.abs(tf.nn.relu(y)) * tf.where((x + x) >= tf.where(-1.0 >= -2.0, x, y), y, tf.add(10.0, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(tf.reduce_prod(2.0, axis=0), y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, 0.001, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.exp(tf.add(tf.nn.relu(x), tf.add(y, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([10.0, 2.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cos(tf.where(tf.transpose(x) > tf.matmul(x, x), tf.matmul(y, y), tf.concat([x, x], 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([3.0, -1.0, 0.0, -2.0, 0.001, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([3.0, 10.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, np.inf, -0.5, 1.0, -0.5, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.reduce_sum(tf.where(x < y, y, x), 0, True))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.math.log(tf.concat([y, y], 0))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_20():
    x = tf.Variable(np.array([0.001, -2.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 0.5, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (-tf.where(y >= 1.0, -2.0, x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_21():
    x = tf.Variable(np.array([np.inf, 3.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, -np.inf, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.relu(tf.cast(tf.exp(y), tf.float64))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([0.001, 3.0, 0.0, -1.0, 3.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, 3.0, np.inf, 0.0, 0.0, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_max((tf.minimum(y, x) - tf.reduce_min(10.0, axis=None)), axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([0.0, 0.0, -np.inf], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, -2.0, 1.0, 2.0, 0.5, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cast(tf.multiply(tf.sign(1.0), tf.maximum(0.001, x)), tf.float64)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cos(tf.reduce_min(tf.cast(y, tf.float64), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([3.0, -2.0, 10.0, -1.0, -1.0, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-np.inf, 0.5, 1.0, 0.5, -0.5, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = y
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_26():
    x = tf.Variable(np.array([-2.0, -np.inf, -0.5, 2.0, -1.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = y
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_27():
    x = tf.Variable(np.array([-1.0, 2.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, 0.001, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(0.5 < tf.multiply(x, x), tf.where(y > y, 2.0, x), tf.reduce_sum(0.0, 0, True))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.matmul(x, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([-0.5, 10.0, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 0.5, np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = -0.5
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * (x / y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, np.nan, 1.0, 0.001, -0.5, np.inf], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sigmoid(tf.minimum(tf.identity(x)[..., -1:], x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([0.5, -1.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, 0.0, 0.001, 2.0, 1.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.sin(y) ** tf.sqrt(y))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([-2.0, 0.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, -0.5, 2.0, 0.5, 10.0, np.nan], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.reduce_max(tf.exp(x), axis=0)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_32():
    x = tf.Variable(np.array([0.001, -0.5, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, -0.5, -0.5, 2.0, 1.0, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.maximum(tf.concat([1.0, y], 0), (y - -0.5))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_33():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5, 1.0, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.minimum(x, y) / tf.add(x, 3.0))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.reduce_sum(x, 0, True)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([-1.0, 2.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.maximum((-x), tf.identity(0.0)[0])
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * (y / x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([1.0, 1.0, 2.0, 0.0, 1.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, np.inf, -1.0, 1.0, 0.5, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([0.0, -0.5, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5, -1.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sin(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([-np.inf, np.inf, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, -0.5, -1.0, -1.0, 10.0, np.nan], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.minimum(x, -0.5) > tf.transpose(x), tf.identity(y)[..., -1:], tf.where(y >= x, x, 1.0))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * (-x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([3.0, 1.0, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 0.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([10.0, 10.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, 2.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = ((tf.where(0.5 >= x, y, 2.0) * tf.tanh(0.0)) + tf.gather(tf.multiply(y, y), 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
