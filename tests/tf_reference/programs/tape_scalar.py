# GradientTape on scalars: Variables are watched automatically.
import tensorflow as tf

x = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y = x**2 + 2 * x + 1
dy_dx = tape.gradient(y, x)
print(y)
print(dy_dx)
print(repr(dy_dx))
print(type(dy_dx).__name__ == type(y).__name__)

w = tf.Variable(2.0)
b = tf.Variable(-1.0)
with tf.GradientTape() as tape:
    z = tf.sin(w * 0.5 + b) * tf.exp(w)
grads = tape.gradient(z, [w, b])
print(grads)
for g in grads:
    print(g)

with tf.GradientTape() as tape:
    q = x / w - tf.sqrt(x) + tf.tanh(b)
print(tape.gradient(q, x))

d = tf.Variable(2.0, dtype=tf.float64)
with tf.GradientTape() as tape:
    r = d**3
print(tape.gradient(r, d))
