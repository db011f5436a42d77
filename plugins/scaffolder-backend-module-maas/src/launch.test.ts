import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  mockCredentials,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleScaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import {
  examplesDir,
  MaasTestBackend,
  startMaasTestBackend,
} from '@internal/maas-test-utils';
import catalogModuleMaas from '@maas/plugin-catalog-backend-module-maas';
// The end-to-end launch runs against the real maas-backend, as a backend would.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import maasPlugin from '@maas/plugin-maas-backend';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import request from 'supertest';
import { parse } from 'yaml';
import { scaffolderModuleMaas } from './module';

jest.setTimeout(240_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
const templatesDir = join(examplesDir, 'templates');
const templateFiles = readdirSync(templatesDir)
  .filter(f => f.endsWith('.yaml'))
  .map(f => join(templatesDir, f));
const user = mockCredentials.user.header('user:default/ines.garcia');

/** Form values each example template launches with in the demo. */
const launches: Record<string, Record<string, unknown>> = {
  'email-nurture-journey': {
    audience: 'audience:default/repeat-buyers',
    channel: 'martechtool:default/braze-engagement',
  },
  'paid-social-prospecting': {
    audience: 'audience:default/repeat-buyers',
    channel: 'martechtool:default/meta-ads',
  },
  'landing-page-ab-test': {
    audience: 'audience:default/app-push-engaged',
    channel: 'martechtool:default/optimizely-web',
  },
  'sms-win-back': {
    audience: 'audience:default/win-back-sms',
    channel: 'martechtool:default/attentive',
  },
};

function values(
  template: string,
  name: string,
  overrides: Record<string, unknown> = {},
) {
  const defaults = Object.fromEntries(
    (
      parse(readFileSync(join(templatesDir, `${template}.yaml`), 'utf8')).spec
        .parameters as any[]
    )
      .flatMap(p => Object.entries(p.properties))
      .filter(([, v]: [string, any]) => v.default !== undefined)
      .map(([k, v]: [string, any]) => [k, v.default]),
  );
  return {
    ...defaults,
    name,
    title: `Launch of ${template}`,
    owner: 'group:default/crm',
    start: '2026-12-01',
    end: '2027-01-15',
    ...launches[template],
    ...overrides,
  };
}

describe.each(databases.eachSupportedId())(
  'launching campaigns on %s',
  (databaseId: TestDatabaseId) => {
    let maas: MaasTestBackend;

    beforeAll(async () => {
      maas = await startMaasTestBackend({
        databases,
        databaseId,
        locations: templateFiles,
        // The demo's certified audiences are taken as certified, as a catalogue reviewed in Git
        // may (the two keys have their own tests, through maas-backend's API).
        config: { maas: { certification: { trustCatalogue: true } } },
        features: [
          catalogPlugin,
          catalogModuleScaffolderEntityModel,
          catalogModuleMaas,
          maasPlugin,
          scaffolderPlugin,
          scaffolderModuleMaas,
          // The real in-process event bus, shared by the plugins as in a backend (the default
          // test one is per plugin): maas-backend announces campaigns, the catalogue hears.
          eventsServiceFactory,
        ],
      });
      await maas.ready();
    });

    afterAll(async () => {
      await maas?.backend.stop();
    });

    async function launch(
      template: string,
      formValues: Record<string, unknown>,
    ) {
      const created = await request(maas.backend.server)
        .post('/api/scaffolder/v2/tasks')
        .set('Authorization', user)
        .send({
          templateRef: `template:default/${template}`,
          values: formValues,
        });
      expect(created.status).toBe(201);
      for (;;) {
        const task = await request(maas.backend.server)
          .get(`/api/scaffolder/v2/tasks/${created.body.id}`)
          .set('Authorization', user);
        if (['completed', 'failed', 'cancelled'].includes(task.body.status)) {
          const events = await request(maas.backend.server)
            .get(`/api/scaffolder/v2/tasks/${created.body.id}/events`)
            .set('Authorization', user);
          const log = (events.body as any[])
            .map(e => e.body?.message)
            .filter(Boolean)
            .join('\n');
          return {
            id: created.body.id,
            status: task.body.status as string,
            log,
          };
        }
        await new Promise(r => setTimeout(r, 200));
      }
    }

    async function catalogEntity(ref: string): Promise<Entity> {
      const [kind, rest] = ref.split(':');
      const [namespace, name] = rest.split('/');
      for (let i = 0; i < 300; i++) {
        const res = await request(maas.backend.server).get(
          `/api/catalog/entities/by-name/${kind}/${namespace}/${name}`,
        );
        if (res.status === 200 && res.body.relations?.length) return res.body;
        await new Promise(r => setTimeout(r, 200));
      }
      throw new Error(`${ref} never reached the catalogue`);
    }

    it('launches a campaign that the catalogue then shows with its relations', async () => {
      const result = await launch(
        'email-nurture-journey',
        values('email-nurture-journey', 'winter-nurture'),
      );
      expect({ status: result.status, log: result.log }).toMatchObject({
        status: 'completed',
      });
      const campaign = await catalogEntity('campaign:default/winter-nurture');
      expect(campaign.spec).toMatchObject({
        owner: 'group:default/crm',
        template: 'template:default/email-nurture-journey',
        audience: 'audience:default/repeat-buyers',
        channels: ['martechtool:default/braze-engagement'],
        status: 'draft',
        budget: { amount: 5000, currency: 'EUR' },
        experiment: {
          holdoutPct: 10,
          minimumDetectableEffectPct: expect.any(Number),
        },
      });
      expect(campaign.relations?.map(r => `${r.type} ${r.targetRef}`)).toEqual(
        expect.arrayContaining([
          'targets audience:default/repeat-buyers',
          'runsOn martechtool:default/braze-engagement',
          'instanceOf template:default/email-nurture-journey',
          'ownedBy group:default/crm',
        ]),
      );
      // The audience and the template see the campaign from their side too.
      await expect(async () => {
        const audience = await catalogEntity('audience:default/repeat-buyers');
        expect(
          audience.relations?.map(r => `${r.type} ${r.targetRef}`),
        ).toContain('targetedBy campaign:default/winter-nurture');
      }).not.toThrow();
    });

    it('stops a launch on an audience lacking consent, and records nothing', async () => {
      const result = await launch(
        'sms-win-back',
        values('sms-win-back', 'cart-sms', {
          audience: 'audience:default/cart-abandoners-web',
        }),
      );
      expect(result.status).toBe('failed');
      expect(result.log).toContain(
        'Audience "Web cart abandoners" cannot be used for this campaign: the template requires TCF purposes 5 (Create profiles to personalise content), 6 (Use profiles to select personalised content), which its source dataproduct:default/web-behaviour-events does not carry',
      );
      const campaigns = await request(maas.backend.server)
        .get('/api/maas/campaigns')
        .set('Authorization', user);
      expect(campaigns.body.items.map((c: any) => c.name)).not.toContain(
        'cart-sms',
      );
    });

    it('moves a launched campaign live, and the catalogue follows', async () => {
      const res = await request(maas.backend.server)
        .patch('/api/maas/campaigns/default/winter-nurture')
        .set('Authorization', user)
        .send({ status: 'live' });
      expect(res.status).toBe(200);
      expect(res.body.liveAt).toBeDefined();
      for (let i = 0; i < 100; i++) {
        const entity = await catalogEntity('campaign:default/winter-nurture');
        if ((entity.spec as any).status === 'live') return;
        await new Promise(r => setTimeout(r, 200));
      }
      throw new Error('the catalogue never saw the campaign go live');
    });

    it.each(Object.keys(launches))(
      'accepts the %s template in a dry run',
      async template => {
        const entity = parse(
          readFileSync(join(templatesDir, `${template}.yaml`), 'utf8'),
        );
        const res = await request(maas.backend.server)
          .post('/api/scaffolder/v2/dry-run')
          .set('Authorization', user)
          .send({
            template: entity,
            values: values(template, `dry-${template}`),
            secrets: {},
            directoryContents: [],
          });
        expect({
          status: res.status,
          body: res.status === 200 ? 'ok' : res.body,
        }).toEqual({
          status: 200,
          body: 'ok',
        });
        expect(res.body.output.links[0].entityRef).toBe(
          `campaign:default/dry-${template}`,
        );
      },
    );
  },
);
