# batch_jacobian, and jacobian with a list of sources.
import tensorflow as tf

xb = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
with tf.GradientTape() as tape:
    tape.watch(xb)
    yb = xb * xb * tf.constant([1.0, 10.0])
bj = tape.batch_jacobian(yb, xb)
print(bj.shape)
print(bj)

u = tf.Variable(1.0)
v = tf.Variable(2.0)
with tf.GradientTape() as tape:
    y = u * v
print(tape.jacobian(y, [u, v]))
