/**
 * Shared by the MaaS frontend and backend plugins: the entity kinds with their JSON schemas and
 * validation, the relations they create, the capability taxonomy, the TCF consent purposes, the
 * rules a launch is checked against, and the one client of maas-backend's API.
 *
 * @packageDocumentation
 */

export {
  MAAS_API_VERSION,
  maasKinds,
  type MaasKind,
  type MaasEntityBase,
  type Money,
  type EntityRefString,
  type IsoDate,
  type ReferenceField,
} from './kinds/common';
export * from './kinds/Vendor';
export * from './kinds/MartechTool';
export * from './kinds/DataProduct';
export * from './kinds/Audience';
export * from './kinds/Campaign';
export * from './kinds/definitions';
export * from './kinds/references';
export {
  validateMaasEntity,
  describeValidationProblems,
  isMaasApiVersion,
} from './kinds/validation';
export type { ValidationProblem } from './kinds/ValidationProblem';
export * from './money/currencies';
export * from './relations';
export * from './taxonomy/categories';
export * from './taxonomy/capabilities';
export * from './consent/tcf';
export * from './permissions';
export * from './compliance/dataAct';
export * from './scores/reversibilityScore';
export * from './rules/RuleProblem';
export * from './rules/consentCoverage';
export * from './rules/certification';
export * from './rules/channels';
export * from './rules/experimentPower';
export * from './rules/freshness';
export * from './campaigns/CampaignRecord';
export * from './api/kpis';
export * from './api/backfills';
export * from './api/decisions';
export * from './api/vendors';
export * from './api/plans';
export * from './api/sprawl';
export * from './api/audit';
export * from './api/compliance';
export * from './client/MaasApi';
export * from './client/MaasApiClient';
