# The gradient of tf.gather with respect to a Variable is an IndexedSlices.
import tensorflow as tf

v = tf.Variable([10.0, 20.0, 30.0, 40.0])
with tf.GradientTape() as tape:
    g = tf.gather(v, [3, 0, 0])
grad = tape.gradient(g, v)
print(type(grad).__name__)
print(grad)
print(grad.indices)
print(grad.values)
print(tf.convert_to_tensor(grad))

c = tf.constant([10.0, 20.0, 30.0, 40.0])
with tf.GradientTape() as tape:
    tape.watch(c)
    g = tf.gather(c, [1, 1])
print(tape.gradient(g, c))
