import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Chip, Grid, Typography } from '@material-ui/core';
import {
  Bar,
  BarChart,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { SprawlView } from '@maas/plugin-maas-common';
import { useSprawl } from '../../hooks/useSprawl';
import { AsyncState } from '../common/AsyncState';
import { formatMoney } from '../common/format';
import { pagedSearchableTable } from '../common/tableOptions';

type Group = SprawlView['redundancyGroups'][number];
type Candidate = SprawlView['candidates'][number];

const groupColumns: TableColumn<Group>[] = [
  { title: 'Capability', field: 'title' },
  {
    title: 'Tools in use',
    render: g => (
      <Box display="flex" flexWrap="wrap">
        {g.tools.map(t => (
          <Box key={t.ref} mr={1}>
            <EntityRefLink entityRef={t.ref} title={t.title} />
          </Box>
        ))}
      </Box>
    ),
  },
  { title: 'Combined cost / year', render: g => formatMoney(g.combinedCost) },
];

const candidateColumns: TableColumn<Candidate>[] = [
  {
    title: 'Tool',
    render: c => <EntityRefLink entityRef={c.ref} title={c.title} />,
  },
  {
    title: 'Reasons',
    render: c => (
      <Box display="flex" flexWrap="wrap">
        {c.reasons.map(r => (
          <Chip key={r.reason} size="small" label={r.reason} title={r.detail} />
        ))}
      </Box>
    ),
  },
  { title: 'Cost / year', render: c => formatMoney(c.cost) },
  { title: 'Plan', render: c => c.plan?.state ?? '—' },
];

const MAX_BARS = 40;

/** The stack: overlaps by capability, licence use, and what to decommission first. */
export function StackTab() {
  const state = useSprawl();
  return (
    <AsyncState {...state}>
      {report => {
        const coverage = report.capabilities
          .slice(0, MAX_BARS)
          .map(c => ({ name: c.title, tools: c.tools.length }));
        const licences = report.licences
          .slice(0, MAX_BARS)
          .map(l => ({ name: l.title, utilisation: l.utilisationPct ?? 0 }));
        return (
          <Grid container spacing={3}>
            <Grid item xs={12} md={6}>
              <InfoCard
                title="Tools per capability"
                subheader="Bars in red: more than one tool in use"
              >
                <Box height={Math.max(200, coverage.length * 22)}>
                  <ResponsiveContainer width="100%" height="100%">
                    <BarChart
                      data={coverage}
                      layout="vertical"
                      margin={{ left: 160 }}
                    >
                      <XAxis type="number" allowDecimals={false} />
                      <YAxis type="category" dataKey="name" width={160} />
                      <Tooltip />
                      <Bar dataKey="tools" name="Tools in use">
                        {coverage.map(c => (
                          <Cell
                            key={c.name}
                            fill={c.tools > 1 ? '#d32f2f' : '#1976d2'}
                          />
                        ))}
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
                </Box>
              </InfoCard>
            </Grid>
            <Grid item xs={12} md={6}>
              <InfoCard
                title="Licence utilisation"
                subheader="Active licences / purchased, least used first"
              >
                <Box height={Math.max(200, licences.length * 22)}>
                  <ResponsiveContainer width="100%" height="100%">
                    <BarChart
                      data={licences}
                      layout="vertical"
                      margin={{ left: 160 }}
                    >
                      <XAxis type="number" unit=" %" />
                      <YAxis type="category" dataKey="name" width={160} />
                      <Tooltip />
                      <Bar dataKey="utilisation" name="Utilisation">
                        {licences.map(l => (
                          <Cell
                            key={l.name}
                            fill={
                              l.utilisation > 100 || l.utilisation < 50
                                ? '#d32f2f'
                                : '#388e3c'
                            }
                          />
                        ))}
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
                </Box>
              </InfoCard>
            </Grid>
            <Grid item xs={12}>
              <Typography variant="h6">
                Overlapping tools cost {formatMoney(report.overlapCost)} a year
              </Typography>
              <Table
                title={`Redundancy groups (${report.redundancyGroups.length})`}
                options={pagedSearchableTable}
                columns={groupColumns}
                data={report.redundancyGroups}
              />
            </Grid>
            <Grid item xs={12}>
              <Table
                title={`Decommissioning candidates (${report.candidates.length}), ranked`}
                options={pagedSearchableTable}
                columns={candidateColumns}
                data={report.candidates}
              />
            </Grid>
          </Grid>
        );
      }}
    </AsyncState>
  );
}
