import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  mockServices,
  startTestBackend,
  TestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  getMaasKindDefinition,
  maasKinds,
  resolveReferences,
} from '@maas/plugin-maas-common';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleUnprocessedEntities from '@backstage/plugin-catalog-backend-module-unprocessed';
import { eventually } from '@internal/maas-test-utils';
import request from 'supertest';
import { parseAllDocuments, stringify } from 'yaml';
import { catalogModuleMaas } from './module';
import {
  malformedEntities,
  validNeighbours,
} from './__fixtures__/malformedEntities';

jest.setTimeout(180_000);

const examplesDir = resolve(__dirname, '../../../examples');
const exampleFiles = [
  join(examplesDir, 'org.yaml'),
  ...readdirSync(join(examplesDir, 'maas'))
    .filter(f => f.endsWith('.yaml'))
    .map(f => join(examplesDir, 'maas', f)),
];

function readYaml(file: string): Entity[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map(
    d => d.toJS() as Entity,
  );
}

const exampleEntities = exampleFiles.flatMap(readYaml);
const maasExamples = exampleEntities.filter(
  e => e.apiVersion === 'maas.dev/v1alpha1',
);

const everyEntityQuery = `/api/catalog/entities/by-query?limit=1000&filter=kind=user,kind=group&filter=${maasKinds
  .map(k => `kind=${k.toLocaleLowerCase('en-US')}`)
  .join(',')}`;

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'the MaaS catalogue module on %s',
  (databaseId: TestDatabaseId) => {
    let backend: TestBackend;
    let entities: Map<string, Entity>;

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      const dir = mkdtempSync(join(tmpdir(), 'maas-catalog-'));
      const mixedFile = join(dir, 'mixed.yaml');
      // Valid and malformed entities in one file: the bad ones must not cost the good ones.
      const mixed = [
        ...validNeighbours,
        ...malformedEntities.map(c => c.entity),
      ];
      writeFileSync(mixedFile, mixed.map(e => stringify(e)).join('---\n'));

      backend = await startTestBackend({
        features: [
          catalogPlugin,
          catalogModuleUnprocessedEntities,
          catalogModuleMaas,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                rules: [
                  {
                    allow: [
                      'User',
                      'Group',
                      'Location',
                      'Template',
                      ...maasKinds,
                      'Tool',
                    ],
                  },
                ],
                locations: [...exampleFiles, mixedFile].map(target => ({
                  type: 'file',
                  target,
                })),
              },
            },
          }),
        ],
      });

      const expectedCount = exampleEntities.length + validNeighbours.length;
      entities = await eventually('the examples to be ingested', async () => {
        const res = await request(backend.server).get(everyEntityQuery);
        if (res.status !== 200 || res.body.items.length < expectedCount)
          return undefined;
        return new Map(
          (res.body.items as Entity[]).map(e => [stringifyEntityRef(e), e]),
        );
      });
    });

    afterAll(async () => {
      await backend?.stop();
    });

    function relationsOf(entity: Entity | undefined): string[] {
      return (entity?.relations ?? []).map(r => `${r.type} ${r.targetRef}`);
    }

    it('ingests every entity of the demo stack', () => {
      for (const example of exampleEntities) {
        expect(entities.has(stringifyEntityRef(example))).toBe(true);
      }
      const count = (kind: string) =>
        [...entities.values()].filter(e => e.kind === kind).length;
      expect(count('Vendor')).toBeGreaterThanOrEqual(12);
      expect(count('MartechTool')).toBeGreaterThanOrEqual(40);
      expect(count('DataProduct')).toBeGreaterThanOrEqual(12);
      expect(count('Audience')).toBeGreaterThanOrEqual(15);
    });

    it('emits every reference as a relation in both directions', async () => {
      // Reverse relations land on the target when it is stitched again: wait for the last one.
      await eventually('all reverse relations', async () => {
        const res = await request(backend.server).get(everyEntityQuery);
        entities = new Map(
          (res.body.items as Entity[]).map(e => [stringifyEntityRef(e), e]),
        );
        for (const example of maasExamples) {
          const def = getMaasKindDefinition(example)!;
          const self = stringifyEntityRef(example);
          for (const ref of resolveReferences(example, def.referenceFields)) {
            const target = stringifyEntityRef(ref.target);
            for (const [forward, reverse] of ref.field.relations) {
              expect(relationsOf(entities.get(self))).toContain(
                `${forward} ${target}`,
              );
              if (entities.has(target)) {
                if (
                  !relationsOf(entities.get(target)).includes(
                    `${reverse} ${self}`,
                  )
                ) {
                  return undefined;
                }
              }
            }
          }
        }
        return true;
      });
    });

    it('relates a tool to its vendor, owners, dependencies and replacement', () => {
      expect(
        relationsOf(entities.get('martechtool:default/braze-engagement')),
      ).toEqual(
        expect.arrayContaining([
          'providedBy vendor:default/braze',
          'ownedBy group:default/crm',
          'ownedBy group:default/martech-it',
          'technicalOwnedBy group:default/martech-it',
          'dependsOn martechtool:default/segment-cdp',
          'activates audience:default/repeat-buyers',
          'produces dataproduct:default/app-engagement-events',
          'replaces martechtool:default/sfmc-engagement',
        ]),
      );
      expect(relationsOf(entities.get('vendor:default/braze'))).toContain(
        'provides martechtool:default/braze-engagement',
      );
      expect(relationsOf(entities.get('group:default/martech-it'))).toEqual(
        expect.arrayContaining([
          'ownerOf martechtool:default/braze-engagement',
          'technicalOwnerOf martechtool:default/braze-engagement',
        ]),
      );
      expect(
        relationsOf(entities.get('audience:default/repeat-buyers')),
      ).toEqual(
        expect.arrayContaining([
          'derivedFrom dataproduct:default/crm-customers-consented',
          'activatedIn martechtool:default/braze-engagement',
        ]),
      );
    });

    it('relates a glossary term to its owners, implementations and replacement', () => {
      expect(
        relationsOf(entities.get('glossaryterm:default/active-customer')),
      ).toEqual(
        expect.arrayContaining([
          'ownedBy group:default/crm',
          'ownedBy group:default/data-platform',
          'technicalOwnedBy group:default/data-platform',
          'implementedBy dataproduct:default/crm-customers-consented',
          'implementedBy dataproduct:default/order-history',
        ]),
      );
      expect(
        relationsOf(entities.get('dataproduct:default/order-history')),
      ).toContain('implements glossaryterm:default/active-customer');
      expect(relationsOf(entities.get('glossaryterm:default/lead'))).toContain(
        'replacedBy glossaryterm:default/marketing-qualified-lead',
      );
      expect(
        relationsOf(
          entities.get('glossaryterm:default/marketing-qualified-lead'),
        ),
      ).toContain('replaces glossaryterm:default/lead');
    });

    it('keeps the IT owner out of the marketing-only relation', () => {
      const crm = relationsOf(entities.get('group:default/crm'));
      expect(crm).toContain('ownerOf martechtool:default/braze-engagement');
      expect(crm).not.toContain(
        'technicalOwnerOf martechtool:default/braze-engagement',
      );
    });

    it('lets the catalogue filter by either owner, as the "Owned" filter does', async () => {
      for (const owner of ['group:default/crm', 'group:default/martech-it']) {
        const res = await request(backend.server).get(
          `/api/catalog/entities/by-query?filter=kind=martechtool,relations.ownedBy=${owner}&limit=100`,
        );
        expect(res.body.items.map((e: Entity) => e.metadata.name)).toContain(
          'braze-engagement',
        );
      }
    });

    it('keeps dangling references as relations', () => {
      expect(
        relationsOf(entities.get('martechtool:default/hootsuite')),
      ).toContain('ownedBy group:default/social-media');
      expect(entities.has('group:default/social-media')).toBe(false);
    });

    it('ingests the valid entities that share a file with malformed ones', async () => {
      for (const entity of validNeighbours) {
        expect(entities.has(stringifyEntityRef(entity))).toBe(true);
      }
      const campaign = await request(backend.server).get(
        '/api/catalog/entities/by-name/campaign/default/good-campaign',
      );
      expect(relationsOf(campaign.body)).toEqual(
        expect.arrayContaining([
          'targets audience:default/good-audience',
          'runsOn martechtool:default/good-tool',
          'instanceOf template:default/email-nurture-journey',
          'ownedBy group:default/crm',
        ]),
      );
    });

    it('rejects each malformed entity with a processing error naming the field', async () => {
      const errorsByRef = await eventually(
        'processing errors for every malformed entity',
        async () => {
          const found = new Map<string, string>();
          for (const reason of ['failed', 'pending']) {
            const res = await request(backend.server).get(
              `/api/catalog/entities/unprocessed/${reason}`,
            );
            for (const item of res.body.entities ?? []) {
              const messages = (item.errors ?? [])
                .map((e: any) => e.message)
                .join('\n');
              if (messages)
                found.set(
                  stringifyEntityRef(item.unprocessed_entity),
                  messages,
                );
            }
          }
          return malformedEntities.every(c =>
            found.has(stringifyEntityRef(c.entity)),
          )
            ? found
            : undefined;
        },
      );
      for (const c of malformedEntities) {
        const ref = stringifyEntityRef(c.entity);
        expect(entities.has(ref)).toBe(false);
        const message = errorsByRef.get(ref)!;
        expect(message).toContain(
          `${c.entity.kind} "${c.entity.metadata.name}": `,
        );
        expect(message).toContain(`${c.field} `);
        expect(message).toContain(c.expect);
      }
    });

    it('answers validate-entity with 400 naming the field, 200 for good entities', async () => {
      const location =
        'url:https://git.example.com/marketing/catalog-info.yaml';
      for (const c of malformedEntities) {
        const res = await request(backend.server)
          .post('/api/catalog/validate-entity')
          .send({ entity: c.entity, location });
        expect({ name: c.entity.metadata.name, status: res.status }).toEqual({
          name: c.entity.metadata.name,
          status: 400,
        });
        const message = res.body.errors.map((e: any) => e.message).join('\n');
        expect(message).toContain(`${c.field} `);
        expect(message).toContain(c.expect);
      }
      for (const entity of [...validNeighbours, ...maasExamples.slice(0, 20)]) {
        const res = await request(backend.server)
          .post('/api/catalog/validate-entity')
          .send({ entity, location });
        expect({
          ref: stringifyEntityRef(entity),
          status: res.status,
          body: res.body,
        }).toEqual({
          ref: stringifyEntityRef(entity),
          status: 200,
          body: expect.anything(),
        });
      }
    });

    it('resolves short references in the entity namespace', () => {
      const tool = entities.get('martechtool:default/good-tool');
      expect(relationsOf(tool)).toContain(
        'providedBy vendor:default/good-vendor',
      );
    });
  },
);
