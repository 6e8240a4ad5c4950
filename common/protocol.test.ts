import { describe, expect, it } from 'vitest';
import { linkStateEventSchema, requestSchemas } from './protocol';
import { rtpCapabilitiesSchema, rtpParametersSchema } from './mediaSchemas';
import { AppError, ErrorCode, assertNever, fail, ok } from './result';

const capabilities = {
  codecs: [
    { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2, preferredPayloadType: 100 },
  ],
  headerExtensions: [],
};

describe('call:join schema', () => {
  const valid = { bookingId: '5b3a3f2e-8c1d-4f6a-9b7e-2d4c6e8f0a1b', rtpCapabilities: capabilities };

  it('accepts a well-formed join', () => {
    expect(requestSchemas['call:join'].parse(valid)).toMatchObject({ bookingId: valid.bookingId });
  });

  it('refuses ids that are not ids, and fields a client may not choose (role, name)', () => {
    expect(requestSchemas['call:join'].safeParse({ ...valid, bookingId: '../etc' }).success).toBe(false);
    expect(requestSchemas['call:join'].safeParse({ ...valid, role: 'kiosk' }).success).toBe(false);
    expect(requestSchemas['call:join'].safeParse({ ...valid, displayName: '小明' }).success).toBe(false);
  });
});

describe('staff schemas', () => {
  const schoolId = '5b3a3f2e-8c1d-4f6a-9b7e-2d4c6e8f0a1b';
  const window = {
    schoolId,
    weekday: 5,
    startMinute: 960,
    endMinute: 1080,
    slotMinutes: 15,
    capacity: 2,
    validFrom: '2026-09-01',
    validUntil: null,
  };

  it('accepts a window and refuses one that ends before it starts or on a day that does not exist', () => {
    expect(requestSchemas['window:create'].safeParse(window).success).toBe(true);
    expect(requestSchemas['window:create'].safeParse({ ...window, endMinute: 900 }).success).toBe(false);
    expect(requestSchemas['window:create'].safeParse({ ...window, weekday: 8 }).success).toBe(false);
    expect(requestSchemas['window:create'].safeParse({ ...window, validFrom: '2026-02-30' }).success).toBe(
      false,
    );
  });

  it('takes a picture-PIN of exactly three of nine pictures', () => {
    const base = { childId: schoolId };
    expect(requestSchemas['child:set-pin'].safeParse({ ...base, pin: [0, 4, 8] }).success).toBe(true);
    expect(requestSchemas['child:set-pin'].safeParse({ ...base, pin: [0, 4] }).success).toBe(false);
    expect(requestSchemas['child:set-pin'].safeParse({ ...base, pin: [0, 4, 9] }).success).toBe(false);
  });

  it('refuses an unknown time zone and phone numbers that are not mobile numbers', () => {
    expect(requestSchemas['school:update'].safeParse({ schoolId, timeZone: 'Mars/Olympus' }).success).toBe(
      false,
    );
    expect(requestSchemas['school:update'].safeParse({ schoolId, timeZone: 'Asia/Urumqi' }).success).toBe(
      true,
    );
    const guardian = { childId: schoolId, relation: 'mother', displayName: '王丽' };
    expect(requestSchemas['guardian:create'].safeParse({ ...guardian, phone: '13800138000' }).success).toBe(
      true,
    );
    expect(requestSchemas['guardian:create'].safeParse({ ...guardian, phone: '12345' }).success).toBe(false);
  });
});

describe('media schemas', () => {
  it('bound the size of capabilities', () => {
    const many = { codecs: Array.from({ length: 65 }, () => capabilities.codecs[0]) };
    expect(rtpCapabilitiesSchema.safeParse(many).success).toBe(false);
  });

  it('require at least one codec and at most four encodings in RTP parameters', () => {
    const base = {
      codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000 }],
      encodings: [{ ssrc: 1 }],
    };
    expect(rtpParametersSchema.safeParse(base).success).toBe(true);
    expect(rtpParametersSchema.safeParse({ ...base, codecs: [] }).success).toBe(false);
    expect(
      rtpParametersSchema.safeParse({
        ...base,
        encodings: Array.from({ length: 5 }, (_, i) => ({ ssrc: i })),
      }).success,
    ).toBe(false);
    expect(
      rtpParametersSchema.safeParse({ ...base, codecs: [{ ...base.codecs[0], payloadType: 300 }] }).success,
    ).toBe(false);
  });

  it('refuse codec parameters that are objects (deep payloads)', () => {
    const deep = {
      codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, parameters: { a: { b: 1 } } }],
    };
    expect(rtpParametersSchema.safeParse(deep).success).toBe(false);
  });
});

describe('every request schema', () => {
  it.each(Object.entries(requestSchemas))('%s refuses null, arrays and strings', (_name, schema) => {
    for (const payload of [null, [], 'x', 1, undefined])
      expect(schema.safeParse(payload).success).toBe(false);
  });
});

describe('results and errors', () => {
  it('builds both result shapes', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(fail(ErrorCode.RoomFull, 'full')).toEqual({
      ok: false,
      error: { code: 'ROOM_FULL', message: 'full' },
    });
  });

  it('keeps the cause on an AppError without exposing it in the message', () => {
    const cause = new Error('secret stack detail');
    const error = new AppError(ErrorCode.Internal, 'Something went wrong', { cause });
    expect(error.cause).toBe(cause);
    expect(error.message).not.toContain('secret');
  });

  it('assertNever throws on values the compiler thought impossible', () => {
    expect(() => assertNever('surprise' as never)).toThrow(/surprise/);
  });
});

describe('media:link-state push', () => {
  it('names a peer and one of the two states, nothing else', () => {
    const peerId = '5b3a3f2e-8c1d-4f6a-9b7e-2d4c6e8f0a1b';
    expect(linkStateEventSchema.safeParse({ peerId, state: 'audio-only' }).success).toBe(true);
    expect(linkStateEventSchema.safeParse({ peerId, state: 'video' }).success).toBe(true);
    expect(linkStateEventSchema.safeParse({ peerId, state: 'small' }).success).toBe(false);
    expect(linkStateEventSchema.safeParse({ peerId, state: 'video', reason: 'x' }).success).toBe(false);
  });
});
