// A teacher's login while someone sprays wrong passwords at the server: 200
// logins with random usernames in flight at once from one address. Measured
// for the teacher on her known device from that same address, from a school
// kiosk, and from a new device on that address. Before the abuse fixes every
// spray login ran a full scrypt and a real login waited behind all of them.
import { seedSchool } from '../tests/support/fixtures';
import { connect, rawRequest, type TestSocket } from '../tests/support/socketClient';
import { startTestServer } from '../tests/support/testServer';
import type { Benchmark } from './lib/benchmark';
import { summarize } from './lib/stats';
import { printTable, type Cell } from './lib/table';

const SPRAY = 200;
const SPRAY_SOCKETS = 4;
const ROUNDS = 5;

type Outcome = { ms: number; code: string };

/** A login's answer code ('OK' when it worked); a minute without answer is 'NO ANSWER'. */
async function login(socket: TestSocket, payload: Record<string, string>): Promise<string> {
  try {
    const result = await rawRequest(socket, 'session:staff-login', payload, 60_000);
    return result.ok ? 'OK' : result.error.code;
  } catch {
    return 'NO ANSWER';
  }
}

async function timedLogin(socket: TestSocket, payload: Record<string, string>): Promise<Outcome> {
  const started = performance.now();
  const code = await login(socket, payload);
  return { ms: performance.now() - started, code };
}

async function run(): Promise<void> {
  const rows: Cell[][] = [];
  const record = (label: string, outcomes: Outcome[]) => {
    const ok = outcomes.filter((outcome) => outcome.code === 'OK');
    const times = summarize(outcomes.map((outcome) => outcome.ms));
    const codes = [...new Set(outcomes.map((outcome) => outcome.code))].join(', ');
    rows.push([
      label,
      outcomes.length,
      `${ok.length}/${outcomes.length}`,
      times.median.toFixed(0),
      times.max.toFixed(0),
      codes,
    ]);
  };

  const server = await startTestServer();
  try {
    const school = await seedSchool(server.store, server.clock.now);
    const teacher = school.teacher;
    const kiosk = await connect(server.url, { kioskCredential: school.kioskCredential });
    const home = await connect(server.url);
    // The login hands out a known-device token (servers before the abuse fixes did not).
    const first = await rawRequest(kiosk, 'session:staff-login', teacher);
    const deviceToken = first.ok ? (first.value as { deviceToken?: string }).deviceToken : undefined;
    const known = deviceToken ? { ...teacher, deviceToken } : { ...teacher };

    const idle: Outcome[] = [];
    for (let i = 0; i < ROUNDS; i++) idle.push(await timedLogin(home, known));
    record('no attack: teacher on her device', idle);

    const underSpray = { device: [] as Outcome[], kiosk: [] as Outcome[], newDevice: [] as Outcome[] };
    let sprayChecked = 0;
    let sprayRefused = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const sprayers = await Promise.all(Array.from({ length: SPRAY_SOCKETS }, () => connect(server.url)));
      const spray = Array.from({ length: SPRAY }, (_, i) =>
        login(sprayers[i % SPRAY_SOCKETS]!, { username: `spray${round}-${i}`, password: 'Password1' }),
      );
      const fresh = await connect(server.url);
      const [device, fromKiosk, newDevice] = await Promise.all([
        timedLogin(home, known),
        timedLogin(kiosk, teacher),
        timedLogin(fresh, teacher),
      ]);
      underSpray.device.push(device);
      underSpray.kiosk.push(fromKiosk);
      underSpray.newDevice.push(newDevice);
      for (const code of await Promise.all(spray)) {
        if (code === 'INVALID_CREDENTIALS') sprayChecked++;
        else sprayRefused++;
      }
      for (const socket of [...sprayers, fresh]) socket.disconnect();
      // The next round is a new attack: move the server's clock past the limits' window.
      server.clock.now += 16 * 60_000;
    }
    record('spray: teacher on her device, same address', underSpray.device);
    record('spray: teacher on a school kiosk', underSpray.kiosk);
    record('spray: teacher on a new device, same address', underSpray.newDevice);
    kiosk.disconnect();
    home.disconnect();

    printTable(
      `Teacher login while ${SPRAY} wrong logins are in flight (${ROUNDS} rounds)`,
      ['case', 'n', 'logged in', 'p50 ms', 'max ms', 'answers'],
      rows,
      [
        `spray logins whose password was checked (scrypt): ${sprayChecked} of ${SPRAY * ROUNDS}; the others were told to wait (or not answered): ${sprayRefused}`,
        'a new device on the spraying address is slowed like the sprayer (RATE_LIMITED) — the owner’s kiosk and known device are not',
      ],
    );
  } finally {
    await server.stop();
  }
}

export const benchmark: Benchmark = {
  name: 'logins',
  title: 'teacher login latency under a password spray',
  run,
};
