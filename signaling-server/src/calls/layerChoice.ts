// Which simulcast layer a receiver gets from each sender, so that a family call
// of three or four does not send everyone every sender's top layer. Pure:
// layerPlanner.ts feeds it what the room knows and applies what it returns.
//
// Two things decide it:
// - the screen: the more faces a receiver shows, the smaller each tile (see
//   renderer/src/ui/PeopleGrid.tsx). A phone shows one face full screen and two
//   or three in a grid where half resolution is all a tile can show; the
//   kiosk's 1366×768 screen still shows two faces at the camera's full 640×360.
// - the link: when the receiver's downlink estimate, shared by the faces it
//   shows, cannot carry the middle layer, everyone comes in at the smallest
//   layer. The estimate of a capped link can hardly climb past what it
//   carries (it grows with what is sent), so the cap is lifted on a timer and
//   the estimate gets its chance; a cap that comes back soon after doubles the
//   next wait, the way linkPolicy.ts does for sound only.
import type { PeerRole } from '@hhc/common/protocol';

/** The senders' layers' bitrates, kbit/s (renderer/src/call/encodings.ts). */
export const LAYER_KBPS = [100, 300, 900] as const;
export const TOP_LAYER = LAYER_KBPS.length - 1;

export interface LayerChoiceOptions {
  /** Below this estimate per flowing video (kbit/s), everyone comes in small. */
  smallBelowKbpsPerTile: number;
  /** How long the first cap holds before the full layers are tried again. */
  retryAfterMs: number;
  /** The longest hold, however often tries have failed. */
  retryMaxMs: number;
  /** A cap within this long after a lift means the try failed: the next hold doubles. */
  probationMs: number;
}

export const defaultLayerChoiceOptions: LayerChoiceOptions = {
  // Two thirds of the middle layer: it no longer gets through for every face.
  smallBelowKbpsPerTile: 200,
  retryAfterMs: 20_000,
  retryMaxMs: 160_000,
  probationMs: 30_000,
};

export interface LayerState {
  /** The link is too weak for more than the smallest layer from everyone. */
  capped: boolean;
  cappedAtMs: number | undefined;
  liftedAtMs: number | undefined;
  holdMs: number;
}

export function initialLayerState(options: LayerChoiceOptions = defaultLayerChoiceOptions): LayerState {
  return { capped: false, cappedAtMs: undefined, liftedAtMs: undefined, holdMs: options.retryAfterMs };
}

/** The largest layer worth sending to one tile of a screen showing `tiles` faces. */
export function screenLayer(role: PeerRole, tiles: number): number {
  if (tiles <= 1) return TOP_LAYER;
  if (role === 'kiosk' && tiles === 2) return TOP_LAYER;
  return 1;
}

export interface LinkReading {
  atMs: number;
  /** Video faces the receiver gets now (not paused by it, by the sender or by a weak link). */
  flowingVideos: number;
  /** The receiver's downlink estimate, only when video flows (otherwise it is stale). */
  estimateKbps?: number;
}

/** One link reading: cap when the estimate per face is too small, lift when the hold is over. */
export function stepLayerState(
  state: LayerState,
  reading: LinkReading,
  options: LayerChoiceOptions = defaultLayerChoiceOptions,
): LayerState {
  if (state.capped) {
    if (state.cappedAtMs !== undefined && reading.atMs - state.cappedAtMs < state.holdMs) return state;
    return { ...state, capped: false, cappedAtMs: undefined, liftedAtMs: reading.atMs };
  }
  if (reading.estimateKbps === undefined || reading.flowingVideos === 0) return state;
  const perTile = reading.estimateKbps / reading.flowingVideos;
  if (perTile >= options.smallBelowKbpsPerTile) return state;
  const failedTry = state.liftedAtMs !== undefined && reading.atMs - state.liftedAtMs < options.probationMs;
  return {
    capped: true,
    cappedAtMs: reading.atMs,
    liftedAtMs: undefined,
    holdMs: failedTry ? Math.min(state.holdMs * 2, options.retryMaxMs) : options.retryAfterMs,
  };
}

/** The preferred spatial layer of each of a receiver's video tiles. */
export function chooseLayer(role: PeerRole, tiles: number, state: LayerState): number {
  return state.capped ? 0 : screenLayer(role, tiles);
}
