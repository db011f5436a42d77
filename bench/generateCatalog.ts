import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { capabilities, toolCategories } from '@maas/plugin-maas-common';
import { stringify } from 'yaml';

/** A seeded generator, so every run benchmarks the same catalogue. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shares of the MaaS entities per kind, as in a large company's platform. */
const proportions = {
  Vendor: 0.04,
  MartechTool: 0.16,
  DataProduct: 0.2,
  Audience: 0.3,
  Campaign: 0.3,
};

const FILE_SIZE = 5000;

export interface GeneratedCatalog {
  files: string[];
  counts: Record<string, number>;
}

function writeFiles(dir: string, prefix: string, entities: object[]): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < entities.length; i += FILE_SIZE) {
    const file = join(dir, `${prefix}-${files.length}.yaml`);
    writeFileSync(
      file,
      entities
        .slice(i, i + FILE_SIZE)
        .map(e => stringify(e))
        .join('---\n'),
    );
    files.push(file);
  }
  return files;
}

/**
 * The organisation both catalogues share: one group per 100 entities (at least four) and one
 * user per 20, each user a member of one group. The baseline gets the very same entities, so the
 * ingest ratio compares MaaS entities with Components and nothing else.
 */
function orgEntities(size: number) {
  const groups = Array.from(
    { length: Math.max(4, Math.round(size / 100)) },
    (_, i) => `g${i}`,
  );
  const users = Math.round(size / 20);
  const entities = [
    ...groups.map(g => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: g },
      spec: { type: 'team', children: [] },
    })),
    ...Array.from({ length: users }, (_, i) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: `u${i}` },
      spec: { memberOf: [`group:${groups[(i * 7) % groups.length]}`] },
    })),
  ];
  return {
    groups,
    entities,
    counts: { Group: groups.length, User: users },
  };
}

/**
 * Writes `size` MaaS entities in realistic proportions, with the groups and users that own them
 * (one group per 100 entities, one user per 20).
 */
export function generateMaasCatalog(
  dir: string,
  size: number,
): GeneratedCatalog {
  const random = seeded(size);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const some = <T>(list: T[], max: number) => {
    const n = 1 + Math.floor(random() * max);
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const n = Object.fromEntries(
    Object.entries(proportions).map(([k, p]) => [
      k,
      Math.max(1, Math.round(size * p)),
    ]),
  ) as Record<keyof typeof proportions, number>;
  const org = orgEntities(size);
  const groups = org.groups;
  const marketing = groups.filter((_, i) => i % 2 === 0);
  const it = groups.filter((_, i) => i % 2 === 1);
  const vendors = Array.from({ length: n.Vendor }, (_, i) => `v${i}`);
  const tools = Array.from({ length: n.MartechTool }, (_, i) => `t${i}`);
  const products = Array.from({ length: n.DataProduct }, (_, i) => `d${i}`);
  const audiences = Array.from({ length: n.Audience }, (_, i) => `a${i}`);
  const capabilityIds = capabilities.map(c => c.id);
  const entity = (kind: string, name: string, spec: object) => ({
    apiVersion: 'maas.dev/v1alpha1',
    kind,
    metadata: { name },
    spec,
  });
  const owners = () => ({
    owner: `group:${pick(marketing)}`,
    ...(random() < 0.9 ? { technicalOwner: `group:${pick(it)}` } : {}),
  });
  const purposes = () =>
    some([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 5).sort((a, b) => a - b);

  const maas = [
    ...vendors.map(v =>
      entity('Vendor', v, {
        ...owners(),
        contract: {
          end: `2027-${String(1 + Math.floor(random() * 12)).padStart(
            2,
            '0',
          )}-15`,
          renewal: pick(['auto', 'manual']),
          noticeDays: pick([30, 60, 90, 120]),
          exitClause: random() < 0.6,
          dataReturn: {
            clause: random() < 0.7,
            assistance: pick(['included', 'paid', 'none']),
          },
          deletionCertificate: random() < 0.5,
          egressFees: pick(['none', 'capped', 'uncapped']),
        },
        ...(random() < 0.8 ? { sla: { support: '24x7' } } : {}),
      }),
    ),
    ...tools.map(t => {
      const category = pick([...toolCategories]).id;
      const inCategory = capabilities
        .filter(c => c.category === category)
        .map(c => c.id);
      return entity('MartechTool', t, {
        vendor: `vendor:${pick(vendors)}`,
        ...owners(),
        category,
        capabilities: some(inCategory.length ? inCategory : capabilityIds, 3),
        lifecycle:
          random() < 0.85 ? 'active' : pick(['evaluation', 'sunsetting']),
        disposition: pick(['tolerate', 'invest', 'migrate', 'eliminate']),
        cost: { amount: Math.round(random() * 200) * 1000, currency: 'EUR' },
        licenses: { purchased: 50, active: Math.floor(random() * 60) },
        ...(random() < 0.8 ? { sla: { availabilityPct: 99.9 } } : {}),
        dataPortability: {
          exportApi: pick(['full', 'partial', 'none']),
          bulkExport: random() < 0.6,
          formats: some(['csv', 'json', 'parquet', 'pdf'], 2),
          selfService: random() < 0.7,
          documentedSchema: random() < 0.6,
        },
        ...(random() < 0.3
          ? { dependsOn: some(tools, 2).map(x => `martechtool:${x}`) }
          : {}),
      });
    }),
    ...products.map(d =>
      entity('DataProduct', d, {
        ...owners(),
        sla: { freshnessHours: pick([1, 4, 24]), completenessPct: 98 },
        consent: {
          personalData: true,
          legalBasis: 'consent',
          purposes: purposes(),
        },
        sourceTools: some(tools, 3).map(x => `martechtool:${x}`),
      }),
    ),
    ...audiences.map(a =>
      entity('Audience', a, {
        ...owners(),
        definition: 'Synthetic audience',
        sourceDataProducts: some(products, 3).map(x => `dataproduct:${x}`),
        consent: {
          requiredPurposes: some([1, 3, 4, 5, 6, 7], 3).sort((x, y) => x - y),
        },
        estimatedSize: Math.round(random() * 500_000),
        certified: random() < 0.7,
        destinations: some(tools, 3).map(x => `martechtool:${x}`),
        sla: { freshnessHours: 24 },
      }),
    ),
    ...Array.from({ length: n.Campaign }, (_, i) =>
      entity('Campaign', `c${i}`, {
        owner: `group:${pick(marketing)}`,
        template: `template:campaign-template-${i % 12}`,
        audience: `audience:${pick(audiences)}`,
        channels: some(tools, 2).map(x => `martechtool:${x}`),
        start: '2026-10-01',
        end: '2026-12-31',
        experiment:
          random() < 0.5 ? { holdoutPct: 10, variants: ['A', 'B'] } : {},
        status: pick(['draft', 'live', 'completed', 'cancelled']),
      }),
    ),
  ];
  return {
    files: [
      ...writeFiles(dir, 'org', org.entities),
      ...writeFiles(dir, 'maas', maas),
    ],
    counts: { ...n, ...org.counts },
  };
}

/** The baseline: the same number of plain Component entities, with the same organisation. */
export function generateComponentCatalog(
  dir: string,
  size: number,
): GeneratedCatalog {
  const org = orgEntities(size);
  const groupCount = org.groups.length;
  const components = Array.from({ length: size }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: `component-${i}` },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: `group:g${i % groupCount}`,
    },
  }));
  return {
    files: [
      ...writeFiles(dir, 'org', org.entities),
      ...writeFiles(dir, 'components', components),
    ],
    counts: { Component: size, ...org.counts },
  };
}
