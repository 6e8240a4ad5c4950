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

/** Records every track getUserMedia returns (and every clone of one) in this context's pages. */
export async function recordLocalTracks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
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
  });
}

export function localTracks(page: Page): Promise<TrackState[]> {
  return page.evaluate(() =>
    (window.__hhcLocalTracks ?? []).map((track) => ({ kind: track.kind, readyState: track.readyState })),
  );
}

/** Polls until the page opened camera and microphone and every track it opened is ended. */
export async function expectAllTracksEnded(page: Page): Promise<TrackState[]> {
  await expect
    .poll(async () => {
      const tracks = await localTracks(page);
      return tracks.length > 0 && tracks.every((track) => track.readyState === 'ended');
    })
    .toBe(true);
  const tracks = await localTracks(page);
  expect(tracks.map((track) => track.kind)).toEqual(expect.arrayContaining(['audio', 'video']));
  return tracks;
}
