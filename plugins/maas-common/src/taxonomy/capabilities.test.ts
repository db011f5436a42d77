import { capabilities, getCapability } from './capabilities';
import { toolCategoryIds } from './categories';
import {
  consentOnlyPurposes,
  getTcfPurposeName,
  tcfPurposes,
} from '../consent/tcf';

describe('capability taxonomy', () => {
  it('has at least 30 capabilities with unique ids', () => {
    expect(capabilities.length).toBeGreaterThanOrEqual(30);
    expect(new Set(capabilities.map(c => c.id)).size).toBe(capabilities.length);
  });

  it('puts every capability in a known category, and every category has one', () => {
    for (const c of capabilities) {
      expect(toolCategoryIds).toContain(c.category);
    }
    for (const id of toolCategoryIds) {
      expect(capabilities.some(c => c.category === id)).toBe(true);
    }
  });

  it('finds capabilities by id', () => {
    expect(getCapability('email-sending')?.category).toBe('engagement');
    expect(getCapability('nope')).toBeUndefined();
  });
});

describe('TCF v2.2 purposes', () => {
  it('lists purposes 1 to 11 with names', () => {
    expect(tcfPurposes.map(p => p.id)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    expect(getTcfPurposeName(1)).toBe(
      'Store and/or access information on a device',
    );
    expect(getTcfPurposeName(12)).toBeUndefined();
  });

  it('marks purposes 1 and 3 to 6 as consent-only', () => {
    expect(consentOnlyPurposes).toEqual([1, 3, 4, 5, 6]);
  });
});
