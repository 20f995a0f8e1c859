# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1011): values, gradients and
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
    x = tf.Variable(np.array([3.0, 0.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5, 0.0, -np.inf], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (0.5 / y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([2.0, -1.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-np.inf, 0.0, 3.0, 1.0, 1.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(((y / x) + 0.0) < (tf.reduce_sum(x, axis=0) + (y - -1.0)), tf.where((y * x) > tf.where(x > y, x, x), tf.nn.log_softmax(y), (x + x)), (y / (y / x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([2.0, -0.5, -2.0, -2.0, 0.001, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 10.0, 0.001, 0.0, 3.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.add(tf.sqrt(y), tf.maximum(x, x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(y > x, y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([-0.5, -1.0, 2.0, 0.001, 10.0, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.stack([tf.sign(y), y]), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([0.0, 0.001, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, np.nan, 0.001, -1.0, -2.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.maximum(tf.expand_dims(y, 0), tf.concat([y, 0.0], 0))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.stop_gradient(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([10.0, 3.0, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, -np.inf, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.where(10.0 > 2.0, -0.5, y) >= tf.stop_gradient(-0.5), x, tf.add(y, y))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.multiply(y, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([-2.0, np.nan, -0.5, np.nan, -1.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, np.inf, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_mean(tf.reduce_prod(tf.reduce_mean(y, axis=0), axis=1), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([0.5, 1.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, -2.0, np.nan], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(y >= -0.5, y, 10.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([-0.5, -0.5, 3.0, 1.0, -0.5, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 1.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(tf.reduce_prod(tf.reduce_mean(x, axis=0), axis=0), tf.math.log(tf.math.log(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([1.0, -0.5, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, 10.0, 10.0, 2.0, -1.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tan(tf.nn.log_softmax(tf.multiply(y, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([-2.0, 1.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 0.001, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.cos(x) - tf.reduce_mean(y, axis=-1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0, 0.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([2.0, 2.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 2.0, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, 2.0, 10.0, -2.0, 3.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (x + tf.where(tf.where(y < -2.0, x, y) < tf.where(x >= x, x, y), 0.5, tf.matmul(-1.0, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([10.0, 1.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 0.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather(tf.pow(tf.pow(y, y), tf.transpose(x)), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([10.0, 2.0, 1.0, 0.001, 0.5, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, 3.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.log(tf.stack([tf.transpose(y), x]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([0.0, 0.5, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 3.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 3.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([-1.0, 2.0, 0.001, 10.0, -0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, 0.0, 0.001, 3.0, 0.5, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_prod(tf.sigmoid(y), axis=None)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.math.log(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.where((y - x) < tf.abs(x), tf.stack([x, x]), tf.concat([y, x], 0)) - y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([10.0, 0.001, -0.5, 0.0, 0.001, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, 2.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (x + y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5, np.inf, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001, 0.001, 0.001, -1.0, 0.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = ((tf.minimum(x, 2.0) - tf.reduce_min(y, axis=-1)) ** tf.sin(x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([1.0, -0.5, 0.5, -0.5, 0.0, np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, 3.0, 0.5, 3.0, 3.0, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cos(tf.reshape(tf.reshape(x, [-1]), [-1]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([-2.0, -0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, 0.001, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.reduce_min(tf.squeeze(y), axis=-1), tf.exp(tf.matmul(y, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([-1.0, 0.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.reshape(tf.identity(x)[0], [-1]) * tf.clip_by_value(tf.where(0.001 > x, x, 0.5), -1.0, 2.0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([np.nan], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0, -0.5, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, -2.0, 0.001, 2.0, -np.inf, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.matmul(tf.where(x < x, x, x), tf.multiply(y, x)) >= (tf.expand_dims(x, 0) ** tf.reduce_prod(0.0, axis=-1)), tf.exp(tf.math.abs(x)), tf.transpose(x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([0.5, 0.001, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, 10.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (-tf.reduce_sum(x, axis=None))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * (x - 2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.maximum(x, tf.identity(y)[0]) < tf.maximum(tf.math.abs(x), tf.square(0.001)), tf.minimum(tf.math.reciprocal(y), tf.maximum(y, x)), ((y + 1.0) - tf.matmul(0.5, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([-2.0, 0.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 0.5, 2.0, -2.0, -2.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(tf.squeeze(tf.matmul(y, y)), axis=1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([0.001, 1.0, 1.0, 1.0, -0.5, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, 0.001, -np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.sqrt(y) >= y, tf.identity(tf.math.log(-2.0))[..., -1:], tf.where((x + 2.0) >= 0.5, y, tf.where(x > y, 0.0, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([-2.0, 0.001, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, 10.0, 0.001, 2.0, 10.0, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.abs(-2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.stack([y, tf.where(x >= 10.0, 0.0, x)]) / tf.where(tf.stack([y, 2.0]) > (x * y), x, tf.tanh(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([1.0, -2.0, 1.0, np.inf, 3.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, 0.001, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([1.0, 0.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 10.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.math.reciprocal((-x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([3.0, -1.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, -0.5, np.inf], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tan(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, 1.0, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(tf.reduce_min(tf.multiply(x, y), axis=None), x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([-np.inf, 2.0, np.nan], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, -2.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_sum(tf.sigmoid(x), 0, True)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.sin(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([1.0, 0.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 0.001, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.square(tf.matmul(tf.nn.relu(y), tf.reshape(y, [-1])))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([np.inf, 0.5, 10.0, -1.0, 3.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, 0.0, 0.0, 10.0, 0.001, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.log(tf.reduce_sum(0.001, 0, True))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
