import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigReader } from '@backstage/config';
import { defaultReversibilitySettings } from '@maas/plugin-maas-common';
import { parse } from 'yaml';
import { readMaasConfig } from './readMaasConfig';

// The code's defaults are the only source; the README shows them, and this keeps it honest.

function readmeConfiguration(): any {
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Configuration\n'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section);
  if (!block)
    throw new Error('The README has no YAML block under Configuration');
  return parse(block[1]);
}

describe("the README's configuration", () => {
  it('shows the default weights and scales of the reversibility score', () => {
    const { reversibility } = readmeConfiguration().maas;
    expect(reversibility.weights).toEqual(defaultReversibilitySettings.weights);
    expect(reversibility.scales).toEqual(defaultReversibilitySettings.scales);
  });

  it('adds up to 100 with the default weights, as its worked example says', () => {
    const total = Object.values(defaultReversibilitySettings.weights).reduce(
      (sum, weight) => sum + weight,
      0,
    );
    expect(total).toBe(100);
  });

  it('holds only the defaults: reading it changes nothing', () => {
    expect(readMaasConfig(new ConfigReader(readmeConfiguration()))).toEqual(
      readMaasConfig(new ConfigReader({})),
    );
  });
});
