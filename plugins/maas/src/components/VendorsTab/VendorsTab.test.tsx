import { usePermission } from '@backstage/plugin-permission-react';
import { screen } from '@testing-library/react';
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

  it('says when there is no vendor', async () => {
    await renderTab(<VendorsTab />, {
      maas: { getVendors: async () => ({ items: [] }) },
    });
    expect(
      await screen.findByText('No vendor in the catalogue'),
    ).toBeInTheDocument();
  });
});
