# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1001): values, gradients and
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
        a = np.asarray(t.numpy() if hasattr(t, "numpy") else t, dtype=np.float64)
        text = " ".join(repr(float(v)) for v in a.reshape(-1))
        print(f"case {n}: {label} {a.shape} {t.dtype.name} {text}")


def case_0():
    x = tf.Variable(np.array([-2.0, np.nan, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, -1.0, -1.0, -0.5, -2.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sigmoid(tf.tan(tf.stop_gradient(0.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([0.0, -0.5, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, 0.0, 3.0, 0.0, -2.0, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(tf.reduce_mean((y / y), axis=-1), tf.cos(y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([10.0, -np.inf, -1.0, -1.0, 2.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 0.5, 2.0, 1.0, -2.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tanh(tf.nn.relu((3.0 + y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([0.001, 0.5, 3.0, -np.inf, 1.0, np.nan], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([0.001, -1.0, np.inf], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, 2.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.nn.log_softmax(y) - tf.minimum(x, x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(y > x, y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([10.0, 10.0, 0.001, 3.0, -0.5, np.nan], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, -0.5, 0.001, 1.0, -1.0, np.inf], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.tanh(tf.maximum(y, 0.5))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.maximum(x, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([0.001, 10.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, -1.0, np.nan], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.reciprocal((tf.stop_gradient(x) / tf.tanh(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([3.0, np.inf, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, -1.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.pow(y, x)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * (x + x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.nan], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.square(tf.reduce_sum(x, axis=None)) / tf.reduce_mean(tf.reduce_min(x, axis=-1), axis=-1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([0.5, -1.0, 0.001, -0.5, np.inf, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, -0.5, -0.5, 0.001, 2.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([1.0, 2.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, -1.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([tf.nn.log_softmax(tf.nn.relu(y)), tf.pow(0.001, tf.concat([y, x], 0))], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([0.001, -0.5, 2.0, 10.0, 2.0, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 0.5, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(x < (y + x), tf.reduce_mean(x, axis=-1), 0.5)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * (-1.0 * x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, 3.0, 2.0, 0.0, 0.5, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.nn.log_softmax(x), -1.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([2.0, -0.5, 3.0, 10.0, 0.5, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, -0.5, 0.5, 2.0, 0.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.exp(x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([-0.5, -2.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tan(tf.nn.softmax(x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([1.0, -2.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_mean(tf.reduce_max(tf.where(x >= x, y, y), axis=None), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([-np.inf], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tanh(tf.pow(tf.reduce_min(1.0, axis=-1), tf.cos(0.5)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([1.0, 0.0, -1.0, -2.0, 1.0, np.nan], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 2.0, 0.5, 0.001, 0.0, -np.inf], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.pow(y, y) < tf.reduce_prod(x, axis=-1), (x + x), x)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.reduce_max(10.0, axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([0.001, -2.0, -1.0, -1.0, -0.5, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 0.001, -2.0, -2.0, 1.0, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([-0.5, -2.0, -2.0, -0.5, 2.0, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.math.reciprocal(tf.reduce_min(x, axis=None)) - tf.concat([(y - x), tf.math.log(x)], 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([-0.5, 0.001, 2.0, 2.0, 0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, -2.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(((x / 2.0) * tf.abs(y)), tf.where(tf.reduce_prod(y, axis=None) < (1.0 * y), tf.reduce_max(x, axis=None), tf.maximum(x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, 1.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.abs((2.0 * tf.sigmoid(10.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([-2.0, 1.0, 0.001, -2.0, -1.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.nan, 0.5, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sin(tf.minimum(tf.where(y >= x, y, y), x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([1.0, -0.5, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.reduce_min(tf.pow(0.0, x), axis=None) / tf.where(tf.where(y < y, x, x) >= tf.where(x > -2.0, x, x), tf.reduce_mean(y, axis=-1), (2.0 - x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([-1.0, np.inf, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, -1.0, -0.5, 3.0, 0.5, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_mean(tf.nn.log_softmax(y), axis=None)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.square(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([0.0, 2.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, -2.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sqrt(tf.nn.log_softmax((2.0 * x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([0.001, 1.0, 2.0, -0.5, 0.001, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-np.inf, 3.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (y + tf.clip_by_value(tf.where(x >= 1.0, 1.0, 0.5), -1.0, 2.0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([-0.5, 0.001, -0.5, -1.0, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(x, (-1.0 * tf.sqrt(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, 2.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.reduce_mean(tf.abs(x), axis=-1) > y, (tf.clip_by_value(x, -1.0, 2.0) - tf.math.log(y)), tf.where(tf.where(x >= y, y, y) < tf.math.reciprocal(0.001), tf.math.log(y), tf.minimum(y, -1.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([3.0, -1.0, 1.0, 10.0, 10.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 10.0, 0.001, 0.001, np.nan, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.where(x > x, x, y) * y)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.cos(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([-2.0, 0.001, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 1.0, -0.5, 0.001, -2.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.square(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, 0.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 3.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([3.0, -2.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, 3.0, -np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.pow(tf.where(y >= 2.0, 1.0, x), tf.reduce_prod(x, axis=0)) + tf.pow(tf.exp(y), tf.pow(x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, -0.5, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where((-3.0) < tf.tan(tf.reduce_mean(y, axis=None)), x, tf.sigmoid(tf.where(0.0 < 3.0, x, 0.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0, 1.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = ((tf.stop_gradient(x) * tf.minimum(x, y)) / tf.pow(tf.nn.softmax(10.0), y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([0.0, 10.0, np.nan], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, 1.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.softmax(tf.tanh((y / 0.001)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([-1.0, -2.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tanh(tf.cos(tf.tan(-2.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([1.0, -1.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, -1.0, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(x, tf.sin(tf.maximum(y, 0.001)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([0.0, 0.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, 0.5, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tanh(tf.minimum((-1.0 / y), tf.reduce_prod(x, axis=-1)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([2.0, -1.0, -0.5, 0.0, 10.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, 2.0, -1.0, 10.0, 2.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.identity(x) + tf.pow(x, x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
