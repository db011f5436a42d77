import { Link } from '@backstage/core-components';
import { OwnershipMatrix } from '@maas/plugin-maas-common';
import { Box, Grid, Paper, Typography } from '@material-ui/core';
import { ReactNode } from 'react';
import { shortRef } from '../common/format';
import {
  actors,
  actorTitles,
  AuditFilter,
  filterLink,
  FilterKey,
  NO_TEAM,
  severities,
  summarise,
} from './auditFilters';
import { SeverityChip } from './SeverityChip';

/** Teams listed by name; the rest are counted in one line. */
const MAX_TEAMS = 6;

function Entry(props: {
  to: string;
  active: boolean;
  label: ReactNode;
  count: number;
}) {
  return (
    <Box
      component="li"
      display="flex"
      justifyContent="space-between"
      alignItems="center"
      py={0.5}
    >
      <Link
        to={props.to}
        aria-current={props.active ? 'true' : undefined}
        style={{ fontWeight: props.active ? 700 : undefined }}
      >
        {props.label}
      </Link>
      <Typography component="span" variant="body2">
        {props.count}
      </Typography>
    </Box>
  );
}

function Section(props: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" style={{ height: '100%' }}>
      <Box p={2}>
        <Typography variant="subtitle1" component="h2">
          {props.title}
        </Typography>
        <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {props.children}
        </Box>
      </Box>
    </Paper>
  );
}

/**
 * The findings at a glance: how many of each severity, who must act, and which teams own the
 * most; every entry a link that filters the table below (a second click undoes it).
 */
export function AuditSummary(props: {
  findings: Parameters<typeof summarise>[0];
  matrix: OwnershipMatrix;
  params: URLSearchParams;
  filter: AuditFilter;
}) {
  const { params, filter } = props;
  const summary = summarise(props.findings);
  const titles = new Map(
    props.matrix.rows.map(r => [r.group, r.title ?? shortRef(r.group)]),
  );
  const teamName = (team: string) =>
    team === NO_TEAM ? 'No owner' : titles.get(team) ?? shortRef(team);
  const teams = summary.byTeam.slice(0, MAX_TEAMS);
  const others = summary.byTeam.slice(MAX_TEAMS);
  const sections: Array<{
    title: string;
    key: FilterKey;
    entries: Array<{ value: string; label: ReactNode; count: number }>;
  }> = [
    {
      title: 'By severity',
      key: 'severity',
      entries: severities.map(s => ({
        value: s,
        label: <SeverityChip severity={s} />,
        count: summary.bySeverity[s],
      })),
    },
    {
      title: 'Who must act',
      key: 'mustAct',
      entries: actors.map(a => ({
        value: a,
        label: actorTitles[a],
        count: summary.byActor[a],
      })),
    },
    {
      title: 'Owning teams with the most findings',
      key: 'team',
      entries: teams.map(t => ({
        value: t.team,
        label: teamName(t.team),
        count: t.count,
      })),
    },
  ];
  return (
    <Grid container spacing={2}>
      {sections.map(section => (
        <Grid item xs={12} md={4} key={section.key}>
          <Section title={section.title}>
            {section.entries.map(e => (
              <Entry
                key={e.value}
                to={filterLink(params, section.key, e.value)}
                active={filter[section.key] === e.value}
                label={e.label}
                count={e.count}
              />
            ))}
            {section.key === 'team' && others.length > 0 && (
              <Typography component="li" variant="body2" color="textSecondary">
                {others.length} more teams with{' '}
                {others.reduce((sum, t) => sum + t.count, 0)} findings: search
                the table for them
              </Typography>
            )}
          </Section>
        </Grid>
      ))}
    </Grid>
  );
}
