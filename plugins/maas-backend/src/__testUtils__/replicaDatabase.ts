import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/**
 * The database several test backends share as replicas of one deployment: PostgreSQL when the
 * tests have one, else SQLite for a single backend (SQLite is one process's file). Call at the
 * top of a describe block: TestDatabases registers its hooks there.
 */
export function replicaDatabase(): {
  databases: TestDatabases;
  databaseId: TestDatabaseId;
  /** Whether a second replica can share it. */
  shared: boolean;
} {
  const postgres = TestDatabases.create({ ids: ['POSTGRES_15'] });
  const sqlite = TestDatabases.create({ ids: ['SQLITE_3'] });
  const shared = postgres.supports('POSTGRES_15');
  return shared
    ? { databases: postgres, databaseId: 'POSTGRES_15', shared }
    : { databases: sqlite, databaseId: 'SQLITE_3', shared };
}
