# Variables and tensors have no .grad attribute (that is PyTorch).
import tensorflow as tf

x = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y = x**2
try:
    print(x.grad)
except Exception as e:
    print(type(e).__name__)
    print(str(e))
try:
    print(y.grad)
except Exception as e:
    print(type(e).__name__)
    print(str(e))
try:
    y.backward()
except Exception as e:
    print(type(e).__name__)
    print(str(e))
print(tape.gradient(y, x))
