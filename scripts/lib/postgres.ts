// A throw-away PostgreSQL 15 server in a temporary folder, for tests and the
// local cluster: initdb + pg_ctl from Debian's postgresql-15, run as the
// unprivileged `postgres` user when started as root (PostgreSQL refuses root),
// listening on loopback on a free port, trust authentication (loopback only).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './freePort';

const run = promisify(execFile);

export const POSTGRES_BIN = process.env.HHC_POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

export interface LocalPostgres {
  /** URL of the server's `postgres` database (for CREATE DATABASE). */
  adminUrl: string;
  port: number;
  urlOf(database: string): string;
  /** A new empty database; returns its URL. */
  createDatabase(prefix?: string): Promise<string>;
  /** Stops the server (fast shutdown) without removing its files. */
  halt(): Promise<void>;
  /** Starts it again on the same port and files. */
  resume(): Promise<void>;
  /** Stops it and removes the folder. */
  stop(): Promise<void>;
}

/** Runs a PostgreSQL tool as `postgres` when this process is root, as ourselves otherwise. */
async function asPostgresUser(tool: string, args: string[]): Promise<void> {
  const binary = path.join(POSTGRES_BIN, tool);
  if (process.getuid?.() === 0) await run('runuser', ['-u', 'postgres', '--', binary, ...args]);
  else await run(binary, args);
}

export async function startPostgres(settings: { durable?: boolean } = {}): Promise<LocalPostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-pg-'));
  if (process.getuid?.() === 0) await run('chown', ['-R', 'postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  const port = await freePort();
  await asPostgresUser('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  const options = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    // A test server: durability of the throw-away files does not matter, speed and a small footprint do
    // (benchmarks ask for durable commits, to compare with SQLite's synchronous = FULL).
    settings.durable ? '-c fsync=on' : '-c fsync=off',
    '-c shared_buffers=32MB',
    '-c max_connections=200',
  ].join(' ');
  const start = () =>
    asPostgresUser('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', options, '-w', 'start']);
  const halt = () => asPostgresUser('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  await start();
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let databases = 0;
  return {
    adminUrl: urlOf('postgres'),
    port,
    urlOf,
    async createDatabase(prefix = 'hhc') {
      const name = `${prefix}_${process.pid}_${++databases}_${Date.now().toString(36)}`;
      await run(path.join(POSTGRES_BIN, 'createdb'), [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'postgres',
        name,
      ]);
      return urlOf(name);
    },
    halt,
    resume: start,
    async stop() {
      await halt().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
