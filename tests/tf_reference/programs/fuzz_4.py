# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1004): values, gradients and
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
    x = tf.Variable(np.array([-2.0, 2.0, -0.5, -1.0, -0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(tf.reduce_min(tf.matmul(x, x), axis=1), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([2.0, 1.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, -0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (y ** (y - y))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_2():
    x = tf.Variable(np.array([0.0, -2.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, -2.0, 10.0, -2.0, -np.inf, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(y, (tf.tan(x) / (0.5 * 10.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5, -1.0, 1.0, 1.0, np.nan, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.tanh(tf.where(y >= y, x, 10.0))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_4():
    x = tf.Variable(np.array([-1.0, 0.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, 10.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (tf.where(y < x, y, x) * tf.add(x, x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_5():
    x = tf.Variable(np.array([-2.0, 10.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 0.5, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.pow(x, 0.001) / y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([0.0, 1.0, 0.5, 1.0, 2.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, -2.0, -2.0, 3.0, 0.5, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.where((2.0 * y) > x, (y - 0.5), tf.identity(2.0)[0]) < tf.maximum(tf.sign(x), y), tf.where((x / y) < x, tf.pow(y, x), tf.add(y, 3.0)), tf.pow(tf.nn.softmax(0.5), tf.add(10.0, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([-0.5, 3.0, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, -2.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = x
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_8():
    x = tf.Variable(np.array([0.001, 0.001, 0.001, 0.5, -2.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, -2.0, 0.5, 10.0, 0.5, np.nan], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_prod(y, axis=1)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.multiply(x, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, 0.0, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.identity(tf.reduce_sum(y, axis=None))[..., -1:] < tf.maximum(tf.concat([y, x], 0), tf.where(x > y, y, 0.001)), tf.square(tf.identity(x)[..., -1:]), tf.where((0.0 - x) > (x + x), tf.where(y > x, x, x), tf.maximum(x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([0.5, np.inf, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, 0.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([0.0, 3.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, -0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_mean(tf.math.reciprocal(y), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([-0.5, -2.0, np.nan], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.clip_by_value(tf.nn.log_softmax(x), -1.0, 2.0), (tf.where(y < x, x, x) * tf.nn.softmax(0.001)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, 10.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.math.log(0.001)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_15():
    x = tf.Variable(np.array([2.0, 3.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 2.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.add(-0.5, (y + 0.5)) - tf.where(tf.matmul(y, x) < tf.maximum(y, y), tf.where(y > x, y, x), tf.reduce_max(x, axis=None)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(x, tf.where(tf.cos(y) > 3.0, tf.add(x, y), (x / -2.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([10.0, 0.5, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 10.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.abs(y) >= (y * x), tf.matmul(x, x), tf.nn.softmax(x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.where(10.0 >= -1.0, 3.0, -2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([2.0, 1.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, 1.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.math.reciprocal(tf.sin(10.0))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_19():
    x = tf.Variable(np.array([-0.5, -2.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, 0.0, -0.5, 10.0, 10.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stop_gradient(tf.reduce_max(tf.nn.softmax(y), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([2.0, 10.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.nan, 10.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([3.0, -0.5, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, 2.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.squeeze(1.0) - tf.math.reciprocal(0.0))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * (x ** 3.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([3.0, 0.001, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, -1.0, np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.multiply(tf.reduce_mean(x, axis=None), tf.minimum(x, y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.identity(x)[..., -1:]
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.stack([tf.add(1.0, x), tf.concat([y, y], 0)]) - y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([1.0, -np.inf, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, 0.5, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([10.0, -0.5, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, -2.0, 1.0, -0.5, -0.5, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_prod(tf.maximum((y * y), (y + y)), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5, 10.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.stack([tf.where(x >= x, x, y), x]) > tf.add(x, tf.identity(y)[0]), (tf.identity(y) / tf.sigmoid(x)), tf.reduce_sum(tf.matmul(2.0, y), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([-0.5, 1.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0, 2.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where((tf.matmul(x, y) / tf.sqrt(y)) >= tf.reduce_sum(tf.concat([y, x], 0), axis=-1), tf.expand_dims((0.5 + 10.0), 0), (tf.minimum(x, y) / (x / x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, -1.0, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.where(tf.add(y, y) >= tf.reduce_mean(-2.0, axis=0), (y + x), tf.pow(x, y)) / tf.where(x < tf.reduce_min(10.0, axis=1), y, (y + x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([3.0, 10.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, -0.5, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.abs(tf.sigmoid(y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([0.5, -0.5, np.inf, -2.0, 0.001, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, 0.5, np.nan], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reshape(tf.concat([y, tf.sin(-0.5)], 0), [-1])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([1.0, 0.5, 2.0, 1.0, 2.0, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, 0.0, 0.0, 0.001, 1.0, np.nan], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.where(tf.clip_by_value(y, -1.0, 2.0) > x, -0.5, tf.minimum(x, y))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_32():
    x = tf.Variable(np.array([2.0, -2.0, -1.0, -1.0, 3.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, -0.5, -1.0, -np.inf, 0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where((x / 10.0) >= tf.add(x, x), tf.tanh(x), (y ** x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * (x / 3.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([10.0, 3.0, -1.0, 0.0, -2.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, 1.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([-0.5, -np.inf, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 0.5, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.abs(tf.where(x < x, 0.001, x)) < tf.tanh(tf.reduce_max(0.5, axis=0)), tf.pow(tf.reduce_mean(0.5, axis=1), 0.5), tf.squeeze(tf.math.reciprocal(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([-2.0, 2.0, np.inf, 0.001, 10.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(x, tf.concat([tf.pow(y, 0.5), tf.reduce_mean(y, axis=1)], 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.log(tf.reduce_max(tf.identity(y), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([0.001, -2.0, 0.5, -2.0, 1.0, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 2.0, -2.0, -1.0, np.inf, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.where(tf.maximum(0.0, x) < tf.where(x >= 10.0, y, x), tf.nn.relu(0.0), tf.maximum(x, 3.0))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_38():
    x = tf.Variable(np.array([0.0, -1.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, -2.0, np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.stop_gradient(tf.matmul(y, y))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.cast(x, tf.float64)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([np.inf], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.minimum(tf.math.reciprocal(x), tf.stack([10.0, x]))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
