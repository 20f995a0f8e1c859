# relu, softmax, log_softmax, sparse softmax cross entropy, and their gradients.
import tensorflow as tf

z = tf.constant([[-1.0, 0.0, 2.0], [1.0, 3.0, -2.0]])
print(tf.nn.relu(z))
print(tf.nn.softmax(z))
print(tf.nn.softmax(z, axis=0))
print(tf.nn.log_softmax(z))
print(tf.nn.sigmoid(z))
print(tf.math.sigmoid(tf.constant(0.0)))
labels = tf.constant([2, 1])
ce = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=z)
print(ce)
print(tf.reduce_mean(ce))

w = tf.Variable([[-1.0, 0.0, 2.0], [1.0, 3.0, -2.0]])
with tf.GradientTape(persistent=True) as tape:
    r = tf.reduce_sum(tf.nn.relu(w))
    s = tf.nn.softmax(w)[:, 0]
    ls = tf.reduce_sum(tf.nn.log_softmax(w) * tf.constant([1.0, 0.0, 0.0]))
    loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=w))
print(tape.gradient(r, w))
print(tape.gradient(s, w))
print(tape.gradient(ls, w))
print(loss)
print(tape.gradient(loss, w))
