# A small operating-system scheduler simulation in the spirit of the classic
# Richards benchmark: an idle task, a worker, two handlers and two devices
# exchange packets through a priority scheduler.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
class Packet:
    def __init__(self, kind, link=None):
        self.kind, self.link, self.datum, self.data = kind, link, 0, [0] * 4
class Task:
    def __init__(self, ident, prio, queue, waiting, fn):
        self.ident, self.prio, self.queue, self.waiting, self.fn = ident, prio, queue, waiting, fn
        self.held = False
    def ready(self):
        return not self.held and (self.queue is not None or not self.waiting)
class Scheduler:
    def __init__(self, count):
        self.tasks = []
        self.stats = {'switches': 0, 'queued': 0, 'held': 0, 'chars': 0}
        self.count, self.seed, self.dest, self.letter = count, 1, HANDLER_A, 0
        self.stored = {}
        self.pending = {HANDLER_A: ([], []), HANDLER_B: ([], [])}
    def add(self, *args):
        self.tasks.append(Task(*args))
        self.tasks.sort(key=lambda t: -t.prio)
    def task(self, ident):
        return next(t for t in self.tasks if t.ident == ident)
    def run(self):
        while True:
            t = next((t for t in self.tasks if t.ready()), None)
            if t is None:
                return self.stats
            self.stats['switches'] += 1
            pkt = t.queue
            if pkt is not None:
                t.queue, pkt.link = pkt.link, None
            t.waiting = False
            t.fn(self, t, pkt)
    def send(self, pkt, dest):
        self.stats['queued'] += 1
        target = self.task(dest)
        if target.queue is None:
            target.queue = pkt
        else:
            node = target.queue
            while node.link is not None:
                node = node.link
            node.link = pkt
def idle(s, t, pkt):
    s.count -= 1
    if s.count == 0:
        s.stats['held'] += 1
        t.held = True
    elif s.seed & 1 == 0:
        s.seed >>= 1
        s.task(DEVICE_A).held = False
    else:
        s.seed = (s.seed >> 1) ^ 0xD008
        s.task(DEVICE_B).held = False
def worker(s, t, pkt):
    if pkt is None:
        t.waiting = True
        return
    s.dest = HANDLER_B if s.dest == HANDLER_A else HANDLER_A
    pkt.datum = 0
    for i in range(4):
        s.letter = s.letter % 26 + 1
        pkt.data[i] = s.letter
    s.send(pkt, s.dest)
def handler(s, t, pkt):
    works, devs = s.pending[t.ident]
    if pkt is not None:
        (works if pkt.kind == 'work' else devs).append(pkt)
    if works and devs:
        w, d = works[0], devs.pop(0)
        d.datum = w.data[w.datum]
        w.datum += 1
        s.send(d, DEVICE_A if t.ident == HANDLER_A else DEVICE_B)
        if w.datum == 4:
            s.send(works.pop(0), WORKER)
    else:
        t.waiting = True
def device(s, t, pkt):
    if pkt is not None:
        s.stored[t.ident] = pkt
        s.stats['chars'] += pkt.datum
        s.stats['held'] += 1
        t.held = True
    elif t.ident in s.stored:
        s.send(s.stored.pop(t.ident), HANDLER_A if t.ident == DEVICE_A else HANDLER_B)
    else:
        t.waiting = True
def richards(count):
    s = Scheduler(count)
    s.add(IDLE, 0, None, False, idle)
    s.add(WORKER, 1000, Packet('work', Packet('work')), True, worker)
    s.add(HANDLER_A, 2000, Packet('dev', Packet('dev', Packet('dev'))), True, handler)
    s.add(HANDLER_B, 3000, Packet('dev', Packet('dev', Packet('dev'))), True, handler)
    s.add(DEVICE_A, 4000, None, True, device)
    s.add(DEVICE_B, 5000, None, True, device)
    return s.run(), s.letter
for n in (10, 100, 1000):
    print(n, richards(n))
