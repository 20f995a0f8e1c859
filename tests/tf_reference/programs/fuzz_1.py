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
        out = tf.sqrt(tf.identity(tf.math.abs(0.0))[0])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([0.0, -0.5, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, 0.0, 3.0, 0.0, -2.0, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.matmul(tf.reduce_mean(tf.minimum(y, y), axis=-1), tf.tanh(y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([10.0, -np.inf, -1.0, -1.0, 2.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 0.5, 2.0, 1.0, -2.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sigmoid(tf.stop_gradient((3.0 - y)))
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
        a = (tf.transpose(y) * tf.stack([x, x]))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(y > x, y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([10.0, 10.0, 0.001, 3.0, -0.5, np.nan], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, -0.5, 0.001, 1.0, -1.0, np.inf], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.sigmoid(tf.concat([y, 0.5], 0))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.concat([x, x], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([0.001, 10.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, -1.0, np.nan], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stop_gradient(tf.minimum(tf.cast(x, tf.float64), tf.exp(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([3.0, np.inf, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, -1.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.add(y, x)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * (x - x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.nan], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(tf.nn.softmax(tf.reduce_sum(x, axis=None)), tf.reduce_mean(tf.reduce_min(x, axis=-1), axis=-1))
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
        out = tf.add(tf.transpose(tf.stop_gradient(y)), (0.001 ** tf.multiply(y, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([0.001, -0.5, 2.0, 10.0, 2.0, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 0.5, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(x < (y + x), tf.reduce_mean(x, axis=-1), 0.5)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.maximum(-1.0, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, 3.0, 2.0, 0.0, 0.5, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([tf.transpose(x), -1.0], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([2.0, -0.5, 3.0, 10.0, 0.5, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, -0.5, 0.5, 2.0, 0.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.abs(tf.abs(x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([-0.5, -2.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.identity(x)[..., -1:])[0]
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
        out = tf.sigmoid((tf.reduce_min(1.0, axis=-1) ** tf.cos(0.5)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([1.0, 0.0, -1.0, -2.0, 1.0, np.nan], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 2.0, 0.5, 0.001, 0.0, -np.inf], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.matmul(y, y) < tf.reduce_prod(x, axis=-1), (x - x), x)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.reduce_max(10.0, axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([0.001, -2.0, -1.0, -1.0, -0.5, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 0.001, -2.0, -2.0, 1.0, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.abs(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([-0.5, -2.0, -2.0, -0.5, 2.0, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.sign(tf.reduce_min(x, axis=None)) / tf.multiply((y * x), tf.square(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([-0.5, 0.001, 2.0, 2.0, 0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, -2.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([tf.maximum(tf.maximum(x, 2.0), tf.tan(y)), tf.where(tf.reduce_prod(y, axis=None) < tf.maximum(1.0, y), tf.reduce_max(x, axis=None), tf.concat([x, y], 0))], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, 1.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tan((2.0 / tf.math.log(10.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([-2.0, 1.0, 0.001, -2.0, -1.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.nan, 0.5, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sin(tf.stack([tf.where(y >= x, y, y), x]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([1.0, -0.5, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(tf.reduce_min((0.0 ** x), axis=None), tf.where(tf.where(y < y, x, x) >= tf.where(x > -2.0, x, x), tf.reduce_mean(y, axis=-1), (2.0 / x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([-1.0, np.inf, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, -1.0, -0.5, 3.0, 0.5, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_mean(tf.transpose(y), axis=None)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.nn.softmax(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([0.0, 2.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, -2.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.relu(tf.transpose((2.0 / x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([0.001, 1.0, 2.0, -0.5, 0.001, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-np.inf, 3.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (y + tf.expand_dims(tf.where(x >= 1.0, 1.0, 0.5), 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([-0.5, 0.001, -0.5, -1.0, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (x ** (-1.0 / (-x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, 2.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.reduce_mean(tf.math.reciprocal(x), axis=-1) > y, (tf.expand_dims(x, 0) * (-y)), tf.where(tf.where(x >= y, y, y) < tf.sign(0.001), tf.square(y), tf.stack([y, -1.0])))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([3.0, -1.0, 1.0, 10.0, 10.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 10.0, 0.001, 0.001, np.nan, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.maximum(tf.where(x > x, x, y), y)
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
        out = a * tf.nn.softmax(y)
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
        out = (tf.add(tf.where(y >= 2.0, 1.0, x), tf.reduce_prod(x, axis=0)) + tf.add(tf.abs(y), tf.matmul(x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, -0.5, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.clip_by_value(3.0, -1.0, 2.0) < tf.identity(tf.reduce_mean(y, axis=None))[0], x, tf.math.log(tf.where(0.0 < 3.0, x, 0.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0, 1.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(tf.maximum(tf.math.abs(x), tf.stack([x, y])), (tf.reduce_sum(10.0, 0, True) ** y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([0.0, 10.0, np.nan], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, 1.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.exp(tf.pow(y, 0.001)), 0, True)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([-1.0, -2.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.exp(tf.sigmoid(tf.identity(-2.0)[0]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([1.0, -1.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, -1.0, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (x ** tf.sin(tf.concat([y, 0.001], 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([0.0, 0.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, 0.5, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.exp(tf.stack([tf.pow(-1.0, y), tf.reduce_prod(x, axis=-1)]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([2.0, -1.0, -0.5, 0.0, 10.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, 2.0, -1.0, 10.0, 2.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.expand_dims(x, 0) - tf.matmul(x, x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
