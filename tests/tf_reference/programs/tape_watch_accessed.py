# watch_accessed_variables=False, trainable=False and watched_variables().
import tensorflow as tf

a = tf.Variable(2.0, name="a")
b = tf.Variable(3.0, name="b")
with tf.GradientTape(watch_accessed_variables=False) as tape:
    tape.watch(a)
    y = a * b
print(tape.gradient(y, [a, b]))
print([v.name for v in tape.watched_variables()])

frozen = tf.Variable(4.0, trainable=False, name="frozen")
with tf.GradientTape() as tape:
    y = a * frozen
print(tape.gradient(y, [a, frozen]))
print([v.name for v in tape.watched_variables()])

with tf.GradientTape() as tape:
    tape.watch(frozen)
    y = a * frozen
print(tape.gradient(y, [a, frozen]))
print([v.name for v in tape.watched_variables()])

with tf.GradientTape() as tape:
    y = b * b + a
print(len(tape.watched_variables()))
print(tape.watched_variables())
