import { MeasurementAggregate } from '../measurement';
import { percent, round1 } from '../numbers';
import { refOf } from '../platform';
import { noData } from './noData';
import { Kpi, KpiInputs } from './types';

/** Data completeness, data freshness and incidents per million events, from the measurements. */
export function qualityKpis(inputs: KpiInputs): Kpi[] {
  const { platform, aggregates, windowDays } = inputs;
  const measured = platform.dataProducts
    .map(p => aggregates.get(refOf(p)))
    .filter((a): a is MeasurementAggregate => a !== undefined);
  const window = `in the last ${windowDays} days`;
  const term = (
    id: string,
    title: string,
    what: string,
    assessed: (a: MeasurementAggregate) => number,
    met: (a: MeasurementAggregate) => number,
    hasSla: (p: (typeof platform.dataProducts)[number]) => boolean,
  ): Kpi => {
    const withSla = platform.dataProducts.filter(hasSla);
    const judged = measured.filter(a => assessed(a) > 0);
    const total = judged.reduce((s, a) => s + assessed(a), 0);
    const ok = judged.reduce((s, a) => s + met(a), 0);
    const kpi = {
      id,
      title,
      definition: `Share of data-product measurements ${window} that met the ${what} SLA in force when they arrived.`,
      unit: '%',
      inputs: [
        { description: 'measurements judged against the SLA', count: total },
        {
          description: `data products with a ${what} SLA measured ${window}`,
          count: judged.length,
          of: withSla.length,
        },
      ],
    };
    return total > 0
      ? { ...kpi, value: percent(ok, total) }
      : noData(
          kpi,
          `no measurement ${window} was judged against a ${what} SLA`,
        );
  };
  const events = measured.reduce((s, a) => s + a.events, 0);
  const incidents = measured.reduce((s, a) => s + a.incidents, 0);
  const incidentsKpi = {
    id: 'incidents-per-million-events',
    title: 'Quality incidents per million events',
    definition: `Quality incidents reported with the measurements ${window}, per million events processed.`,
    unit: 'per million events',
    inputs: [
      { description: 'incidents', count: incidents },
      { description: 'events', count: events },
      {
        description: 'data products measured',
        count: measured.length,
        of: platform.dataProducts.length,
      },
    ],
  };
  return [
    term(
      'data-completeness',
      'Data completeness',
      'completeness',
      a => a.completenessAssessed,
      a => a.completenessMet,
      p => p.spec.sla?.completenessPct !== undefined,
    ),
    term(
      'data-freshness',
      'Data freshness',
      'freshness',
      a => a.freshnessAssessed,
      a => a.freshnessMet,
      p => p.spec.sla?.freshnessHours !== undefined,
    ),
    events > 0
      ? { ...incidentsKpi, value: round1((incidents * 1_000_000) / events) }
      : noData(incidentsKpi, `no events measured ${window}`),
  ];
}
