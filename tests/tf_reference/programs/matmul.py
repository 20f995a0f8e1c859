# tf.matmul and its gradient.
import tensorflow as tf

a = tf.constant([[1.0, 2.0], [3.0, 4.0]])
b = tf.constant([[5.0, 6.0], [7.0, 8.0]])
print(tf.matmul(a, b))
print(a @ b)
print(tf.matmul(a, b, transpose_b=True))
print(tf.matmul(tf.constant([[1, 2]]), tf.constant([[3], [4]])))

w = tf.Variable([[1.0, -1.0], [2.0, 0.5], [0.0, 1.0]])
x = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
with tf.GradientTape() as tape:
    y = tf.matmul(x, w)
    loss = tf.reduce_sum(y**2)
print(y)
print(loss)
print(tape.gradient(loss, w))

v = tf.Variable([[1.0], [2.0]])
with tf.GradientTape() as tape:
    y = tf.reduce_sum(a @ v)
print(tape.gradient(y, v))
