import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderTab } from '../../__testUtils__/renderTab';
import { readouts } from '../../__testUtils__/responses';
import { ReadoutsTab } from './ReadoutsTab';

const rowOf = (title: string) =>
  screen.getByRole('link', { name: title }).closest('tr')!;

describe('ReadoutsTab', () => {
  it('lists every campaign with its verdict, lift intervals, spend and iROAS', async () => {
    await renderTab(<ReadoutsTab />, {
      maas: { getReadouts: async () => ({ items: readouts }) },
    });
    expect(await screen.findByText('Campaigns (3)')).toBeInTheDocument();

    const win = within(rowOf('autumn reactivation'));
    expect(win.getByText('Positive')).toBeInTheDocument();
    expect(
      win.getByRole('img', {
        name: 'treatment: +36 % (95 % interval +18 % to +55 %)',
      }),
    ).toBeInTheDocument();
    expect(win.getByText('€15,000')).toBeInTheDocument();
    expect(win.getByText('2.88')).toBeInTheDocument();

    const ab = within(rowOf('checkout landing ab'));
    expect(ab.getAllByRole('img').map(i => i.getAttribute('aria-label')))
      .toMatchInlineSnapshot(`
      [
        "A: -2.8 % (95 % interval -15 % to +9.4 %)",
        "B: -25 % (95 % interval -35 % to -15 %)",
      ]
    `);
    expect(ab.getByText('Negative')).toBeInTheDocument();

    const none = within(rowOf('winter sms win back'));
    expect(none.getByText('no results yet')).toBeInTheDocument();
    expect(none.getByText('Insufficient data')).toBeInTheDocument();
  });

  it('filters by team and by template', async () => {
    await renderTab(<ReadoutsTab />, {
      maas: { getReadouts: async () => ({ items: readouts }) },
    });
    await screen.findByText('Campaigns (3)');
    await userEvent.click(screen.getByLabelText('Team'));
    await userEvent.click(
      screen.getByRole('option', { name: 'ecommerce-marketing' }),
    );
    expect(screen.getByText('Campaigns (1)')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'checkout landing ab' }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByLabelText('Team'));
    await userEvent.click(screen.getByRole('option', { name: 'All' }));
    await userEvent.click(screen.getByLabelText('Template'));
    await userEvent.click(screen.getByRole('option', { name: 'sms-win-back' }));
    expect(screen.getByText('Campaigns (1)')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'winter sms win back' }),
    ).toBeInTheDocument();
  });

  it('says how a campaign gets a readout when none is launched', async () => {
    await renderTab(<ReadoutsTab />, {
      maas: { getReadouts: async () => ({ items: [] }) },
    });
    expect(
      await screen.findByText('No campaign launched yet'),
    ).toBeInTheDocument();
  });
});
