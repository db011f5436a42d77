import { Entity } from '@backstage/catalog-model';

/**
 * Entities the MaaS processor must reject, each with the field its error must name. Every one is
 * a valid entity envelope (so only the MaaS validation can catch it) with one thing wrong.
 */
export interface MalformedCase {
  entity: Entity;
  /** The field the error message must name, e.g. `spec.licenses.active`. */
  field: string;
  /** A further piece the message must contain. */
  expect: string;
}

type Spec = NonNullable<Entity['spec']>;

function entity(kind: string, name: string, spec: Spec): Entity {
  return {
    apiVersion: 'maas.dev/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec,
  };
}

const vendor = (spec: Spec): Spec => ({
  owner: 'group:procurement',
  technicalOwner: 'group:martech-it',
  ...spec,
});
const tool = (spec: Spec): Spec => ({
  vendor: 'vendor:braze',
  owner: 'group:crm',
  technicalOwner: 'group:martech-it',
  category: 'engagement',
  capabilities: ['email-sending'],
  lifecycle: 'active',
  ...spec,
});
const dataProduct = (spec: Spec): Spec => ({
  owner: 'group:crm',
  technicalOwner: 'group:data-platform',
  consent: { personalData: true, legalBasis: 'consent', purposes: [1, 3, 4] },
  sourceTools: ['martechtool:salesforce-sales-cloud'],
  ...spec,
});
const audience = (spec: Spec): Spec => ({
  owner: 'group:crm',
  technicalOwner: 'group:data-platform',
  definition: 'Repeat buyers',
  sourceDataProducts: ['dataproduct:crm-customers-consented'],
  ...spec,
});
const term = (spec: Spec): Spec => ({
  owner: 'group:crm',
  technicalOwner: 'group:data-platform',
  definition: 'A customer with at least one order in the last 12 months.',
  status: 'approved',
  ...spec,
});
const campaign = (spec: Spec): Spec => ({
  owner: 'group:crm',
  template: 'template:email-nurture-journey',
  audience: 'audience:repeat-buyers',
  channels: ['martechtool:braze-engagement'],
  start: '2026-12-01',
  status: 'draft',
  ...spec,
});

function without(spec: Spec, field: string): Spec {
  const copy = { ...spec };
  delete copy[field];
  return copy;
}

let n = 0;
function bad(
  kind: string,
  spec: Spec,
  field: string,
  expect: string,
  apiVersion?: string,
): MalformedCase {
  n += 1;
  const e = entity(kind, `bad-${String(n).padStart(2, '0')}`, spec);
  if (apiVersion) e.apiVersion = apiVersion;
  return { entity: e, field, expect };
}

export const malformedEntities: MalformedCase[] = [
  // Envelope-level: unknown version or kind under maas.dev
  bad(
    'MartechTool',
    tool({}),
    'apiVersion',
    'maas.dev/v1alpha1',
    'maas.dev/v1beta9',
  ),
  bad('Tool', tool({}), 'kind', 'must be one of'),
  // Missing owners and required fields
  bad('Vendor', without(vendor({}), 'owner'), 'spec.owner', 'is required'),
  bad('MartechTool', without(tool({}), 'owner'), 'spec.owner', 'is required'),
  bad('MartechTool', without(tool({}), 'vendor'), 'spec.vendor', 'is required'),
  bad(
    'MartechTool',
    without(tool({}), 'capabilities'),
    'spec.capabilities',
    'is required',
  ),
  bad(
    'DataProduct',
    without(dataProduct({}), 'owner'),
    'spec.owner',
    'is required',
  ),
  bad('Audience', without(audience({}), 'owner'), 'spec.owner', 'is required'),
  bad(
    'Audience',
    without(audience({}), 'definition'),
    'spec.definition',
    'is required',
  ),
  bad(
    'Audience',
    audience({ sourceDataProducts: [] }),
    'spec.sourceDataProducts',
    'at least 1',
  ),
  bad('Campaign', without(campaign({}), 'owner'), 'spec.owner', 'is required'),
  bad(
    'Campaign',
    without(campaign({}), 'audience'),
    'spec.audience',
    'is required',
  ),
  // Wrong types
  bad(
    'MartechTool',
    tool({ licenses: { purchased: 40, active: 'lots' } }),
    'spec.licenses.active',
    'must be a whole number',
  ),
  bad(
    'MartechTool',
    tool({ cost: { amount: '180k', currency: 'EUR' } }),
    'spec.cost.amount',
    'must be a number',
  ),
  bad(
    'MartechTool',
    tool({ capabilities: 'email-sending' }),
    'spec.capabilities',
    'must be a list',
  ),
  bad(
    'MartechTool',
    tool({ personalData: 'yes' }),
    'spec.personalData',
    'true or false',
  ),
  bad(
    'Vendor',
    vendor({ contract: { noticeDays: 'ninety' } }),
    'spec.contract.noticeDays',
    'whole number',
  ),
  bad(
    'Vendor',
    vendor({ contract: { exitClause: 'maybe' } }),
    'spec.contract.exitClause',
    'true or false',
  ),
  bad(
    'DataProduct',
    dataProduct({ retentionDays: -1 }),
    'spec.retentionDays',
    'at least 0',
  ),
  bad(
    'Audience',
    audience({ estimatedSize: 'big' }),
    'spec.estimatedSize',
    'whole number',
  ),
  bad('Campaign', campaign({ budget: 15000 }), 'spec.budget', 'map of fields'),
  // Enums
  bad(
    'MartechTool',
    tool({ lifecycle: 'live' }),
    'spec.lifecycle',
    'evaluation, active, sunsetting, retired',
  ),
  bad(
    'MartechTool',
    tool({ disposition: 'keep' }),
    'spec.disposition',
    'tolerate, invest, migrate, eliminate',
  ),
  bad(
    'MartechTool',
    tool({ dataPortability: { exportApi: 'some' } }),
    'spec.dataPortability.exportApi',
    'full, partial, none',
  ),
  bad(
    'Vendor',
    vendor({ contract: { egressFees: 'free' } }),
    'spec.contract.egressFees',
    'none, capped, uncapped',
  ),
  bad(
    'Vendor',
    vendor({ contract: { renewal: 'evergreen' } }),
    'spec.contract.renewal',
    'auto, manual',
  ),
  bad(
    'Vendor',
    vendor({ contract: { dataReturn: { assistance: 'maybe' } } }),
    'spec.contract.dataReturn.assistance',
    'included, paid, none',
  ),
  bad(
    'DataProduct',
    dataProduct({ consent: { legalBasis: 'vibes' } }),
    'spec.consent.legalBasis',
    'consent',
  ),
  bad(
    'Campaign',
    campaign({ status: 'running' }),
    'spec.status',
    'draft, live, completed, cancelled',
  ),
  bad(
    'MartechTool',
    tool({ category: 'email' }),
    'spec.category',
    'must be one of',
  ),
  // Percentages and ranges
  bad(
    'MartechTool',
    tool({ sla: { availabilityPct: 100.5 } }),
    'spec.sla.availabilityPct',
    'at most 100',
  ),
  bad(
    'DataProduct',
    dataProduct({ sla: { completenessPct: -3 } }),
    'spec.sla.completenessPct',
    'at least 0',
  ),
  bad(
    'DataProduct',
    dataProduct({ sla: { freshnessHours: 0 } }),
    'spec.sla.freshnessHours',
    'more than 0',
  ),
  bad(
    'Campaign',
    campaign({ experiment: { holdoutPct: 140 } }),
    'spec.experiment.holdoutPct',
    'at most 100',
  ),
  // Taxonomy and TCF purposes
  bad(
    'MartechTool',
    tool({ capabilities: ['email-sending', 'mind-reading'] }),
    'spec.capabilities[1]',
    'not a capability',
  ),
  bad(
    'DataProduct',
    dataProduct({ consent: { purposes: [1, 12] } }),
    'spec.consent.purposes[1]',
    'at most 11',
  ),
  bad(
    'DataProduct',
    dataProduct({ consent: { purposes: [0] } }),
    'spec.consent.purposes[0]',
    'at least 1',
  ),
  bad(
    'Audience',
    audience({ consent: { requiredPurposes: [3, 15] } }),
    'spec.consent.requiredPurposes[1]',
    'at most 11',
  ),
  bad(
    'DataProduct',
    dataProduct({
      consent: { legalBasis: 'legitimate-interest', purposes: [1, 7] },
    }),
    'spec.consent.legalBasis',
    'purpose 1',
  ),
  // Cross-field rules
  bad(
    'MartechTool',
    tool({ lifecycle: 'retired' }),
    'spec.retiredAt',
    'required when lifecycle is retired',
  ),
  bad(
    'Campaign',
    campaign({ end: '2026-11-01' }),
    'spec.end',
    'before spec.start',
  ),
  // Dates, money, references
  bad(
    'Vendor',
    vendor({ contract: { end: '31/01/2027' } }),
    'spec.contract.end',
    'ISO 8601 date',
  ),
  bad(
    'Vendor',
    vendor({ contract: { end: '2027-02-30' } }),
    'spec.contract.end',
    'not a calendar date',
  ),
  bad(
    'Campaign',
    campaign({ start: 'next monday' }),
    'spec.start',
    'ISO 8601 date',
  ),
  bad(
    'Vendor',
    vendor({ contract: { annualValue: { amount: 1, currency: 'euros' } } }),
    'spec.contract.annualValue.currency',
    'ISO 4217',
  ),
  bad(
    'MartechTool',
    tool({ vendor: 'group:braze' }),
    'spec.vendor',
    'must refer to a Vendor',
  ),
  bad(
    'MartechTool',
    tool({ replacedBy: 'vendor:braze' }),
    'spec.replacedBy',
    'must refer to a MartechTool',
  ),
  bad(
    'MartechTool',
    tool({ owner: 'martechtool:braze' }),
    'spec.owner',
    'must refer to a Group or a User',
  ),
  bad(
    'Audience',
    audience({ sourceDataProducts: ['martechtool:segment-cdp'] }),
    'spec.sourceDataProducts[0]',
    'must refer to a DataProduct',
  ),
  bad(
    'Campaign',
    campaign({ channels: ['audience:repeat-buyers'] }),
    'spec.channels[0]',
    'must refer to a MartechTool',
  ),
  bad(
    'MartechTool',
    tool({ dependsOn: ['not a ref!'] }),
    'spec.dependsOn[0]',
    'entity reference',
  ),
  bad(
    'GlossaryTerm',
    term({ status: 'agreed' }),
    'spec.status',
    'draft, approved, deprecated',
  ),
  bad(
    'GlossaryTerm',
    term({ implementedBy: ['group:data-platform'] }),
    'spec.implementedBy[0]',
    'must refer to one of DataProduct, MartechTool',
  ),
  bad(
    'GlossaryTerm',
    term({ replacedBy: 'glossaryterm:active-buyer' }),
    'spec.replacedBy',
    'only for a deprecated term',
  ),
  // Unknown fields (typos)
  bad(
    'MartechTool',
    tool({ technicalOnwer: 'group:martech-it' }),
    'spec.technicalOnwer',
    'not a field',
  ),
  bad(
    'Audience',
    audience({ destination: ['martechtool:braze-engagement'] }),
    'spec.destination',
    'not a field',
  ),
  // Funding: each share a percentage, the two adding up to 100
  bad(
    'MartechTool',
    tool({ funding: { marketingPct: 70, itPct: 20 } }),
    'spec.funding',
    'add up to 100',
  ),
  bad(
    'MartechTool',
    tool({ funding: { marketingPct: 50 } }),
    'spec.funding.itPct',
    'is required',
  ),
  bad(
    'MartechTool',
    tool({ funding: { marketingPct: 150, itPct: -50 } }),
    'spec.funding.marketingPct',
    'at most 100',
  ),
];

/** Valid entities placed in the same location as the malformed ones: they must still be ingested. */
export const validNeighbours: Entity[] = [
  entity(
    'Vendor',
    'good-vendor',
    vendor({ contract: { end: '2027-06-30', noticeDays: 90 } }),
  ),
  entity('MartechTool', 'good-tool', tool({ vendor: 'vendor:good-vendor' })),
  entity(
    'DataProduct',
    'good-data-product',
    dataProduct({ sourceTools: ['good-tool'] }),
  ),
  entity(
    'Audience',
    'good-audience',
    audience({ sourceDataProducts: ['good-data-product'] }),
  ),
  entity(
    'Campaign',
    'good-campaign',
    campaign({ audience: 'good-audience', channels: ['good-tool'] }),
  ),
  entity(
    'GlossaryTerm',
    'good-term',
    term({ implementedBy: ['good-data-product'] }),
  ),
];
