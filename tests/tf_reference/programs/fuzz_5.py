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
        a = (tf.where(y > x, y, 10.0) ** 0.5)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * 0.5
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([0.001, 0.5, -0.5, 2.0, 0.5, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 2.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_mean(tf.squeeze((x * y)), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([10.0, -0.5, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cast(tf.where(tf.identity(y) >= tf.minimum(y, x), tf.math.reciprocal(x), 10.0), tf.float64)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([1.0, -1.0, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_min((-x), axis=0)
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
        out = (tf.where(tf.abs(x) < tf.reduce_min(y, axis=1), (y * x), tf.multiply(x, x)) / (tf.where(x < x, x, x) / tf.maximum(y, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cos(tf.minimum(tf.cast(y, tf.float64), tf.where(x > 2.0, x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([10.0, 0.001, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.inf, np.nan, -0.5, -np.inf, 10.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.reduce_mean(tf.where(y < y, 0.0, y), axis=None) + (tf.minimum(x, y) - x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([1.0, 10.0, np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, 2.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum((y * 2.0), tf.reduce_min(tf.sqrt(x), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.add(tf.reduce_min(y, axis=1), tf.where(x > y, y, x)) - tf.math.log((x + 10.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([2.0, 0.001, 1.0, 0.5, 0.0, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 2.0, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (((x - 1.0) / tf.cast(x, tf.float64)) * tf.reduce_sum(tf.expand_dims(y, 0), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.reciprocal(tf.reduce_max((x + x), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([1.0, 1.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, -1.0, 3.0, -1.0, 10.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.matmul(tf.minimum(0.5, y), tf.nn.relu(y))
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
        out = a * tf.cast(y, tf.float64)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([0.001, 0.0, 0.5, 10.0, 1.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.nan, -2.0, np.inf], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.reshape(tf.minimum(x, x), [-1]) - (tf.stop_gradient(y) * tf.where(0.001 > y, 0.5, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, 3.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(x >= tf.where(tf.math.reciprocal(-0.5) >= tf.reduce_max(y, axis=1), tf.matmul(y, y), tf.where(2.0 < 10.0, y, y)), y, tf.sigmoid(tf.clip_by_value(x, -1.0, 2.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([np.inf, -1.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, np.inf, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = ((y * y) - tf.add(x, 10.0))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.abs(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([-1.0, 10.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, -2.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.math.abs(tf.math.reciprocal(x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.matmul(y, 2.0)
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
        a = tf.sigmoid(tf.math.reciprocal(x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.concat([x, y], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([-2.0, 1.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, -1.0, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.add(x, y) * (x / y))
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
        out = a * tf.math.reciprocal(x)
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
        out = tf.multiply(tf.maximum(tf.add(10.0, x), tf.stop_gradient(x)), tf.sigmoid(tf.maximum(x, x)))
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
        out = (tf.pow(y, tf.tan(y)) + tf.where(tf.nn.relu(x) >= tf.concat([x, y], 0), tf.reduce_max(x, axis=None), tf.identity(y)[0]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([-2.0, 3.0, np.nan], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, -2.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.expand_dims(tf.pow(tf.nn.log_softmax(x), y), 0)
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
        out = (x / 0.5)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 0.001, -1.0, -0.5, 0.5, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.expand_dims(tf.add(x, y), 0)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.minimum(y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([2.0, 0.001, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, -np.inf, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (x ** x)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([0.5, -2.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5, -0.5, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.sign((y / -2.0)) + tf.where(tf.pow(y, y) > tf.maximum(y, y), tf.nn.softmax(y), tf.identity(-2.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, 0.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.reduce_sum((y * -1.0), 0, True) < (tf.squeeze(x) - tf.reduce_mean(y, axis=None)), tf.where(tf.where(x < y, y, x) >= tf.clip_by_value(x, -1.0, 2.0), y, tf.reduce_sum(x, axis=0)), tf.where(x >= (2.0 ** x), (-2.0 * y), tf.where(y < y, 1.0, y)))
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
        a = tf.add(tf.stack([x, x]), tf.math.log(3.0))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(x > 3.0, y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([-1.0, 3.0, 0.0, 2.0, 0.001, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.nan, 0.5, 3.0, 0.5, 0.5, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.minimum(tf.where(x < x, y, y), tf.stop_gradient(0.001))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.minimum(y, x)
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
        out = tf.nn.softmax(tf.minimum((y + y), tf.exp(2.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
