import { useState } from 'react';
import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  InventoryImportResult,
  InventoryProblem,
  maasInventoryImportPermission,
} from '@maas/plugin-maas-common';
import { Box, Button, Chip, Typography } from '@material-ui/core';
import { useInventoryImports } from '../../hooks/useInventoryImports';
import { useMaasAction } from '../../hooks/useMaasAction';
import { AlarmChip } from '../common/AlarmChip';
import { AsyncState } from '../common/AsyncState';

const problemColumns: TableColumn<InventoryProblem>[] = [
  { title: 'Row', field: 'row', width: '6%' },
  { title: 'Cell', render: p => p.cell ?? '—', width: '6%' },
  { title: 'Column', render: p => p.column ?? '—', width: '16%' },
  {
    title: 'Entity',
    render: p =>
      p.entityRef ? <EntityRefLink entityRef={p.entityRef} /> : '—',
    width: '16%',
  },
  {
    title: 'Problem',
    width: '56%',
    render: p => (
      <Box display="flex" alignItems="center">
        <Box mr={1}>
          {p.level === 'error' ? (
            <AlarmChip label="not loaded" />
          ) : (
            <Chip size="small" label="warning" />
          )}
        </Box>
        {p.message}
      </Box>
    ),
  },
];

// Draggable headers would nest each sort button in a drag handle (see tableOptions.ts).
const pagedProblems = { paging: true, search: false, draggable: false };
const unpagedProblems = { paging: false, search: false, draggable: false };

const statusText: Record<InventoryImportResult['status'], string> = {
  imported: 'imported',
  'imported-with-problems': 'imported, some rows not loaded',
  failed: 'failed: nothing read, the catalogue keeps what it had',
};

function fileName(source: string): string {
  return source.split(/[\\/]/).pop() || source;
}

function ImportResult({ result }: { result: InventoryImportResult }) {
  const finished = new Date(result.finishedAt).toLocaleString('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <Box mb={2}>
      <Typography variant="subtitle1">
        {result.providerId}: {fileName(result.source)}
        {result.sheet ? ` (${result.sheet})` : ''} — {statusText[result.status]}
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        {result.status === 'failed'
          ? result.error
          : `${result.rows} rows read: ${result.entities.tools} tools and ${
              result.entities.vendors
            } vendors in the catalogue, ${result.problemCount} problem${
              result.problemCount === 1 ? '' : 's'
            }`}
        {` · finished ${finished}`}
      </Typography>
      {result.problems.length > 0 && (
        <Table
          title={`Rows to fix in ${fileName(result.source)}`}
          options={
            result.problems.length > 10 ? pagedProblems : unpagedProblems
          }
          columns={problemColumns}
          data={result.problems}
        />
      )}
    </Box>
  );
}

/**
 * The inventory imports (spreadsheets the catalogue turns into tools and vendors): what the last
 * run of each loaded, every row it could not with its row, column and reason, and a button that
 * runs them now for those who may.
 */
export function InventoryImportCard() {
  const state = useInventoryImports();
  const act = useMaasAction();
  const { allowed } = usePermission({
    permission: maasInventoryImportPermission,
  });
  const [busy, setBusy] = useState(false);

  const importNow = async () => {
    setBusy(true);
    let requestedAt: string | undefined;
    await act(
      async maas => {
        requestedAt = (await maas.requestInventoryImport()).requestedAt;
      },
      {
        success: 'Import requested: the result shows here when it is done',
        failure: reason => `Could not request the import: ${reason}`,
      },
    );
    if (requestedAt) state.awaitImport(requestedAt);
    setBusy(false);
  };

  return (
    <InfoCard
      title="Inventory import"
      subheader="Spreadsheets the catalogue reads tools and vendors from"
      action={
        allowed ? (
          <Button
            variant="outlined"
            color="primary"
            onClick={importNow}
            disabled={busy || state.waiting}
          >
            {state.waiting ? 'Importing…' : 'Import now'}
          </Button>
        ) : undefined
      }
    >
      <AsyncState
        {...state}
        isEmpty={v => v.items.length === 0}
        emptyTitle="No inventory import has run yet"
        emptyDescription="Name a spreadsheet under catalog.providers.maasInventory (the catalogue module's README, Inventory import); its results show here."
      >
        {({ items }) =>
          items.map(result => (
            <ImportResult key={result.providerId} result={result} />
          ))
        }
      </AsyncState>
    </InfoCard>
  );
}
