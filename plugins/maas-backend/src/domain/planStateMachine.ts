import { PlanState } from '@maas/plugin-maas-common';
import { createStateMachine } from './stateMachine';

/** planned → in-progress → done; planned or in-progress → cancelled. done and cancelled are final. */
const plans = createStateMachine<PlanState>('A plan', {
  planned: ['in-progress', 'cancelled'],
  'in-progress': ['done', 'cancelled'],
  done: [],
  cancelled: [],
});

export const canMove = plans.canMove;

/** Throws a ConflictError (409) for an illegal move, naming the moves that are legal. */
export const assertMove = plans.assertMove;
