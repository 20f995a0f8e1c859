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
        if not hasattr(t, "numpy"):  # a gather's gradient: IndexedSlices
            t = tf.convert_to_tensor(t)
        a = np.asarray(t.numpy(), dtype=np.float64)
        text = " ".join(repr(float(v)) for v in a.reshape(-1))
        print(f"case {n}: {label} {a.shape} {t.dtype.name} {text}")


def case_0():
    x = tf.Variable(np.array([2.0, 1.0, -0.5, -0.5, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 0.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(y > (tf.sin(x) + x), y, (y * tf.math.abs(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5, -2.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tan(tf.where(tf.reduce_sum(x, axis=0) > 3.0, tf.where(x > x, y, y), tf.reduce_sum(x, axis=None)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_sum((y + x), axis=None)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.maximum(y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([np.inf, 1.0, 0.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, 3.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([10.0, -1.0, 2.0, 10.0, 3.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, 2.0, 2.0, -1.0, -2.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.gather(tf.where(x > 0.5, y, x), 0) / tf.multiply(x, y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([np.nan, 0.5, 3.0, 10.0, -1.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, -1.0, np.inf], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([3.0, 0.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.identity(y)[..., -1:]
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([1.0, 2.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.where(y >= (-1.0 * y), tf.exp(0.0), x)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_8():
    x = tf.Variable(np.array([-0.5, 1.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, -np.inf, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.minimum(y, tf.stack([y, y]))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(y >= y, -1.0, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([3.0, -0.5, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 0.001, -2.0, np.inf, 2.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (x - (y ** y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.tan(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([0.5, 0.001, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, -0.5, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where((tf.reduce_prod(x, axis=0) / tf.matmul(0.0, x)) < tf.where((y / y) >= tf.sin(y), tf.where(-0.5 < x, x, y), tf.multiply(x, x)), tf.square(tf.where(x < y, x, y)), tf.reduce_min(tf.sign(x), axis=1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([np.inf, 2.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, 1.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.exp(tf.maximum(0.5, x)) + tf.where(tf.add(-1.0, x) >= tf.maximum(x, y), tf.sin(x), (x / x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([-0.5, 3.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0, 10.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.abs(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([np.nan], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, -0.5, -2.0, 3.0, 0.001, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.minimum(tf.where(y > y, 1.0, 3.0), y) ** tf.matmul(tf.where(x < x, y, x), (y - y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([2.0, -1.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, 2.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.squeeze(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([2.0, 2.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-np.inf, 2.0, 0.0, 3.0, 0.0, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.reduce_prod(y, axis=-1)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_16():
    x = tf.Variable(np.array([np.inf], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, 3.0, -1.0, -1.0, 10.0, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.abs(tf.sin(tf.concat([x, x], 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, 0.001, 10.0, 10.0, 0.001, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(tf.reduce_max(tf.reduce_max(y, axis=None), axis=None), 3.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([0.5, 0.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(tf.reshape(tf.minimum(x, x), [-1]), y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([-1.0, 1.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-np.inf, 0.001, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([x, tf.math.reciprocal(tf.matmul(y, 10.0))])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5, -0.5, 2.0, 0.0, -0.5, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0, 0.001, -np.inf, -2.0, -0.5, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([2.0, 2.0, 3.0, -0.5, -0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, 2.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(tf.concat([tf.concat([0.001, 0.001], 0), tf.where(0.5 >= 2.0, x, x)], 0), y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([-1.0, 3.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([x, tf.reduce_min(tf.clip_by_value(y, -1.0, 2.0), axis=1)], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([3.0, 2.0, 3.0, -1.0, 1.0, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.where(tf.abs(1.0) < tf.add(x, x), (y - y), tf.maximum(x, 1.0)) >= tf.reduce_min(y, axis=None), (tf.tan(y) / tf.matmul(y, y)), tf.add(tf.multiply(y, 2.0), y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([0.0, 0.001, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, 2.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.reduce_max(tf.stack([x, x]), axis=None) ** 1.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([3.0, -0.5, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0, 2.0, 0.5, 10.0, 2.0, -np.inf], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(x < tf.sign(tf.multiply(x, y)), tf.multiply(tf.reduce_sum(2.0, 0, True), tf.minimum(10.0, x)), y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([np.nan], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.minimum(3.0, (y / x)) < y, tf.gather(y, 0), tf.multiply(tf.where(3.0 >= 0.0, -1.0, x), tf.gather(x, 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(tf.identity((y * y))[..., -1:], axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([np.inf, 2.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 3.0, np.nan], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.add(tf.reduce_max(y, axis=0), tf.where(x >= 10.0, x, x)) < tf.sin(tf.abs(x)), x, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_prod(tf.add(y, x), axis=0)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * (x / x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.abs(tf.where(tf.gather(x, 0) > tf.clip_by_value(y, -1.0, 2.0), (y + -1.0), y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([-2.0, -0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, -0.5, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cast((y / tf.where(y > x, x, y)), tf.float64)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([0.5, 10.0, -0.5, -1.0, 0.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 0.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.where(tf.where(y > -1.0, y, y) < tf.square(y), tf.reduce_prod(y, axis=None), tf.multiply(0.0, y)) < (tf.reduce_sum(y, axis=1) - (y - y)), y, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sqrt(tf.matmul((x / x), tf.add(x, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 0.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([-1.0, 2.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_prod(x, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([-2.0, -0.5, -np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, 0.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (-tf.reduce_sum(x, axis=0))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_39():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.nan], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
