# Fitting y = 2x + 1 with GradientTape and plain assign_sub.
import numpy as np
import tensorflow as tf

xs = tf.constant(np.linspace(-1.0, 1.0, 8), dtype=tf.float32)
ys = 2.0 * xs + 1.0
w = tf.Variable(0.0)
b = tf.Variable(0.0)
for step in range(20):
    with tf.GradientTape() as tape:
        pred = w * xs + b
        loss = tf.reduce_mean((pred - ys) ** 2)
    dw, db = tape.gradient(loss, [w, b])
    w.assign_sub(0.2 * dw)
    b.assign_sub(0.2 * db)
    if step % 5 == 0:
        print(step, loss.numpy())
print(w.numpy(), b.numpy())
print(w)
print(b)
