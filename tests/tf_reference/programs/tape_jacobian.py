# jacobian and batch_jacobian.
import tensorflow as tf

x = tf.Variable([1.0, 2.0, 3.0])
with tf.GradientTape() as tape:
    y = x**2
print(tape.jacobian(y, x))

a = tf.Variable([1.0, 2.0])
with tf.GradientTape() as tape:
    y = tf.stack([a[0] * a[1], a[0] + a[1], tf.sin(a[0])])
print(tape.jacobian(y, a))

s = tf.Variable(2.0)
with tf.GradientTape() as tape:
    y = tf.stack([s, s**2, s**3])
print(tape.jacobian(y, s))

m = tf.Variable([[1.0, 2.0], [3.0, 4.0]])
with tf.GradientTape() as tape:
    y = tf.reduce_sum(m * m, axis=1)
j = tape.jacobian(y, m)
print(j.shape)
print(j)
