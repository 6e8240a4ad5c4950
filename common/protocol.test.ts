import { describe, expect, it } from 'vitest';
import { requestSchemas, roomIdSchema } from './protocol';
import { rtpCapabilitiesSchema, rtpParametersSchema } from './mediaSchemas';
import { AppError, ErrorCode, assertNever, fail, ok } from './result';

const capabilities = {
  codecs: [
    { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2, preferredPayloadType: 100 },
  ],
  headerExtensions: [],
};

describe('call:join schema', () => {
  const valid = { roomId: 'room-1', role: 'kiosk', displayName: '小明', rtpCapabilities: capabilities };

  it('accepts a well-formed join', () => {
    expect(requestSchemas['call:join'].parse(valid)).toMatchObject({ roomId: 'room-1', displayName: '小明' });
  });

  it('trims names and refuses empty or long ones', () => {
    expect(requestSchemas['call:join'].parse({ ...valid, displayName: '  妈妈 ' }).displayName).toBe('妈妈');
    expect(requestSchemas['call:join'].safeParse({ ...valid, displayName: '   ' }).success).toBe(false);
    expect(requestSchemas['call:join'].safeParse({ ...valid, displayName: 'x'.repeat(41) }).success).toBe(
      false,
    );
  });

  it('refuses unknown roles and extra fields', () => {
    expect(requestSchemas['call:join'].safeParse({ ...valid, role: 'admin' }).success).toBe(false);
    expect(requestSchemas['call:join'].safeParse({ ...valid, isTeacher: true }).success).toBe(false);
  });
});

describe('room ids', () => {
  it.each(['a', 'Room_1', 'x'.repeat(64), 'booking-2026-11-22'])('accepts %s', (id) => {
    expect(roomIdSchema.safeParse(id).success).toBe(true);
  });
  it.each(['', 'x'.repeat(65), '../etc', 'room 1', '房间', 'a/b', '<script>'])('refuses %s', (id) => {
    expect(roomIdSchema.safeParse(id).success).toBe(false);
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
