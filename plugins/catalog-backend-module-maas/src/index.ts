/**
 * The MaaS catalogue module: validation and relations for the MaaS entity kinds.
 *
 * @packageDocumentation
 */

export { catalogModuleMaas as default } from './module';
export { MaasEntitiesProcessor } from './processor/MaasEntitiesProcessor';
export { CampaignEntityProvider } from './provider/CampaignEntityProvider';
export { InventoryEntityProvider } from './inventory/InventoryEntityProvider';
