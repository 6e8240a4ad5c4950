import { describe, expect, it } from 'vitest';
import { HashQueue, QueueFull } from './HashQueue';

/** Work that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('HashQueue', () => {
  it('runs at most `concurrency` at once, known devices first, and refuses others beyond the line', async () => {
    const queue = new HashQueue(1, 2);
    const order: string[] = [];
    const first = gate();
    const running = queue.run('other', async () => {
      await first.opened;
      order.push('first');
    });
    const waitingOthers = [
      queue.run('other', async () => void order.push('o1')),
      queue.run('other', async () => void order.push('o2')),
    ];
    await expect(queue.run('other', async () => 'never')).rejects.toBeInstanceOf(QueueFull);
    // The owner's device is never refused, and goes before the unknown devices in line.
    const owner = queue.run('trusted', async () => void order.push('owner'));
    expect(queue.stats).toEqual({ running: 1, waiting: 3 });
    first.open();
    await Promise.all([running, owner, ...waitingOthers]);
    expect(order).toEqual(['first', 'owner', 'o1', 'o2']);
    expect(queue.stats).toEqual({ running: 0, waiting: 0 });
  });

  it('frees its slot when the work fails', async () => {
    const queue = new HashQueue(1, 0);
    await expect(queue.run('other', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run('other', async () => 'ok')).resolves.toBe('ok');
  });
});
