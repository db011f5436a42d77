import { useMemo } from 'react';
import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Finding } from '@maas/plugin-maas-common';
import { pagedSearchableTable } from '../common/tableOptions';

const lookup = (values: string[]) =>
  Object.fromEntries(values.map(v => [v, v]));

function findingColumns(findings: Finding[]): TableColumn<Finding>[] {
  const distinct = (pick: (f: Finding) => string | undefined) =>
    lookup(
      [
        ...new Set(findings.map(pick).filter((v): v is string => Boolean(v))),
      ].sort(),
    );
  return [
    {
      title: 'Severity',
      field: 'severity',
      lookup: lookup(['high', 'medium', 'low']),
    },
    { title: 'Rule', field: 'rule', lookup: distinct(f => f.rule) },
    { title: 'Kind', field: 'kind', lookup: distinct(f => f.kind) },
    {
      title: 'Entity',
      field: 'title',
      render: f => <EntityRefLink entityRef={f.entityRef} title={f.title} />,
    },
    // Not shown, but searched: people look entities up by their catalogue name too.
    { title: 'Entity ref', field: 'entityRef', hidden: true, searchable: true },
    { title: 'Owner', field: 'owner', lookup: distinct(f => f.owner) },
    {
      title: 'Must act',
      field: 'mustAct',
      lookup: lookup(['marketing', 'it', 'both']),
    },
    { title: 'Finding', field: 'message', filtering: false },
  ];
}

const findingsOptions = {
  ...pagedSearchableTable,
  pageSize: 20,
  filtering: true,
};

/** The audit's findings, filterable by severity, rule, kind, owner and who must act. */
export function FindingsTable({
  findings,
  asOf,
}: {
  findings: Finding[];
  asOf: string;
}) {
  // The table resets its search and filters when it is handed new columns, so they are built
  // once per set of findings rather than on every render.
  const columns = useMemo(() => findingColumns(findings), [findings]);
  return (
    <Table
      title={`Findings (${findings.length}) as of ${asOf}`}
      options={findingsOptions}
      columns={columns}
      data={findings}
    />
  );
}
