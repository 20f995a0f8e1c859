# One SGD step with apply_gradients.
import tensorflow as tf

w = tf.Variable(2.0, name="w")
b = tf.Variable([1.0, -1.0], name="b")
opt = tf.keras.optimizers.SGD(learning_rate=0.1)
print(int(opt.iterations))
with tf.GradientTape() as tape:
    loss = w**2 + tf.reduce_sum(b**2)
grads = tape.gradient(loss, [w, b])
print(grads)
opt.apply_gradients(zip(grads, [w, b], strict=True))
print(int(opt.iterations))
print(opt.iterations.numpy())
print(w)
print(b)
for _ in range(3):
    with tf.GradientTape() as tape:
        loss = w**2 + tf.reduce_sum(b**2)
    grads = tape.gradient(loss, [w, b])
    opt.apply_gradients(zip(grads, [w, b], strict=True))
print(int(opt.iterations))
print(w.numpy())
print(b.numpy())
print(loss)
print(float(opt.learning_rate))
