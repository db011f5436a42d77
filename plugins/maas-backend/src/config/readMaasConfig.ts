import { Config } from '@backstage/config';
import {
  defaultReversibilitySettings,
  ReversibilitySettings,
  reversibilityCriteria,
  Taxonomy,
} from '@maas/plugin-maas-common';
import { readRemindersConfig, RemindersConfig } from './readRemindersConfig';

/** What the MaaS backend reads from `maas` in app-config, with defaults applied. */
export interface MaasSettings {
  reversibility: ReversibilitySettings;
  audit: { horizonDays: number };
  /** Reminders through Backstage's notifications (`maas.reminders`). */
  reminders: RemindersConfig;
  sla: { windowDays: number; targetSharePct: number };
  cache: { ttlSeconds: number };
  /** The projection of the catalogue the views are computed from. */
  projection: {
    reconcileSeconds: number;
    graceSeconds: number;
    permissionSeconds: number;
  };
  /** The timestamps a posted measurement may carry, around the moment it arrives. */
  measurements: { maxAgeDays: number; maxAheadMinutes: number };
  /** History backfills: how many days one may recompute, and how fast. */
  history: { backfill: { maxDays: number; daysPerMinute: number } };
  sprawl: {
    yearlyRetirementTargetPct: number;
    underusedBelowPct: number;
    lowReversibilityBelow: number;
  };
  certification: { validDays: number; trustCatalogue: boolean };
  /** The built-in capabilities and categories with what `maas.taxonomy` adds and aliases. */
  taxonomy: Taxonomy;
}

function fail(key: string, expected: string, got: unknown): never {
  throw new Error(
    `Invalid config: ${key} must be ${expected}, got ${JSON.stringify(got)}`,
  );
}

function number(
  config: Config | undefined,
  key: string,
  prefix: string,
  fallback: number,
  check: { min?: number; max?: number; integer?: boolean; above?: number },
): number {
  const value = config?.getOptionalNumber(key) ?? fallback;
  const full = `${prefix}.${key}`;
  if (!Number.isFinite(value)) fail(full, 'a number', value);
  if (check.integer && !Number.isInteger(value))
    fail(full, 'a whole number', value);
  if (check.min !== undefined && value < check.min)
    fail(full, `at least ${check.min}`, value);
  if (check.max !== undefined && value > check.max)
    fail(full, `at most ${check.max}`, value);
  if (check.above !== undefined && value <= check.above)
    fail(full, `more than ${check.above}`, value);
  return value;
}

function unitScale<K extends string>(
  config: Config | undefined,
  prefix: string,
  defaults: Record<K, number>,
): Record<K, number> {
  const result = {} as Record<K, number>;
  for (const key of Object.keys(defaults) as K[]) {
    result[key] = number(config, key, prefix, defaults[key], {
      min: 0,
      max: 1,
    });
  }
  return result;
}

/**
 * Reads and checks `maas` from app-config at start-up; a bad value stops the backend with a
 * message naming the key.
 */
export function readMaasConfig(root: Config): MaasSettings {
  const maas = root.getOptionalConfig('maas');
  const rev = maas?.getOptionalConfig('reversibility');
  const weightsConfig = rev?.getOptionalConfig('weights');
  const scalesConfig = rev?.getOptionalConfig('scales');
  const defaults = defaultReversibilitySettings;

  const weights = {} as ReversibilitySettings['weights'];
  for (const criterion of reversibilityCriteria) {
    weights[criterion] = number(
      weightsConfig,
      criterion,
      'maas.reversibility.weights',
      defaults.weights[criterion],
      { min: 0 },
    );
  }
  if (Object.values(weights).every(w => w === 0)) {
    throw new Error(
      'Invalid config: maas.reversibility.weights must not all be 0',
    );
  }

  const s = 'maas.reversibility.scales';
  const notice = scalesConfig?.getOptionalConfig('noticePeriod');
  const fullScoreDays = number(
    notice,
    'fullScoreDays',
    `${s}.noticePeriod`,
    defaults.scales.noticePeriod.fullScoreDays,
    { min: 0 },
  );
  const zeroScoreDays = number(
    notice,
    'zeroScoreDays',
    `${s}.noticePeriod`,
    defaults.scales.noticePeriod.zeroScoreDays,
    { above: fullScoreDays },
  );
  const openFormats =
    scalesConfig?.getOptionalStringArray('openFormats') ??
    defaults.scales.openFormats;

  const certification = maas?.getOptionalConfig('certification');
  const audit = maas?.getOptionalConfig('audit');
  const sla = maas?.getOptionalConfig('sla');
  const sprawl = maas?.getOptionalConfig('sprawl');
  const measurements = maas?.getOptionalConfig('measurements');
  const projection = maas?.getOptionalConfig('projection');
  const backfill = maas?.getOptionalConfig('history.backfill');
  return {
    reversibility: {
      weights,
      scales: {
        exportApi: unitScale(
          scalesConfig?.getOptionalConfig('exportApi'),
          `${s}.exportApi`,
          defaults.scales.exportApi,
        ),
        egressFees: unitScale(
          scalesConfig?.getOptionalConfig('egressFees'),
          `${s}.egressFees`,
          defaults.scales.egressFees,
        ),
        dataReturnAssistance: unitScale(
          scalesConfig?.getOptionalConfig('dataReturnAssistance'),
          `${s}.dataReturnAssistance`,
          defaults.scales.dataReturnAssistance,
        ),
        noticePeriod: { fullScoreDays, zeroScoreDays },
        dependencies: {
          halfScoreAt: number(
            scalesConfig?.getOptionalConfig('dependencies'),
            'halfScoreAt',
            `${s}.dependencies`,
            defaults.scales.dependencies.halfScoreAt,
            { above: 0 },
          ),
        },
        openFormats,
      },
    },
    audit: {
      horizonDays: number(audit, 'horizonDays', 'maas.audit', 120, {
        min: 1,
        integer: true,
      }),
    },
    reminders: readRemindersConfig(maas),
    cache: {
      ttlSeconds: number(
        maas?.getOptionalConfig('cache'),
        'ttlSeconds',
        'maas.cache',
        60,
        {
          min: 0,
          integer: true,
        },
      ),
    },
    projection: {
      reconcileSeconds: number(
        projection,
        'reconcileSeconds',
        'maas.projection',
        30,
        { min: 1, max: 86400, integer: true },
      ),
      graceSeconds: number(projection, 'graceSeconds', 'maas.projection', 60, {
        min: 0,
        max: 86400,
        integer: true,
      }),
      permissionSeconds: number(
        projection,
        'permissionSeconds',
        'maas.projection',
        10,
        { min: 0, max: 3600, integer: true },
      ),
    },
    measurements: {
      maxAgeDays: number(measurements, 'maxAgeDays', 'maas.measurements', 400, {
        min: 1,
        max: 3660,
        integer: true,
      }),
      maxAheadMinutes: number(
        measurements,
        'maxAheadMinutes',
        'maas.measurements',
        60,
        { min: 0, max: 1440, integer: true },
      ),
    },
    history: {
      backfill: {
        maxDays: number(backfill, 'maxDays', 'maas.history.backfill', 90, {
          min: 1,
          max: 366,
          integer: true,
        }),
        daysPerMinute: number(
          backfill,
          'daysPerMinute',
          'maas.history.backfill',
          120,
          { min: 1, max: 6000, integer: true },
        ),
      },
    },
    sla: {
      windowDays: number(sla, 'windowDays', 'maas.sla', 30, {
        min: 1,
        max: 366,
        integer: true,
      }),
      targetSharePct: number(sla, 'targetSharePct', 'maas.sla', 95, {
        min: 0,
        max: 100,
      }),
    },
    sprawl: {
      yearlyRetirementTargetPct: number(
        sprawl,
        'yearlyRetirementTargetPct',
        'maas.sprawl',
        20,
        { min: 0, max: 100 },
      ),
      underusedBelowPct: number(
        sprawl,
        'underusedBelowPct',
        'maas.sprawl',
        50,
        {
          min: 0,
          max: 100,
        },
      ),
      lowReversibilityBelow: number(
        sprawl,
        'lowReversibilityBelow',
        'maas.sprawl',
        40,
        { min: 0, max: 100 },
      ),
    },
    certification: {
      validDays: number(certification, 'validDays', 'maas.certification', 180, {
        min: 1,
        max: 3660,
        integer: true,
      }),
      trustCatalogue:
        certification?.getOptionalBoolean('trustCatalogue') ?? false,
    },
    taxonomy: Taxonomy.fromConfig(maas?.getOptional('taxonomy')),
  };
}
