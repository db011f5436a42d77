import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { history, kpis } from '../../__testUtils__/responses';
import { renderTab } from '../../__testUtils__/renderTab';
import { OverviewTab } from './OverviewTab';

describe('OverviewTab', () => {
  it('shows each KPI with its value, and "no data" with the reason', async () => {
    await renderTab(<OverviewTab />, {
      maas: {
        getKpis: async () => ({ asOf: '2026-11-22', kpis }),
        getHistory: async () => ({ items: history }),
      },
    });
    expect(await screen.findByText('78.7 %')).toBeInTheDocument();
    expect(screen.getByText('No data')).toBeInTheDocument();
    expect(
      screen.getByText('no launched campaign has gone live yet'),
    ).toBeInTheDocument();
    // LTV:CAC beside the benchmark it is read against.
    expect(screen.getByText('4.2 : 1')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Benchmark 3 : 1 — a customer should bring three times what acquiring them cost',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByTestId('trend-ownership-sla-coverage'),
    ).toBeInTheDocument();
  });

  it('shows the definition and what was counted, one click away', async () => {
    await renderTab(<OverviewTab />, {
      maas: {
        getKpis: async () => ({ asOf: '2026-11-22', kpis }),
        getHistory: async () => ({ items: [] }),
      },
    });
    const [button] = await screen.findAllByRole('button', {
      name: 'How it is computed',
    });
    await userEvent.click(button);
    expect(
      screen.getByText(/with a marketing owner, an IT owner and an SLA/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('85 of 108 entities with both owners and an SLA'),
    ).toBeInTheDocument();
  });

  it('links each KPI to the glossary term it computes', async () => {
    await renderTab(<OverviewTab />, {
      maas: {
        getKpis: async () => ({
          asOf: '2026-11-22',
          kpis: [
            kpis[0],
            {
              ...kpis[1],
              term: { ref: 'glossaryterm:default/cac-ltv-per-segment' },
            },
          ],
        }),
        getHistory: async () => ({ items: [] }),
      },
    });
    const link = await screen.findByRole('link', {
      name: 'Ownership and SLA coverage',
    });
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/glossaryterm/ownership-sla-coverage',
    );
    expect(
      screen.getByText(
        /glossaryterm:default\/cac-ltv-per-segment is not in the catalogue/,
      ),
    ).toBeInTheDocument();
    const [button] = screen.getAllByRole('button', {
      name: 'How it is computed',
    });
    await userEvent.click(button);
    expect(
      screen.getByText(
        'The share of MaaS entities that marketing and IT own together and that promise an SLA.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the error message when the backend fails', async () => {
    await renderTab(<OverviewTab />, {
      maas: {
        getKpis: async () => {
          throw new Error('maas-backend is down');
        },
        getHistory: async () => ({ items: [] }),
      },
    });
    expect(
      await screen.findByText('Error: maas-backend is down'),
    ).toBeInTheDocument();
  });

  it('says when there is nothing', async () => {
    await renderTab(<OverviewTab />, {
      maas: {
        getKpis: async () => ({ asOf: '', kpis: [] }),
        getHistory: async () => ({ items: [] }),
      },
    });
    expect(await screen.findByText('Nothing here yet')).toBeInTheDocument();
  });
});
