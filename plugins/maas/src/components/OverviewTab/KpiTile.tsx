import { useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Button, Typography } from '@material-ui/core';
import { Line, LineChart, ResponsiveContainer, Tooltip } from 'recharts';
import { Kpi, KpiTerm } from '@maas/plugin-maas-common';
import { formatValue } from '../common/format';

/** The glossary term a KPI computes: a link when the catalogue holds it, its status if not approved. */
function TermLine({ term }: { term: KpiTerm }) {
  return (
    <Typography variant="body2" color="textSecondary">
      Glossary:{' '}
      {term.title ? (
        <EntityRefLink entityRef={term.ref} title={term.title} />
      ) : (
        `${term.ref} is not in the catalogue`
      )}
      {term.status && term.status !== 'approved' ? ` (${term.status})` : ''}
    </Typography>
  );
}

/**
 * One KPI: its value, its trend, the glossary term it computes, and one click away, how it is
 * computed and what it counted.
 */
export function KpiTile(props: {
  kpi: Kpi;
  trend: Array<{ period: string; value: number | null }>;
}) {
  const { kpi, trend } = props;
  const [open, setOpen] = useState(false);
  const points = trend.filter(p => p.value !== null);
  return (
    <InfoCard title={kpi.title} variant="gridItem">
      <Typography variant="h4" component="p" aria-label={`${kpi.title} value`}>
        {formatValue(kpi.value, kpi.unit)}
      </Typography>
      {kpi.value === null && kpi.noData && (
        <Typography variant="body2" color="textSecondary">
          {kpi.noData}
        </Typography>
      )}
      {kpi.term && <TermLine term={kpi.term} />}
      {kpi.target !== undefined && (
        <Typography variant="body2" color="textSecondary">
          Target {formatValue(kpi.target, kpi.unit)} a year
        </Typography>
      )}
      {kpi.benchmark && (
        <Typography variant="body2" color="textSecondary">
          Benchmark {formatValue(kpi.benchmark.value, kpi.unit)} —{' '}
          {kpi.benchmark.description}
        </Typography>
      )}
      {points.length > 1 && (
        <Box height={48} data-testid={`trend-${kpi.id}`}>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={points}>
              <Line
                type="monotone"
                dataKey="value"
                dot={false}
                strokeWidth={2}
              />
              <Tooltip
                formatter={v =>
                  formatValue(typeof v === 'number' ? v : null, kpi.unit)
                }
                labelFormatter={(_, payload) =>
                  payload?.[0]?.payload?.period ?? ''
                }
              />
            </LineChart>
          </ResponsiveContainer>
        </Box>
      )}
      <Button size="small" onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? 'Hide definition' : 'How it is computed'}
      </Button>
      {open && (
        <Box mt={1}>
          {kpi.term?.definition && (
            <Typography variant="body2" paragraph>
              {kpi.term.definition}
            </Typography>
          )}
          <Typography variant="body2">{kpi.definition}</Typography>
          <ul>
            {kpi.inputs.map(input => (
              <li key={input.description}>
                <Typography variant="body2">
                  {input.of !== undefined
                    ? `${input.count} of ${input.of} ${input.description}`
                    : `${input.count.toLocaleString('en-GB')} ${
                        input.description
                      }`}
                </Typography>
              </li>
            ))}
          </ul>
          {kpi.breakdown && kpi.breakdown.length > 0 && (
            <ul>
              {kpi.breakdown.map(b => (
                <li key={b.key}>
                  <Typography variant="body2">
                    {b.label}: {formatValue(b.value, kpi.unit)}
                  </Typography>
                </li>
              ))}
            </ul>
          )}
        </Box>
      )}
    </InfoCard>
  );
}
