import { Entity } from '@backstage/catalog-model';

/** A MaaS entity of the given kind in the default namespace; the spec is taken as given. */
export const maasEntity = (
  kind: string,
  name: string,
  spec: object,
): Entity => ({
  apiVersion: 'maas.dev/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec: spec as any,
});

/** A co-owned tool with an SLA, serving one capability other tools serve and one they do not. */
export const brazeTool = maasEntity('MartechTool', 'braze-engagement', {
  owner: 'group:crm',
  technicalOwner: 'group:martech-it',
  capabilities: ['email-sending', 'push-notifications'],
  sla: { availabilityPct: 99.9 },
});
