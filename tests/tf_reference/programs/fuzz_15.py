# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1015): values, gradients and
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
        if not hasattr(t, "numpy"):  # a gather's gradient: IndexedSlices
            t = tf.convert_to_tensor(t)
        a = np.asarray(t.numpy(), dtype=np.float64)
        text = " ".join(repr(float(v)) for v in a.reshape(-1))
        print(f"case {n}: {label} {a.shape} {t.dtype.name} {text}")


def case_0():
    x = tf.Variable(np.array([2.0, np.inf, -1.0, 2.0, 0.001, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 10.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_mean((3.0 / 0.0), axis=1)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.reduce_min(3.0, axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([10.0, 10.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, np.nan, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.matmul(1.0, -0.5) >= 3.0, y, tf.gather(1.0, 0))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.math.abs(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([0.0, np.nan, -1.0, -np.inf, 2.0, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, 1.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.add((0.5 * y), tf.pow(x, -0.5)) * tf.nn.log_softmax(tf.transpose(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([-np.inf, np.nan, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min((tf.nn.relu(y) / (y + 3.0)), axis=-1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([-2.0, -0.5, 0.001, 2.0, 0.001, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.pow(x, (x * 0.001))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_5():
    x = tf.Variable(np.array([-0.5, -2.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0, 0.5, np.nan], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([0.001, 0.0, 1.0, -2.0, 2.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 0.5, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.squeeze(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([0.0, 10.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 0.001, 0.0, 2.0, -0.5, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.transpose(tf.reduce_min(y, axis=-1)) >= y, tf.nn.log_softmax(x), x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([0.0, -1.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 0.001, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sigmoid(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([0.001, 2.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, 1.0, np.inf], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.maximum(tf.where(y >= y, x, x), tf.maximum(2.0, 2.0)) > 10.0, (tf.reduce_min(x, axis=0) + y), tf.abs(tf.where(x >= y, y, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([0.5, -2.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, 0.5, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_prod((y ** y), axis=1)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * (x ** y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([-0.5, -2.0, -0.5, 0.0, -1.0, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, 0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(y < tf.math.reciprocal((x - y)), tf.maximum(tf.add(y, 0.001), y), tf.transpose(tf.identity(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([0.0, 0.5, np.nan], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, -0.5, 3.0, -1.0, 3.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.reduce_min(tf.transpose(x), axis=0) < (tf.where(y < y, y, y) - tf.math.abs(1.0)), y, -0.5)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([np.nan, 0.5, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, 0.5, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.expand_dims(tf.clip_by_value(x, -1.0, 2.0), 0)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_15():
    x = tf.Variable(np.array([3.0, 3.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(tf.where(tf.stack([0.5, x]) > tf.reduce_max(0.0, axis=-1), tf.where(1.0 > y, y, x), tf.reduce_sum(y, 0, True)), tf.multiply(y, x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([0.0, np.nan, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.stop_gradient(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([1.0, 2.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.maximum(tf.gather(x, 0), x) > -2.0, tf.stack([tf.add(y, x), (x + y)]), tf.maximum(x, tf.reduce_min(10.0, axis=None)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([2.0, -1.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 1.0, 1.0, 0.5, 1.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.where((y - 2.0) > tf.sin(y), tf.expand_dims(2.0, 0), x) - tf.where((-0.5 * y) > (2.0 * y), (1.0 * x), y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([2.0, -1.0, 10.0, 0.001, 2.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, np.inf, 0.001, 3.0, -np.inf, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = -0.5
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([2.0, 1.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, 1.0, -np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(3.0, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5, 0.001, -2.0, -1.0, -1.0, -np.inf], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = ((-y) + tf.matmul(-2.0, y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([1.0, 0.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, 0.5, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sign(tf.add(tf.reduce_sum(x, axis=None), tf.identity(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([-1.0, 0.5, np.inf], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 10.0, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stop_gradient(((y - -0.5) / tf.pow(x, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.math.abs(0.0)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_25():
    x = tf.Variable(np.array([0.0, 10.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 1.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = ((y / x) / x)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * (y * 10.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, 1.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where((tf.minimum(x, y) ** tf.stack([y, x])) > tf.minimum(tf.identity(y)[0], tf.multiply(x, 2.0)), tf.identity((x - 0.001)), x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([-2.0, 3.0, np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 3.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.transpose((x + tf.reduce_min(y, axis=None)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([1.0, -0.5, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 0.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.tanh(x)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_29():
    x = tf.Variable(np.array([-1.0, -np.inf, 1.0, -2.0, 0.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.nan, 2.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_prod((y - tf.where(y > x, y, x)), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([2.0, -1.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, 0.0, 1.0, 10.0, -2.0, np.nan], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.maximum((x + x), tf.tanh(y)) > tf.math.log(tf.reduce_prod(x, axis=1)), tf.multiply(tf.math.abs(y), tf.reduce_mean(y, axis=0)), tf.reduce_sum(tf.nn.log_softmax(y), axis=-1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([2.0, -0.5, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, -2.0, -np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.log(tf.reduce_sum(x, axis=-1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([-0.5, 3.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.nn.relu(x) < tf.reduce_sum(x, axis=None), tf.where(10.0 < y, 3.0, y), tf.where(y >= x, x, x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.pow(y, 0.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([3.0, -0.5, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, np.nan, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.matmul(x, tf.gather(tf.tanh(x), 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([0.001, 10.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, -2.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.tanh(tf.reduce_mean(y, axis=-1))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.reduce_mean(x, axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([-1.0, -np.inf, 0.5, -2.0, 10.0, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, -1.0, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-np.inf, 1.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_mean(tf.where(tf.add(3.0, -1.0) >= tf.reduce_min(y, axis=1), tf.stop_gradient(y), tf.reduce_max(x, axis=0)), axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([2.0, -np.inf, 0.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sigmoid(tf.reduce_sum(tf.where(y < y, x, y), 0, True))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([-2.0, 1.0, -np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, 2.0, np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.transpose(tf.nn.log_softmax(y)), axis=-1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
