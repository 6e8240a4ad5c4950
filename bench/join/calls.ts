// Join time as the child feels it, call after call: the parent waits in the
// call, the child logs in with their pictures and presses the home card's
// join button once it is lit (the camera is open by then, as on a real
// kiosk); measured up to the first decoded frame of the parent's video and
// the first packet of the parent's voice. Used on loopback (join) and across
// the delay relay (longjoin). Each call is its own booking.
import type { Browser, Page } from '@playwright/test';
import { deadline, waitUntil } from '../lib/benchmark';
import { fmt } from '../lib/stats';
import { openBooking, seedSchool } from '../../tests/support/fixtures';
import type { TestServer } from '../../tests/support/testServer';

const STEP_TIMEOUT_MS = 20_000;

/** What the pages expose (window.hhcCall from the app, __hhcBench* from the probe below). */
interface BenchWindow {
  hhcCall?: {
    state(): string;
    metrics(): {
      joinStartedAt?: number;
      joinAnsweredAt?: number;
      iceStartedAt?: number;
      roundTripsBeforeIce?: number;
      firstRemoteVideoAt?: number;
      firstRemoteFrameAt?: number;
      mediaConnectedAt?: number;
    };
    receiveStats(): Promise<{ audioPacketsReceived: number }>;
  };
  __hhcBenchClickAt?: number;
  __hhcBenchAudioAt?: number;
  /** Just what the bench reads from the DOM (it type-checks without DOM types). */
  document?: { querySelector(selector: string): { videoWidth?: number } | null };
}

/**
 * Notes when the join button is pressed (the input event's own time), then
 * when the first packet of the other side's voice arrives (polled every 10 ms).
 */
const clickProbe = `document.addEventListener('click', (event) => {
  const target = event.target;
  if (!(target && target.closest && target.closest('[data-testid="join-call"]'))) return;
  window.__hhcBenchClickAt = event.timeStamp;
  window.__hhcBenchAudioAt = undefined;
  const poll = setInterval(() => {
    const call = window.hhcCall;
    if (!call) return;
    call.receiveStats().then((stats) => {
      if (stats.audioPacketsReceived > 0 && window.__hhcBenchAudioAt === undefined) {
        window.__hhcBenchAudioAt = performance.now();
        clearInterval(poll);
      }
    }, () => undefined);
  }, 10);
  setTimeout(() => clearInterval(poll), 30000);
}, true);`;

export interface CallFigures {
  pressToFrame: number;
  joinToFrame: number;
  pressToJoin: number;
  joinToIce: number;
  joinToAnswer: number;
  joinToMedia: number;
  roundTrips: number;
  pressToParentFrame: number;
  /** First packet of the parent's voice on the kiosk, from the press. */
  pressToAudio: number;
}

async function kioskFigures(kiosk: Page, parent: Page): Promise<CallFigures> {
  const k = await kiosk.evaluate(() => {
    const w = globalThis as unknown as BenchWindow;
    return {
      ...w.hhcCall!.metrics(),
      clickAt: w.__hhcBenchClickAt,
      audioAt: w.__hhcBenchAudioAt,
      origin: performance.timeOrigin,
    };
  });
  const p = await parent.evaluate(() => ({
    frameAt: (globalThis as unknown as BenchWindow).hhcCall?.metrics().firstRemoteFrameAt,
    origin: performance.timeOrigin,
  }));
  const at = (value: number | undefined) => value ?? Number.NaN;
  return {
    pressToFrame: at(k.firstRemoteFrameAt) - at(k.clickAt),
    joinToFrame: at(k.firstRemoteFrameAt) - at(k.joinStartedAt),
    pressToJoin: at(k.joinStartedAt) - at(k.clickAt),
    joinToIce: at(k.iceStartedAt) - at(k.joinStartedAt),
    joinToAnswer: at(k.joinAnsweredAt) - at(k.joinStartedAt),
    joinToMedia: at(k.mediaConnectedAt) - at(k.joinStartedAt),
    roundTrips: at(k.roundTripsBeforeIce),
    // Two pages, two time origins: compare on the shared wall clock.
    pressToParentFrame: p.origin + at(p.frameAt) - (k.origin + at(k.clickAt)),
    pressToAudio: at(k.audioAt) - at(k.clickAt),
  };
}

export interface JoinRun {
  server: TestServer;
  /** Where the browsers reach the server (the server's own URL, or the relay's). */
  pageUrl: string;
  /** The parent's and the kiosk's contexts are made in this browser. */
  browser: Browser;
  /** The kiosk's context in a browser of its own instead (to measure its processes alone). */
  kioskBrowser?: Browser;
  /** Runs in each call once both sides see each other, before they leave. */
  inCall?: (kiosk: Page, parent: Page) => Promise<void>;
  calls: number;
  warmup: number;
  timeLimitMs: number;
}

export async function measureJoins(run: JoinRun): Promise<{ figures: CallFigures[]; failures: number }> {
  const { server, pageUrl, browser } = run;
  const budget = deadline(run.timeLimitMs);
  const figures: CallFigures[] = [];
  let failures = 0;
  const school = await seedSchool(server.store, server.clock.now);
  const teacher = (await server.store.staff.list(school.schoolId))[0]!;
  const who = {
    schoolId: school.schoolId,
    childId: school.childId,
    guardianId: school.guardianId,
    teacherId: teacher.id,
  };
  const parentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const kioskContext = await (run.kioskBrowser ?? browser).newContext({
    viewport: { width: 1366, height: 768 },
  });
  // The kiosk was paired before: its pairing is in its storage (the server is the origin the page is
  // served from). A string script: no DOM types here.
  const credential = JSON.stringify(school.kioskCredential);
  await kioskContext.addInitScript({
    content:
      `localStorage.setItem('hhc.kioskPairing', JSON.stringify({ serverUrl: location.origin, credential: ${credential} }));` +
      `localStorage.setItem('hhc.kioskCredential', ${credential});`,
  });
  await kioskContext.addInitScript({ content: clickProbe });
  const parent = await parentContext.newPage();
  const kiosk = await kioskContext.newPage();
  parent.setDefaultTimeout(STEP_TIMEOUT_MS);
  kiosk.setDefaultTimeout(STEP_TIMEOUT_MS);

  let bookingId = school.bookingId;
  for (let index = 0; index < run.warmup + run.calls && !budget.passed(); index++) {
    if (index > 0) bookingId = await openBooking(server.store, who, server.clock.now);
    try {
      await parent.goto(`${pageUrl}/p/${school.guardianToken}`);
      await parent.getByTestId('open-call').click();
      await parent.getByTestId('devices-ready').click();
      await parent.waitForFunction(
        () => (globalThis as unknown as BenchWindow).hhcCall?.state() === 'in-call',
      );

      await kiosk.goto(`${pageUrl}/kiosk`);
      await kiosk.getByTestId('child-tile').filter({ hasText: '小明' }).click();
      for (const digit of school.pin) await kiosk.getByTestId(`pin-${digit}`).click();
      await kiosk.waitForFunction(() => {
        // A string-free check: the camera's own picture on the card has a size.
        const preview = (globalThis as unknown as BenchWindow).document?.querySelector(
          '[data-testid="self-preview"]',
        );
        return (preview?.videoWidth ?? 0) > 0;
      });
      await kiosk.getByTestId('join-call').click();
      await kiosk.waitForFunction(() => {
        const w = globalThis as unknown as BenchWindow;
        return w.hhcCall?.metrics().firstRemoteFrameAt !== undefined && w.__hhcBenchAudioAt !== undefined;
      });
      await parent.waitForFunction(
        () => (globalThis as unknown as BenchWindow).hhcCall?.metrics().firstRemoteFrameAt !== undefined,
      );
      const call = await kioskFigures(kiosk, parent);
      if (index >= run.warmup) figures.push(call);
      await run.inCall?.(kiosk, parent);
      console.log(
        `  call ${index + 1}${index < run.warmup ? ' (warm-up)' : ''}: press → first frame ${fmt(call.pressToFrame)} ms, ` +
          `first voice ${fmt(call.pressToAudio)} ms (join() → frame ${fmt(call.joinToFrame)} ms), ${call.roundTrips} round trips before ICE`,
      );
      await kiosk.getByTestId('leave').click();
      await parent.getByTestId('leave').click();
    } catch (error) {
      failures++;
      console.log(
        `  call ${index + 1} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
      await kiosk.goto('about:blank').catch(() => undefined);
      await parent.goto('about:blank').catch(() => undefined);
    } finally {
      await waitUntil(() => server.rooms.counts().rooms === 0, 10_000);
      await server.store.bookings.setStatus(
        bookingId,
        ['confirmed', 'in_progress'],
        'completed',
        server.clock.now,
      );
    }
  }
  await parentContext.close();
  await kioskContext.close();
  return { figures, failures };
}
