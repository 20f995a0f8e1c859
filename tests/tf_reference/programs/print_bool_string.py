# Bool and string tensors: printing, reduce_all / reduce_any, the string dtype.
import numpy as np
import tensorflow as tf

print(tf.constant("hi"))
print(repr(tf.constant("hi")))
print(tf.constant(["a", "bc"]))
print(repr(tf.constant(["a", "bc"])))
words = tf.constant([["a", "bc"], ["d", "e"]])
print(words)
print(repr(words))
print(tf.constant(b"x\x00y"))
print(tf.constant("é"))
print(repr(tf.constant(["é", "\n"])))
print(tf.constant([]))
print(tf.constant("hi").dtype, repr(tf.constant("hi").dtype), tf.constant("hi").shape)
print(repr(tf.constant("hi").numpy()), tf.constant(["a", "bc"]).numpy())
print(tf.constant(True))
print(repr(tf.constant(True)))
flags = tf.constant([[True, False], [False, False]])
print(flags)
print(repr(flags))
print(tf.reduce_all(tf.constant([True, False])))
print(tf.reduce_any(flags, axis=1))
print(repr(tf.reduce_all(flags, keepdims=True)))
print(repr(tf.reduce_any(flags, axis=0, keepdims=True)))
print(tf.reduce_all(tf.zeros((0,), tf.bool)), tf.reduce_any(tf.zeros((0,), tf.bool)))
print(tf.math.reduce_all(flags, axis=[0, 1]), tf.math.reduce_any(flags, axis=-1))
x = tf.constant([1.0, -2.0, 3.0])
print(tf.reduce_all(x > 0), tf.reduce_any(x > 0))
print(repr(np.asarray(tf.constant(["a", "bc"]))))
print(tf.constant(["a", "bc"]) == tf.constant(["a", "b"]))
print(tf.Variable("a"))
print(tf.constant("a") + "b", tf.constant(["a", "b"]) == "a")
print(tf.cast(tf.constant([True, False]), tf.float32), len(tf.constant(["a", "b"])))
for bad in (["a", 1], [[1.0], ["b"]]):
    try:
        tf.constant(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    tf.sin(tf.constant("a"))
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
