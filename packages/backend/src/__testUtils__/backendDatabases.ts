import { Client } from 'pg';

/**
 * The databases a real backend process is tested on: SQLite in memory always, and PostgreSQL
 * when BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is set, each plugin's database
 * named with a prefix of this run so runs never share state.
 */
export function backendDatabases(prefix: string) {
  const postgresUrl =
    process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
  const pgPrefix = `${prefix}_${process.pid}_`;
  const databases: Array<[string, Record<string, unknown>]> = [
    ['SQLite', { client: 'better-sqlite3', connection: ':memory:' }],
  ];
  if (postgresUrl) {
    databases.push([
      'PostgreSQL',
      { client: 'pg', connection: postgresUrl, prefix: pgPrefix },
    ]);
  }

  async function withClient<T>(fn: (client: Client) => Promise<T>) {
    const client = new Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  /** The PostgreSQL databases of this run. */
  async function list(): Promise<string[]> {
    return withClient(async client => {
      const { rows } = await client.query(
        'SELECT datname FROM pg_database WHERE datname LIKE $1',
        [`${pgPrefix}%`],
      );
      return rows.map((r: { datname: string }) => r.datname);
    });
  }

  /** Drops them, once the backend has stopped. */
  async function drop(): Promise<void> {
    const names = await list();
    await withClient(async client => {
      for (const datname of names) {
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    });
  }

  return { databases, pgPrefix, list, drop };
}
