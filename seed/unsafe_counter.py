# The seed's unsafe counter (Effective Python, item "use Lock to avoid data
# races in threads"), with its knobs taken from the command line:
#   python3 unsafe_counter.py [how_many] [threads]
import os
import sys
import time
from threading import Thread

how_many = int(sys.argv[1]) if len(sys.argv) > 1 else 10**5
thread_count = int(sys.argv[2]) if len(sys.argv) > 2 else 5


class Counter:
    def __init__(self):
        self.count = 0

    def increment(self, offset):
        self.count += offset


def worker(sensor_index, how_many, counter):
    for _ in range(how_many):
        # Read from the sensor
        counter.increment(1)


print(f'python {sys.version}')
counter = Counter()

# Timed inside Python so that interpreter start-up is not counted.
start = time.perf_counter()
threads = []
for i in range(thread_count):
    thread = Thread(target=worker, args=(i, how_many, counter))
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
