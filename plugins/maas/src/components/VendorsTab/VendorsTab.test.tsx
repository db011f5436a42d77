import { usePermission } from '@backstage/plugin-permission-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vendor } from '../../__testUtils__/responses';
import { renderTab } from '../../__testUtils__/renderTab';
import { VendorsTab } from './VendorsTab';

// usePermission caches answers across renders; each test says what the user may do.
jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));
const allow = (allowed: boolean) =>
  (usePermission as jest.Mock).mockReturnValue({ loading: false, allowed });

describe('VendorsTab', () => {
  beforeEach(() => allow(true));

  const maas = {
    getVendors: async () => ({ items: [vendor] }),
    getVendor: async () => vendor,
    recordDecision: jest.fn(async () => ({
      id: 1,
      vendorRef: vendor.ref,
      decision: 'renegotiate' as const,
      decidedBy: 'user:default/guest',
      decidedAt: '2026-11-22T10:00:00Z',
    })),
  };

  it('lists vendors with score, deadline and Data Act counts, and opens the detail', async () => {
    await renderTab(<VendorsTab />, { maas });
    expect(await screen.findByText('Snowflake Inc.')).toBeInTheDocument();
    expect(screen.getByText('345 days left (2027-11-02)')).toBeInTheDocument();
    expect(screen.getByText('1 / 0 / 1')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Snowflake Inc.'));
    expect(
      await screen.findByText('Snowflake Inc.: reversibility 88.1 / 100'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/fails on 2027-01-12: contract.egressFees is none/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/weakest tool: martechtool:default\/snowflake/),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Record decision' }),
    );
    expect(maas.recordDecision).toHaveBeenCalledWith(vendor.ref, {
      decision: 'renew',
    });
  });

  it('hides the decision form from those without the permission', async () => {
    allow(false);
    await renderTab(<VendorsTab />, { maas });
    await userEvent.click(await screen.findByText('Snowflake Inc.'));
    expect(
      await screen.findByText(
        'Only the vendor deciders can record a decision.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Record decision' }),
    ).not.toBeInTheDocument();
  });

  it('lays out the next 12 months of decision deadlines under the table, decided ones said so', async () => {
    const braze = {
      ...vendor,
      ref: 'vendor:default/braze',
      title: 'Braze',
      deadline: {
        termEnd: '2027-03-31',
        noticeDays: 90,
        deadline: '2026-12-31',
        daysLeft: 39,
        renewal: 'auto' as const,
      },
      decidedForCurrentTerm: true,
    };
    const hubspot = {
      ...vendor,
      ref: 'vendor:default/hubspot',
      title: 'HubSpot',
      deadline: {
        ...braze.deadline,
        deadline: '2026-12-10',
        daysLeft: 18,
        renewal: 'manual' as const,
      },
      decidedForCurrentTerm: false,
    };
    await renderTab(<VendorsTab />, {
      maas: { getVendors: async () => ({ items: [vendor, braze, hubspot] }) },
    });
    expect(await screen.findByText('Renewal calendar')).toBeInTheDocument();
    // Snowflake's deadline (2027-11-02) is past the twelfth month from 2026-11-22.
    expect(
      screen.getByText(
        '2 decision deadlines (term end − notice) in the next 12 months',
      ),
    ).toBeInTheDocument();
    const december = within(screen.getByTestId('renewals-2026-12'));
    expect(december.getByText('December 2026')).toBeInTheDocument();
    const lines = december.getAllByText(/^\d{2} ·/).map(l => l.textContent);
    expect(lines).toEqual(['10 · HubSpot', '31 · Braze']);
    expect(december.getByText('decided')).toBeInTheDocument();
    expect(december.getByText('to decide')).toBeInTheDocument();
    expect(december.getByText('renews automatically')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('renewals-2026-11')).getByText('no deadline'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('renewals-2027-11')).not.toBeInTheDocument();
  });

  it('says when there is no vendor', async () => {
    await renderTab(<VendorsTab />, {
      maas: { getVendors: async () => ({ items: [] }) },
    });
    expect(
      await screen.findByText('No vendor in the catalogue'),
    ).toBeInTheDocument();
  });
});
