import { useMemo, useState } from 'react';
import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Button, Grid } from '@material-ui/core';
import GetAppIcon from '@material-ui/icons/GetApp';
import useAsync from 'react-use/esm/useAsync';
import { Finding, OwnershipMatrix } from '@maas/plugin-maas-common';
import { maasApiRef } from '../../api/MaasApi';
import { AsyncState } from '../common/AsyncState';
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

function FindingsTable({
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

function MatrixTable({ matrix }: { matrix: OwnershipMatrix }) {
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

function matrixColumns(
  matrix: OwnershipMatrix,
): TableColumn<OwnershipMatrix['rows'][number]>[] {
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
      render: (r: OwnershipMatrix['rows'][number]) => {
        const c = r.cells[kind];
        return c.marketing + c.it
          ? `${c.marketing} / ${c.it} / ${c.coOwned}`
          : '';
      },
    })),
  ];
}

/** Every ownership and governance gap, who must act, and the ownership matrix; CSV for the rest. */
export function AuditTab() {
  const api = useApi(maasApiRef);
  const alertApi = useApi(alertApiRef);
  const state = useAsync(async () => {
    const [audit, matrix] = await Promise.all([
      api.getAudit(),
      api.getOwnershipMatrix(),
    ]);
    return { audit, matrix };
  }, [api]);
  const [downloading, setDownloading] = useState(false);
  const download = async () => {
    setDownloading(true);
    try {
      const csv = await api.getAuditCsv();
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `maas-audit-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.appendChild(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch (error) {
      alertApi.post({
        message: `Could not download the audit: ${(error as Error).message}`,
        severity: 'error',
      });
    } finally {
      setDownloading(false);
    }
  };
  return (
    <AsyncState {...state}>
      {({ audit, matrix }) => (
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <Box display="flex" justifyContent="flex-end" mb={1}>
              <Button
                variant="outlined"
                startIcon={<GetAppIcon />}
                onClick={download}
                disabled={downloading}
              >
                Download CSV
              </Button>
            </Box>
            <FindingsTable findings={audit.findings} asOf={audit.asOf} />
          </Grid>
          <Grid item xs={12}>
            <InfoCard
              title="Ownership matrix"
              subheader="Marketing owner (spec.owner), IT owner (spec.technicalOwner), and the entities with both"
            >
              <MatrixTable matrix={matrix} />
            </InfoCard>
          </Grid>
        </Grid>
      )}
    </AsyncState>
  );
}
