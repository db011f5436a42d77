import { MartechToolEntity } from '../kinds/MartechTool';
import {
  isOverUsed,
  licenceFigures,
  unusedSeatCost,
  unusedSeats,
  utilisationPct,
} from './licences';

const tool = (licenses?: {
  purchased?: number;
  active?: number;
}): MartechToolEntity => ({
  apiVersion: 'maas.dev/v1alpha1',
  kind: 'MartechTool',
  metadata: { name: 'braze' },
  spec: {
    vendor: 'vendor:braze',
    owner: 'group:crm',
    category: 'engagement',
    capabilities: ['email-sending'],
    lifecycle: 'active',
    ...(licenses ? { licenses } : {}),
  },
});

describe('licenceFigures', () => {
  it("reads the catalogue's figures when no usage was posted", () => {
    expect(licenceFigures(tool({ purchased: 40, active: 31 }))).toEqual({
      purchased: 40,
      active: 31,
      source: 'catalogue',
    });
    expect(licenceFigures(tool())).toEqual({ source: 'catalogue' });
  });

  it('lets the latest usage override them, keeping the purchased seats it does not name', () => {
    expect(
      licenceFigures(tool({ purchased: 40, active: 31 }), {
        asOf: '2026-12-01',
        active: 22,
        assigned: 35,
        source: 'okta',
      }),
    ).toEqual({
      purchased: 40,
      active: 22,
      assigned: 35,
      source: 'usage',
      asOf: '2026-12-01',
      reportedBy: 'okta',
    });
    expect(
      licenceFigures(tool({ purchased: 40, active: 31 }), {
        asOf: '2026-12-01',
        active: 22,
        purchased: 30,
      }),
    ).toMatchObject({ purchased: 30, active: 22 });
  });
});

describe('utilisation and unused seats', () => {
  it('divides active by purchased, one decimal', () => {
    expect(utilisationPct(31, 40)).toBe(77.5);
    expect(utilisationPct(1, 3)).toBe(33.3);
    expect(utilisationPct(5, 0)).toBeNull();
  });

  it('costs the unused seats as (purchased − active) × cost / purchased', () => {
    const cost = { amount: 180000, currency: 'EUR' };
    expect(unusedSeats(31, 40)).toBe(9);
    expect(unusedSeatCost(31, 40, cost)).toEqual({
      amount: 40500,
      currency: 'EUR',
    });
    expect(unusedSeatCost(1, 3, { amount: 100, currency: 'EUR' })).toEqual({
      amount: 66.67,
      currency: 'EUR',
    });
  });

  it('counts no unused seat, and no cost, when more are in use than purchased', () => {
    expect(unusedSeats(45, 40)).toBe(0);
    expect(
      unusedSeatCost(45, 40, { amount: 1000, currency: 'EUR' })?.amount,
    ).toBe(0);
    expect(unusedSeatCost(10, 40, undefined)).toBeUndefined();
    expect(isOverUsed({ purchased: 40, active: 45, source: 'usage' })).toBe(
      true,
    );
    expect(isOverUsed({ purchased: 40, active: 40, source: 'usage' })).toBe(
      false,
    );
    expect(isOverUsed({ active: 40, source: 'usage' })).toBe(false);
  });
});
