# Sources may be a list, a tuple, a dict or nested structures.
import tensorflow as tf

w = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="w")
b = tf.Variable([0.5, -0.5], name="b")
x = tf.constant([[1.0, 1.0]])
with tf.GradientTape(persistent=True) as tape:
    y = tf.reduce_sum(tf.matmul(x, w) + b)
print(tape.gradient(y, [w, b]))
print(tape.gradient(y, (w, b)))
grads = tape.gradient(y, {"weight": w, "bias": b})
print(sorted(grads.keys()))
print(grads["weight"])
print(grads["bias"])
nested = tape.gradient(y, {"layer": [w, b]})
print(nested["layer"][1])
print(tape.gradient(y, b))
print(tape.gradient(y, [b]))
