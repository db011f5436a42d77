import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { getTcfPurposeName } from '@maas/plugin-maas-common';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';

/** The consent purposes a data product carries, or an audience requires, with their names. */
export function ConsentCard() {
  const { entity } = useEntity();
  const spec = (entity.spec ?? {}) as {
    consent?: {
      purposes?: number[];
      requiredPurposes?: number[];
      legalBasis?: string;
      personalData?: boolean;
    };
  };
  const purposes =
    spec.consent?.purposes ?? spec.consent?.requiredPurposes ?? [];
  const required = entity.kind === 'Audience';
  return (
    <InfoCard
      title={required ? 'Required consent' : 'Consent'}
      variant="gridItem"
    >
      {spec.consent?.legalBasis && (
        <Typography variant="body2">
          Legal basis: {spec.consent.legalBasis}
          {spec.consent.personalData !== undefined &&
            ` · ${
              spec.consent.personalData ? 'personal data' : 'no personal data'
            }`}
        </Typography>
      )}
      {purposes.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No TCF purpose {required ? 'required' : 'declared'}.
        </Typography>
      ) : (
        <List dense>
          {purposes.map(p => (
            <ListItem key={p}>
              <ListItemText
                primary={`${p}. ${getTcfPurposeName(p) ?? 'Unknown purpose'}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
}
