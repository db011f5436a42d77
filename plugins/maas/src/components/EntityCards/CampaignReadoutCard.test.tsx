import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { maasEntity } from '../../__testUtils__/entities';
import { renderCard } from '../../__testUtils__/renderTab';
import { readouts, readoutView } from '../../__testUtils__/responses';
import { CampaignReadoutCard } from './CampaignReadoutCard';

const entity = maasEntity('Campaign', 'autumn-reactivation', {
  owner: 'group:crm',
  status: 'live',
});
const receipt = {
  campaign: 'campaign:default/autumn-reactivation',
  currency: 'EUR',
  received: 2,
  inserted: 1,
  replaced: 1,
  unchanged: 0,
};

describe('CampaignReadoutCard', () => {
  it('shows the verdict, its sentence, the comparisons and the split check', async () => {
    await renderCard(<CampaignReadoutCard />, entity, {
      getReadout: async () => readouts[0],
    });
    expect(
      await screen.findByText(
        "The campaign's audience converted 36 % more than the holdout (95 % interval 18 % to 55 %); the split is as planned.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Positive')).toBeInTheDocument();
    expect(
      screen.getByText('Results of 2 days, 2026-10-01 to 2026-10-02.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('readout-cumulative-rates')).toBeInTheDocument();
    const table = screen.getByRole('table', {
      name: 'Comparisons with the control',
    });
    expect(table).toHaveTextContent('Holdout (control)');
    const row = (title: string) =>
      [...screen.getByText(title).closest('tr')!.children].map(
        cell => cell.textContent,
      );
    expect(row('Lift against the control (95 % interval)')).toEqual([
      'Lift against the control (95 % interval)',
      '+36 % (+18 % to +55 %)',
      '—',
    ]);
    expect(row('Incremental revenue')).toEqual([
      'Incremental revenue',
      '€43,200',
      '—',
    ]);
    expect(row('p-value of the difference')).toEqual([
      'p-value of the difference',
      '< 0.0001',
      '—',
    ]);
    expect(
      screen.getByText(/Split check \(sample-ratio mismatch\): as planned/),
    ).toBeInTheDocument();
  });

  it('flags a broken split', async () => {
    const broken = readoutView('holiday-gift-guide', {
      results: [
        {
          arm: 'treatment',
          users: 86_000,
          conversions: 2_400,
          revenue: 0,
          spend: 0,
          newCustomers: 0,
        },
        {
          arm: 'holdout',
          users: 14_000,
          conversions: 320,
          revenue: 0,
          spend: 0,
          newCustomers: 0,
        },
      ],
    });
    await renderCard(<CampaignReadoutCard />, entity, {
      getReadout: async () => broken,
    });
    expect(
      await screen.findByText(
        /Split check \(sample-ratio mismatch\): not as planned/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Invalid split')).toBeInTheDocument();
  });

  it('uploads a CSV file and reads the readout again', async () => {
    let current = readouts[2];
    const uploadResultsCsv = jest.fn(async () => {
      current = readouts[0];
      return receipt;
    });
    const { alerts } = await renderCard(<CampaignReadoutCard />, entity, {
      getReadout: async () => current,
      uploadResultsCsv,
    });
    expect(await screen.findByText('No results yet.')).toBeInTheDocument();
    const csv = 'day,arm,users,conversions,revenue,spend,newCustomers\n';
    await userEvent.upload(
      screen.getByLabelText('Upload results (CSV)'),
      new File([csv], 'results.csv', { type: 'text/csv' }),
    );
    await waitFor(() =>
      expect(uploadResultsCsv).toHaveBeenCalledWith(
        { namespace: 'default', name: 'autumn-reactivation' },
        csv,
      ),
    );
    expect(await screen.findByText('Positive')).toBeInTheDocument();
    expect(alerts).toEqual([
      'Results uploaded: 2 rows, 1 new, 1 corrected, 0 unchanged',
    ]);
  });

  it("shows maas-backend's reason when a file is refused, line and field", async () => {
    const message =
      'Invalid results CSV: line 3, users: must be a number, got "lots"';
    const { alerts } = await renderCard(<CampaignReadoutCard />, entity, {
      getReadout: async () => readouts[2],
      uploadResultsCsv: async () => {
        throw new Error(message);
      },
    });
    await screen.findByText('No results yet.');
    await userEvent.upload(
      screen.getByLabelText('Upload results (CSV)'),
      new File(['x'], 'results.csv', { type: 'text/csv' }),
    );
    await waitFor(() =>
      expect(alerts).toEqual([`The results were not uploaded: ${message}`]),
    );
  });
});
