# float32 elementwise kernels bit for bit: sin, cos, tan, tanh, sigmoid, exp, log, softmax and
# log_softmax (rows of vectors and small batches), on arrays of many lengths (TensorFlow's
# kernels treat the elements that fill 8-lane packets and the rest differently), with special
# values, large trigonometric arguments and subnormals. Each result is printed as the hex of
# its float32 bits.
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(2026)


def bits(t):
    return " ".join(
        f"{b:08x}" for b in np.asarray(t.numpy(), np.float32).reshape(-1).view(np.uint32)
    )


special = np.array(
    [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, np.pi, 1e-3, 1e-30, 1e-40, -3e-39, 88.7, 88.8, -87.5,
     -103.9, -104.5, 16.6, 17.0, 7.9, 8.1, 1e5, -3e4, 2e4, 1e30, -1e30, np.inf, -np.inf, np.nan],
    dtype=np.float32,
)  # fmt: skip
inputs = [special]
for n in [1, 2, 3, 5, 7, 8, 9, 11, 15, 16, 17, 24, 31, 64, 100, 257]:
    scale = rng.choice([1.0, 3.0, 10.0, 100.0, 3e4])
    inputs.append((rng.standard_normal(n) * scale).astype(np.float32))
inputs.append(np.float32(1.0))
inputs.append((rng.standard_normal((3, 7)) * 4).astype(np.float32))

ops = {
    "sin": tf.sin,
    "cos": tf.cos,
    "tan": tf.tan,
    "tanh": tf.tanh,
    "sigmoid": tf.sigmoid,
    "exp": tf.exp,
    "log": lambda x: tf.math.log(tf.abs(x)),
}
for name, fn in ops.items():
    for k, x in enumerate(inputs):
        print(name, k, bits(fn(tf.constant(x))))

# softmax over rows: batches below 8 rows (TensorFlow's exact path)
for shape in [(1,), (2,), (5,), (9,), (33,), (300,), (2, 3), (3, 17), (7, 5), (4, 40)]:
    x = (rng.standard_normal(shape) * rng.choice([1.0, 5.0, 30.0])).astype(np.float32)
    print("softmax", shape, bits(tf.nn.softmax(tf.constant(x))))
    print("log_softmax", shape, bits(tf.nn.log_softmax(tf.constant(x))))
    if len(shape) == 2:
        print("log_softmax axis 0", shape, bits(tf.nn.log_softmax(tf.constant(x), axis=0)))
for shape in [(2, 3), (12, 5), (20, 9)]:
    x = (rng.standard_normal(shape) * 3).astype(np.float32)
    labels = rng.integers(0, shape[1], shape[0])
    loss = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=tf.constant(x))
    print("sparse_softmax_cross_entropy", shape, bits(loss))
