import express from 'express';
import Router from 'express-promise-router';
import { routesOf } from './routesOf';

describe('routesOf', () => {
  it('lists each method of each route, nested routers under their mount path, and no middleware', () => {
    const handler = () => {};
    const items = Router();
    items.get('/:id', handler);
    items.route('/:id/notes').get(handler).post(handler);
    const router = Router();
    router.use(express.json());
    router.get('/status', handler);
    router.use('/lists/:list/items.v2', items);
    router.use(Router().delete('/cache', handler));
    router.all('/echo', handler);

    expect(routesOf(router)).toEqual([
      'GET /status',
      'GET /lists/:list/items.v2/:id',
      'GET /lists/:list/items.v2/:id/notes',
      'POST /lists/:list/items.v2/:id/notes',
      'DELETE /cache',
      'ALL /echo',
    ]);
  });

  it('refuses a nested router whose mount path it cannot read, rather than skip its routes', () => {
    const router = Router();
    router.use(
      /^\/v\d+/,
      Router().get('/x', () => {}),
    );
    expect(() => routesOf(router)).toThrow(/mount path/);
  });
});
