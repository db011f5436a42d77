import { ConfigReader } from '@backstage/config';
import {
  defaultReversibilitySettings,
  Taxonomy,
} from '@maas/plugin-maas-common';
import { readMaasConfig } from './readMaasConfig';

describe('readMaasConfig', () => {
  it('applies the defaults when nothing is configured', () => {
    const settings = readMaasConfig(new ConfigReader({}));
    expect(settings.reversibility).toEqual(defaultReversibilitySettings);
    expect(settings.audit.horizonDays).toBe(120);
    expect(settings.sla).toEqual({ windowDays: 30, targetSharePct: 95 });
    expect(settings.cache).toEqual({ ttlSeconds: 60 });
    expect(settings.measurements).toEqual({
      maxAgeDays: 400,
      maxAheadMinutes: 60,
    });
    expect(settings.history).toEqual({
      backfill: { maxDays: 90, daysPerMinute: 120 },
    });
    expect(settings.sprawl).toEqual({
      yearlyRetirementTargetPct: 20,
      underusedBelowPct: 50,
      lowReversibilityBelow: 40,
    });
  });

  it('reads weights and scales, keeping defaults for the rest', () => {
    const settings = readMaasConfig(
      new ConfigReader({
        maas: {
          reversibility: {
            weights: { exitClause: 30 },
            scales: { egressFees: { capped: 0.25 }, openFormats: ['csv'] },
          },
          audit: { horizonDays: 90 },
        },
      }),
    );
    expect(settings.reversibility.weights.exitClause).toBe(30);
    expect(settings.reversibility.weights.exportApi).toBe(15);
    expect(settings.reversibility.scales.egressFees).toEqual({
      none: 1,
      capped: 0.25,
      uncapped: 0,
    });
    expect(settings.reversibility.scales.openFormats).toEqual(['csv']);
    expect(settings.audit.horizonDays).toBe(90);
  });

  it.each([
    [
      { reversibility: { weights: { bulkExport: -1 } } },
      'maas.reversibility.weights.bulkExport must be at least 0, got -1',
    ],
    [
      { reversibility: { scales: { exportApi: { partial: 2 } } } },
      'maas.reversibility.scales.exportApi.partial must be at most 1, got 2',
    ],
    [
      {
        reversibility: {
          scales: { noticePeriod: { fullScoreDays: 90, zeroScoreDays: 60 } },
        },
      },
      'maas.reversibility.scales.noticePeriod.zeroScoreDays must be more than 90, got 60',
    ],
    [
      { audit: { horizonDays: 0 } },
      'maas.audit.horizonDays must be at least 1, got 0',
    ],
    [
      { sprawl: { yearlyRetirementTargetPct: 150 } },
      'maas.sprawl.yearlyRetirementTargetPct must be at most 100, got 150',
    ],
    [
      { measurements: { maxAheadMinutes: 2000 } },
      'maas.measurements.maxAheadMinutes must be at most 1440, got 2000',
    ],
    [
      { history: { backfill: { maxDays: 1000 } } },
      'maas.history.backfill.maxDays must be at most 366, got 1000',
    ],
    [
      { certification: { validDays: 0.5 } },
      'maas.certification.validDays must be a whole number, got 0.5',
    ],
    [
      {
        taxonomy: {
          capabilities: [
            { id: 'heat-maps', title: 'Heat maps', category: 'ux' },
          ],
        },
      },
      'maas.taxonomy.capabilities[0].category "ux" is not a category',
    ],
  ])('refuses %j naming the key', (maas, message) => {
    expect(() => readMaasConfig(new ConfigReader({ maas }))).toThrow(message);
  });

  it('refuses weights that are all zero', () => {
    const weights = Object.fromEntries(
      Object.keys(defaultReversibilitySettings.weights).map(k => [k, 0]),
    );
    expect(() =>
      readMaasConfig(
        new ConfigReader({ maas: { reversibility: { weights } } }),
      ),
    ).toThrow('maas.reversibility.weights must not all be 0');
  });

  it('merges maas.taxonomy into the built-in taxonomy', () => {
    expect(readMaasConfig(new ConfigReader({})).taxonomy).toBe(
      Taxonomy.builtIn(),
    );
    const { taxonomy } = readMaasConfig(
      new ConfigReader({
        maas: {
          taxonomy: {
            capabilities: [
              {
                id: 'experience-analytics',
                title: 'Experience analytics',
                category: 'analytics',
              },
            ],
            aliases: { capabilities: { 'digital-analytics': 'web-analytics' } },
          },
        },
      }),
    );
    expect(taxonomy.getCapability('experience-analytics')?.source).toBe(
      'config',
    );
    expect(taxonomy.getCapability('digital-analytics')?.id).toBe(
      'web-analytics',
    );
  });

  it('reads certification: 180 days and no trust in the catalogue by default', () => {
    expect(readMaasConfig(new ConfigReader({})).certification).toEqual({
      validDays: 180,
      trustCatalogue: false,
    });
    expect(
      readMaasConfig(
        new ConfigReader({
          maas: { certification: { validDays: 90, trustCatalogue: true } },
        }),
      ).certification,
    ).toEqual({ validDays: 90, trustCatalogue: true });
  });
});
