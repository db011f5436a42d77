import { useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { Box, Button, Grid } from '@material-ui/core';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useAudit } from '../../hooks/useAudit';
import { useMaasAction } from '../../hooks/useMaasAction';
import { AsyncState } from '../common/AsyncState';
import { saveTextFile } from '../common/saveTextFile';
import { FindingsTable } from './FindingsTable';
import { OwnershipMatrixTable } from './OwnershipMatrixTable';

/** Every ownership and governance gap, who must act, and the ownership matrix; CSV for the rest. */
export function AuditTab() {
  const state = useAudit();
  const act = useMaasAction();
  const [downloading, setDownloading] = useState(false);
  const download = async () => {
    setDownloading(true);
    await act(
      async maas =>
        saveTextFile(
          await maas.getAuditCsv(),
          `maas-audit-${new Date().toISOString().slice(0, 10)}.csv`,
          'text/csv',
        ),
      { failure: reason => `Could not download the audit: ${reason}` },
    );
    setDownloading(false);
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
              <OwnershipMatrixTable matrix={matrix} />
            </InfoCard>
          </Grid>
        </Grid>
      )}
    </AsyncState>
  );
}
