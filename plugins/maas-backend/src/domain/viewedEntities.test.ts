import { Entity } from '@backstage/catalog-model';
import { viewedEntities } from './viewedEntities';

const component = (name: string, kind = 'Component'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec: { owner: 'group:data-platform' },
});

const term: Entity = {
  apiVersion: 'maas.dev/v1alpha1',
  kind: 'GlossaryTerm',
  metadata: { name: 'active-customer', namespace: 'default' },
  spec: {
    owner: 'group:crm',
    technicalOwner: 'group:data-platform',
    definition: 'A customer with an order in the last 12 months.',
    status: 'approved',
    implementedBy: ['component:customer-service', 'api:orders', 'crm-data'],
  },
};

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'crm', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

describe('viewedEntities', () => {
  it('keeps the software a term names and drops the rest, keeping every other kind', () => {
    const entities = [
      term,
      group,
      component('customer-service'),
      component('orders', 'API'),
      component('billing'),
      component('warehouse', 'System'),
    ];
    expect(viewedEntities(entities).map(e => e.metadata.name)).toEqual([
      'active-customer',
      'crm',
      'customer-service',
      'orders',
    ]);
  });

  it('keeps no software when no term names any', () => {
    expect(viewedEntities([group, component('customer-service')])).toEqual([
      group,
    ]);
  });
});
