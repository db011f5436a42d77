import {
  AuditorService,
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { launchProblemsOf } from '@maas/plugin-maas-common';
import { Request } from 'express';
import { actorOf } from './actorOf';
import { ViewCache } from './ViewCache';

/** What route groups share: who calls, authorisation and audit events. */
export interface RouteHelpers {
  /** The caller's credentials if they hold the permission (401 without, 403 without it). */
  authorize(
    req: Request,
    permission: BasicPermission,
    allow?: Array<'user' | 'service'>,
  ): Promise<BackstageCredentials>;
  /**
   * Runs a change inside an audit event, and starts a new generation of the cached views.
   * `outcome` adds what the change did (counts, ids) to the event's metadata on success.
   */
  audited<T>(
    req: Request,
    eventId: string,
    meta: { [key: string]: string },
    action: () => Promise<T>,
    outcome?: (result: T) => { [key: string]: string },
  ): Promise<T>;
  /** The caller's credentials, any principal unless `allow` says (401 without). */
  credentials(
    req: Request,
    allow?: Array<'user' | 'service'>,
  ): Promise<BackstageCredentials>;
  /** Who acted, for records: a user's entity ref, or `service:<subject>`. */
  actorOf(credentials: BackstageCredentials): string;
}

export function createRouteHelpers(deps: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  views: ViewCache;
}): RouteHelpers {
  const { httpAuth, permissions, auditor, views } = deps;
  return {
    async authorize(req, permission, allow = ['user']) {
      const credentials = await httpAuth.credentials(req, { allow });
      const [decision] = await permissions.authorize([{ permission }], {
        credentials,
      });
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError(`You are not allowed to ${permission.name}`);
      }
      return credentials;
    },

    async audited(req, eventId, meta, action, outcome) {
      const event = await auditor.createEvent({
        eventId,
        severityLevel: 'medium',
        request: req,
        meta,
      });
      try {
        const result = await action();
        await views.invalidate();
        await event.success({ meta: { ...meta, ...outcome?.(result) } });
        return result;
      } catch (error) {
        // A refusal of the launch policy records its reasons' codes with the failure.
        const problems = launchProblemsOf(error);
        await event.fail({
          error: error as Error,
          meta: problems
            ? { ...meta, refusedFor: problems.map(p => p.code).join(',') }
            : meta,
        });
        throw error;
      }
    },

    credentials: (req, allow) =>
      allow ? httpAuth.credentials(req, { allow }) : httpAuth.credentials(req),
    actorOf,
  };
}
