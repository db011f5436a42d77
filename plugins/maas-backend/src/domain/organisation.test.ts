import { Entity } from '@backstage/catalog-model';
import { buildPlatform, organisationOf } from './platform';

const group = (name: string, spec: object, namespace = 'default'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace },
  spec: { type: 'team', children: [], ...spec },
});
const user = (name: string, memberOf: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf },
});

describe('the organisation, from the specs', () => {
  const entities = [
    group('marketing', { children: ['crm'] }),
    group('crm', { parent: 'marketing', members: ['ada'] }),
    group('brand', { parent: 'group:default/marketing' }),
    group('empty', {}),
    group('elsewhere', { members: ['ada'] }, 'emea'),
    user('ada', ['crm']),
    user('bob', ['group:default/brand', 'crm']),
  ];

  it('finds members and sub-groups as the catalogue relates them', () => {
    const organisation = organisationOf(entities);
    expect([...organisation.membersOf('group:default/crm')].sort()).toEqual([
      'user:default/ada',
      'user:default/bob',
    ]);
    expect(
      [...organisation.childrenOf('group:default/marketing')].sort(),
    ).toEqual(['group:default/brand', 'group:default/crm']);
    // A short ref resolves in the group's own namespace.
    expect([...organisation.membersOf('group:emea/elsewhere')]).toEqual([
      'user:emea/ada',
    ]);
  });

  it('counts the members of a group with its sub-groups', () => {
    const platform = buildPlatform(entities);
    expect(platform.memberCount('group:default/marketing')).toBe(3);
    expect(platform.memberCount('group:default/brand')).toBe(1);
    expect(platform.memberCount('group:default/empty')).toBe(0);
    expect(platform.memberCount('group:default/unknown')).toBe(0);
  });
});
