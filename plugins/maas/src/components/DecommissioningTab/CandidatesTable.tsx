import { ReactNode, useMemo, useRef } from 'react';
import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { PlanState, SprawlView } from '@maas/plugin-maas-common';
import { Box, Typography } from '@material-ui/core';
import { formatMoney } from '../common/format';
import { pagedSearchableTable } from '../common/tableOptions';
import { WrappingChip } from '../common/WrappingChip';

export type Candidate = SprawlView['candidates'][number];
type Row = Candidate & { rank: number };

export const planStateTitles: Record<PlanState, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

function columns(
  action: (candidate: Candidate) => ReactNode,
): TableColumn<Row>[] {
  return [
    { title: 'Rank', field: 'rank', type: 'numeric', width: '4rem' },
    {
      title: 'Tool',
      field: 'title',
      render: c => <EntityRefLink entityRef={c.ref} title={c.title} />,
    },
    {
      title: 'Reasons',
      field: 'reasons',
      // Searched by reason and by what it says ("also served by Braze").
      customFilterAndSearch: (term: string, c) =>
        c.reasons.some(r =>
          `${r.reason} ${r.detail}`
            .toLocaleLowerCase('en-GB')
            .includes(term.toLocaleLowerCase('en-GB')),
        ),
      cellStyle: { minWidth: '20rem', width: '45%' },
      render: c => (
        <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {c.reasons.map(r => (
            <Box component="li" key={r.reason} display="flex" mb={0.5}>
              <Box flexShrink={0} mr={1}>
                <WrappingChip label={r.reason} />
              </Box>
              <Typography variant="body2">{r.detail}</Typography>
            </Box>
          ))}
        </Box>
      ),
    },
    { title: 'Cost / year', render: c => formatMoney(c.cost) },
    {
      title: 'Plan',
      // Wide enough for the action's words on one line.
      cellStyle: { minWidth: '13rem' },
      render: c => (c.plan ? planStateTitles[c.plan.state] : action(c)),
    },
  ];
}

/**
 * The decommissioning candidates as maas-backend ranks them (the sprawl view), each with its
 * reasons spelled out, its cost, and its open plan or what `action` offers instead.
 */
export function CandidatesTable(props: {
  candidates: Candidate[];
  action?: (candidate: Candidate) => ReactNode;
}) {
  const rows = props.candidates.map((c, i) => ({ ...c, rank: i + 1 }));
  // The table resets its search when handed new columns: they are built once, and call the
  // latest action.
  const action = useRef(props.action);
  action.current = props.action;
  const built = useMemo(() => columns(c => action.current?.(c) ?? '—'), []);
  return (
    <Table
      title={`Decommissioning candidates (${rows.length}), ranked`}
      options={pagedSearchableTable}
      columns={built}
      data={rows}
    />
  );
}
