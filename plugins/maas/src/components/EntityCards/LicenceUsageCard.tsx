import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import { ToolUsageHistory } from '@maas/plugin-maas-common';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useToolUsage } from '../../hooks/useToolUsage';
import { AsyncState } from '../common/AsyncState';
import { formatMoney } from '../common/format';

/** "31 of 40 seats in use (77.5 %)", where the figures allow it. */
function seatsSentence(current: ToolUsageHistory['current']): string {
  if (current.active === undefined) return 'No licence figures';
  if (current.purchased === undefined) {
    return `${current.active} seats in use, none declared purchased`;
  }
  const pct =
    current.utilisationPct === null ? '' : ` (${current.utilisationPct} %)`;
  return `${current.active} of ${current.purchased} seats in use${pct}`;
}

function sourceSentence(current: ToolUsageHistory['current']): string {
  if (current.source === 'catalogue') {
    return 'From the catalogue (spec.licenses): no system has posted usage yet.';
  }
  return `Reported${
    current.reportedBy ? ` by ${current.reportedBy}` : ''
  } for ${
    current.asOf
  }; it overrides the catalogue's figures in sprawl and the audit.`;
}

/** A tool's licence utilisation over time, and what its unused seats cost. */
export function LicenceUsageCard() {
  const { entity } = useEntity();
  const state = useToolUsage(entity);
  return (
    <InfoCard title="Licence usage" variant="gridItem">
      <AsyncState {...state}>
        {usage => {
          const { current } = usage;
          const points = usage.points.map(p => ({
            day: p.asOf,
            utilisation: p.utilisationPct,
            active: p.active,
          }));
          return (
            <>
              <Typography variant="h5" component="p">
                {seatsSentence(current)}
              </Typography>
              {current.unusedSeats !== undefined && (
                <Typography variant="body1">
                  {current.unusedSeats} unused
                  {current.unusedCost
                    ? `, costing ${formatMoney(current.unusedCost)} a year`
                    : ''}
                </Typography>
              )}
              <Typography variant="body2" color="textSecondary">
                {sourceSentence(current)}
              </Typography>
              {points.length > 0 ? (
                <Box height={220} mt={2} data-testid="licence-usage-chart">
                  <ResponsiveContainer width="100%" height="100%">
                    <LineChart data={points}>
                      <CartesianGrid strokeDasharray="3 3" />
                      <XAxis dataKey="day" />
                      <YAxis unit=" %" domain={[0, 'auto']} />
                      <Tooltip />
                      <ReferenceLine y={100} stroke="#d32f2f" />
                      <Line
                        type="monotone"
                        dataKey="utilisation"
                        name="Utilisation (%)"
                        stroke="#1976d2"
                        connectNulls
                      />
                    </LineChart>
                  </ResponsiveContainer>
                </Box>
              ) : (
                <Typography variant="body2">
                  No usage posted between {usage.from} and {usage.to}: post it
                  to /api/maas/tools/…/usage from SSO or the vendor's admin API.
                </Typography>
              )}
            </>
          );
        }}
      </AsyncState>
    </InfoCard>
  );
}
