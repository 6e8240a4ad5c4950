// Memory per call: RSS of the server's Node process and of its mediasoup
// worker before and after opening N calls the way a kiosk and a parent open
// them (join, connect transports, produce audio and simulcast video, consume
// and resume the other side), over real socket.io connections.
import type { RtpCapabilities } from '../../common/mediaSchemas';
import { fakeDtlsParameters, opusParameters, vp8SimulcastParameters } from '../../tests/support/rtpFixtures';
import { connect, requestOk, type TestSocket } from '../../tests/support/socketClient';
import { waitUntil } from '../lib/benchmark';
import type { ServerChild } from './child';
import type { MemoryFigures } from './serverProcess';

export interface MemoryStep {
  /** Calls open when measured. */
  calls: number;
  figures: MemoryFigures;
}

export interface MemoryRun {
  baseline: MemoryFigures;
  steps: MemoryStep[];
  /** After every call of the run was closed. */
  closed: MemoryFigures;
}

async function produceBoth(socket: TestSocket, transportId: string, firstSsrc: number): Promise<void> {
  await requestOk(socket, 'transport:connect', { transportId, dtlsParameters: fakeDtlsParameters });
  await requestOk(socket, 'media:produce', {
    transportId,
    kind: 'audio',
    source: 'microphone',
    rtpParameters: opusParameters(firstSsrc),
  });
  await requestOk(socket, 'media:produce', {
    transportId,
    kind: 'video',
    source: 'camera',
    rtpParameters: vp8SimulcastParameters(firstSsrc + 100),
  });
}

/** One call: both sides joined, both transports connected, two producers and two consumers each. */
async function openCall(
  child: ServerChild,
  bookingId: string,
  capabilities: RtpCapabilities,
): Promise<TestSocket[]> {
  const { url, kioskCredential, guardianToken } = child.ready;
  const kiosk = await connect(url, { kioskCredential });
  const parent = await connect(url, { guardianToken });
  const kioskJoin = await requestOk(kiosk, 'call:join', { bookingId, rtpCapabilities: capabilities });
  await requestOk(kiosk, 'transport:connect', {
    transportId: kioskJoin.recvTransport.id,
    dtlsParameters: fakeDtlsParameters,
  });
  await produceBoth(kiosk, kioskJoin.sendTransport.id, 1_000_000);

  const parentJoin = await requestOk(parent, 'call:join', { bookingId, rtpCapabilities: capabilities });
  await requestOk(parent, 'transport:connect', {
    transportId: parentJoin.recvTransport.id,
    dtlsParameters: fakeDtlsParameters,
  });
  for (const consumer of parentJoin.consumers)
    await requestOk(parent, 'media:resume-consumer', { consumerId: consumer.consumerId });
  const kioskConsumers: string[] = [];
  kiosk.on('media:consumer-new', (consumer) => kioskConsumers.push(consumer.consumerId));
  await produceBoth(parent, parentJoin.sendTransport.id, 2_000_000);
  await waitUntil(() => kioskConsumers.length >= 2, 5_000, 10);
  for (const consumerId of kioskConsumers) await requestOk(kiosk, 'media:resume-consumer', { consumerId });
  return [kiosk, parent];
}

async function openCalls(
  child: ServerChild,
  count: number,
  capabilities: RtpCapabilities,
): Promise<TestSocket[]> {
  const bookings = await child.bookings(count);
  const sockets: TestSocket[] = [];
  // A few calls at a time, as kiosks of many schools would.
  for (let start = 0; start < count; start += 5) {
    const batch = bookings.slice(start, start + 5);
    const opened = await Promise.all(batch.map((bookingId) => openCall(child, bookingId, capabilities)));
    sockets.push(...opened.flat());
  }
  return sockets;
}

async function closeAll(child: ServerChild, sockets: TestSocket[]): Promise<void> {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await waitUntil(async () => (await child.rooms()).rooms === 0, 10_000, 100);
}

/**
 * Opens `callsPerStep` calls at a time and keeps them open, measuring after
 * each step, so each step's growth is what that many more calls hold (memory
 * freed earlier cannot hide it). A warm-up set of calls is opened and closed
 * first so that first-use costs (JIT, pools) are not counted as calls.
 */
export async function measureMemory(
  child: ServerChild,
  callsPerStep: number,
  stepCount: number,
  timeLeft: () => number,
): Promise<MemoryRun> {
  const probe = await connect(child.ready.url, { kioskCredential: child.ready.kioskCredential });
  const capabilities = (await requestOk(probe, 'call:capabilities', {})).routerRtpCapabilities;
  probe.disconnect();
  const warmup = await openCalls(child, 10, capabilities);
  await closeAll(child, warmup);

  const baseline = await child.memory();
  const sockets: TestSocket[] = [];
  const steps: MemoryStep[] = [];
  for (let step = 0; step < stepCount && timeLeft() > 20_000; step++) {
    sockets.push(...(await openCalls(child, callsPerStep, capabilities)));
    steps.push({ calls: sockets.length / 2, figures: await child.memory() });
  }
  await closeAll(child, sockets);
  return { baseline, steps, closed: await child.memory() };
}
