/**
 * One trial's replies, awaited: done once every worker of the trial has answered. A reply of
 * another trial (a late one from a trial that was abandoned) is ignored. Node's WorkerPool
 * (pool.ts) and the browser's pool for the live race (src/publish/present/browser/racePool.ts)
 * both wait on a trial this way; only how the replies reach them differs.
 */
import type { RunReply } from "./protocol";

export class TrialReplies {
  readonly done: Promise<RunReply[]>;
  private readonly replies: RunReply[] = [];
  private resolve: (replies: RunReply[]) => void = () => undefined;
  private rejectWith: (error: Error) => void = () => undefined;

  constructor(
    readonly trial: number,
    readonly threads: number,
  ) {
    this.done = new Promise<RunReply[]>((resolve, reject) => {
      this.resolve = resolve;
      this.rejectWith = reject;
    });
    this.done.catch(() => undefined); // awaited by the pool; this only keeps it from counting as unhandled
  }

  take(reply: RunReply): void {
    if (reply.trial !== this.trial) return;
    this.replies.push(reply);
    if (this.replies.length === this.threads) this.resolve(this.replies);
  }

  reject(error: Error): void {
    this.rejectWith(error);
  }
}
