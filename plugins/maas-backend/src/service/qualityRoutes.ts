import {
  maasMeasurementCreatePermission,
  maasSnapshotCreatePermission,
} from '@maas/plugin-maas-common';
import { NotFoundError } from '@backstage/errors';
import { Router } from 'express';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { InsightsService } from './InsightsService';
import { MeasurementsService } from './MeasurementsService';
import { parseInput, refFromPath, text } from './parseInput';
import {
  backfillBody,
  complianceQuery,
  historyQuery,
  measurementBatch,
} from './qualityInput';
import { PlatformReader } from './PlatformReader';
import { RouteHelpers } from './routeHelpers';
import { ViewCache } from './ViewCache';
import { MaasSettings } from '../config/readMaasConfig';
import { HistoryBackfills } from '../tasks/HistoryBackfills';

const backfillPath = z.object({ id: text(64).min(1, 'must not be empty') });

/** Measurements, SLA compliance, KPIs and history. */
export function addQualityRoutes(
  router: Router,
  deps: {
    platform: PlatformReader;
    measurements: MeasurementsService;
    insights: InsightsService;
    views: ViewCache;
    backfills: HistoryBackfills;
    settings: Pick<MaasSettings, 'measurements' | 'history'>;
  },
  helpers: RouteHelpers,
) {
  const { platform, views, measurements, insights, backfills, settings } = deps;
  const batchBody = measurementBatch(settings.measurements);
  const backfill = backfillBody(settings.history.backfill.maxDays);
  const productRef = (params: { namespace: string; name: string }) =>
    refFromPath('dataproduct', params);

  router.post(
    '/data-products/:namespace/:name/measurements',
    async (req, res) => {
      // Pipelines post with a static service token (backend.auth.externalAccess); people need
      // the permission.
      await helpers.authorize(req, maasMeasurementCreatePermission, [
        'user',
        'service',
      ]);
      const ref = productRef(req.params);
      const body = parseInput(batchBody, req.body, 'measurements');
      const result = await helpers.audited(
        req,
        'measurements-create',
        { dataProductRef: ref, rows: String(body.measurements.length) },
        () => measurements.addMeasurements(ref, body.measurements),
        // A correction rewrites stored data: the event says how much.
        counts => ({
          inserted: String(counts.inserted),
          duplicates: String(counts.duplicates),
          replaced: String(counts.replaced),
        }),
      );
      res.status(result.inserted > 0 ? 201 : 200).json(result);
    },
  );

  router.get('/data-products/compliance', async (req, res) => {
    const query = parseInput(complianceQuery, req.query, 'query');
    const credentials = await helpers.credentials(req);
    await views.send(req, res, credentials, 'compliance', query, async () =>
      measurements.compliance(await platform.load(credentials), {
        asOf: query.asOf ?? platform.today(),
        windowDays: query.windowDays,
      }),
    );
  });

  router.get('/data-products/:namespace/:name/compliance', async (req, res) => {
    const ref = productRef(req.params);
    const query = parseInput(complianceQuery, req.query, 'query');
    const credentials = await helpers.credentials(req);
    const all = await measurements.compliance(
      await platform.load(credentials),
      {
        asOf: query.asOf ?? platform.today(),
        windowDays: query.windowDays,
        breachLimit: 50,
      },
    );
    const found = all.dataProducts.find(p => p.ref === ref);
    if (!found)
      throw new NotFoundError(`No data product ${ref} in the catalogue`);
    res.json({ window: all.window, ...found });
  });

  const kpisView = views.define(
    'kpis',
    (credentials, params: { asOf?: string }) =>
      insights.kpis(credentials, params),
    { warm: {} },
  );
  router.get('/kpis', async (req, res) => {
    const query = parseInput(complianceQuery, req.query, 'query');
    const credentials = await helpers.credentials(req);
    await kpisView.send(req, res, credentials, { asOf: query.asOf });
  });

  router.get('/history', async (req, res) => {
    const query = parseInput(historyQuery, req.query, 'query');
    await helpers.credentials(req);
    const to = query.to ?? platform.today();
    const from =
      query.from ??
      DateTime.fromISO(to, { zone: 'utc' }).minus({ days: 90 }).toISODate()!;
    res.json({ from, to, items: await insights.history(from, to) });
  });

  // Rewrites history, so people only (a pipeline's token cannot), with the permission the
  // policy gives platform owners. Answered at once; a scheduled task does the work.
  router.post('/history/backfill', async (req, res) => {
    const credentials = await helpers.authorize(
      req,
      maasSnapshotCreatePermission,
      ['user'],
    );
    const body = parseInput(backfill, req.body, 'backfill');
    const queued = await helpers.audited(
      req,
      'snapshots-backfill',
      { days: String(body.days) },
      () => backfills.request(body.days, helpers.actorOf(credentials)),
      result => ({ backfillId: result.id }),
    );
    res
      .status(202)
      .setHeader('Location', `history/backfill/${queued.id}`)
      .json(queued);
  });

  router.get('/history/backfill/:id', async (req, res) => {
    const { id } = parseInput(backfillPath, req.params, 'path');
    await helpers.credentials(req);
    res.json(await backfills.status(id));
  });
}
