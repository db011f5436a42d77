import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Link } from '@backstage/core-components';
import { Box, Button, Grid, Typography } from '@material-ui/core';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useAudit } from '../../hooks/useAudit';
import { useMaasAction } from '../../hooks/useMaasAction';
import { AsyncState } from '../common/AsyncState';
import { saveTextFile } from '../common/saveTextFile';
import { AuditSummary } from './AuditSummary';
import { applyFilter, clearLink, isFiltered, readFilter } from './auditFilters';
import { FindingsTable } from './FindingsTable';
import { OwnershipMatrixTable } from './OwnershipMatrixTable';

/**
 * Every ownership and governance gap at a glance (by severity, who must act, owning team), the
 * ownership matrix that explains them (above the findings: beside them, both tables would be too
 * narrow to read), and the findings table the summary filters; CSV for the rest.
 */
export function AuditTab() {
  const state = useAudit();
  const act = useMaasAction();
  const [params] = useSearchParams();
  const filter = readFilter(params);
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
      {({ audit, matrix }) => {
        const shown = applyFilter(audit.findings, filter);
        return (
          <Grid container spacing={3}>
            <Grid item xs={12}>
              <AuditSummary
                findings={audit.findings}
                matrix={matrix}
                params={params}
                filter={filter}
              />
            </Grid>
            <Grid item xs={12}>
              <OwnershipMatrixTable matrix={matrix} />
            </Grid>
            <Grid item xs={12}>
              <Box
                display="flex"
                justifyContent="space-between"
                alignItems="center"
                flexWrap="wrap"
                mb={1}
              >
                <Typography variant="body2">
                  {isFiltered(filter) ? (
                    <>
                      Showing {shown.length} of {audit.findings.length}{' '}
                      findings. <Link to={clearLink(params)}>Show all</Link>
                    </>
                  ) : (
                    'Choose a severity, who must act or a team above to narrow the table.'
                  )}
                </Typography>
                <Button
                  variant="outlined"
                  startIcon={<GetAppIcon />}
                  onClick={download}
                  disabled={downloading}
                >
                  Download CSV
                </Button>
              </Box>
              <FindingsTable
                findings={shown}
                total={audit.findings.length}
                asOf={audit.asOf}
              />
            </Grid>
          </Grid>
        );
      }}
    </AsyncState>
  );
}
