import {
  maasDecommissionPlanManagePermission,
  planStates,
} from '@maas/plugin-maas-common';
import { Router } from 'express';
import { z } from 'zod';
import { entityRef, isoDate, parseInput, text, viewQuery } from './parseInput';
import { etagOf } from './ifMatch';
import { PlansService } from './PlansService';
import { RouteHelpers } from './routeHelpers';
import { SprawlService } from './SprawlService';
import { ViewCache } from './ViewCache';

/** Bounds of a plan: what a person writes, far inside what the text columns hold. */
const MAX_STEPS = 200;
const MAX_STEP_TITLE = 500;
const MAX_NOTE = 4000;

const step = z
  .object({
    title: text(MAX_STEP_TITLE).min(1, 'must not be empty'),
    owner: entityRef('Group', ['Group', 'User']).optional(),
    done: z.boolean().default(false),
  })
  .strict();

const steps = z
  .array(step)
  .max(MAX_STEPS, `must list at most ${MAX_STEPS} steps`);

const tool = entityRef('MartechTool', ['MartechTool']);

const newPlanBody = z
  .object({
    tool,
    successor: tool.optional(),
    targetDate: isoDate,
    steps: steps.default([]),
    note: text(MAX_NOTE).optional(),
  })
  .strict();

const planPatchBody = z
  .object({
    state: z.enum(planStates).optional(),
    successor: tool.nullable().optional(),
    targetDate: isoDate.optional(),
    steps: steps.optional(),
    note: text(MAX_NOTE).nullable().optional(),
  })
  .strict();

/** A plan's id as the path names it: the UUID it was given, or a 404 for anything short. */
const planPath = z.object({
  id: text(64).min(1, 'must not be empty'),
});

/** Tool sprawl, and the decommissioning plans that reduce it. */
export function addSprawlRoutes(
  router: Router,
  deps: { sprawl: SprawlService; plans: PlansService; views: ViewCache },
  helpers: RouteHelpers,
) {
  const { sprawl, plans, views } = deps;
  const sprawlView = views.define(
    'sprawl',
    (credentials, query: z.infer<typeof viewQuery>) =>
      sprawl.sprawl(credentials, query),
    { warm: {} },
  );

  router.get('/sprawl', async (req, res) => {
    const query = parseInput(viewQuery, req.query, 'query');
    const credentials = await helpers.credentials(req);
    await sprawlView.send(req, res, credentials, query);
  });

  router.get('/plans', async (req, res) => {
    await helpers.credentials(req);
    res.json({ items: await plans.listPlans() });
  });

  router.get('/plans/:id', async (req, res) => {
    const { id } = parseInput(planPath, req.params, 'path');
    const credentials = await helpers.credentials(req);
    const plan = await plans.getPlan(credentials, id);
    res.setHeader('ETag', etagOf(plan.version)).json(plan);
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
    res.status(201).setHeader('ETag', etagOf(plan.version)).json(plan);
  });

  router.patch('/plans/:id', async (req, res) => {
    const credentials = await helpers.authorize(
      req,
      maasDecommissionPlanManagePermission,
    );
    const { id } = parseInput(planPath, req.params, 'path');
    const body = parseInput(planPatchBody, req.body, 'plan change');
    const ifMatch = req.get('If-Match');
    const plan = await helpers.audited(
      req,
      'decommission-plan-update',
      {
        planId: id,
        ...(ifMatch ? { ifMatch: ifMatch.slice(0, 40) } : {}),
        ...(body.state ? { state: body.state } : {}),
      },
      () =>
        plans.updatePlan(
          credentials,
          id,
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
          ifMatch,
        ),
    );
    res.setHeader('ETag', etagOf(plan.version)).json(plan);
  });
}
