import { useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  CampaignStatus,
  LaunchProblem,
  launchProblemsOf,
} from '@maas/plugin-maas-common';
import { Box, Button, Typography } from '@material-ui/core';
import { useCampaignReadiness } from '../../hooks/useCampaignReadiness';
import { useMaasAction } from '../../hooks/useMaasAction';
import { AsyncState } from '../common/AsyncState';

const moveTitles: Record<CampaignStatus, string> = {
  draft: 'Back to draft',
  live: 'Go live',
  completed: 'Complete',
  cancelled: 'Cancel',
};

function Problems(props: { title: string; problems: LaunchProblem[] }) {
  if (props.problems.length === 0) return null;
  return (
    <Box mt={1}>
      <Typography variant="subtitle2">{props.title}</Typography>
      {props.problems.map((p, i) => (
        <Typography key={i} variant="body2" color="error">
          {p.message} ({p.code})
        </Typography>
      ))}
    </Box>
  );
}

/**
 * A campaign's lifecycle, as maas-backend holds it: its state, since when it is live, what the
 * launch policy would say if it went live now (or said when it was refused), and the moves the
 * signed-in user may make.
 */
export function CampaignLifecycleCard() {
  const { entity } = useEntity();
  const namespace = entity.metadata.namespace ?? 'default';
  const { name } = entity.metadata;
  const { loading, error, value, retry } = useCampaignReadiness(
    namespace,
    name,
  );
  const act = useMaasAction();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<LaunchProblem[]>([]);
  const move = async (to: CampaignStatus) => {
    setBusy(true);
    setRefusal([]);
    const moved = await act(
      async maas => {
        try {
          await maas.setCampaignStatus({ namespace, name }, to);
        } catch (e) {
          setRefusal(launchProblemsOf(e) ?? []);
          throw e;
        }
      },
      {
        success: `Campaign ${to}`,
        failure: reason => `The campaign did not move: ${reason}`,
      },
    );
    setBusy(false);
    if (moved) retry();
  };
  return (
    <InfoCard title="Campaign status" variant="gridItem">
      <AsyncState loading={loading} error={error} value={value}>
        {({ campaign, readiness }) => (
          <>
            <Typography variant="h6">{campaign.status}</Typography>
            <Typography variant="body2" color="textSecondary">
              Launched by {campaign.createdBy} on{' '}
              {campaign.createdAt.slice(0, 10)}
              {campaign.liveAt
                ? ` · live since ${campaign.liveAt.slice(0, 10)}`
                : ''}
            </Typography>
            <Problems title="Refused:" problems={refusal} />
            {refusal.length === 0 && (
              <Problems
                title={
                  campaign.status === 'draft'
                    ? 'It cannot go live now:'
                    : 'The launch policy refuses it now:'
                }
                problems={readiness.problems}
              />
            )}
            <Box mt={1}>
              {readiness.moves.map(to => (
                <Button
                  key={to}
                  variant={to === 'live' ? 'contained' : 'outlined'}
                  color="primary"
                  disabled={busy}
                  onClick={() => move(to)}
                  style={{ marginRight: 8 }}
                >
                  {moveTitles[to]}
                </Button>
              ))}
            </Box>
          </>
        )}
      </AsyncState>
    </InfoCard>
  );
}
