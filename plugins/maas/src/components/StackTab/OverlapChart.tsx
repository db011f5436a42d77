import { SprawlView } from '@maas/plugin-maas-common';
import { Typography } from '@material-ui/core';
import { ChartRow, RowChart } from '../common/RowChart';

type Group = SprawlView['redundancyGroups'][number];

/** The order of the chart: most tools first, then by title. */
export function byToolsThenTitle(a: Group, b: Group): number {
  return b.tools.length - a.tools.length || a.title.localeCompare(b.title);
}

interface Row extends ChartRow {
  toolNames: string[];
}

/** The capabilities served by more than one tool in use, as bars of their tool count. */
export function OverlapChart({ groups }: { groups: Group[] }) {
  if (groups.length === 0) {
    return (
      <Typography>
        No capability is served by more than one tool in use.
      </Typography>
    );
  }
  const rows: Row[] = [...groups].sort(byToolsThenTitle).map(g => ({
    name: g.title,
    value: g.tools.length,
    tone: 'alarm',
    toolNames: g.tools.map(t => t.title),
  }));
  return (
    <RowChart
      rows={rows}
      axisWidth={220}
      valueName="Tools in use"
      describe={r => r.toolNames.join(', ')}
      testId="overlap-chart"
    />
  );
}
