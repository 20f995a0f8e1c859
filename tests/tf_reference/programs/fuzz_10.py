# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1010): values, gradients and
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
    x = tf.Variable(np.array([-1.0, 10.0, 0.001, -0.5, 0.0, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(x, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([10.0, 10.0, 0.0, -0.5, 1.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 2.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(tf.matmul((y + x), tf.where(-2.0 >= x, x, -1.0)), axis=-1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([0.5, -2.0, 10.0, 0.001, 1.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, -2.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where((y ** y) > tf.where(tf.nn.relu(x) > (-0.5 * 0.0), tf.reduce_min(x, axis=1), tf.sqrt(y)), tf.minimum((x * y), tf.reduce_max(y, axis=1)), tf.reduce_sum(tf.identity(x)[0], axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([0.0, -0.5, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, -0.5, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_mean(y, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([-0.5, -0.5, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 10.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(tf.multiply(tf.sign(x), y), axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([2.0, 1.0, -2.0, 0.5, 10.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, -2.0, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([tf.where(tf.concat([-2.0, y], 0) < tf.clip_by_value(y, -1.0, 2.0), (x * y), tf.square(0.5)), tf.math.reciprocal(tf.add(0.001, y))], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([-np.inf, -0.5, np.nan], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-np.inf, 3.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(tf.reduce_prod(tf.identity(0.0)[..., -1:], axis=-1), y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([-1.0, np.nan, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-np.inf], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.clip_by_value(tf.pow(x, y), -1.0, 2.0), tf.multiply(tf.abs(x), tf.where(y < y, 10.0, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([-np.inf], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_mean(tf.pow((-1.0 + y), 1.0), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.maximum(tf.where(x > x, y, y), (y / x)) ** tf.cast(x, tf.float64))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([0.001, 0.5, 2.0, 0.001, np.inf, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, -1.0, -np.inf, 0.001, 1.0, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_max(tf.reduce_sum(y, axis=None), axis=None)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * (y / y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([-2.0, -2.0, np.inf, -1.0, 3.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, np.nan, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tan(tf.math.log(tf.matmul(y, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.inf, 10.0, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cast(tf.tanh(tf.where(x < x, -1.0, x)), tf.float64)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([0.0, 0.5, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, 10.0, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.concat([y, tf.reduce_prod(y, axis=0)], 0) >= y, x, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([0.001, -1.0, -2.0, 0.5, 2.0, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, 3.0, -0.5, -2.0, 3.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cos(tf.reduce_max(tf.where(x >= x, y, 0.001), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([10.0, 1.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, 2.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([3.0, 3.0, -2.0, 0.0, -np.inf, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, 0.5, 3.0, -0.5, 0.5, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tan(tf.concat([tf.transpose(x), x], 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0, 2.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 0.001
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([np.inf, 1.0, -0.5, -1.0, 0.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.nan, 0.5, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([np.inf, -2.0, 0.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, 3.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where((tf.stack([3.0, y]) * tf.where(y >= 10.0, x, x)) >= (tf.maximum(x, y) ** tf.where(x > x, y, y)), tf.concat([tf.expand_dims(1.0, 0), tf.minimum(y, x)], 0), tf.stop_gradient(tf.where(-1.0 < y, x, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([10.0, 0.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, 1.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply((tf.nn.softmax(x) ** x), tf.nn.log_softmax(tf.minimum(x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([-1.0, 10.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0, 3.0, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([-2.0, 0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, -0.5, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.reciprocal(tf.identity(tf.stop_gradient(y))[..., -1:])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([0.5, -np.inf, 0.001, -1.0, -1.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, 0.5, -2.0, 3.0, 1.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.minimum(x, x)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.sqrt(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([-0.5, 0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, 10.0, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_mean(tf.where(x < y, 1.0, x), axis=1)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.sin(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0, 0.001, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 10.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([10.0, -1.0, 0.5, 3.0, 0.5, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 0.5, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([1.0, -2.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, 0.5, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.maximum(tf.where(y >= y, x, 0.001), tf.multiply(-1.0, y))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.where(y >= x, y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([1.0, np.nan, 0.001, 3.0, 2.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, 3.0, 10.0, 1.0, -0.5, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_prod((tf.sqrt(y) ** tf.where(-2.0 > x, y, y)), axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([0.0, -1.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = -0.5
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([0.0, -1.0, 2.0, -1.0, -2.0, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, 1.0, np.nan], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(tf.where(tf.where(1.0 > x, x, y) >= x, tf.where(y > y, x, y), tf.cos(y)), (tf.sign(x) * y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([-1.0, 2.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 0.5, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.reduce_mean(tf.maximum(x, x), axis=-1), 0, True)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([1.0, 3.0, 0.0, 1.0, 0.001, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-np.inf], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where((x - y) < tf.clip_by_value(x, -1.0, 2.0), x, tf.pow(y, y))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.sign(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([0.5, -0.5, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, -2.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.squeeze(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-np.inf, 0.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (-tf.nn.relu(-0.5))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([-1.0, 0.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, 2.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.nn.softmax((1.0 - y)) - tf.reduce_prod(tf.where(y < 3.0, y, x), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([0.001, 0.5, 1.0, -np.inf, 0.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (x + x)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([10.0, 0.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([tf.expand_dims(tf.identity(x), 0), tf.multiply(tf.abs(0.0), tf.where(y >= x, x, y))])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
