import { backendDatabases } from './__testUtils__/backendDatabases';
import { GuardrailsBackend } from './__testUtils__/guardrailsBackend';
import {
  campaignBody,
  formDefaults,
  startGuardrailsSuite,
  trusted,
} from './__testUtils__/guardrailsFixtures';
import {
  launchChannels,
  launchDecisions,
} from './__testUtils__/launchDecisions';

jest.setTimeout(600_000);

const { databases, drop } = backendDatabases('maas_guardrails');

// The demo's people: ines and lucas in crm, raj in data-platform, emma in brand, sofia in
// marketing-ops (the platform owners); mallory in no group, pat in crm and data-platform.
const crm = { user: 'ines.garcia' };
const crmToo = { user: 'lucas.martin' };
const dataPlatform = { user: 'raj.patel' };
const brand = { user: 'emma.laurent' };
const platformOwner = { user: 'sofia.marino' };
const outsider = { user: 'mallory' };
const bothTeams = { user: 'pat.dual' };
const pipeline = { token: 'maas-demo-pipeline-token' };

describe.each(databases)('launch guard-rails on %s', (_name, database) => {
  let maas: GuardrailsBackend;
  const api: GuardrailsBackend['call'] = (method, path, as, body) =>
    maas.call(method, `/api/maas${path}`, as, body);
  const stored = async () =>
    ((await api('GET', '/campaigns', crm)).body.items as any[]).map(
      c => c.name,
    );
  const codes = (body: any): string[] =>
    (body.error?.problems ?? []).map((p: any) => p.code);

  beforeAll(async () => {
    maas = await startGuardrailsSuite(database);
  });

  afterAll(async () => {
    await maas?.stop();
    if (database.client === 'pg') await drop();
  });

  describe('each bypass of the issue, one request each, is refused and stores nothing', () => {
    it('an uncertified audience lacking the purposes, asked to go live', async () => {
      const res = await api('POST', '/campaigns', crm, {
        ...campaignBody('email-nurture-journey', 'cart-abandoners-web', 'b1'),
        status: 'live',
      });
      expect(res.status).toBe(422);
      expect(res.body.error.name).toBe('LaunchRefusedError');
      expect(codes(res.body)).toEqual([
        'audience-not-certified',
        'consent-purposes-not-carried',
        'experiment-underpowered',
        'go-live-not-on-launch',
      ]);
      expect(res.body.error.problems[1]).toMatchObject({
        field: 'audience',
        sourceRef: 'dataproduct:default/web-behaviour-events',
        missingPurposes: [5, 6],
      });
      expect(await stored()).not.toContain('b1');
      // The refusal is an audit event with status failed, naming the reasons.
      // Without the terminal colours of the log.
      const output = maas.backend
        .output()
        .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
      expect(output).toMatch(
        /eventId="campaign-create".*"campaign":"default\/b1".*"refusedFor":"audience-not-certified,consent-purposes-not-carried,experiment-underpowered,go-live-not-on-launch".*status="failed"/,
      );
    });

    it('a retired or sunsetting channel', async () => {
      const res = await api('POST', '/campaigns', crm, {
        ...campaignBody('email-nurture-journey', 'repeat-buyers', 'b2'),
        channels: [
          'martechtool:default/tealium-audiencestream',
          'martechtool:default/sfmc-engagement',
        ],
      });
      expect(res.status).toBe(422);
      expect(
        res.body.error.problems.map((p: any) => [p.code, p.field]),
      ).toEqual([
        ['channel-not-active', 'channels.0'],
        ['channel-lacks-capability', 'channels.0'],
        ['channel-not-active', 'channels.1'],
      ]);
      expect(await stored()).not.toContain('b2');
    });

    it('an unknown audience, template or owner, each named by its field', async () => {
      const res = await api('POST', '/campaigns', crm, {
        ...campaignBody('email-nurture-journey', 'nobody', 'b3'),
        template: 'template:default/no-such-template',
        owner: 'group:default/no-such-team',
      });
      expect(res.status).toBe(422);
      expect(
        res.body.error.problems.map((p: any) => [p.code, p.field]),
      ).toEqual([
        ['owner-not-found', 'owner'],
        ['template-not-found', 'template'],
        ['audience-not-found', 'audience'],
      ]);
      expect(await stored()).not.toContain('b3');
    });

    it('a self-certified audience and a data product claiming every purpose, from a repository of their own', async () => {
      // The production rules keep them out of the catalogue: the location is refused.
      expect(await maas.processingErrorsOf(maas.untrustedFile)).toContain(
        'is not of an allowed kind for that location',
      );
      const res = await api(
        'POST',
        '/campaigns',
        crm,
        campaignBody('email-nurture-journey', 'someones-certified', 'b4'),
      );
      expect(codes(res.body)).toEqual(['audience-not-found']);
      // In a trusted file, `certified: true` only asks for certification.
      const asked = await api(
        'POST',
        '/campaigns',
        crm,
        campaignBody(
          'email-nurture-journey',
          'guardrails-self-certified',
          'b5',
        ),
      );
      expect(asked.status).toBe(422);
      expect(codes(asked.body)).toEqual(['audience-not-certified']);
      expect(asked.body.error.problems[0].message).toContain(
        'the marketing key (a member of group:default/crm) is missing',
      );
      expect(await stored()).not.toContain('b4');
      expect(await stored()).not.toContain('b5');
    });

    it('input the databases or the catalogue would not hold: a 400 naming the field', async () => {
      const res = await api('POST', '/campaigns', crm, {
        ...campaignBody('email-nurture-journey', 'repeat-buyers', 'b6'),
        namespace: 'N'.repeat(70),
        budget: { amount: 1e300, currency: 'XYZ' },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/namespace: .*budget\.amount/);
      expect(await stored()).not.toContain('b6');
    });
  });

  describe('who may act', () => {
    const body = campaignBody(
      'email-nurture-journey',
      'repeat-buyers',
      'team-launch',
    );

    it('refuses a user outside the owner team, and a service acting for nobody', async () => {
      for (const as of [brand, outsider]) {
        const res = await api('POST', '/campaigns', as, body);
        expect(res.status).toBe(403);
        expect(res.body.error.message).toContain(
          'only members of group:default/crm, which owns it, and the platform owners may',
        );
      }
      expect([401, 403]).toContain(
        (await api('POST', '/campaigns', pipeline, body)).status,
      );
      expect(await stored()).not.toContain('team-launch');
    });

    it('lets a member launch and take it live; others may not move it, a platform owner may', async () => {
      const created = await api('POST', '/campaigns', crm, body);
      expect(created.status).toBe(201);
      expect(created.body.status).toBe('draft');
      const readiness = await api(
        'GET',
        '/campaigns/default/team-launch/readiness',
        crmToo,
      );
      expect(readiness.body).toEqual({
        status: 'draft',
        problems: [],
        moves: ['live', 'cancelled'],
      });
      expect(
        (await api('GET', '/campaigns/default/team-launch/readiness', brand))
          .body.moves,
      ).toEqual([]);
      const patch = (as: { user: string }, status: string) =>
        api('PATCH', '/campaigns/default/team-launch', as, { status });
      expect((await patch(brand, 'live')).status).toBe(403);
      const live = await patch(crmToo, 'live');
      expect(live.status).toBe(200);
      expect(live.body.liveAt).toBeDefined();
      expect((await patch(crm, 'draft')).status).toBe(409);
      expect((await patch(platformOwner, 'cancelled')).body.status).toBe(
        'cancelled',
      );
    });
  });

  it('launches live at once from a template that goes live on launch, through the same policy and both doors', async () => {
    const now = (audienceName: string, name: string) => ({
      ...campaignBody('sms-win-back', audienceName, name),
      template: 'template:default/sms-win-back-now',
    });
    const live = await api(
      'POST',
      '/campaigns',
      crm,
      now('win-back-sms', 'now-api'),
    );
    expect(live.status).toBe(201);
    expect(live.body.status).toBe('live');
    expect(live.body.liveAt).toBe(live.body.createdAt);
    const refused = await api(
      'POST',
      '/campaigns',
      crm,
      now('cart-abandoners-web', 'now-refused'),
    );
    expect(codes(refused.body)).toEqual([
      'consent-purposes-not-carried',
      'experiment-underpowered',
    ]);
    const status = await maas.runTask(
      crm,
      'template:default/sms-win-back-now',
      {
        ...formDefaults('sms-win-back'),
        name: 'now-door',
        title: 'Live at once',
        owner: 'group:default/crm',
        start: '2026-12-01',
        end: '2027-01-15',
        audience: 'audience:default/win-back-sms',
        channel: launchChannels['sms-win-back'],
      },
    );
    expect(status).toBe('completed');
    expect(
      (await api('GET', '/campaigns/default/now-door', crm)).body.status,
    ).toBe('live');
    expect(await stored()).not.toContain('now-refused');
  });

  it('binds a task id to its requester, its name and its spec', async () => {
    const body = {
      ...campaignBody('sms-win-back', 'win-back-sms', 'task-bound'),
      taskId: 'task-guardrails-1',
    };
    const first = await api('POST', '/campaigns', crm, body);
    expect(first.status).toBe(201);
    const again = await api('POST', '/campaigns', crm, body);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const otherName = await api('POST', '/campaigns', crm, {
      ...body,
      name: 'task-stolen',
    });
    expect(otherName.status).toBe(409);
    const otherSpec = await api('POST', '/campaigns', crm, {
      ...body,
      budget: { amount: 1, currency: 'EUR' },
    });
    expect(otherSpec.status).toBe(409);
    const otherRequester = await api('POST', '/campaigns', crmToo, body);
    expect(otherRequester.status).toBe(409);
    expect(otherRequester.body.error.message).toContain(
      'it was launched by user:default/ines.garcia',
    );
    expect(await stored()).not.toContain('task-stolen');
  });

  describe('two keys', () => {
    const certify = (as: { user: string }, role: string, name: string) =>
      api('POST', `/audiences/default/${name}/certification`, as, { role });

    it('refuses each key to the wrong group, and both keys to one person', async () => {
      const twin = (as: { user: string }, role: string) =>
        certify(as, role, 'guardrails-twin').then(r => r.status);
      expect(await twin(dataPlatform, 'marketing')).toBe(403);
      expect(await twin(crm, 'it')).toBe(403);
      expect(await twin(outsider, 'marketing')).toBe(403);
      expect(await twin(bothTeams, 'marketing')).toBe(201);
      const second = await certify(bothTeams, 'it', 'guardrails-twin');
      expect(second.status).toBe(409);
      expect(second.body.error.message).toContain(
        'the IT key needs another person',
      );
      const read = await api(
        'GET',
        '/audiences/default/guardrails-twin/certification',
        dataPlatform,
      );
      expect(read.body).toMatchObject({
        state: 'incomplete',
        certified: false,
        canCertify: ['it'],
      });
    });

    it('voids a certification when a source loses a purpose, and going live checks consent again', async () => {
      const launched = await api(
        'POST',
        '/campaigns',
        crm,
        campaignBody('email-nurture-journey', 'guardrails-audience', 'regone'),
      );
      expect(launched.status).toBe(201);
      await maas.rewriteTrusted(trusted([1, 3, 4, 7]));
      await maas.waitForEntity(
        'dataproduct:default/guardrails-source',
        e => JSON.stringify((e.spec as any).consent.purposes) === '[1,3,4,7]',
      );
      const certification = await api(
        'GET',
        '/audiences/default/guardrails-audience/certification',
        crm,
      );
      expect(certification.body.state).toBe('voided');
      expect(certification.body.reasons[0]).toContain(
        'was voided by a change to the consent purposes of dataproduct:default/guardrails-source',
      );
      const live = await api('PATCH', '/campaigns/default/regone', crm, {
        status: 'live',
      });
      expect(live.status).toBe(422);
      expect(codes(live.body)).toEqual([
        'audience-not-certified',
        'consent-purposes-not-carried',
      ]);
      expect(
        (await api('GET', '/campaigns/default/regone', crm)).body.status,
      ).toBe('draft');
      const audit = await api('GET', '/audit', crm);
      expect(
        audit.body.findings
          .filter((f: any) => f.entityRef.includes('guardrails-'))
          .map((f: any) => [f.rule, f.entityRef]),
      ).toEqual(
        expect.arrayContaining([
          ['certification-voided', 'audience:default/guardrails-audience'],
          // The twin's one key was turned on the source as it was: voided too.
          ['certification-voided', 'audience:default/guardrails-twin'],
          [
            'certification-incomplete',
            'audience:default/guardrails-self-certified',
          ],
        ]),
      );
    });
  });

  describe('the 20 template × audience decisions, the same through both doors', () => {
    const pairs = Object.entries(launchDecisions).flatMap(([t, byAudience]) =>
      Object.entries(byAudience).map(([a, expected]) => ({ t, a, expected })),
    );
    it.each(pairs)('$t × $a', async ({ t, a, expected }) => {
      const slug = `${t.split('-')[0]}-${a}`.slice(0, 40);
      const res = await api(
        'POST',
        '/campaigns',
        crm,
        campaignBody(t, a, `api-${slug}`),
      );
      expect({ status: res.status, codes: codes(res.body) }).toEqual({
        status: expected.length ? 422 : 201,
        codes: expected,
      });

      const status = await maas.runTask(crm, `template:default/${t}`, {
        ...formDefaults(t),
        name: `door-${slug}`,
        title: `Door ${slug}`,
        owner: 'group:default/crm',
        start: '2026-12-01',
        end: '2027-01-15',
        audience: `audience:default/${a}`,
        channel: launchChannels[t],
      });
      expect(status).toBe(expected.length ? 'failed' : 'completed');
      const names = await stored();
      expect(names.includes(`api-${slug}`)).toBe(!expected.length);
      expect(names.includes(`door-${slug}`)).toBe(!expected.length);
    });
  });
});
