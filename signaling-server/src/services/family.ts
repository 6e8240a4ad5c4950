// A child's family at school: the siblings (same family id, same school, not
// archived) and every guardian of the family, the child's own first. Any of
// the family's guardians may be called, and any sibling may sit in the call.
import type { ChildRecord, GuardianRecord } from '../store/Store';
import type { AppContext } from '../api/context';

export interface Family {
  siblings: ChildRecord[];
  guardians: GuardianRecord[];
}

export async function familyOf(context: Pick<AppContext, 'store'>, child: ChildRecord): Promise<Family> {
  if (child.familyId === null) {
    return { siblings: [], guardians: await context.store.guardians.listByChild(child.id) };
  }
  const [children, guardians] = await Promise.all([
    context.store.children.list(child.schoolId),
    context.store.guardians.listBySchool(child.schoolId),
  ]);
  const siblings = children.filter((c) => c.familyId === child.familyId && c.id !== child.id);
  const order = [child.id, ...siblings.map((s) => s.id)];
  const family = guardians
    .filter((g) => order.includes(g.childId))
    .sort((a, b) => order.indexOf(a.childId) - order.indexOf(b.childId));
  return { siblings, guardians: family };
}
