import {
  maasVendorDecisionCreatePermission,
  vendorDecisions,
} from '@maas/plugin-maas-common';
import { Router } from 'express';
import { z } from 'zod';
import { parseInput, refFromPath, text, viewQuery } from './parseInput';
import { RouteHelpers } from './routeHelpers';
import { VendorsService } from './VendorsService';
import { ViewCache } from './ViewCache';

const decisionBody = z
  .object({
    decision: z.enum(vendorDecisions),
    note: text(4000).optional(),
  })
  .strict();

/** Vendors and tools with their reversibility, and the decisions recorded on vendors. */
export function addVendorRoutes(
  router: Router,
  deps: { vendors: VendorsService; views: ViewCache },
  helpers: RouteHelpers,
) {
  const { vendors, views } = deps;
  const vendorsView = views.define(
    'vendors',
    async (credentials, query: z.infer<typeof viewQuery>) => ({
      items: await vendors.vendors(credentials, query),
    }),
    { warm: {} },
  );
  const toolsView = views.define(
    'tools',
    async credentials => ({ items: await vendors.tools(credentials) }),
    { warm: {} },
  );
  const vendorRef = (params: { namespace: string; name: string }) =>
    refFromPath('vendor', params);

  router.get('/vendors', async (req, res) => {
    const query = parseInput(viewQuery, req.query, 'query');
    const credentials = await helpers.credentials(req);
    await vendorsView.send(req, res, credentials, query);
  });

  router.get('/vendors/:namespace/:name', async (req, res) => {
    const query = parseInput(viewQuery, req.query, 'query');
    const credentials = await helpers.credentials(req);
    res.json(await vendors.vendor(credentials, vendorRef(req.params), query));
  });

  router.get('/vendors/:namespace/:name/decisions', async (req, res) => {
    const credentials = await helpers.credentials(req);
    const vendor = await vendors.vendor(credentials, vendorRef(req.params), {});
    res.json({ items: vendor.decisions });
  });

  router.post('/vendors/:namespace/:name/decisions', async (req, res) => {
    const credentials = await helpers.authorize(
      req,
      maasVendorDecisionCreatePermission,
    );
    const body = parseInput(decisionBody, req.body, 'decision');
    const ref = vendorRef(req.params);
    const decision = await helpers.audited(
      req,
      'vendor-decision-create',
      { vendorRef: ref, decision: body.decision },
      () =>
        vendors.recordDecision(credentials, ref, {
          ...body,
          decidedBy: helpers.actorOf(credentials),
        }),
    );
    res.status(201).json(decision);
  });

  router.get('/tools', async (req, res) => {
    const credentials = await helpers.credentials(req);
    await toolsView.send(req, res, credentials, {});
  });
}
