import {
  mockCredentials,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  MaasTestBackend,
  startMaasTestBackend,
} from '@internal/maas-test-utils';
import catalogModuleMaas from '@maas/plugin-catalog-backend-module-maas';
import request from 'supertest';
import { maasPlugin } from '../plugin';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

/** A second company's own words: a capability the built-in list lacks, and an alias of it. */
const taxonomy = {
  categories: [{ id: 'digital-experience', title: 'Digital experience' }],
  capabilities: [
    {
      id: 'experience-analytics',
      title: 'Experience analytics',
      category: 'digital-experience',
    },
  ],
  aliases: {
    capabilities: { 'cx-analytics': 'experience-analytics' },
    categories: { dx: 'digital-experience' },
  },
};

function tool(name: string, category: string, capabilities: string[]): Entity {
  return {
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'MartechTool',
    metadata: { name },
    spec: {
      vendor: 'vendor:acme',
      owner: 'group:web',
      technicalOwner: 'group:martech-it',
      category,
      capabilities,
      lifecycle: 'active',
    },
  };
}

const contentsquare = tool('contentsquare', 'digital-experience', [
  'experience-analytics',
]);
// Written with the aliases: grouped with contentsquare all the same.
const quantum = tool('quantum-metric', 'dx', ['cx-analytics', 'web-analytics']);

describe.each(databases.eachSupportedId())(
  'the configured taxonomy on %s',
  (databaseId: TestDatabaseId) => {
    let maas: MaasTestBackend;

    beforeAll(async () => {
      maas = await startMaasTestBackend({
        databases,
        databaseId,
        examples: false,
        extraEntities: [contentsquare, quantum],
        config: { maas: { taxonomy } },
        features: [catalogPlugin, catalogModuleMaas, maasPlugin],
      });
      await maas.ready();
    });

    afterAll(async () => {
      await maas?.backend.stop();
    });

    const user = { Authorization: mockCredentials.user.header() };

    it('serves the merged list, built-in and added, with the aliases', async () => {
      const res = await request(maas.backend.server)
        .get('/api/maas/taxonomy')
        .set(user);
      expect(res.status).toBe(200);
      expect(res.body.capabilities).toContainEqual({
        id: 'experience-analytics',
        title: 'Experience analytics',
        category: 'digital-experience',
        source: 'config',
      });
      expect(res.body.capabilities).toContainEqual(
        expect.objectContaining({ id: 'email-sending', source: 'built-in' }),
      );
      expect(res.body.categories.map((c: any) => c.id)).toContain(
        'digital-experience',
      );
      expect(res.body.aliases).toEqual(taxonomy.aliases);
      const anonymous = await request(maas.backend.server)
        .get('/api/maas/taxonomy')
        .set({ Authorization: mockCredentials.none.header() });
      expect(anonymous.status).toBe(401);
    });

    it('lets the catalogue accept the added capability and refuse an unknown one', async () => {
      const location = 'url:https://git.example.com/web/catalog-info.yaml';
      const validate = (entity: Entity) =>
        request(maas.backend.server)
          .post('/api/catalog/validate-entity')
          .send({ entity, location });
      expect((await validate(contentsquare)).status).toBe(200);
      expect((await validate(quantum)).status).toBe(200);
      const refused = await validate(
        tool('hotjar', 'digital-experience', ['mind-reading']),
      );
      expect(refused.status).toBe(400);
      expect(
        refused.body.errors.map((e: any) => e.message).join('\n'),
      ).toContain(
        'spec.capabilities[0] "mind-reading" is not a capability of the taxonomy',
      );
    });

    it('groups tools by the added capability in sprawl, aliases under their id', async () => {
      const res = await request(maas.backend.server)
        .get('/api/maas/sprawl')
        .set(user);
      expect(res.status).toBe(200);
      const group = res.body.redundancyGroups.find(
        (g: any) => g.capability === 'experience-analytics',
      );
      expect(group).toMatchObject({
        title: 'Experience analytics',
        category: 'digital-experience',
      });
      expect(group.tools.map((t: any) => t.ref).sort()).toEqual([
        'martechtool:default/contentsquare',
        'martechtool:default/quantum-metric',
      ]);
      expect(
        res.body.capabilities.map((c: any) => c.capability).sort(),
      ).toEqual(['experience-analytics', 'web-analytics']);
    });
  },
);
