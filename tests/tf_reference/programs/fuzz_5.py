# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1005): values, gradients and
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
    x = tf.Variable(np.array([0.0, 0.001, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, -0.5, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([(y ** (x ** 10.0)), 0.5], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([-0.5, 0.5, -0.5, 2.0, 0.5, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 2.0, -1.0, 3.0, 2.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (y / x)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.minimum(x, -0.5)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([0.001, -1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, -2.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([np.nan], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0, 10.0, -1.0, 1.0, -1.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_max(tf.identity(x)[0], axis=-1)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.nan], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.add(0.0, (y + x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_5():
    x = tf.Variable(np.array([10.0, 0.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, 3.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([1.0, 0.5, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, np.nan, -2.0, -2.0, 3.0, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(((x - 1.0) / tf.stack([y, y])), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([0.001, 2.0, 10.0, -1.0, 2.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, 1.0, np.nan, 0.001, 1.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(tf.math.reciprocal(tf.where(x < -0.5, x, x)), tf.identity(tf.pow(y, y))[..., -1:])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([np.inf, -0.5, -np.inf, 10.0, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, -0.5, -2.0, -1.0, 10.0, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.matmul((x ** x), 0.001) - tf.where(tf.square(y) > tf.reduce_sum(0.5, 0, True), tf.pow(x, y), y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0, 0.0, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather((tf.multiply(0.5, y) - tf.reshape(y, [-1])), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([-np.inf, 3.0, 0.001, -1.0, 3.0, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, np.nan, 10.0, 0.5, 3.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (((x * 2.0) * tf.tanh(x)) ** tf.reduce_mean(tf.tanh(x), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([0.001, 0.5, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, 1.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(((x - y) / (-y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([-2.0, 2.0, np.nan, 1.0, 2.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, 2.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([tf.multiply(tf.identity(0.0), tf.cast(0.5, tf.float64)), tf.where(tf.tan(y) >= tf.math.reciprocal(x), tf.matmul(-2.0, x), x)], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.pow(x, tf.square(y)), axis=-1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([-1.0, 10.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * 0.5
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([2.0, 2.0, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, -0.5, 10.0, 10.0, 1.0, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_prod(tf.matmul(tf.where(-0.5 >= 1.0, y, y), tf.abs(3.0)), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, 0.001, np.inf, -1.0, 10.0, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (10.0 * tf.concat([y, y], 0))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_19():
    x = tf.Variable(np.array([-2.0, 1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, -2.0, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.tan(tf.expand_dims(y, 0)) ** y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.nan, 2.0, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([1.0, 0.5, -2.0, -1.0, 10.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tanh(tf.where(tf.where(2.0 >= x, y, x) > tf.maximum(y, x), y, tf.identity(x)[0]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([-2.0, -0.5, -2.0, 3.0, -2.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, 2.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add((tf.sin(x) - tf.identity(-1.0)[0]), tf.where(tf.where(y < x, y, y) < tf.pow(x, x), (y - x), (y / x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([2.0, 0.0, np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 10.0, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.exp(tf.matmul(tf.pow(y, 0.0), tf.squeeze(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([-0.5, -1.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0, 0.001, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.clip_by_value(tf.sigmoid(x), -1.0, 2.0)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_25():
    x = tf.Variable(np.array([1.0, -1.0, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(tf.minimum(tf.nn.relu(y), (y + y)), tf.reduce_mean(tf.identity(2.0)[0], axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([-2.0, 0.5, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, 3.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.where(tf.math.abs(x) >= tf.nn.relu(x), tf.reduce_max(x, axis=0), tf.identity(y)[0]) < ((x + x) / x), x, (tf.multiply(y, y) / tf.abs(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([2.0, -1.0, -0.5, 2.0, 2.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, 0.001, 3.0, -2.0, 0.001, np.nan], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(tf.where(tf.where(0.001 >= -2.0, x, y) >= y, tf.sigmoid(0.001), tf.sigmoid(y)), axis=-1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([-0.5, -np.inf, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, 0.0, -0.5, 1.0, 1.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001, 0.001, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([(tf.reduce_min(y, axis=None) - tf.squeeze(y)), x])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([0.0, -np.inf, 2.0, np.inf, 1.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, -0.5, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(((y - x) ** (x ** y)), tf.where(tf.where(y >= y, y, x) < tf.minimum(y, y), tf.concat([y, x], 0), tf.transpose(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([3.0, 0.0, -0.5, 0.001, 10.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, -0.5, -0.5, 1.0, 10.0, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_sum((y * 1.0), axis=1)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.exp(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([2.0, -0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, 0.001, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([-0.5, 0.001, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, 0.001, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.minimum(tf.nn.relu(x), (-1.0 * x)) >= tf.where(tf.math.reciprocal(y) < x, tf.nn.softmax(x), tf.sigmoid(y)), tf.reduce_prod(tf.exp(3.0), axis=-1), tf.concat([tf.gather(0.0, 0), tf.reduce_prod(1.0, axis=None)], 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.concat([tf.identity(y)[0], 0.0], 0)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_35():
    x = tf.Variable(np.array([np.inf, 0.5, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, 0.5, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.minimum(tf.where(x < x, y, y), tf.stop_gradient(0.001))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_36():
    x = tf.Variable(np.array([-0.5, -np.inf, 0.0, 1.0, -2.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, 10.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = x
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_37():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.matmul(y, y)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_38():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0, 3.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.abs(((y * y) / 3.0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([0.5, -0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, -2.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min((tf.tan(y) ** tf.add(x, 0.0)), axis=1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
