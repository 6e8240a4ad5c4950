import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.media.rtcPort).toBe(40000);
    expect(config.media.workers).toBeGreaterThanOrEqual(1);
    expect(config.media.connectTimeoutMs).toBe(30_000);
    // Listening on all interfaces needs an address browsers can reach.
    expect(config.media.announcedIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('keeps an explicit listen address unannounced and honours an announced one', () => {
    expect(loadConfig({ HHC_RTC_LISTEN_IP: '127.0.0.1' }).media.announcedIp).toBeUndefined();
    expect(loadConfig({ HHC_RTC_ANNOUNCED_IP: '203.0.113.5' }).media.announcedIp).toBe('203.0.113.5');
  });

  it('refuses bad values with a message naming the setting', () => {
    expect(() => loadConfig({ HHC_PORT: 'eighty' })).toThrow(/HHC_PORT/);
    expect(() => loadConfig({ HHC_RTC_LISTEN_IP: 'not-an-ip' })).toThrow(/HHC_RTC_LISTEN_IP/);
    expect(() => loadConfig({ HHC_MEDIA_WORKERS: '-1' })).toThrow(/HHC_MEDIA_WORKERS/);
    expect(() => loadConfig({ HHC_TLS_CERT: '/x.pem' })).toThrow(/together/);
    expect(() => loadConfig({ HHC_PUBLIC_URL: 'ftp://school.example' })).toThrow(/HHC_PUBLIC_URL/);
  });

  it('has the audio-only thresholds on by default, in milliseconds, and can turn them off', () => {
    expect(loadConfig({}).link).toMatchObject({
      sampleIntervalMs: 2_000,
      audioOnlyBelowKbps: 120,
      badSamples: 3,
      videoReturnAboveKbps: 200,
      videoReturnAfterMs: 15_000,
      videoReturnMaxMs: 120_000,
      returnProbationMs: 30_000,
    });
    expect(loadConfig({ HHC_LINK_VIDEO_RETURN_AFTER_S: '20' }).link).toMatchObject({
      videoReturnAfterMs: 20_000,
    });
    expect(loadConfig({ HHC_LINK_AUDIO_ONLY: '0' }).link).toBe(false);
  });

  it('refuses link thresholds without hysteresis', () => {
    expect(() => loadConfig({ HHC_LINK_VIDEO_RETURN_ABOVE_KBPS: '100' })).toThrow(
      /HHC_LINK_VIDEO_RETURN_ABOVE_KBPS/,
    );
    expect(() => loadConfig({ HHC_LINK_VIDEO_RETURN_SCORE: '3' })).toThrow(/HHC_LINK_VIDEO_RETURN_SCORE/);
    expect(() => loadConfig({ HHC_LINK_VIDEO_RETURN_MAX_S: '10' })).toThrow(/HHC_LINK_VIDEO_RETURN_MAX_S/);
    expect(() => loadConfig({ HHC_LINK_BAD_SAMPLES: '0' })).toThrow(/HHC_LINK_BAD_SAMPLES/);
  });

  it('keeps the public address without a trailing slash', () => {
    expect(loadConfig({ HHC_PUBLIC_URL: 'https://school.example/' }).publicUrl).toBe(
      'https://school.example',
    );
  });
});
