// Server configuration: one typed object read from the environment and checked
// with zod, so a typo in a deployment fails at start with a clear message
// instead of at the first call. Documented in signaling-server/config.example.env.
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { LinkGuardOptions } from './calls/LinkGuard';
import { isPostgresUrl, type DatabaseLocation } from './store/location';

const port = z.coerce.number().int().min(0).max(65535);

const envSchema = z.object({
  HHC_HOST: z.string().default('0.0.0.0'),
  HHC_PORT: port.default(8080),
  /** TLS for the parent page: phones only allow camera access over https. */
  HHC_TLS_CERT: z.string().optional(),
  HHC_TLS_KEY: z.string().optional(),
  /** Worker count; 0 means one per CPU core. */
  HHC_MEDIA_WORKERS: z.coerce.number().int().min(0).max(64).default(0),
  /** IP the media ports bind to. */
  HHC_RTC_LISTEN_IP: z.union([z.ipv4(), z.ipv6()]).default('0.0.0.0'),
  /** IP announced to browsers (the address phones reach the server at); defaults to the listen IP. */
  HHC_RTC_ANNOUNCED_IP: z.string().optional(),
  /**
   * First media port. Worker i listens on this port + i, for UDP and TCP both,
   * so a school firewall needs exactly (workers) UDP and TCP ports opened.
   * 0 lets the system choose (tests).
   */
  HHC_RTC_PORT: port.default(40000),
  /** Seconds a joined peer may take to get its media connected before it is removed. */
  HHC_MEDIA_CONNECT_TIMEOUT_S: z.coerce.number().positive().max(600).default(30),
  HHC_MAX_PEERS_PER_CALL: z.coerce.number().int().min(2).max(8).default(4),
  HHC_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HHC_DATA_DIR: z.string().default(path.join(process.cwd(), '.data')),
  /**
   * postgres://user:password@host:port/database puts the data in PostgreSQL, so
   * several server nodes can share it; absent, the SQLite file in HHC_DATA_DIR.
   */
  HHC_DATABASE_URL: z.string().refine(isPostgresUrl, 'must be a postgres:// URL').optional(),
  /** redis://host:port: server nodes share broadcasts through Redis; absent, one node alone. */
  HHC_REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** Call records older than this are deleted or reduced to monthly counts. */
  HHC_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(365),
  HHC_RETENTION_MODE: z.enum(['counts', 'delete']).default('counts'),
  HHC_STAFF_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  /** A child logged in on a kiosk is logged out on the server after this; the kiosk logs out sooner when idle. */
  HHC_CHILD_SESSION_MINUTES: z.coerce.number().positive().max(120).default(20),
  HHC_PAIRING_CODE_MINUTES: z.coerce
    .number()
    .positive()
    .max(7 * 24 * 60)
    .default(30),
  HHC_INACTIVE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Fill an empty database with the demo school on start (npm start does). */
  HHC_DEMO_WHEN_EMPTY: z.enum(['0', '1']).default('0'),
  HHC_STATIC_DIR: z.string().optional(),
  /**
   * Reverse proxies (comma-separated IPs) whose X-Forwarded-For header names the client. Empty: the
   * header is ignored and the connection's own address is the client's (limits count per client).
   */
  HHC_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.union([z.ipv4(), z.ipv6()])).max(64)),
  /** The address phones reach this server at (https://…): parent links are made with it. */
  HHC_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),

  // Audio only when a peer's own link is too weak for video (calls/linkPolicy.ts).
  /** 0 turns the server's switch to audio only off (mediasoup still picks simulcast layers). */
  HHC_LINK_AUDIO_ONLY: z.enum(['0', '1']).default('1'),
  /**
   * How often each peer's downlink is sampled. mediasoup's estimate moves about
   * once a second; a request to the worker every 2 s per peer costs nothing and
   * keeps the decision (3 samples) within about 6 s.
   */
  HHC_LINK_SAMPLE_S: z.coerce.number().min(0.5).max(30).default(2),
  /**
   * Below this estimate (kbit/s) video does not fit: the smallest simulcast
   * layer is capped at 100 kbit/s (it usually runs at 60–90) and Opus with FEC
   * takes about 30. Under 120 the picture would only starve the voice.
   */
  HHC_LINK_AUDIO_ONLY_BELOW_KBPS: z.coerce.number().positive().max(10_000).default(120),
  /**
   * Consecutive bad samples before video stops: a handover between cell towers
   * or a burst of other traffic dips the estimate for a second or two; six
   * seconds of it is a weak link, not a hiccup.
   */
  HHC_LINK_BAD_SAMPLES: z.coerce.number().int().min(1).max(30).default(3),
  /**
   * An audio score (mediasoup, 0–10: delivered ratio⁴ × 10, averaged) at or below
   * this is a bad sample. 3 is about a quarter of the packets lost, more than
   * Opus FEC can hide; video, which has no FEC, is useless there and its packets
   * crowd out the voice's.
   */
  HHC_LINK_AUDIO_ONLY_SCORE: z.coerce.number().int().min(0).max(9).default(3),
  /**
   * While on sound only, an estimate that is being measured must reach this
   * (kbit/s) to count as good. Above the drop threshold (hysteresis): the
   * smallest layer and audio need ~130, and a return needs room to spare, or it
   * fails at once. (With video paused nothing measures the estimate, so mostly
   * the audio score below decides.)
   */
  HHC_LINK_VIDEO_RETURN_ABOVE_KBPS: z.coerce.number().positive().max(10_000).default(200),
  /**
   * While on sound only, the audio score must be at least this to count as
   * good: 9 is at most ~2.5 % loss, clean speech.
   */
  HHC_LINK_VIDEO_RETURN_SCORE: z.coerce.number().int().min(1).max(10).default(9),
  /**
   * How long the link must stay good before video comes back (first try). Each
   * switch is a visible change for a child: a link that only flickered back
   * must not bring the picture for a few seconds and take it away again; a
   * recovered link should not wait longer than a sentence or two.
   */
  HHC_LINK_VIDEO_RETURN_AFTER_S: z.coerce.number().positive().max(600).default(15),
  /**
   * After a return that failed, the next wait doubles, up to this. A link that
   * keeps failing is tried at most every two minutes; each try costs a few
   * seconds of worse sound.
   */
  HHC_LINK_VIDEO_RETURN_MAX_S: z.coerce.number().positive().max(3600).default(120),
  /**
   * A fall back to sound only within this long after a return means the return
   * came too early (the next wait doubles); a return that held longer resets the wait.
   */
  HHC_LINK_RETURN_PROBATION_S: z.coerce.number().positive().max(600).default(30),
});

type Env = z.infer<typeof envSchema>;

function linkOptions(e: Env): LinkGuardOptions | false {
  if (e.HHC_LINK_AUDIO_ONLY === '0') return false;
  return {
    sampleIntervalMs: e.HHC_LINK_SAMPLE_S * 1000,
    audioOnlyBelowKbps: e.HHC_LINK_AUDIO_ONLY_BELOW_KBPS,
    badSamples: e.HHC_LINK_BAD_SAMPLES,
    audioOnlyScore: e.HHC_LINK_AUDIO_ONLY_SCORE,
    videoReturnAboveKbps: e.HHC_LINK_VIDEO_RETURN_ABOVE_KBPS,
    videoReturnScore: e.HHC_LINK_VIDEO_RETURN_SCORE,
    videoReturnAfterMs: e.HHC_LINK_VIDEO_RETURN_AFTER_S * 1000,
    videoReturnMaxMs: e.HHC_LINK_VIDEO_RETURN_MAX_S * 1000,
    returnProbationMs: e.HHC_LINK_RETURN_PROBATION_S * 1000,
  };
}

/** The link settings when none are given (servers started by tests and benchmarks). */
export const defaultLinkOptions = linkOptions(envSchema.parse({}));

export interface ServerOptions {
  host: string;
  port: number;
  tls?: { certFile: string; keyFile: string };
  media: {
    workers: number;
    listenIp: string;
    announcedIp?: string;
    /** First port; worker i uses rtcPort + i. 0 = system-chosen. */
    rtcPort: number;
    connectTimeoutMs: number;
  };
  maxPeersPerCall: number;
  /** Audio only below a bandwidth threshold; false: off. */
  link: LinkGuardOptions | false;
  /** Where phones reach the server; parent links are built on it. */
  publicUrl?: string;
  /** Reverse proxies whose X-Forwarded-For is believed. */
  trustedProxies: string[];
  /** Folder with the built pages (renderer/dist); none = no pages served. */
  staticDir?: string;
  dataDir: string;
  database: DatabaseLocation;
  redisUrl?: string;
  logLevel: string;
  retention: { days: number; mode: 'counts' | 'delete' };
  policy: { staffSessionMs: number; childSessionMs: number; pairingCodeMs: number; inactiveDays: number };
  demoWhenEmpty: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  if (Boolean(e.HHC_TLS_CERT) !== Boolean(e.HHC_TLS_KEY)) {
    throw new Error('Invalid configuration:\n  HHC_TLS_CERT and HHC_TLS_KEY must be given together');
  }
  // Without the gap between the two, video would switch off and on around one value.
  if (e.HHC_LINK_VIDEO_RETURN_ABOVE_KBPS < e.HHC_LINK_AUDIO_ONLY_BELOW_KBPS) {
    throw new Error(
      'Invalid configuration:\n  HHC_LINK_VIDEO_RETURN_ABOVE_KBPS must not be below HHC_LINK_AUDIO_ONLY_BELOW_KBPS',
    );
  }
  if (e.HHC_LINK_VIDEO_RETURN_SCORE <= e.HHC_LINK_AUDIO_ONLY_SCORE) {
    throw new Error(
      'Invalid configuration:\n  HHC_LINK_VIDEO_RETURN_SCORE must be above HHC_LINK_AUDIO_ONLY_SCORE',
    );
  }
  if (e.HHC_LINK_VIDEO_RETURN_MAX_S < e.HHC_LINK_VIDEO_RETURN_AFTER_S) {
    throw new Error(
      'Invalid configuration:\n  HHC_LINK_VIDEO_RETURN_MAX_S must not be below HHC_LINK_VIDEO_RETURN_AFTER_S',
    );
  }
  return {
    host: e.HHC_HOST,
    port: e.HHC_PORT,
    ...(e.HHC_TLS_CERT && e.HHC_TLS_KEY ? { tls: { certFile: e.HHC_TLS_CERT, keyFile: e.HHC_TLS_KEY } } : {}),
    media: {
      workers: e.HHC_MEDIA_WORKERS === 0 ? os.availableParallelism() : e.HHC_MEDIA_WORKERS,
      listenIp: e.HHC_RTC_LISTEN_IP,
      ...defaultAnnouncedIp(e.HHC_RTC_LISTEN_IP, e.HHC_RTC_ANNOUNCED_IP),
      rtcPort: e.HHC_RTC_PORT,
      connectTimeoutMs: e.HHC_MEDIA_CONNECT_TIMEOUT_S * 1000,
    },
    maxPeersPerCall: e.HHC_MAX_PEERS_PER_CALL,
    link: linkOptions(e),
    ...(e.HHC_STATIC_DIR ? { staticDir: e.HHC_STATIC_DIR } : {}),
    ...(e.HHC_PUBLIC_URL ? { publicUrl: e.HHC_PUBLIC_URL.replace(/\/+$/, '') } : {}),
    trustedProxies: e.HHC_TRUSTED_PROXIES,
    dataDir: e.HHC_DATA_DIR,
    database: e.HHC_DATABASE_URL
      ? { engine: 'postgres', url: e.HHC_DATABASE_URL }
      : { engine: 'sqlite', file: path.join(e.HHC_DATA_DIR, 'happy-home.sqlite') },
    ...(e.HHC_REDIS_URL ? { redisUrl: e.HHC_REDIS_URL } : {}),
    logLevel: e.HHC_LOG_LEVEL,
    retention: { days: e.HHC_RETENTION_DAYS, mode: e.HHC_RETENTION_MODE },
    policy: {
      staffSessionMs: e.HHC_STAFF_SESSION_HOURS * 3_600_000,
      childSessionMs: e.HHC_CHILD_SESSION_MINUTES * 60_000,
      pairingCodeMs: e.HHC_PAIRING_CODE_MINUTES * 60_000,
      inactiveDays: e.HHC_INACTIVE_DAYS,
    },
    demoWhenEmpty: e.HHC_DEMO_WHEN_EMPTY === '1',
  };
}

/**
 * Browsers cannot reach "0.0.0.0": when listening on all interfaces without an
 * announced address, announce this machine's first LAN IPv4 (the usual school
 * server on the school network), or loopback on a machine without one.
 */
function defaultAnnouncedIp(listenIp: string, announced: string | undefined): { announcedIp?: string } {
  if (announced) return { announcedIp: announced };
  if (listenIp !== '0.0.0.0') return {};
  const lan = Object.values(os.networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal);
  return { announcedIp: lan?.address ?? '127.0.0.1' };
}
