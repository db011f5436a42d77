import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Box,
  Grid,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Typography,
} from '@material-ui/core';
import CheckIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import HelpIcon from '@material-ui/icons/Help';
import {
  Bar,
  BarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { DataActCheckWithOutlook } from '@maas/plugin-maas-common';
import { maasApiRef } from '../../api/MaasApi';
import { AsyncState } from '../common/AsyncState';
import { criterionTitle, formatDaysLeft } from '../common/format';
import { RecordDecision } from './RecordDecision';

function StatusIcon({ check }: { check: DataActCheckWithOutlook }) {
  if (check.status === 'pass')
    return <CheckIcon style={{ color: '#388e3c' }} titleAccess="pass" />;
  if (check.status === 'fail')
    return <ErrorIcon style={{ color: '#d32f2f' }} titleAccess="fail" />;
  return <HelpIcon color="disabled" titleAccess={check.status} />;
}

/** One vendor: why its score, the Data Act checklist, the deadline, the decisions. */
export function VendorDetail({ vendorRef }: { vendorRef: string }) {
  const api = useApi(maasApiRef);
  const state = useAsyncRetry(() => api.getVendor(vendorRef), [api, vendorRef]);
  return (
    <AsyncState {...state}>
      {vendor => (
        <Grid container spacing={3}>
          <Grid item xs={12} md={6}>
            <InfoCard
              title={`${vendor.title}: reversibility ${vendor.score} / 100`}
            >
              <Box height={320}>
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart
                    data={vendor.criteria.map(c => ({
                      ...c,
                      label: criterionTitle(c.criterion),
                      missing: c.maxPoints - c.points,
                    }))}
                    layout="vertical"
                    margin={{ left: 170 }}
                  >
                    <XAxis type="number" />
                    <YAxis type="category" dataKey="label" width={170} />
                    <Tooltip
                      labelFormatter={(label, payload) =>
                        `${label}: ${payload?.[0]?.payload?.detail ?? ''}`
                      }
                    />
                    <Bar
                      dataKey="points"
                      stackId="s"
                      name="Points"
                      fill="#1976d2"
                    />
                    <Bar
                      dataKey="missing"
                      stackId="s"
                      name="Missing"
                      fill="#e0e0e0"
                    />
                  </BarChart>
                </ResponsiveContainer>
              </Box>
              <List dense>
                {vendor.criteria.map(c => (
                  <ListItem key={c.criterion}>
                    <ListItemText
                      primary={`${criterionTitle(c.criterion)}: ${
                        c.points
                      } of ${c.maxPoints}`}
                      secondary={`${c.detail}${
                        c.source ? ` (weakest tool: ${c.source})` : ''
                      }`}
                    />
                  </ListItem>
                ))}
              </List>
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={6}>
            <InfoCard title="EU Data Act switching checks">
              <List dense>
                {vendor.dataAct.asOf.checks.map(check => (
                  <ListItem key={check.ruleId}>
                    <ListItemIcon>
                      <StatusIcon check={check} />
                    </ListItemIcon>
                    <ListItemText
                      primary={`${check.title} (${check.article})`}
                      secondary={`${check.detail}${
                        check.failsOn
                          ? ` · fails on ${check.failsOn.date}: ${check.failsOn.requirement}`
                          : ''
                      }`}
                    />
                  </ListItem>
                ))}
              </List>
            </InfoCard>
            <Box mt={3}>
              <InfoCard title="Decision">
                {vendor.deadline ? (
                  <Typography paragraph>
                    Term ends {vendor.deadline.termEnd}; notice{' '}
                    {vendor.deadline.noticeDays} days; decide by{' '}
                    <strong>{vendor.deadline.deadline}</strong> (
                    {formatDaysLeft(vendor.deadline.daysLeft)}
                    ).
                  </Typography>
                ) : (
                  <Typography paragraph>
                    The contract declares no term end.
                  </Typography>
                )}
                <List dense>
                  {(vendor.decisions ?? []).map(d => (
                    <ListItem key={d.id}>
                      <ListItemText
                        primary={`${d.decision} — ${d.note ?? ''}`}
                        secondary={
                          <>
                            <EntityRefLink entityRef={d.decidedBy} /> on{' '}
                            {d.decidedAt.slice(0, 10)}
                          </>
                        }
                      />
                    </ListItem>
                  ))}
                </List>
                <RecordDecision
                  vendorRef={vendor.ref}
                  onRecorded={state.retry}
                />
              </InfoCard>
            </Box>
          </Grid>
        </Grid>
      )}
    </AsyncState>
  );
}
