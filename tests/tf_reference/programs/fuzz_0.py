# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1000): values, gradients and
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
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, -0.5, 1.0, 0.0, 0.001, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.log((tf.where(0.001 > y, y, x) - tf.matmul(x, 0.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.inf, 2.0, 0.5, 0.0, -2.0, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.reduce_max(x, axis=None) >= tf.add(2.0, y), tf.exp(x), x)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.reduce_sum(-1.0, axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([-2.0, 2.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0, -np.inf, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (-tf.where(3.0 < tf.stack([y, y]), tf.reduce_min(-1.0, axis=0), tf.reduce_sum(x, 0, True)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5, -1.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([1.0, 1.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, 1.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.sign((y + y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.stop_gradient(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([0.0, -0.5, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 0.5, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(tf.identity(tf.where(x > y, y, x))[..., -1:], tf.multiply(y, tf.matmul(2.0, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.expand_dims(tf.reduce_max(tf.reduce_sum(x, 0, True), axis=None), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, 0.5, -2.0, -0.5, -1.0, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(x, 0, True)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([np.nan, -0.5, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 0.001, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = ((-tf.reduce_min(y, axis=0)) * tf.nn.log_softmax(tf.reduce_min(y, axis=None)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([10.0, 0.001, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow((tf.cast(-0.5, tf.float64) - (y - x)), tf.abs(tf.where(y >= x, y, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([-0.5, 10.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.math.log(tf.reduce_min(y, axis=-1))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * (x + x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([-1.0, 0.0, 2.0, 3.0, 10.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-np.inf, 2.0, -np.inf], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.cos(tf.minimum(3.0, 0.0))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.where(x < y, x, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([0.0, 1.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 10.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.reduce_sum(tf.sign(-2.0), axis=None) + tf.add(x, tf.matmul(y, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([-2.0, 2.0, 1.0, np.nan, -1.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, -2.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.where(y < y, x, y) < tf.math.reciprocal(y), (y * y), tf.cos(x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 2.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.math.abs(tf.maximum(10.0, -0.5)) / tf.reduce_sum((x ** y), 0, True))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([0.001, 3.0, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, -1.0, -np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.clip_by_value(y, -1.0, 2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.pow(tf.matmul(y, y), tf.clip_by_value(x, -1.0, 2.0)) / tf.reduce_sum(tf.minimum(x, 0.5), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, 0.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(tf.where(tf.where(y > x, y, x) < y, (y * x), tf.reduce_mean(-2.0, axis=None)), tf.where((0.5 ** x) >= 0.5, tf.math.abs(-0.5), tf.transpose(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([0.5, 10.0, np.nan], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, 0.001, -1.0, 2.0, 0.5, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0, 0.001, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([10.0, 0.001, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([np.nan, 3.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.abs(tf.where(tf.square(x) < tf.reduce_sum(2.0, 0, True), x, tf.squeeze(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([0.5, -2.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, 0.001, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([-1.0, 0.5, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, 10.0, 0.0, -2.0, 0.5, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5, -1.0, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where((y / x) > x, y, tf.stop_gradient(x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * 3.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([0.001, 1.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, -2.0, -np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum((tf.reduce_mean(-2.0, axis=None) ** tf.nn.softmax(x)), x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([-2.0, -1.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, 3.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_mean(tf.exp(x), axis=1)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(-2.0 >= 0.0, x, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([0.5, 10.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.stack([(x * x), tf.reshape(y, [-1])]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([-np.inf, -1.0, 0.0, -2.0, 2.0, np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 1.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(tf.identity(tf.reduce_sum(x, axis=0)), tf.reduce_sum(x, axis=0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([0.5, 3.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, 3.0, 1.0, -1.0, 0.001, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(((y / x) / tf.clip_by_value(0.5, -1.0, 2.0)), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, np.nan, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([-2.0, 0.0, -np.inf, 3.0, 1.0, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.reciprocal((x * y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([0.0, 0.001, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.nan, -0.5, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reshape(tf.add(tf.square(x), tf.maximum(y, x)), [-1])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([2.0, -1.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.expand_dims(tf.pow(tf.reduce_min(y, axis=None), tf.stack([x, y])), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([10.0, 0.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 1.0, 0.5, 0.5, np.inf, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = ((2.0 / tf.cos(x)) ** (tf.where(y > y, y, 2.0) + tf.concat([0.5, 3.0], 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([np.inf, -2.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, -2.0, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (x + tf.reduce_min(x, axis=None))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(x >= x, x, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([3.0, 1.0, 3.0, 1.0, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.inf, 0.001, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(y, tf.identity(tf.stack([y, y])))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([-0.5, 0.001, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, 0.001, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.relu((tf.gather(0.5, 0) * tf.reduce_prod(x, axis=1)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([1.0, -2.0, 0.5, -2.0, 2.0, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.clip_by_value(tf.concat([tf.reduce_min(x, axis=None), x], 0), -1.0, 2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([-2.0, 0.5, 2.0, -2.0, np.nan, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.where(tf.minimum(x, y) > tf.math.abs(y), x, tf.concat([x, y], 0)) >= y, y, (-0.5 ** tf.maximum(x, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
