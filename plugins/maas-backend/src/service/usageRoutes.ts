import { maasLicenceUsageCreatePermission } from '@maas/plugin-maas-common';
import { Router } from 'express';
import { DateTime } from 'luxon';
import { LicenceUsageService } from './LicenceUsageService';
import { parseInput, refFromPath } from './parseInput';
import { PlatformReader } from './PlatformReader';
import { historyQuery } from './qualityInput';
import { RouteHelpers } from './routeHelpers';
import { usageBody } from './usageInput';

/** Licence usage of the martech tools, posted by systems and read over time. */
export function addUsageRoutes(
  router: Router,
  deps: { platform: PlatformReader; usage: LicenceUsageService },
  helpers: RouteHelpers,
) {
  const { platform, usage } = deps;
  const body = usageBody(() => platform.today());
  const toolRef = (params: { namespace: string; name: string }) =>
    refFromPath('martechtool', params);

  router.post('/tools/:namespace/:name/usage', async (req, res) => {
    // Systems post with a static service token (backend.auth.externalAccess); people need the
    // permission.
    const credentials = await helpers.authorize(
      req,
      maasLicenceUsageCreatePermission,
      ['user', 'service'],
    );
    const ref = toolRef(req.params);
    const posted = parseInput(body, req.body, 'licence usage');
    const recorded = await helpers.audited(
      req,
      'licence-usage-create',
      { toolRef: ref, asOf: posted.asOf, active: String(posted.active) },
      () => usage.record(ref, posted, helpers.actorOf(credentials)),
      // A correction rewrites a stored day: the event says so.
      answer => ({ result: answer.result }),
    );
    res.status(recorded.result === 'inserted' ? 201 : 200).json(recorded);
  });

  router.get('/tools/:namespace/:name/usage', async (req, res) => {
    const ref = toolRef(req.params);
    const query = parseInput(historyQuery, req.query, 'query');
    const credentials = await helpers.credentials(req);
    const to = query.to ?? platform.today();
    const from =
      query.from ??
      DateTime.fromISO(to, { zone: 'utc' }).minus({ days: 365 }).toISODate()!;
    res.json(await usage.history(credentials, ref, { from, to }));
  });
}
