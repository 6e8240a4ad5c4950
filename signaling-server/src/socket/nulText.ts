// A NUL character is never part of a name, a reason or a password here, and
// PostgreSQL refuses it in any text value (SQLite would store it): a request
// carrying one is refused as malformed at the boundary, on both engines alike,
// instead of failing inside the database as an internal error.

/** The path of the first string in `value` that contains U+0000, or undefined. */
export function findNulText(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNulText(item, [...path, String(index)]);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNulText(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
