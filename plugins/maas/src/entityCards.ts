import { Entity } from '@backstage/catalog-model';
import {
  MAAS_API_VERSION,
  MaasKind,
  maasKinds,
} from '@maas/plugin-maas-common';

/**
 * Whether an entity is one of the given MaaS kinds (`maas.dev/v1alpha1`), for an
 * `EntitySwitch.Case if={...}` on a legacy entity page.
 *
 * @public
 */
export function isMaasKind(...kinds: MaasKind[]): (entity: Entity) => boolean {
  const wanted = kinds.map(kind => kind.toLocaleLowerCase('en-US'));
  return entity =>
    entity.apiVersion === MAAS_API_VERSION &&
    wanted.includes(entity.kind.toLocaleLowerCase('en-US'));
}

/** Whether an entity is of any MaaS kind: where the MaaS ownership card shows. @public */
export const isMaasEntity = isMaasKind(...maasKinds);
/** Whether an entity is a MaaS `Vendor`, like `isKind('vendor')` but for MaaS's API version. @public */
export const isVendor = isMaasKind('Vendor');
/** Whether an entity is a MaaS `MartechTool`. @public */
export const isMartechTool = isMaasKind('MartechTool');
/** Whether an entity is a MaaS `DataProduct`. @public */
export const isDataProduct = isMaasKind('DataProduct');
/** Whether an entity is a MaaS `Audience`. @public */
export const isAudience = isMaasKind('Audience');
/** Whether an entity is a MaaS `Campaign`. @public */
export const isCampaign = isMaasKind('Campaign');
/** Whether an entity is a MaaS `GlossaryTerm`. @public */
export const isGlossaryTerm = isMaasKind('GlossaryTerm');
/** Where the consent card shows: data products and audiences. @public */
export const isConsentAvailable = isMaasKind('DataProduct', 'Audience');
/** Where the SLA card shows: data products and audiences. @public */
export const isSlaAvailable = isMaasKind('DataProduct', 'Audience');
/** Where the reversibility card shows: vendors and martech tools. @public */
export const isReversibilityAvailable = isMaasKind('Vendor', 'MartechTool');
/** Where the capabilities card shows: martech tools. @public */
export const isCapabilitiesAvailable = isMaasKind('MartechTool');
/** Where the licence usage card shows: martech tools. @public */
export const isLicenceUsageAvailable = isMaasKind('MartechTool');
/** Where the campaign cards (the campaign, its lifecycle, its readout) show: campaigns. @public */
export const isCampaignAvailable = isMaasKind('Campaign');
/** Where the certification card shows: audiences. @public */
export const isCertificationAvailable = isMaasKind('Audience');
/** Where the glossary term card shows: glossary terms. @public */
export const isGlossaryTermAvailable = isMaasKind('GlossaryTerm');

/**
 * Every entity card once: where it shows and how its code loads. The new frontend system's
 * `EntityCardBlueprint`s (alpha.tsx) and the legacy exports (plugin.ts) are both built from it.
 */
export const entityCards = {
  ownership: {
    filter: isMaasEntity,
    load: () =>
      import('./components/EntityCards/OwnershipCard').then(
        m => m.OwnershipCard,
      ),
  },
  consent: {
    filter: isConsentAvailable,
    load: () =>
      import('./components/EntityCards/ConsentCard').then(m => m.ConsentCard),
  },
  sla: {
    filter: isSlaAvailable,
    load: () => import('./components/EntityCards/SlaCard').then(m => m.SlaCard),
  },
  reversibility: {
    filter: isReversibilityAvailable,
    load: () =>
      import('./components/EntityCards/ReversibilityCard').then(
        m => m.ReversibilityCard,
      ),
  },
  capabilities: {
    filter: isCapabilitiesAvailable,
    load: () =>
      import('./components/EntityCards/CapabilitiesCard').then(
        m => m.CapabilitiesCard,
      ),
  },
  licenceUsage: {
    filter: isLicenceUsageAvailable,
    load: () =>
      import('./components/EntityCards/LicenceUsageCard').then(
        m => m.LicenceUsageCard,
      ),
  },
  campaign: {
    filter: isCampaignAvailable,
    load: () =>
      import('./components/EntityCards/CampaignCard').then(m => m.CampaignCard),
  },
  campaignLifecycle: {
    filter: isCampaignAvailable,
    load: () =>
      import('./components/EntityCards/CampaignLifecycleCard').then(
        m => m.CampaignLifecycleCard,
      ),
  },
  campaignReadout: {
    filter: isCampaignAvailable,
    load: () =>
      import('./components/EntityCards/CampaignReadoutCard').then(
        m => m.CampaignReadoutCard,
      ),
  },
  certification: {
    filter: isCertificationAvailable,
    load: () =>
      import('./components/EntityCards/CertificationCard').then(
        m => m.CertificationCard,
      ),
  },
  glossaryTerm: {
    filter: isGlossaryTermAvailable,
    load: () =>
      import('./components/EntityCards/GlossaryTermCard').then(
        m => m.GlossaryTermCard,
      ),
  },
};
