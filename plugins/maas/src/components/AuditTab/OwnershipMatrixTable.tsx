import { useMemo } from 'react';
import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { OwnershipMatrix } from '@maas/plugin-maas-common';
import { pagedSearchableTable } from '../common/tableOptions';

type Row = OwnershipMatrix['rows'][number];

function matrixColumns(matrix: OwnershipMatrix): TableColumn<Row>[] {
  return [
    {
      title: 'Group',
      field: 'group',
      render: r =>
        r.known ? (
          <EntityRefLink entityRef={r.group} />
        ) : (
          `${r.group} (not in the catalogue)`
        ),
    },
    ...matrix.kinds.map(kind => ({
      title: `${kind} (marketing / IT / co-owned)`,
      render: (r: Row) => {
        const c = r.cells[kind];
        return c.marketing + c.it
          ? `${c.marketing} / ${c.it} / ${c.coOwned}`
          : '';
      },
    })),
  ];
}

/** Group × kind: how many entities each group owns on the marketing side, the IT side, and both. */
export function OwnershipMatrixTable({ matrix }: { matrix: OwnershipMatrix }) {
  const columns = useMemo(() => matrixColumns(matrix), [matrix]);
  return (
    <Table
      title="Who owns what"
      options={pagedSearchableTable}
      columns={columns}
      data={matrix.rows}
    />
  );
}
