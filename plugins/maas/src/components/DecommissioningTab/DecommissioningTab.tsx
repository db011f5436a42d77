import { InfoCard } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  maasDecommissionPlanManagePermission,
  PlanState,
} from '@maas/plugin-maas-common';
import { Box, Grid, LinearProgress, Typography } from '@material-ui/core';
import { useDecommissioning } from '../../hooks/useDecommissioning';
import { AsyncState } from '../common/AsyncState';
import { NewPlan } from './NewPlan';
import { PlanCard } from './PlanCard';

const columns: Array<{ state: PlanState; title: string }> = [
  { state: 'planned', title: 'Planned' },
  { state: 'in-progress', title: 'In progress' },
  { state: 'done', title: 'Done' },
  { state: 'cancelled', title: 'Cancelled' },
];

/** Decommissioning plans by state, and progress against the yearly retirement target. */
export function DecommissioningTab() {
  const { allowed: canManage } = usePermission({
    permission: maasDecommissionPlanManagePermission,
  });
  const state = useDecommissioning();
  return (
    <AsyncState {...state}>
      {({ plans, sprawl }) => {
        const r = sprawl.retirement;
        return (
          <Grid container spacing={3}>
            <Grid item xs={12}>
              <InfoCard title="Retired in the last 12 months">
                <Typography>
                  {r.retired.length} of {r.toolsInScope} tools ({r.retiredPct}{' '}
                  %) against a target of {r.targetPct} %
                  {r.remainingToTarget > 0 &&
                    `: ${r.remainingToTarget} more to retire`}
                </Typography>
                <LinearProgress
                  variant="determinate"
                  value={Math.min(
                    100,
                    (100 * r.retiredPct) / Math.max(r.targetPct, 1),
                  )}
                  aria-label="progress against the retirement target"
                />
                {canManage && (
                  <Box mt={2}>
                    <NewPlan
                      candidates={sprawl.candidates}
                      onCreated={state.retry}
                    />
                  </Box>
                )}
              </InfoCard>
            </Grid>
            {columns.map(c => (
              <Grid item xs={12} md={3} key={c.state}>
                <Typography variant="h6">
                  {c.title} ({plans.filter(p => p.state === c.state).length})
                </Typography>
                {plans
                  .filter(p => p.state === c.state)
                  .map(p => (
                    <PlanCard
                      key={p.id}
                      plan={p}
                      canManage={canManage}
                      onChanged={state.retry}
                    />
                  ))}
              </Grid>
            ))}
          </Grid>
        );
      }}
    </AsyncState>
  );
}
