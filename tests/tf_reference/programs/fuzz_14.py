# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1014): values, gradients and
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
    x = tf.Variable(np.array([1.0, 10.0, -1.0, 0.001, 0.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, 2.0, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(tf.math.log(tf.expand_dims(y, 0)), x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([-2.0, 3.0, 2.0, -2.0, 0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.nn.softmax(tf.where(y >= x, x, y)), tf.maximum(tf.squeeze(y), tf.where(x > x, x, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, -2.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(-1.0, tf.gather(tf.tanh(0.001), 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([np.nan], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (-tf.tanh(y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([np.inf, -0.5, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, 0.001, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([tf.nn.relu(tf.gather(x, 0)), tf.math.abs(y)])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([0.5, 2.0, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, -0.5, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (x * tf.identity(x)[..., -1:])
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.where(x >= x, x, 2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.reduce_sum(tf.squeeze(x), axis=None)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_7():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, -2.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.matmul(x, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([-1.0, 0.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, -1.0, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tan(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.where(tf.reduce_sum(y, axis=0) >= (x - y), tf.transpose(y), tf.matmul(y, y))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_10():
    x = tf.Variable(np.array([-0.5, -2.0, 0.0, 0.0, 1.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, 2.0, 0.001, np.nan, -0.5, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.matmul(tf.abs(x), tf.sqrt(x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_11():
    x = tf.Variable(np.array([0.001, -2.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 0.001, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.identity(tf.reduce_prod(0.0, axis=None))[0]
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * (x * x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([10.0, 10.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, -0.5, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.pow(-1.0, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([-1.0, 1.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0, 0.001, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sign(tf.sqrt((y + y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.add(10.0, x)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_15():
    x = tf.Variable(np.array([-2.0, 0.5, -np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.reduce_prod(tf.math.reciprocal(x), axis=None)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_16():
    x = tf.Variable(np.array([0.001, -2.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, 10.0, -np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 0.001
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([np.nan, -1.0, 1.0, -0.5, 0.001, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([np.inf, 0.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(tf.abs(tf.where(y < y, x, -2.0)), 0.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-np.inf, 2.0, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.maximum(x, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([-2.0, 0.001, 2.0, 0.001, -1.0, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = 1.0
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.stack([3.0, x])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([0.0, -0.5, np.nan, -0.5, 0.001, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 1.0, 10.0, 0.0, 0.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([0.0, -2.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, -1.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.tan((y ** x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_22():
    x = tf.Variable(np.array([10.0, -0.5, -2.0, 10.0, 2.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 0.5, 3.0, 3.0, np.inf, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tan((tf.reduce_max(x, axis=None) - tf.reduce_sum(x, 0, True)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([10.0, -1.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_mean(y, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.sqrt((x + y)), tf.identity(tf.reduce_sum(2.0, 0, True))[..., -1:])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([3.0, 0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, 0.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (y - tf.identity(tf.reduce_sum(y, axis=None))[..., -1:])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.sign(tf.math.log(x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_27():
    x = tf.Variable(np.array([0.5, 2.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5, 3.0, -1.0, 0.001, np.nan, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stop_gradient(tf.minimum(tf.stack([y, x]), x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([0.001, -2.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, np.inf, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.cast((y / y), tf.float64)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_29():
    x = tf.Variable(np.array([-1.0, 0.001, -np.inf, -2.0, 10.0, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-np.inf, np.inf, 1.0, 0.5, -np.inf, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * 1.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([np.nan, -1.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, -2.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.nn.log_softmax(tf.where(x > x, y, x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.maximum(y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([-0.5, -0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, -2.0, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.reduce_min(tf.identity(0.5), axis=None), (tf.reshape(y, [-1]) - tf.add(y, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0, 0.0, -2.0, np.inf, 2.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.matmul(tf.where(y > x, x, y), tf.sign(x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_33():
    x = tf.Variable(np.array([10.0, 0.0, 0.0, 10.0, -0.5, -np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, -0.5, 0.5, 0.001, -0.5, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001, 0.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.concat([-2.0, tf.abs(y)], 0), tf.concat([tf.multiply(y, y), tf.maximum(y, x)], 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([10.0, 2.0, np.nan], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather(tf.math.reciprocal(y), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([1.0, -0.5, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, 1.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.nn.log_softmax(y)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.sin(-1.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([3.0, -0.5, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, -2.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.reduce_sum(1.0, axis=None) ** (x + -0.5))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * (x - y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([10.0, 3.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0, 3.0, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(0.001 > x, tf.gather(x, 0), tf.multiply(x, y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.matmul(y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([1.0, 1.0, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.stack([y, x])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
