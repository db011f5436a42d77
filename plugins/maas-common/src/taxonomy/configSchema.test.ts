import { loadConfigSchema } from '@backstage/config-loader';
import { resolve } from 'node:path';

// maas.taxonomy is read by maas-backend, the catalogue module and the scaffolder module, so its
// schema lives in this package, which all three depend on: an app installing only the catalogue
// module must still have it validated.
describe('the maas.taxonomy configuration schema', () => {
  let schema: Awaited<ReturnType<typeof loadConfigSchema>>;

  beforeAll(async () => {
    schema = await loadConfigSchema({
      dependencies: [],
      // Only this package's own schema: the core's would require app and backend keys.
      excludePackageDependencies: true,
      packagePaths: [resolve(__dirname, '../../package.json')],
    });
  }, 60_000);

  const check = (taxonomy: unknown) =>
    schema.process([{ context: 'test', data: { maas: { taxonomy } } as any }]);

  it('accepts the taxonomy an adopter writes', () => {
    expect(() =>
      check({
        categories: [{ id: 'experience', title: 'Experience' }],
        capabilities: [
          {
            id: 'experience-analytics',
            title: 'Experience analytics',
            category: 'experience',
          },
        ],
        aliases: { capabilities: { 'session-replay': 'experience-analytics' } },
      }),
    ).not.toThrow();
  });

  it('rejects a capability without its category', () => {
    expect(() =>
      check({ capabilities: [{ id: 'experience-analytics', title: 'X' }] }),
    ).toThrow(/category/);
  });

  it('rejects an alias that names no id', () => {
    // Config values are coerced (7 becomes '7'), so the wrong shape is a nested object.
    expect(() =>
      check({ aliases: { categories: { crm: { id: 'crm-suite' } } } }),
    ).toThrow(/string/);
  });
});
