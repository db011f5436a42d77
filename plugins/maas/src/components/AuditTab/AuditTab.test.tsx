import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { findings, matrix } from '../../__testUtils__/responses';
import { renderTab } from '../../__testUtils__/renderTab';
import { AuditTab } from './AuditTab';

/** The audit tab over the shared findings and matrix, with downloads stubbed. */
async function renderAudit(
  getAuditCsv: () => Promise<string> = async () => 'severity\r\n',
) {
  (URL as any).createObjectURL = jest.fn(() => 'blob:audit');
  (URL as any).revokeObjectURL = jest.fn();
  await renderTab(<AuditTab />, {
    maas: {
      getAudit: async () => ({
        asOf: '2026-11-22',
        horizonDays: 120,
        findings,
      }),
      getOwnershipMatrix: async () => matrix,
      getAuditCsv,
    },
  });
  await screen.findByText('Findings (2) as of 2026-11-22');
}

describe('AuditTab', () => {
  it('lists the findings and the ownership matrix, and downloads the CSV', async () => {
    const getAuditCsv = jest.fn(
      async () => 'severity,rule\r\nhigh,consent-gap\r\n',
    );
    await renderAudit(getAuditCsv);
    expect(
      screen.getByText(
        'requires TCF purposes 5, 6 that its source dataproduct:web-behaviour-events does not carry',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('group:default/social-media (not in the catalogue)'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('8 / 0 / 8').length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: /Download CSV/ }));
    expect(getAuditCsv).toHaveBeenCalled();
    expect(URL.createObjectURL).toHaveBeenCalled();
  });

  it('keeps what was typed in the findings search while the tab re-renders', async () => {
    await renderAudit();
    expect(screen.getByText('Web cart abandoners')).toBeInTheDocument();
    const [search] = screen.getAllByPlaceholderText('Filter');
    await userEvent.type(search, 'mailchimp');
    await waitFor(() =>
      expect(screen.queryByText('Web cart abandoners')).not.toBeInTheDocument(),
    );
    // A download changes the tab's state, so it renders again.
    await userEvent.click(screen.getByRole('button', { name: /Download CSV/ }));
    await waitFor(() => expect(URL.revokeObjectURL).toHaveBeenCalled());
    expect(search).toHaveValue('mailchimp');
    expect(screen.queryByText('Web cart abandoners')).not.toBeInTheDocument();
    expect(screen.getByText('Mailchimp')).toBeInTheDocument();
  });

  it('finds an entity by its catalogue name as well as its title', async () => {
    await renderAudit();
    const [search] = screen.getAllByPlaceholderText('Filter');
    await userEvent.type(search, 'cart-abandoners-web');
    await waitFor(() =>
      expect(screen.queryByText('Mailchimp')).not.toBeInTheDocument(),
    );
    expect(screen.getByText('Web cart abandoners')).toBeInTheDocument();
  });
});
