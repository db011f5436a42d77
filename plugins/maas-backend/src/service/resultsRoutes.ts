import {
  maasAudienceValueCreatePermission,
  maasCampaignResultCreatePermission,
} from '@maas/plugin-maas-common';
import express, { Router } from 'express';
import { pathParams, parseInput, refFromPath } from './parseInput';
import { RouteHelpers } from './routeHelpers';
import {
  audienceValueBody,
  parseResultsCsv,
  parseResultsJson,
} from './resultsInput';
import { ResultsService } from './ResultsService';

/** A CSV upload of up to 5,000 rows fits, as a JSON batch does. */
const csvBody = express.text({ type: 'text/csv', limit: '2mb' });

/**
 * Campaign results and readouts: pipelines (a service token given the permission) and the
 * campaign's team (a CSV upload from its page) post results; everyone signed in reads readouts;
 * warehouses post segments' lifetime values.
 */
export function addResultsRoutes(
  router: Router,
  deps: { results: ResultsService },
  helpers: RouteHelpers,
) {
  const { results } = deps;

  router.post(
    '/campaigns/:namespace/:name/results',
    csvBody,
    async (req, res) => {
      const credentials = await helpers.authorize(
        req,
        maasCampaignResultCreatePermission,
        ['user', 'service'],
      );
      const { namespace, name } = pathParams(req.params);
      const posted = req.is('text/csv')
        ? parseResultsCsv(req.body, req.query)
        : parseResultsJson(req.body);
      const receipt = await helpers.audited(
        req,
        'campaign-results-create',
        { campaign: `${namespace}/${name}`, rows: String(posted.rows.length) },
        () =>
          results.addResults(
            namespace,
            name,
            posted,
            credentials,
            helpers.actorOf(credentials),
          ),
        // A correction rewrites stored results: the event says how much.
        r => ({
          inserted: String(r.inserted),
          replaced: String(r.replaced),
          unchanged: String(r.unchanged),
        }),
      );
      res.status(receipt.inserted > 0 ? 201 : 200).json(receipt);
    },
  );

  router.get('/campaigns/:namespace/:name/readout', async (req, res) => {
    await helpers.credentials(req);
    const { namespace, name } = pathParams(req.params);
    res.json(await results.readout(namespace, name));
  });

  router.get('/readouts', async (req, res) => {
    await helpers.credentials(req);
    res.json({ items: await results.readouts() });
  });

  router.post('/audiences/:namespace/:name/value', async (req, res) => {
    const credentials = await helpers.authorize(
      req,
      maasAudienceValueCreatePermission,
      ['user', 'service'],
    );
    const ref = refFromPath('audience', req.params);
    const body = parseInput(audienceValueBody, req.body, 'audience value');
    const value = await helpers.audited(
      req,
      'audience-value-create',
      { audienceRef: ref, asOf: body.asOf },
      () => results.addAudienceValue(ref, body, helpers.actorOf(credentials)),
    );
    res.status(201).json(value);
  });
}
