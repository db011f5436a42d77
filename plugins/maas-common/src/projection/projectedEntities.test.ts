import { Entity } from '@backstage/catalog-model';
import { isProjectedEntity, projectedEntityOf } from './projectedEntities';

describe('projected entities', () => {
  it('projects the MaaS kinds, groups, users, templates and the software a term may name, and nothing else', () => {
    const of = (apiVersion: string, kind: string) =>
      isProjectedEntity({ apiVersion, kind, metadata: { name: 'x' } });
    expect(of('maas.dev/v1alpha1', 'MartechTool')).toBe(true);
    expect(of('maas.dev/v1alpha1', 'campaign')).toBe(true);
    expect(of('backstage.io/v1alpha1', 'Group')).toBe(true);
    expect(of('backstage.io/v1alpha1', 'User')).toBe(true);
    expect(of('scaffolder.backstage.io/v1beta3', 'Template')).toBe(true);
    expect(of('backstage.io/v1alpha1', 'Component')).toBe(true);
    expect(of('backstage.io/v1alpha1', 'api')).toBe(true);
    expect(of('backstage.io/v1alpha1', 'Domain')).toBe(false);
    expect(of('backstage.io/v1alpha1', 'Location')).toBe(false);
  });

  it('keeps what was written and drops what stitching adds, so both sides compare equal', () => {
    const processed: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: 'crm',
        namespace: 'default',
        annotations: { 'backstage.io/managed-by-location': 'file:/org.yaml' },
      },
      spec: { type: 'team', children: [] },
    };
    const stitched = {
      ...processed,
      metadata: {
        ...processed.metadata,
        uid: 'u-1',
        etag: 'e-1',
        annotations: {
          ...processed.metadata.annotations,
          'backstage.io/orphan': 'true',
        },
      },
      relations: [{ type: 'hasMember', targetRef: 'user:default/ada' }],
      status: { items: [] },
    };
    expect(projectedEntityOf(stitched)).toEqual(processed);
    expect(projectedEntityOf(processed)).toEqual(processed);
  });

  it('keeps a software entity in outline, so edits the glossary does not read leave it equal', () => {
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'maas-for-backstage',
        namespace: 'default',
        title: 'MaaS for Backstage',
        description: 'The platform.',
        annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
        tags: ['typescript'],
      },
      spec: {
        type: 'service',
        owner: 'group:data-platform',
        lifecycle: 'production',
        system: 'maas',
      },
    };
    const outline = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'maas-for-backstage',
        namespace: 'default',
        title: 'MaaS for Backstage',
      },
      spec: { type: 'service', owner: 'group:data-platform' },
    };
    expect(projectedEntityOf(component)).toEqual(outline);
    expect(
      projectedEntityOf({
        ...component,
        metadata: { ...component.metadata, description: 'Edited.' },
        spec: { ...component.spec, lifecycle: 'experimental' },
      }),
    ).toEqual(outline);
    expect(
      projectedEntityOf({
        ...component,
        spec: { ...component.spec, owner: 'group:crm' },
      }).spec,
    ).toEqual({ type: 'service', owner: 'group:crm' });
  });
});
