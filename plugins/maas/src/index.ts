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
  EntityCampaignCard,
} from './plugin';
export {
  isMaasKind,
  isMaasEntity,
  isConsentAvailable,
  isSlaAvailable,
  isReversibilityAvailable,
  isCapabilitiesAvailable,
  isCampaignAvailable,
} from './entityCards';
export { maasApiRef, type MaasApi } from './api/MaasApi';
