import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { parse } from 'yaml';

/** The repository's root. */
const repoRoot = resolve(
  resolvePackagePath('@internal/maas-test-utils'),
  '../..',
);

/**
 * The demo's inventory import and taxonomy exactly as app-config.yaml configures them, with the
 * spreadsheet's path made absolute (app-config names it relative to packages/backend), so the
 * tests read the sample with the mapping the README documents and the demo runs. With
 * `onRequestOnly`, the imports run only when asked (their first scheduled run a day away).
 */
export function demoInventoryConfig(
  options: { onRequestOnly?: boolean } = {},
): {
  catalog: { providers: { maasInventory: Record<string, any> } };
  maas: { taxonomy: any };
} {
  const appConfig = parse(
    readFileSync(resolve(repoRoot, 'app-config.yaml'), 'utf8'),
  );
  const providers = structuredClone(appConfig.catalog.providers.maasInventory);
  for (const provider of Object.values<any>(providers)) {
    provider.source = resolve(repoRoot, 'packages/backend', provider.source);
    if (options.onRequestOnly) {
      provider.schedule = {
        frequency: { days: 1 },
        timeout: { minutes: 5 },
        initialDelay: { days: 1 },
      };
    }
  }
  return {
    catalog: { providers: { maasInventory: providers } },
    maas: { taxonomy: appConfig.maas.taxonomy },
  };
}
