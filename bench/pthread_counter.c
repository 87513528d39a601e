/* The C baseline for the locked counter: THREADS threads each take a pthread mutex
 * HOW_MANY times around `count += 1`, all released together by a barrier, like the
 * TypeScript workers. Prints nanoseconds per increment (counting phase only).
 *   cc -O2 -pthread bench/pthread_counter.c -o /tmp/pthread_counter && /tmp/pthread_counter 5 2000000
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t start;
static long count;
static long how_many;

static double now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void *worker(void *arg) {
  (void)arg;
  pthread_barrier_wait(&start);
  for (long i = 0; i < how_many; i++) {
    pthread_mutex_lock(&lock);
    count += 1;
    pthread_mutex_unlock(&lock);
  }
  return NULL;
}

int main(int argc, char **argv) {
  int threads = argc > 1 ? atoi(argv[1]) : 5;
  how_many = argc > 2 ? atol(argv[2]) : 2000000;
  if (threads < 1 || threads > 64 || how_many < 1) {
    fprintf(stderr, "usage: %s THREADS(1-64) HOW_MANY(>0)\n", argv[0]);
    return 2;
  }
  pthread_t ids[64];
  pthread_barrier_init(&start, NULL, threads + 1);
  for (int t = 0; t < threads; t++) pthread_create(&ids[t], NULL, worker, NULL);
  double begun = now_ns();
  pthread_barrier_wait(&start);
  for (int t = 0; t < threads; t++) pthread_join(ids[t], NULL);
  double ns = (now_ns() - begun) / ((double)threads * how_many);
  if (count != threads * how_many) {
    fprintf(stderr, "count %ld, expected %ld\n", count, threads * how_many);
    return 1;
  }
  printf("%.1f\n", ns);
  return 0;
}
