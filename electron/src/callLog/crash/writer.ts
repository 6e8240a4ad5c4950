// Fixture for killWriter.test.ts: writes call-log rows in a tight loop the
// way a real call does, one committed step at a time, and reports each
// committed state on stdout as one JSON line. The test kills it with SIGKILL
// at random moments and checks that every reported row survived intact.
// Reports are written after the commit returns, so a reported state is
// always a committed one (the reverse need not hold: a kill can fall between).
import fs from 'node:fs';
import { openCallLog } from '../CallLog';
import type { CallAttempt, CallEndReason, Feeling } from '@hhc/common/kiosk/callLog';

export type WriterReport =
  { kind: 'row'; row: CallAttempt } | { kind: 'synced'; id: string; version: number };

const file = process.argv[2];
if (!file) throw new Error('usage: writer <database file>');

const log = openCallLog(file);
const report = (line: WriterReport | 'ready') => {
  // writeSync: nothing is buffered in this process when the kill comes.
  fs.writeSync(1, `${JSON.stringify(line)}\n`);
};

// As the kiosk does on start: close what the last kill left open.
for (const row of log.closeInterrupted()) report({ kind: 'row', row });
report('ready');

const reasons: CallEndReason[] = ['hung-up', 'slot-ended', 'connection-lost'];
const faces: Feeling[] = ['happy', 'ok', 'sad'];
const uuid = () => crypto.randomUUID();
const start = Date.UTC(2026, 2, 2, 9, 0);

for (let n = 0; ; n++) {
  const step = (row: CallAttempt) => report({ kind: 'row', row });
  const attempt = log.startAttempt({
    bookingId: uuid(),
    childId: uuid(),
    guardianRelation: n % 2 === 0 ? 'mother' : 'grandfather',
    scheduledStart: start + n * 60_000,
    scheduledEnd: start + n * 60_000 + 900_000,
  });
  step(attempt);
  step(log.markKioskJoined(attempt.id));
  step(log.markParentJoined(attempt.id));
  for (let sample = 0; sample < 3; sample++) {
    step(
      log.recordQuality(attempt.id, {
        bitrateKbps: 300 + ((n * 37 + sample * 101) % 900),
        packetLossPct: (n + sample) % 7,
        audioOnly: (n + sample) % 5 === 0,
      }),
    );
  }
  step(log.markParentLeft(attempt.id));
  step(log.finish(attempt.id, reasons[n % reasons.length]!));
  const done = log.setFeeling(attempt.id, faces[n % faces.length]!);
  step(done);
  // Every other call is "sent" at once, so the outbox sees both synced and pending rows.
  if (n % 2 === 0 && log.markSynced(done.id, done.version))
    report({ kind: 'synced', id: done.id, version: done.version });
}
