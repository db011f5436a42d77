import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  maasCampaignCreatePermission,
  maasCampaignUpdatePermission,
  maasDecommissionPlanManagePermission,
  maasMeasurementCreatePermission,
  maasSnapshotCreatePermission,
  maasVendorDecisionCreatePermission,
} from '@maas/plugin-maas-common';
import {
  MaasPermissionPolicy,
  readMaasPolicySettings,
} from './MaasPermissionPolicy';

const policy = new MaasPermissionPolicy(
  readMaasPolicySettings(
    new ConfigReader({
      permissionPolicy: {
        maas: {
          platformOwners: ['group:default/marketing-ops'],
          vendorDeciders: ['group:default/marketing', 'Group:default/IT'],
          measurementPublishers: ['group:default/data-platform'],
          campaignManagers: ['group:default/crm'],
        },
      },
    }),
  ),
);

const member = (...groups: string[]) =>
  ({
    info: {
      userEntityRef: 'user:default/x',
      ownershipEntityRefs: ['user:default/x', ...groups],
    },
  } as unknown as PolicyQueryUser);

describe('MaasPermissionPolicy', () => {
  it.each([
    ['manage decommissioning plans', maasDecommissionPlanManagePermission],
    ['rewrite history', maasSnapshotCreatePermission],
  ])('lets platform owners, and only them, %s', async (_, permission) => {
    expect(
      (
        await policy.handle(
          { permission },
          member('group:default/marketing-ops'),
        )
      ).result,
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      (await policy.handle({ permission }, member('group:default/crm'))).result,
    ).toBe(AuthorizeResult.DENY);
    expect((await policy.handle({ permission })).result).toBe(
      AuthorizeResult.DENY,
    );
  });

  it('lets the configured deciders record vendor decisions, whatever the case of the ref', async () => {
    const permission = maasVendorDecisionCreatePermission;
    expect(
      (await policy.handle({ permission }, member('group:default/it'))).result,
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      (await policy.handle({ permission }, member('group:default/procurement')))
        .result,
    ).toBe(AuthorizeResult.DENY);
  });

  it('lets data-platform members post measurements by hand', async () => {
    const permission = maasMeasurementCreatePermission;
    expect(
      (
        await policy.handle(
          { permission },
          member('group:default/data-platform'),
        )
      ).result,
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      (await policy.handle({ permission }, member('group:default/brand')))
        .result,
    ).toBe(AuthorizeResult.DENY);
  });

  it('lets anyone launch a campaign, and campaign managers move it', async () => {
    expect(
      (
        await policy.handle(
          { permission: maasCampaignCreatePermission },
          member(),
        )
      ).result,
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      (
        await policy.handle(
          { permission: maasCampaignUpdatePermission },
          member('group:default/crm'),
        )
      ).result,
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      (
        await policy.handle(
          { permission: maasCampaignUpdatePermission },
          member('group:default/brand'),
        )
      ).result,
    ).toBe(AuthorizeResult.DENY);
  });

  it('allows the rest of Backstage', async () => {
    expect(
      (
        await policy.handle(
          {
            permission: {
              type: 'basic',
              name: 'catalog.entity.read',
              attributes: { action: 'read' },
            },
          },
          member(),
        )
      ).result,
    ).toBe(AuthorizeResult.ALLOW);
  });
});
