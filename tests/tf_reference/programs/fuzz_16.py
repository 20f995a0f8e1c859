# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1016): values, gradients and
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
    x = tf.Variable(np.array([1.0, 0.5, 3.0, 10.0, 0.0, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-np.inf], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([(tf.reduce_mean(x, axis=1) + x), tf.where(tf.clip_by_value(x, -1.0, 2.0) >= (1.0 ** -0.5), tf.abs(0.0), tf.where(10.0 > x, y, x))])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([2.0, 1.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, 2.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.where(tf.reduce_sum(x, axis=0) > tf.squeeze(x), tf.squeeze(y), tf.matmul(y, x)) - tf.concat([x, (y + x)], 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.abs(tf.exp(x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.exp(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([-0.5, 1.0, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, 0.001, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.reciprocal(tf.reduce_prod(tf.where(x >= x, y, y), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 3.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-np.inf], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cast(tf.reduce_min(tf.reduce_min(x, axis=None), axis=1), tf.float64)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([-0.5, -1.0, 0.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.nan], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(x, -2.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5, -np.inf, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(tf.cast(tf.stop_gradient(y), tf.float64), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([-2.0, 2.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, -2.0, -2.0, -0.5, np.inf, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(tf.minimum(y, y), tf.math.log(tf.cos(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([0.0, 10.0, 10.0, 2.0, -2.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, 2.0, np.nan, 0.0, 0.5, -np.inf], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where((tf.squeeze(x) * x) >= (tf.add(x, y) + tf.pow(x, x)), y, tf.matmul(y, tf.where(x >= y, y, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, -np.inf, 3.0, -0.5, -0.5, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(tf.reduce_max(tf.add(x, x), axis=None), axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([-1.0, 0.5, 1.0, 2.0, -2.0, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([-0.5, -1.0, np.nan, np.nan, 0.001, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 1.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = y
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_13():
    x = tf.Variable(np.array([10.0, -0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, 10.0, -0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.nn.log_softmax(tf.matmul(tf.reduce_prod(y, axis=None), tf.abs(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([2.0, -1.0, 0.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 10.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.nn.relu(tf.where(y > y, y, x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_15():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.math.log(0.001) * tf.reduce_max(tf.pow(-0.5, y), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([-0.5, 3.0, -2.0, -np.inf, np.inf, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, -2.0, 1.0, 2.0, -1.0, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where(tf.multiply(0.001, y) >= tf.where(y > x, y, x), tf.math.reciprocal(x), tf.where(y >= y, 2.0, y))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.add(0.5, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([0.0, 0.5, 10.0, 3.0, -np.inf, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, 0.5, 1.0, -1.0, 0.001, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.stack([y, tf.where(x < y, x, y)]))[..., -1:]
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([-1.0, 0.5, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, -1.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.add(tf.where(y > x, x, y), tf.where(y >= -1.0, x, x)) >= y, x, tf.expand_dims(tf.reduce_min(y, axis=None), 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (x * (x * x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * 0.5
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([1.0, 0.5, 2.0, 10.0, -0.5, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.0, 0.5, 0.001, 0.0, 10.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.maximum(tf.reduce_sum(tf.where(y >= 1.0, x, 0.5), 0, True), tf.expand_dims(tf.concat([y, y], 0), 0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([3.0, 1.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5, 10.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.matmul((tf.abs(x) / tf.tanh(x)), 0.001)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([1.0, -2.0, 3.0, 0.001, 1.0, -1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 1.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.multiply(tf.concat([tf.abs(x), y], 0), (x ** tf.minimum(0.0, -1.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([2.0, 2.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.gather((-tf.reduce_mean(0.5, axis=None)), 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([1.0, 3.0, -np.inf], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.matmul(tf.minimum(y, tf.stack([x, 1.0])), tf.where((x / -2.0) > y, tf.matmul(x, x), 0.001))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([0.0, 0.5, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, -0.5, np.nan], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([(tf.transpose(y) ** tf.reduce_prod(x, axis=None)), tf.reduce_min(tf.stack([x, x]), axis=-1)])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([1.0, 2.0, -0.5, 10.0, np.nan, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-1.0, -2.0, 10.0, 3.0, 2.0, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.where(tf.where(0.5 > y, x, y) >= x, tf.nn.relu(x), tf.sigmoid(x)) > tf.matmul(tf.transpose(y), tf.square(x)), 1.0, tf.sqrt(10.0))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, 3.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([tf.reduce_min(y, axis=None), (tf.squeeze(y) / tf.where(y >= 0.0, y, 0.5))], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([0.001, 0.5, -1.0, 10.0, 0.001, 2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_max(tf.sign(2.0), axis=None)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([0.0, 0.0, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([np.nan, 2.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.concat([tf.clip_by_value(tf.stack([2.0, x]), -1.0, 2.0), tf.where(tf.where(y >= x, 10.0, -1.0) < tf.reduce_mean(y, axis=None), tf.where(x > y, 3.0, x), x)], 0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([-0.5], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, 2.0, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([0.0, -2.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, -0.5, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cast((tf.reduce_sum(1.0, 0, True) - tf.nn.log_softmax(x)), tf.float64)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([10.0, -2.0, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.nan, 3.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (-tf.nn.softmax(x))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_35():
    x = tf.Variable(np.array([3.0, 1.0, 10.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, -1.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.tan(tf.minimum(tf.multiply(y, x), tf.maximum(y, 1.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([-2.0, -1.0, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, 0.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = -1.0
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_37():
    x = tf.Variable(np.array([np.nan], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, -0.5, 0.001, -1.0, 0.5, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.exp(tf.stack([x, 10.0]))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * -1.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([-np.inf], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, -2.0, 0.5, 0.0, 3.0, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (x - tf.multiply(y, x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.maximum(y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([2.0, 0.0, 0.0, 1.0, 10.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-0.5, -2.0, 0.0, np.nan, -np.inf, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(y > ((y * y) - (x - x)), x, tf.reduce_prod(tf.nn.softmax(y), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
