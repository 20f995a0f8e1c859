# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1008): values, gradients and
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
    x = tf.Variable(np.array([-1.0, 1.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 0.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = ((tf.math.log(2.0) ** tf.identity(x)[0]) / tf.nn.relu(tf.nn.softmax(2.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.inf], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.expand_dims(1.0, 0)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_2():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0, -0.5, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_mean(tf.nn.softmax(0.001), axis=None)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.sqrt(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.stop_gradient(tf.expand_dims(x, 0))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_4():
    x = tf.Variable(np.array([-2.0, 0.001, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, 1.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(1.0, tf.squeeze(tf.nn.softmax(2.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0, 0.5, 1.0, 0.001, 0.0, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([2.0, 1.0, 0.5, 0.0, 3.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 1.0, -0.5, 0.5, 10.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.stop_gradient(tf.math.reciprocal(x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.reduce_prod(x, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([np.inf, -2.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(x, tf.nn.log_softmax(tf.abs(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([0.001, 3.0, -2.0, -np.inf, -1.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 0.5, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.identity(2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([0.0, -0.5, -np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 0.001, -0.5, -2.0, -1.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather(tf.stack([tf.concat([y, x], 0), tf.concat([3.0, y], 0)]), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([0.0, 0.5, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, -2.0, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.multiply((y - y), -0.5)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.exp(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (x / tf.reshape(y, [-1]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001, -0.5, 1.0, 0.001, -0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.inf], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.matmul((y ** x), tf.multiply(x, -1.0)), tf.abs(tf.stack([x, x])))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([0.5, 0.5, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, -1.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (x + tf.tan(tf.reduce_sum(y, 0, True)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([-1.0, -np.inf, np.nan], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 0.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.reduce_prod(tf.where(x > 2.0, x, y), axis=None) < tf.multiply(tf.cast(y, tf.float64), tf.reduce_sum(y, axis=None)), tf.minimum(tf.reduce_min(x, axis=None), tf.maximum(x, 1.0)), tf.reduce_sum(x, axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([2.0, 0.001, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 0.001, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.expand_dims(((-2.0 + y) / tf.cos(y)), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([-2.0, -np.inf, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, -0.5, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.gather(tf.exp(y), 0)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_18():
    x = tf.Variable(np.array([-np.inf, 10.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 10.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.transpose(tf.where((x / 0.5) >= tf.maximum(x, x), y, tf.reduce_mean(y, axis=0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([10.0, -1.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 0.001, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([0.5, 1.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-np.inf, 0.001, np.nan], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.transpose(tf.matmul(x, -2.0))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_21():
    x = tf.Variable(np.array([10.0, 0.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, 1.0, 10.0, 0.0, -1.0, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_prod(x, axis=None)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.multiply(y, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([3.0, 0.5, 0.001, -0.5, -np.inf, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, 0.0, -np.inf, 1.0, 0.001, -np.inf], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(tf.tan(tf.tanh(x)), 1.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([-0.5, -1.0, -1.0, 2.0, 1.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-np.inf, 1.0, 1.0, 3.0, 10.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.matmul(tf.nn.relu(y), tf.add(x, y))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_24():
    x = tf.Variable(np.array([-2.0, -2.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.maximum(tf.reduce_sum(x, axis=1), tf.reduce_sum(3.0, axis=0))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.multiply(x, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([0.001, 1.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0, -1.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tanh(tf.concat([tf.reduce_max(-1.0, axis=None), tf.matmul(x, y)], 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([0.0, -1.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, 0.5, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.reduce_sum((y + x), axis=None))[..., -1:]
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([-2.0, 0.001, 3.0, 10.0, 0.0, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, -0.5, 2.0, -0.5, -2.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.matmul((-tf.add(x, x)), tf.gather(tf.reduce_max(y, axis=1), 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, 3.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(y < tf.minimum((y ** 2.0), tf.where(x < y, y, y)), tf.stack([y, tf.pow(y, y)]), tf.maximum(tf.stack([y, x]), tf.where(y >= x, x, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([-0.5, -2.0, 10.0, 10.0, 1.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 0.001, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.minimum(tf.math.abs(y), tf.squeeze(10.0))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.sigmoid(0.001)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([1.0, -2.0, -np.inf], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 3.0, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.reduce_min(tf.nn.relu(2.0), axis=1) > tf.transpose((x * y)), tf.transpose(1.0), tf.add(tf.maximum(y, x), (y + x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([0.0, 0.001, 3.0, 1.0, 3.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, np.nan, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.squeeze(tf.sigmoid(x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([0.001, 0.5, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 0.5, np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.matmul(tf.squeeze((y - y)), (tf.sin(x) - tf.reduce_sum(y, axis=None)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([-2.0, 10.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, 3.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(tf.reduce_sum(0.001, 0, True), tf.reduce_prod(tf.where(y < x, 2.0, y), axis=-1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([10.0, -1.0, np.nan], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, np.nan, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 2.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([0.001, 3.0, 3.0, 1.0, 2.0, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, -0.5, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(x < tf.cast(y, tf.float64), tf.sign(y), tf.multiply(3.0, 10.0))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([1.0, 0.0, -np.inf, 0.5, 0.5, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, 0.5, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(tf.pow((y * y), tf.reduce_sum(y, axis=None)), tf.sqrt(tf.identity(0.001)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([10.0, 3.0, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, -1.0, -np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_mean(tf.where(tf.where(x >= 2.0, x, x) > tf.where(y >= x, 0.5, y), tf.multiply(x, x), tf.pow(y, 2.0)), axis=1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([0.5, 0.0, -1.0, 10.0, 2.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, -2.0, 0.0, 2.0, -1.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.multiply((-y), -0.5)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_39():
    x = tf.Variable(np.array([0.5, -2.0, -1.0, 0.0, -1.0, -np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, -2.0, np.nan, 0.001, 3.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = -1.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
