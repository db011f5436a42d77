import {
  AuditorService,
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import {
  maasDecommissionPlanManagePermission,
  maasVendorDecisionCreatePermission,
  planStates,
  vendorDecisions,
} from '@maas/plugin-maas-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { toCsv } from '../domain/csv';
import { InsightsService } from './InsightsService';
import { MaasService } from './MaasService';
import { MeasurementsService } from './MeasurementsService';
import { addCampaignRoutes } from './campaignRoutes';
import { CampaignService } from './CampaignService';
import { addQualityRoutes } from './qualityRoutes';
import { ViewCache } from './ViewCache';
import { entityRef, isoDate, parseInput } from './parseInput';

const viewQuery = z.object({
  asOf: isoDate.optional(),
  on: isoDate.optional(),
  format: z.enum(['json', 'csv']).optional(),
});

const decisionBody = z
  .object({
    decision: z.enum(vendorDecisions),
    note: z.string().max(4000).optional(),
  })
  .strict();

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

export interface RouterOptions {
  service: MaasService;
  campaigns: CampaignService;
  views: ViewCache;
  measurements: MeasurementsService;
  insights: InsightsService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
}

/** What route groups share: authorisation and audit events. */
export interface RouteHelpers {
  authorize(
    req: Request,
    permission: BasicPermission,
    allow?: Array<'user' | 'service'>,
  ): Promise<BackstageCredentials>;
  audited<T>(
    req: Request,
    eventId: string,
    meta: { [key: string]: string },
    action: () => Promise<T>,
  ): Promise<T>;
  /** The caller's credentials, any principal (401 without). */
  credentials(req: Request): Promise<BackstageCredentials>;
  /** Who acted, for records: a user's entity ref, or `service:<subject>`. */
  actorOf(credentials: BackstageCredentials): string;
}

function actorOf(credentials: BackstageCredentials): string {
  const p = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return p.type === 'user'
    ? p.userEntityRef!
    : `${p.type}:${p.subject ?? 'unknown'}`;
}

/** The HTTP API under /api/maas: parses, authorises, calls the service, answers. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { service, views, httpAuth, permissions, auditor } = options;
  const router = Router();
  // Measurement batches of up to 5,000 rows fit.
  router.use(express.json({ limit: '2mb' }));

  async function authorize(
    req: Request,
    permission: BasicPermission,
    allow: Array<'user' | 'service'> = ['user'],
  ): Promise<BackstageCredentials> {
    const credentials = await httpAuth.credentials(req, { allow });
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`You are not allowed to ${permission.name}`);
    }
    return credentials;
  }

  async function audited<T>(
    req: Request,
    eventId: string,
    meta: { [key: string]: string },
    action: () => Promise<T>,
  ): Promise<T> {
    const event = await auditor.createEvent({
      eventId,
      severityLevel: 'medium',
      request: req,
      meta,
    });
    try {
      const result = await action();
      await views.invalidate();
      await event.success({ meta });
      return result;
    } catch (error) {
      await event.fail({ error: error as Error, meta });
      throw error;
    }
  }

  const vendorRef = (req: Request) =>
    `vendor:${req.params.namespace}/${req.params.name}`.toLocaleLowerCase(
      'en-US',
    );

  router.get('/vendors', async (req, res) => {
    const query = parseInput(viewQuery, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    const items = await views.json(credentials, 'vendors', query, () =>
      service.vendors(credentials, query),
    );
    res.type('application/json').send(`{"items":${items}}`);
  });

  router.get('/vendors/:namespace/:name', async (req, res) => {
    const query = parseInput(viewQuery, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    res.json(await service.vendor(credentials, vendorRef(req), query));
  });

  router.get('/vendors/:namespace/:name/decisions', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const vendor = await service.vendor(credentials, vendorRef(req), {});
    res.json({ items: vendor.decisions });
  });

  router.post('/vendors/:namespace/:name/decisions', async (req, res) => {
    const credentials = await authorize(
      req,
      maasVendorDecisionCreatePermission,
    );
    const body = parseInput(decisionBody, req.body, 'decision');
    const decision = await audited(
      req,
      'vendor-decision-create',
      { vendorRef: vendorRef(req), decision: body.decision },
      () =>
        service.recordDecision(credentials, vendorRef(req), {
          ...body,
          decidedBy: actorOf(credentials),
        }),
    );
    res.status(201).json(decision);
  });

  router.get('/tools', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const items = await views.json(credentials, 'tools', {}, () =>
      service.tools(credentials),
    );
    res.type('application/json').send(`{"items":${items}}`);
  });

  router.get('/sprawl', async (req, res) => {
    const query = parseInput(viewQuery, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    res
      .type('application/json')
      .send(
        await views.json(credentials, 'sprawl', query, () =>
          service.sprawl(credentials, query),
        ),
      );
  });

  router.get('/audit', async (req, res) => {
    const query = parseInput(viewQuery, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    const compute = () => service.audit(credentials, query);
    if (query.format !== 'csv') {
      res
        .type('application/json')
        .send(
          await views.json(credentials, 'audit', { asOf: query.asOf }, compute),
        );
      return;
    }
    const audit = await views.get(
      credentials,
      'audit',
      { asOf: query.asOf },
      compute,
    );
    res
      .type('text/csv; charset=utf-8')
      .attachment(`maas-audit-${audit.asOf}.csv`)
      .send(
        toCsv(audit.findings, [
          { header: 'severity', value: f => f.severity },
          { header: 'rule', value: f => f.rule },
          { header: 'kind', value: f => f.kind },
          { header: 'entity', value: f => f.entityRef },
          { header: 'title', value: f => f.title },
          { header: 'owner', value: f => f.owner },
          { header: 'technical_owner', value: f => f.technicalOwner },
          { header: 'must_act', value: f => f.mustAct },
          { header: 'message', value: f => f.message },
        ]),
      );
  });

  router.get('/audit/matrix', async (req, res) => {
    const query = parseInput(viewQuery, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    const matrix = await views.get(credentials, 'matrix', {}, () =>
      service.ownershipMatrix(credentials),
    );
    if (query.format === 'csv') {
      const rows = matrix.rows.flatMap(r =>
        matrix.kinds.map(kind => ({
          group: r.group,
          known: r.known,
          kind,
          ...r.cells[kind],
        })),
      );
      res
        .type('text/csv; charset=utf-8')
        .attachment('maas-ownership-matrix.csv')
        .send(
          toCsv(rows, [
            { header: 'group', value: r => r.group },
            { header: 'in_catalogue', value: r => r.known },
            { header: 'kind', value: r => r.kind },
            { header: 'marketing_owner_of', value: r => r.marketing },
            { header: 'it_owner_of', value: r => r.it },
            { header: 'co_owned', value: r => r.coOwned },
          ]),
        );
      return;
    }
    res.json(matrix);
  });

  router.get('/plans', async (req, res) => {
    await httpAuth.credentials(req);
    res.json({ items: await service.listPlans() });
  });

  router.get('/plans/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await service.getPlan(credentials, req.params.id));
  });

  router.post('/plans', async (req, res) => {
    const credentials = await authorize(
      req,
      maasDecommissionPlanManagePermission,
    );
    const body = parseInput(newPlanBody, req.body, 'plan');
    const plan = await audited(
      req,
      'decommission-plan-create',
      { toolRef: body.tool },
      () =>
        service.createPlan(
          credentials,
          {
            toolRef: body.tool,
            ...(body.successor ? { successorRef: body.successor } : {}),
            targetDate: body.targetDate,
            steps: body.steps,
            ...(body.note ? { note: body.note } : {}),
          },
          actorOf(credentials),
        ),
    );
    res.status(201).json(plan);
  });

  router.patch('/plans/:id', async (req, res) => {
    const credentials = await authorize(
      req,
      maasDecommissionPlanManagePermission,
    );
    const body = parseInput(planPatchBody, req.body, 'plan change');
    const plan = await audited(
      req,
      'decommission-plan-update',
      { planId: req.params.id, ...(body.state ? { state: body.state } : {}) },
      () =>
        service.updatePlan(
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
          actorOf(credentials),
        ),
    );
    res.json(plan);
  });

  const helpers: RouteHelpers = {
    authorize,
    audited,
    actorOf,
    credentials: req => httpAuth.credentials(req),
  };
  addQualityRoutes(router, options, helpers);
  addCampaignRoutes(router, options.campaigns, helpers);

  return router;
}
