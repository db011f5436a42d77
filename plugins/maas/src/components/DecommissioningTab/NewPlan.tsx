import { useState } from 'react';
import { SprawlView } from '@maas/plugin-maas-common';
import { Box, Button, MenuItem, TextField } from '@material-ui/core';
import { useMaasAction } from '../../hooks/useMaasAction';

/** Starts a decommissioning plan for a candidate that has none, with the usual three steps. */
export function NewPlan(props: {
  candidates: SprawlView['candidates'];
  onCreated(): void;
}) {
  const act = useMaasAction();
  const [tool, setTool] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const create = async () => {
    const created = await act(
      maas =>
        maas.createPlan({
          tool,
          targetDate,
          steps: [
            { title: 'Export the data', done: false },
            { title: 'Migrate audiences and journeys', done: false },
            { title: 'Cancel the contract', done: false },
          ],
        }),
      {
        success: 'Plan created',
        failure: reason => `Could not create the plan: ${reason}`,
      },
    );
    if (created) props.onCreated();
  };
  return (
    <Box display="flex" alignItems="flex-end" flexWrap="wrap">
      <TextField
        select
        id="maas-plan-tool"
        label="Tool"
        value={tool}
        onChange={e => setTool(e.target.value)}
        style={{ minWidth: 280, marginRight: 16 }}
      >
        {props.candidates
          .filter(c => !c.plan)
          .map(c => (
            <MenuItem key={c.ref} value={c.ref}>
              {c.title}
            </MenuItem>
          ))}
      </TextField>
      <TextField
        id="maas-plan-target-date"
        label="Target date"
        type="date"
        value={targetDate}
        onChange={e => setTargetDate(e.target.value)}
        InputLabelProps={{ shrink: true }}
        style={{ marginRight: 16 }}
      />
      <Button
        variant="contained"
        color="primary"
        disabled={!tool || !targetDate}
        onClick={create}
      >
        Create plan
      </Button>
    </Box>
  );
}
