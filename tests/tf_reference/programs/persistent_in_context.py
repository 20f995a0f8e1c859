# Calling gradient inside the context of a persistent tape works, with a warning.
import tensorflow as tf

x = tf.Variable(3.0)
with tf.GradientTape(persistent=True) as tape:
    y = x**2
    g = tape.gradient(y, x)
    print(g)
    z = g * x
print(tape.gradient(z, x))
