import { ResponseError } from '@backstage/errors';
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
});
