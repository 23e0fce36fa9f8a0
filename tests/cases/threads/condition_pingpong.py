# Two threads take turns through a Condition: ping, pong, ping... Each
# waits until it is its turn, acts, passes the turn and notifies.
import threading

cond = threading.Condition()
turn = "ping"
log = []
ROUNDS = 200


def player(me, other):
    global turn
    for i in range(ROUNDS):
        with cond:
            while turn != me:
                cond.wait()
            log.append(me)
            turn = other
            cond.notify()


a = threading.Thread(target=player, args=("ping", "pong"))
b = threading.Thread(target=player, args=("pong", "ping"))
b.start()
a.start()
a.join()
b.join()
print(len(log), log[:4], log[-2:])
print(all(log[i] != log[i + 1] for i in range(len(log) - 1)))

# The same with wait_for over a plain-lock Condition, three players.
cond = threading.Condition(threading.Lock())
state = {"n": 0}
seq = []


def member(k):
    for _ in range(50):
        with cond:
            cond.wait_for(lambda: state["n"] % 3 == k)
            seq.append(k)
            state["n"] += 1
            cond.notify_all()


ts = [threading.Thread(target=member, args=(k,)) for k in (2, 0, 1)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(seq), seq[:7], seq == [i % 3 for i in range(150)])
