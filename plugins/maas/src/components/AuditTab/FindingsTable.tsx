import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Finding, Severity } from '@maas/plugin-maas-common';
import { Typography } from '@material-ui/core';
import { shortRef } from '../common/format';
import { pagedSearchableTable } from '../common/tableOptions';
import { actorTitles } from './auditFilters';
import { SeverityChip } from './SeverityChip';

const severityRank: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * The columns, built once: the table resets its search when it is handed new columns. The
 * finding's sentence is the widest column; the others keep to what they hold.
 */
const columns: TableColumn<Finding>[] = [
  {
    title: 'Severity',
    field: 'severity',
    width: '7rem',
    defaultSort: 'asc',
    customSort: (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      a.title.localeCompare(b.title),
    render: f => <SeverityChip severity={f.severity} />,
  },
  {
    title: 'Finding',
    field: 'message',
    cellStyle: { minWidth: '22rem', width: '55%' },
    headerStyle: { minWidth: '22rem', width: '55%' },
    // The rule's code under its sentence, for the README and the CSV, without a column of its own.
    render: f => (
      <>
        <div>{f.message}</div>
        <Typography variant="caption" display="block" color="textSecondary">
          {f.rule}
        </Typography>
      </>
    ),
  },
  // Not shown, but searched: the rule's code.
  { title: 'Rule', field: 'rule', hidden: true, searchable: true },
  {
    title: 'Entity',
    field: 'title',
    cellStyle: { minWidth: '11rem' },
    render: f => (
      <>
        <EntityRefLink entityRef={f.entityRef} title={f.title} />
        <Typography variant="caption" display="block" color="textSecondary">
          {f.kind}
        </Typography>
      </>
    ),
  },
  // Not shown, but searched: people look entities up by their catalogue name too.
  { title: 'Entity ref', field: 'entityRef', hidden: true, searchable: true },
  {
    title: 'Must act',
    field: 'mustAct',
    cellStyle: { whiteSpace: 'nowrap' },
    render: f => actorTitles[f.mustAct],
  },
  {
    title: 'Owner',
    field: 'owner',
    cellStyle: { whiteSpace: 'nowrap' },
    render: f => (f.owner ? shortRef(f.owner) : '—'),
  },
];

const findingsOptions = {
  ...pagedSearchableTable,
  pageSize: 20,
  pageSizeOptions: [20, 50, 100],
};

/** The audit's findings, most severe first, searchable by any column and the entity's name. */
export function FindingsTable(props: {
  findings: Finding[];
  total: number;
  asOf: string;
}) {
  const { findings, total, asOf } = props;
  const count =
    findings.length === total ? `${total}` : `${findings.length} of ${total}`;
  return (
    <Table
      title={`Findings (${count}) as of ${asOf}`}
      options={findingsOptions}
      columns={columns}
      data={findings}
    />
  );
}
