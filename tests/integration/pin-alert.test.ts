// Five wrong picture-PINs lock the pad for a minute and tell the school's
// teachers (on the kiosk itself and on any teacher's connection), once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { connect, connectAsTeacher, nextEvent, request, type TestSocket } from '../support/socketClient';

let server: TestServer;
let school: SchoolFixture;
let kiosk: TestSocket;
let teacher: TestSocket;

beforeAll(async () => {
  server = await startTestServer();
  school = await seedSchool(server.store, server.clock.now);
  kiosk = await connect(server.url, { kioskCredential: school.kioskCredential });
  teacher = await connectAsTeacher(server.url, school.teacher);
});

afterAll(async () => {
  kiosk.disconnect();
  teacher.disconnect();
  await server.stop();
});

it('tells the teachers on the fifth wrong PIN, and the sixth try is locked', async () => {
  const alerts: unknown[] = [];
  (teacher as unknown as { on(event: string, listener: (payload: unknown) => void): void }).on(
    'alert:pin-locked',
    (payload) => alerts.push(payload),
  );
  const wrong = [0, 0, 0];
  const alerted = nextEvent(teacher, 'alert:pin-locked');
  for (let attempt = 1; attempt <= 5; attempt++) {
    expect(await request(kiosk, 'child:login', { childId: school.childId, pin: wrong })).toMatchObject({
      error: { code: 'INVALID_CREDENTIALS' },
    });
  }
  expect(await alerted).toEqual({ childId: school.childId, displayName: '小明', kioskName: '1 号机' });
  expect(await request(kiosk, 'child:login', { childId: school.childId, pin: school.pin })).toMatchObject({
    error: { code: 'PIN_LOCKED' },
  });
  expect(alerts).toHaveLength(1);
});
