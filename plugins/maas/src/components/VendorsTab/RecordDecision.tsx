import { useState } from 'react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  maasVendorDecisionCreatePermission,
  VendorDecision,
} from '@maas/plugin-maas-common';
import {
  Box,
  Button,
  MenuItem,
  TextField,
  Typography,
} from '@material-ui/core';
import { useMaasAction } from '../../hooks/useMaasAction';

/** The CMO–CIO pair records renew, renegotiate or exit; hidden from those without the permission. */
export function RecordDecision(props: {
  vendorRef: string;
  onRecorded(): void;
}) {
  const act = useMaasAction();
  const { allowed, loading } = usePermission({
    permission: maasVendorDecisionCreatePermission,
  });
  const [decision, setDecision] = useState<VendorDecision['decision']>('renew');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  if (loading) return null;
  if (!allowed) {
    return (
      <Typography variant="body2" color="textSecondary">
        Only the vendor deciders can record a decision.
      </Typography>
    );
  }
  const submit = async () => {
    setBusy(true);
    const recorded = await act(
      maas =>
        maas.recordDecision(props.vendorRef, {
          decision,
          ...(note ? { note } : {}),
        }),
      {
        success: `Decision recorded: ${decision}`,
        failure: reason => `Could not record the decision: ${reason}`,
      },
    );
    if (recorded) {
      setNote('');
      props.onRecorded();
    }
    setBusy(false);
  };
  return (
    <Box display="flex" alignItems="flex-end" flexWrap="wrap">
      <TextField
        select
        id="maas-decision"
        label="Decision"
        value={decision}
        onChange={e =>
          setDecision(e.target.value as VendorDecision['decision'])
        }
        style={{ minWidth: 160, marginRight: 16 }}
      >
        <MenuItem value="renew">Renew</MenuItem>
        <MenuItem value="renegotiate">Renegotiate</MenuItem>
        <MenuItem value="exit">Exit</MenuItem>
      </TextField>
      <TextField
        id="maas-decision-note"
        label="Note"
        value={note}
        onChange={e => setNote(e.target.value)}
        style={{ minWidth: 280, marginRight: 16 }}
      />
      <Button
        variant="contained"
        color="primary"
        disabled={busy}
        onClick={submit}
      >
        Record decision
      </Button>
    </Box>
  );
}
