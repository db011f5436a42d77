import { Taxonomy } from '@maas/plugin-maas-common';
import { martechTool } from '../__testUtils__/entities';
import { buildPlatform } from './platform';
import { computeSprawl, NAMED_OTHER_TOOLS } from './sprawl';

const sprawlOf = (names: string[]) =>
  computeSprawl({
    platform: buildPlatform(names.map(name => martechTool(name))),
    asOf: '2026-12-04',
    settings: {
      yearlyRetirementTargetPct: 20,
      underusedBelowPct: 30,
      lowReversibilityBelow: 40,
    },
    toolScores: new Map(),
    exitingVendors: new Set(),
    taxonomy: Taxonomy.builtIn(),
  });

const redundancyOf = (
  report: ReturnType<typeof sprawlOf>,
  name: string,
): string | undefined =>
  report.candidates
    .find(c => c.ref === `martechtool:default/${name}`)
    ?.reasons.find(r => r.reason === 'redundant')?.detail;

describe('computeSprawl', () => {
  it('names every other tool serving the capability when there are few', () => {
    const report = sprawlOf(['braze', 'klaviyo', 'mailchimp']);
    expect(redundancyOf(report, 'braze')).toBe(
      'email-sending also served by KLAVIYO, MAILCHIMP',
    );
    expect(redundancyOf(report, 'mailchimp')).toBe(
      'email-sending also served by BRAZE, KLAVIYO',
    );
  });

  it('names a few of many and counts the rest, while the capability lists them all', () => {
    const names = Array.from({ length: 50 }, (_, i) => `tool-${i}`);
    const report = sprawlOf(names);

    expect(redundancyOf(report, 'tool-0')).toBe(
      `email-sending also served by TOOL-1, TOOL-2, TOOL-3 and ${
        49 - NAMED_OTHER_TOOLS
      } more`,
    );
    expect(redundancyOf(report, 'tool-2')).toBe(
      `email-sending also served by TOOL-0, TOOL-1, TOOL-3 and ${
        49 - NAMED_OTHER_TOOLS
      } more`,
    );
    const emailSending = report.capabilities.find(
      c => c.capability === 'email-sending',
    );
    expect(emailSending?.tools.map(t => t.title)).toEqual(
      names.map(n => n.toLocaleUpperCase('en-US')),
    );
  });

  it('keeps the answer linear in the tools serving one capability', () => {
    const size = (n: number) =>
      JSON.stringify(sprawlOf(Array.from({ length: n }, (_, i) => `tool-${i}`)))
        .length;
    // Each tool's row and reason are bounded, so ten times the tools is about ten times the
    // text; naming every other tool in every reason made it about a hundred times.
    expect(size(1000) / size(100)).toBeLessThan(12);
  });
});
