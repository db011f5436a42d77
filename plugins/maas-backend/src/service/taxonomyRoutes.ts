import { Taxonomy } from '@maas/plugin-maas-common';
import { Router } from 'express';
import { RouteHelpers } from './routeHelpers';

/**
 * The merged taxonomy (built-in lists plus `maas.taxonomy`), so the frontend names capabilities
 * and categories from the list the catalogue validates against, never from a copy of its own.
 */
export function addTaxonomyRoutes(
  router: Router,
  deps: { taxonomy: Taxonomy },
  helpers: RouteHelpers,
) {
  const document = deps.taxonomy.toDocument();
  router.get('/taxonomy', async (req, res) => {
    await helpers.credentials(req);
    res.json(document);
  });
}
