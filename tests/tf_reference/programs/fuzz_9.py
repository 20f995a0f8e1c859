# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1009): values, gradients and
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
    x = tf.Variable(np.array([-np.inf, 1.0, 0.001, 0.5, np.nan, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.inf], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_max(tf.nn.log_softmax(x), axis=1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([-2.0, -1.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, 0.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_prod(tf.where(tf.stack([10.0, 0.0]) >= tf.where(x >= y, x, y), tf.math.reciprocal(y), tf.sqrt(1.0)), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([2.0, -0.5, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.clip_by_value((y + 0.0), -1.0, 2.0)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_3():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0, 0.5, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.reduce_prod((0.5 / 1.0), axis=1) < tf.nn.softmax(tf.concat([y, y], 0)), tf.clip_by_value(x, -1.0, 2.0), (tf.reshape(y, [-1]) * (0.0 ** y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([1.0, -1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, 0.001, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(y, axis=-1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([0.001, -2.0, 0.0, 10.0, 10.0, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 2.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.clip_by_value(y, -1.0, 2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([-2.0, 10.0, 2.0, 0.001, 0.001, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, -0.5, -np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(tf.identity((y ** y))[..., -1:], tf.reduce_mean(tf.nn.relu(y), axis=0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([10.0, -1.0, np.inf, 0.0, 0.001, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 2.0, 3.0, 2.0, np.inf, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 1.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([-1.0, 0.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 2.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.minimum(tf.tan(-1.0), x) < tf.tan(tf.sign(y)), tf.math.abs(tf.where(10.0 >= -0.5, x, x)), tf.multiply(10.0, y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([np.inf, 10.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.nan, 1.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_prod(tf.reshape(y, [-1]), axis=0)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.abs(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([-np.inf, 2.0, 10.0, 0.0, 10.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, np.inf, 3.0, -1.0, 1.0, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = y
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_11():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, -1.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (-tf.square(y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.pow(-2.0, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([2.0, -0.5, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, 2.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.math.abs(x) - y)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.transpose(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([-np.inf, -1.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.pow(y, -2.0) * y)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.stack([x, y])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([np.inf], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.concat([tf.multiply(y, y), tf.pow(y, -0.5)], 0)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_15():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([1.0, 0.5, 0.001, 3.0, -0.5, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.nan, 0.001, -2.0, 10.0, -1.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.multiply(tf.reduce_max(x, axis=None), tf.square(0.5)), 0, True)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([1.0, 3.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, -1.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.abs(y) >= tf.identity(tf.reduce_min(x, axis=1))[..., -1:], tf.identity(0.0)[..., -1:], -2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, 0.5, 0.0, -1.0, -1.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(tf.add(tf.add(x, y), (x * x)), (x * tf.transpose(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([0.5, -2.0, -np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, -1.0, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.nn.relu(tf.multiply(y, x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.maximum(x, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([0.001, 10.0, 2.0, 1.0, -0.5, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.inf, -2.0, 2.0, 3.0, 3.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, 3.0, 1.0, -np.inf, 3.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (tf.identity(y)[..., -1:] ** tf.where(y > x, y, y))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_22():
    x = tf.Variable(np.array([0.0, -0.5, -2.0, 0.0, 2.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 2.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.squeeze(tf.stack([y, y]))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.multiply(x, 3.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([3.0, 2.0, 0.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, 10.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (-1.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([10.0, -0.5, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0, 0.001, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.where(tf.minimum(x, x) < tf.exp(x), tf.gather(x, 0), tf.where(y >= 0.0, x, y)) > (tf.matmul(x, 10.0) / tf.reduce_sum(y, axis=1)), tf.pow(tf.minimum(0.5, x), tf.gather(y, 0)), (tf.multiply(y, x) - (x + y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([10.0, 0.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.inf, 1.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.stack([(x + x), tf.multiply(y, x)])
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_26():
    x = tf.Variable(np.array([0.5, np.inf, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, 0.5, 0.5, 2.0, 0.5, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.math.reciprocal(tf.where(0.5 < x, y, y)) - tf.gather(tf.reduce_mean(x, axis=1), 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([0.0, -2.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, -np.inf, 10.0, -1.0, 1.0, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(x, tf.add(tf.where(10.0 < y, y, x), (x / y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001, -0.5, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where((tf.add(x, 2.0) * (-1.0 / y)) > tf.cast((y / x), tf.float64), y, tf.identity((y ** x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([10.0, 10.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, 10.0, -2.0, 0.001, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 1.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([-0.5, 0.5, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, np.nan, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.tanh(x)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_32():
    x = tf.Variable(np.array([0.001, -1.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, 1.0, -np.inf, np.nan, 1.0, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.math.abs(tf.matmul(y, y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.multiply(x, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([0.0, 0.001, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, -0.5, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(y, tf.where(tf.matmul(x, y) < tf.exp(y), tf.square(2.0), tf.gather(x, 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([np.inf, -2.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, 0.5, 2.0, -2.0, 0.5, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tan(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([2.0, 0.5, 0.0, 1.0, 0.001, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 2.0, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(x, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([0.0, -2.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 0.001, 3.0, -1.0, 0.5, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.tanh(tf.where(y > x, y, y)) * tf.tanh((y * y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([-0.5, 2.0, -np.inf, -np.inf, 10.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, -2.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * (y / y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([-np.inf, 0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, 2.0, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_prod(tf.sqrt(tf.stack([3.0, y])), axis=1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([0.0, 1.0, np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, -2.0, np.nan], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(x, tf.exp(tf.expand_dims(y, 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
