# tf.stop_gradient and tape.stop_recording.
import tensorflow as tf

x = tf.Variable(2.0)
with tf.GradientTape() as tape:
    y = x * tf.stop_gradient(x)
print(y)
print(tape.gradient(y, x))

with tf.GradientTape() as tape:
    y = tf.stop_gradient(x**2)
print(tape.gradient(y, x))

with tf.GradientTape() as tape:
    a = x**2
    with tape.stop_recording():
        b = x**3
    y = a + b
print(y)
print(tape.gradient(y, x))

with tf.GradientTape(persistent=True) as tape:
    with tape.stop_recording():
        c = x * 5
print(tape.gradient(c, x))
