// Every camera and microphone track a page ever opened, so a test can prove
// each one is released (readyState 'ended'), not only the ones the app still
// holds. Installed before the page's own scripts run.
import { expect, type BrowserContext, type Page } from '@playwright/test';

declare global {
  interface Window {
    __hhcLocalTracks?: MediaStreamTrack[];
  }
}

export interface TrackState {
  kind: string;
  readyState: string;
}

/**
 * Records every track getUserMedia returns (and every clone of one) in the
 * page. Self-contained: it is serialised into pages (Playwright's init
 * scripts, puppeteer's evaluateOnNewDocument for Firefox).
 */
export function installTrackRecorder(): void {
  const tracks: MediaStreamTrack[] = [];
  window.__hhcLocalTracks = tracks;
  const devices = navigator.mediaDevices;
  if (!devices?.getUserMedia) return;
  const getUserMedia = devices.getUserMedia.bind(devices);
  devices.getUserMedia = async (constraints) => {
    const stream = await getUserMedia(constraints);
    tracks.push(...stream.getTracks());
    return stream;
  };
  const clone = MediaStreamTrack.prototype.clone;
  MediaStreamTrack.prototype.clone = function (this: MediaStreamTrack) {
    const copy = clone.call(this);
    tracks.push(copy);
    return copy;
  };
}

/** Records the local tracks of every page in this context. */
export async function recordLocalTracks(context: BrowserContext): Promise<void> {
  await context.addInitScript(installTrackRecorder);
}

/** What to evaluate in a page (of any driver) to read its tracks' states. */
export function readTrackStates(): TrackState[] {
  return (window.__hhcLocalTracks ?? []).map((track) => ({ kind: track.kind, readyState: track.readyState }));
}

/** Every track released, and both a camera and a microphone were opened. */
export function allEnded(tracks: readonly TrackState[]): boolean {
  return (
    tracks.some((track) => track.kind === 'audio') &&
    tracks.some((track) => track.kind === 'video') &&
    tracks.every((track) => track.readyState === 'ended')
  );
}

export function localTracks(page: Page): Promise<TrackState[]> {
  return page.evaluate(readTrackStates);
}

/** Polls until the page opened camera and microphone and every track it opened is ended. */
export async function expectAllTracksEnded(page: Page): Promise<TrackState[]> {
  await expect.poll(async () => allEnded(await localTracks(page))).toBe(true);
  return localTracks(page);
}
