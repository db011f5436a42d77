import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { PlatformReader } from '../service/PlatformReader';
import { ViewCache } from '../service/ViewCache';
import { ViewWarmer } from './ViewWarmer';
import { memoryCache } from '../__testUtils__/services';

describe('ViewWarmer', () => {
  it('computes the main views once what they depend on has settled, while they are in use', async () => {
    let version = 1;
    const scopes = {
      viewKey: async () => `${version}:0:all`,
      countWrite: async () => {},
    };
    const views = new ViewCache(memoryCache(), 60, scopes);
    let computed = 0;
    const audit = views.define(
      'audit',
      async () => ({ n: ++computed, padding: 'x'.repeat(2000) }),
      { warm: {} },
    );
    const app = express().get('/audit', async (req, res) => {
      await audit.send(req, res, mockCredentials.user(), {});
    });
    const warmer = new ViewWarmer({
      views,
      platform: scopes as unknown as PlatformReader,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      ttlSeconds: 60,
    });

    // Nobody has asked for a view yet: nothing is computed.
    await warmer.tick();
    await warmer.tick();
    expect(computed).toBe(0);
    expect((await request(app).get('/audit')).body.n).toBe(1);

    // A new version: warmed once it is the same at two looks in a row.
    version = 2;
    await warmer.tick();
    expect(computed).toBe(1);
    await warmer.tick();
    expect(computed).toBe(2);
    await warmer.tick();
    expect(computed).toBe(2);
    // The next caller finds it ready, compressed.
    const res = await request(app).get('/audit').set('Accept-Encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.n).toBe(2);
    expect(computed).toBe(2);
  });
});
