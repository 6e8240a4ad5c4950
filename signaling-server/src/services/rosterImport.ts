// Imports a roster CSV into a school: rows that fail validation are reported
// with their line and reason and nothing of them is written; valid rows
// create (or extend) children and their guardians. Rows with the same family
// key (optional 家庭 column) make their children siblings: they join a family
// one of them already has, or start a new one.
import { randomUUID } from 'node:crypto';
import { avatars } from '@hhc/common/avatars';
import type { ImportReport } from '@hhc/common/protocol';
import type { Store } from '../store/Store';
import { parseRoster, type RosterRow } from '../text/rosterImport';
import { instantToZoned } from '../domain/time';

export async function importRoster(
  store: Store,
  school: { id: string; timeZone: string },
  csv: string,
  recordedBy: string,
  now: number,
): Promise<ImportReport> {
  const parsed = parseRoster(csv);
  const report: ImportReport = { childrenCreated: 0, guardiansCreated: 0, rejected: [...parsed.rejected] };
  const today = instantToZoned(now, school.timeZone).date;
  const existing = await store.children.list(school.id, { includeArchived: true });
  const childByKey = new Map(existing.map((child) => [key(child.displayName, child.className), child]));
  /** Family key → the children of this file with it; child id → its key (one key a child). */
  const families = new Map<string, Set<string>>();
  const familyOfChild = new Map<string, string>();

  for (const row of parsed.rows) {
    if (row.consentDate && row.consentDate > today) {
      report.rejected.push({ line: row.line, reason: `第 ${row.line} 行：同意日期不能晚于今天` });
      continue;
    }
    let child = childByKey.get(key(row.childName, row.className));
    // Checked before anything is written: a rejected row must not even record its consent date.
    if (child && (await hasGuardian(store, child.id, row))) {
      report.rejected.push({ line: row.line, reason: `第 ${row.line} 行：这位监护人已经登记过了` });
      continue;
    }
    const earlierKey = child ? familyOfChild.get(child.id) : undefined;
    if (row.familyKey !== null && earlierKey !== undefined && earlierKey !== row.familyKey) {
      report.rejected.push({
        line: row.line,
        reason: `第 ${row.line} 行：这个孩子在前面的行写的是另一个家庭编号`,
      });
      continue;
    }
    if (!child) {
      child = await store.children.create({
        schoolId: school.id,
        displayName: row.childName,
        className: row.className,
        // Spread the pictures so neighbours in a class rarely share one.
        avatar: avatars[childByKey.size % avatars.length]!,
        pinHash: null,
      });
      childByKey.set(key(row.childName, row.className), child);
      report.childrenCreated++;
    }
    if (row.consentDate && !child.consent) {
      await store.children.recordConsent(child.id, {
        date: row.consentDate,
        givenBy: row.consentBy ?? row.guardianName,
        recordedBy,
      });
      child = (await store.children.get(child.id))!;
      childByKey.set(key(row.childName, row.className), child);
    }
    await store.guardians.create({
      childId: child.id,
      relation: row.relation,
      displayName: row.guardianName,
      phone: row.phone,
    });
    report.guardiansCreated++;
    if (row.familyKey !== null) {
      familyOfChild.set(child.id, row.familyKey);
      families.set(row.familyKey, (families.get(row.familyKey) ?? new Set()).add(child.id));
    }
  }
  await recordFamilies(store, families, new Map(existing.map((c) => [c.id, c.familyId])));
  report.rejected.sort((a, b) => a.line - b.line);
  return report;
}

const key = (name: string, className: string) => `${name}\u0000${className}`;

async function hasGuardian(store: Store, childId: string, row: RosterRow): Promise<boolean> {
  const guardians = await store.guardians.listByChild(childId);
  return guardians.some((g) => g.displayName === row.guardianName && g.relation === row.relation);
}

/** Siblings of one key share the family one of them already has (the first), or a new one. */
async function recordFamilies(
  store: Store,
  families: Map<string, Set<string>>,
  familyIdOf: Map<string, string | null>,
): Promise<void> {
  for (const children of families.values()) {
    const ids = [...children];
    const familyId = ids.map((id) => familyIdOf.get(id) ?? null).find((f) => f !== null) ?? randomUUID();
    for (const id of ids) if (familyIdOf.get(id) !== familyId) await store.children.setFamily(id, familyId);
  }
}
