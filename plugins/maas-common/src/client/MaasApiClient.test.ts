import { ResponseError } from '@backstage/errors';
import {
  launchProblemsOf,
  LaunchRefusedError,
  maasErrorMessage,
} from '../campaigns/LaunchRefusedError';
import { MaasApiClient } from './MaasApiClient';

/** maas-backend at the edge: records each request and answers with the given response. */
function fakeBackend(answer: () => Response = () => Response.json({})) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const getBaseUrl = jest.fn(async () => 'http://backend/api/maas');
  const client = new MaasApiClient({
    discoveryApi: { getBaseUrl },
    fetchApi: {
      fetch: async (url, init) => {
        calls.push({ url: String(url), init: init ?? {} });
        return answer();
      },
    },
  });
  return { client, calls, getBaseUrl };
}

describe('MaasApiClient', () => {
  it("discovers maas-backend's base URL and answers with the parsed body", async () => {
    const { client, calls, getBaseUrl } = fakeBackend(() =>
      Response.json({ asOf: '2026-11-22', kpis: [] }),
    );
    await expect(client.getKpis()).resolves.toEqual({
      asOf: '2026-11-22',
      kpis: [],
    });
    expect(getBaseUrl).toHaveBeenCalledWith('maas');
    expect(calls).toEqual([
      {
        url: 'http://backend/api/maas/kpis',
        init: { method: 'GET', headers: {} },
      },
    ]);
  });

  it('sends the caller token as a bearer token, and none without one', async () => {
    const { client, calls } = fakeBackend();
    await client.getPlans({ token: 'service-token' });
    await client.getPlans();
    expect(calls[0].init.headers).toEqual({
      Authorization: 'Bearer service-token',
    });
    expect(calls[1].init.headers).toEqual({});
  });

  it("addresses a glossary term by its ref's namespace and name", async () => {
    const { client, calls } = fakeBackend();
    await client.getGlossary();
    await client.getGlossaryTerm('glossaryterm:finance/active-customer');
    await client.getGlossaryTerm('conversion-rate');
    expect(calls.map(c => c.url)).toEqual([
      'http://backend/api/maas/glossary',
      'http://backend/api/maas/glossary/finance/active-customer',
      'http://backend/api/maas/glossary/default/conversion-rate',
    ]);
  });

  it('puts only the given query parameters in the URL', async () => {
    const { client, calls } = fakeBackend();
    await client.getHistory({ from: '2026-11-01', to: undefined });
    await client.getHistory();
    await client.getVendors({ on: '2027-01-12' });
    expect(calls.map(c => c.url)).toEqual([
      'http://backend/api/maas/history?from=2026-11-01',
      'http://backend/api/maas/history',
      'http://backend/api/maas/vendors?on=2027-01-12',
    ]);
  });

  it("addresses a vendor by its reference's namespace and name", async () => {
    const { client, calls } = fakeBackend();
    await client.getVendor('vendor:braze');
    await client.getVendor('vendor:emea/acme & co', { on: '2027-01-12' });
    expect(calls.map(c => c.url)).toEqual([
      'http://backend/api/maas/vendors/default/braze',
      'http://backend/api/maas/vendors/emea/acme%20%26%20co?on=2027-01-12',
    ]);
  });

  it("reads the budget, and a tool's usage by its reference", async () => {
    const { client, calls } = fakeBackend();
    await client.getBudget();
    await client.getToolUsage('martechtool:braze-engagement');
    await client.getToolUsage('martechtool:emea/hot jar', {
      from: '2026-01-01',
    });
    expect(calls.map(c => c.url)).toEqual([
      'http://backend/api/maas/budget',
      'http://backend/api/maas/tools/default/braze-engagement/usage',
      'http://backend/api/maas/tools/emea/hot%20jar/usage?from=2026-01-01',
    ]);
  });

  it('posts and patches JSON bodies', async () => {
    const { client, calls } = fakeBackend();
    await client.recordDecision(
      'vendor:default/braze',
      { decision: 'exit', note: 'too dear' },
      { token: 't' },
    );
    await client.updatePlan('plan/1', 4, { state: 'done' });
    await client.createCampaign({
      name: 'winter-nurture',
      owner: 'group:default/crm',
      template: 'template:default/email-nurture-journey',
      audience: 'audience:default/repeat-buyers',
      channels: ['martechtool:default/braze-engagement'],
      start: '2026-12-01',
      taskId: 'task-1',
    });
    expect(calls).toEqual([
      {
        url: 'http://backend/api/maas/vendors/default/braze/decisions',
        init: {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: 'Bearer t',
          },
          body: '{"decision":"exit","note":"too dear"}',
        },
      },
      {
        url: 'http://backend/api/maas/plans/plan%2F1',
        init: {
          method: 'PATCH',
          headers: { 'If-Match': '"4"', 'Content-Type': 'application/json' },
          body: '{"state":"done"}',
        },
      },
      {
        url: 'http://backend/api/maas/campaigns',
        init: expect.objectContaining({ method: 'POST' }),
      },
    ]);
    expect(JSON.parse(String(calls[2].init.body))).toMatchObject({
      name: 'winter-nurture',
      taskId: 'task-1',
    });
  });

  it('reads a campaign by namespace and name', async () => {
    const { client, calls } = fakeBackend();
    await client.getCampaign({ namespace: 'default', name: 'winter-nurture' });
    await client.getCampaigns();
    expect(calls.map(c => c.url)).toEqual([
      'http://backend/api/maas/campaigns/default/winter-nurture',
      'http://backend/api/maas/campaigns',
    ]);
  });

  it('answers the audit CSV as text', async () => {
    const { client, calls } = fakeBackend(
      () =>
        new Response('severity,rule\r\nhigh,consent-gap\r\n', {
          headers: { 'Content-Type': 'text/csv' },
        }),
    );
    await expect(client.getAuditCsv()).resolves.toBe(
      'severity,rule\r\nhigh,consent-gap\r\n',
    );
    expect(calls[0].url).toBe('http://backend/api/maas/audit?format=csv');
  });

  it("rejects with a ResponseError carrying maas-backend's status and error", async () => {
    const { client } = fakeBackend(() =>
      Response.json(
        {
          error: {
            name: 'ConflictError',
            message: 'Plan is done; it can no longer move',
          },
          response: { statusCode: 409 },
        },
        { status: 409, statusText: 'Conflict' },
      ),
    );
    const error = await client
      .updatePlan('1', 2, { state: 'planned' })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(409);
    expect(error.cause.name).toBe('ConflictError');
    expect(error.cause.message).toBe('Plan is done; it can no longer move');
  });

  it('moves campaigns and turns certification keys at their own paths', async () => {
    const { client, calls } = fakeBackend();
    const campaign = { namespace: 'default', name: 'winter-nurture' };
    await client.setCampaignStatus(campaign, 'live');
    await client.getCampaignReadiness(campaign);
    await client.getCertification('audience:repeat-buyers');
    await client.certifyAudience('audience:default/repeat-buyers', 'it');
    await client.withdrawCertification('audience:repeat-buyers', 'marketing');
    expect(calls.map(c => [c.init.method, c.url, c.init.body])).toEqual([
      [
        'PATCH',
        'http://backend/api/maas/campaigns/default/winter-nurture',
        '{"status":"live"}',
      ],
      [
        'GET',
        'http://backend/api/maas/campaigns/default/winter-nurture/readiness',
        undefined,
      ],
      [
        'GET',
        'http://backend/api/maas/audiences/default/repeat-buyers/certification',
        undefined,
      ],
      [
        'POST',
        'http://backend/api/maas/audiences/default/repeat-buyers/certification',
        '{"role":"it"}',
      ],
      [
        'DELETE',
        'http://backend/api/maas/audiences/default/repeat-buyers/certification/marketing',
        undefined,
      ],
    ]);
  });

  it('reads readouts, posts results as JSON or CSV, and posts segment values', async () => {
    const { client, calls } = fakeBackend();
    const campaign = { namespace: 'default', name: 'winter-nurture' };
    const row = {
      day: '2026-12-01',
      arm: 'holdout',
      users: 10,
      conversions: 1,
      revenue: 50,
      spend: 0,
      newCustomers: 1,
    };
    await client.getReadouts();
    await client.getReadout(campaign);
    await client.postResults(campaign, { rows: [row] });
    await client.uploadResultsCsv(campaign, 'day,arm\n');
    await client.postAudienceValue('audience:repeat-buyers', {
      asOf: '2026-12-01',
      ltv: { amount: 310, currency: 'EUR' },
      method: 'cohort average, 24 months',
    });
    expect(
      calls.map(c => [
        c.init.method,
        c.url,
        (c.init.headers as Record<string, string>)['Content-Type'],
        c.init.body,
      ]),
    ).toEqual([
      ['GET', 'http://backend/api/maas/readouts', undefined, undefined],
      [
        'GET',
        'http://backend/api/maas/campaigns/default/winter-nurture/readout',
        undefined,
        undefined,
      ],
      [
        'POST',
        'http://backend/api/maas/campaigns/default/winter-nurture/results',
        'application/json',
        JSON.stringify({ rows: [row] }),
      ],
      [
        'POST',
        'http://backend/api/maas/campaigns/default/winter-nurture/results',
        'text/csv',
        'day,arm\n',
      ],
      [
        'POST',
        'http://backend/api/maas/audiences/default/repeat-buyers/value',
        'application/json',
        '{"asOf":"2026-12-01","ltv":{"amount":310,"currency":"EUR"},"method":"cohort average, 24 months"}',
      ],
    ]);
  });

  it('reads the taxonomy and the inventory imports, and asks for an import', async () => {
    const { client, calls } = fakeBackend();
    await client.getTaxonomy();
    await client.getInventoryImports();
    await client.requestInventoryImport();
    await client.requestInventoryImport('nordics');
    expect(calls.map(c => [c.init.method, c.url, c.init.body])).toEqual([
      ['GET', 'http://backend/api/maas/taxonomy', undefined],
      ['GET', 'http://backend/api/maas/inventory/imports', undefined],
      ['POST', 'http://backend/api/maas/inventory/imports', '{}'],
      [
        'POST',
        'http://backend/api/maas/inventory/imports',
        '{"providerId":"nordics"}',
      ],
    ]);
  });

  it("reads the reasons of a launch refusal from maas-backend's 422", async () => {
    const refusal = new LaunchRefusedError([
      {
        code: 'audience-not-found',
        field: 'audience',
        message: 'the audience audience:default/x is not in the catalogue',
      },
    ]);
    const { client } = fakeBackend(() =>
      Response.json(
        {
          error: { ...refusal, name: refusal.name, message: refusal.message },
          response: { statusCode: 422 },
        },
        { status: 422, statusText: 'Unprocessable Entity' },
      ),
    );
    const error = await client.createCampaign({} as any).catch(e => e);
    expect(error.statusCode).toBe(422);
    expect(launchProblemsOf(error)).toEqual(refusal.problems);
    expect(maasErrorMessage(error)).toBe(
      'The campaign is refused: the audience audience:default/x is not in the catalogue',
    );
    expect(launchProblemsOf(new Error('other'))).toBeUndefined();
  });
});
