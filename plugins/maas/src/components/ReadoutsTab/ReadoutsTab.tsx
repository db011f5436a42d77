import { cloneElement, useMemo, useState } from 'react';
import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Box,
  Chip,
  MenuItem,
  TextField,
  Typography,
  useTheme,
} from '@material-ui/core';
import ErrorIcon from '@material-ui/icons/Error';
import HourglassEmptyIcon from '@material-ui/icons/HourglassEmpty';
import RemoveIcon from '@material-ui/icons/Remove';
import TrendingDownIcon from '@material-ui/icons/TrendingDown';
import TrendingUpIcon from '@material-ui/icons/TrendingUp';
import { CampaignReadoutView } from '@maas/plugin-maas-common';
import { useReadouts } from '../../hooks/useReadouts';
import { AsyncState } from '../common/AsyncState';
import { formatAmount, shortRef, verdictTitles } from '../common/format';
import { pagedSearchableTable } from '../common/tableOptions';
import { liftDomain, LiftInterval } from './LiftInterval';

const ALL = '';

const campaignRef = (v: CampaignReadoutView) =>
  `campaign:${v.campaign.namespace}/${v.campaign.name}`;

const verdictIcons = {
  positive: <TrendingUpIcon />,
  negative: <TrendingDownIcon />,
  invalid: <ErrorIcon />,
  'insufficient-data': <HourglassEmptyIcon />,
  inconclusive: <RemoveIcon />,
};

/**
 * The verdict as a chip: its words in the chip's own contrast, its icon coloured (green for
 * positive, red for negative or a broken split).
 */
export function VerdictChip({
  verdict,
}: {
  verdict: CampaignReadoutView['readout']['verdict'];
}) {
  const theme = useTheme();
  let color = theme.palette.text.secondary;
  if (verdict === 'positive') color = theme.palette.success.main;
  if (verdict === 'negative' || verdict === 'invalid')
    color = theme.palette.error.main;
  return (
    <Chip
      size="small"
      icon={cloneElement(verdictIcons[verdict], { style: { color } })}
      label={verdictTitles[verdict]}
    />
  );
}

function columns(domain: [number, number]): TableColumn<CampaignReadoutView>[] {
  return [
    {
      title: 'Campaign',
      field: 'campaign.name',
      render: v => (
        <EntityRefLink
          entityRef={campaignRef(v)}
          title={v.campaign.title ?? v.campaign.name}
        />
      ),
    },
    { title: 'State', field: 'campaign.status' },
    {
      title: 'Template',
      field: 'campaign.template',
      render: v => shortRef(v.campaign.template),
    },
    {
      title: 'Audience',
      field: 'campaign.audience',
      render: v => <EntityRefLink entityRef={v.campaign.audience} />,
    },
    {
      title: 'Verdict',
      field: 'readout.verdict',
      render: v => <VerdictChip verdict={v.readout.verdict} />,
    },
    {
      title: 'Lift (95 % interval)',
      sorting: false,
      render: v =>
        v.days === null ? (
          <Typography variant="body2" color="textSecondary">
            no results yet
          </Typography>
        ) : (
          <Box>
            {v.readout.comparisons.map(c => (
              <LiftInterval
                key={c.arm}
                comparison={c}
                domain={domain}
                named={v.readout.comparisons.length > 1}
              />
            ))}
          </Box>
        ),
    },
    {
      title: 'Spend',
      field: 'readout.totals.spend',
      type: 'numeric',
      render: v => formatAmount(v.readout.totals.spend, v.currency),
    },
    {
      title: 'iROAS',
      field: 'readout.iroas',
      type: 'numeric',
      render: v =>
        v.readout.iroas === null ? '—' : `${v.readout.iroas.toFixed(2)}`,
    },
  ];
}

function Filter(props: {
  id: string;
  label: string;
  value: string;
  options: string[];
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      select
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={e => props.onChange(e.target.value)}
      style={{ minWidth: 240, marginRight: 16 }}
    >
      <MenuItem value={ALL}>All</MenuItem>
      {props.options.map(o => (
        <MenuItem key={o} value={o}>
          {shortRef(o)}
        </MenuItem>
      ))}
    </TextField>
  );
}

function ReadoutsTable({ items }: { items: CampaignReadoutView[] }) {
  const [team, setTeam] = useState(ALL);
  const [template, setTemplate] = useState(ALL);
  const distinct = (pick: (v: CampaignReadoutView) => string) =>
    [...new Set(items.map(pick))].sort();
  const shown = useMemo(
    () =>
      items.filter(
        v =>
          (team === ALL || v.campaign.owner === team) &&
          (template === ALL || v.campaign.template === template),
      ),
    [items, team, template],
  );
  // One scale for every interval plot, so that lifts compare at a glance; the table keeps its
  // search while the columns stay the same.
  const cols = useMemo(
    () => columns(liftDomain(items.flatMap(v => v.readout.comparisons))),
    [items],
  );
  return (
    <>
      <Box mb={2} display="flex" flexWrap="wrap">
        <Filter
          id="maas-readouts-team"
          label="Team"
          value={team}
          options={distinct(v => v.campaign.owner)}
          onChange={setTeam}
        />
        <Filter
          id="maas-readouts-template"
          label="Template"
          value={template}
          options={distinct(v => v.campaign.template)}
          onChange={setTemplate}
        />
      </Box>
      <Table
        title={`Campaigns (${shown.length})`}
        options={pagedSearchableTable}
        columns={cols}
        data={shown}
      />
    </>
  );
}

/**
 * Every launched campaign and what its results say: state, template, audience, the verdict,
 * each arm's lift with its interval, spend and iROAS; filtered by team (its owner) and template.
 */
export function ReadoutsTab() {
  const state = useReadouts();
  return (
    <AsyncState
      {...state}
      isEmpty={items => items.length === 0}
      emptyTitle="No campaign launched yet"
      emptyDescription="Launch one from the service catalogue: its readout shows here once its results are posted."
    >
      {items => <ReadoutsTable items={items} />}
    </AsyncState>
  );
}
