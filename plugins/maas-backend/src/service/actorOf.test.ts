import { mockCredentials } from '@backstage/backend-test-utils';
import { actorOf } from './actorOf';

describe('actorOf', () => {
  it('names a user by their entity ref and another principal by its type and subject', () => {
    expect(actorOf(mockCredentials.user('user:default/claire.dubois'))).toBe(
      'user:default/claire.dubois',
    );
    expect(actorOf(mockCredentials.service('plugin:scaffolder'))).toBe(
      'service:plugin:scaffolder',
    );
    expect(actorOf(mockCredentials.none())).toBe('none:unknown');
  });
});
