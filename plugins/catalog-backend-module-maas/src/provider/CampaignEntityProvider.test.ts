import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import { CampaignRecord, MAAS_CAMPAIGNS_TOPIC } from '@maas/plugin-maas-common';
import { CampaignEntityProvider } from './CampaignEntityProvider';

const base = 'http://maas.test/api/maas';

const record = (name: string): CampaignRecord => ({
  namespace: 'default',
  name,
  spec: {
    owner: 'group:default/crm',
    template: 'template:default/email-nurture-journey',
    audience: 'audience:default/repeat-buyers',
    channels: ['martechtool:default/braze-engagement'],
    start: '2026-12-01',
  },
  status: 'draft',
  createdBy: 'user:default/ines.garcia',
  createdAt: '2026-11-22T10:00:00Z',
  updatedAt: '2026-11-22T10:00:00Z',
});

/** The provider against maas-backend at the edge (answers by path), an events bus and a schedule. */
async function connected(answers: Record<string, () => Response>) {
  const requests: Array<{ path: string; authorization?: string }> = [];
  let onEvent: (event: { eventPayload: unknown }) => Promise<void> = () => {
    throw new Error('not subscribed');
  };
  let scheduled: () => Promise<void> = async () => {};
  const logger = mockServices.logger.mock();
  const provider = new CampaignEntityProvider({
    discovery: {
      getBaseUrl: async () => base,
      getExternalBaseUrl: async () => base,
    },
    auth: mockServices.auth(),
    logger,
    events: {
      subscribe: async (options: { onEvent: typeof onEvent }) => {
        onEvent = options.onEvent;
      },
    } as unknown as EventsService,
    schedule: {
      run: async ({ fn }: { fn: () => Promise<void> }) => {
        scheduled = fn;
      },
    } as any,
    fetchApi: {
      fetch: async (url, init) => {
        const path = String(url).slice(base.length);
        requests.push({
          path,
          authorization: (init?.headers as Record<string, string>)
            .Authorization,
        });
        return (answers[path] ?? (() => new Response(null, { status: 404 })))();
      },
    },
  });
  const connection: jest.Mocked<EntityProviderConnection> = {
    applyMutation: jest.fn(),
    refresh: jest.fn(),
  };
  await provider.connect(connection);
  return {
    connection,
    requests,
    logger,
    runSchedule: () => scheduled(),
    announce: (payload: object) =>
      onEvent({ eventPayload: payload, topic: MAAS_CAMPAIGNS_TOPIC } as any),
  };
}

describe('CampaignEntityProvider', () => {
  it('replaces every campaign entity on schedule, reading as the catalogue itself', async () => {
    const { connection, requests, runSchedule } = await connected({
      '/campaigns': () =>
        Response.json({ items: [record('winter-nurture'), record('spring')] }),
    });
    await runSchedule();
    expect(connection.applyMutation).toHaveBeenCalledWith({
      type: 'full',
      entities: [
        expect.objectContaining({
          locationKey: 'maas-provider:campaigns',
          entity: expect.objectContaining({
            kind: 'Campaign',
            metadata: expect.objectContaining({ name: 'winter-nurture' }),
          }),
        }),
        expect.objectContaining({
          entity: expect.objectContaining({
            metadata: expect.objectContaining({ name: 'spring' }),
          }),
        }),
      ],
    });
    expect(requests).toEqual([
      {
        path: '/campaigns',
        authorization: `Bearer ${mockCredentials.service.token({
          onBehalfOf: mockCredentials.service('plugin:test'),
          targetPluginId: 'maas',
        })}`,
      },
    ]);
  });

  it('adds an announced campaign at once', async () => {
    const { connection, announce } = await connected({
      '/campaigns/default/winter-nurture': () =>
        Response.json(record('winter-nurture')),
    });
    await announce({ namespace: 'default', name: 'winter-nurture' });
    expect(connection.applyMutation).toHaveBeenCalledWith({
      type: 'delta',
      added: [
        expect.objectContaining({
          entity: expect.objectContaining({
            metadata: expect.objectContaining({ name: 'winter-nurture' }),
          }),
        }),
      ],
      removed: [],
    });
  });

  it('removes an announced campaign maas-backend no longer has', async () => {
    const { connection, announce } = await connected({});
    await announce({ namespace: 'default', name: 'gone' });
    expect(connection.applyMutation).toHaveBeenCalledWith({
      type: 'delta',
      added: [],
      removed: [{ entityRef: 'campaign:default/gone' }],
    });
  });

  it('keeps what the catalogue has and warns when maas-backend fails', async () => {
    const failing = () =>
      Response.json(
        { error: { name: 'Error', message: 'down' } },
        { status: 503 },
      );
    const { connection, announce, runSchedule, logger } = await connected({
      '/campaigns': failing,
      '/campaigns/default/winter-nurture': failing,
    });
    await runSchedule();
    await announce({ namespace: 'default', name: 'winter-nurture' });
    expect(connection.applyMutation).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('Could not read campaigns from maas-backend'),
    );
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('Could not read campaign default/winter-nurture'),
    );
  });
});
