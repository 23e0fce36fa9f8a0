# Method calls on user classes: a small cooperative job-shop simulation.
# Workers of several subclasses pull jobs from queues owned by stations,
# exercising attribute access, inheritance, super() and polymorphic dispatch.

TICKS = 160000


class Job:
    def __init__(self, ident, size, kind):
        self.ident = ident
        self.remaining = size
        self.kind = kind
        self.hops = 0

    def work(self, amount):
        done = amount if amount < self.remaining else self.remaining
        self.remaining -= done
        return done

    def finished(self):
        return self.remaining <= 0


class Queue:
    def __init__(self):
        self.items = []
        self.head = 0

    def push(self, item):
        self.items.append(item)

    def pop(self):
        if self.head >= len(self.items):
            return None
        item = self.items[self.head]
        self.head += 1
        if self.head > 64 and self.head * 2 > len(self.items):
            self.items = self.items[self.head:]
            self.head = 0
        return item

    def size(self):
        return len(self.items) - self.head


class Worker:
    def __init__(self, name, speed):
        self.name = name
        self.speed = speed
        self.current = None
        self.busy_ticks = 0
        self.completed = 0

    def capacity(self, job):
        return self.speed

    def step(self, station):
        if self.current is None:
            self.current = station.queue.pop()
            if self.current is None:
                return None
        self.busy_ticks += 1
        self.current.work(self.capacity(self.current))
        if self.current.finished():
            job = self.current
            self.current = None
            self.completed += 1
            return job
        return None


class Specialist(Worker):
    def __init__(self, name, speed, kind):
        super().__init__(name, speed)
        self.kind = kind

    def capacity(self, job):
        if job.kind == self.kind:
            return self.speed * 3
        return self.speed // 2 + 1


class Trainee(Worker):
    def __init__(self, name, speed):
        super().__init__(name, speed)
        self.experience = 0

    def capacity(self, job):
        self.experience += 1
        bonus = self.experience // 500
        return self.speed + (bonus if bonus < 4 else 4)


class Station:
    def __init__(self, name, workers):
        self.name = name
        self.queue = Queue()
        self.workers = workers
        self.output = 0

    def tick(self, router):
        for w in self.workers:
            job = w.step(self)
            if job is not None:
                self.output += 1
                router.forward(self, job)


class Router:
    def __init__(self, stations):
        self.stations = stations
        self.done = 0
        self.total_hops = 0

    def forward(self, station, job):
        job.hops += 1
        if job.hops >= 3:
            self.done += 1
            self.total_hops += job.hops
            return
        idx = (self.stations.index(station) + job.kind + 1) % len(self.stations)
        job.remaining = 5 + (job.ident * 7 + job.hops) % 11
        self.stations[idx].queue.push(job)


def main():
    stations = [
        Station("cut", [Worker("a", 3), Specialist("b", 2, 0)]),
        Station("weld", [Specialist("c", 3, 1), Trainee("d", 1)]),
        Station("paint", [Worker("e", 2), Worker("f", 2), Trainee("g", 2)]),
        Station("pack", [Specialist("h", 4, 2)]),
    ]
    router = Router(stations)
    ident = 0
    for t in range(TICKS):
        if t % 2 == 0:
            job = Job(ident, 4 + ident % 9, ident % 3)
            stations[ident % 4].queue.push(job)
            ident += 1
        for s in stations:
            s.tick(router)
    print("created", ident, "done", router.done, "hops", router.total_hops)
    for s in stations:
        parts = [s.name, str(s.output), str(s.queue.size())]
        for w in s.workers:
            parts.append("%s:%d/%d" % (w.name, w.completed, w.busy_ticks))
        print(" ".join(parts))


main()
