# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1018): values, gradients and
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
    x = tf.Variable(np.array([-2.0, 0.001, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 0.0, 3.0, 0.5, 0.0, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = 2.0
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_1():
    x = tf.Variable(np.array([0.5, 2.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 3.0, np.inf], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.transpose(tf.sqrt((x - y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([-2.0, 0.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.clip_by_value(tf.math.log(tf.tanh(x)), -1.0, 2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([-1.0, -1.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.inf], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.nn.log_softmax(tf.reduce_max(x, axis=1)) > tf.identity(x)[0], tf.where(x >= tf.multiply(-0.5, y), tf.pow(-1.0, -1.0), tf.where(y < y, y, x)), tf.where(tf.reduce_sum(y, axis=None) < tf.multiply(y, 0.001), tf.squeeze(x), tf.matmul(x, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([1.0, 10.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, 10.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_max(tf.math.log(x), axis=0)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * (x + 0.001)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([2.0, -1.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 3.0, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow((tf.squeeze(y) ** tf.sigmoid(x)), tf.minimum(tf.cos(x), tf.cos(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0, 0.5, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sin(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([np.inf, 2.0, 0.0, -1.0, 3.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 0.5, -1.0, 3.0, -2.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cos(tf.math.reciprocal(tf.reduce_sum(x, 0, True)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([np.nan, 10.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, -2.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (tf.where(x >= x, y, x) * tf.identity(3.0)[..., -1:])
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_9():
    x = tf.Variable(np.array([-2.0, 2.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 3.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 2.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([-2.0, 0.001, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, np.inf, 10.0, -2.0, -2.0, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.identity(tf.sign(x))[0]
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([-1.0, -np.inf, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, -0.5, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = y
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_12():
    x = tf.Variable(np.array([0.0, 3.0, 10.0, 0.001, 1.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, -2.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(y, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([1.0, 0.001, 10.0, 3.0, 1.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, 0.0, 2.0, -1.0, 2.0, -np.inf], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.identity((x ** x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([-2.0, -0.5, 2.0, 1.0, -1.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, 3.0, -1.0, -0.5, 0.0, np.nan], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = -1.0
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.math.log(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, np.nan, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.reduce_min(tf.reduce_mean(y, axis=None), axis=-1) ** (-1.0 * tf.identity(y)[..., -1:]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([-2.0, 0.0, 0.0, -2.0, -2.0, -np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 1.0, np.nan, -2.0, -2.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sin(tf.reduce_sum(tf.where(x >= x, y, y), 0, True))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([-2.0, 2.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (x + (x + -2.0))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_18():
    x = tf.Variable(np.array([2.0, 0.5, 2.0, 0.0, 0.001, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, 3.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.reduce_min(2.0, axis=None) ** x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([0.5, 0.001, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, -0.5, 0.5, 10.0, 0.001, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where((-y) < tf.matmul(tf.math.log(y), tf.add(0.5, x)), (tf.matmul(y, y) + (y * y)), (tf.reduce_sum(x, axis=None) + tf.nn.softmax(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([1.0, 3.0, 0.5, 0.001, -0.5, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.reduce_mean(1.0, axis=None) + tf.multiply(x, x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.stop_gradient(0.001)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([-2.0, 1.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(x, tf.reshape(tf.add(x, x), [-1]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([np.inf, 2.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, 0.5, 0.0, 10.0, 3.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(y, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([-0.5, -2.0, np.nan], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, 0.0, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.multiply(tf.add(y, x), x)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([-1.0, 0.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-np.inf], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([0.5, -1.0, -np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.nan, 0.5, 10.0, -0.5, -2.0, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([1.0, -1.0, -1.0, -np.inf, 0.5, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.inf, 2.0, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tanh(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([0.0, 0.001, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5, 0.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 0.5
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([0.0, -1.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, 3.0, -0.5, 10.0, np.inf, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([0.001, 2.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 0.0, -0.5, -0.5, 10.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.pow(tf.sigmoid(y), tf.sqrt(y)) * y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([0.001, 0.001, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-np.inf, -0.5, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.matmul(x, y) ** x)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.reduce_sum(y, axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, 3.0, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.gather(tf.matmul(y, y), 0)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_32():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.reduce_max(tf.reduce_max(0.5, axis=0), axis=None) >= tf.reduce_max(10.0, axis=0), y, tf.sign(tf.maximum(x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([-1.0, -1.0, np.inf, 0.0, -2.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, np.nan, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (-2.0 / tf.reduce_prod(tf.sign(x), axis=1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([0.5, np.nan, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 2.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.maximum(y, tf.pow(x, y))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_35():
    x = tf.Variable(np.array([1.0, -1.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 0.001, 3.0, -1.0, 1.0, np.inf], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.matmul(tf.stack([x, x]), tf.cast(x, tf.float64)) ** tf.matmul(y, (x / y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, 0.5, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.pow(0.5, 2.0) + tf.reduce_sum(y, 0, True))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.identity(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([3.0, 3.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 0.001, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.where(tf.tanh(y) >= x, x, tf.reduce_mean(x, axis=None)), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([0.0, 2.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, -1.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.nan], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(tf.where(tf.where(0.001 >= x, y, 0.0) >= x, tf.exp(y), tf.gather(y, 0)), (tf.maximum(x, y) ** (y + 1.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
