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
  maasCampaignUpdatePermission,
  maasDecommissionPlanManagePermission,
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
  /** Groups whose members may post data-quality measurements by hand. */
  measurementPublishers: string[];
  /** Groups whose members move campaigns through their statuses (live, completed…). */
  campaignManagers: string[];
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
    campaignManagers: refs('campaignManagers'),
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
 * Service tokens never reach a policy: their access restrictions in
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
        return memberOf(user, this.settings.measurementPublishers);
      case maasSnapshotCreatePermission.name:
        return memberOf(user, this.settings.platformOwners);
      case maasCampaignUpdatePermission.name:
        return memberOf(user, this.settings.campaignManagers);
      // Launching a campaign is self-service for every signed-in user: the template's checks
      // are the guard-rails (maas.campaign.create falls through to allow).
      default:
        return { result: AuthorizeResult.ALLOW };
    }
  }
}
