// Roster import through the real server: good rows go in, each bad row is
// reported with its line and nothing of it is written, a file without a
// required column changes nothing, and importing the same file twice adds
// nobody twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchoolFixture } from '../support/fixtures';
import { snapshotDatabase, startDomainServer } from '../support/domain';
import { connectAsTeacher, requestOk, type TestSocket } from '../support/socketClient';
import type { TestServer } from '../support/testServer';

let server: TestServer;
let school: SchoolFixture;
let teacher: TestSocket;

beforeAll(async () => {
  ({ server, school } = await startDomainServer());
  teacher = await connectAsTeacher(server.url, school.teacher);
});

afterAll(async () => {
  teacher.disconnect();
  await server.stop();
});

// As Excel saves "CSV UTF-8": a BOM and CRLF line ends. The header is line 1.
const roster = [
  '姓名,班级,监护人,关系,电话,同意日期',
  '李雷,三年级二班,李大山,爸爸,13912345678,2030-06-01', // 2: good, with consent
  ',三年级二班,无名氏,妈妈,13912345679,', // 3: no child name
  '韩梅梅,三年级二班,韩母,外星人,13912345670,', // 4: unknown relation
  '王五,三年级二班,王父,爸爸,12345,', // 5: not a mobile number
  '李雷,三年级二班,李妈妈,妈妈,,', // 6: good, a second guardian of line 2's child
  '赵六,四年级一班,赵奶奶,奶奶,+86 139 1234 5671,2030/6/2', // 7: good, written loosely
  '钱七,四年级一班,钱父,爸爸,13912345672,2030-07-01', // 8: consent in the future
].join('\r\n');

const importCsv = (csv: string) => requestOk(teacher, 'roster:import', { schoolId: school.schoolId, csv });

describe('importing a roster', () => {
  it('imports the good rows and reports each bad one by line, writing nothing of it', async () => {
    const report = await importCsv(`\uFEFF${roster}\r\n`);
    expect(report.childrenCreated).toBe(2);
    expect(report.guardiansCreated).toBe(3);
    expect(report.rejected.map((r) => r.line)).toEqual([3, 4, 5, 8]);
    for (const rejection of report.rejected) expect(rejection.reason).toContain(`第 ${rejection.line} 行`);
    expect(report.rejected[0]!.reason).toContain('缺少孩子姓名');
    expect(report.rejected[1]!.reason).toContain('外星人');
    expect(report.rejected[2]!.reason).toContain('12345');

    const children = await requestOk(teacher, 'child:list', { schoolId: school.schoolId });
    expect(children.map((c) => c.displayName).sort()).toEqual(['小明', '李雷', '赵六'].sort());
    const lilei = children.find((c) => c.displayName === '李雷')!;
    expect(lilei).toMatchObject({
      className: '三年级二班',
      hasPin: false,
      consent: { date: '2030-06-01', givenBy: '李大山' },
    });
    const lileiFamily = await requestOk(teacher, 'guardian:list', { childId: lilei.id });
    expect(lileiFamily.map((g) => [g.displayName, g.relation, g.phone])).toEqual([
      ['李大山', 'father', '13912345678'],
      ['李妈妈', 'mother', null],
    ]);
    const zhao = children.find((c) => c.displayName === '赵六')!;
    expect(zhao.consent?.date).toBe('2030-06-02');
    const zhaoFamily = await requestOk(teacher, 'guardian:list', { childId: zhao.id });
    expect(zhaoFamily.map((g) => [g.relation, g.phone])).toEqual([['grandmother', '13912345671']]);

    // Nothing of a rejected row: no child, no guardian, no phone.
    const everything = JSON.stringify(await snapshotDatabase(server.database));
    for (const trace of [
      '韩梅梅',
      '王五',
      '钱七',
      '无名氏',
      '韩母',
      '王父',
      '钱父',
      '13912345679',
      '13912345670',
    ])
      expect(everything).not.toContain(trace);
  });

  it('adds nobody twice when the same file comes again', async () => {
    const before = await snapshotDatabase(server.database);
    const report = await importCsv(roster);
    expect(report).toMatchObject({ childrenCreated: 0, guardiansCreated: 0 });
    expect(report.rejected.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(report.rejected.find((r) => r.line === 2)?.reason).toContain('已经登记过了');
    expect(await snapshotDatabase(server.database)).toEqual(before);
  });

  it('writes nothing of a row rejected as a guardian already registered, not even its consent', async () => {
    const first = await importCsv('姓名,班级,监护人,关系,同意日期\n孙八,五年级一班,孙母,妈妈,\n');
    expect(first).toMatchObject({ childrenCreated: 1, guardiansCreated: 1, rejected: [] });
    const before = await snapshotDatabase(server.database);
    const again = await importCsv('姓名,班级,监护人,关系,同意日期\n孙八,五年级一班,孙母,妈妈,2030-06-03\n');
    expect(again).toMatchObject({ childrenCreated: 0, guardiansCreated: 0, rejected: [{ line: 2 }] });
    expect(await snapshotDatabase(server.database)).toEqual(before);
  });

  it('makes children with the same family key siblings, and rejects a bad key by line', async () => {
    const report = await importCsv(
      [
        '姓名,班级,监护人,关系,家庭',
        '陈一,一年级一班,陈母,妈妈,A', // 2: family A
        '陈二,三年级一班,陈母,妈妈,A', // 3: her brother, same key
        '陈二,三年级一班,陈父,爸爸,B', // 4: a second key for the same child
        '林三,二年级一班,林母,妈妈,坏 键', // 5: a bad key
        '林四,二年级一班,林父,爸爸,', // 6: no family
      ].join('\n'),
    );
    expect(report).toMatchObject({ childrenCreated: 3, guardiansCreated: 3 });
    expect(report.rejected.map((r) => r.line)).toEqual([4, 5]);
    const children = await requestOk(teacher, 'child:list', { schoolId: school.schoolId });
    const familyOf = (name: string) => children.find((c) => c.displayName === name)?.familyId;
    expect(familyOf('陈一')).toEqual(expect.any(String));
    expect(familyOf('陈二')).toBe(familyOf('陈一'));
    expect(familyOf('林四')).toBeNull();
    expect(children.some((c) => c.displayName === '林三')).toBe(false);

    // A later file adds a third sibling to the family the first one already has.
    const later = await importCsv(
      '姓名,班级,监护人,关系,family\n陈一,一年级一班,陈父,爸爸,x\n陈三,五年级一班,陈父,爸爸,x\n',
    );
    expect(later).toMatchObject({ childrenCreated: 1, rejected: [] });
    const after = await requestOk(teacher, 'child:list', { schoolId: school.schoolId });
    const familyAfter = (name: string) => after.find((c) => c.displayName === name)?.familyId;
    expect(familyAfter('陈三')).toBe(familyOf('陈一'));
  });

  it('imports nothing from a file whose header lacks a required column', async () => {
    const before = await snapshotDatabase(server.database);
    const noRelation = [
      '姓名,班级,监护人,电话',
      '吴十,五年级一班,吴母,13912345673',
      '周九,五年级一班,周父,',
    ].join('\n');
    const report = await importCsv(noRelation);
    expect(report).toEqual({
      childrenCreated: 0,
      guardiansCreated: 0,
      rejected: [{ line: 1, reason: expect.stringContaining('关系') }],
    });
    expect(await snapshotDatabase(server.database)).toEqual(before);
  });

  it('imports nothing from a file that is not UTF-8 or is empty', async () => {
    const before = await snapshotDatabase(server.database);
    // GBK bytes read as UTF-8 turn into U+FFFD.
    const gbk = await importCsv('\uFFFD\uFFFD,\uFFFD\uFFFD\n\uFFFD,\uFFFD\n');
    expect(gbk).toMatchObject({ childrenCreated: 0, guardiansCreated: 0, rejected: [{ line: 1 }] });
    expect(await importCsv('')).toMatchObject({ childrenCreated: 0, rejected: [{ line: 1 }] });
    expect(await snapshotDatabase(server.database)).toEqual(before);
  });
});
