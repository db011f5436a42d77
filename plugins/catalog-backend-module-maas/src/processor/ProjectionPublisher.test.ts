import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { EventParams, EventsService } from '@backstage/plugin-events-node';
import { MAAS_ENTITIES_TOPIC } from '@maas/plugin-maas-common';
import {
  BATCH_SIZE,
  BATCH_WAIT_MS,
  ProjectionPublisher,
} from './ProjectionPublisher';

const entity = (kind: string, name: string): Entity => ({
  apiVersion: 'maas.dev/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', uid: `uid-${name}` },
  relations: [],
  spec: {},
});

function recordingEvents(options: { fail?: boolean } = {}) {
  const published: EventParams[] = [];
  const events: EventsService = {
    async publish(params) {
      if (options.fail) throw new Error('bus down');
      published.push(params);
    },
    async subscribe() {},
  };
  return { events, published };
}

describe('ProjectionPublisher', () => {
  it('publishes the projected kinds, without what stitching adds, in batches', async () => {
    const { events, published } = recordingEvents();
    const publisher = new ProjectionPublisher({
      events,
      logger: mockServices.logger.mock(),
    });
    const tool = entity('MartechTool', 'braze');
    const returned = await publisher.postProcessEntity(tool);
    expect(returned).toBe(tool);
    await publisher.postProcessEntity({
      ...entity('Location', 'web'),
      apiVersion: 'backstage.io/v1alpha1',
    });
    await publisher.postProcessEntity({
      ...entity('Component', 'site'),
      apiVersion: 'backstage.io/v1alpha1',
      spec: { type: 'website', owner: 'group:web', lifecycle: 'production' },
    });
    await publisher.postProcessEntity({
      ...entity('Group', 'crm'),
      apiVersion: 'backstage.io/v1alpha1',
    });
    // Nothing is sent while processing goes on: the batch waits a moment for company.
    expect(published).toEqual([]);
    await publisher.flush();
    expect(published).toHaveLength(1);
    expect(published[0].topic).toBe(MAAS_ENTITIES_TOPIC);
    const sent = (published[0].eventPayload as any).entities as Entity[];
    expect(sent.map(e => e.metadata.name)).toEqual(['braze', 'site', 'crm']);
    expect(sent[0].metadata.uid).toBeUndefined();
    expect(sent[0].relations).toBeUndefined();
    // A component in outline: what a glossary term's implementation shows.
    expect(sent[1].spec).toEqual({ type: 'website', owner: 'group:web' });
  });

  it('sends a full batch at once, and later ones after it', async () => {
    const { events, published } = recordingEvents();
    const publisher = new ProjectionPublisher({
      events,
      logger: mockServices.logger.mock(),
    });
    for (let i = 0; i < BATCH_SIZE + 3; i++) {
      await publisher.postProcessEntity(entity('Audience', `a${i}`));
    }
    await publisher.flush();
    expect(published.map(p => (p.eventPayload as any).entities.length)).toEqual(
      [BATCH_SIZE, 3],
    );
  });

  it('logs a failed event and goes on', async () => {
    const { events } = recordingEvents({ fail: true });
    const logger = mockServices.logger.mock();
    const publisher = new ProjectionPublisher({ events, logger });
    await publisher.postProcessEntity(entity('Vendor', 'braze'));
    await expect(publisher.flush()).resolves.toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('reconciliation will catch up'),
    );
  });

  it('sends a batch on its own after a moment', async () => {
    const { events, published } = recordingEvents();
    const publisher = new ProjectionPublisher({
      events,
      logger: mockServices.logger.mock(),
    });
    jest.useFakeTimers();
    try {
      await publisher.postProcessEntity(entity('Vendor', 'braze'));
      await jest.advanceTimersByTimeAsync(BATCH_WAIT_MS - 1);
      expect(published).toHaveLength(0);
      await jest.advanceTimersByTimeAsync(1);
      expect(published).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
