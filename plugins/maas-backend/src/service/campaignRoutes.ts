import {
  campaignStatuses,
  maasCampaignCreatePermission,
  maasCampaignUpdatePermission,
} from '@maas/plugin-maas-common';
import { Router } from 'express';
import { z } from 'zod';
import { newCampaignBody } from './campaignInput';
import { CampaignService } from './CampaignService';
import { parseInput, pathParams } from './parseInput';
import { RouteHelpers } from './routeHelpers';

const statusBody = z.object({ status: z.enum(campaignStatuses) }).strict();

/**
 * Campaigns: launched by the scaffolder's maas:campaign:create action on behalf of the user (or
 * by anyone calling the API, under the same rules), moved by their owner team, read by the
 * catalogue's campaign provider.
 */
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
    if (status === 'live') {
      await helpers.authorize(req, maasCampaignUpdatePermission, ['user']);
    }
    const result = await helpers.audited(
      req,
      'campaign-create',
      {
        campaign: `${namespace}/${name}`,
        owner: spec.owner,
        ...(taskId ? { taskId } : {}),
      },
      () =>
        campaigns.create(
          {
            namespace,
            name,
            ...(title ? { title } : {}),
            ...(description ? { description } : {}),
            spec,
            ...(status ? { status } : {}),
            ...(taskId ? { taskId } : {}),
          },
          credentials,
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
    const { namespace, name } = pathParams(req.params);
    res.json(await campaigns.get(namespace, name));
  });

  router.get('/campaigns/:namespace/:name/readiness', async (req, res) => {
    const credentials = await helpers.credentials(req, ['user']);
    const { namespace, name } = pathParams(req.params);
    res.json(await campaigns.readiness(namespace, name, credentials));
  });

  router.patch('/campaigns/:namespace/:name', async (req, res) => {
    const credentials = await helpers.authorize(
      req,
      maasCampaignUpdatePermission,
      ['user'],
    );
    const { namespace, name } = pathParams(req.params);
    const body = parseInput(statusBody, req.body, 'campaign change');
    const campaign = await helpers.audited(
      req,
      'campaign-update',
      {
        campaign: `${namespace}/${name}`,
        status: body.status,
      },
      () =>
        campaigns.setStatus(
          namespace,
          name,
          body.status,
          credentials,
          helpers.actorOf(credentials),
        ),
    );
    res.json(campaign);
  });
}
