import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  DecommissionPlan,
  PlanState,
  planTransitions,
} from '@maas/plugin-maas-common';
import { Box, Button, Card, CardContent, Typography } from '@material-ui/core';
import { useMaasAction } from '../../hooks/useMaasAction';

/** What the button moving a plan to a state says. */
const moveLabels: Record<PlanState, string> = {
  planned: 'Plan',
  'in-progress': 'Start',
  done: 'Complete',
  cancelled: 'Cancel',
};

/** One plan: its tool, target, successor and steps, and the moves its state allows. */
export function PlanCard(props: {
  plan: DecommissionPlan;
  canManage: boolean;
  onChanged(): void;
}) {
  const { plan, canManage } = props;
  const act = useMaasAction();
  const move = async (to: PlanState) => {
    // As of the version shown: when someone changed the plan meanwhile, the 412 says so instead
    // of overwriting their change, and the list reloads either way to show the plan as it is.
    await act(maas => maas.updatePlan(plan.id, plan.version, { state: to }), {
      // A plan cannot complete while entities depend on the tool: the message lists them.
      failure: reason => reason,
    });
    props.onChanged();
  };
  const done = plan.steps.filter(s => s.done).length;
  return (
    <Card variant="outlined" style={{ marginBottom: 8 }}>
      <CardContent>
        <Typography variant="subtitle1">
          <EntityRefLink entityRef={plan.toolRef} />
        </Typography>
        <Typography variant="body2" color="textSecondary">
          Target {plan.targetDate}
          {plan.successorRef && (
            <>
              {' '}
              · successor <EntityRefLink entityRef={plan.successorRef} />
            </>
          )}
          {plan.steps.length > 0 &&
            ` · ${done} of ${plan.steps.length} steps done`}
        </Typography>
        {canManage && (
          <Box mt={1}>
            {planTransitions[plan.state].map(to => (
              <Button key={to} size="small" onClick={() => move(to)}>
                {moveLabels[to]}
              </Button>
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
