import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { glossary } from '../../__testUtils__/responses';
import { renderTab } from '../../__testUtils__/renderTab';
import { GlossaryTab } from './GlossaryTab';

const render = () =>
  renderTab(<GlossaryTab />, {
    maas: { getGlossary: async () => ({ items: glossary }) },
  });

describe('GlossaryTab', () => {
  it('lists each term with its status, owners, implementation and uses', async () => {
    await render();
    expect(
      await screen.findByText('Glossary (3 of 3 terms)'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Active customer' }),
    ).toHaveAttribute('href', '/catalog/default/glossaryterm/active-customer');
    expect(screen.getByText('also: active client')).toBeInTheDocument();
    expect(screen.getByText('crm / data-platform')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Order history' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Email nurture journey' }),
    ).toBeInTheDocument();
    expect(screen.getByText('crm / none')).toBeInTheDocument();
    expect(screen.getByText('no IT owner')).toBeInTheDocument();
    expect(screen.getByText('Nowhere yet')).toBeInTheDocument();
  });

  it('finds terms by title or synonym, as the glossary compares words', async () => {
    await render();
    const search = await screen.findByRole('textbox', {
      name: 'Search by title or synonym',
    });
    await userEvent.type(search, 'cvr');
    expect(screen.getByText('Glossary (1 of 3 terms)')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Conversion rate' }),
    ).toBeInTheDocument();
    await userEvent.clear(search);
    await userEvent.type(search, 'Active-Client');
    expect(
      screen.getByRole('link', { name: 'Active customer' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Conversion rate' }),
    ).not.toBeInTheDocument();
  });

  it('filters by status', async () => {
    await render();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Status Any status' }),
    );
    await userEvent.click(
      within(screen.getByRole('listbox')).getByText('Draft'),
    );
    expect(screen.getByText('Glossary (1 of 3 terms)')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Reactivation rate' }),
    ).toBeInTheDocument();
  });

  it('says when the catalogue holds no term', async () => {
    await renderTab(<GlossaryTab />, {
      maas: { getGlossary: async () => ({ items: [] }) },
    });
    expect(
      await screen.findByText('No glossary term in the catalogue'),
    ).toBeInTheDocument();
  });
});
