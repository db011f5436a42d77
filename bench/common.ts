/*
 * What both benchmarks share: command-line options, latency statistics and the throwaway
 * databases each run starts its backends on.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export const postgresUrl =
  process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432';

/** The value after `--name` on the command line, or the fallback. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

export const now = () => performance.now();

function percentile(sorted: number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * (sorted.length - 1)))
  ];
}

/** Median and 95th percentile in whole milliseconds, with the sample count. */
export function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: Math.round(percentile(sorted, 50)),
    p95: Math.round(percentile(sorted, 95)),
    n: values.length,
  };
}

/**
 * A backend database config of its own: a fresh SQLite directory, or PostgreSQL databases
 * whose names start with `name_` (dropped afterwards with `dropPostgres`).
 */
export function databaseConfig(db: string, name: string) {
  if (db === 'postgres') {
    return { client: 'pg', connection: postgresUrl, prefix: `${name}_` };
  }
  return {
    client: 'better-sqlite3',
    connection: { directory: mkdtempSync(join(tmpdir(), `${name}-`)) },
  };
}

/** Drops the PostgreSQL databases a run created, whatever state its backends left them in. */
export async function dropPostgres(prefix: string) {
  const client = new Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

/** Writes results formatted as the repository's prettier check (which covers them) expects. */
export function writeResults(file: string, results: unknown) {
  writeFileSync(file, JSON.stringify(results, null, 2));
  execFileSync(process.execPath, [
    require.resolve('prettier/bin-prettier.js'),
    '--write',
    file,
  ]);
}
