# output_gradients weights the target before differentiation.
import tensorflow as tf

x = tf.Variable([1.0, 2.0, 3.0])
with tf.GradientTape(persistent=True) as tape:
    y = x**2
print(tape.gradient(y, x, output_gradients=tf.constant([1.0, 0.0, 0.5])))
print(tape.gradient(y, x, output_gradients=tf.ones(3)))
print(tape.gradient(y, x, output_gradients=[tf.constant([2.0, 2.0, 2.0])]))

s = tf.Variable(2.0)
with tf.GradientTape() as tape:
    z = s**3
print(tape.gradient(z, s, output_gradients=tf.constant(10.0)))
