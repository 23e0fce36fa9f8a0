# Float math: a small gravitational n-body simulation with a leapfrog-style
# integrator on a made-up five-body system. Prints total energy before/after.

import math

STEPS = 150000


def make_system():
    # name-less bodies: [x, y, z, vx, vy, vz, mass]
    bodies = [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 30.0],
        [3.1, 0.4, -0.05, -0.21, 2.9, 0.01, 0.02],
        [-5.7, 1.9, 0.12, -0.8, -2.1, 0.03, 0.009],
        [0.7, -8.8, 0.3, 1.75, 0.12, -0.02, 0.0015],
        [11.0, 6.5, -0.4, -0.7, 1.3, 0.005, 0.0018],
    ]
    # shift velocities so that the total momentum is zero
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / sun[6]
    sun[4] = -py / sun[6]
    sun[5] = -pz / sun[6]
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        bi = bodies[i]
        e += 0.5 * bi[6] * (bi[3] * bi[3] + bi[4] * bi[4] + bi[5] * bi[5])
        for j in range(i + 1, n):
            bj = bodies[j]
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            e -= bi[6] * bj[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, dt, steps):
    pairs = []
    n = len(bodies)
    for i in range(n):
        for j in range(i + 1, n):
            pairs.append((bodies[i], bodies[j]))
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            ma = a[6] * mag
            mb = b[6] * mag
            a[3] -= dx * mb
            a[4] -= dy * mb
            a[5] -= dz * mb
            b[3] += dx * ma
            b[4] += dy * ma
            b[5] += dz * ma
        for body in bodies:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


def main():
    bodies = make_system()
    print("%.9f" % energy(bodies))
    advance(bodies, 0.001, STEPS)
    print("%.9f" % energy(bodies))


main()
