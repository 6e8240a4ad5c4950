// Abuse from outside, against the real server: strangers' wrong guesses must
// never lock out the rightful owner (kiosks, parents, teachers), a password
// spray must neither get through nor starve real logins, a client address
// comes from X-Forwarded-For only through a trusted proxy, one link holds one
// place in its call, and odd event names still get an answer.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { randomToken } from '../../signaling-server/src/auth/secrets';
import type { RtpCapabilities } from '../../common/mediaSchemas';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { connect, nextEvent, rawRequest, request, requestOk, type TestSocket } from '../support/socketClient';
import { startTestServer, type TestServer } from '../support/testServer';
import type { CreateServerOptions } from '../../signaling-server/src/server';

const servers: TestServer[] = [];
const sockets: TestSocket[] = [];

async function serverWithSchool(options: Partial<CreateServerOptions> = {}) {
  const server = await startTestServer(options);
  servers.push(server);
  const school = await seedSchool(server.store, server.clock.now);
  return { server, school };
}

async function open(url: string, auth: Parameters<typeof connect>[1] = {}): Promise<TestSocket> {
  const socket = await connect(url, auth);
  sockets.push(socket);
  return socket;
}

/** A connection as a client behind a proxy would open it. */
async function openVia(url: string, forwardedFor: string): Promise<TestSocket> {
  const socket: TestSocket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { 'x-forwarded-for': forwardedFor },
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** A handshake as a client behind a proxy would send it. */
function refusalVia(url: string, forwardedFor: string, auth: Record<string, string>) {
  const socket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth,
    extraHeaders: { 'x-forwarded-for': forwardedFor },
  });
  return new Promise<string>((resolve) => {
    socket.once('connect', () => {
      socket.disconnect();
      resolve('ACCEPTED');
    });
    socket.once('connect_error', (error: Error & { data?: { code: string } }) => {
      socket.disconnect();
      resolve(error.data?.code ?? 'NONE');
    });
  });
}

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  for (const server of servers.splice(0)) await server.stop();
});

describe('client addresses', () => {
  it('ignore X-Forwarded-For unless the connection comes from a trusted proxy', async () => {
    const { server } = await serverWithSchool();
    // Without a trusted proxy, a guesser writing a new address into every request is still one address.
    for (let i = 0; i < 30; i++)
      await refusalVia(server.url, `198.51.100.${i}`, { guardianToken: randomToken() });
    expect(await refusalVia(server.url, '198.51.100.99', { guardianToken: randomToken() })).toBe(
      'RATE_LIMITED',
    );
  });

  it('behind a trusted proxy, count each forwarded client on its own', async () => {
    const { server, school } = await serverWithSchool({ trustedProxies: ['127.0.0.1'] });
    for (let i = 0; i < 30; i++)
      await refusalVia(server.url, '198.51.100.1', { guardianToken: randomToken() });
    expect(await refusalVia(server.url, '198.51.100.1', { guardianToken: randomToken() })).toBe(
      'RATE_LIMITED',
    );
    // Another phone behind the same proxy is not slowed by that guesser, and the guesser's own
    // address still gets a right link in.
    expect(await refusalVia(server.url, '198.51.100.2', { guardianToken: randomToken() })).toBe(
      'INVALID_LINK',
    );
    expect(await refusalVia(server.url, '198.51.100.1', { guardianToken: school.guardianToken })).toBe(
      'ACCEPTED',
    );
  });
});

describe('teacher logins', () => {
  const wrong = (school: SchoolFixture) => ({ username: school.teacher.username, password: 'guess' });

  it('cannot be locked by someone guessing the password: the owner’s kiosk and known device get in', async () => {
    const { server, school } = await serverWithSchool();
    // The teacher has logged in on the school's kiosk before; the kiosk kept its device token.
    const kiosk = await open(server.url, { kioskCredential: school.kioskCredential });
    const { deviceToken } = await requestOk(kiosk, 'session:staff-login', school.teacher);
    await requestOk(kiosk, 'session:staff-logout', {});

    // A stranger on the same network guesses her password again and again.
    const stranger = await open(server.url);
    const answers = [];
    for (let i = 0; i < 11; i++)
      answers.push((await request(stranger, 'session:staff-login', wrong(school))).ok);
    const codes = await Promise.all(
      [0, 1].map(async () => {
        const result = await request(stranger, 'session:staff-login', wrong(school));
        return result.ok ? 'OK' : result.error.code;
      }),
    );
    expect(answers.every((ok) => !ok)).toBe(true);
    expect(codes).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);

    // Her kiosk (its own count, not the network's) and her known device from the stranger's own address.
    expect((await request(kiosk, 'session:staff-login', school.teacher)).ok).toBe(true);
    const sameAddress = await open(server.url);
    expect((await request(sameAddress, 'session:staff-login', { ...school.teacher, deviceToken })).ok).toBe(
      true,
    );
    // A forged or another account's device token buys a stranger nothing.
    const forged = await request(stranger, 'session:staff-login', {
      ...wrong(school),
      deviceToken: randomToken(),
    });
    expect(forged).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
  });

  it('slows an account under attack instead of locking it: a new device elsewhere gets in', async () => {
    const { server, school } = await serverWithSchool({ trustedProxies: ['127.0.0.1'] });
    const guesser = await openVia(server.url, '203.0.113.7');
    for (let i = 0; i < 12; i++) await request(guesser, 'session:staff-login', wrong(school));
    // From the guesser's address the account now takes one try per 20 s, right or wrong...
    expect(await request(guesser, 'session:staff-login', school.teacher)).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
    // ...while the teacher at home, on a phone she has never used, gets in at once.
    const home = await openVia(server.url, '198.51.100.20');
    expect((await request(home, 'session:staff-login', school.teacher)).ok).toBe(true);
    server.clock.now += 21_000;
    expect((await request(guesser, 'session:staff-login', school.teacher)).ok).toBe(true);
  });

  it('survives a spray of 200 usernames: few hashes run, and a real login still answers', async () => {
    const { server, school } = await serverWithSchool();
    const kiosk = await open(server.url, { kioskCredential: school.kioskCredential });
    const { deviceToken } = await requestOk(kiosk, 'session:staff-login', school.teacher);

    // Four connections (a connection's own request budget would cut a single one) spraying at once.
    const sprayers = await Promise.all([0, 1, 2, 3].map(() => open(server.url)));
    const spray = Array.from({ length: 200 }, (_, i) =>
      request(sprayers[i % 4]!, 'session:staff-login', { username: `user${i}`, password: 'Password1' }),
    );
    const owner = await open(server.url);
    const ownerLogin = request(owner, 'session:staff-login', { ...school.teacher, deviceToken });
    const results = await Promise.all(spray);
    expect((await ownerLogin).ok).toBe(true);
    const codes = results.map((result) => (result.ok ? 'OK' : result.error.code));
    // Only the address's allowance of wrong passwords was ever checked; the rest were told to wait.
    expect(codes.filter((code) => code === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(20);
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(180);
    expect(codes).not.toContain('OK');
  });
});

describe('places in a call', () => {
  it('one parent link holds one place: each new phone replaces the last, the child still joins', async () => {
    const { server, school } = await serverWithSchool();
    const probe = await open(server.url, { kioskCredential: school.kioskCredential });
    const rtpCapabilities: RtpCapabilities = (await requestOk(probe, 'call:capabilities', {}))
      .routerRtpCapabilities;
    const join = (socket: TestSocket) =>
      request(socket, 'call:join', { bookingId: school.bookingId, rtpCapabilities });

    const phones: TestSocket[] = [];
    for (let i = 0; i < 4; i++) {
      const phone = await open(server.url, { guardianToken: school.guardianToken });
      const replaced = phones.length ? nextEvent(phones[phones.length - 1]!, 'call:closed') : undefined;
      expect((await join(phone)).ok).toBe(true);
      if (replaced) expect(await replaced).toEqual({ reason: 'replaced' });
      phones.push(phone);
    }
    expect(server.rooms.counts().peers).toBe(1);
    const kiosk = await open(server.url, { kioskCredential: school.kioskCredential });
    expect((await join(kiosk)).ok).toBe(true);
    expect(server.rooms.counts().peers).toBe(2);
    // The replaced phones are out of the call: their media requests are refused.
    expect(await request(phones[0]!, 'call:leave', {})).toMatchObject({ ok: true });
    expect(server.rooms.counts().peers).toBe(2);
  });
});

describe('unknown requests', () => {
  it('answer names that live on every object’s prototype, instead of leaving the client waiting', async () => {
    const { server } = await serverWithSchool();
    const socket = await open(server.url);
    for (const name of ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf']) {
      expect(await rawRequest(socket, name, {}, 2000), name).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST' },
      });
    }
  });
});

describe('TLS', () => {
  it('tells browsers to stay on https (HSTS) when serving TLS, and not over plain http', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-tls-'));
    const tls = { keyFile: path.join(dir, 'key.pem'), certFile: path.join(dir, 'cert.pem') };
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
      ].concat(['-subj', '/CN=127.0.0.1', '-keyout', tls.keyFile, '-out', tls.certFile]),
      { stdio: 'ignore' },
    );
    const { server } = await serverWithSchool({ tls });
    expect(server.url).toMatch(/^https:/);
    const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
      https
        .get(`${server.url}/healthz`, { rejectUnauthorized: false }, (response) => {
          response.resume();
          resolve(response.headers);
        })
        .on('error', reject);
    });
    expect(headers['strict-transport-security']).toBe('max-age=31536000');

    const plain = await serverWithSchool();
    const response = await fetch(`${plain.server.url}/healthz`);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});
