# Second derivatives (nested tapes) through TensorFlow's elementwise kernels and their
# gradient kernels (SigmoidGrad, TanhGrad, SqrtGrad, ReciprocalGrad), pow, prod and softmax.
import numpy as np
import tensorflow as tf

x = tf.Variable(np.array([-2.0, -0.5, 0.25, 1.0, 3.0], dtype=np.float32))
p = tf.Variable(np.array([0.5, 1.5, 2.0, 4.0, 0.1], dtype=np.float32))
functions = {
    "sin": lambda v: tf.sin(v),
    "cos": lambda v: tf.cos(v),
    "tan": lambda v: tf.tan(v),
    "tanh": lambda v: tf.tanh(v),
    "sigmoid": lambda v: tf.sigmoid(v),
    "exp": lambda v: tf.exp(v),
    "square": lambda v: tf.square(v),
    "cube": lambda v: v**3.0,
    "softmax": lambda v: tf.nn.softmax(v) * tf.constant([1.0, 2.0, 3.0, 4.0, 5.0]),
    "log_softmax": lambda v: tf.nn.log_softmax(v) * tf.constant([1.0, 0.0, 2.0, 0.0, 1.0]),
    "relu": lambda v: tf.nn.relu(v) * v,
}
positive = {
    "log": lambda v: tf.math.log(v),
    "sqrt": lambda v: tf.sqrt(v),
    "reciprocal": lambda v: tf.math.reciprocal(v),
    "pow": lambda v: tf.pow(v, tf.constant([0.5, 2.0, 3.0, -1.0, 1.5])),
    "pow_exponent": lambda v: tf.pow(tf.constant([0.5, 2.0, 3.0, 1.5, 2.5]), v),
    "prod": lambda v: tf.reduce_prod(v) * v,
}
for table, var in ((functions, x), (positive, p)):
    for name, f in table.items():
        with tf.GradientTape() as outer:
            with tf.GradientTape() as inner:
                y = f(var)
            g = inner.gradient(y, var)
        h = outer.gradient(g, var)
        print(name, repr(g.numpy()), repr(None if h is None else h.numpy()))
