# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1010): values, gradients and
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
    x = tf.Variable(np.array([-1.0, 10.0, 0.001, -0.5, 0.0, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (x + 0.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([0.0, -0.5, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, -0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([1.0, 10.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([3.0, -2.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stop_gradient(tf.where(tf.where(x >= x, -1.0, y) > tf.matmul(y, y), y, tf.reduce_min(x, axis=-1)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([3.0, 0.5, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 3.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_prod(tf.sigmoid(tf.concat([0.0, x], 0)), axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([3.0, 0.001, np.nan], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, -1.0, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.where((y ** x) < tf.concat([y, x], 0), y, tf.sign(0.5)) * tf.concat([tf.sigmoid(y), tf.maximum(x, 1.0)], 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(tf.multiply(tf.reduce_sum(y, axis=0), tf.stack([-2.0, x])), tf.nn.relu(tf.minimum(x, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([1.0, 2.0, np.inf], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, -2.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(tf.where(tf.pow(2.0, y) > tf.nn.softmax(y), tf.stop_gradient(y), tf.minimum(x, 0.5)), 2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([0.001, 1.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.nan], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.minimum(0.0, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.log_softmax(tf.identity(tf.where(x > x, y, x))[..., -1:])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, -2.0, -2.0, 0.0, -0.5, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([1.0, 3.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, 2.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_mean(tf.pow((-1.0 + y), 1.0), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.matmul(tf.stack([x, y]), tf.reduce_max(y, axis=None)) ** tf.where(tf.sqrt(x) < tf.minimum(0.0, -1.0), tf.where(x < x, x, x), (y + x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([-2.0, 1.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([tf.multiply(tf.minimum(y, x), tf.identity(x)[..., -1:]), (tf.tanh(y) ** tf.cast(y, tf.float64))], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([-0.5, -1.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5, -2.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.square(tf.reduce_sum(tf.maximum(x, 10.0), axis=-1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0, 2.0, 0.5, -0.5, -np.inf, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = y
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_15():
    x = tf.Variable(np.array([3.0, 0.5, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, 0.5, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (y * x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 2.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.expand_dims(((y ** y) + tf.reduce_mean(y, axis=0)), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([0.5, 0.001, 1.0, np.nan, 2.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 10.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sqrt(tf.where(tf.stop_gradient(x) >= tf.reduce_max(x, axis=None), tf.reduce_mean(y, axis=0), x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.clip_by_value(tf.tan(y), -1.0, 2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([0.001, 0.5, 0.5, -1.0, np.nan, np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, 2.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (tf.abs(x) + tf.add(0.001, x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_20():
    x = tf.Variable(np.array([np.nan, 0.5, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 0.0, -1.0, np.nan, -2.0, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([0.0, 10.0, -2.0, 1.0, 3.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0, 0.001, 0.0, np.inf, 0.5, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([0.0, -2.0, 0.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, 0.001, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.add(y, tf.squeeze(0.0)) > tf.matmul(tf.identity(x)[..., -1:], (x * 0.0)), (tf.reduce_min(x, axis=-1) ** tf.matmul(y, y)), 1.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(tf.where(tf.where(y < x, x, x) < tf.pow(y, x), tf.matmul(y, x), y), 0.5)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([0.001, 10.0, 0.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, 10.0, 0.0, -1.0, -2.0, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where((y + y) < tf.reduce_sum(y, 0, True), tf.add(3.0, x), tf.square(x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.nn.softmax(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([-0.5, -2.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 0.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, 1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.squeeze(tf.tan(y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.exp(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([np.inf, 0.001, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, -1.0, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(tf.identity(tf.where(y > x, y, x))[0], tf.math.reciprocal(tf.nn.softmax(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([3.0, -0.5, 10.0, 3.0, 10.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, -0.5, 10.0, 2.0, 3.0, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([tf.stack([tf.where(-0.5 < x, 0.001, 3.0), y]), (tf.matmul(x, -2.0) ** tf.maximum(y, y))])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([0.5, np.inf, -2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 10.0, 1.0, 0.5, 1.0, np.inf], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.matmul(y, x) >= tf.squeeze(x), tf.exp(y), tf.maximum(y, x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.abs(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([3.0, -1.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.nn.relu((y - y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.cos(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([tf.where(tf.abs(-0.5) > 1.0, tf.nn.relu(x), tf.clip_by_value(x, -1.0, 2.0)), tf.reduce_min(tf.sin(1.0), axis=None)])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([np.nan, -2.0, -1.0, 10.0, 0.001, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, 0.5, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.where(tf.pow(y, y) >= tf.tan(x), (y / -0.5), tf.minimum(y, y))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_34():
    x = tf.Variable(np.array([0.0, -0.5, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-1.0, -2.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = y
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_35():
    x = tf.Variable(np.array([2.0, 0.0, 0.0, -2.0, np.inf, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 0.001, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.sign(tf.cast(y, tf.float64))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.maximum(y, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, -2.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.pow(tf.where(3.0 >= y, 0.001, y), y)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.pow(x, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([3.0, 10.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, 10.0, -0.5, 3.0, -1.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.sin(y)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.reduce_mean(y, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([0.5, 2.0, -np.inf], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, -0.5, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (tf.reduce_min(x, axis=None) + tf.where(x > y, y, y))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_39():
    x = tf.Variable(np.array([3.0, np.inf, 0.0, -2.0, 1.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, 0.001, 2.0, -0.5, -0.5, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather(x, 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
