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
        if not hasattr(t, "numpy"):  # a gather's gradient: IndexedSlices
            t = tf.convert_to_tensor(t)
        a = np.asarray(t.numpy(), dtype=np.float64)
        text = " ".join(repr(float(v)) for v in a.reshape(-1))
        print(f"case {n}: {label} {a.shape} {t.dtype.name} {text}")


def case_0():
    x = tf.Variable(np.array([3.0, 2.0, 2.0, -1.0, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, 2.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.sin(x)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_1():
    x = tf.Variable(np.array([-np.inf], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0, np.nan, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sqrt(tf.math.reciprocal(tf.pow(y, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([0.001, 3.0, -0.5, -1.0, np.inf, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, 10.0, -np.inf, 1.0, np.inf, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 3.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5, 2.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.stack([tf.where(y >= 0.0, y, y), x]), tf.reduce_mean(tf.stack([x, 0.5]), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([np.inf, 0.5, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, -2.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tan(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.relu((tf.concat([y, x], 0) / tf.stop_gradient(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([0.0, 2.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cast(tf.reduce_sum(tf.maximum(y, -1.0), axis=-1), tf.float64)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([0.001, 10.0, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 0.0, np.inf, -1.0, 0.001, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.stack([tf.add(y, y), tf.concat([x, x], 0)]) < 10.0, y, tf.transpose(tf.pow(y, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([-0.5, 3.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 0.0, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.multiply(tf.pow(0.5, x), tf.where(x >= -0.5, x, y))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_9():
    x = tf.Variable(np.array([0.0, 3.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, -0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([0.001, tf.nn.relu(tf.where(y >= y, y, x))], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([10.0, -0.5, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.maximum(tf.maximum(x, x), tf.matmul(y, y)), 0, True)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([-0.5, 0.001, np.inf, 1.0, np.inf, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, -1.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.squeeze(0.001)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([0.001, 0.5, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, 1.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.expand_dims(tf.reduce_sum(x, axis=-1), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_max(tf.reduce_prod(y, axis=-1), axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([-0.5, 1.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(tf.identity(tf.cos(0.5))[0], (tf.sin(3.0) - tf.reduce_mean(x, axis=0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([-0.5, -1.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.nn.log_softmax(0.5)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_16():
    x = tf.Variable(np.array([0.001, 3.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(x < x, tf.abs(tf.expand_dims(x, 0)), tf.stack([y, tf.tan(x)]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, 10.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(x, tf.reduce_sum(tf.add(x, -0.5), 0, True))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([-0.5, -2.0, 2.0, 0.0, -1.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, 0.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.math.log(tf.transpose(0.001)) > tf.where(tf.square(x) < tf.add(x, x), tf.reduce_prod(x, axis=None), x), y, tf.cos((x * x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, 10.0, 10.0, 0.5, 0.001, np.nan], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.log(tf.where(x < 2.0, tf.matmul(x, y), (y + y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([3.0, 1.0, 0.5, 1.0, np.inf, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.inf, 0.0, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.minimum(x, tf.where(x >= y, 0.001, x)) > tf.pow(tf.exp(x), y), tf.identity(tf.multiply(2.0, x))[0], x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0, -2.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(tf.pow(tf.stack([x, -1.0]), (x - x)), tf.stack([tf.tan(x), tf.where(0.0 < y, x, y)]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([-1.0, np.inf, 1.0, -0.5, -0.5, np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, -0.5, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.reciprocal(tf.reshape(tf.reshape(x, [-1]), [-1]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tan(tf.square(tf.reduce_mean(y, axis=-1)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([0.001, 0.0, -1.0, 3.0, 1.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 0.001, -0.5, -0.5, 10.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = -0.5
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([0.001, -2.0, 10.0, -1.0, 0.001, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 0.5, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.concat([(y / x), tf.reduce_max(y, axis=None)], 0)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * -0.5
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([1.0, 1.0, np.nan], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 0.5, 2.0, 3.0, 3.0, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.reduce_prod((x ** -0.5), axis=-1)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_28():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.inf], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([-1.0, -0.5, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, 0.001, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_max(tf.where(tf.maximum(y, x) >= y, y, tf.nn.relu(x)), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([1.0, -2.0, 1.0, 0.5, 10.0, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, -0.5, -2.0, 0.5, 0.5, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.math.log(tf.minimum(0.0, 0.5))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_31():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, 0.5, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.minimum(y, tf.add(y, 10.0))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_32():
    x = tf.Variable(np.array([2.0, -0.5, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, 1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([3.0, 0.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, -0.5, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.reduce_min(tf.where(3.0 < y, x, 0.001), axis=1)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_34():
    x = tf.Variable(np.array([0.001, 0.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.nan, 0.5, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([0.5, -np.inf, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, -2.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.abs((tf.identity(x)[..., -1:] - tf.expand_dims(x, 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([-1.0, 2.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-np.inf, 0.5, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.matmul(tf.math.log((0.0 + -0.5)), tf.reduce_mean(tf.where(y >= y, x, y), axis=0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([2.0, -0.5, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([np.nan, -1.0, -np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (tf.stop_gradient(y) / tf.where(x > y, x, x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_38():
    x = tf.Variable(np.array([-np.inf, -2.0, 0.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, -0.5, 1.0, 0.0, 0.0, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.add(tf.reduce_sum(x, axis=0), tf.where(y > x, x, x)) > tf.identity(tf.square(x))[..., -1:], x, (tf.reduce_prod(y, axis=-1) * y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([-0.5, 0.001, 10.0, -0.5, -2.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, -1.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (-tf.where(tf.stack([1.0, x]) >= 10.0, tf.nn.log_softmax(y), tf.reduce_sum(x, 0, True)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
