import { stringifyEntityRef } from '@backstage/catalog-model';
import { consentCoverage } from '@maas/plugin-maas-common';
import { percent } from '../numbers';
import { Platform } from '../platform';
import { noData } from './noData';
import { Kpi } from './types';

/** Exploitable consent rate, overall and per destination tool. */
export function consentKpi(platform: Platform): Kpi {
  const audiences = platform.audiences.map(a => {
    const { covered } = consentCoverage({
      requiredPurposes: a.spec.consent?.requiredPurposes ?? [],
      sources: platform.sourcesOf(a),
    });
    const destinations = platform
      .references(a)
      .filter(r => r.field.field === 'destinations')
      .map(r => stringifyEntityRef(r.target));
    return { size: a.spec.estimatedSize ?? 0, covered, destinations };
  });
  const rate = (list: typeof audiences) => {
    const total = list.reduce((s, a) => s + a.size, 0);
    return percent(
      list.filter(a => a.covered).reduce((s, a) => s + a.size, 0),
      total,
    );
  };
  // The audiences activated in each tool, in the audiences' order: one pass, not one per tool.
  const byChannel = new Map<string, typeof audiences>();
  for (const audience of audiences) {
    for (const channel of new Set(audience.destinations)) {
      let here = byChannel.get(channel);
      if (!here) byChannel.set(channel, (here = []));
      here.push(audience);
    }
  }
  const channels = [...byChannel.keys()].sort();
  const kpi = {
    id: 'exploitable-consent-rate',
    title: 'Exploitable consent rate',
    definition:
      "Share of audience members, weighted by each audience's estimated size, in audiences whose every required TCF purpose is carried by every source data product; per destination tool and overall.",
    unit: '%',
    inputs: [
      {
        description: 'audiences fully covered by their sources',
        count: audiences.filter(a => a.covered).length,
        of: audiences.length,
      },
      {
        description: 'audiences without an estimated size (weight 0)',
        count: platform.audiences.filter(
          a => a.spec.estimatedSize === undefined,
        ).length,
      },
    ],
    breakdown: channels.map(channel => {
      const here = byChannel.get(channel)!;
      const tool = platform.byRef.get(channel);
      return {
        key: channel,
        label: tool?.metadata.title ?? channel,
        value: rate(here),
        inputs: [
          {
            description: 'audiences fully covered',
            count: here.filter(a => a.covered).length,
            of: here.length,
          },
        ],
      };
    }),
  };
  const value = rate(audiences);
  return value === null
    ? noData(kpi, 'no audience has an estimated size')
    : { ...kpi, value };
}
