# persistent=True allows several gradient calls on the same tape.
import tensorflow as tf

x = tf.Variable(2.0)
with tf.GradientTape(persistent=True) as tape:
    y = x**2
    z = y**2
    w = tf.sin(z)
print(tape.gradient(z, x))
print(tape.gradient(z, y))
print(tape.gradient(w, x))
print(tape.gradient(w, z))
print(tape.gradient(y, x))
print(tape.gradient([y, z], x))
del tape
print("deleted")
