// Every way a call ends releases camera and microphone on both sides: each
// local track a page ever opened is 'ended' (the phone's camera light goes
// out), and the ended screens lead on — the parent's back to the link page
// with the next calls, the kiosk's to the faces and then home.
import { test, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { startCall, type CallPages } from './media';
import { expectAllTracksEnded, recordLocalTracks } from './localTracks';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');
const screenshots = path.resolve(here, '../screenshots');

let server: TestServer;
let school: SchoolFixture;
let call: CallPages | undefined;

// A server per test: each ending starts from a fresh call room and booking.
test.beforeEach(async ({ browser }) => {
  server = await startTestServer({ staticDir });
  school = await seedSchool(server.store, server.clock.now);
  call = await startCall(browser, server.url, school, { prepare: recordLocalTracks });
});

test.afterEach(async () => {
  await call?.close();
  call = undefined;
  await server?.stop();
});

const peersInCall = () => server.rooms.counts().peers;

async function expectParentEnded(parent: Page) {
  await expect(parent.getByTestId('call-outcome')).toHaveAttribute('data-outcome', 'ended');
  await expectAllTracksEnded(parent);
}

async function expectKioskEnded(kiosk: Page) {
  await expect(kiosk.getByTestId('after-call')).toBeVisible();
  await expectAllTracksEnded(kiosk);
}

test('hanging up releases camera and microphone; the parent goes back to the link page', async () => {
  const { parent, kiosk } = call!;
  await parent.getByTestId('leave').click();
  await expectParentEnded(parent);
  await parent.screenshot({ path: path.join(screenshots, 'parent-call-ended-390x844.png') });
  await expect.poll(peersInCall).toBe(1);

  await kiosk.getByTestId('leave').click();
  await expectKioskEnded(kiosk);
  await expect.poll(peersInCall).toBe(0);

  // The ended screen leads to the next calls; the booking is still open, so it can be joined again.
  await parent.getByTestId('back-to-calls').click();
  await expect(parent.getByTestId('child-name')).toHaveText('小明');
  await expect(parent.getByTestId('open-call')).toBeVisible();
  // And the kiosk goes home after the faces.
  await kiosk.getByTestId('after-done').click();
  await expect(kiosk.getByTestId('child-login')).toBeVisible();
  await expectAllTracksEnded(kiosk);
});

test('the call ending at its time releases camera and microphone on both sides', async () => {
  const { parent, kiosk } = call!;
  // What the server's end-of-slot timer does when the booked time is up.
  server.rooms.close(school.bookingId, 'slot-ended');
  await expectParentEnded(parent);
  await expectKioskEnded(kiosk);
  await parent.getByTestId('back-to-calls').click();
  await expect(parent.getByTestId('child-name')).toHaveText('小明');
});

test('leaving the page releases camera and microphone and leaves the call', async () => {
  const { parent, kiosk } = call!;
  // What a phone does when the parent closes the tab or goes back (the page may be kept in the
  // back-forward cache, where nothing else would stop its camera).
  const pageHide = () => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
  await parent.evaluate(pageHide);
  await expectAllTracksEnded(parent);
  await expect.poll(peersInCall).toBe(1);
  await kiosk.evaluate(pageHide);
  await expectAllTracksEnded(kiosk);
  await expect.poll(peersInCall).toBe(0);
});

test('closing the page for real leaves the call on the server', async () => {
  const { parent, kiosk } = call!;
  await parent.goto('about:blank');
  await expect.poll(peersInCall).toBe(1);
  await kiosk.close();
  await expect.poll(peersInCall).toBe(0);
});
