import { Entity } from '@backstage/catalog-model';

function maasEntity(
  kind: string,
  name: string,
  base: Record<string, unknown>,
  spec: Record<string, unknown>,
): Entity {
  return {
    apiVersion: 'maas.dev/v1alpha1',
    kind,
    metadata: { name, title: name.toLocaleUpperCase('en-US') },
    spec: { ...base, ...spec } as Entity['spec'],
  };
}

/** A MartechTool in use, in the default namespace, with `spec` laid over a minimal valid one. */
export const martechTool = (name: string, spec: Record<string, unknown> = {}) =>
  maasEntity(
    'MartechTool',
    name,
    {
      vendor: 'vendor:v',
      owner: 'group:crm',
      technicalOwner: 'group:martech-it',
      category: 'engagement',
      capabilities: ['email-sending'],
      lifecycle: 'active',
    },
    spec,
  );

/** A Vendor in the default namespace, with `spec` laid over a minimal valid one. */
export const vendorEntity = (
  name: string,
  spec: Record<string, unknown> = {},
) =>
  maasEntity(
    'Vendor',
    name,
    { owner: 'group:procurement', technicalOwner: 'group:martech-it' },
    spec,
  );
