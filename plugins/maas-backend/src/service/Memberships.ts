import {
  BackstageCredentials,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { maasCampaignManageAllPermission } from '@maas/plugin-maas-common';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * Whose team the caller belongs to, as the sign-in resolved it (the `userInfo` service's
 * ownership refs: the user and its groups), and whether they hold the platform-owner role for
 * campaigns. A service acts only on behalf of a user, whose memberships count.
 */
export class Memberships {
  constructor(
    private readonly deps: {
      userInfo: UserInfoService;
      permissions: PermissionsService;
    },
  ) {}

  /** The caller's entity ref and ownership refs, lower-cased. */
  async of(
    credentials: BackstageCredentials,
  ): Promise<{ userEntityRef: string; ownership: Set<string> }> {
    const info = await this.deps.userInfo.getUserInfo(credentials);
    return {
      userEntityRef: info.userEntityRef,
      ownership: new Set(
        [info.userEntityRef, ...info.ownershipEntityRefs].map(lower),
      ),
    };
  }

  /** Holds `maas.campaign.manage-all`: may act on the campaigns of any team. */
  async isPlatformOwner(credentials: BackstageCredentials): Promise<boolean> {
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: maasCampaignManageAllPermission }],
      { credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }

  /** A member of the owner group (or the owner user), or a platform owner. */
  async mayActFor(
    credentials: BackstageCredentials,
    ownerRef: string,
  ): Promise<boolean> {
    const { ownership } = await this.of(credentials);
    return (
      ownership.has(lower(ownerRef)) ||
      (await this.isPlatformOwner(credentials))
    );
  }

  /** 403 unless the caller {@link Memberships.mayActFor} the owner. */
  async assertMayActFor(
    credentials: BackstageCredentials,
    ownerRef: string,
    doing: string,
  ): Promise<void> {
    if (await this.mayActFor(credentials, ownerRef)) return;
    const { userEntityRef } = await this.of(credentials);
    throw new NotAllowedError(
      `${userEntityRef} may not ${doing}: only members of ${ownerRef}, which owns it, and the platform owners may`,
    );
  }
}
