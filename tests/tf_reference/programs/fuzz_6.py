# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1006): values, gradients and
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
    x = tf.Variable(np.array([2.0, 1.0, -0.5, -0.5, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 0.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([tf.sin(tf.where(y < y, x, x)), -1.0])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.abs(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0, 1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.stop_gradient(tf.reduce_sum(x, axis=-1)), 0, True)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([10.0, 0.5, 1.0, 0.5, 0.5, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, 0.0, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sign(0.001)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([0.0, -0.5, np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, -2.0, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sin(tf.matmul(tf.where(x > x, x, x), tf.sin(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([2.0, 0.001, -1.0, 3.0, -0.5, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0, -2.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.identity(tf.pow(x, 2.0))[0] + tf.tanh(y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([0.001, 0.0, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 0.5, 3.0, -0.5, 2.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sin(tf.stop_gradient((-x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([1.0, 1.0, np.nan, -0.5, 3.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.where(tf.sin(x) > tf.cos(y), tf.where(x < y, y, x), 0.5) < -2.0, tf.math.abs(tf.maximum(y, y)), tf.tanh(tf.gather(y, 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([10.0, 2.0, 3.0, -0.5, 3.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.matmul(tf.add(y, x), tf.pow(1.0, y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * 2.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([0.001, 0.5, -np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.nan, 2.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.pow(tf.minimum(x, x), tf.where(y < x, x, y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.concat([0.001, x], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([0.5, 0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, 3.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.add((x - x), tf.reduce_max(3.0, axis=0)) >= tf.gather(tf.stop_gradient(y), 0), x, tf.minimum(tf.reduce_prod(x, axis=None), tf.tanh(0.5)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([-2.0, 1.0, 0.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, np.inf, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.sign(tf.where(0.0 >= x, x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([0.5, 0.001, 10.0, 3.0, -0.5, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 0.0, 2.0, np.nan, 1.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([3.0, 1.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, -1.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(y < tf.cos((y + x)), (y - tf.where(-0.5 < 0.001, x, 2.0)), tf.where(tf.matmul(-0.5, y) > tf.where(x < x, y, x), (x / 0.0), tf.reduce_sum(x, axis=None)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, 2.0, -1.0, 0.5, 10.0, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(tf.reduce_min(tf.exp(x), axis=1), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([2.0, -np.inf, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5, 2.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.transpose(tf.where(y > (x / -2.0), (-y), tf.where(-0.5 >= x, y, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([2.0, 0.001, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 2.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.clip_by_value(tf.reduce_max(tf.squeeze(y), axis=None), -1.0, 2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.abs((tf.sqrt(0.5) + tf.maximum(x, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([0.0, 0.001, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, 0.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([-2.0, -1.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-np.inf, 3.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.pow(tf.add(x, x), (y ** y)) / tf.math.abs(tf.identity(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([2.0, 0.0, -0.5, -0.5, 0.001, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, np.nan, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(0.0, ((x / y) - x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([-1.0, 2.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 1.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(tf.sqrt(tf.where(y >= x, y, 0.001)), tf.multiply(tf.where(2.0 < 0.001, x, x), y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, 1.0, 3.0, 0.001, 10.0, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(tf.clip_by_value(tf.clip_by_value(y, -1.0, 2.0), -1.0, 2.0), axis=1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(tf.square(tf.where(x >= 1.0, y, 0.5)), 1.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(tf.where(tf.transpose(2.0) >= tf.reduce_mean(x, axis=None), tf.where(y >= y, x, y), tf.pow(y, y)), tf.math.reciprocal(tf.multiply(y, 0.5)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.inf], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (-tf.maximum(y, tf.minimum(y, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([0.001, 0.5, 3.0, 0.0, -1.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, 3.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([-2.0, 2.0, 0.0, 0.0, 0.001, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, -1.0, 0.001, -1.0, 0.5, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([tf.stop_gradient(tf.add(x, 10.0)), tf.sin(tf.square(y))])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([3.0, 3.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 10.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([-2.0, -1.0, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 0.0, -np.inf, 3.0, -2.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.relu(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([-np.inf, -1.0, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.reduce_max(tf.gather(x, 0), axis=0) ** tf.minimum(tf.maximum(0.001, x), tf.stack([y, x])))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([np.nan, -0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, -0.5, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.math.abs(tf.transpose(x)), 10.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.inf, 2.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = ((0.5 - y) / tf.where(y >= y, y, x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.tan(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum((tf.where(-0.5 < x, 1.0, x) - tf.where(y < y, -1.0, x)), tf.reduce_prod(x, axis=1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([3.0, -1.0, np.inf], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, 2.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.concat([(x - 1.0), y], 0) > tf.where(tf.abs(y) >= tf.where(x > y, -1.0, x), y, tf.identity(y)[..., -1:]), x, tf.expand_dims(tf.where(y >= 2.0, 2.0, 0.0), 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([0.001, -0.5, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0, 0.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.where(tf.reduce_min(y, axis=0) < tf.reduce_sum(y, axis=None), (y - y), y) + x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([10.0, -0.5, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 2.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.abs(tf.maximum(tf.math.reciprocal(y), x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([0.5, -1.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([-1.0, 2.0, 1.0, 0.5, 10.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.inf, 10.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.multiply(x, x) > (-y), tf.clip_by_value(x, -1.0, 2.0), y)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
