// Applies layerChoice.ts to a room: counts the faces each receiver shows and
// gives each of its video consumers the layer chosen for it. Called by the
// room whenever who sends or receives video changes, and with each link sample.
import type { LinkSample } from './linkPolicy';
import { chooseLayer, stepLayerState } from './layerChoice';
import type { Peer } from './Peer';

/** The video faces a receiver shows now: consumers the person has not paused, of cameras that send. */
export function videoTiles(receiver: Peer): { tiles: number; flowing: number } {
  let tiles = 0;
  let flowing = 0;
  for (const consumer of receiver.consumers.values()) {
    if (consumer.kind !== 'video' || consumer.closed || consumer.producerPaused) continue;
    if (receiver.wishFor(consumer.id)?.paused) continue;
    tiles++;
    if (!consumer.paused) flowing++;
  }
  return { tiles, flowing };
}

/** Brings every receiver's layers in line with what it shows (after a join, a leave, a pause). */
export async function planLayers(peers: Iterable<Peer>): Promise<void> {
  await Promise.all(
    [...peers].map((peer) =>
      peer.setLayerCap(chooseLayer(peer.role, videoTiles(peer).tiles, peer.layerState)),
    ),
  );
}

/** One link sample of `receiver` (LinkGuard's): the cap follows its estimate per face. */
export async function layersSampled(receiver: Peer, sample: LinkSample): Promise<void> {
  const { tiles, flowing } = videoTiles(receiver);
  receiver.layerState = stepLayerState(receiver.layerState, {
    atMs: sample.atMs,
    flowingVideos: flowing,
    // Without video flowing the estimate is the last measured one, not the link now.
    ...(sample.videoFlowing && sample.estimateKbps !== undefined
      ? { estimateKbps: sample.estimateKbps }
      : {}),
  });
  await receiver.setLayerCap(chooseLayer(receiver.role, tiles, receiver.layerState));
}
