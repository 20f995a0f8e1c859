# Watching an integer tensor logs a warning and its gradient is None.
import tensorflow as tf

i = tf.constant(3)
with tf.GradientTape() as tape:
    tape.watch(i)
    y = i * i
print(tape.gradient(y, i))
print("after int")

v = tf.Variable(2)
with tf.GradientTape() as tape:
    y = v * v
print(tape.gradient(y, v))
print("after int variable")
