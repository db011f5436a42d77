import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  maasAudienceCertifyPermission,
  maasAudienceValueCreatePermission,
  maasCampaignCreatePermission,
  maasCampaignResultCreatePermission,
  maasCampaignManageAllPermission,
  maasCampaignUpdatePermission,
  maasDecommissionPlanManagePermission,
  maasInventoryImportPermission,
  maasLicenceUsageCreatePermission,
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

/** What a policy decides for a user, permission by permission. */
const decisions = (
  p: MaasPermissionPolicy,
  user: PolicyQueryUser,
  permissions: BasicPermission[],
) =>
  Promise.all(
    permissions.map(
      async permission => (await p.handle({ permission }, user)).result,
    ),
  );

describe('MaasPermissionPolicy', () => {
  it.each([
    ['manage decommissioning plans', maasDecommissionPlanManagePermission],
    ['rewrite history', maasSnapshotCreatePermission],
    ['run the inventory import now', maasInventoryImportPermission],
    ['post licence usage by hand', maasLicenceUsageCreatePermission],
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

  it.each([maasMeasurementCreatePermission, maasAudienceValueCreatePermission])(
    'lets data-platform members post $name by hand',
    async permission => {
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
    },
  );

  it("lets anyone post a campaign's results: maas-backend checks the team", async () => {
    expect(
      (
        await policy.handle(
          { permission: maasCampaignResultCreatePermission },
          member('group:default/brand'),
        )
      ).result,
    ).toBe(AuthorizeResult.ALLOW);
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

  it('lets every user move campaigns and certify audiences with no configuration: maas-backend checks the teams', async () => {
    const unconfigured = new MaasPermissionPolicy(
      readMaasPolicySettings(new ConfigReader({})),
    );
    const brand = member('group:default/brand');
    expect(
      await decisions(unconfigured, brand, [
        maasCampaignCreatePermission,
        maasCampaignUpdatePermission,
        maasAudienceCertifyPermission,
        maasCampaignManageAllPermission,
      ]),
    ).toEqual([
      AuthorizeResult.ALLOW,
      AuthorizeResult.ALLOW,
      AuthorizeResult.ALLOW,
      AuthorizeResult.DENY,
    ]);
  });

  it('gives the platform-owner role for campaigns to the platform owners only', async () => {
    const permissions = [maasCampaignManageAllPermission];
    expect(
      await decisions(
        policy,
        member('group:default/marketing-ops'),
        permissions,
      ),
    ).toEqual([AuthorizeResult.ALLOW]);
    expect(
      await decisions(policy, member('group:default/crm'), permissions),
    ).toEqual([AuthorizeResult.DENY]);
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
