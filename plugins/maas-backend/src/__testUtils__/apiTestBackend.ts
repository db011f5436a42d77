import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleMaas from '@maas/plugin-catalog-backend-module-maas';
import {
  MaasTestBackend,
  startMaasTestBackend,
} from '@internal/maas-test-utils';
import request from 'supertest';
import { maasPlugin } from '../plugin';
import { permissionsDenying, recordingAuditor } from './services';

/** The user the test backends' permissions deny every change to. */
export const OUTSIDER = 'user:default/outsider';

/**
 * Starts the catalogue, the MaaS module and maas-backend on the demo examples (and `extraEntities`)
 * before the enclosing describe block's tests, and stops them after: permissions deny changes to
 * {@link OUTSIDER} only, and the auditor records every event.
 */
export function useApiTestBackend(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  options: { extraEntities?: Entity[]; config?: Record<string, unknown> } = {},
) {
  const permissions = permissionsDenying(OUTSIDER);
  const auditor = recordingAuditor();
  let maas: MaasTestBackend | undefined;

  beforeAll(async () => {
    maas = await startMaasTestBackend({
      databases,
      databaseId,
      extraEntities: options.extraEntities,
      config: options.config,
      features: [
        catalogPlugin,
        catalogModuleMaas,
        maasPlugin,
        permissions.factory,
        auditor.factory,
      ],
    });
    await maas.ready();
  });

  afterAll(async () => {
    await maas?.backend.stop();
  });

  const server = () => {
    if (!maas) throw new Error('the test backend has not started');
    return maas.backend.server;
  };
  return {
    auditor,
    /** A request to maas-backend, `path` under /api/maas. */
    get: (path: string) => request(server()).get(`/api/maas${path}`),
    post: (path: string) => request(server()).post(`/api/maas${path}`),
  };
}
