import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { parse } from 'yaml';
import { GuardrailsBackend, startGuardrailsBackend } from './guardrailsBackend';
import {
  certifiedAudiences,
  launchChannels,
  launchDecisions,
} from './launchDecisions';
import { repoRoot } from '../testing/startBackendProcess';

// The test entities and requests of the guard-rails suite.

export const entity = (kind: string, name: string, spec: object): Entity => ({
  apiVersion: kind === 'User' ? 'backstage.io/v1alpha1' : 'maas.dev/v1alpha1',
  kind,
  metadata: { name },
  spec: spec as Entity['spec'],
});
export const source = (name: string, purposes: number[]) =>
  entity('DataProduct', name, {
    owner: 'group:crm',
    technicalOwner: 'group:data-platform',
    consent: { personalData: true, legalBasis: 'consent', purposes },
  });
export const audience = (name: string, sourceName: string) =>
  entity('Audience', name, {
    owner: 'group:crm',
    technicalOwner: 'group:data-platform',
    definition: `Test audience ${name}`,
    sourceDataProducts: [`dataproduct:${sourceName}`],
    consent: { requiredPurposes: [1, 5, 6] },
    estimatedSize: 400000,
    certified: true,
  });
export const trusted = (purposes: number[]) => [
  source('guardrails-source', purposes),
  audience('guardrails-audience', 'guardrails-source'),
  audience('guardrails-self-certified', 'guardrails-source'),
  audience('guardrails-twin', 'guardrails-source'),
];

/** The SMS win-back template, going live at once: `maas.dev/go-live: on-launch`. */
export function onLaunchTemplate(): Entity {
  const file = join(repoRoot, 'examples/templates/sms-win-back.yaml');
  const template: Entity = parse(readFileSync(file, 'utf8'));
  template.metadata.name = 'sms-win-back-now';
  template.metadata.annotations = {
    ...template.metadata.annotations,
    'maas.dev/go-live': 'on-launch',
  };
  return template;
}

/** Form defaults of a template, as the scaffolder's form proposes them. */
export function formDefaults(template: string): Record<string, any> {
  const file = join(repoRoot, 'examples/templates', `${template}.yaml`);
  const pages: any[] = parse(readFileSync(file, 'utf8')).spec.parameters;
  return Object.fromEntries(
    pages
      .flatMap(p => Object.entries<any>(p.properties))
      .filter(([, v]) => v.default !== undefined)
      .map(([k, v]) => [k, v.default]),
  );
}

/** The body the API door gets for a launch the scaffolder's form would make. */
export function campaignBody(
  template: string,
  audienceName: string,
  name: string,
) {
  const form = formDefaults(template);
  return {
    name,
    owner: 'group:default/crm',
    template: `template:default/${template}`,
    audience: `audience:default/${audienceName}`,
    channels: [launchChannels[template]],
    start: '2026-12-01',
    end: '2027-01-15',
    budget: { amount: form.budget, currency: 'EUR' },
    experiment: {
      holdoutPct: form.holdoutPct,
      baselineConversionPct: form.baselineConversionPct,
      ...(template === 'landing-page-ab-test' ? { variants: ['A', 'B'] } : {}),
    },
  };
}

/**
 * The suite's backend on a database: the demo, the test entities (trusted, someone's own, extra
 * users), once every user it signs in as is related to its groups; the demo's requested
 * certifications and the trusted test audience given both keys by their teams.
 */
export async function startGuardrailsSuite(
  database: Record<string, unknown>,
): Promise<GuardrailsBackend> {
  const maas = await startGuardrailsBackend({
    database,
    trusted: trusted([1, 3, 4, 5, 6, 7]),
    templates: [onLaunchTemplate()],
    untrusted: [
      source('someones-all-purposes', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
      audience('someones-certified', 'someones-all-purposes'),
    ],
    users: [
      entity('User', 'mallory', { memberOf: [] }),
      entity('User', 'pat.dual', { memberOf: ['crm', 'data-platform'] }),
    ],
  });
  // Sign-in reads each user's groups from the catalogue: wait until they are related.
  for (const user of ['ines.garcia', 'lucas.martin', 'raj.patel', 'pat.dual']) {
    await maas.waitForEntity(`user:default/${user}`, e =>
      (e.relations ?? []).some(r => r.type === 'memberOf'),
    );
  }
  for (const ref of [
    'user:default/mallory',
    'user:default/emma.laurent',
    'user:default/sofia.marino',
    'audience:default/guardrails-twin',
    'audience:default/newsletter-subscribers',
    'template:default/sms-win-back-now',
    ...Object.keys(launchDecisions).map(t => `template:default/${t}`),
    ...Object.values(launchChannels),
  ]) {
    await maas.waitForEntity(ref);
  }
  for (const name of [...certifiedAudiences, 'guardrails-audience']) {
    for (const [user, role] of [
      ['ines.garcia', 'marketing'],
      ['raj.patel', 'it'],
    ]) {
      const res = await maas.call(
        'POST',
        `/api/maas/audiences/default/${name}/certification`,
        { user },
        { role },
      );
      if (res.status !== 201) {
        throw new Error(`certifying ${name}: ${JSON.stringify(res.body)}`);
      }
    }
  }
  return maas;
}
