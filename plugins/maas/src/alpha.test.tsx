import { Entity } from '@backstage/catalog-model';
import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { MaasApiClient } from '@maas/plugin-maas-common';
import { screen } from '@testing-library/react';
import { brazeTool, maasEntity } from './__testUtils__/entities';
import {
  glossary,
  history,
  kpis,
  sprawl,
  vendor,
} from './__testUtils__/responses';
import { MaasApi, maasApiRef } from './api/MaasApi';
import maasPlugin from './alpha';

const maas: Partial<MaasApi> = {
  getKpis: async () => ({ asOf: '2026-11-22', kpis }),
  getHistory: async () => ({ items: history }),
  getSprawl: async () => sprawl,
  getVendor: async () => vendor,
  getGlossaryTerm: async ref => glossary.find(t => t.ref === ref)!,
};

const cards = {
  ownership: maasPlugin.getExtension('entity-card:maas/maas-ownership'),
  consent: maasPlugin.getExtension('entity-card:maas/maas-consent'),
  sla: maasPlugin.getExtension('entity-card:maas/maas-sla'),
  reversibility: maasPlugin.getExtension('entity-card:maas/maas-reversibility'),
  capabilities: maasPlugin.getExtension('entity-card:maas/maas-capabilities'),
  licenceUsage: maasPlugin.getExtension('entity-card:maas/maas-licence-usage'),
  campaign: maasPlugin.getExtension('entity-card:maas/maas-campaign'),
  campaignLifecycle: maasPlugin.getExtension(
    'entity-card:maas/maas-campaign-lifecycle',
  ),
  campaignReadout: maasPlugin.getExtension(
    'entity-card:maas/maas-campaign-readout',
  ),
  certification: maasPlugin.getExtension('entity-card:maas/maas-certification'),
  glossaryTerm: maasPlugin.getExtension('entity-card:maas/maas-glossary-term'),
};

/** The entity filter a card is offered by. */
function filterOf(card: (typeof cards)[keyof typeof cards]) {
  // The cards differ only in their names; the tester's types want one of them.
  const filter = createExtensionTester(card as typeof cards.ownership).get(
    EntityCardBlueprint.dataRefs.filterFunction,
  );
  if (!filter) throw new Error('A MaaS card has no entity filter');
  return filter;
}

function renderEntityPage(entity: Entity) {
  return renderTestApp({
    extensions: [createTestEntityPage({ entity }), ...Object.values(cards)],
    apis: [[maasApiRef, maas]],
  });
}

describe('the MaaS plugin in the new frontend system', () => {
  it("provides the MaaS API as maas-common's client", () => {
    const factory = createExtensionTester(
      maasPlugin.getExtension('api:maas'),
    ).get(ApiBlueprint.dataRefs.factory);
    expect(factory.api.id).toBe(maasApiRef.id);
    expect(Object.values(factory.deps).map(ref => ref.id)).toEqual([
      discoveryApiRef.id,
      fetchApiRef.id,
    ]);
    expect(
      factory.factory({
        discoveryApi: { getBaseUrl: async () => 'http://backend/api/maas' },
        fetchApi: { fetch },
      }),
    ).toBeInstanceOf(MaasApiClient);
  });

  it('serves the marketing platform page at /maas, opening on the KPIs', async () => {
    renderTestApp({
      extensions: [maasPlugin.getExtension('page:maas')],
      apis: [[maasApiRef, maas]],
      // The KPI tiles link to their glossary terms' entity pages.
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
      initialRouteEntries: ['/maas'],
    });
    expect(
      await screen.findByRole('heading', { name: 'Marketing platform' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('78.7 %')).toBeInTheDocument();
    for (const tab of [
      'Service catalogue',
      'Stack & sprawl',
      'Vendors',
      'Glossary',
    ]) {
      expect(screen.getByRole('tab', { name: tab })).toBeInTheDocument();
    }
  });

  it("shows a tool's ownership, capabilities and reversibility, and not the data cards", async () => {
    renderEntityPage(brazeTool);
    expect(
      await screen.findByText('Co-owned by marketing and IT · has an SLA'),
    ).toBeInTheDocument();
    expect(await screen.findByText('Also served by')).toBeInTheDocument();
    expect(await screen.findByText('Reversibility')).toBeInTheDocument();
    expect(screen.queryByText('Consent')).not.toBeInTheDocument();
    expect(screen.queryByText('Campaign experiment')).not.toBeInTheDocument();
  });

  it("shows a data product's consent and SLA", async () => {
    renderEntityPage(
      maasEntity('DataProduct', 'crm', {
        owner: 'group:crm',
        consent: { legalBasis: 'consent', purposes: [1, 7] },
      }),
    );
    expect(
      await screen.findByText('1. Store and/or access information on a device'),
    ).toBeInTheDocument();
    expect(await screen.findByText('No SLA declared.')).toBeInTheDocument();
    expect(screen.queryByText('Reversibility')).not.toBeInTheDocument();
  });

  it("shows a campaign's experiment", async () => {
    renderEntityPage(
      maasEntity('Campaign', 'winter-nurture', {
        owner: 'group:crm',
        status: 'live',
        start: '2026-12-01',
        experiment: { holdoutPct: 10, variants: ['A', 'B'] },
      }),
    );
    expect(
      await screen.findByText('Holdout 10 % · variants A, B'),
    ).toBeInTheDocument();
  });

  it("shows a glossary term's definition, where it is computed and who uses it", async () => {
    renderEntityPage(
      maasEntity('GlossaryTerm', 'conversion-rate', {
        owner: 'group:ecommerce-marketing',
        technicalOwner: 'group:data-platform',
        status: 'approved',
      }),
    );
    expect(
      await screen.findByText(
        "Conversions divided by the people assigned to a campaign's arm over the campaign.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('MaaS for Backstage')).toBeInTheDocument();
    expect(screen.getByText('Email nurture journey')).toBeInTheDocument();
    expect(
      screen.getByText('Co-owned by marketing and IT'),
    ).toBeInTheDocument();
  });

  it('offers each card only on the kinds it describes', () => {
    const kinds = [
      'Vendor',
      'MartechTool',
      'DataProduct',
      'Audience',
      'Campaign',
      'GlossaryTerm',
    ];
    const offered = Object.fromEntries(
      Object.entries(cards).map(([card, extension]) => {
        const filter = filterOf(extension);
        return [card, kinds.filter(kind => filter(maasEntity(kind, 'x', {})))];
      }),
    );
    expect(offered).toEqual({
      ownership: kinds,
      consent: ['DataProduct', 'Audience'],
      sla: ['DataProduct', 'Audience'],
      reversibility: ['Vendor', 'MartechTool'],
      capabilities: ['MartechTool'],
      licenceUsage: ['MartechTool'],
      campaign: ['Campaign'],
      campaignLifecycle: ['Campaign'],
      campaignReadout: ['Campaign'],
      certification: ['Audience'],
      glossaryTerm: ['GlossaryTerm'],
    });
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'website' },
    };
    const onComponent = Object.values(cards).filter(extension =>
      filterOf(extension)(component),
    );
    expect(onComponent).toEqual([]);
  });
});
