# Nested tapes give higher derivatives.
import tensorflow as tf

x = tf.Variable(3.0)
with tf.GradientTape() as outer:
    with tf.GradientTape() as inner:
        y = x**3
    dy_dx = inner.gradient(y, x)
d2y_dx2 = outer.gradient(dy_dx, x)
print(dy_dx)
print(d2y_dx2)

c = tf.constant(1.0)
with tf.GradientTape() as t2:
    t2.watch(c)
    with tf.GradientTape() as t1:
        t1.watch(c)
        y = tf.sin(c)
    g = t1.gradient(y, c)
print(g)
print(t2.gradient(g, c))

v = tf.Variable([1.0, 2.0])
with tf.GradientTape() as outer:
    with tf.GradientTape() as inner:
        y = tf.reduce_sum(v**3)
    g = inner.gradient(y, v)
print(g)
print(outer.jacobian(g, v))

z = tf.Variable(2.0)
with tf.GradientTape(persistent=True) as t3:
    with tf.GradientTape(persistent=True) as t2:
        with tf.GradientTape() as t1:
            y = z**4
        g1 = t1.gradient(y, z)
    g2 = t2.gradient(g1, z)
g3 = t3.gradient(g2, z)
print(g1, g2, g3)
