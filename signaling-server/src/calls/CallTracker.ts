// Ties calls to bookings: writes a call record when a side joins and when it
// leaves, marks the booking in progress, ends the call when the slot ends,
// and settles bookings whose slot is over (completed or missed by whom).
import type { Booking } from '@hhc/common/domain';
import type { Logger } from '../logger';
import type { Store } from '../store/Store';
import { nextStatus } from '../domain/lifecycle';
import type { RoomRegistry } from './RoomRegistry';
import { wasInCall } from '../domain/endReasons';

interface OpenRecord {
  recordId: string;
  bookingId: string;
}

export class CallTracker {
  /** peerId → its open call record. */
  private readonly open = new Map<string, OpenRecord>();
  private readonly endTimers = new Map<string, NodeJS.Timeout>();
  rooms: RoomRegistry | undefined;

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
    private readonly log: Logger,
    /** Tells a school's connections that bookings changed. */
    private readonly scheduleChanged: (schoolId: string) => void,
  ) {}

  async joined(booking: Booking, participant: 'kiosk' | 'parent', peerId: string): Promise<void> {
    const record = await this.store.callRecords.open(booking.id, participant, this.now());
    this.open.set(peerId, { recordId: record.id, bookingId: booking.id });
    if (booking.status === 'confirmed') {
      const started = nextStatus(booking.status, { type: 'start' });
      if (started.ok) {
        await this.store.bookings.setStatus(booking.id, ['confirmed'], started.status, this.now());
        this.scheduleChanged(booking.schoolId);
      }
    }
    this.endAtSlotEnd(booking);
  }

  /** Called for every peer that leaves a call room, for any reason. */
  left(peerId: string, reason: string): void {
    const entry = this.open.get(peerId);
    if (!entry) return;
    this.open.delete(peerId);
    this.store.callRecords.close(entry.recordId, this.now(), reason).catch((error: unknown) => {
      this.log.error({ err: error, bookingId: entry.bookingId }, 'could not close call record');
    });
  }

  /** The call room closes itself when the booked slot is over. */
  private endAtSlotEnd(booking: Booking): void {
    if (this.endTimers.has(booking.id)) return;
    const delay = Math.max(0, booking.endAt - this.now());
    const timer = setTimeout(
      () => {
        this.endTimers.delete(booking.id);
        this.rooms?.close(booking.id, 'slot-ended');
        void this.settle().catch((error: unknown) =>
          this.log.error({ err: error }, 'settling bookings failed'),
        );
      },
      Math.min(delay, 2 ** 31 - 1),
    );
    timer.unref();
    this.endTimers.set(booking.id, timer);
  }

  /** Ends a call early (booking cancelled or moved). */
  endCall(bookingId: string): void {
    clearTimeout(this.endTimers.get(bookingId));
    this.endTimers.delete(bookingId);
    this.rooms?.close(bookingId, 'booking-changed');
  }

  /** Settles every booking whose slot has ended; safe to run often and concurrently with itself. */
  async settle(): Promise<number> {
    const now = this.now();
    let settled = 0;
    for (const booking of await this.store.bookings.listUnsettled(now)) {
      // An attempt whose media never connected was not a call: the side did not join it.
      const records = (await this.store.callRecords.listForBooking(booking.id)).filter(wasInCall);
      const next = nextStatus(booking.status, {
        type: 'slot-ended',
        kioskJoined: records.some((record) => record.participant === 'kiosk'),
        parentJoined: records.some((record) => record.participant === 'parent'),
      });
      if (!next.ok) continue;
      const reason = booking.status === 'requested' ? 'not approved before the slot' : undefined;
      // Compare-and-set: a concurrent settle or a teacher's cancel wins once, never twice.
      if (await this.store.bookings.setStatus(booking.id, [booking.status], next.status, now, reason)) {
        settled++;
        this.scheduleChanged(booking.schoolId);
      }
    }
    return settled;
  }

  close(): void {
    for (const timer of this.endTimers.values()) clearTimeout(timer);
    this.endTimers.clear();
  }
}
