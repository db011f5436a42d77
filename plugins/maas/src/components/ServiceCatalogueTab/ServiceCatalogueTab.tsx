import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { DataProductCompliance } from '@maas/plugin-maas-common';
import { Grid, Typography } from '@material-ui/core';
import { useServiceCatalogue } from '../../hooks/useServiceCatalogue';
import { AsyncState } from '../common/AsyncState';
import { pagedSearchableTable } from '../common/tableOptions';
import { TemplateCard } from './TemplateCard';

const audienceColumns: TableColumn<Entity>[] = [
  { title: 'Audience', render: e => <EntityRefLink entityRef={e} /> },
  {
    title: 'Size',
    cellStyle: { whiteSpace: 'nowrap' },
    render: e =>
      Number((e.spec as any)?.estimatedSize ?? 0).toLocaleString('en-GB'),
  },
  { title: 'Refresh', render: e => String((e.spec as any)?.refresh ?? '—') },
  {
    title: 'Consent purposes',
    render: e => ((e.spec as any)?.consent?.requiredPurposes ?? []).join(', '),
  },
];

const productColumns: TableColumn<DataProductCompliance>[] = [
  { title: 'Data product', render: p => <EntityRefLink entityRef={p.ref} /> },
  { title: 'SLA', field: 'status', cellStyle: { whiteSpace: 'nowrap' } },
  {
    title: 'Fresh / complete (% of measurements)',
    render: p =>
      `${p.freshness.metPct ?? '—'} / ${p.completeness.metPct ?? '—'}`,
  },
  {
    title: 'Current freshness',
    render: p =>
      p.currentFreshnessHours === null ? '—' : `${p.currentFreshnessHours} h`,
  },
];

/** What marketing teams can use today: campaign templates, certified audiences, data products. */
export function ServiceCatalogueTab() {
  const state = useServiceCatalogue();
  return (
    <AsyncState {...state}>
      {({ templates, audiences, compliance }) => (
        <Grid container spacing={3}>
          {templates.length === 0 && (
            <Grid item xs={12}>
              <Typography>
                No campaign template in the catalogue yet.
              </Typography>
            </Grid>
          )}
          {templates.map(t => (
            <Grid item xs={12} md={6} lg={3} key={stringifyEntityRef(t)}>
              <TemplateCard template={t} />
            </Grid>
          ))}
          <Grid item xs={12} xl={6}>
            <Table
              title="Certified audiences"
              options={pagedSearchableTable}
              columns={audienceColumns}
              data={audiences}
            />
          </Grid>
          <Grid item xs={12} xl={6}>
            <Table
              title={`Data products (SLA over ${compliance.window.days} days)`}
              options={pagedSearchableTable}
              columns={productColumns}
              data={compliance.dataProducts}
            />
          </Grid>
        </Grid>
      )}
    </AsyncState>
  );
}
