import { Kpi } from './types';

/** A KPI the platform holds no data for: a null value and the reason, never a made-up number. */
export function noData(kpi: Omit<Kpi, 'value'>, reason: string): Kpi {
  return { ...kpi, value: null, noData: reason };
}
