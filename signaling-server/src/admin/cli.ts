// `npm run admin -- <command>`: the school administrator's tool for the
// database (the SQLite file, or PostgreSQL when HHC_DATABASE_URL is set). Commands:
//   demo                                   fill the database with the demo school
//   school-create <name> [time zone]
//   staff-create <school id|-> <teacher|admin> <username> <display name>   (password from HHC_NEW_PASSWORD or prompt)
//   kiosk-code <school id> <kiosk name>    a one-time pairing code for a new kiosk
//   roster-import <school id> <file.csv>   import children and guardians
//   book-add <school id> <folder> <title>  a picture book from a folder of PNG/JPEG/WebP pages
//   list                                   schools and their ids
//   migrate-to-postgres <sqlite file> <postgres url>   copy a school's file into PostgreSQL
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import { defaultSchoolPolicy, DEFAULT_TIME_ZONE } from '@hhc/common/domain';
import { loadConfig } from '../config';
import { hashPassword, hashToken, pairingCode } from '../auth/secrets';
import { isValidTimeZone } from '../domain/time';
import { importRoster } from '../services/rosterImport';
import { openStore } from '../store/sql/openStore';
import type { Store } from '../store/Store';
import { seedDemo } from './demo';
import { addBookFromFolder } from '../books/addBook';
import { migrateToPostgres } from './migrateToPostgres';

const usage = `usage: npm run admin -- <command>
  demo
  list
  school-create <name> [time zone, default ${DEFAULT_TIME_ZONE}]
  staff-create <school id | -> <teacher|admin> <username> <display name>
  kiosk-code <school id> <kiosk name>
  roster-import <school id> <file.csv>
  book-add <school id> <folder of pictures> <title>
  migrate-to-postgres <sqlite file> <postgres url>`;

export async function runAdmin(
  store: Store,
  args: string[],
  out: (line: string) => void,
  publicUrl: string,
): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'demo': {
      const demo = await seedDemo(store, { publicUrl });
      out(demo.summary);
      return 0;
    }
    case 'list': {
      for (const school of await store.schools.list())
        out(`${school.id}  ${school.name}  (${school.timeZone})`);
      return 0;
    }
    case 'school-create': {
      const [name, timeZone = DEFAULT_TIME_ZONE] = rest;
      if (!name || !isValidTimeZone(timeZone))
        return fail(out, 'give a school name and a valid IANA time zone');
      const school = await store.schools.create({ name, timeZone, policy: defaultSchoolPolicy });
      out(`school created: ${school.id}`);
      return 0;
    }
    case 'staff-create': {
      const [schoolArg, role, username, displayName] = rest;
      if (!schoolArg || (role !== 'teacher' && role !== 'admin') || !username || !displayName)
        return fail(out, usage);
      const schoolId = schoolArg === '-' ? null : schoolArg;
      if (role === 'teacher' && !schoolId) return fail(out, 'a teacher belongs to a school');
      if (schoolId && !(await store.schools.get(schoolId))) return fail(out, 'no such school');
      if (await store.staff.findForLogin(username)) return fail(out, 'that username is taken');
      const password = process.env.HHC_NEW_PASSWORD ?? (await ask('password (at least 8 characters): '));
      if (password.length < 8) return fail(out, 'the password needs at least 8 characters');
      const staff = await store.staff.create({
        schoolId,
        role,
        username,
        displayName,
        passwordHash: await hashPassword(password),
      });
      out(`${role} created: ${staff.username}`);
      return 0;
    }
    case 'kiosk-code': {
      const [schoolId, name] = rest;
      if (!schoolId || !name || !(await store.schools.get(schoolId))) return fail(out, usage);
      const code = pairingCode();
      const expiresAt = Date.now() + loadConfig().policy.pairingCodeMs;
      await store.kiosks.create({
        schoolId,
        name,
        pairingCodeHash: hashToken(code),
        pairingExpiresAt: expiresAt,
      });
      out(`pairing code for "${name}": ${code} (valid until ${new Date(expiresAt).toISOString()})`);
      return 0;
    }
    case 'roster-import': {
      const [schoolId, file] = rest;
      const school = schoolId ? await store.schools.get(schoolId) : undefined;
      if (!school || !file) return fail(out, usage);
      const report = await importRoster(
        store,
        school,
        fs.readFileSync(file, 'utf8'),
        'admin-cli',
        Date.now(),
      );
      out(`children created: ${report.childrenCreated}, guardians created: ${report.guardiansCreated}`);
      for (const rejected of report.rejected) out(`  rejected: ${rejected.reason}`);
      return report.rejected.length > 0 ? 2 : 0;
    }
    case 'book-add': {
      const [schoolId, folder, ...titleWords] = rest;
      const school = schoolId ? await store.schools.get(schoolId) : undefined;
      if (!school || !folder || titleWords.length === 0) return fail(out, usage);
      const result = await addBookFromFolder(store, school.id, folder, titleWords.join(' '), Date.now());
      if (!result.ok) {
        out('book not added:');
        for (const problem of result.problems) out(`  ${problem}`);
        return 2;
      }
      out(`book added with ${result.pages} pages: ${result.bookId}`);
      return 0;
    }
    default:
      return fail(out, usage);
  }
}

function fail(out: (line: string) => void, message: string): number {
  out(message);
  return 1;
}

async function ask(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

// Run only when executed directly, not when imported by tests.
if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('admin', 'cli.ts'))) {
  const config = loadConfig();
  const publicUrl = process.env.HHC_PUBLIC_URL ?? `http://127.0.0.1:${config.port}`;
  const [command, ...rest] = process.argv.slice(2);
  const out = (line: string) => console.log(line);
  try {
    if (command === 'migrate-to-postgres') {
      // Works between two databases named on the command line, not the configured one.
      process.exitCode = await migrateToPostgres(rest, out);
    } else {
      const store = await openStore(config.database);
      try {
        process.exitCode = await runAdmin(store, process.argv.slice(2), out, publicUrl);
      } finally {
        await store.close();
      }
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
