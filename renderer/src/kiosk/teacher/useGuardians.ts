// Every guardian of the school's current children, for sections that name
// guardians next to bookings and links. There is no school-wide list request,
// so it asks child by child, a few at a time (the server limits bursts).
import { useCallback } from 'react';
import type { ChildRecord, GuardianRecord } from '@hhc/common/records';
import { useTeacher } from './TeacherContext';
import { useLoad, type Loaded } from './useRequest';

const AT_ONCE = 4;

export async function inBatches<T, R>(items: readonly T[], size: number, run: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  }
  return results;
}

export function useGuardians(children: readonly ChildRecord[]): Loaded<Map<string, GuardianRecord[]>> {
  const { client } = useTeacher().kiosk;
  const ids = children.map((child) => child.id).join(',');
  const load = useCallback(async () => {
    const childIds = ids ? ids.split(',') : [];
    const lists = await inBatches(childIds, AT_ONCE, (childId) =>
      client.request('guardian:list', { childId }),
    );
    return new Map(childIds.map((childId, i) => [childId, lists[i]!]));
  }, [client, ids]);
  return useLoad(load);
}
