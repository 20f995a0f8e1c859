# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1009): values, gradients and
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
    x = tf.Variable(np.array([-np.inf, 1.0, 0.001, 0.5, np.nan, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.inf], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([(tf.identity(x)[..., -1:] / (-0.5 * -0.5)), tf.stack([y, tf.nn.relu(2.0)])])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([0.001, -1.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, 0.001, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.squeeze(tf.pow(tf.identity(y)[0], x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([1.0, 2.0, -0.5, -1.0, 0.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, -1.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([np.nan, -1.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, 1.0, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.minimum(tf.cast(1.0, tf.float64), tf.nn.softmax(y)) < tf.matmul(tf.pow(x, x), y), tf.stop_gradient(y), tf.matmul(tf.concat([x, y], 0), tf.expand_dims(y, 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([0.001, 2.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 10.0, np.inf, 3.0, 10.0, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(y >= tf.where((y ** x) < (x / y), y, tf.matmul(-1.0, 10.0)), tf.multiply(tf.reduce_min(x, axis=1), tf.where(x < y, y, 0.5)), tf.tanh((y / y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([0.001, 2.0, 0.0, 1.0, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.inf, np.nan, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.where(tf.squeeze(x) >= x, (x / -2.0), tf.math.reciprocal(x)) > tf.add(tf.gather(x, 0), y), tf.where(tf.matmul(y, x) < 3.0, y, tf.sigmoid(y)), tf.maximum(tf.tanh(y), tf.where(y > -2.0, x, 1.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([np.nan, 10.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([-np.inf], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.relu(tf.reduce_max(y, axis=0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([-2.0, -1.0, 3.0, -1.0, 0.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, -0.5, 2.0, -np.inf, np.inf, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.nn.relu(y))[..., -1:]
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, -1.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 2.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([1.0, -0.5, 0.5, -0.5, 3.0, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.softmax((tf.cast(y, tf.float64) - 10.0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([-np.inf, 0.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 0.001, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.math.reciprocal(tf.stack([y, y]))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * -1.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 10.0, -1.0, -1.0, 3.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.identity(tf.where(x >= 0.001, y, x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.where(y < y, -0.5, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.softmax(tf.reduce_max(tf.reduce_min(y, axis=1), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([10.0, 10.0, 0.0, 10.0, 2.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, 0.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.matmul(tf.stack([tf.stack([x, x]), tf.where(-1.0 < 2.0, y, 0.001)]), tf.where((x / y) > tf.where(y < x, y, x), tf.matmul(x, y), tf.transpose(10.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, -2.0, 0.0, -2.0, 2.0, np.inf], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.where(y >= 2.0, y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([-0.5, 10.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 1.0, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([0.0, -0.5, -2.0, 0.5, -2.0, -np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, -1.0, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 10.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.transpose(tf.identity(0.001)[..., -1:]) / tf.reduce_mean(x, axis=-1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([np.inf, -2.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 3.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.abs(tf.stack([tf.where(y > y, x, y), y]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([np.nan, 1.0, -0.5, 0.5, 3.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, -1.0, -0.5, -1.0, 1.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([0.001, -2.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, 0.001, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.pow(tf.add(y, y), tf.transpose(0.001))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.where(x > x, x, 0.001)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([0.5, -2.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0, 0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([np.inf], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([tf.reduce_prod(tf.where(-1.0 < x, x, x), axis=1), tf.gather(tf.abs(x), 0)], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001, -1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(3.0, tf.where(tf.nn.relu(y) < tf.stack([x, y]), tf.tan(y), y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([-0.5, -2.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 3.0, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.multiply(tf.where(y > y, y, x), tf.square(x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * (x * x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, 2.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([0.5, 1.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, 0.001, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.matmul(tf.squeeze(0.001), tf.pow(x, y)) - tf.gather(tf.reduce_mean(x, axis=1), 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([0.0, -2.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cast(tf.abs(tf.where(y > x, 10.0, x)), tf.float64)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (x + tf.minimum(tf.where(-1.0 < y, x, x), tf.add(x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([10.0, 0.001, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, -2.0, 3.0, 10.0, 2.0, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where((-1.0 / y) < tf.tan(y), (x * y), y)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.cos(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([0.0, -0.5, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, 3.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.stop_gradient(tf.math.log(x)) / 3.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([0.001, 3.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, 0.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sin(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([2.0, -1.0, -1.0, -1.0, 1.0, -np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.nan, 1.0, -0.5, 0.5, -1.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.reduce_max(tf.nn.relu(x), axis=1), axis=1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 3.0, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_prod(tf.minimum(y, tf.where(x >= y, x, y)), axis=-1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([-1.0, -2.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 0.5, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.square(tf.identity(tf.reduce_min(x, axis=1))[..., -1:])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([0.0, -1.0, 3.0, 1.0, 0.001, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, -0.5, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.multiply(x, tf.nn.log_softmax(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([-1.0, 0.001, -0.5, 0.0, 3.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 0.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.transpose((tf.square(y) - (y / x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.nan, -2.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = ((y + y) + tf.matmul(y, y))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.cos(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0, 0.5, np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(tf.reduce_min(tf.math.log(y), axis=-1), 0.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
