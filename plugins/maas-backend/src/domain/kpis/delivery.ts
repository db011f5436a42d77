import { median, round1 } from '../numbers';
import { refOf } from '../platform';
import { noData } from './noData';
import { Kpi, KpiInputs } from './types';

/** Time to deliver a data product. */
export function deliveryKpi(inputs: KpiInputs): Kpi {
  const days: number[] = [];
  for (const product of inputs.platform.dataProducts) {
    const ref = refOf(product);
    const registered = inputs.registeredAt.get(ref);
    const delivered = inputs.firstMeetingSla.get(ref);
    // Data measured before the product was registered says nothing about delivery.
    const elapsed =
      registered && delivered
        ? (new Date(delivered).getTime() - new Date(registered).getTime()) /
          86_400_000
        : Number.NaN;
    if (elapsed >= 0) days.push(elapsed);
  }
  const kpi = {
    id: 'time-to-deliver-data-product',
    title: 'Time to deliver a data product',
    definition:
      "Median days from a data product's registration (its maas.dev/registered-at annotation, or when the platform first saw it) to its first measurement meeting every SLA term.",
    unit: 'days',
    inputs: [
      {
        description: 'data products delivered (a measurement met their SLA)',
        count: days.length,
        of: inputs.platform.dataProducts.length,
      },
    ],
  };
  const value = median(days);
  return value === null
    ? noData(kpi, 'no data product has yet had a measurement meeting its SLA')
    : { ...kpi, value: round1(value) };
}
