import { useState } from 'react';
import { SprawlView } from '@maas/plugin-maas-common';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
} from '@material-ui/core';
import { useMaasAction } from '../../hooks/useMaasAction';
import { Candidate } from './CandidatesTable';

/** The steps a new plan starts with; the plan's owner edits them as the work is split up. */
const defaultSteps = [
  { title: 'Export the data', done: false },
  { title: 'Migrate audiences and journeys', done: false },
  { title: 'Cancel the contract', done: false },
];

/**
 * "Plan its retirement" for one candidate: a target date and, if one is chosen, the tool that
 * takes over, then a plan with the usual three steps.
 */
export function PlanRetirement(props: {
  candidate: Candidate;
  /** The tools in use, to choose a successor from. */
  tools: SprawlView['capabilities'][number]['tools'];
  onCreated(): void;
}) {
  const { candidate } = props;
  const act = useMaasAction();
  const [open, setOpen] = useState(false);
  const [targetDate, setTargetDate] = useState('');
  const [successor, setSuccessor] = useState('');
  const [saving, setSaving] = useState(false);
  const create = async () => {
    setSaving(true);
    const created = await act(
      maas =>
        maas.createPlan({
          tool: candidate.ref,
          targetDate,
          steps: defaultSteps,
          ...(successor ? { successor } : {}),
        }),
      {
        success: `Retirement of ${candidate.title} planned`,
        failure: reason => `Could not create the plan: ${reason}`,
      },
    );
    setSaving(false);
    if (created) {
      setOpen(false);
      props.onCreated();
    }
  };
  const dialogTitle = `Plan the retirement of ${candidate.title}`;
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        color="primary"
        // The visible words first, then whose retirement: one accessible name per row.
        aria-label={`Plan its retirement: ${candidate.title}`}
        onClick={() => setOpen(true)}
      >
        Plan its retirement
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby="maas-plan-retirement-title"
      >
        <DialogTitle id="maas-plan-retirement-title">{dialogTitle}</DialogTitle>
        <DialogContent>
          <TextField
            id="maas-plan-target-date"
            label="Target date"
            type="date"
            value={targetDate}
            onChange={e => setTargetDate(e.target.value)}
            InputLabelProps={{ shrink: true }}
            fullWidth
            margin="normal"
            required
          />
          <TextField
            select
            id="maas-plan-successor"
            label="Successor (optional)"
            value={successor}
            onChange={e => setSuccessor(e.target.value)}
            fullWidth
            margin="normal"
          >
            <MenuItem value="">None</MenuItem>
            {props.tools
              .filter(t => t.ref !== candidate.ref)
              .map(t => (
                <MenuItem key={t.ref} value={t.ref}>
                  {t.title}
                </MenuItem>
              ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button
            variant="contained"
            color="primary"
            disabled={!targetDate || saving}
            onClick={create}
          >
            Create plan
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
