import { useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  DecommissionPlan,
  maasDecommissionPlanManagePermission,
  PlanState,
  SprawlView,
} from '@maas/plugin-maas-common';
import {
  Box,
  Button,
  Card,
  CardContent,
  Grid,
  LinearProgress,
  MenuItem,
  TextField,
  Typography,
} from '@material-ui/core';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maasApiRef } from '../../api/MaasApi';
import { AsyncState } from '../common/AsyncState';

const columns: Array<{ state: PlanState; title: string }> = [
  { state: 'planned', title: 'Planned' },
  { state: 'in-progress', title: 'In progress' },
  { state: 'done', title: 'Done' },
  { state: 'cancelled', title: 'Cancelled' },
];

const moves: Record<PlanState, Array<{ to: PlanState; label: string }>> = {
  planned: [
    { to: 'in-progress', label: 'Start' },
    { to: 'cancelled', label: 'Cancel' },
  ],
  'in-progress': [
    { to: 'done', label: 'Complete' },
    { to: 'cancelled', label: 'Cancel' },
  ],
  done: [],
  cancelled: [],
};

function NewPlan(props: {
  candidates: SprawlView['candidates'];
  onCreated(): void;
}) {
  const api = useApi(maasApiRef);
  const alertApi = useApi(alertApiRef);
  const [tool, setTool] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const create = async () => {
    try {
      await api.createPlan({
        tool,
        targetDate,
        steps: [
          { title: 'Export the data', done: false },
          { title: 'Migrate audiences and journeys', done: false },
          { title: 'Cancel the contract', done: false },
        ],
      });
      alertApi.post({
        message: 'Plan created',
        severity: 'success',
        display: 'transient',
      });
      props.onCreated();
    } catch (error) {
      alertApi.post({
        message: `Could not create the plan: ${(error as Error).message}`,
        severity: 'error',
      });
    }
  };
  return (
    <Box display="flex" alignItems="flex-end" flexWrap="wrap">
      <TextField
        select
        id="maas-plan-tool"
        label="Tool"
        value={tool}
        onChange={e => setTool(e.target.value)}
        style={{ minWidth: 280, marginRight: 16 }}
      >
        {props.candidates
          .filter(c => !c.plan)
          .map(c => (
            <MenuItem key={c.ref} value={c.ref}>
              {c.title}
            </MenuItem>
          ))}
      </TextField>
      <TextField
        id="maas-plan-target-date"
        label="Target date"
        type="date"
        value={targetDate}
        onChange={e => setTargetDate(e.target.value)}
        InputLabelProps={{ shrink: true }}
        style={{ marginRight: 16 }}
      />
      <Button
        variant="contained"
        color="primary"
        disabled={!tool || !targetDate}
        onClick={create}
      >
        Create plan
      </Button>
    </Box>
  );
}

function PlanCard(props: {
  plan: DecommissionPlan;
  canManage: boolean;
  onChanged(): void;
}) {
  const { plan, canManage } = props;
  const api = useApi(maasApiRef);
  const alertApi = useApi(alertApiRef);
  const move = async (to: PlanState) => {
    try {
      await api.updatePlan(plan.id, { state: to });
      props.onChanged();
    } catch (error) {
      // A plan cannot complete while entities depend on the tool: the message lists them.
      alertApi.post({ message: (error as Error).message, severity: 'error' });
    }
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
            {moves[plan.state].map(m => (
              <Button key={m.to} size="small" onClick={() => move(m.to)}>
                {m.label}
              </Button>
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

/** Decommissioning plans by state, and progress against the yearly retirement target. */
export function DecommissioningTab() {
  const api = useApi(maasApiRef);
  const { allowed: canManage } = usePermission({
    permission: maasDecommissionPlanManagePermission,
  });
  const state = useAsyncRetry(async () => {
    const [plans, sprawl] = await Promise.all([
      api.getPlans(),
      api.getSprawl(),
    ]);
    return { plans: plans.items, sprawl };
  }, [api]);
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
