import { Entity } from '@backstage/catalog-model';
import { isGlossaryTermEntity } from './GlossaryTerm';
import { describeValidationProblems, validateMaasEntity } from './validation';

const term = (
  spec: Record<string, unknown> = {},
  metadata: Partial<Entity['metadata']> = {},
): Entity => ({
  apiVersion: 'maas.dev/v1alpha1',
  kind: 'GlossaryTerm',
  metadata: { name: 'active-customer', title: 'Active customer', ...metadata },
  spec: {
    owner: 'group:crm',
    technicalOwner: 'group:data-platform',
    definition: 'A customer with at least one order in the last 12 months.',
    formula: 'count(distinct customer_id) where last_order_at >= today - 365',
    unit: 'customers',
    status: 'approved',
    synonyms: ['active client'],
    implementedBy: ['dataproduct:crm-customers-consented'],
    replacedBy: null,
    ...spec,
  },
});

function messages(entity: Entity): string[] {
  return validateMaasEntity(entity).map(p => `${p.path} ${p.message}`);
}

describe('the GlossaryTerm kind', () => {
  it("accepts the design's example", () => {
    expect(messages(term())).toEqual([]);
    expect(isGlossaryTermEntity(term())).toBe(true);
  });

  it('requires an owner, a definition and a status', () => {
    const entity = term();
    delete entity.spec!.owner;
    delete entity.spec!.definition;
    delete entity.spec!.status;
    expect(messages(entity)).toEqual([
      'spec.owner is required',
      'spec.definition is required',
      'spec.status is required',
    ]);
  });

  it('names the field of a bad value', () => {
    const entity = term({ status: 'agreed', synonyms: ['x', 'x'], unit: '' });
    expect(describeValidationProblems(entity, validateMaasEntity(entity))).toBe(
      'GlossaryTerm "active-customer": spec.unit must not be empty; spec.status must be one of: draft, approved, deprecated; spec.synonyms must not list the same item twice (items 1 and 0)',
    );
  });

  it('takes implementations from data products, tools and Backstage software', () => {
    expect(
      messages(
        term({
          implementedBy: [
            'order-history',
            'martechtool:adobe-analytics',
            'component:maas-for-backstage',
            'resource:warehouse',
          ],
        }),
      ),
    ).toEqual([]);
    expect(messages(term({ implementedBy: ['group:crm'] }))).toEqual([
      'spec.implementedBy[0] must refer to one of DataProduct, MartechTool, Component, Resource, API, System, not a group ("group:crm")',
    ]);
  });

  it('keeps replacedBy for deprecated terms, and for another term', () => {
    expect(messages(term({ replacedBy: 'active-buyer' }))).toEqual([
      'spec.replacedBy is only for a deprecated term (status is approved)',
    ]);
    expect(
      messages(term({ status: 'deprecated', replacedBy: 'active-buyer' })),
    ).toEqual([]);
    expect(
      messages(
        term({
          status: 'deprecated',
          replacedBy: 'glossaryterm:default/Active-Customer',
        }),
      ),
    ).toEqual(['spec.replacedBy must name another term']);
    expect(
      messages(
        term(
          { status: 'deprecated', replacedBy: 'active-customer' },
          { namespace: 'finance' },
        ),
      ),
    ).toEqual(['spec.replacedBy must name another term']);
    expect(
      messages(
        term(
          {
            status: 'deprecated',
            replacedBy: 'glossaryterm:default/active-customer',
          },
          { namespace: 'finance' },
        ),
      ),
    ).toEqual([]);
    expect(
      messages(term({ status: 'deprecated', replacedBy: 'dataproduct:x' })),
    ).toEqual([
      'spec.replacedBy must refer to a GlossaryTerm, not a dataproduct ("dataproduct:x")',
    ]);
  });
});
