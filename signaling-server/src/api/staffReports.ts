// Teacher mode, reports: calls and minutes per child this month, children
// without a call for N days, guardians who missed their last two calls (and
// whether they listened to the child's voice messages); and
// each as a CSV file Excel opens with its Chinese text intact.
import { DAY_MS, instantToZoned, zonedToInstant } from '../domain/time';
import { toCsv } from '../text/csv';
import type { HandlerContext, HandlerTable } from './context';
import { schoolInScope } from './guards';

type ReportRequest = 'report:monthly' | 'report:inactive' | 'report:missed-guardians' | 'report:csv';

const relationNames: Record<string, string> = {
  mother: '妈妈',
  father: '爸爸',
  grandmother: '奶奶/外婆',
  grandfather: '爷爷/外公',
  aunt: '阿姨/姑姑',
  uncle: '叔叔/舅舅',
  sibling: '哥哥/姐姐',
  other: '其他',
};

/** [first instant of the month, first instant of the next) in the school's zone. */
export function monthRange(month: string, timeZone: string): { from: number; to: number } {
  const first = `${month}-01`;
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const next =
    monthNumber === 12 ? `${year + 1}-01-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}-01`;
  return { from: zonedToInstant(first, 0, timeZone), to: zonedToInstant(next, 0, timeZone) };
}

async function monthly(context: HandlerContext, schoolId: string, month: string) {
  const school = await schoolInScope(context, schoolId);
  const { from, to } = monthRange(month, school.timeZone);
  return context.store.reports.monthlySummary(schoolId, from, to, month);
}

async function inactive(context: HandlerContext, schoolId: string, days?: number) {
  await schoolInScope(context, schoolId);
  return context.store.reports.childrenWithoutCallSince(
    schoolId,
    context.now() - (days ?? context.policy.inactiveDays) * DAY_MS,
  );
}

/**
 * Guardians who missed their last two calls, each with how many of the child's voice messages the
 * family has not listened to; `unheardOnly` keeps those with at least one (reached neither way).
 */
async function missedGuardians(context: HandlerContext, schoolId: string, unheardOnly = false) {
  await schoolInScope(context, schoolId);
  const rows = [];
  for (const row of await context.store.reports.guardiansWhoMissedLastTwo(schoolId)) {
    const messages = await context.store.messages.listForChild(row.childId);
    const unheardChildMessages = messages.filter(
      (message) => message.sender === 'child' && message.heardAt === null,
    ).length;
    if (unheardOnly && unheardChildMessages === 0) continue;
    rows.push({ ...row, unheardChildMessages });
  }
  return rows;
}

export const staffReportHandlers: HandlerTable<ReportRequest> = {
  'report:monthly': {
    access: 'staff',
    run: (context, { schoolId, month }) => monthly(context, schoolId, month),
  },
  'report:inactive': {
    access: 'staff',
    run: (context, { schoolId, days }) => inactive(context, schoolId, days),
  },
  'report:missed-guardians': {
    access: 'staff',
    run: (context, { schoolId, unheardOnly }) => missedGuardians(context, schoolId, unheardOnly),
  },

  'report:csv': {
    access: 'staff',
    run: async (context, { schoolId, report, month }) => {
      const school = await schoolInScope(context, schoolId);
      const today = instantToZoned(context.now(), school.timeZone).date;
      const dateOf = (instant: number | null) =>
        instant === null ? '从未' : instantToZoned(instant, school.timeZone).date;
      switch (report) {
        case 'monthly': {
          const chosen = month ?? today.slice(0, 7);
          const rows = await monthly(context, schoolId, chosen);
          return {
            filename: `通话统计-${chosen}.csv`,
            csv: toCsv(
              ['班级', '姓名', '完成通话次数', '通话分钟'],
              rows.map((r) => [r.className, r.displayName, r.completedCalls, r.minutes]),
            ),
          };
        }
        case 'inactive': {
          const rows = await inactive(context, schoolId);
          return {
            filename: `长时间未通话-${today}.csv`,
            csv: toCsv(
              ['班级', '姓名', '上次通话'],
              rows.map((r) => [r.className, r.displayName, dateOf(r.lastCallAt)]),
            ),
          };
        }
        case 'missed-guardians': {
          const rows = await missedGuardians(context, schoolId);
          return {
            filename: `家长连续未接-${today}.csv`,
            csv: toCsv(
              ['孩子', '监护人', '关系', '未听的孩子留言'],
              rows.map((r) => [
                r.childName,
                r.displayName,
                relationNames[r.relation] ?? r.relation,
                r.unheardChildMessages,
              ]),
            ),
          };
        }
      }
    },
  },
};
