# Incompatible shapes in an elementwise op and in matmul.
import tensorflow as tf

try:
    print(tf.constant([1.0, 2.0]) + tf.constant([1.0, 2.0, 3.0]))
except Exception as e:
    print(type(e).__name__)
    print(str(e))
try:
    print(tf.matmul(tf.ones((2, 3)), tf.ones((2, 3))))
except Exception as e:
    print(type(e).__name__)
    print(str(e))
print(tf.constant([[1.0], [2.0]]) + tf.constant([10.0, 20.0, 30.0]))
