import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Router } from 'express';
import { GlossaryTermView } from '@maas/plugin-maas-common';
import { GlossaryService } from './GlossaryService';
import { refFromPath } from './parseInput';
import { RouteHelpers } from './routeHelpers';
import { ViewCache } from './ViewCache';

/** The shared glossary, and one term of it. */
export function addGlossaryRoutes(
  router: Router,
  deps: { glossary: GlossaryService; views: ViewCache },
  helpers: RouteHelpers,
) {
  const { glossary, views } = deps;
  // One view for the list and each term: a term's page warms the tab, and the other way round.
  const compute = async (credentials: BackstageCredentials) => ({
    items: await glossary.glossary(credentials),
  });

  router.get('/glossary', async (req, res) => {
    const credentials = await helpers.credentials(req);
    await views.send(req, res, credentials, 'glossary', {}, () =>
      compute(credentials),
    );
  });

  router.get('/glossary/:namespace/:name', async (req, res) => {
    const ref = refFromPath('glossaryterm', req.params);
    const credentials = await helpers.credentials(req);
    const { items } = await views.get<{ items: GlossaryTermView[] }>(
      credentials,
      'glossary',
      {},
      () => compute(credentials),
    );
    res.json(GlossaryService.term(items, ref));
  });
}
