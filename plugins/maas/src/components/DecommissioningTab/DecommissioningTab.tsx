import { InfoCard } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  maasDecommissionPlanManagePermission,
  PlanState,
  SprawlView,
} from '@maas/plugin-maas-common';
import { Grid, LinearProgress, Typography } from '@material-ui/core';
import { useDecommissioning } from '../../hooks/useDecommissioning';
import { AsyncState } from '../common/AsyncState';
import { CandidatesTable, planStateTitles } from './CandidatesTable';
import { PlanCard } from './PlanCard';
import { PlanRetirement } from './PlanRetirement';

const columns: PlanState[] = ['planned', 'in-progress', 'done', 'cancelled'];

/** The tools in use, each once, by title: the successors a plan may name. */
function toolsInUse(sprawl: SprawlView) {
  const tools = new Map(
    sprawl.capabilities.flatMap(c => c.tools).map(t => [t.ref, t]),
  );
  return [...tools.values()].sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * Progress against the yearly retirement target, the candidates maas-backend ranks (each with
 * "plan its retirement" for those allowed to), and the plans by state.
 */
export function DecommissioningTab() {
  const { allowed: canManage } = usePermission({
    permission: maasDecommissionPlanManagePermission,
  });
  const state = useDecommissioning();
  return (
    <AsyncState {...state}>
      {({ plans, sprawl }) => {
        const r = sprawl.retirement;
        const tools = toolsInUse(sprawl);
        return (
          <Grid container spacing={3}>
            <Grid item xs={12}>
              <InfoCard title="Retired in the last 12 months">
                <Typography paragraph>
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
              </InfoCard>
            </Grid>
            <Grid item xs={12}>
              <CandidatesTable
                candidates={sprawl.candidates}
                action={
                  canManage
                    ? c => (
                        <PlanRetirement
                          candidate={c}
                          tools={tools}
                          onCreated={state.retry}
                        />
                      )
                    : undefined
                }
              />
            </Grid>
            {columns.map(column => {
              const inColumn = plans.filter(p => p.state === column);
              return (
                <Grid item xs={12} md={6} lg={3} key={column}>
                  <Typography variant="h6" component="h2">
                    {planStateTitles[column]} ({inColumn.length})
                  </Typography>
                  {inColumn.map(p => (
                    <PlanCard
                      key={p.id}
                      plan={p}
                      canManage={canManage}
                      onChanged={state.retry}
                    />
                  ))}
                </Grid>
              );
            })}
          </Grid>
        );
      }}
    </AsyncState>
  );
}
