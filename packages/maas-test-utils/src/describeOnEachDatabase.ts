import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  MaasTestBackend,
  MaasTestBackendOptions,
  startMaasTestBackend,
} from './startMaasTestBackend';

/**
 * A suite run once on each database `databases` supports (`%s` in the title names it), against
 * a MaaS test backend started and ready before its tests and stopped after them. `backend()`
 * gives that backend inside the tests.
 */
export function describeOnEachDatabase(
  title: string,
  databases: TestDatabases,
  options: Omit<MaasTestBackendOptions, 'databases' | 'databaseId'>,
  tests: (backend: () => MaasTestBackend, databaseId: TestDatabaseId) => void,
): void {
  describe.each(databases.eachSupportedId())(
    // eslint-disable-next-line jest/valid-title -- the caller's title, a literal where it is written
    title,
    (databaseId: TestDatabaseId) => {
      let started: MaasTestBackend | undefined;
      beforeAll(async () => {
        started = await startMaasTestBackend({
          ...options,
          databases,
          databaseId,
        });
        await started.ready();
      });
      afterAll(async () => {
        await started?.backend.stop();
      });
      tests(() => started!, databaseId);
    },
  );
}
