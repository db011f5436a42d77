import { maasInventoryImportPermission } from '@maas/plugin-maas-common';
import { Router } from 'express';
import { z } from 'zod';
import { InventoryService } from './InventoryService';
import { parseInput, text } from './parseInput';
import { RouteHelpers } from './routeHelpers';

const requestBody = z
  .object({ providerId: text(255).min(1, 'must not be empty').optional() })
  .strict();

/** The inventory imports' latest results, and asking for an import now. */
export function addInventoryRoutes(
  router: Router,
  deps: { inventory: InventoryService },
  helpers: RouteHelpers,
) {
  const { inventory } = deps;

  router.get('/inventory/imports', async (req, res) => {
    await helpers.credentials(req);
    res.json({ items: await inventory.list() });
  });

  router.post('/inventory/imports', async (req, res) => {
    const credentials = await helpers.authorize(
      req,
      maasInventoryImportPermission,
    );
    const body = parseInput(requestBody, req.body ?? {}, 'import request');
    const request = await helpers.audited(
      req,
      'inventory-import-request',
      body.providerId ? { providerId: body.providerId } : {},
      () => inventory.request(helpers.actorOf(credentials), body.providerId),
    );
    res.status(202).json(request);
  });
}
