import { useState } from 'react';
import { Table, TableColumn } from '@backstage/core-components';
import { Box } from '@material-ui/core';
import { VendorView } from '@maas/plugin-maas-common';
import { useVendors } from '../../hooks/useVendors';
import { AsyncState } from '../common/AsyncState';
import { RenewalCalendar } from './RenewalCalendar';
import { VendorDetail } from './VendorDetail';
import { formatDaysLeft } from '../common/format';
import { pagedSearchableTable } from '../common/tableOptions';

const count = (v: VendorView, status: string) =>
  v.dataAct.asOf.checks.filter(c => c.status === status).length;

const columns: TableColumn<VendorView>[] = [
  { title: 'Vendor', field: 'title' },
  {
    title: 'Reversibility',
    field: 'score',
    type: 'numeric',
    defaultSort: 'asc',
  },
  {
    title: 'Days to decide',
    customSort: (a, b) =>
      (a.deadline?.daysLeft ?? 99999) - (b.deadline?.daysLeft ?? 99999),
    render: v =>
      v.deadline
        ? `${formatDaysLeft(v.deadline.daysLeft)} (${v.deadline.deadline})`
        : '—',
  },
  {
    title: 'Data Act (pass / fail / unknown)',
    render: v =>
      `${count(v, 'pass')} / ${count(v, 'fail')} / ${count(v, 'unknown')}`,
  },
  {
    title: 'Decision',
    render: v =>
      v.latestDecision
        ? `${v.latestDecision.decision}${
            v.decidedForCurrentTerm ? '' : ' (earlier term)'
          }`
        : '—',
  },
];

/** Every vendor's reversibility, Data Act checks and decision deadline; click one for the detail. */
export function VendorsTab() {
  const state = useVendors();
  const [selected, setSelected] = useState<string>();
  return (
    <AsyncState
      {...state}
      isEmpty={v => v.items.length === 0}
      emptyTitle="No vendor in the catalogue"
    >
      {({ items }) => (
        <>
          <Table
            title={`Vendors (${items.length}), least reversible first`}
            options={pagedSearchableTable}
            columns={columns}
            data={items}
            onRowClick={(_, row) => setSelected(row?.ref)}
          />
          {selected && (
            <Box mt={3}>
              <VendorDetail vendorRef={selected} />
            </Box>
          )}
          <Box mt={3}>
            <RenewalCalendar vendors={items} />
          </Box>
        </>
      )}
    </AsyncState>
  );
}
