# Mixing float32 and float64, or int and float, raises InvalidArgumentError.
import tensorflow as tf

a = tf.constant(1.0)
b = tf.constant(2.0, dtype=tf.float64)
try:
    print(a * b)
except Exception as e:
    print(type(e).__name__)
    print(str(e))
try:
    print(tf.constant([1, 2]) + tf.constant([1.0, 2.0]))
except Exception as e:
    print(type(e).__name__)
    print(str(e))
try:
    print(tf.matmul(tf.constant([[1.0]]), tf.constant([[1.0]], dtype=tf.float64)))
except Exception as e:
    print(type(e).__name__)
    print(str(e))
x = tf.Variable(1.0)
try:
    print(x * tf.constant(2.0, dtype=tf.float64))
except Exception as e:
    print(type(e).__name__)
    print(str(e))
print(a * 2)
print(tf.constant(2) * 3)
print(b + 1)
