# Softmax of batches of 8 rows and more: TensorFlow takes 1 / (row sum) for 8 rows at a time
# with the processor's approximate reciprocal and one Newton step, whose last bit depends on
# the processor model; the values are printed in full.
import numpy as np
import tensorflow as tf

np.set_printoptions(precision=9, floatmode="unique")
rng = np.random.default_rng(7)
for shape in [(8, 3), (10, 4), (16, 2), (9, 1)]:
    x = (rng.standard_normal(shape) * 3).astype(np.float32)
    print(shape, tf.nn.softmax(tf.constant(x)).numpy().tolist())
x = (rng.standard_normal((3, 9)) * 3).astype(np.float32)
print("axis 0", tf.nn.softmax(tf.constant(x), axis=0).numpy().tolist())
