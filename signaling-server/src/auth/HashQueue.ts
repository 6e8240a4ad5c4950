// Password hashing is deliberately expensive (scrypt, ~50 ms of a core each).
// Unbounded, a spray of logins fills libuv's thread pool and every other login
// and PIN check waits behind it. This runs at most `concurrency` hashes at once;
// others wait in line, trusted ones first (a teacher's known device, a school
// kiosk), and when the line of others is full, they are told to try again later.
export type HashPriority = 'trusted' | 'other';

export class QueueFull extends Error {}

export class HashQueue {
  private running = 0;
  private readonly waiting: Record<HashPriority, Array<() => void>> = { trusted: [], other: [] };

  constructor(
    private readonly concurrency: number,
    private readonly maxWaitingOthers: number,
  ) {}

  async run<T>(priority: HashPriority, work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (priority === 'other' && this.waiting.other.length >= this.maxWaitingOthers) throw new QueueFull();
      await new Promise<void>((resolve) => this.waiting[priority].push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      this.next();
    }
  }

  /** Hands the slot straight to the next in line, so the count never dips and lets a newcomer jump it. */
  private next(): void {
    const wake = this.waiting['trusted'].shift() ?? this.waiting.other.shift();
    if (wake) wake();
    else this.running--;
  }

  get stats(): { running: number; waiting: number } {
    return {
      running: this.running,
      waiting: this.waiting['trusted'].length + this.waiting.other.length,
    };
  }
}
