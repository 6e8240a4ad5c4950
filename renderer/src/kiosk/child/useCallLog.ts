// Feeds one call's events into the kiosk's call log: joined, parent in and
// out, a quality sample every few seconds while in the call.
import { useEffect, useState } from 'react';
import type { KioskApi } from '@hhc/common/kiosk/ipc';
import type { KioskBooking } from '@hhc/common/protocol';
import { CallState } from '../../call/CallSession';
import type { ReceiveStats } from '../../call/receiveStats';
import type { CallView } from '../../ui/useCallSession';
import { CallLogger } from './callLogger';
import { qualitySample } from './quality';

export const QUALITY_SAMPLE_MS = 5_000;

export function useCallLog(bridge: KioskApi | undefined, booking: KioskBooking, call: CallView): CallLogger {
  // One logger per call screen: the booking does not change while it is shown.
  const [logger] = useState(() => new CallLogger(bridge, booking));

  useEffect(() => {
    logger.start();
    // Leaving the screen any other way (teacher mode) still closes the attempt.
    return () => void logger.finish('hung-up');
  }, [logger]);

  const inCall = call.state === CallState.InCall;
  useEffect(() => {
    if (inCall) logger.kioskJoined();
  }, [inCall, logger]);

  const parentHere = call.peers.some((peer) => peer.role === 'parent');
  useEffect(() => {
    logger.parentPresent(parentHere);
  }, [parentHere, logger]);

  const { receiveStats } = call;
  const audioOnly = call.lowData.mode === 'audio';
  // Only while the parent is there: time spent waiting receives nothing and is no measure of the link.
  const talking = inCall && parentHere;
  useEffect(() => {
    if (!talking) return undefined;
    let previous: { stats: ReceiveStats; at: number } | undefined;
    const sample = async () => {
      const stats = await receiveStats()?.catch(() => undefined);
      if (!stats) return;
      const at = performance.now();
      if (previous) logger.quality(qualitySample(previous.stats, stats, at - previous.at, audioOnly));
      previous = { stats, at };
    };
    void sample();
    const timer = setInterval(() => void sample(), QUALITY_SAMPLE_MS);
    return () => clearInterval(timer);
  }, [talking, receiveStats, audioOnly, logger]);

  return logger;
}
