# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1013): values, gradients and
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
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, 0.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.reduce_max((x ** y), axis=-1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([-2.0, -1.0, -1.0, -2.0, -0.5, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-np.inf, 1.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = -1.0
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.pow(y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([-0.5, -1.0, np.nan], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.inf, 3.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reshape(tf.pow(tf.where(x > x, x, -1.0), 3.0), [-1])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([0.0, 10.0, 10.0, 10.0, 3.0, np.nan], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, 0.001, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.reduce_prod(y, axis=0)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_4():
    x = tf.Variable(np.array([0.0, -2.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, 10.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = y
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_5():
    x = tf.Variable(np.array([0.5, 0.5, 0.0, 1.0, -2.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, 0.001, 2.0, -1.0, -1.0, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.identity(tf.stop_gradient(y)) * (tf.sqrt(y) ** tf.reduce_prod(y, axis=-1)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([-2.0, 0.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, 2.0, -np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (tf.reduce_max(x, axis=1) ** tf.math.log(x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_7():
    x = tf.Variable(np.array([-1.0, -2.0, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, 10.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.identity(tf.reduce_sum(y, axis=None))[0]
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_8():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.inf, -0.5, -1.0, 3.0, -1.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(tf.matmul(tf.minimum(x, x), (y - x)), 0.5)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([3.0, 0.5, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.matmul(tf.reduce_prod(-0.5, axis=None), x)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.reduce_mean(0.5, axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = -2.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0, -2.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_prod(y, axis=None)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * 10.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, 2.0, 2.0, -0.5, 0.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_mean(tf.reduce_mean(tf.pow(y, x), axis=None), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0, 0.5, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([tf.add(tf.stack([0.0, y]), tf.abs(-1.0)), tf.multiply(tf.reduce_mean(y, axis=None), tf.math.reciprocal(x))], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([2.0, 0.0, -1.0, -0.5, np.inf, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, 0.5, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([0.5, np.nan, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([x, tf.transpose(tf.square(0.0))], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([0.001, 2.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.squeeze(tf.square((y - y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.matmul(y, x) ** tf.reduce_prod(x, axis=0))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.multiply(-0.5, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([0.5, -0.5, 0.001, 0.0, -2.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 3.0, -0.5, 10.0, 2.0, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.expand_dims(x, 0) * tf.stack([tf.reduce_prod(2.0, axis=None), x]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([0.001, -1.0, np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 10.0, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather((tf.stack([1.0, y]) / tf.reduce_mean(x, axis=None)), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([0.001, -np.inf, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.nan], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.identity(tf.reshape(x, [-1]))[..., -1:] ** x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, 1.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.nn.relu(tf.identity(y)[..., -1:])
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.concat([x, y], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([0.0, 2.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, 0.5, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.abs(tf.where(2.0 >= y, tf.math.log(x), tf.reduce_prod(x, axis=None)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([0.0, -np.inf, 0.5, -np.inf, 10.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, 0.0, np.inf], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(x >= (tf.maximum(x, y) + tf.minimum(y, x)), tf.nn.log_softmax(tf.expand_dims(x, 0)), x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([-1.0, 0.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.clip_by_value(tf.reduce_mean(y, axis=None), -1.0, 2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001, 1.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.multiply((y + y), tf.nn.log_softmax(-2.0))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_26():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001, 3.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = y
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_27():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.sign(x) / tf.math.log(tf.maximum(x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([-np.inf, 10.0, 0.0, 0.001, 2.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.inf, 2.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.abs(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.reshape(x, [-1]) ** y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([0.5, -2.0, 0.0, 0.0, 0.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 2.0, 1.0, 0.001, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.cast(tf.gather(y, 0), tf.float64) > tf.where((x - x) > tf.clip_by_value(y, -1.0, 2.0), tf.where(y >= x, x, 2.0), (x / y)), tf.maximum(tf.add(0.001, x), y), y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, -1.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.pow(tf.where(x >= x, y, 1.0), tf.reduce_min(y, axis=None))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.transpose(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([0.5, -0.5, 0.5, -1.0, 10.0, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-np.inf, 2.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (y - tf.tanh(y))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_33():
    x = tf.Variable(np.array([3.0, 3.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([np.nan, 3.0, 10.0, 3.0, 2.0, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 2.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([2.0, 1.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, -1.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_min(0.001, axis=None)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.abs(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.sign((y + 3.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, -0.5, 1.0, 0.0, 3.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.identity(tf.concat([1.0, y], 0))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_37():
    x = tf.Variable(np.array([-2.0, -1.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, 0.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.multiply(tf.where(0.0 < -1.0, x, -1.0), tf.where(x > x, 1.0, y))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_38():
    x = tf.Variable(np.array([2.0, -np.inf, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, 10.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.concat([(x / y), y], 0) - tf.sigmoid(tf.where(y < y, y, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([np.nan, -0.5, -2.0, 0.5, 2.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, 10.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.reduce_max(tf.multiply(-1.0, x), axis=-1) >= tf.where(tf.tanh(y) < tf.reduce_mean(x, axis=None), tf.tanh(y), tf.squeeze(y)), 1.0, tf.cos(tf.maximum(1.0, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
