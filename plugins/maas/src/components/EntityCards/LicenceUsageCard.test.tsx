import { screen } from '@testing-library/react';
import { brazeTool } from '../../__testUtils__/entities';
import { brazeUsage } from '../../__testUtils__/intakeResponses';
import { renderCard } from '../../__testUtils__/renderTab';
import { LicenceUsageCard } from './LicenceUsageCard';

describe('LicenceUsageCard', () => {
  it('shows the seats in use from the latest usage, their unused cost and the chart over time', async () => {
    await renderCard(<LicenceUsageCard />, brazeTool, {
      getToolUsage: async () => brazeUsage,
    });
    expect(
      await screen.findByText('22 of 40 seats in use (55 %)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('18 unused, costing €63,000 a year'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "Reported by okta for 2026-12-01; it overrides the catalogue's figures in sprawl and the audit.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('licence-usage-chart')).toBeInTheDocument();
  });

  it("reads the catalogue's figures until a system posts usage", async () => {
    await renderCard(<LicenceUsageCard />, brazeTool, {
      getToolUsage: async () => ({
        ...brazeUsage,
        current: {
          purchased: 40,
          active: 31,
          utilisationPct: 77.5,
          unusedSeats: 9,
          source: 'catalogue',
        },
        points: [],
      }),
    });
    expect(
      await screen.findByText('31 of 40 seats in use (77.5 %)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'From the catalogue (spec.licenses): no system has posted usage yet.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('licence-usage-chart')).not.toBeInTheDocument();
  });
});
