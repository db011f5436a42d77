import { ChangeEvent, useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  Box,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CampaignReadoutDetail } from '@maas/plugin-maas-common';
import { useMaasAction } from '../../hooks/useMaasAction';
import { useReadout } from '../../hooks/useReadout';
import { AsyncState } from '../common/AsyncState';
import {
  formatAmount,
  formatLift,
  formatRate,
  formatShare,
} from '../common/format';
import { VerdictChip } from '../ReadoutsTab/ReadoutsTab';

const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd'];

const armTitle = (arm: string) => (arm === 'holdout' ? 'Holdout' : arm);

/** A file's text (FileReader: older engines lack `Blob.text()`). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** Each arm's cumulative conversion rate, day by day: where the readout converged from. */
function CumulativeRates({ view }: { view: CampaignReadoutDetail }) {
  const arms = view.readout.arms.map(a => a.arm);
  const data = view.series.map(d => ({
    day: d.day,
    ...Object.fromEntries(
      d.arms.map(a => [
        a.arm,
        a.conversionRate === null ? null : a.conversionRate * 100,
      ]),
    ),
  }));
  return (
    <Box height={220} mt={2} data-testid="readout-cumulative-rates">
      <Typography variant="subtitle2">
        Cumulative conversion rate per arm
      </Typography>
      <ResponsiveContainer width="100%" height="90%">
        <LineChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} />
          <YAxis unit=" %" tick={{ fontSize: 11 }} width={56} />
          <Tooltip
            formatter={v =>
              typeof v === 'number' ? `${v.toFixed(2)} %` : String(v)
            }
          />
          <Legend />
          {arms.map((arm, i) => (
            <Line
              key={arm}
              isAnimationActive={false}
              type="monotone"
              dataKey={arm}
              name={armTitle(arm)}
              dot={false}
              strokeWidth={2}
              stroke={COLORS[i % COLORS.length]}
              connectNulls
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
}

/** A p-value for people: two significant digits, and "< 0.0001" below that. */
function formatP(p: number): string {
  return p < 0.0001 ? '< 0.0001' : String(Number(p.toPrecision(2)));
}

/**
 * The arms side by side (the control last, as the experiment lists it): each arm's figures and,
 * against the control, its effect. A figure per row, so that it fits a card however many arms.
 */
function Comparisons({ view }: { view: CampaignReadoutDetail }) {
  const { readout, currency } = view;
  const against = new Map(readout.comparisons.map(c => [c.arm, c]));
  const count = (n: number | null | undefined) =>
    n === null || n === undefined ? '—' : Math.round(n).toLocaleString('en-GB');
  const rows: Array<[string, (arm: (typeof readout.arms)[number]) => string]> =
    [
      ['Users', a => count(a.users)],
      ['Conversions', a => count(a.conversions)],
      ['Conversion rate', a => formatRate(a.conversionRate)],
      [
        'Lift against the control (95 % interval)',
        a => {
          const lift = against.get(a.arm)?.relativeLift;
          return lift
            ? `${formatLift(lift.estimate)} (${formatLift(
                lift.low,
              )} to ${formatLift(lift.high)})`
            : '—';
        },
      ],
      [
        'p-value of the difference',
        a => {
          const d = against.get(a.arm)?.difference;
          return d ? formatP(d.pValue) : '—';
        },
      ],
      [
        'Lift detectable at 80 % power',
        a => formatShare(against.get(a.arm)?.detectableLift),
      ],
      [
        'Incremental conversions',
        a => count(against.get(a.arm)?.incrementalConversions),
      ],
      [
        'Incremental revenue',
        a => formatAmount(against.get(a.arm)?.incrementalRevenue, currency),
      ],
      ['Spend', a => formatAmount(a.spend, currency)],
      [
        'iROAS',
        a => {
          const iroas = against.get(a.arm)?.iroas;
          return iroas === null || iroas === undefined ? '—' : iroas.toFixed(2);
        },
      ],
      [
        'Incremental CAC',
        a => formatAmount(against.get(a.arm)?.incrementalCac, currency),
      ],
      ['CAC', a => formatAmount(against.get(a.arm)?.cac, currency)],
    ];
  return (
    <Box mt={2} overflow="auto">
      <Table size="small" aria-label="Comparisons with the control">
        <TableHead>
          <TableRow>
            <TableCell />
            {readout.arms.map(a => (
              <TableCell key={a.arm} align="right">
                {armTitle(a.arm)}
                {a.arm === readout.control ? ' (control)' : ''}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(([title, value]) => (
            <TableRow key={title}>
              <TableCell component="th" scope="row">
                {title}
              </TableCell>
              {readout.arms.map(a => (
                <TableCell key={a.arm} align="right">
                  {value(a)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** The sample-ratio check: users per arm against the planned split. */
function SplitCheck({ view }: { view: CampaignReadoutDetail }) {
  const srm = view.readout.sampleRatio;
  if (!srm) return null;
  const shares = view.readout.arms
    .map(
      a =>
        `${armTitle(a.arm)} ${formatRate(a.share)} (planned ${formatRate(
          a.expectedShare,
        )})`,
    )
    .join(' · ');
  return (
    <Box mt={2}>
      <Typography
        variant="body2"
        color={srm.mismatch ? 'error' : 'textPrimary'}
      >
        Split check (sample-ratio mismatch):{' '}
        {srm.mismatch ? 'not as planned' : 'as planned'} — χ² ={' '}
        {srm.chiSquare.toFixed(2)}, p = {srm.pValue.toPrecision(2)} (a mismatch
        below 0.001)
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {shares}
      </Typography>
    </Box>
  );
}

/** A CSV file of results, sent as it is: maas-backend checks it whole and names bad lines. */
function UploadResults(props: {
  namespace: string;
  name: string;
  arms: string[];
  onUploaded: () => void;
}) {
  const act = useMaasAction();
  const [busy, setBusy] = useState(false);
  const id = `maas-results-upload-${props.name}`;
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    const text = await readText(file);
    const done = await act(
      maas =>
        maas.uploadResultsCsv(
          { namespace: props.namespace, name: props.name },
          text,
        ),
      {
        success: r =>
          `Results uploaded: ${r.received} rows, ${r.inserted} new, ${r.replaced} corrected, ${r.unchanged} unchanged`,
        failure: reason => `The results were not uploaded: ${reason}`,
      },
    );
    // The same file may be chosen again once it is fixed.
    input.value = '';
    setBusy(false);
    if (done) props.onUploaded();
  };
  return (
    <Box mt={2}>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        hidden
        onChange={upload}
        disabled={busy}
      />
      <label htmlFor={id}>
        <Button
          variant="outlined"
          color="primary"
          component="span"
          disabled={busy}
        >
          Upload results (CSV)
        </Button>
      </label>
      <Typography variant="caption" display="block" color="textSecondary">
        Columns: day, arm, users, conversions, revenue, spend, newCustomers;
        arms {props.arms.join(', ')}. A day uploaded again replaces it; a file
        with a bad line changes nothing.
      </Typography>
    </Box>
  );
}

/**
 * A campaign's measured result: the verdict and its sentence, each arm's cumulative conversion
 * rate over time, the comparisons with the control, the split check, and the results upload.
 */
export function CampaignReadoutCard() {
  const { entity } = useEntity();
  const namespace = entity.metadata.namespace ?? 'default';
  const { name } = entity.metadata;
  const { loading, error, value, retry } = useReadout(namespace, name);
  return (
    <InfoCard title="Campaign readout" variant="gridItem">
      <AsyncState loading={loading} error={error} value={value}>
        {view => (
          <>
            <Box display="flex" alignItems="center" flexWrap="wrap">
              <Box mr={1}>
                <VerdictChip verdict={view.readout.verdict} />
              </Box>
              <Typography>{view.readout.sentence}</Typography>
            </Box>
            {view.days && (
              <Typography variant="body2" color="textSecondary">
                Results of {view.days.count} days, {view.days.first} to{' '}
                {view.days.last}.
              </Typography>
            )}
            {view.series.length > 1 && <CumulativeRates view={view} />}
            {view.days && <Comparisons view={view} />}
            <SplitCheck view={view} />
            <UploadResults
              namespace={namespace}
              name={name}
              arms={view.readout.arms.map(a => a.arm)}
              onUploaded={retry}
            />
          </>
        )}
      </AsyncState>
    </InfoCard>
  );
}
