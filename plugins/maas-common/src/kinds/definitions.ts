import { Entity } from '@backstage/catalog-model';
import { MaasKind, ReferenceField } from './common';
import { audienceEntitySchema, audienceReferenceFields } from './Audience';
import { campaignEntitySchema, campaignReferenceFields } from './Campaign';
import {
  dataProductEntitySchema,
  dataProductReferenceFields,
} from './DataProduct';
import {
  martechToolEntitySchema,
  martechToolReferenceFields,
} from './MartechTool';
import {
  glossaryTermEntitySchema,
  glossaryTermReferenceFields,
} from './GlossaryTerm';
import { vendorEntitySchema, vendorReferenceFields } from './Vendor';

/**
 * What the suite knows of each MaaS kind: its JSON schema and the references its spec holds.
 *
 * @public
 */
export interface MaasKindDefinition {
  kind: MaasKind;
  schema: object;
  referenceFields: readonly ReferenceField[];
}

/** @public */
export const maasKindDefinitions: Record<MaasKind, MaasKindDefinition> = {
  Vendor: {
    kind: 'Vendor',
    schema: vendorEntitySchema,
    referenceFields: vendorReferenceFields,
  },
  MartechTool: {
    kind: 'MartechTool',
    schema: martechToolEntitySchema,
    referenceFields: martechToolReferenceFields,
  },
  DataProduct: {
    kind: 'DataProduct',
    schema: dataProductEntitySchema,
    referenceFields: dataProductReferenceFields,
  },
  Audience: {
    kind: 'Audience',
    schema: audienceEntitySchema,
    referenceFields: audienceReferenceFields,
  },
  Campaign: {
    kind: 'Campaign',
    schema: campaignEntitySchema,
    referenceFields: campaignReferenceFields,
  },
  GlossaryTerm: {
    kind: 'GlossaryTerm',
    schema: glossaryTermEntitySchema,
    referenceFields: glossaryTermReferenceFields,
  },
};

/**
 * The definition of an entity's kind when it is a MaaS kind, whatever its apiVersion; the caller
 * decides what an unknown apiVersion means.
 *
 * @public
 */
export function getMaasKindDefinition(
  entity: Pick<Entity, 'kind'>,
): MaasKindDefinition | undefined {
  return Object.values(maasKindDefinitions).find(d => d.kind === entity.kind);
}
