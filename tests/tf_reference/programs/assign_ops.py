# assign, assign_add and assign_sub on Variables.
import tensorflow as tf

v = tf.Variable(1.0)
v.assign(5.0)
print(v)
v.assign_add(2.0)
print(v)
v.assign_sub(0.5)
print(v)
print(v.numpy())
w = tf.Variable([1.0, 2.0, 3.0])
w.assign([4.0, 5.0, 6.0])
print(w)
w.assign_add(tf.ones(3))
print(w)
w.assign_sub([1.0, 1.0, 1.0])
print(w)
w[0].assign(10.0)
print(w)
i = tf.Variable(3)
i.assign_add(4)
print(i)
x = tf.Variable(2.0)
for _ in range(3):
    with tf.GradientTape() as tape:
        y = (x - 5.0) ** 2
    x.assign_sub(0.25 * tape.gradient(y, x))
    print(x.numpy())
print(x)
