import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Grid, Typography } from '@material-ui/core';
import { useTheme } from '@material-ui/core/styles';
import {
  BudgetTool,
  CurrencyBudget,
  FundedAmounts,
} from '@maas/plugin-maas-common';
import {
  Bar,
  BarChart,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useBudget } from '../../hooks/useBudget';
import { AsyncState } from '../common/AsyncState';
import { formatMoney } from '../common/format';
import { rowChartLayout } from '../common/rowChartLayout';
import { wrappedTicks } from '../common/WrappedTick';
import { pagedSearchableTable } from '../common/tableOptions';

const funderColours = {
  marketing: '#7b1fa2',
  it: '#1976d2',
  undeclared: '#9e9e9e',
};

const share = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((1000 * part) / whole) / 10} %` : '—';

/** "Marketing EUR 1,718,000 (49.8 %) · IT … · undeclared …". */
function funderLine(amounts: FundedAmounts, currency: string): string {
  const money = (amount: number) => formatMoney({ amount, currency });
  return [
    `Marketing ${money(amounts.marketing)} (${share(
      amounts.marketing,
      amounts.total,
    )})`,
    `IT ${money(amounts.it)} (${share(amounts.it, amounts.total)})`,
    `undeclared ${money(amounts.undeclared)} (${share(
      amounts.undeclared,
      amounts.total,
    )})`,
  ].join(' · ');
}

/** The category axis' width: the labels wrap to it (as in the other row charts). */
const AXIS_WIDTH = 170;
/** What the legend below the bars takes. */
const LEGEND_HEIGHT = 32;

function CurrencyCard({ budget }: { budget: CurrencyBudget }) {
  const { currency, coFunded } = budget;
  const { palette } = useTheme();
  const rows = budget.byCategory.map(c => ({
    name: c.title,
    marketing: c.marketing,
    it: c.it,
    undeclared: c.undeclared,
  }));
  const layout = rowChartLayout(
    rows.map(r => r.name),
    AXIS_WIDTH,
  );
  return (
    <InfoCard
      title={`Spend in ${currency}: ${formatMoney({
        amount: budget.total,
        currency,
      })} a year`}
      subheader={funderLine(budget, currency)}
    >
      <Typography variant="h6" component="p">
        {coFunded.sharePct === null ? '—' : `${coFunded.sharePct} %`} co-funded
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {formatMoney({ amount: coFunded.amount, currency })} on {coFunded.tools}{' '}
        of {budget.tools} tools that marketing and IT both pay a share of
      </Typography>
      <Box height={layout.height + LEGEND_HEIGHT} mt={2}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical">
            <XAxis type="number" />
            <YAxis
              type="category"
              dataKey="name"
              width={AXIS_WIDTH}
              interval={0}
              tick={wrappedTicks(layout.maxChars, palette.text.primary)}
            />
            <Tooltip
              formatter={value =>
                formatMoney({ amount: Number(value), currency })
              }
            />
            <Legend />
            <Bar
              dataKey="marketing"
              name="Marketing"
              stackId="funders"
              isAnimationActive={false}
              fill={funderColours.marketing}
            />
            <Bar
              dataKey="it"
              name="IT"
              stackId="funders"
              isAnimationActive={false}
              fill={funderColours.it}
            />
            <Bar
              dataKey="undeclared"
              name="Undeclared"
              stackId="funders"
              isAnimationActive={false}
              fill={funderColours.undeclared}
            />
          </BarChart>
        </ResponsiveContainer>
      </Box>
    </InfoCard>
  );
}

const toolColumns: TableColumn<BudgetTool>[] = [
  {
    title: 'Tool',
    render: t => <EntityRefLink entityRef={t.ref} title={t.title} />,
  },
  { title: 'Category', field: 'category' },
  { title: 'Cost / year', render: t => formatMoney(t.cost) },
  {
    title: 'Funding (marketing / IT)',
    render: t =>
      t.funding
        ? `${t.funding.marketingPct} % / ${t.funding.itPct} %`
        : 'undeclared',
  },
  {
    title: 'Marketing',
    render: t =>
      formatMoney({ amount: t.marketing, currency: t.cost.currency }),
  },
  {
    title: 'IT',
    render: t => formatMoney({ amount: t.it, currency: t.cost.currency }),
  },
];

/** Who funds the stack: spend by funder and category per currency, the co-funded share, the tools. */
export function BudgetView() {
  const state = useBudget();
  return (
    <AsyncState
      {...state}
      isEmpty={b => b.currencies.length === 0}
      emptyTitle="No tool in use declares a cost"
    >
      {budget => (
        <Grid container spacing={3}>
          {budget.currencies.map(c => (
            <Grid item xs={12} key={c.currency}>
              <CurrencyCard budget={c} />
            </Grid>
          ))}
          <Grid item xs={12}>
            <Table
              title={`Budget by tool (${budget.tools.length}), costliest first${
                budget.unpriced.length
                  ? `; ${budget.unpriced.length} in use declare no cost`
                  : ''
              }`}
              options={pagedSearchableTable}
              columns={toolColumns}
              data={budget.tools}
            />
          </Grid>
        </Grid>
      )}
    </AsyncState>
  );
}
