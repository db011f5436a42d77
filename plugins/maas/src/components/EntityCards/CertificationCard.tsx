import { useState } from 'react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  AudienceCertification,
  CertificationRole,
  certificationRoles,
} from '@maas/plugin-maas-common';
import {
  Box,
  Button,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { useCertification } from '../../hooks/useCertification';
import { useMaasAction } from '../../hooks/useMaasAction';
import { AsyncState } from '../common/AsyncState';

const roleTitles: Record<CertificationRole, string> = {
  marketing: 'Marketing key',
  it: 'IT key',
};

const stateTitles: Record<AudienceCertification['state'], string> = {
  certified: 'Certified',
  trusted: 'Certified (taken from the catalogue)',
  incomplete: 'Certification incomplete',
  voided: 'Certification voided by a change',
  expired: 'Certification expired',
  uncertified: 'Not certified',
};

function day(iso: string) {
  return iso.slice(0, 10);
}

function keyLine(
  certification: AudienceCertification,
  role: CertificationRole,
) {
  const key = certification.keys[role];
  if (!key) return 'not turned';
  const when = `${key.certifiedBy} (${key.group}) on ${day(key.certifiedAt)}`;
  return key.current
    ? `${when}, valid until ${day(key.expiresAt)}`
    : `${when}, voided: the audience changed since`;
}

/**
 * An audience's two-key certification: where it stands, who turned each key, why it is not
 * certified, and a button for each key the signed-in user may turn.
 */
export function CertificationCard() {
  const { entity } = useEntity();
  const ref = stringifyEntityRef(entity);
  const { loading, error, value, retry } = useCertification(ref);
  const act = useMaasAction();
  const [busy, setBusy] = useState(false);
  const certify = async (role: CertificationRole) => {
    setBusy(true);
    const done = await act(maas => maas.certifyAudience(ref, role), {
      success: `${roleTitles[role]} turned`,
      failure: reason => `Could not certify: ${reason}`,
    });
    setBusy(false);
    if (done) retry();
  };
  return (
    <InfoCard title="Certification" variant="gridItem">
      <AsyncState loading={loading} error={error} value={value}>
        {certification => (
          <>
            <Typography variant="h6">
              {stateTitles[certification.state]}
              {certification.expiresAt
                ? ` until ${day(certification.expiresAt)}`
                : ''}
            </Typography>
            <List dense>
              {certificationRoles.map(role => (
                <ListItem key={role}>
                  <ListItemText
                    primary={roleTitles[role]}
                    secondary={keyLine(certification, role)}
                  />
                </ListItem>
              ))}
            </List>
            {certification.reasons.map(reason => (
              <Typography key={reason} variant="body2" color="error">
                {reason}
              </Typography>
            ))}
            {certification.requested && !certification.certified && (
              <Typography variant="body2" color="textSecondary">
                Certification requested (spec.certified: true): it counts once
                both keys are turned.
              </Typography>
            )}
            <Box mt={1}>
              {certification.canCertify.map(role => (
                <Button
                  key={role}
                  variant="outlined"
                  color="primary"
                  disabled={busy}
                  onClick={() => certify(role)}
                  style={{ marginRight: 8 }}
                >
                  {certification.keys[role]?.current
                    ? `Renew the ${role === 'it' ? 'IT' : 'marketing'} key`
                    : `Certify as ${role === 'it' ? 'IT' : 'marketing'}`}
                </Button>
              ))}
            </Box>
          </>
        )}
      </AsyncState>
    </InfoCard>
  );
}
