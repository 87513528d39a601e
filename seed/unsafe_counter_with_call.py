# The seed's unsafe counter with a switch point inside the increment:
#   python3 unsafe_counter_with_call.py [how_many] [threads] [--switch-interval SECONDS]
# Since CPython 3.10 the interpreter only hands the GIL to another thread at
# calls and backward jumps, so `self.count += offset` is never split and the
# seed's program prints the right total. A function call between the read and
# the write gives it somewhere to switch again, and the lost updates come back.
import os
import sys
import time
from threading import Barrier, Thread

args = [a for a in sys.argv[1:]]
switch_interval = None
if '--switch-interval' in args:
    at = args.index('--switch-interval')
    switch_interval = float(args[at + 1])
    del args[at:at + 2]
how_many = int(args[0]) if len(args) > 0 else 10**5
thread_count = int(args[1]) if len(args) > 1 else 5
if switch_interval is not None:
    # Ask for a switch far more often than the default 5 ms, so that a
    # small run still lands some switches between the read and the write.
    sys.setswitchinterval(switch_interval)


def read_sensor():
    pass


class Counter:
    def __init__(self):
        self.count = 0

    def increment(self, offset):
        value = self.count
        read_sensor()  # a call: a point where the thread may be switched out
        self.count = value + offset


def worker(sensor_index, how_many, counter, ready):
    # Without the barrier the first thread can finish a small run before the
    # last one has started, and thread start-up alone would hide the race.
    ready.wait()
    for _ in range(how_many):
        counter.increment(1)


print(f'python {sys.version}')
print(f'switch_interval {sys.getswitchinterval()}')
counter = Counter()

# Timed inside Python so that interpreter start-up is not counted.
start = time.perf_counter()
ready = Barrier(thread_count)
threads = []
for i in range(thread_count):
    thread = Thread(target=worker, args=(i, how_many, counter, ready))
    threads.append(thread)
    thread.start()

for thread in threads:
    thread.join()
elapsed_ms = (time.perf_counter() - start) * 1000

expected = how_many * thread_count
found = counter.count
# The seed's own sentence, in the edition's language (the Korean edition prints the book's).
SENTENCES = {
    'en': 'Counter should be {expected}, found {found}',
    'ko': '카운터 값은 {expected}여야 하는데, 실제로는 {found} 입니다',
}
print(SENTENCES[os.environ.get('LESSON_LANG', 'en')].format(expected=expected, found=found))
print(f'elapsed_ms {elapsed_ms:.3f}')
