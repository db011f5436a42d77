import { Grid } from '@material-ui/core';
import { useKpis } from '../../hooks/useKpis';
import { AsyncState } from '../common/AsyncState';
import { KpiTile } from './KpiTile';

/** The platform KPIs, with their trends from the daily snapshots. */
export function OverviewTab() {
  const state = useKpis();
  return (
    <AsyncState {...state} isEmpty={v => v.kpis.length === 0}>
      {({ kpis, history }) => (
        <Grid container spacing={3}>
          {kpis.map(kpi => (
            <Grid item xs={12} sm={6} md={4} key={kpi.id}>
              <KpiTile
                kpi={kpi}
                trend={history.map(s => ({
                  period: s.period,
                  value: s.data.kpis?.[kpi.id] ?? null,
                }))}
              />
            </Grid>
          ))}
        </Grid>
      )}
    </AsyncState>
  );
}
