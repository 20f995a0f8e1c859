# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1002): values, gradients and
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
    x = tf.Variable(np.array([3.0, 2.0, 2.0, -1.0, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, 2.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.sin(x)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.identity(x)[..., -1:]
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([-2.0, -1.0, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 1.0, 3.0, 10.0, -2.0, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum((y + tf.identity(x)), (tf.sign(x) / x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([3.0, np.inf, 0.001, -1.0, -2.0, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 0.0, 2.0, 0.5, -0.5, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum((x ** y), axis=1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([0.5, 3.0, 3.0, 2.0, -2.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, -0.5, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([-np.inf], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-np.inf, 0.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.pow(x, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([1.0, 3.0, 0.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, 0.0, 2.0, -np.inf, -0.5, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 1.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([-np.inf, 0.5, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, -0.5, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([3.0, -1.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([np.inf, np.inf, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.math.abs(tf.sqrt(y)) >= ((y / x) + y), 10.0, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([-1.0, 0.5, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, -0.5, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tan(tf.stack([tf.identity(y), tf.where(y < 0.5, x, x)]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([10.0, 10.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, 0.001, -1.0, 0.0, -2.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather(tf.math.abs((-2.0 / y)), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([-2.0, -2.0, 2.0, 1.0, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 3.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.squeeze(tf.matmul((x * x), tf.multiply(y, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([-2.0, 0.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (y / tf.where(tf.reduce_prod(x, axis=None) < 10.0, tf.where(x >= y, y, x), tf.math.log(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, 0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (x / (x ** x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.matmul(y, -2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 3.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where((tf.nn.softmax(y) * (10.0 ** x)) > y, tf.concat([tf.cast(x, tf.float64), tf.sign(y)], 0), y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([-np.inf, 3.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-np.inf, 0.001, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(tf.multiply(tf.reduce_max(x, axis=-1), x), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([np.inf, 0.001, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, 0.001, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(tf.reduce_mean(tf.pow(x, x), axis=0), tf.abs(tf.add(x, -0.5)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([-0.5, -2.0, 2.0, 0.0, -1.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, 0.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = ((-tf.where(x > 0.0, x, y)) / tf.squeeze(y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([-1.0, 1.0, 0.001, 10.0, np.inf, np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, np.inf, -1.0, -2.0, 2.0, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.multiply(x, tf.cos(y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([-0.5, 10.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, np.nan, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([1.0, 0.0, -np.inf, 0.001, -1.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.inf, 0.5, 0.5, 3.0, 10.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.nn.softmax(tf.cos(x)), tf.math.log(tf.clip_by_value(x, -1.0, 2.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([np.nan, 3.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 0.5, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.pow(tf.exp(x), y)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.reduce_sum(y, 0, True)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([-0.5, np.inf, np.inf, 0.0, -2.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, 2.0, 2.0, 2.0, -2.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(3.0, (x * tf.sigmoid(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sigmoid(tf.reduce_max(tf.nn.softmax(x), axis=1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([1.0, -np.inf, -np.inf, -0.5, 3.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 1.0, np.inf], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (x + 3.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([-0.5, 2.0, 0.001, 2.0, 0.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, -1.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.square((-y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([0.001, -0.5, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 1.0, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = 0.001
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([-0.5, -2.0, 10.0, -1.0, 0.001, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 0.5, 1.0, 2.0, -1.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather((tf.concat([y, y], 0) / (x + x)), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(tf.stop_gradient(tf.transpose(-0.5)), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([-0.5, -0.5, np.nan], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 3.0, np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([np.nan, 0.001, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, 0.001, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather(tf.pow(tf.where(y >= y, y, x), tf.identity(x)[..., -1:]), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0, 1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.matmul(tf.add(tf.cast(y, tf.float64), tf.identity(y)[..., -1:]), (x * tf.reduce_sum(x, 0, True)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([tf.reduce_sum(tf.reduce_sum(1.0, axis=-1), 0, True), y])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001, -2.0, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cos(tf.stop_gradient((y / y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([-0.5, -2.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, -1.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather(tf.reduce_min(tf.where(0.0 >= x, 3.0, y), axis=1), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([1.0, np.nan, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, -1.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 0.001
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([-2.0, 0.5, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5, 10.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 2.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([np.inf, 2.0, -np.inf, -1.0, 2.0, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-np.inf], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(((y - x) / tf.where(y >= -0.5, y, 0.001)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([10.0, -2.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, 3.0, 2.0, 0.5, 0.001, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
