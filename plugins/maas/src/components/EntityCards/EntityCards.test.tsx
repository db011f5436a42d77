import { screen } from '@testing-library/react';
import { brazeTool, maasEntity } from '../../__testUtils__/entities';
import { renderCard as render } from '../../__testUtils__/renderTab';
import { sprawl, taxonomy, vendor } from '../../__testUtils__/responses';
import { CampaignCard } from './CampaignCard';
import { CapabilitiesCard } from './CapabilitiesCard';
import { ConsentCard } from './ConsentCard';
import { OwnershipCard } from './OwnershipCard';
import { ReversibilityCard } from './ReversibilityCard';

describe('MaaS entity cards', () => {
  it('shows the marketing and IT owners side by side', async () => {
    await render(<OwnershipCard />, brazeTool);
    expect(
      await screen.findByText('Co-owned by marketing and IT · has an SLA'),
    ).toBeInTheDocument();
    render(
      <OwnershipCard />,
      maasEntity('MartechTool', 'mailchimp', {
        owner: 'group:brand',
        capabilities: [],
      }),
    );
    expect(
      await screen.findByText('None: marketing owns it alone'),
    ).toBeInTheDocument();
  });

  it('names the consent purposes', async () => {
    render(
      <ConsentCard />,
      maasEntity('DataProduct', 'crm', {
        owner: 'g',
        consent: { legalBasis: 'consent', purposes: [1, 7] },
      }),
    );
    expect(
      await screen.findByText('1. Store and/or access information on a device'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('7. Measure advertising performance'),
    ).toBeInTheDocument();
  });

  it('shows the reversibility breakdown of a vendor', async () => {
    render(
      <ReversibilityCard />,
      maasEntity('Vendor', 'snowflake', { owner: 'g' }),
      {
        getVendor: async () => vendor,
      },
    );
    expect(await screen.findByText('88.1 / 100')).toBeInTheDocument();
    expect(screen.getByText('Egress fees: 5 of 10')).toBeInTheDocument();
  });

  it('names the other tools serving each capability', async () => {
    await render(<CapabilitiesCard />, brazeTool, {
      getSprawl: async () => sprawl,
      getTaxonomy: async () => taxonomy,
    });
    expect(await screen.findByText('Also served by')).toBeInTheDocument();
    expect(screen.getByText('Mailchimp')).toBeInTheDocument();
    expect(
      screen.getByText('No other tool in use serves it'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Marketing email sending'),
    ).toBeInTheDocument();
  });

  it("names capabilities from maas-backend's taxonomy, aliases and added ones included", async () => {
    await render(
      <CapabilitiesCard />,
      maasEntity('MartechTool', 'quantum-metric', {
        owner: 'group:web',
        capabilities: ['experience-analytics', 'digital-analytics'],
      }),
      {
        getSprawl: async () => ({
          ...sprawl,
          capabilities: [
            {
              capability: 'web-analytics',
              title: 'Web analytics',
              category: 'analytics',
              tools: [
                {
                  ref: 'martechtool:default/matomo',
                  title: 'Matomo',
                  lifecycle: 'active',
                },
              ],
            },
          ],
        }),
        getTaxonomy: async () => taxonomy,
      },
    );
    expect(await screen.findByText('Experience analytics')).toBeInTheDocument();
    // digital-analytics is an alias of web-analytics: its overlaps are web analytics'.
    expect(screen.getByText('Web analytics')).toBeInTheDocument();
    expect(screen.getByText('Matomo')).toBeInTheDocument();
  });

  it('shows capability ids while the taxonomy cannot be read', async () => {
    await render(<CapabilitiesCard />, brazeTool, {
      getSprawl: async () => sprawl,
      getTaxonomy: async () => {
        throw new Error('maas-backend is down');
      },
    });
    expect(await screen.findByText('email-sending')).toBeInTheDocument();
  });

  it('warns about a campaign whose effect cannot be measured', async () => {
    render(
      <CampaignCard />,
      maasEntity('Campaign', 'c', {
        status: 'live',
        start: '2026-12-01',
        experiment: {},
        kpis: ['conversion-rate'],
      }),
    );
    expect(
      await screen.findByText(
        'No holdout and no A/B split: its effect cannot be measured.',
      ),
    ).toBeInTheDocument();
  });
});
