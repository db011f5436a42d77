import {
  campaignStatuses,
  maasCampaignCreatePermission,
  maasCampaignUpdatePermission,
} from '@maas/plugin-maas-common';
import { Router } from 'express';
import { z } from 'zod';
import { CampaignService } from './CampaignService';
import { entityRef, isoDate, parseInput } from './parseInput';
import { RouteHelpers } from './routeHelpers';

const newCampaignBody = z
  .object({
    name: z
      .string()
      .max(63)
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'must be lower-case words joined by dashes',
      ),
    namespace: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .default('default'),
    title: z.string().max(200).optional(),
    description: z.string().max(2000).optional(),
    owner: entityRef('Group'),
    template: entityRef('Template'),
    audience: entityRef('Audience'),
    channels: z.array(entityRef('MartechTool')).min(1),
    start: isoDate,
    end: isoDate.optional(),
    budget: z
      .object({
        amount: z.number().min(0),
        currency: z.string().regex(/^[A-Z]{3}$/),
      })
      .strict()
      .optional(),
    experiment: z
      .object({
        holdoutPct: z.number().min(0).max(100).optional(),
        variants: z.array(z.string().min(1)).optional(),
        minimumDetectableEffectPct: z.number().positive().optional(),
      })
      .strict()
      .optional(),
    kpis: z.array(z.string().min(1)).optional(),
    status: z.enum(['draft', 'live']).default('draft'),
    taskId: z.string().optional(),
  })
  .strict();

const statusBody = z.object({ status: z.enum(campaignStatuses) }).strict();

/** Campaigns: recorded by the scaffolder's maas:campaign:create action, read by the catalogue. */
export function addCampaignRoutes(
  router: Router,
  deps: { campaigns: CampaignService },
  helpers: RouteHelpers,
) {
  const { campaigns } = deps;
  router.post('/campaigns', async (req, res) => {
    const credentials = await helpers.authorize(
      req,
      maasCampaignCreatePermission,
      ['user'],
    );
    const body = parseInput(newCampaignBody, req.body, 'campaign');
    const { namespace, name, title, description, status, taskId, ...spec } =
      body;
    const result = await helpers.audited(
      req,
      'campaign-create',
      { campaign: `${namespace}/${name}`, ...(taskId ? { taskId } : {}) },
      () =>
        campaigns.create(
          {
            namespace,
            name,
            ...(title ? { title } : {}),
            ...(description ? { description } : {}),
            spec,
            status,
            ...(taskId ? { taskId } : {}),
          },
          helpers.actorOf(credentials),
        ),
    );
    res.status(result.created ? 201 : 200).json(result.campaign);
  });

  router.get('/campaigns', async (req, res) => {
    await helpers.credentials(req);
    res.json({ items: await campaigns.list() });
  });

  router.get('/campaigns/:namespace/:name', async (req, res) => {
    await helpers.credentials(req);
    res.json(await campaigns.get(req.params.namespace, req.params.name));
  });

  router.patch('/campaigns/:namespace/:name', async (req, res) => {
    const credentials = await helpers.authorize(
      req,
      maasCampaignUpdatePermission,
      ['user'],
    );
    const body = parseInput(statusBody, req.body, 'campaign change');
    const campaign = await helpers.audited(
      req,
      'campaign-update',
      {
        campaign: `${req.params.namespace}/${req.params.name}`,
        status: body.status,
      },
      () =>
        campaigns.setStatus(
          req.params.namespace,
          req.params.name,
          body.status,
          helpers.actorOf(credentials),
        ),
    );
    res.json(campaign);
  });
}
