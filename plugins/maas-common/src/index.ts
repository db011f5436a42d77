/**
 * Shared by the MaaS frontend and backend plugins: the entity kinds with their JSON schemas and
 * validation, the relations they create, the capability taxonomy, the TCF consent purposes, the
 * rules a launch is checked against, a campaign's readout (lift, intervals, sample-ratio check), and
 * the one client of maas-backend's API.
 *
 * @packageDocumentation
 */

export {
  MAAS_API_VERSION,
  maasKinds,
  type MaasKind,
  type MaasKindSchema,
  type MaasEntityBase,
  type Money,
  type EntityRefString,
  type IsoDate,
  type ReferenceField,
} from './kinds/common';
export * from './kinds/Vendor';
export * from './kinds/MartechTool';
export {
  type ToolFunding,
  type Funder,
  funders,
  fundingProblems,
  splitFunding,
  isCoFunded,
} from './kinds/funding';
export * from './kinds/DataProduct';
export * from './kinds/Audience';
export * from './kinds/Campaign';
export * from './kinds/GlossaryTerm';
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
export * from './taxonomy/Taxonomy';
export * from './consent/tcf';
export * from './permissions';
export * from './compliance/dataAct';
export * from './time/utcDay';
export * from './scores/reversibilityScore';
export * from './rules/RuleProblem';
export * from './rules/consentCoverage';
export * from './rules/certification';
export * from './rules/channels';
export * from './rules/experimentPower';
export * from './rules/freshness';
export * from './rules/licences';
export * from './rules/launchPolicy';
export * from './readouts/arms';
export * from './readouts/types';
export { computeReadout } from './readouts/readout';
export * from './glossary/glossaryWords';
export * from './glossary/GlossaryIndex';
export * from './glossary/kpiNames';
export * from './glossary/builtInKpiTerms';
export * from './campaigns/CampaignRecord';
export * from './campaigns/templateRequirements';
export * from './campaigns/LaunchRefusedError';
export * from './inventory/InventoryImport';
export * from './api/kpis';
export * from './api/backfills';
export * from './api/decisions';
export * from './api/vendors';
export * from './api/plans';
export * from './api/sprawl';
export * from './api/budget';
export * from './api/usage';
export * from './api/audit';
export * from './api/compliance';
export * from './api/campaigns';
export * from './api/certification';
export * from './api/readouts';
export * from './api/glossary';
export * from './client/MaasApi';
export * from './client/MaasApiClient';
export * from './projection/projectedEntities';
