# Gradient of a non-scalar target is the gradient of its sum.
import tensorflow as tf

x = tf.Variable([1.0, 2.0, 3.0])
with tf.GradientTape() as tape:
    y = x**2
print(y)
print(tape.gradient(y, x))

with tf.GradientTape() as tape:
    s = tf.reduce_sum(x**2)
print(s)
print(tape.gradient(s, x))

m = tf.Variable([[1.0, 2.0], [3.0, 4.0]])
with tf.GradientTape() as tape:
    y = m * m + 3 * m
print(tape.gradient(y, m))

v = tf.Variable(tf.linspace(0.0, 1.0, 5))
with tf.GradientTape() as tape:
    y = tf.sin(v) * v
print(tape.gradient(y, v))

a = tf.Variable([1.0, 2.0])
b = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y = a * b
da, db = tape.gradient(y, [a, b])
print(da)
print(db)
