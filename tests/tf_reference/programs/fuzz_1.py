# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1001): values, gradients and
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
    x = tf.Variable(np.array([-2.0, np.nan, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, -1.0, -1.0, -0.5, -2.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 0.001, 0.5, 0.0, -0.5, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.identity((y - x))[0]
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.add(y, 0.001)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([2.0, -0.5, 0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5, -2.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.add(tf.add(y, -1.0), tf.gather(y, 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([0.001, 0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([3.0, -0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_max(tf.reduce_sum(tf.maximum(y, x), axis=1), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([np.nan, 2.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.0, -1.0, 2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = x
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_5():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, np.nan, 2.0, 0.001, -1.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.minimum(tf.where(y >= x, y, y), tf.reduce_max(0.5, axis=None))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.reduce_max(1.0, axis=-1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([0.0, 0.5, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, -np.inf, np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.maximum(tf.concat([-1.0, y], 0), tf.concat([x, y], 0))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * (x ** y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([-1.0, np.nan, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, -1.0, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.maximum(x, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([0.0, 0.0, 10.0, -0.5, 3.0, np.inf], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.001, np.inf, 0.5, -0.5, -1.0, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.pow(tf.sigmoid(y), tf.pow(y, x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.reduce_max(y, axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([0.001, 10.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 10.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.gather((y + y), 0)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.reduce_sum(y, axis=0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([0.0, -np.inf, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 0.5, -1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.reduce_min(tf.where(y >= y, x, y), axis=1)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * (y + y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([-1.0, 1.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, 3.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reshape(tf.math.log(tf.stack([x, x])), [-1])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([10.0, 3.0, 10.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where((tf.stop_gradient(x) / tf.stack([10.0, x])) >= tf.sqrt(tf.where(x > x, 1.0, y)), 0.5, tf.multiply((-1.0 * x), tf.identity(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([0.001, 0.001, 3.0, -1.0, 0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, -2.0, 3.0, 0.5, 0.001, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum(x, axis=-1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(tf.squeeze(tf.reduce_sum(x, axis=None)), x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([-2.0, 1.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 2.0, 3.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.identity((x * x))[0] > y, y, tf.nn.softmax((3.0 ** y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([2.0, 0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, 0.001, 0.5, 10.0, 0.0, -np.inf], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow(tf.where(10.0 < tf.sin(y), tf.reduce_mean(y, axis=0), tf.tan(0.001)), tf.matmul(tf.nn.relu(y), x))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([0.5, 3.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 3.0, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.pow(tf.reshape(y, [-1]), tf.multiply(x, y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(x >= x, y, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = ((tf.concat([-2.0, x], 0) ** tf.reshape(y, [-1])) * tf.nn.relu(tf.concat([y, x], 0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([-1.0, 3.0, np.nan], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.reduce_prod((y * y), axis=-1) < tf.square(tf.pow(y, x)), tf.multiply((x / x), tf.reduce_sum(y, axis=None)), tf.tanh(tf.maximum(-2.0, y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([10.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.maximum(tf.pow(x, y), tf.sqrt(10.0))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.tan(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([-1.0, 1.0, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 3.0, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_min(tf.where(tf.exp(x) < tf.squeeze(3.0), tf.where(y >= y, x, 0.0), tf.pow(y, x)), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([3.0, 3.0, -0.5, 0.001, 0.0, 10.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, -0.5, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([10.0, 10.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, 2.0, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = x
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.reduce_mean(y, axis=-1)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([2.0, 1.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, -1.0, np.inf], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.where(tf.concat([y, y], 0) > 1.0, tf.reduce_min(x, axis=None), (y / x)) / tf.pow(x, tf.reduce_sum(x, axis=None)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([1.0, -2.0, -1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 0.0, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.abs(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([0.5, 0.0, np.inf, -0.5, 0.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 10.0, 3.0, 0.0, -0.5, 2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.abs(tf.where((x * y) >= tf.pow(x, y), (x + y), tf.transpose(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.5, 0.001, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sigmoid((tf.where(x >= y, y, y) / tf.reduce_prod(2.0, axis=-1)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([np.nan], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stop_gradient(tf.tanh(tf.add(1.0, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([-2.0, 0.5, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0, 0.001, 1.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([tf.reduce_min((y - 3.0), axis=None), tf.where(tf.add(y, x) >= tf.where(y >= y, -0.5, x), tf.where(x >= y, y, 0.0), tf.math.abs(x))])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([3.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.0, 1.0, 1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.multiply(tf.minimum(y, y), (y - y)) < x, tf.tanh(y), tf.where(tf.add(x, y) < tf.add(x, -0.5), tf.stack([y, x]), (y + 2.0)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([-0.5, 10.0, 0.001], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([10.0, 0.5, 0.001], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.reduce_prod(tf.expand_dims(y, 0), axis=0)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_32():
    x = tf.Variable(np.array([0.0, 2.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, np.nan, 2.0, 10.0, -0.5, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.where(x > (10.0 * x), tf.sin(x), tf.clip_by_value(x, -1.0, 2.0)) < tf.where(tf.where(x > x, 0.0, y) > tf.maximum(x, x), (y * x), (y / y)), tf.exp(tf.maximum(x, y)), (tf.reduce_sum(10.0, 0, True) ** y))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([0.0, 10.0, np.nan], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.5, 1.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([-2.0, tf.stack([tf.reduce_min(y, axis=None), y])])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([-0.5, -1.0, 10.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, np.inf, 3.0, np.nan, 0.001, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.where(tf.math.log(tf.multiply(x, y)) < tf.reshape(-0.5, [-1]), tf.minimum(tf.where(y > x, y, x), tf.cos(-1.0)), tf.stack([tf.sign(0.001), tf.minimum(y, y)]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([1.0, 10.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 2.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([10.0, 10.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([10.0, 0.001, 0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.expand_dims(x, 0) - tf.matmul(x, x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([-np.inf, 3.0, -0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, 2.0, -2.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = tf.square(x)
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_38():
    x = tf.Variable(np.array([0.001, 2.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([np.inf], dtype=np.float32).reshape(()))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            out = (x * tf.reduce_sum(10.0, 0, True))
        gx = inner.gradient(out, x)
    ggx = outer.gradient(gx, x) if gx is not None else None
    return [("out", out), ("dx", gx), ("ddx", ggx)]


def case_39():
    x = tf.Variable(np.array([-0.5, 0.001, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, 0.5, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(y)[..., -1:]
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
