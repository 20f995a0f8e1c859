# str and repr of matrices and a 3-D tensor.
import numpy as np
import tensorflow as tf

m = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(m)
print(repr(m))
print(m.shape)
k = tf.constant([[1, 2], [3, 4]])
print(k)
print(repr(k))
print(tf.constant([[True, False], [False, True]]))
print(tf.constant(np.sin(np.arange(12.0)).reshape(3, 4) * 3))
t = tf.reshape(tf.range(12, dtype=tf.float32), (2, 3, 2))
print(t)
print(repr(t))
print(tf.zeros((2, 0)))
print(repr(tf.ones((2, 3), dtype=tf.float64)))
