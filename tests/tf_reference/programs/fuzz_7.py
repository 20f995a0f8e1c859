# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1007): values, gradients and
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
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stop_gradient(tf.tanh(tf.reduce_prod(0.5, axis=1)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001, 0.001, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(x, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([0.0, 1.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, 0.001, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, -1.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.square(tf.pow(tf.sqrt(x), y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([-1.0, -2.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.pow(tf.concat([-2.0, 0.001], 0), x) + 3.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([3.0, -1.0, 0.001, 2.0, 0.001, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, 10.0, 0.5, -2.0, 10.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow((tf.pow(x, 0.5) - tf.exp(y)), ((x ** y) - tf.reduce_max(x, axis=None)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([1.0, -0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.concat([tf.reduce_prod(y, axis=1), (y + x)], 0)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([-0.5, 10.0, 10.0, -2.0, 3.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 3.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([0.001, np.nan, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = -1.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([tf.minimum(tf.gather(x, 0), x), (tf.multiply(x, y) / tf.tan(y))], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([-1.0, -0.5, 0.001, 3.0, 0.5, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 3.0, 2.0, -0.5, -1.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (y / tf.maximum(y, x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(x > x, y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([10.0, 0.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.where(y >= -0.5, y, x) > tf.stack([y, x]), tf.math.abs(y), tf.where(y > y, x, y))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.multiply(0.001, 3.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.clip_by_value(tf.tanh((y * 2.0)), -1.0, 2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([0.0, 3.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, 0.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.log_softmax(tf.math.log(tf.multiply(x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([3.0, 3.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, -np.inf, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(tf.add(tf.sqrt(x), tf.minimum(y, y)), x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 0.5, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.math.reciprocal(tf.reshape(y, [-1])) / tf.minimum((y * -1.0), tf.clip_by_value(10.0, -1.0, 2.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([1.0, 0.001, 3.0, 10.0, 0.001, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(tf.matmul(tf.reduce_sum(y, 0, True), tf.reduce_prod(x, axis=0)), tf.matmul(1.0, tf.where(-1.0 >= x, y, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([3.0, 2.0, np.inf], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([np.inf, 0.001, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.transpose(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([2.0, np.inf, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, -1.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.where(tf.transpose(x) < tf.nn.relu(x), tf.matmul(x, 3.0), tf.identity(y)[0]) ** (-tf.tanh(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([10.0, -1.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 2.0, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.math.reciprocal((-1.0 * x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(y < x, x, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([0.001, 3.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(x, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([3.0, 10.0, -1.0, 1.0, 3.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, 0.001, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.identity(tf.nn.log_softmax(y))[0]
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.reduce_min(x, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_prod(tf.math.abs(tf.pow(y, y)), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([np.inf, 2.0, 1.0, 1.0, -2.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, 0.0, 10.0, -2.0, 0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.reduce_prod(tf.abs(y), axis=0) - x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.tanh(tf.where(0.0 >= 2.0, y, y)) - x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([3.0, 0.001, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, -0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sin(tf.math.abs(tf.cos(-1.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([-0.5, 1.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, -0.5, 2.0, 0.001, -1.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sin(tf.math.reciprocal((y * x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001, 2.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.abs(tf.matmul((y + x), tf.math.log(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, -1.0, -0.5, -0.5, -2.0, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.math.reciprocal((2.0 ** y))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([np.inf, 0.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, -1.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sigmoid(tf.transpose((y * x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([-1.0, -0.5, -0.5, 3.0, 1.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, 2.0, -0.5, 1.0, np.nan, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_max(0.001, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([0.5, 0.001, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.gather((x ** x), 0) > tf.gather(y, 0), tf.add(tf.nn.relu(y), tf.add(y, x)), tf.where((x + x) < x, (-2.0 * y), tf.reduce_min(0.0, axis=None)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([0.5, -0.5, -1.0, -0.5, 3.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 1.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.where(tf.where(x < x, y, y) < tf.identity(0.5)[..., -1:], (y * y), (y - y)) ** y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([-0.5, -1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = ((-x) * tf.expand_dims(tf.multiply(x, y), 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([1.0, -0.5, 3.0, -2.0, -1.0, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, np.inf, -0.5, -0.5, 3.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.reduce_min(y, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([0.001, 2.0, 10.0, 2.0, -2.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, -2.0, 3.0, 0.5, 2.0, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where((tf.reduce_min(x, axis=None) + (2.0 / x)) > y, tf.nn.softmax(tf.math.abs(3.0)), tf.reduce_prod(tf.squeeze(y), axis=-1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.reduce_sum(tf.where(x > x, 0.001, -2.0), 0, True), 0, True)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([0.5, 10.0, -2.0, 0.001, 10.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 3.0, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.where(x > tf.multiply(y, x), (-1.0 - x), tf.transpose(y)) >= 0.5, tf.nn.softmax(tf.pow(y, x)), tf.minimum(y, tf.square(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([0.001, 1.0, 1.0, -0.5, -2.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 0.001, 1.0, 0.5, 3.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.where((y / -2.0) >= x, x, tf.identity(x)[0]) ** y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
