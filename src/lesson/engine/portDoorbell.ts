/**
 * Node's side of a worker's doorbell (doorbell.ts): while the bell rings, the rung request is
 * taken straight off the worker's port (receiveMessageOnPort), without a trip through the
 * event loop, so the thread keeps its core from one trial to the next.
 */
import { receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { awaitRing, oneMore } from "./doorbell";

/** A worker's requests, from its event loop or off its port while it spins, each counted once. */
export class RungRequests<T> {
  private taken = 0;

  constructor(
    private readonly bells: Int32Array,
    private readonly worker: number,
    private readonly port: MessagePort,
    private readonly handle: (request: T) => void,
  ) {}

  /** Handles a request the event loop delivered. */
  take(request: T): void {
    this.taken = oneMore(this.taken);
    this.handle(request);
  }

  /**
   * Spins on the bell, handling each rung request off the port, until the pool parks this
   * worker or IDLE_SPIN_MS pass with none; then the event loop delivers whatever comes later.
   */
  spin(): void {
    while (awaitRing(this.bells, this.worker, this.taken) === "rung") {
      // The pool posts before it rings, so a rung request is already on the port.
      const message = receiveMessageOnPort(this.port);
      if (message) this.take(message.message as T);
    }
  }
}
