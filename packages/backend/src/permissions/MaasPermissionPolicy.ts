import { Config } from '@backstage/config';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  maasAudienceValueCreatePermission,
  maasCampaignManageAllPermission,
  maasCampaignUpdatePermission,
  maasDecommissionPlanManagePermission,
  maasInventoryImportPermission,
  maasLicenceUsageCreatePermission,
  maasMeasurementCreatePermission,
  maasSnapshotCreatePermission,
  maasVendorDecisionCreatePermission,
} from '@maas/plugin-maas-common';

/** Who may do what in MaaS, read from `permissionPolicy.maas` in app-config. */
export interface MaasPolicySettings {
  /** Groups (or users) whose members manage decommissioning plans. */
  platformOwners: string[];
  /** Groups whose members record vendor decisions: the CMO–CIO pair and their delegates. */
  vendorDeciders: string[];
  /** Groups whose members may post data-quality measurements and segment values by hand. */
  measurementPublishers: string[];
  /**
   * Groups whose members may move campaigns at all; unset, every user may (maas-backend still
   * lets only the campaign's owner team and the platform owners move it).
   */
  campaignManagers?: string[];
}

export function readMaasPolicySettings(config: Config): MaasPolicySettings {
  const maas = config.getOptionalConfig('permissionPolicy.maas');
  const refs = (key: string) =>
    (maas?.getOptionalStringArray(key) ?? []).map(r =>
      r.toLocaleLowerCase('en-US'),
    );
  return {
    platformOwners: refs('platformOwners'),
    vendorDeciders: refs('vendorDeciders'),
    measurementPublishers: refs('measurementPublishers'),
    ...(maas?.has('campaignManagers')
      ? { campaignManagers: refs('campaignManagers') }
      : {}),
  };
}

function memberOf(
  user: PolicyQueryUser | undefined,
  refs: string[],
): PolicyDecision {
  const owned = (user?.info.ownershipEntityRefs ?? []).map(r =>
    r.toLocaleLowerCase('en-US'),
  );
  return {
    result: owned.some(r => refs.includes(r))
      ? AuthorizeResult.ALLOW
      : AuthorizeResult.DENY,
  };
}

/**
 * The app's permission policy. MaaS mutations go to the configured groups; every other
 * permission (catalogue, scaffolder…) is allowed, as in Backstage's default demo policy.
 * Campaigns and certifications need no configuration: every user may ask, and maas-backend
 * lets only the owner team act on its campaigns (the platform owners on any, through
 * `maas.campaign.manage-all`) and only the owner and technicalOwner groups' members turn an
 * audience's two keys. Service tokens never reach a policy: their access restrictions in
 * `backend.auth.externalAccess` decide.
 */
export class MaasPermissionPolicy implements PermissionPolicy {
  constructor(private readonly settings: MaasPolicySettings) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    switch (request.permission.name) {
      case maasDecommissionPlanManagePermission.name:
        return memberOf(user, this.settings.platformOwners);
      case maasVendorDecisionCreatePermission.name:
        return memberOf(user, this.settings.vendorDeciders);
      case maasMeasurementCreatePermission.name:
      case maasAudienceValueCreatePermission.name:
        return memberOf(user, this.settings.measurementPublishers);
      case maasSnapshotCreatePermission.name:
      case maasInventoryImportPermission.name:
        return memberOf(user, this.settings.platformOwners);
      // Systems post licence usage with a service token; the platform owners may by hand.
      case maasLicenceUsageCreatePermission.name:
        return memberOf(user, this.settings.platformOwners);
      case maasCampaignUpdatePermission.name:
        return this.settings.campaignManagers
          ? memberOf(user, this.settings.campaignManagers)
          : { result: AuthorizeResult.ALLOW };
      case maasCampaignManageAllPermission.name:
        return memberOf(user, this.settings.platformOwners);
      // Launching a campaign, posting its results and certifying an audience are open to every
      // signed-in user: maas-backend checks the owner team, the key groups and the launch policy
      // (maas.campaign.create, maas.campaign-result.create and maas.audience.certify fall
      // through to allow).
      default:
        return { result: AuthorizeResult.ALLOW };
    }
  }
}
