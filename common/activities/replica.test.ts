import { describe, expect, it } from 'vitest';
import { ActivityReplica } from './replica';
import { applyActivity, initialActivityState } from './state';

describe('ActivityReplica', () => {
  it('shows its own action at once and keeps it when the server numbers it', () => {
    const replica = new ActivityReplica('kiosk');
    const id = replica.local({ type: 'book', bookId: 'moon' });
    expect(replica.state.book).toEqual({ id: 'moon', page: 0 });
    expect(replica.seq).toBe(0);
    replica.acknowledged(id, 1);
    expect(replica.seq).toBe(1);
    expect(replica.state.book).toEqual({ id: 'moon', page: 0 });
  });

  it('ends on the server’s order when both sides turn the page at the same moment', () => {
    const child = new ActivityReplica('kiosk');
    const parent = new ActivityReplica('parent');
    for (const replica of [child, parent])
      replica.snapshot({ ...initialActivityState, seq: 1, book: { id: 'moon', page: 0 } });
    const childTurn = child.local({ type: 'page', page: 1 });
    const parentTurn = parent.local({ type: 'page', page: 5 });
    // Server order: child's turn is 2, the parent's is 3.
    child.acknowledged(childTurn, 2);
    parent.remote(2, { type: 'page', page: 1 }, 'kiosk');
    child.remote(3, { type: 'page', page: 5 }, 'parent');
    parent.acknowledged(parentTurn, 3);
    expect(child.state.book?.page).toBe(5);
    expect(parent.state.book?.page).toBe(5);
    expect(child.state).toEqual(parent.state);
  });

  it('waits for a missing number, reports the gap, and a snapshot heals it', () => {
    const replica = new ActivityReplica('parent');
    replica.remote(2, { type: 'page', page: 3 }, 'kiosk');
    expect(replica.hasGap).toBe(true);
    expect(replica.seq).toBe(0);
    const server = applyActivity(initialActivityState, { type: 'book', bookId: 'moon' }, 'kiosk');
    if (!server.ok) throw new Error('refused');
    replica.snapshot(server.state);
    expect(replica.hasGap).toBe(false);
    expect(replica.state.book).toEqual({ id: 'moon', page: 3 });
  });

  it('drops a refused action and ignores news older than what it has', () => {
    const replica = new ActivityReplica('kiosk');
    const id = replica.local({ type: 'stroke', id: 1, colour: 'blue', width: 'thin', points: [1, 2] });
    expect(replica.state.drawing.strokes).toHaveLength(1);
    replica.refused(id);
    expect(replica.state.drawing.strokes).toHaveLength(0);
    replica.snapshot({ ...initialActivityState, seq: 4, view: 'draw' });
    replica.snapshot({ ...initialActivityState, seq: 2 });
    replica.remote(3, { type: 'view', view: 'book' }, 'parent');
    expect(replica.state.view).toBe('draw');
  });
});
