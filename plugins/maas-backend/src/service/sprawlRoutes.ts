import {
  maasDecommissionPlanManagePermission,
  planStates,
} from '@maas/plugin-maas-common';
import { Router } from 'express';
import { z } from 'zod';
import { entityRef, isoDate, parseInput, viewQuery } from './parseInput';
import { PlansService } from './PlansService';
import { RouteHelpers } from './routeHelpers';
import { SprawlService } from './SprawlService';
import { ViewCache } from './ViewCache';

const step = z
  .object({
    title: z.string().min(1),
    owner: entityRef('Group').optional(),
    done: z.boolean().default(false),
  })
  .strict();

const newPlanBody = z
  .object({
    tool: entityRef('MartechTool'),
    successor: entityRef('MartechTool').optional(),
    targetDate: isoDate,
    steps: z.array(step).default([]),
    note: z.string().max(4000).optional(),
  })
  .strict();

const planPatchBody = z
  .object({
    state: z.enum(planStates).optional(),
    successor: entityRef('MartechTool').nullable().optional(),
    targetDate: isoDate.optional(),
    steps: z.array(step).optional(),
    note: z.string().max(4000).nullable().optional(),
  })
  .strict();

/** Tool sprawl, and the decommissioning plans that reduce it. */
export function addSprawlRoutes(
  router: Router,
  deps: { sprawl: SprawlService; plans: PlansService; views: ViewCache },
  helpers: RouteHelpers,
) {
  const { sprawl, plans, views } = deps;

  router.get('/sprawl', async (req, res) => {
    const query = parseInput(viewQuery, req.query, 'query');
    const credentials = await helpers.credentials(req);
    res
      .type('application/json')
      .send(
        await views.json(credentials, 'sprawl', query, () =>
          sprawl.sprawl(credentials, query),
        ),
      );
  });

  router.get('/plans', async (req, res) => {
    await helpers.credentials(req);
    res.json({ items: await plans.listPlans() });
  });

  router.get('/plans/:id', async (req, res) => {
    const credentials = await helpers.credentials(req);
    res.json(await plans.getPlan(credentials, req.params.id));
  });

  router.post('/plans', async (req, res) => {
    const credentials = await helpers.authorize(
      req,
      maasDecommissionPlanManagePermission,
    );
    const body = parseInput(newPlanBody, req.body, 'plan');
    const plan = await helpers.audited(
      req,
      'decommission-plan-create',
      { toolRef: body.tool },
      () =>
        plans.createPlan(
          credentials,
          {
            toolRef: body.tool,
            ...(body.successor ? { successorRef: body.successor } : {}),
            targetDate: body.targetDate,
            steps: body.steps,
            ...(body.note ? { note: body.note } : {}),
          },
          helpers.actorOf(credentials),
        ),
    );
    res.status(201).json(plan);
  });

  router.patch('/plans/:id', async (req, res) => {
    const credentials = await helpers.authorize(
      req,
      maasDecommissionPlanManagePermission,
    );
    const body = parseInput(planPatchBody, req.body, 'plan change');
    const plan = await helpers.audited(
      req,
      'decommission-plan-update',
      { planId: req.params.id, ...(body.state ? { state: body.state } : {}) },
      () =>
        plans.updatePlan(
          credentials,
          req.params.id,
          {
            ...(body.state !== undefined ? { state: body.state } : {}),
            ...(body.successor !== undefined
              ? { successorRef: body.successor ?? '' }
              : {}),
            ...(body.targetDate !== undefined
              ? { targetDate: body.targetDate }
              : {}),
            ...(body.steps !== undefined ? { steps: body.steps } : {}),
            ...(body.note !== undefined ? { note: body.note ?? '' } : {}),
          },
          helpers.actorOf(credentials),
        ),
    );
    res.json(plan);
  });
}
