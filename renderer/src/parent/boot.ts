// Reads what the server inlined into the link's page (see common/parentBoot.ts).
// Anything unexpected counts as "nothing inlined": the page then asks over the socket.
import { PARENT_BOOT_ELEMENT_ID, type ParentBoot } from '@hhc/common/parentBoot';
import type { ParentOverview } from '@hhc/common/protocol';

export function readParentBoot(document: Document): ParentBoot | undefined {
  const text = document.getElementById(PARENT_BOOT_ELEMENT_ID)?.textContent;
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(data)) return undefined;
  if (data['invalid'] === true) return { invalid: true };
  return isOverview(data['overview']) ? { overview: data['overview'] } : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields the first screen reads; the rest of the shape is the server's own type. */
function isOverview(value: unknown): value is ParentOverview {
  if (!isRecord(value) || !isRecord(value['child']) || !isRecord(value['school'])) return false;
  const calls = value['calls'];
  return (
    typeof value['child']['displayName'] === 'string' &&
    typeof value['school']['timeZone'] === 'string' &&
    Array.isArray(calls) &&
    calls.every(
      (call) =>
        isRecord(call) &&
        typeof call['id'] === 'string' &&
        typeof call['startAt'] === 'number' &&
        typeof call['endAt'] === 'number' &&
        typeof call['joinableFrom'] === 'number',
    )
  );
}
