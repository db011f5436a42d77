import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  LinkButton,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef, EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  DataProductCompliance,
  getCapability,
  getTcfPurposeName,
} from '@maas/plugin-maas-common';
import { Box, Chip, Grid, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { maasApiRef } from '../../api/MaasApi';
import { AsyncState } from '../common/AsyncState';
import { pagedSearchableTable } from '../common/tableOptions';

const csv = (value?: string) =>
  value
    ? value
        .split(',')
        .map(s => s.trim())
        .filter(Boolean)
    : [];

function TemplateCard({ template }: { template: Entity }) {
  const annotations = template.metadata.annotations ?? {};
  const purposes = csv(annotations['maas.dev/required-purposes']).map(Number);
  const capabilities = csv(annotations['maas.dev/channel-capabilities']);
  const namespace = template.metadata.namespace ?? 'default';
  return (
    <InfoCard
      title={template.metadata.title ?? template.metadata.name}
      variant="gridItem"
    >
      <Typography variant="body2" paragraph>
        {template.metadata.description}
      </Typography>
      <Typography variant="subtitle2">Channels</Typography>
      <Box mb={1}>
        {capabilities.map(c => (
          <Chip key={c} size="small" label={getCapability(c)?.title ?? c} />
        ))}
      </Box>
      <Typography variant="subtitle2">
        Required consent (TCF purposes)
      </Typography>
      <Box mb={1}>
        {purposes.map(p => (
          <Chip
            key={p}
            size="small"
            label={`${p} · ${getTcfPurposeName(p) ?? 'unknown'}`}
          />
        ))}
      </Box>
      <Typography variant="body2">
        Owner:{' '}
        <EntityRefLink
          entityRef={String(template.spec?.owner ?? '')}
          defaultKind="group"
        />
        {annotations['maas.dev/launch-sla'] && (
          <> · Launch SLA {annotations['maas.dev/launch-sla']}</>
        )}
        {annotations['maas.dev/requires-certified-audience'] === 'true' && (
          <> · Certified audiences only</>
        )}
      </Typography>
      <Box mt={2}>
        <LinkButton
          to={`/create/templates/${namespace}/${template.metadata.name}`}
          color="primary"
          variant="contained"
          aria-label={`Launch ${
            template.metadata.title ?? template.metadata.name
          }`}
        >
          Launch
        </LinkButton>
      </Box>
    </InfoCard>
  );
}

const audienceColumns: TableColumn<Entity>[] = [
  { title: 'Audience', render: e => <EntityRefLink entityRef={e} /> },
  {
    title: 'Size',
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
  { title: 'SLA', field: 'status' },
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
  const catalog = useApi(catalogApiRef);
  const maas = useApi(maasApiRef);
  const state = useAsync(async () => {
    const [templates, audiences, compliance] = await Promise.all([
      catalog.getEntities({
        filter: { kind: 'Template', 'spec.type': 'campaign' },
      }),
      catalog.getEntities({
        filter: { kind: 'Audience', 'spec.certified': 'true' },
      }),
      maas.getCompliance(),
    ]);
    return {
      templates: templates.items,
      audiences: audiences.items,
      compliance,
    };
  }, [catalog, maas]);
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
          <Grid item xs={12} md={6}>
            <Table
              title="Certified audiences"
              options={pagedSearchableTable}
              columns={audienceColumns}
              data={audiences}
            />
          </Grid>
          <Grid item xs={12} md={6}>
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
