/** A timestamp as the databases return it (Date from PostgreSQL, number or string from SQLite), as ISO. */
export function iso(value: unknown): string {
  return new Date(value as string | number | Date).toISOString();
}
