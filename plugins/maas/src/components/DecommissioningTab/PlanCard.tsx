import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  DecommissionPlan,
  PlanState,
  planTransitions,
} from '@maas/plugin-maas-common';
import { Box, Button, Card, CardContent, Typography } from '@material-ui/core';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import RadioButtonUncheckedIcon from '@material-ui/icons/RadioButtonUnchecked';
import { useMaasAction } from '../../hooks/useMaasAction';
import { shortRef } from '../common/format';

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
        <Typography variant="subtitle1" component="h3">
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
          {plan.completedAt && ` · completed ${plan.completedAt.slice(0, 10)}`}
          {plan.steps.length > 0 &&
            ` · ${done} of ${plan.steps.length} steps done`}
        </Typography>
        {plan.steps.length > 0 && (
          <Box component="ul" mt={1} mb={0} p={0} style={{ listStyle: 'none' }}>
            {plan.steps.map((s, i) => (
              <Box
                component="li"
                key={i}
                display="flex"
                alignItems="flex-start"
              >
                {s.done ? (
                  <CheckCircleIcon
                    fontSize="small"
                    color="primary"
                    titleAccess="done"
                  />
                ) : (
                  <RadioButtonUncheckedIcon
                    fontSize="small"
                    color="disabled"
                    titleAccess="to do"
                  />
                )}
                <Typography variant="body2" style={{ marginLeft: 4 }}>
                  {s.title}
                  {s.owner && (
                    <Typography
                      component="span"
                      variant="body2"
                      color="textSecondary"
                    >
                      {' '}
                      ({shortRef(s.owner)})
                    </Typography>
                  )}
                </Typography>
              </Box>
            ))}
          </Box>
        )}
        {plan.note && (
          <Typography variant="body2" style={{ marginTop: 8 }}>
            {plan.note}
          </Typography>
        )}
        {canManage && planTransitions[plan.state].length > 0 && (
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
