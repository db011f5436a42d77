import {
  mockCredentials,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  MaasTestBackend,
  startMaasTestBackend,
} from '@internal/maas-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleMaas from '@maas/plugin-catalog-backend-module-maas';
import { maasPlugin } from '../plugin';
import {
  permissionsDenying,
  recordingAuditor,
} from '../__testUtils__/services';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const outsider = 'user:default/outsider';
const platformOwner = 'user:default/sofia.marino';

describe.each(databases.eachSupportedId())(
  'decommissioning plans through the API on %s',
  (databaseId: TestDatabaseId) => {
    let maas: MaasTestBackend;
    const permissions = permissionsDenying(outsider);
    const auditor = recordingAuditor();
    const auditEvents = auditor.events;

    beforeAll(async () => {
      maas = await startMaasTestBackend({
        databases,
        databaseId,
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

    const get = (path: string) =>
      request(maas.backend.server).get(`/api/maas${path}`);
    const asUser = (user: string) => ({
      Authorization: mockCredentials.user.header(user),
    });

    describe('decommissioning plans', () => {
      const send = (
        method: 'post' | 'patch',
        path: string,
        body: object,
        user = platformOwner,
      ) =>
        request(maas.backend.server)
          [method](`/api/maas${path}`)
          .set(asUser(user))
          .send(body);
      /** A change as of the plan's current version, read first, as the frontend does. */
      const change = async (id: string, body: object) => {
        const current = await get(`/plans/${id}`);
        return send('patch', `/plans/${id}`, body).set(
          'If-Match',
          current.headers.etag ?? '"0"',
        );
      };

      it('walks a plan through its states and refuses illegal moves with 409', async () => {
        const created = await send('post', '/plans', {
          tool: 'hotjar',
          successor: 'martechtool:default/contentsquare',
          targetDate: '2027-03-31',
          steps: [
            { title: 'export data', owner: 'group:ecommerce-marketing' },
            { title: 'cancel contract', owner: 'group:procurement' },
          ],
        });
        expect(created.status).toBe(201);
        expect(created.body).toMatchObject({
          toolRef: 'martechtool:default/hotjar',
          successorRef: 'martechtool:default/contentsquare',
          state: 'planned',
          createdBy: platformOwner,
          steps: [
            {
              title: 'export data',
              owner: 'group:default/ecommerce-marketing',
              done: false,
            },
            {
              title: 'cancel contract',
              owner: 'group:default/procurement',
              done: false,
            },
          ],
        });
        const id = created.body.id;

        const skip = await change(id, { state: 'done' });
        expect(skip.status).toBe(409);
        expect(skip.body.error.message).toBe(
          'A plan cannot move from planned to done; from planned it can move to in-progress or cancelled',
        );
        expect((await change(id, { state: 'in-progress' })).status).toBe(200);
        const done = await change(id, { state: 'done' });
        expect(done.status).toBe(200);
        expect(done.body.completedAt).toBeDefined();
        const reopen = await change(id, { state: 'planned' });
        expect(reopen.status).toBe(409);
        expect(reopen.body.error.message).toContain('done is final');

        const detail = await get(`/plans/${id}`);
        expect(
          detail.body.events.map((e: any) => e.change.state ?? 'created'),
        ).toEqual(['created', 'in-progress', 'done']);
        expect(auditEvents).toContainEqual({
          eventId: 'decommission-plan-update',
          outcome: 'fail',
        });
      });

      it('will not complete while catalogue entities depend on the tool, and lists them', async () => {
        const created = await send('post', '/plans', {
          tool: 'mailchimp',
          targetDate: '2027-06-30',
        });
        await change(created.body.id, { state: 'in-progress' });
        const res = await change(created.body.id, { state: 'done' });
        expect(res.status).toBe(409);
        expect(res.body.error.message).toBe(
          `Plan ${created.body.id} cannot complete: 1 catalogue entity still depends on martechtool:default/mailchimp: audience:default/newsletter-subscribers`,
        );
        const detail = await get(`/plans/${created.body.id}`);
        expect(detail.body.blockers).toEqual([
          'audience:default/newsletter-subscribers',
        ]);
      });

      it('refuses a second open plan, an unknown tool and bad input', async () => {
        const again = await send('post', '/plans', {
          tool: 'mailchimp',
          targetDate: '2027-06-30',
        });
        expect(again.status).toBe(409);
        const unknown = await send('post', '/plans', {
          tool: 'no-such-tool',
          targetDate: '2027-06-30',
        });
        expect(unknown.status).toBe(404);
        expect(unknown.body.error.message).toBe(
          'toolRef: no martech tool martechtool:default/no-such-tool in the catalogue',
        );
        const bad = await send('post', '/plans', {
          tool: 'hotjar',
          targetDate: 'soon',
          steps: [{}],
        });
        expect(bad.status).toBe(400);
        expect(bad.body.error.message).toContain(
          'targetDate: must be a date as YYYY-MM-DD',
        );
        expect(bad.body.error.message).toContain('steps.0.title');
        const missing = await send('patch', '/plans/nope', { note: 'x' });
        expect(missing.status).toBe(404);
      });

      it('lets one of several concurrent creates for a tool win, the others answer 409', async () => {
        const answers = await Promise.all(
          [1, 2, 3, 4, 5].map(() =>
            send('post', '/plans', {
              tool: 'jasper',
              targetDate: '2027-06-30',
            }),
          ),
        );
        expect(answers.map(a => a.status).sort()).toEqual([
          201, 409, 409, 409, 409,
        ]);
        for (const lost of answers.filter(a => a.status === 409)) {
          expect(lost.body.error.message).toContain(
            'martechtool:default/jasper already has an open decommissioning plan',
          );
        }
        const open = (await get('/plans')).body.items.filter(
          (p: any) =>
            p.toolRef === 'martechtool:default/jasper' && p.state === 'planned',
        );
        expect(open).toHaveLength(1);
      });

      it('needs If-Match on a change (428), refuses a stale one (412) and keeps both edits', async () => {
        const created = await send('post', '/plans', {
          tool: 'klaviyo',
          targetDate: '2027-06-30',
          note: 'first',
        });
        expect(created.headers.etag).toBe('"1"');
        expect(created.body.version).toBe(1);
        const id = created.body.id;
        const blind = await send('patch', `/plans/${id}`, { note: 'blind' });
        expect(blind.status).toBe(428);
        expect(blind.body.error.message).toContain('If-Match: required');
        const garbled = await send('patch', `/plans/${id}`, {
          note: 'x',
        }).set('If-Match', '*');
        expect(garbled.status).toBe(400);
        expect(garbled.body.error.message).toContain('If-Match: must be');

        // Two people read version 1 and both edit it: the second is told, not overwritten.
        const alice = await send('patch', `/plans/${id}`, {
          steps: [{ title: 'export the lists' }],
        }).set('If-Match', '"1"');
        expect(alice.status).toBe(200);
        expect(alice.headers.etag).toBe('"2"');
        const bob = await send('patch', `/plans/${id}`, {
          note: 'second',
        }).set('If-Match', '"1"');
        expect(bob.status).toBe(412);
        expect(bob.body.error.message).toContain('is at version 2, not 1');
        const plan = (await get(`/plans/${id}`)).body;
        expect(plan).toMatchObject({
          version: 2,
          note: 'first',
          steps: [{ title: 'export the lists', done: false }],
        });
        // Racing writes of the same version: exactly one wins, in the database.
        const race = await Promise.all(
          ['a', 'b', 'c'].map(note =>
            send('patch', `/plans/${id}`, { note }).set('If-Match', '"2"'),
          ),
        );
        expect(race.map(r => r.status).sort()).toEqual([200, 412, 412]);
        expect((await get(`/plans/${id}`)).body.version).toBe(3);
      });

      it('checks a changed successor as a new plan does', async () => {
        const created = await send('post', '/plans', {
          tool: 'attentive',
          targetDate: '2027-06-30',
        });
        const id = created.body.id;
        const self = await change(id, { successor: 'attentive' });
        expect(self.status).toBe(400);
        expect(self.body.error.message).toBe(
          'successorRef: must not be the tool itself (martechtool:default/attentive)',
        );
        const vendor = await change(id, { successor: 'vendor:braze' });
        expect(vendor.status).toBe(400);
        expect(vendor.body.error.message).toContain(
          'successor: must refer to a MartechTool, not a vendor',
        );
        const unknown = await change(id, { successor: 'no-such-tool' });
        expect(unknown.status).toBe(404);
        expect(unknown.body.error.message).toBe(
          'successorRef: no martech tool martechtool:default/no-such-tool in the catalogue',
        );
        const fine = await change(id, { successor: 'klaviyo' });
        expect(fine.status).toBe(200);
        expect(fine.body.successorRef).toBe('martechtool:default/klaviyo');
        const cleared = await change(id, { successor: null });
        expect(cleared.body.successorRef).toBeUndefined();
        // A successor POST refuses the same way.
        const selfPost = await send('post', '/plans', {
          tool: 'awin',
          successor: 'martechtool:default/awin',
          targetDate: '2027-06-30',
        });
        expect(selfPost.status).toBe(400);
      });

      it.each([
        [
          { successor: 'x'.repeat(300) },
          'successor: must be an entity reference of at most 191 characters',
        ],
        [
          { successor: `martechtool:default/${'x'.repeat(64)}` },
          'successor: must be an entity reference such as',
        ],
        [
          { targetDate: '0000-01-01' },
          'targetDate: must be between 1970-01-01 and 2100-12-31',
        ],
        [
          { targetDate: '9999-12-31' },
          'targetDate: must be between 1970-01-01 and 2100-12-31',
        ],
        [{ targetDate: '2027-02-30' }, 'targetDate: is not a calendar date'],
        [
          { steps: Array.from({ length: 20000 }, () => ({ title: 'x' })) },
          'steps: must list at most 200 steps',
        ],
        [
          { steps: [{ title: 'y'.repeat(501) }] },
          'steps.0.title: must be at most 500 characters',
        ],
        [
          { steps: [{ title: 'x', owner: `group:${'g'.repeat(70)}` }] },
          'steps.0.owner: must be an entity reference',
        ],
        [{ note: 'a\u0000b' }, 'note: must not contain the NUL character'],
        [{ note: 'n'.repeat(4001) }, 'note: must be at most 4000 characters'],
      ])(
        'refuses %#: a plan or a change naming the field',
        async (bad, message) => {
          const post = await send('post', '/plans', {
            tool: 'brandwatch',
            targetDate: '2027-06-30',
            ...bad,
          });
          expect(post.status).toBe(400);
          expect(post.body.error.message).toContain(message);
          const id = (await get('/plans')).body.items[0].id;
          const patch = await send('patch', `/plans/${id}`, bad).set(
            'If-Match',
            '"1"',
          );
          expect(patch.status).toBe(400);
          expect(patch.body.error.message).toContain(message);
        },
      );

      it('refuses a plan id no plan could have', async () => {
        const long = await get(`/plans/${'p'.repeat(300)}`);
        expect(long.status).toBe(400);
        expect(long.body.error.message).toBe(
          'Invalid path: id: must be at most 64 characters',
        );
      });
    });
  },
);
