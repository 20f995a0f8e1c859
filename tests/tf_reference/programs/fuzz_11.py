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
        if not hasattr(t, "numpy"):  # a gather's gradient: IndexedSlices
            t = tf.convert_to_tensor(t)
        a = np.asarray(t.numpy(), dtype=np.float64)
        text = " ".join(repr(float(v)) for v in a.reshape(-1))
        print(f"case {n}: {label} {a.shape} {t.dtype.name} {text}")


def case_0():
    x = tf.Variable(np.array([3.0, 0.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5, 0.0, -np.inf], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.expand_dims(tf.reshape(tf.maximum(x, y), [-1]), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-np.inf, -0.5, 0.5, 2.0, 0.001, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.add((x ** x), y) ** tf.reduce_prod(x, axis=1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([-0.5, 0.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.nn.log_softmax(tf.sin(y)) * tf.nn.relu(tf.matmul(x, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([tf.multiply(x, tf.minimum(y, y)), tf.abs(tf.tanh(y))])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([0.001, 0.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, -1.0, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.pow((-x), tf.sin(-0.5))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_5():
    x = tf.Variable(np.array([-2.0, -1.0, -0.5, 3.0, -2.0, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, -1.0, 0.5, 0.0, -0.5, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sign(tf.sigmoid(tf.concat([x, y], 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([-0.5, -2.0, np.inf, 2.0, 0.5, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 0.0, -1.0, -0.5, 0.0, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather(tf.stop_gradient(tf.where(3.0 < y, 1.0, x)), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 0.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(tf.concat([tf.where(x > 1.0, 3.0, x), tf.matmul(y, y)], 0), (tf.math.abs(x) + tf.reduce_mean(y, axis=0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([-1.0, 0.5, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([np.inf, 0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(tf.reduce_min((y / x), axis=-1), axis=-1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([1.0, 0.001, 10.0, -0.5, 0.0, np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, 3.0, 10.0, 3.0, -2.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.relu(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 0.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(tf.reduce_max(tf.reduce_sum(x, axis=None), axis=-1), tf.nn.relu(y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([-1.0, 0.001, -2.0, -0.5, 10.0, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([tf.identity(y)[..., -1:], -1.0])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([1.0, -2.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 0.0, -0.5, -2.0, np.nan, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([-0.5, 0.5, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, -0.5, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.pow(tf.minimum(x, y), tf.where(x < x, x, x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_14():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([tf.reduce_max((x ** x), axis=None), tf.math.abs(tf.maximum(0.001, y))], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([2.0, 2.0, 10.0, 0.5, 0.5, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 10.0, 0.0, 10.0, -1.0, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tan(tf.concat([(x ** x), tf.where(y > y, y, -1.0)], 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([np.nan, 10.0, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, -1.0, 0.001, -0.5, 0.001, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([0.5, (y ** x)])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([0.0, 0.5, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 3.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.gather(tf.where(y > 3.0, y, y), 0)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.math.reciprocal(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([-1.0, 3.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, -0.5, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.transpose(tf.squeeze(x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_20():
    x = tf.Variable(np.array([1.0, -0.5, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.transpose(tf.pow(tf.math.abs(x), tf.where(x < x, x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([np.nan, 2.0, 0.0, 2.0, -0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, np.nan, 3.0, 1.0, -0.5, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.tan(tf.nn.relu(x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(y > 0.001, 0.5, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([-np.inf, 0.0, 3.0, 3.0, 0.001, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.add(tf.where(y < y, y, y), tf.nn.softmax(-0.5))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.nn.log_softmax(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([-0.5, -1.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, 0.001, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cast((tf.sin(y) + tf.sign(y)), tf.float64)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001, 0.5, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity((tf.reduce_max(-0.5, axis=None) ** (y + y)))[..., -1:]
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([0.001, 10.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 1.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.tan(tf.maximum(x, 2.0)) ** tf.matmul(tf.reshape(x, [-1]), x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([0.001, -1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 10.0, 1.0, 0.5, np.nan, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sign(tf.sin(tf.where(y < y, 10.0, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([-0.5, 2.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, -2.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather(tf.multiply(tf.pow(10.0, y), tf.gather(x, 0)), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_mean(y, axis=-1)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.square(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([0.5, 0.001, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, 10.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (-tf.reduce_sum(x, axis=None))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_30():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.reduce_min((y ** y), axis=0)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_31():
    x = tf.Variable(np.array([-0.5, np.inf, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, -2.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.reduce_mean(y, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([1.0, 0.5, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, -1.0, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(3.0 < tf.where(tf.concat([x, y], 0) > tf.abs(x), tf.where(y >= x, x, y), tf.where(x >= y, y, y)), (y ** (y ** y)), tf.abs(tf.identity(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001, 0.001, -np.inf], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.multiply(y, y) < y, tf.minimum(tf.stack([3.0, y]), 3.0), 0.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 2.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([-1.0, -2.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, 10.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.log_softmax(tf.reduce_min(tf.tanh(0.0), axis=1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5, 0.5, 0.0, 0.5, 2.0, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.softmax((tf.where(0.001 < y, y, 2.0) - (x * y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.inf, 3.0, 0.5, 0.0, 0.001, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.transpose(x) < tf.add(x, y), tf.tanh(x), x)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.abs(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([-0.5, -1.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, 10.0, 2.0, 0.0, 0.5, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.where((3.0 / 3.0) > tf.stack([y, y]), tf.reduce_min(x, axis=None), tf.gather(3.0, 0))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
