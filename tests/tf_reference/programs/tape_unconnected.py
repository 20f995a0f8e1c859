# A source the target does not depend on gives None, or zeros on request.
import tensorflow as tf

x = tf.Variable(2.0)
y = tf.Variable([1.0, 2.0])
with tf.GradientTape(persistent=True) as tape:
    z = x**2
print(tape.gradient(z, y))
print(tape.gradient(z, [x, y]))
print(tape.gradient(z, y, unconnected_gradients="zero"))
print(tape.gradient(z, [x, y], unconnected_gradients="zero"))
print(tape.gradient(z, y, unconnected_gradients=tf.UnconnectedGradients.ZERO))
print(tape.gradient(z, y, unconnected_gradients=tf.UnconnectedGradients.NONE))
print(tf.UnconnectedGradients.ZERO)
print(tf.UnconnectedGradients.ZERO.value)
