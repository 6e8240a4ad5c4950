// The kiosk's IPC contract: every channel the page may call, the zod schema its
// input must pass and what it answers. Declared once here; the main process
// implements it (electron/src/ipc.ts, checked by the compiler against these
// types) and the page calls it through createKioskApi.
import { z } from 'zod';
import { activityKindsSchema } from '../activities/schema';
import { empty, idSchema, instantSchema } from '../api/fields';
import { guardianRelationSchema } from '../domain';
import type { Result } from '../result';
import { callEndReasonSchema, feelingSchema, type CallAttempt, type RecentCall } from './callLog';
import { rosterSchema, scheduleSchema, type CachedData } from './cache';
import { galleryReadInput, keptDrawingSchema, type GalleryDrawing } from './gallery';
import { pairingSchema, type Pairing } from './pairing';

/** The most rows one 'calls:recent' answer carries. */
export const RECENT_MAX_LIMIT = 500;

/** Attempt ids are made by the kiosk itself (randomUUID). */
const attemptIdSchema = z.string().uuid();
export const attemptInput = z.object({ attemptId: attemptIdSchema }).strict();

export const callInputs = {
  start: z
    .object({
      bookingId: idSchema,
      childId: idSchema,
      guardianRelation: guardianRelationSchema,
      scheduledStart: instantSchema,
      scheduledEnd: instantSchema,
    })
    .strict()
    .refine((value) => value.scheduledEnd > value.scheduledStart, 'a call ends after it starts'),
  quality: z
    .object({
      attemptId: attemptIdSchema,
      bitrateKbps: z.number().min(0).max(100_000),
      packetLossPct: z.number().min(0).max(100),
      audioOnly: z.boolean(),
    })
    .strict(),
  // 'interrupted' is the kiosk's own verdict after a restart, never the page's.
  finish: z
    .object({ attemptId: attemptIdSchema, reason: callEndReasonSchema.exclude(['interrupted']) })
    .strict(),
  feeling: z.object({ attemptId: attemptIdSchema, feeling: feelingSchema }).strict(),
  activities: z.object({ attemptId: attemptIdSchema, activities: activityKindsSchema }).strict(),
  recent: z
    .object({
      from: instantSchema.optional(),
      to: instantSchema.optional(),
      childId: idSchema.optional(),
      limit: z.number().int().min(1).max(RECENT_MAX_LIMIT).optional(),
    })
    .strict()
    .refine((value) => value.from === undefined || value.to === undefined || value.from < value.to, {
      message: 'from must be before to',
    }),
};

export const kioskIpcInputs = {
  'kiosk:info': empty,
  'calls:start': callInputs.start,
  'calls:kiosk-joined': attemptInput,
  'calls:parent-joined': attemptInput,
  'calls:parent-left': attemptInput,
  'calls:quality': callInputs.quality,
  'calls:finish': callInputs.finish,
  'calls:feeling': callInputs.feeling,
  'calls:activities': callInputs.activities,
  'calls:recent': callInputs.recent,
  'cache:save-roster': rosterSchema,
  'cache:save-schedule': scheduleSchema,
  'cache:load': empty,
  'pairing:get': empty,
  'pairing:save': pairingSchema,
  'pairing:clear': empty,
  'power:call-started': empty,
  'power:call-ended': empty,
  /** A drawing the child chose to keep from a call (common/kiosk/gallery.ts). */
  'gallery:keep': keptDrawingSchema,
  'gallery:list': z.object({ childId: idSchema }).strict(),
  'gallery:read': galleryReadInput,
  /** The outbox: rows waiting for the server, and the server's receipt for them. */
  'sync:pending': z.object({ limit: z.number().int().min(1).max(100).optional() }).strict(),
  'sync:ack': z
    .object({
      accepted: z
        .array(z.object({ id: z.string().uuid(), version: z.number().int().min(1) }).strict())
        .max(100),
    })
    .strict(),
} as const;

export type KioskChannel = keyof typeof kioskIpcInputs;
export type KioskInput<C extends KioskChannel> = z.input<(typeof kioskIpcInputs)[C]>;

export interface KioskInfo {
  serverUrl: string;
  appVersion: string;
}

export interface KioskOutputs {
  'kiosk:info': KioskInfo;
  'calls:start': CallAttempt;
  'calls:kiosk-joined': CallAttempt;
  'calls:parent-joined': CallAttempt;
  'calls:parent-left': CallAttempt;
  'calls:quality': CallAttempt;
  'calls:finish': CallAttempt;
  'calls:feeling': CallAttempt;
  'calls:activities': CallAttempt;
  'calls:recent': RecentCall[];
  'cache:save-roster': { savedAt: number };
  'cache:save-schedule': { savedAt: number };
  'cache:load': CachedData;
  'pairing:get': Pairing | null;
  'pairing:save': Record<string, never>;
  'pairing:clear': Record<string, never>;
  'power:call-started': { awake: boolean };
  'power:call-ended': { awake: boolean };
  'gallery:keep': GalleryDrawing;
  'gallery:list': GalleryDrawing[];
  /** The drawing as the SVG the main process drew. */
  'gallery:read': { svg: string };
  'sync:pending': CallAttempt[];
  'sync:ack': { synced: number };
}

export type Invoke = (channel: KioskChannel, input: unknown) => Promise<unknown>;

/** Channels whose input has no required field may be called without an argument. */
type Call<C extends KioskChannel> =
  Record<string, never> extends KioskInput<C>
    ? (input?: KioskInput<C>) => Promise<Result<KioskOutputs[C]>>
    : (input: KioskInput<C>) => Promise<Result<KioskOutputs[C]>>;

/**
 * The page's API as task-level functions, one per channel. It takes the
 * transport as a parameter: the preload passes ipcRenderer.invoke, a
 * Playwright test its exposeBinding bridge.
 */
export function createKioskApi(invoke: Invoke) {
  const call = <C extends KioskChannel>(channel: C) =>
    ((input?: unknown) => invoke(channel, input ?? {})) as Call<C>;
  return {
    info: call('kiosk:info'),
    calls: {
      start: call('calls:start'),
      kioskJoined: call('calls:kiosk-joined'),
      parentJoined: call('calls:parent-joined'),
      parentLeft: call('calls:parent-left'),
      quality: call('calls:quality'),
      finish: call('calls:finish'),
      feeling: call('calls:feeling'),
      activities: call('calls:activities'),
      recent: call('calls:recent'),
    },
    cache: {
      saveRoster: call('cache:save-roster'),
      saveSchedule: call('cache:save-schedule'),
      load: call('cache:load'),
    },
    pairing: {
      get: call('pairing:get'),
      save: call('pairing:save'),
      clear: call('pairing:clear'),
    },
    power: {
      callStarted: call('power:call-started'),
      callEnded: call('power:call-ended'),
    },
    gallery: {
      keep: call('gallery:keep'),
      list: call('gallery:list'),
      read: call('gallery:read'),
    },
    sync: {
      pending: call('sync:pending'),
      ack: call('sync:ack'),
    },
  };
}

export type KioskApi = ReturnType<typeof createKioskApi>;
