import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Create, update, move and complete decommissioning plans. The demo policy grants it to the
 * platform owners' group.
 *
 * @public
 */
export const maasDecommissionPlanManagePermission = createPermission({
  name: 'maas.decommission-plan.manage',
  attributes: { action: 'update' },
});

/**
 * Record a renew / renegotiate / exit decision for a vendor (the CMO–CIO pair).
 *
 * @public
 */
export const maasVendorDecisionCreatePermission = createPermission({
  name: 'maas.vendor-decision.create',
  attributes: { action: 'create' },
});

/**
 * Post data-quality measurements for a data product (pipelines, with a service token).
 *
 * @public
 */
export const maasMeasurementCreatePermission = createPermission({
  name: 'maas.measurement.create',
  attributes: { action: 'create' },
});

/**
 * Post a tool's licence usage (SSO or the vendor's admin API, with a service token). The demo
 * policy gives it to the platform owners, who may post figures by hand.
 *
 * @public
 */
export const maasLicenceUsageCreatePermission = createPermission({
  name: 'maas.licence-usage.create',
  attributes: { action: 'create' },
});

/**
 * Recompute the stored snapshots of past days (history backfill, for a demo or after
 * measurements arrived late). It rewrites history, so maas-backend asks it of users only (a
 * service token cannot backfill) and the demo policy gives it to the platform owners.
 *
 * @public
 */
export const maasSnapshotCreatePermission = createPermission({
  name: 'maas.snapshot.create',
  attributes: { action: 'create' },
});

/**
 * Record a campaign launched from a template (the scaffolder does it on behalf of the launching
 * user). maas-backend also requires membership of the campaign's owner group, or
 * {@link maasCampaignManageAllPermission}.
 *
 * @public
 */
export const maasCampaignCreatePermission = createPermission({
  name: 'maas.campaign.create',
  attributes: { action: 'create' },
});

/**
 * Move a campaign's status (draft, live, completed, cancelled). maas-backend also requires
 * membership of the campaign's owner group, or {@link maasCampaignManageAllPermission}.
 *
 * @public
 */
export const maasCampaignUpdatePermission = createPermission({
  name: 'maas.campaign.update',
  attributes: { action: 'update' },
});

/**
 * The platform-owner role for campaigns: launch and move the campaigns of any team, not only of
 * the caller's own groups. The demo policy grants it to the platform owners' group.
 *
 * @public
 */
export const maasCampaignManageAllPermission = createPermission({
  name: 'maas.campaign.manage-all',
  attributes: { action: 'update' },
});

/**
 * Turn (or withdraw) a key of an audience's certification. maas-backend also requires
 * membership of the group the key belongs to: the audience's owner for the marketing key, its
 * technicalOwner for the IT key.
 *
 * @public
 */
export const maasAudienceCertifyPermission = createPermission({
  name: 'maas.audience.certify',
  attributes: { action: 'update' },
});

/**
 * Post a campaign's results (users, conversions, revenue, spend and new customers per arm and
 * day): pipelines with a service token given this permission, or people uploading a CSV, for
 * whom maas-backend also requires membership of the campaign's owner group or
 * {@link maasCampaignManageAllPermission}.
 *
 * @public
 */
export const maasCampaignResultCreatePermission = createPermission({
  name: 'maas.campaign-result.create',
  attributes: { action: 'create' },
});

/**
 * Post a segment's lifetime value (an audience's LTV, computed in the warehouse): pipelines with
 * a service token given this permission. The demo policy gives it to the measurement publishers.
 *
 * @public
 */
export const maasAudienceValueCreatePermission = createPermission({
  name: 'maas.audience-value.create',
  attributes: { action: 'create' },
});

/**
 * Ask the inventory import (`catalog.providers.maasInventory`) to run now rather than at its next
 * scheduled run. The demo policy grants it to the platform owners' group.
 *
 * @public
 */
export const maasInventoryImportPermission = createPermission({
  name: 'maas.inventory.import',
  attributes: { action: 'create' },
});

/** Every MaaS permission, for registration with the permission framework. @public */
export const maasPermissions = [
  maasDecommissionPlanManagePermission,
  maasVendorDecisionCreatePermission,
  maasMeasurementCreatePermission,
  maasLicenceUsageCreatePermission,
  maasSnapshotCreatePermission,
  maasCampaignCreatePermission,
  maasCampaignUpdatePermission,
  maasCampaignManageAllPermission,
  maasAudienceCertifyPermission,
  maasCampaignResultCreatePermission,
  maasAudienceValueCreatePermission,
  maasInventoryImportPermission,
];
