# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1003): values, gradients and
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
    x = tf.Variable(np.array([0.001, 3.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.clip_by_value(tf.matmul(y, tf.reduce_max(-1.0, axis=1)), -1.0, 2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([0.001, 0.0, 0.5, -1.0, -1.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 2.0, -1.0, 0.0, -2.0, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 2.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([10.0, 10.0, 3.0, 1.0, 3.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.nan, 10.0, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([0.001, -1.0, 2.0, -np.inf, 3.0, np.nan], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, 1.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = -1.0
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_4():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_prod(tf.cos(tf.maximum(1.0, 1.0)), axis=1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([0.001, 0.001, 3.0, 0.0, 0.001, np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, -np.inf, -0.5, 1.0, 2.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather(tf.nn.softmax(tf.abs(y)), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, -1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.math.reciprocal(x)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.identity(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([0.5, -np.inf, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, -0.5, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.square(x) >= tf.pow(2.0, y), x, tf.reduce_min(x, axis=None))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.reduce_sum(y, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([2.0, 0.5, -np.inf], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5, 0.5, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.stack([(y / x), (x ** y)])
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_9():
    x = tf.Variable(np.array([0.5, 1.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, -2.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.concat([tf.cos(x), tf.tan(y)], 0)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_10():
    x = tf.Variable(np.array([2.0, 1.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([0.001, 10.0, 10.0, -np.inf, -2.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.nan, 0.5, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.nn.softmax(tf.stack([y, x]))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.multiply(-2.0, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([-2.0, 2.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, -2.0, -2.0, 2.0, -np.inf, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(tf.reduce_prod(tf.sigmoid(0.0), axis=None), tf.square(tf.reduce_sum(y, axis=None)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5, -0.5, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.matmul(tf.where(tf.reduce_prod(x, axis=None) >= tf.reduce_max(x, axis=None), tf.add(x, y), tf.reduce_mean(0.001, axis=None)), tf.maximum(tf.gather(1.0, 0), y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5, 1.0, 0.5, 0.0, -2.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (((x - x) ** tf.math.reciprocal(-2.0)) - (3.0 ** (x / x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([-1.0, -2.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = y
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_16():
    x = tf.Variable(np.array([2.0, -0.5, -2.0, 1.0, 2.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 0.5, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum((tf.transpose(y) / tf.reduce_prod(0.0, axis=1)), (-tf.minimum(y, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([0.0, 0.0, 0.0, -0.5, -np.inf, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, 0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([0.0, -np.inf, 10.0, np.nan, -1.0, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, 0.5, 2.0, 1.0, -0.5, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.sin(y)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_19():
    x = tf.Variable(np.array([1.0, 1.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, -1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sigmoid(0.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([2.0, 2.0, 0.5, -1.0, 3.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-np.inf, 2.0, np.nan, 2.0, 3.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.expand_dims(tf.multiply(0.5, x), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([-2.0, -2.0, 0.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5, 0.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.clip_by_value(tf.stack([x, 0.0]), -1.0, 2.0)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_22():
    x = tf.Variable(np.array([0.001, -np.inf, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 0.001, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(y > tf.sign(y), 10.0, tf.transpose(tf.reduce_max(-1.0, axis=None)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0, 1.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (-tf.reduce_prod((x + x), axis=-1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0, 3.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([3.0, tf.where(tf.square(x) < tf.sqrt(2.0), tf.reduce_sum(0.001, axis=-1), tf.sign(y))], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([tf.exp(tf.matmul(x, x)), tf.math.log(tf.nn.softmax(1.0))], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([10.0, 1.0, 0.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, -1.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (-0.5 / tf.multiply(y, y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.exp(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([2.0, 3.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (-2.0 ** tf.reduce_prod(y, axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([10.0, 0.001, -0.5, -1.0, 0.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.log_softmax(tf.reduce_sum(tf.sigmoid(10.0), axis=0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, -0.5, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(1.0, tf.abs(tf.where(y > x, y, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, -0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.reduce_mean(tf.reduce_sum(0.001, axis=None), axis=-1)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_31():
    x = tf.Variable(np.array([1.0, -1.0, -2.0, 10.0, 10.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, 3.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.reciprocal(tf.identity((y ** x))[..., -1:])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([0.0, 3.0, np.nan, -2.0, -1.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 3.0, -2.0, 0.001, -2.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reshape((tf.nn.log_softmax(2.0) - y), [-1])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([-0.5, 0.5, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = y
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_34():
    x = tf.Variable(np.array([0.5, 0.0, -1.0, 2.0, -np.inf, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, 2.0, 0.001, -2.0, -1.0, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (tf.identity(y) + tf.add(x, x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_35():
    x = tf.Variable(np.array([0.5, -1.0, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 0.5, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.squeeze(x), axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([-1.0, -2.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, 10.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.stack([0.5, x])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([-2.0, 0.5, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 10.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.identity(y)[..., -1:]
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_38():
    x = tf.Variable(np.array([0.0, 2.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, 0.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_prod((tf.tanh(-0.5) ** (1.0 ** x)), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([-1.0, 2.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.abs(tf.gather(x, 0))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
