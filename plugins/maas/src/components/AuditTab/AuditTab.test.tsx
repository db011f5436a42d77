import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { findings, matrix } from '../../__testUtils__/responses';
import { renderTab } from '../../__testUtils__/renderTab';
import { AuditTab } from './AuditTab';

/** The audit tab over the shared findings and matrix, with downloads stubbed. */
async function renderAudit(
  getAuditCsv: () => Promise<string> = async () => 'severity\r\n',
  route?: string,
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
    route,
  });
  await screen.findByText(/^Findings \(/);
}

/** The findings table's search box (the matrix has one too). */
function findingsSearch() {
  const table = screen
    .getByText(/^Findings \(/)
    .closest('[class*="MuiPaper-root"]') as HTMLElement;
  return within(table).getByPlaceholderText('Filter');
}

describe('AuditTab', () => {
  it('lists the findings and the ownership matrix, and downloads the CSV', async () => {
    const getAuditCsv = jest.fn(
      async () => 'severity,rule\r\nhigh,consent-gap\r\n',
    );
    await renderAudit(getAuditCsv);
    expect(
      screen.getByText('Findings (2) as of 2026-11-22'),
    ).toBeInTheDocument();
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
    const search = findingsSearch();
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
    const search = findingsSearch();
    await userEvent.type(search, 'cart-abandoners-web');
    await waitFor(() =>
      expect(screen.queryByText('Mailchimp')).not.toBeInTheDocument(),
    );
    expect(screen.getByText('Web cart abandoners')).toBeInTheDocument();
  });

  it('sums the findings up, and its links filter the table', async () => {
    await renderAudit();
    const severity = screen.getByText('By severity').closest('div')!;
    const high = within(severity).getByText('high').closest('a')!;
    expect(high).toHaveAttribute('href', '/?severity=high');
    expect(high.closest('li')).toHaveTextContent('1');
    const actors = screen.getByText('Who must act').closest('div')!;
    expect(within(actors).getByText('IT').closest('li')).toHaveTextContent('1');
    const teams = screen
      .getByText('Owning teams with the most findings')
      .closest('div')!;
    await userEvent.click(within(teams).getByText('brand'));
    expect(
      await screen.findByText('Findings (1 of 2) as of 2026-11-22'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Web cart abandoners')).not.toBeInTheDocument();
    expect(screen.getByText('Mailchimp')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Show all'));
    expect(
      await screen.findByText('Findings (2) as of 2026-11-22'),
    ).toBeInTheDocument();
  });

  it('opens filtered as its address says', async () => {
    await renderAudit(undefined, '/?severity=high');
    expect(
      await screen.findByText('Findings (1 of 2) as of 2026-11-22'),
    ).toBeInTheDocument();
    expect(screen.getByText('Web cart abandoners')).toBeInTheDocument();
    expect(screen.queryByText('Mailchimp')).not.toBeInTheDocument();
  });
});
