import { SprawlView } from '@maas/plugin-maas-common';
import { Typography } from '@material-ui/core';
import { ChartRow, RowChart } from '../common/RowChart';

type Licence = SprawlView['licences'][number];

interface Row extends ChartRow {
  active: number;
  purchased: number;
}

/**
 * Licence utilisation, one row per tool with its name beside every bar. A bar is red when the
 * tool uses more licences than it bought, or when the sprawl report counts it as under-used
 * (the server's threshold, not one of the page's own).
 */
export function LicenceChart(props: {
  licences: Licence[];
  underUsed: Set<string>;
}) {
  if (props.licences.length === 0) {
    return <Typography>No tool in use declares its licences.</Typography>;
  }
  const rows: Row[] = props.licences.map(l => {
    const value = l.utilisationPct ?? 0;
    return {
      name: l.title,
      value,
      tone: value > 100 || props.underUsed.has(l.ref) ? 'alarm' : 'ok',
      active: l.active,
      purchased: l.purchased,
    };
  });
  return (
    <RowChart
      rows={rows}
      axisWidth={200}
      valueName="Utilisation"
      unit=" %"
      describe={r =>
        `${r.active} of ${r.purchased} licences in use (${r.value} %)`
      }
      testId="licence-chart"
    />
  );
}
