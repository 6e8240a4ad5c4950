// Where the data lives, chosen by one setting (HHC_DATABASE_URL): kept apart
// from the drivers so reading the configuration loads none of them.
export type DatabaseLocation = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

/** `postgres://…` or `postgresql://…` selects PostgreSQL. */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\/./.test(value);
}
