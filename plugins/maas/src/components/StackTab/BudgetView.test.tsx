import { screen } from '@testing-library/react';
import { brazeLicence, budget } from '../../__testUtils__/intakeResponses';
import { sprawl } from '../../__testUtils__/responses';
import { renderTab } from '../../__testUtils__/renderTab';
import { BudgetView } from './BudgetView';
import { UnusedSeats } from './UnusedSeats';

describe('BudgetView', () => {
  it('shows the spend per currency by funder, the co-funded share and each tool', async () => {
    await renderTab(<BudgetView />, {
      maas: { getBudget: async () => budget },
    });
    expect(
      await screen.findByText('Spend in EUR: €580,000 a year'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Marketing €330,000 (56.9 %) · IT €190,000 (32.8 %) · undeclared €60,000 (10.3 %)',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('65.5 % co-funded')).toBeInTheDocument();
    expect(
      screen.getByText(
        '€380,000 on 1 of 3 tools that marketing and IT both pay a share of',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Budget by tool (3), costliest first'),
    ).toBeInTheDocument();
    expect(screen.getByText('50 % / 50 %')).toBeInTheDocument();
    expect(screen.getByText('undeclared')).toBeInTheDocument();
  });

  it('says so when no tool in use declares a cost', async () => {
    await renderTab(<BudgetView />, {
      maas: {
        getBudget: async () => ({ currencies: [], tools: [], unpriced: [] }),
      },
    });
    expect(
      await screen.findByText('No tool in use declares a cost'),
    ).toBeInTheDocument();
  });
});

describe('UnusedSeats', () => {
  it('totals what unused seats cost and lists the tools wasting most', async () => {
    await renderTab(
      <UnusedSeats
        total={[{ amount: 63000, currency: 'EUR' }]}
        licences={[brazeLicence, ...sprawl.licences]}
      />,
      { maas: {} },
    );
    expect(await screen.findByText('€63,000 a year')).toBeInTheDocument();
    expect(
      screen.getByText('18 of 40 seats unused (usage of 2026-12-01)'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Hootsuite')).not.toBeInTheDocument();
  });
});
