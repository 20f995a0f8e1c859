# A second gradient call on a non-persistent tape raises RuntimeError.
import tensorflow as tf

x = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y = x**2
    z = y * 2
print(tape.gradient(z, x))
try:
    tape.gradient(z, y)
except Exception as e:
    print(type(e).__name__)
    print(str(e))
try:
    tape.jacobian(z, x)
except Exception as e:
    print(type(e).__name__)
    print(str(e))
