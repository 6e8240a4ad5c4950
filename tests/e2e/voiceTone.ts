// A voice a test can switch on and off: the page's microphone track is
// replaced by a WebAudio tone whose loudness `window.__hhcVoice(true|false)`
// sets, so that "who is speaking" can be driven (Chromium's fake microphone
// beeps briefly once a second, too short for the speaking mark on purpose).
import type { BrowserContext, Page } from '@playwright/test';

declare global {
  interface Window {
    __hhcVoice?: (on: boolean) => void;
  }
}

/** Installed before the page's own scripts; self-contained (serialised into the page). */
function installVoiceTone(): void {
  const devices = navigator.mediaDevices;
  if (!devices?.getUserMedia) return;
  const getUserMedia = devices.getUserMedia.bind(devices);
  let context: AudioContext | undefined;
  let gain: GainNode | undefined;
  let loud = false;
  window.__hhcVoice = (on) => {
    loud = on;
    if (gain) gain.gain.value = on ? 0.4 : 0;
  };
  devices.getUserMedia = async (constraints) => {
    const stream = await getUserMedia(constraints);
    const [microphone] = stream.getAudioTracks();
    if (!microphone) return stream;
    context ??= new AudioContext();
    const oscillator = context.createOscillator();
    oscillator.frequency.value = 330;
    gain = context.createGain();
    gain.gain.value = loud ? 0.4 : 0;
    const destination = context.createMediaStreamDestination();
    oscillator.connect(gain).connect(destination);
    oscillator.start();
    const tone = destination.stream.getAudioTracks()[0]!;
    // The app stops the tracks it was given when it is done: the tone ends with the microphone.
    const stop = tone.stop.bind(tone);
    tone.stop = () => {
      stop();
      microphone.stop();
    };
    stream.removeTrack(microphone);
    stream.addTrack(tone);
    return stream;
  };
}

export async function useVoiceTone(context: BrowserContext): Promise<void> {
  await context.addInitScript(installVoiceTone);
}

export async function speak(page: Page, on: boolean): Promise<void> {
  await page.evaluate((value) => window.__hhcVoice?.(value), on);
}
