# Keras 3 SGD options: argument checks, weight decay, clipnorm, clipvalue, global_clipnorm,
# loss_scale_factor, momentum and Nesterov over a few steps, and the warnings Keras gives.
import warnings

import numpy as np
import tensorflow as tf

SGD = tf.keras.optimizers.SGD


def show(label, fn):
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = fn()
        for w in caught:
            print(label, "warns", w.category.__name__, repr(str(w.message)))
        print(label, "->", result)
    except Exception as e:
        print(label, "!!", type(e).__name__, repr(str(e)))


show("unknown arguments", lambda: SGD(learning_rate=0.1, foo=1, bar=2))
show("lr int", lambda: SGD(learning_rate=1))
show("lr float32", lambda: SGD(learning_rate=np.float32(0.1)))
show("lr float64", lambda: SGD(learning_rate=np.float64(0.1)).learning_rate)
show("momentum int", lambda: SGD(momentum=0))
show("momentum 2.0", lambda: SGD(momentum=2.0))
show("decay", lambda: SGD(decay=0.1).name)
show("two clips", lambda: SGD(clipnorm=1.0, clipvalue=0.5))
show("three clips", lambda: SGD(clipnorm=1.0, clipvalue=0.5, global_clipnorm=2.0))
show("accumulation 1", lambda: SGD(gradient_accumulation_steps=1))
show("ema momentum 2.0", lambda: SGD(use_ema=True, ema_momentum=2.0))
show("named", lambda: SGD(name="mine").iterations)
opt = SGD(learning_rate=0.1, weight_decay=0.5, clipnorm=1.0)
print(opt.weight_decay, opt.clipnorm, opt.clipvalue, opt.global_clipnorm, opt.momentum)
print(opt.nesterov, opt.name, opt.learning_rate)
v = tf.Variable([1.0, 2.0])
w = tf.Variable(3.0)
show("all None", lambda: opt.apply_gradients([(None, v)]))
show("unknown variable", lambda: opt.apply_gradients([(tf.constant([3.0, 4.0]), v), (None, w)]))
opt2 = SGD(learning_rate=0.1)
show("some None", lambda: opt2.apply_gradients([(tf.constant([3.0, 4.0]), v), (None, w)]))
print(v, w, opt2.iterations)

rng = np.random.default_rng(1)
configs = [
    {},
    {"weight_decay": 0.1},
    {"weight_decay": 0.004, "momentum": 0.9},
    {"clipnorm": 1.0},
    {"clipnorm": 0.3, "momentum": 0.5, "nesterov": True},
    {"clipvalue": 0.25},
    {"clipvalue": 2.0, "weight_decay": 0.01},
    {"global_clipnorm": 1.0},
    {"global_clipnorm": 0.7, "momentum": 0.9},
    {"loss_scale_factor": 8.0},
    {"loss_scale_factor": 3.0, "clipnorm": 0.5},
    {"momentum": 0.99, "nesterov": True, "weight_decay": 0.2},
]
for i, config in enumerate(configs):
    a = tf.Variable(rng.normal(size=(3,)).astype(np.float32))
    b = tf.Variable(rng.normal(size=(2, 2)).astype(np.float32))
    c = tf.Variable(np.float32(rng.normal()))
    lr = float(rng.choice([0.01, 0.1, 0.3]))
    opt = SGD(learning_rate=lr, **config)
    for _step in range(4):
        with tf.GradientTape() as tape:
            loss = tf.reduce_sum(tf.tanh(a) * 3.0) + tf.reduce_sum(b**2) * 2.0 + c**3
        grads = tape.gradient(loss, [a, b, c])
        opt.apply_gradients(zip(grads, [a, b, c], strict=True))
    print(i, config, lr)
    print(repr(a.numpy()), repr(b.numpy()), repr(c.numpy()))

for label, g in [
    ("zero", [0.0, 0.0]),
    ("inf", [np.inf, 1.0]),
    ("nan", [np.nan, 1.0]),
    ("large", [3e20, 4e20]),
]:
    for config in ({"clipnorm": 1.0}, {"clipvalue": 0.5}, {"global_clipnorm": 1.0}):
        x = tf.Variable([1.0, 2.0])
        SGD(learning_rate=0.1, **config).apply_gradients([(tf.constant(g), x)])
        print(label, config, repr(x.numpy()))
