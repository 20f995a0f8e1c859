# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1004): values, gradients and
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
    x = tf.Variable(np.array([-2.0, 2.0, -0.5, -1.0, -0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.reduce_sum(tf.reduce_prod(x, axis=-1), axis=None) > x, tf.concat([tf.nn.log_softmax(-1.0), tf.reduce_prod(x, axis=None)], 0), tf.tan(tf.expand_dims(y, 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([0.5, -0.5, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0, -2.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.where(tf.stop_gradient(x) > tf.stack([y, 10.0]), y, tf.minimum(y, x)) > tf.pow(tf.where(1.0 > x, x, y), tf.maximum(x, y)), tf.concat([0.5, 10.0], 0), ((y - x) ** tf.tanh(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, -2.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum((tf.matmul(x, 0.0) * tf.nn.log_softmax(x)), tf.add(tf.multiply(x, y), tf.multiply(y, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([1.0, 0.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.log(tf.cos(tf.reduce_mean(x, axis=-1)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([-0.5, 2.0, -0.5, 0.5, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, -0.5, 2.0, -0.5, 1.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.add(tf.tan(x), tf.minimum(2.0, y)), tf.where(tf.multiply(y, y) > tf.math.log(x), tf.where(-1.0 < x, x, y), tf.transpose(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([np.inf, 1.0, 1.0, 10.0, 0.0, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, 0.0, 0.001, 0.001, 3.0, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.multiply(tf.sqrt(y), tf.where(y >= x, x, x)), tf.where(0.001 < tf.reduce_prod(x, axis=1), tf.stop_gradient(y), -2.0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([np.nan, 10.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, np.nan, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cast(0.0, tf.float64)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([2.0, -1.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, 0.5, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.expand_dims(tf.minimum(tf.expand_dims(y, 0), tf.concat([y, x], 0)), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([0.001, 0.5, -np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 3.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * (0.001 - x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(x, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([1.0, 10.0, 10.0, 0.5, np.inf, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 0.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.squeeze(-2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, 10.0, 0.001, 1.0, 2.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(y, 0, True)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([-0.5, -2.0, np.nan], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.nn.relu(tf.reduce_min(x, axis=None)) >= (tf.where(y > x, x, x) * tf.reduce_sum(0.001, axis=1)), y, tf.minimum(tf.where(y > y, x, y), x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([10.0, -2.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, -np.inf, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.stack([tf.minimum(y, -2.0), tf.reduce_mean(y, axis=0)]), tf.square(tf.where(x > y, 0.5, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([2.0, 3.0, 2.0, -2.0, 2.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, 10.0, -1.0, -2.0, 2.0, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.where(x < y, -2.0, 0.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([0.001, 0.001, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(y, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([np.inf, 10.0, 1.0, 10.0, 1.0, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.square(tf.reduce_sum(tf.where(y >= x, y, y), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([0.0, 3.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([np.nan, 1.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.where(tf.reduce_prod(y, axis=None) >= (0.001 - x), tf.reduce_min(y, axis=0), tf.clip_by_value(x, -1.0, 2.0)) >= x, tf.expand_dims(tf.clip_by_value(y, -1.0, 2.0), 0), tf.identity(tf.reshape(x, [-1])))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([0.0, -1.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stop_gradient(tf.reduce_max(tf.nn.softmax(y), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([2.0, 10.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.nan, 10.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cos(tf.add((y + x), x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 0.5, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(tf.tanh((x - x)), tf.reduce_max(y, axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([10.0, 10.0, -1.0, np.inf, 0.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, 3.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (-tf.where((x * x) < tf.identity(x)[0], tf.reduce_min(0.001, axis=-1), tf.concat([y, y], 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([0.5, 0.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 0.0, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather(tf.reduce_prod(tf.where(y >= y, x, x), axis=-1), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([np.nan], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.matmul((x - 0.001), tf.maximum(x, y))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.reduce_prod(1.0, axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([3.0, -2.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, -2.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.maximum(x, (1.0 * 0.001)) / tf.where(tf.matmul(x, y) < tf.reshape(-1.0, [-1]), tf.math.abs(1.0), 0.5))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([-0.5, -0.5, -0.5, np.nan, 2.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.tan(tf.pow(y, y)) >= tf.reduce_mean(tf.matmul(y, 3.0), axis=None), tf.where((x + y) >= tf.sin(x), (y - 10.0), tf.concat([y, x], 0)), tf.sqrt(tf.where(0.001 < 0.0, y, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([1.0, -1.0, -np.inf, np.inf, np.inf, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, 10.0, -1.0, 2.0, 0.001, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where((tf.concat([y, y], 0) + tf.where(x > y, x, y)) >= (y + (-2.0 - x)), tf.maximum(tf.nn.log_softmax(x), tf.math.abs(y)), x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([10.0, -1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, 10.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.expand_dims(y, 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([0.5, 2.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.transpose(tf.where(y >= y, -1.0, x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.where(0.0 >= 1.0, y, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([0.0, 0.5, np.nan, 0.5, 0.5, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0, 0.001, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reshape(tf.where(x < y, x, x), [-1])
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * (y - y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([0.001, -2.0, -0.5, 3.0, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_prod(tf.identity(tf.where(10.0 >= x, y, 3.0))[0], axis=1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([2.0, -1.0, 2.0, 2.0, -1.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, 0.5, -0.5, np.nan, 10.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.concat([-0.5, tf.reduce_sum(1.0, axis=0)], 0)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.reduce_sum(3.0, axis=1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([0.001, 0.001, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 1.0, -np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.reduce_mean(tf.where(y < y, -1.0, x), axis=1) * tf.where(x >= tf.multiply(x, y), (-1.0 * y), tf.multiply(x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([np.inf, 0.001, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, -0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.pow(tf.expand_dims(0.0, 0), tf.stack([y, 0.5]))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.tan(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([1.0, 0.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 0.001, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.cast(tf.expand_dims(x, 0), tf.float64), 0, True)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([-0.5, 2.0, -1.0, -0.5, 0.5, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, -2.0, 0.5, -2.0, 1.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (x ** tf.sigmoid(x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.where(y > y, -1.0, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([np.nan], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, -2.0, -0.5, 1.0, np.nan, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 3.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([np.inf, 0.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, 2.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sin(tf.exp(tf.multiply(y, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([-2.0, 2.0, 0.001, 0.0, -0.5, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, 0.001, 2.0, 1.0, 10.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.clip_by_value(tf.identity(tf.minimum(1.0, y))[0], -1.0, 2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
