/**
 * The MaaS frontend plugin: the marketing platform page and the MaaS entity cards.
 *
 * @packageDocumentation
 */

export {
  maasPlugin,
  MaasPage,
  EntityMaasOwnershipCard,
  EntityConsentCard,
  EntitySlaCard,
  EntityReversibilityCard,
  EntityCapabilitiesCard,
  EntityLicenceUsageCard,
  EntityCampaignCard,
  EntityCampaignLifecycleCard,
  EntityCampaignReadoutCard,
  EntityCertificationCard,
  EntityGlossaryTermCard,
} from './plugin';
export {
  isMaasKind,
  isMaasEntity,
  isVendor,
  isMartechTool,
  isDataProduct,
  isAudience,
  isCampaign,
  isGlossaryTerm,
  isConsentAvailable,
  isSlaAvailable,
  isReversibilityAvailable,
  isCapabilitiesAvailable,
  isLicenceUsageAvailable,
  isCampaignAvailable,
  isCertificationAvailable,
  isGlossaryTermAvailable,
} from './entityCards';
export { maasApiRef, type MaasApi } from './api/MaasApi';
