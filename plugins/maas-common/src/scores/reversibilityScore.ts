import type { MartechToolEntity } from '../kinds/MartechTool';
import type { VendorEntity } from '../kinds/Vendor';

/** The criteria of the reversibility score. @public */
export const reversibilityCriteria = [
  'exportApi',
  'bulkExport',
  'openFormats',
  'selfService',
  'documentedSchema',
  'exitClause',
  'dataReturn',
  'deletionCertificate',
  'egressFees',
  'noticePeriod',
  'dependencies',
] as const;

/** @public */
export type ReversibilityCriterion = (typeof reversibilityCriteria)[number];

/** How each criterion reads to a person, for reports and cards. @public */
export const reversibilityCriterionTitles: Record<
  ReversibilityCriterion,
  string
> = {
  exportApi: 'Export API',
  bulkExport: 'Bulk export',
  openFormats: 'Open export formats',
  selfService: 'Self-service export',
  documentedSchema: 'Documented export schema',
  exitClause: 'Exit clause',
  dataReturn: 'Data return on exit',
  deletionCertificate: 'Deletion certificate',
  egressFees: 'Egress fees',
  noticePeriod: 'Notice period',
  dependencies: 'Dependent entities',
};

/** Criteria read from a tool's `dataPortability`; the others come from the vendor's contract. */
const portabilityCriteria: readonly ReversibilityCriterion[] = [
  'exportApi',
  'bulkExport',
  'openFormats',
  'selfService',
  'documentedSchema',
];

/** Weights and scales of the score (`maas.reversibility` in app-config). @public */
export interface ReversibilitySettings {
  /** Relative weight of each criterion; only ratios matter. */
  weights: Record<ReversibilityCriterion, number>;
  scales: {
    /** Value (0-1) of each export API level. */
    exportApi: { full: number; partial: number; none: number };
    /** Value (0-1) of each egress-fee regime. */
    egressFees: { none: number; capped: number; uncapped: number };
    /** Value (0-1) of a data-return clause, by the assistance the vendor gives. */
    dataReturnAssistance: { included: number; paid: number; none: number };
    /** Notice period: full value up to `fullScoreDays`, falling linearly to 0 at `zeroScoreDays`. */
    noticePeriod: { fullScoreDays: number; zeroScoreDays: number };
    /** Dependencies: value 1 with none, 0.5 at `halfScoreAt` dependents, tending to 0. */
    dependencies: { halfScoreAt: number };
    /** Export formats counted as open. */
    openFormats: string[];
  };
}

/** @public */
export const defaultReversibilitySettings: ReversibilitySettings = {
  weights: {
    exportApi: 15,
    bulkExport: 10,
    openFormats: 10,
    selfService: 5,
    documentedSchema: 5,
    exitClause: 10,
    dataReturn: 10,
    deletionCertificate: 5,
    egressFees: 10,
    noticePeriod: 5,
    dependencies: 15,
  },
  scales: {
    exportApi: { full: 1, partial: 0.5, none: 0 },
    egressFees: { none: 1, capped: 0.5, uncapped: 0 },
    dataReturnAssistance: { included: 1, paid: 0.75, none: 0.5 },
    noticePeriod: { fullScoreDays: 30, zeroScoreDays: 180 },
    dependencies: { halfScoreAt: 10 },
    openFormats: [
      'csv',
      'tsv',
      'json',
      'ndjson',
      'jsonl',
      'xml',
      'yaml',
      'parquet',
      'avro',
      'orc',
    ],
  },
};

/** One criterion's part in a score. @public */
export interface CriterionScore {
  criterion: ReversibilityCriterion;
  weight: number;
  /** 0 to 1; `null` when the entity does not declare it, which counts as 0. */
  value: number | null;
  /** What the criterion adds to the 0-100 score: `maxPoints × value`. */
  points: number;
  /** What it would add at full value: its share of the total weight, × 100. */
  maxPoints: number;
  /** Why, in words. */
  detail: string;
  /** For a vendor, the tool that set a portability criterion (its weakest). */
  source?: string;
}

/** @public */
export interface ReversibilityScore {
  /** 0 (locked in) to 100 (the data comes back easily), rounded to one decimal. */
  score: number;
  criteria: CriterionScore[];
}

type Valued = { value: number | null; detail: string };

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function portabilityValues(
  tool: MartechToolEntity,
  settings: ReversibilitySettings,
): Record<string, Valued> {
  const p = tool.spec.dataPortability;
  const declared = <T>(v: T | undefined, yes: (x: T) => Valued): Valued =>
    v === undefined ? { value: null, detail: 'not declared' } : yes(v);
  const open = settings.scales.openFormats.map(f =>
    f.toLocaleLowerCase('en-US'),
  );
  return {
    exportApi: declared(p?.exportApi, level => ({
      value: settings.scales.exportApi[level],
      detail: `${level} export API`,
    })),
    bulkExport: declared(p?.bulkExport, b => ({
      value: b ? 1 : 0,
      detail: b ? 'bulk export available' : 'no bulk export',
    })),
    openFormats: declared(p?.formats, formats => {
      const openOnes = formats.filter(f =>
        open.includes(f.toLocaleLowerCase('en-US')),
      );
      const standards = p?.openStandards ?? [];
      const value =
        (openOnes.length > 0 ? 0.5 : 0) + (standards.length > 0 ? 0.5 : 0);
      const parts = [
        openOnes.length
          ? `open formats: ${openOnes.join(', ')}`
          : 'no open format',
        standards.length
          ? `standards: ${standards.join(', ')}`
          : 'no open standard',
      ];
      return { value, detail: parts.join('; ') };
    }),
    selfService: declared(p?.selfService, b => ({
      value: b ? 1 : 0,
      detail: b ? 'self-service export' : 'export only through the vendor',
    })),
    documentedSchema: declared(p?.documentedSchema, b => ({
      value: b ? 1 : 0,
      detail: b ? 'export schema documented' : 'export schema undocumented',
    })),
  };
}

function contractValues(
  vendor: VendorEntity | undefined,
  settings: ReversibilitySettings,
): Record<string, Valued> {
  const c = vendor?.spec.contract;
  const unknown = (what: string): Valued => ({
    value: null,
    detail: vendor ? `${what} not declared` : 'vendor unknown',
  });
  const { fullScoreDays, zeroScoreDays } = settings.scales.noticePeriod;
  let noticePeriod: Valued = unknown('notice period');
  if (c?.noticeDays !== undefined) {
    const span = Math.max(zeroScoreDays - fullScoreDays, 1);
    const value = Math.min(
      1,
      Math.max(0, (zeroScoreDays - c.noticeDays) / span),
    );
    noticePeriod = { value, detail: `${c.noticeDays} days' notice` };
  }
  let dataReturn: Valued = unknown('data-return clause');
  if (c?.dataReturn?.clause !== undefined) {
    const assistance = c.dataReturn.assistance;
    dataReturn = c.dataReturn.clause
      ? {
          value: assistance
            ? settings.scales.dataReturnAssistance[assistance]
            : 1,
          detail: `data returned${
            c.dataReturn.withinDays !== undefined
              ? ` within ${c.dataReturn.withinDays} days`
              : ''
          }${assistance ? `, assistance ${assistance}` : ''}`,
        }
      : { value: 0, detail: 'no data-return clause' };
  }
  return {
    exitClause:
      c?.exitClause === undefined
        ? unknown('exit clause')
        : {
            value: c.exitClause ? 1 : 0,
            detail: c.exitClause ? 'exit clause' : 'no exit clause',
          },
    dataReturn,
    deletionCertificate:
      c?.deletionCertificate === undefined
        ? unknown('deletion certificate')
        : {
            value: c.deletionCertificate ? 1 : 0,
            detail: c.deletionCertificate
              ? 'deletion certified'
              : 'no deletion certificate',
          },
    egressFees:
      c?.egressFees === undefined
        ? unknown('egress fees')
        : {
            value: settings.scales.egressFees[c.egressFees],
            detail: `egress fees ${c.egressFees}`,
          },
    noticePeriod,
  };
}

function dependencyValue(
  dependents: number,
  settings: ReversibilitySettings,
): Valued {
  const half = settings.scales.dependencies.halfScoreAt;
  return {
    value: half / (half + dependents),
    detail: `${dependents} dependent ${
      dependents === 1 ? 'entity' : 'entities'
    }`,
  };
}

function assemble(
  values: Record<string, Valued & { source?: string }>,
  settings: ReversibilitySettings,
): ReversibilityScore {
  const total =
    reversibilityCriteria.reduce((sum, c) => sum + settings.weights[c], 0) || 1;
  const criteria = reversibilityCriteria.map(criterion => {
    const weight = settings.weights[criterion];
    const maxPoints = (100 * weight) / total;
    const { value, detail, source } = values[criterion];
    return {
      criterion,
      weight,
      value: value === null ? null : round(value, 3),
      points: round(maxPoints * (value ?? 0), 2),
      maxPoints: round(maxPoints, 2),
      detail,
      ...(source ? { source } : {}),
    };
  });
  const score = criteria.reduce(
    (sum, c) => sum + ((100 * c.weight) / total) * (c.value ?? 0),
    0,
  );
  return { score: round(score), criteria };
}

/**
 * The reversibility of one tool: its own portability, its vendor's contract, and how many
 * catalogue entities depend on it.
 *
 * @public
 */
export function scoreTool(
  tool: MartechToolEntity,
  vendor: VendorEntity | undefined,
  dependents: number,
  settings: ReversibilitySettings = defaultReversibilitySettings,
): ReversibilityScore {
  return assemble(
    {
      ...portabilityValues(tool, settings),
      ...contractValues(vendor, settings),
      dependencies: dependencyValue(dependents, settings),
    },
    settings,
  );
}

/**
 * The reversibility of a vendor. Leaving a vendor means getting the data out of every one of its
 * tools, so each portability criterion takes the value of its weakest tool (named in `source`)
 * rather than an average; the contract criteria come from the vendor; `dependents` counts the
 * distinct entities outside the vendor's own tools that depend on any of them.
 *
 * @public
 */
export function scoreVendor(
  vendor: VendorEntity,
  tools: Array<{ ref: string; tool: MartechToolEntity }>,
  dependents: number,
  settings: ReversibilitySettings = defaultReversibilitySettings,
): ReversibilityScore {
  const portability: Record<string, Valued & { source?: string }> = {};
  for (const criterion of portabilityCriteria) {
    let weakest: (Valued & { source?: string }) | undefined;
    for (const { ref, tool } of tools) {
      const v = portabilityValues(tool, settings)[criterion];
      if (!weakest || (v.value ?? 0) < (weakest.value ?? 0)) {
        weakest = { ...v, source: ref };
      }
    }
    portability[criterion] = weakest ?? {
      value: null,
      detail: 'no tools in use',
    };
  }
  return assemble(
    {
      ...portability,
      ...contractValues(vendor, settings),
      dependencies: dependencyValue(dependents, settings),
    },
    settings,
  );
}
