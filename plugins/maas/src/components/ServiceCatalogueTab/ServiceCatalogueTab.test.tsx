import { screen } from '@testing-library/react';
import { renderTab } from '../../__testUtils__/renderTab';
import { taxonomy } from '../../__testUtils__/responses';
import { ServiceCatalogueTab } from './ServiceCatalogueTab';

const template = {
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: {
    name: 'email-nurture-journey',
    namespace: 'default',
    title: 'Email nurture journey',
    description: 'A multi-step email journey for a certified audience.',
    annotations: {
      'maas.dev/required-purposes': '1,5,6',
      'maas.dev/channel-capabilities': 'email-sending',
      'maas.dev/launch-sla': 'P2D',
      'maas.dev/requires-certified-audience': 'true',
    },
  },
  spec: { type: 'campaign', owner: 'group:crm' },
};

const compliance = {
  window: { from: '', to: '', days: 30 },
  dataProducts: [
    {
      ref: 'dataproduct:default/crm-customers-consented',
      title: 'Consented CRM customers',
      status: 'meeting' as const,
      measurements: 120,
      freshness: { target: 24, metPct: 97.5, assessed: 120 },
      completeness: { target: 98, metPct: 100, assessed: 120 },
      currentFreshnessHours: 20.3,
      lastMeasuredAt: '2026-11-22T06:00:00.000Z',
      events: 2_500_000,
      incidents: 1,
      incidentsPerMillionEvents: 0.4,
    },
  ],
  audiences: [],
};

describe('ServiceCatalogueTab', () => {
  it('shows each campaign template with its consent, channels, owner, SLA and a Launch button', async () => {
    await renderTab(<ServiceCatalogueTab />, {
      maas: {
        getCompliance: async () => compliance,
        getTaxonomy: async () => taxonomy,
      },
      catalog: {
        getEntities: async ({ filter }: any) => ({
          items: filter.kind === 'Template' ? [template] : [],
        }),
      },
    });
    expect(
      await screen.findByText('Email nurture journey'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Marketing email sending'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('5 · Create profiles to personalise content'),
    ).toBeInTheDocument();
    expect(screen.getByText('Marketing email sending')).toBeInTheDocument();
    expect(screen.getByText(/Launch SLA P2D/)).toBeInTheDocument();
    expect(screen.getByText('Launch').closest('a')).toHaveAttribute(
      'href',
      '/create/templates/default/email-nurture-journey',
    );
    expect(screen.getByText('97.5 / 100')).toBeInTheDocument();
  });

  it('says when there is no campaign template', async () => {
    await renderTab(<ServiceCatalogueTab />, {
      maas: {
        getCompliance: async () => ({ ...compliance, dataProducts: [] }),
      },
      catalog: { getEntities: async () => ({ items: [] }) },
    });
    expect(
      await screen.findByText('No campaign template in the catalogue yet.'),
    ).toBeInTheDocument();
  });
});
