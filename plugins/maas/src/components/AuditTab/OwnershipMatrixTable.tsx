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
      cellStyle: { whiteSpace: 'nowrap' },
      render: r =>
        r.known ? (
          <EntityRefLink entityRef={r.group} />
        ) : (
          `${r.group} (not in the catalogue)`
        ),
    },
    ...matrix.kinds.map(kind => ({
      title: kind,
      render: (r: Row) => {
        const c = r.cells[kind];
        return c.marketing + c.it
          ? `${c.marketing} / ${c.it} / ${c.coOwned}`
          : '';
      },
    })),
  ];
}

/** Compact rows: the matrix sits above the findings it explains. */
const matrixOptions = { ...pagedSearchableTable, padding: 'dense' as const };

/**
 * Group × kind: how many entities each group owns on the marketing side, the IT side, and both
 * (each cell reads "marketing / IT / co-owned").
 */
export function OwnershipMatrixTable({ matrix }: { matrix: OwnershipMatrix }) {
  const columns = useMemo(() => matrixColumns(matrix), [matrix]);
  return (
    <Table
      title="Who owns what"
      subtitle="Each cell: marketing / IT / co-owned"
      options={matrixOptions}
      columns={columns}
      data={matrix.rows}
    />
  );
}
