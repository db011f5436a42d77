import { Entity } from '@backstage/catalog-model';
import { screen } from '@testing-library/react';
import { brazeTool, maasEntity } from './__testUtils__/entities';
import { renderCard as render } from './__testUtils__/renderTab';
import { glossary, vendor } from './__testUtils__/responses';
import {
  EntityCampaignCard,
  EntityConsentCard,
  EntityGlossaryTermCard,
  EntityMaasOwnershipCard,
  EntityReversibilityCard,
  isAudience,
  isCampaign,
  isGlossaryTerm,
  isCampaignAvailable,
  isCapabilitiesAvailable,
  isCertificationAvailable,
  isDataProduct,
  isMartechTool,
  isVendor,
  isConsentAvailable,
  isGlossaryTermAvailable,
  isMaasEntity,
  isMaasKind,
  isReversibilityAvailable,
  isSlaAvailable,
} from './index';

describe('the legacy frontend exports', () => {
  it('render the entity cards from the main entry point', async () => {
    await render(<EntityMaasOwnershipCard />, brazeTool);
    expect(
      await screen.findByText('Co-owned by marketing and IT · has an SLA'),
    ).toBeInTheDocument();

    await render(
      <EntityReversibilityCard />,
      maasEntity('Vendor', 'snowflake', { owner: 'g' }),
      { getVendor: async () => vendor },
    );
    expect(await screen.findByText('Reversibility')).toBeInTheDocument();

    await render(
      <EntityConsentCard />,
      maasEntity('DataProduct', 'crm', {
        owner: 'g',
        consent: { legalBasis: 'consent', purposes: [7] },
      }),
    );
    expect(
      await screen.findByText('7. Measure advertising performance'),
    ).toBeInTheDocument();

    await render(
      <EntityCampaignCard />,
      maasEntity('Campaign', 'winter', {
        owner: 'group:crm',
        status: 'draft',
        start: '2027-01-04',
      }),
    );
    expect(await screen.findByText(/^draft ·/)).toBeInTheDocument();

    await render(
      <EntityGlossaryTermCard />,
      maasEntity('GlossaryTerm', 'active-customer', { owner: 'group:crm' }),
      { getGlossaryTerm: async () => glossary[0] },
    );
    expect(
      await screen.findByText(
        'A customer with at least one order in the last 12 months.',
      ),
    ).toBeInTheDocument();
  });

  it('say on which kinds each card belongs', () => {
    const tool = brazeTool;
    const dataProduct = maasEntity('DataProduct', 'crm', { owner: 'g' });
    const campaign = maasEntity('Campaign', 'winter', { owner: 'g' });
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'web' },
    };
    // A kind of the same name from another API version is not a MaaS entity.
    const foreignVendor: Entity = {
      apiVersion: 'example.com/v1',
      kind: 'Vendor',
      metadata: { name: 'acme' },
    };
    expect([tool, dataProduct, campaign].every(isMaasEntity)).toBe(true);
    expect(isMaasEntity(component) || isMaasEntity(foreignVendor)).toBe(false);
    expect(isReversibilityAvailable(tool)).toBe(true);
    expect(isReversibilityAvailable(dataProduct)).toBe(false);
    expect(isCapabilitiesAvailable(tool)).toBe(true);
    expect(isConsentAvailable(dataProduct) && isSlaAvailable(dataProduct)).toBe(
      true,
    );
    expect(isConsentAvailable(tool)).toBe(false);
    expect(isCampaignAvailable(campaign)).toBe(true);
    expect(isMaasKind('Audience', 'Campaign')(campaign)).toBe(true);
    expect(isMaasKind('Audience')(campaign)).toBe(false);
    expect(isCertificationAvailable(campaign)).toBe(false);
    expect(
      isGlossaryTermAvailable(
        maasEntity('GlossaryTerm', 'cvr', { owner: 'g' }),
      ),
    ).toBe(true);
    expect(isGlossaryTermAvailable(campaign)).toBe(false);
  });

  it('name each MaaS kind for the kind switch of an entity page', () => {
    const kinds = {
      Vendor: isVendor,
      MartechTool: isMartechTool,
      DataProduct: isDataProduct,
      Audience: isAudience,
      Campaign: isCampaign,
      GlossaryTerm: isGlossaryTerm,
    };
    for (const [kind, isOfKind] of Object.entries(kinds)) {
      for (const other of Object.keys(kinds)) {
        expect(isOfKind(maasEntity(other, 'x', { owner: 'g' }))).toBe(
          other === kind,
        );
      }
      // Kinds are case-insensitive, as with Backstage's isKind; the API version is not.
      expect(isOfKind(maasEntity(kind.toLowerCase(), 'x', {}))).toBe(true);
      expect(
        isOfKind({
          apiVersion: 'example.com/v1',
          kind,
          metadata: { name: 'x' },
        }),
      ).toBe(false);
    }
  });
});
