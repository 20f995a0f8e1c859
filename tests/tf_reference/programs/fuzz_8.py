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
        a = np.asarray(t.numpy() if hasattr(t, "numpy") else t, dtype=np.float64)
        text = " ".join(repr(float(v)) for v in a.reshape(-1))
        print(f"case {n}: {label} {a.shape} {t.dtype.name} {text}")


def case_0():
    x = tf.Variable(np.array([-1.0, 1.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 0.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_min(tf.minimum(x, x), axis=None)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * (x ** x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([-np.inf, 2.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, -1.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.gather(x, 0)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.tanh(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, 0.5, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(tf.sin((y * x)), 0.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([-np.inf], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, 2.0, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.matmul(tf.reduce_min(tf.identity(y)[0], axis=None), tf.exp(tf.stack([y, y])))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([np.nan, -0.5, -1.0, 0.5, 1.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, -0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.concat([tf.reduce_sum(x, 0, True), (x - 1.0)], 0)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.square(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([1.0, 3.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, 3.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.relu(tf.pow(tf.where(x > y, x, x), (x / y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 1.0, 2.0, -1.0, 0.0, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.maximum(y, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([-0.5, -2.0, -2.0, 0.0, 0.0, np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, 0.001, 0.0, 0.001, 1.0, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([2.0, -1.0, 0.5, 1.0, -0.5, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, 0.5, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.exp(tf.concat([y, x], 0))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * (0.001 ** x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([-1.0, -0.5, 10.0, 0.0, -0.5, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, -np.inf, -0.5, 10.0, 0.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.math.abs(tf.where(x >= y, y, x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.cos(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([-1.0, -1.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([0.001, -1.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, 10.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.matmul(x, y) < tf.multiply(x, x), tf.matmul(x, 10.0), tf.abs(x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([10.0, -1.0, 3.0, 0.0, 2.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, -2.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(y > tf.sign(y), tf.clip_by_value(y, -1.0, 2.0), -1.0)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([0.5, -1.0, 0.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 0.001, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.where(tf.stack([y, x]) >= tf.reduce_sum(y, axis=1), y, (y + x)), axis=1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([2.0, 2.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(0.0 < 0.5, x, 1.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([10.0, 0.001, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, -1.0, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather(tf.reduce_mean(tf.reduce_min(x, axis=1), axis=None), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([0.5, -0.5, 1.0, 0.001, np.nan, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 2.0, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.maximum(2.0, tf.add(10.0, y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.concat([10.0, y], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([10.0, 0.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, -np.inf, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(tf.square(tf.transpose(y)), tf.reduce_sum(tf.where(y > -0.5, x, y), axis=-1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, -np.inf, 0.001, np.nan, 0.001, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (-(tf.stack([y, x]) / tf.transpose(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([0.5, -0.5, -0.5, 0.5, 1.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 3.0, -1.0, 3.0, 3.0, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply((tf.where(x < y, y, x) ** tf.cos(x)), (x - tf.where(y > y, x, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([np.inf, 10.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([-1.0, 10.0, np.nan], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 0.5, 1.0, 1.0, 0.5, np.nan], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cast(tf.matmul(tf.clip_by_value(y, -1.0, 2.0), x), tf.float64)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.log(tf.maximum(tf.reduce_sum(x, axis=1), tf.reduce_sum(3.0, axis=0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([0.5, -np.inf, 0.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, 1.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = -1.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([-2.0, -2.0, -1.0, 10.0, -2.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, -0.5, -np.inf, 0.5, 10.0, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = ((tf.sigmoid(y) / tf.nn.softmax(y)) ** tf.reduce_sum(tf.concat([y, x], 0), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.abs(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, 3.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.matmul(tf.nn.relu(tf.add(x, x)), tf.gather(tf.reduce_max(y, axis=1), 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, 3.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.nn.relu(tf.cos(y)) >= tf.multiply((3.0 / 1.0), tf.reduce_max(y, axis=None)), tf.identity(tf.pow(x, y)), tf.reduce_prod(tf.maximum(y, x), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([0.0, -1.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 0.001, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.cast((y ** y), tf.float64) > x, tf.clip_by_value(tf.minimum(x, -0.5), -1.0, 2.0), tf.identity(tf.matmul(x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([10.0, 3.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, 3.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.expand_dims(tf.abs(tf.maximum(y, x)), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([3.0, 1.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 1.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 0.5
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([0.5, 3.0, -np.inf, 2.0, -0.5, np.nan], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, 2.0, 1.0, 2.0, -1.0, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([np.nan, 2.0, 1.0, 3.0, -0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 0.0, 0.0, -0.5, 0.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather(tf.stack([tf.add(0.0, x), (y - y)]), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([-0.5, 0.5, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, -1.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (y ** tf.stack([tf.stack([y, x]), tf.nn.relu(x)]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([10.0, 0.001, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 10.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (-(x / y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.sin(0.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([-2.0, -2.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, 0.5, -1.0, 1.0, 0.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([np.nan, 2.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, -2.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.where(tf.stack([x, y]) < tf.maximum(y, y), 0.5, tf.pow(x, x)) < tf.where(tf.where(x < y, x, y) > (y * y), tf.reduce_sum(y, axis=None), tf.nn.softmax(y)), tf.reduce_prod(tf.math.reciprocal(x), axis=0), tf.minimum((y - x), y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([0.001, 2.0, -1.0, 2.0, np.inf, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.inf, -1.0, -0.5, 3.0, 0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (x * tf.maximum(tf.where(x < y, x, x), tf.tanh(0.5)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
