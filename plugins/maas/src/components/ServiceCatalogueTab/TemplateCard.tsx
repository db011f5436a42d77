import { Entity } from '@backstage/catalog-model';
import { InfoCard, LinkButton } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { getTcfPurposeName } from '@maas/plugin-maas-common';
import { Box, Typography } from '@material-ui/core';
import { capabilityTitle, useTaxonomy } from '../../hooks/useTaxonomy';
import { WrappingChip } from '../common/WrappingChip';

const csv = (value?: string) =>
  value
    ? value
        .split(',')
        .map(s => s.trim())
        .filter(Boolean)
    : [];

/** A campaign template: its channels, required consent, owner, launch SLA, and a launch button. */
export function TemplateCard({ template }: { template: Entity }) {
  const annotations = template.metadata.annotations ?? {};
  const purposes = csv(annotations['maas.dev/required-purposes']).map(Number);
  const capabilities = csv(annotations['maas.dev/channel-capabilities']);
  const namespace = template.metadata.namespace ?? 'default';
  const taxonomy = useTaxonomy();
  return (
    <InfoCard
      title={template.metadata.title ?? template.metadata.name}
      variant="gridItem"
    >
      <Typography variant="body2" paragraph>
        {template.metadata.description}
      </Typography>
      <Typography variant="subtitle2">Channels</Typography>
      <Box mb={1} display="flex" flexWrap="wrap">
        {capabilities.map(c => (
          <WrappingChip key={c} label={capabilityTitle(taxonomy, c)} />
        ))}
      </Box>
      <Typography variant="subtitle2">
        Required consent (TCF purposes)
      </Typography>
      <Box mb={1} display="flex" flexWrap="wrap">
        {purposes.map(p => (
          <WrappingChip
            key={p}
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
