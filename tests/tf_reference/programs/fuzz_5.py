# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1005): values, gradients and
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
    x = tf.Variable(np.array([0.0, 0.001, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, -0.5, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.pow(tf.where(y > x, y, 10.0), 0.5)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * 0.5
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([0.001, 0.5, -0.5, 2.0, 0.5, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 2.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_mean(tf.identity((x - y)), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([10.0, -0.5, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stop_gradient(tf.where(tf.nn.relu(y) >= (y / x), tf.abs(x), 10.0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([1.0, -1.0, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_min(tf.math.log(x), axis=0)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([-2.0, 0.0, 10.0, 3.0, 0.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, -0.5, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([-1.0, 3.0, 0.0, 0.001, -1.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, -0.5, 2.0, 10.0, -2.0, np.nan], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.where(tf.exp(x) < tf.reduce_min(y, axis=1), (y - x), tf.concat([x, x], 0)) * (tf.where(x < x, x, x) * (y * y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cos((tf.stop_gradient(y) / tf.where(x > 2.0, x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([10.0, 0.001, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.inf, np.nan, -0.5, -np.inf, 10.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.reduce_mean(tf.where(y < y, 0.0, y), axis=None) + ((x / y) + x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([1.0, 10.0, np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, 2.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = ((y - 2.0) * tf.reduce_min(tf.exp(x), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.concat([tf.reduce_min(y, axis=1), tf.where(x > y, y, x)], 0) + tf.sigmoid((x + 10.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([2.0, 0.001, 1.0, 0.5, 0.0, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 2.0, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (((x + 1.0) - tf.stop_gradient(x)) - tf.reduce_sum(tf.clip_by_value(y, -1.0, 2.0), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sqrt(tf.reduce_max((x + x), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([1.0, 1.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, -1.0, 3.0, -1.0, 10.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.pow((0.5 / y), tf.sqrt(y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, 10.0, 0.001, -0.5, 0.001, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_mean(tf.reduce_max(y, axis=-1), axis=None)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.stop_gradient(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([0.001, 0.0, 0.5, 10.0, 1.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.nan, -2.0, np.inf], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.clip_by_value((x / x), -1.0, 2.0) + (tf.nn.relu(y) - tf.where(0.001 > y, 0.5, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, 3.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(x >= tf.where(tf.abs(-0.5) >= tf.reduce_max(y, axis=1), tf.minimum(y, y), tf.where(2.0 < 10.0, y, y)), y, tf.tanh((-x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([np.inf, -1.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, np.inf, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = ((y - y) + tf.concat([x, 10.0], 0))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.exp(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([-1.0, 10.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, -2.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.stop_gradient(tf.sqrt(x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.minimum(y, 2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([-np.inf, 0.0, 0.0, -0.5, 1.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, -1.0, -2.0, 3.0, np.inf, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = -0.5
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([-0.5, 0.001, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, 2.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.tanh(tf.abs(x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.maximum(x, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([-2.0, 1.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, -1.0, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.concat([x, y], 0) - (x * y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([-0.5, 10.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 10.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.abs(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([-2.0, 0.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, np.nan, np.nan, -2.0, 1.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_prod(y, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([0.0, -0.5, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 0.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([(tf.concat([10.0, x], 0) * tf.nn.relu(x)), tf.tanh((x * x))], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([10.0, 3.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 10.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([2.0, -2.0, 3.0, -2.0, 3.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 10.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = ((y / tf.abs(y)) + tf.where(tf.sqrt(x) >= tf.maximum(x, y), tf.reduce_max(x, axis=None), tf.tan(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([-2.0, 3.0, np.nan], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, -2.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity((tf.square(x) / y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(y, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, 0.001, np.nan], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_prod(tf.reduce_prod(tf.where(10.0 >= -2.0, x, y), axis=-1), axis=-1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([-1.0, np.inf, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, 0.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (x - 0.5)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 0.001, -1.0, -0.5, 0.5, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.clip_by_value(tf.concat([x, y], 0), -1.0, 2.0)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * (y / y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([2.0, 0.001, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, -np.inf, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.pow(x, x)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([0.5, -2.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5, -0.5, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.math.reciprocal((y - -2.0)) + tf.where(tf.maximum(y, y) > (y * y), tf.square(y), tf.nn.relu(-2.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, 0.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.nn.softmax((y - -1.0)) < (tf.identity(x) + tf.reduce_mean(y, axis=None)), tf.where(tf.where(x < y, y, x) >= (-x), y, tf.reduce_sum(x, axis=0)), tf.where(x >= tf.pow(2.0, x), (-2.0 - y), tf.where(y < y, 1.0, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([0.001, 3.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (y - x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([np.inf, -2.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, 2.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.concat([tf.maximum(x, x), tf.sigmoid(3.0)], 0)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(x > 3.0, y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([-1.0, 3.0, 0.0, 2.0, 0.001, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.nan, 0.5, 3.0, 0.5, 0.5, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.where(x < x, y, y) / tf.math.reciprocal(0.001))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * (y / x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_mean(tf.reduce_sum(x, axis=None), axis=None)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.reduce_max(y, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([0.5, 1.0, -np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, -1.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.square(((y + y) / tf.tanh(2.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
