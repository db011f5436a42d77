import { screen } from '@testing-library/react';
import { maasEntity } from '../../__testUtils__/entities';
import { renderCard } from '../../__testUtils__/renderTab';
import { glossary } from '../../__testUtils__/responses';
import { GlossaryTermCard } from './GlossaryTermCard';

describe('GlossaryTermCard', () => {
  it('shows the definition, the formula, where it is computed and the KPIs using it', async () => {
    const asked: string[] = [];
    await renderCard(
      <GlossaryTermCard />,
      maasEntity('GlossaryTerm', 'active-customer', { owner: 'group:crm' }),
      {
        getGlossaryTerm: async ref => {
          asked.push(ref);
          return {
            ...glossary[0],
            kpis: [
              {
                id: 'active-customers',
                title: 'Active customers',
                value: 412000,
                unit: 'customers',
              },
            ],
            replaces: [
              {
                ref: 'glossaryterm:default/buyer',
                kind: 'GlossaryTerm',
                title: 'Buyer',
                inCatalogue: true,
              },
            ],
          };
        },
      },
    );
    expect(
      await screen.findByText(
        'A customer with at least one order in the last 12 months.',
      ),
    ).toBeInTheDocument();
    expect(asked).toEqual(['glossaryterm:default/active-customer']);
    expect(
      screen.getByText(
        'count(distinct customer_id) where last_order_at >= today - 365',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Approved · counted in customers · also called active client',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Order history' })).toHaveAttribute(
      'href',
      '/catalog/default/dataproduct/order-history',
    );
    expect(
      screen.getByText('KPI Active customers: 412,000 customers'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Buyer' })).toHaveAttribute(
      'href',
      '/catalog/default/glossaryterm/buyer',
    );
  });

  it('says what the audit finds on the term, and that nothing computes it', async () => {
    await renderCard(
      <GlossaryTermCard />,
      maasEntity('GlossaryTerm', 'reactivation-rate', { owner: 'group:crm' }),
      { getGlossaryTerm: async () => glossary[2] },
    );
    expect(
      await screen.findByText(
        'term-not-co-owned: no IT owner (spec.technicalOwner): the term is defined by marketing alone',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Nowhere yet: nothing computes its number'),
    ).toBeInTheDocument();
    expect(screen.getByText('No KPI or template uses it')).toBeInTheDocument();
  });
});
