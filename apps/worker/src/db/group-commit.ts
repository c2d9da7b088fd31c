/**
 * Group commit: items submitted while a batch is being written queue up and go together in the next
 * one (one statement, one round trip, one transaction for all of them). An idle writer sends at once,
 * so latency does not grow. `write` returns one result per item, in order; a failure fails the batch.
 * `key` (optional) keeps two items with the same key out of one batch: the later waits for the next.
 */
export class GroupCommit<T, R> {
  private queue: { item: T; done: (r: R) => void; failed: (e: unknown) => void }[] = [];
  private inFlight = 0;

  constructor(
    private readonly write: (items: T[]) => Promise<R[]>,
    private readonly options: { maxInFlight: number; maxBatch: number; key?: (item: T) => string },
  ) {}

  submit(item: T): Promise<R> {
    return new Promise((done, failed) => {
      this.queue.push({ item, done, failed });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.takeBatch();
      this.inFlight++;
      void this.send(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private takeBatch(): typeof this.queue {
    const { key, maxBatch } = this.options;
    if (!key) return this.queue.splice(0, maxBatch);
    const batch: typeof this.queue = [];
    const later: typeof this.queue = [];
    const keys = new Set<string>();
    for (const entry of this.queue) {
      const k = key(entry.item);
      if (batch.length < maxBatch && !keys.has(k)) {
        keys.add(k);
        batch.push(entry);
      } else later.push(entry);
    }
    this.queue = later;
    return batch;
  }

  private async send(batch: typeof this.queue): Promise<void> {
    try {
      const results = await this.write(batch.map((b) => b.item));
      batch.forEach((b, i) => b.done(results[i]));
    } catch (e) {
      for (const b of batch) b.failed(e);
    }
  }
}
