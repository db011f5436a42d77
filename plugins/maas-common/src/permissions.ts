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
 * Record a campaign launched from a template (the scaffolder does it as the launching user).
 *
 * @public
 */
export const maasCampaignCreatePermission = createPermission({
  name: 'maas.campaign.create',
  attributes: { action: 'create' },
});

/**
 * Move a campaign's status (draft, live, completed, cancelled).
 *
 * @public
 */
export const maasCampaignUpdatePermission = createPermission({
  name: 'maas.campaign.update',
  attributes: { action: 'update' },
});

/** Every MaaS permission, for registration with the permission framework. @public */
export const maasPermissions = [
  maasDecommissionPlanManagePermission,
  maasVendorDecisionCreatePermission,
  maasMeasurementCreatePermission,
  maasSnapshotCreatePermission,
  maasCampaignCreatePermission,
  maasCampaignUpdatePermission,
];
