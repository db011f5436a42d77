import { BackstageCredentials } from '@backstage/backend-plugin-api';

/**
 * Who the caller is, as one string: a user's entity ref, or `<type>:<subject>` for another
 * principal. Records name the actor with it.
 */
export function actorOf(credentials: BackstageCredentials): string {
  const p = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return p.type === 'user' && p.userEntityRef
    ? p.userEntityRef
    : `${p.type}:${p.subject ?? 'unknown'}`;
}
