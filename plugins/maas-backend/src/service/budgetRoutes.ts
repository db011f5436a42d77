import { Router } from 'express';
import { z } from 'zod';
import { BudgetService } from './BudgetService';
import { parseInput } from './parseInput';
import { RouteHelpers } from './routeHelpers';
import { ViewCache } from './ViewCache';

/** The budget is the catalogue as it is now: no query parameter. */
const budgetQuery = z.object({}).strict();

/** Who funds the stack. */
export function addBudgetRoutes(
  router: Router,
  deps: { budget: BudgetService; views: ViewCache },
  helpers: RouteHelpers,
) {
  const { budget, views } = deps;

  router.get('/budget', async (req, res) => {
    parseInput(budgetQuery, req.query, 'query');
    const credentials = await helpers.credentials(req);
    await views.send(req, res, credentials, 'budget', {}, () =>
      budget.budget(credentials),
    );
  });
}
