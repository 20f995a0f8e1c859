# Constants are not watched unless tape.watch is called.
import tensorflow as tf

c = tf.constant(3.0)
with tf.GradientTape() as tape:
    y = c**2
print(tape.gradient(y, c))

with tf.GradientTape() as tape:
    tape.watch(c)
    y = c**2
print(tape.gradient(y, c))

v = tf.constant([1.0, 2.0])
with tf.GradientTape() as tape:
    tape.watch(v)
    y = tf.reduce_sum(tf.exp(v))
print(tape.gradient(y, v))

a = tf.constant(1.0)
b = tf.constant(2.0)
with tf.GradientTape() as tape:
    tape.watch([a, b])
    y = a * b
print(tape.gradient(y, [a, b]))

with tf.GradientTape() as tape:
    tape.watch(a)
    y = a * b
print(tape.gradient(y, [a, b]))
