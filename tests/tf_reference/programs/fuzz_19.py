# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1019): values, gradients and
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
    x = tf.Variable(np.array([0.5, 0.001, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(tf.transpose(y), 10.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([0.001, 1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, 2.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.pow((-0.5 / y), tf.multiply(y, x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.stack([x, y])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.sign(x), axis=1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([1.0, -np.inf, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, -0.5, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.pow(tf.math.log(y), tf.reduce_max(-0.5, axis=None)) * tf.math.reciprocal(tf.minimum(0.5, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([0.0, -1.0, 3.0, -1.0, 0.5, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 10.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_prod(x, axis=None)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(-2.0 < -1.0, x, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([-np.inf], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, 3.0, 0.0, 1.0, 1.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (1.0 / tf.maximum((y + y), tf.expand_dims(x, 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([1.0, 0.0, -0.5, 0.0, -1.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, -2.0, 0.5, -2.0, 3.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.reduce_mean(x, axis=1)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_7():
    x = tf.Variable(np.array([0.0, -1.0, 2.0, np.nan, np.inf, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, 2.0, 1.0, -1.0, 0.001, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather(tf.gather(tf.squeeze(-1.0), 0), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, -1.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([2.0, -0.5, 0.001, 0.0, 2.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 0.5
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([3.0, np.nan, -2.0, -0.5, -0.5, np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 2.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.abs(tf.cos(tf.reduce_sum(y, axis=0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([0.001, -0.5, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, 0.0, 0.5, 1.0, 0.001, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.square(tf.square(x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.matmul(y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([0.5, 10.0, -np.inf, 0.001, 1.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, 0.001, 0.5, 3.0, np.inf, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([0.0, 1.0, 10.0, -np.inf, np.nan, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, 10.0, -np.inf], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.abs(tf.where(0.5 < -0.5, y, y))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * (y + y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([-0.5, 2.0, 0.5, -1.0, 0.5, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, -0.5, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([-0.5, -1.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, -1.0, 0.5, -0.5, 0.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(tf.pow(tf.minimum(0.0, x), tf.multiply(y, 0.5)), (tf.clip_by_value(x, -1.0, 2.0) / tf.transpose(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([-1.0, 0.001, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, np.inf, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.tan(x) * tf.reduce_sum(tf.reduce_mean(y, axis=None), 0, True))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([1.0, -2.0, 1.0, 0.0, 0.5, -np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 0.001, np.nan, 0.0, 3.0, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tanh(-2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([0.0, 2.0, 0.001, 0.0, -0.5, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.log(tf.pow(tf.where(y > x, x, 2.0), tf.reduce_sum(x, 0, True)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([-1.0, 0.5, 0.0, -0.5, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(((x / 0.0) - tf.add(x, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([-0.5, -1.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, -np.inf, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.stop_gradient(tf.abs(x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_22():
    x = tf.Variable(np.array([0.5, 1.0, -2.0, -0.5, -0.5, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, 10.0, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.log(tf.pow((-0.001), tf.where(y < y, x, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, 10.0, 2.0, 3.0, -0.5, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(x, tf.maximum(tf.where(x < 0.0, y, 0.0), tf.reshape(y, [-1])))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([-1.0, 3.0, 0.001, 0.001, -0.5, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, 0.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(y, tf.identity(tf.stop_gradient(x))[0])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([3.0, np.nan, np.inf, 0.5, 0.5, np.nan], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, 0.001, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = -1.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([-2.0, -2.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cast(tf.where((x - y) > (x * y), tf.reduce_sum(x, axis=0), tf.tan(y)), tf.float64)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([-2.0, -1.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tanh(tf.square(tf.where(x >= y, y, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather(tf.exp(tf.where(y >= y, y, x)), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([-0.5, np.nan, -2.0, 0.5, -2.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.inf, -1.0, 10.0, 10.0, -np.inf, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.reduce_mean((1.0 - x), axis=1)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_30():
    x = tf.Variable(np.array([1.0, -1.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, 10.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.add(y, tf.nn.softmax(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([-0.5, 2.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 0.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.matmul(x, tf.concat([x, y], 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([3.0, 1.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([np.nan], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.identity(y)[..., -1:] * (x * y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.squeeze(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([10.0, 2.0, 0.5, -np.inf, 0.5, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, -0.5, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.log_softmax(tf.reduce_prod(tf.reduce_sum(x, axis=None), axis=-1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([2.0, 0.5, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, 10.0, 2.0, 10.0, -0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 0.5
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, 0.5, 3.0, 10.0, 2.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.math.reciprocal(tf.tanh(0.5))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_37():
    x = tf.Variable(np.array([-1.0, 0.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 1.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.reduce_max(x, axis=-1)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_38():
    x = tf.Variable(np.array([-2.0, 0.001, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, 3.0, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(x > tf.reduce_prod(x, axis=-1), y, y)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.squeeze(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.exp(tf.pow(10.0, y))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
