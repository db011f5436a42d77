export interface Config {
  /** The app's permission policy (packages/backend/src/permissions). */
  permissionPolicy?: {
    maas?: {
      /**
       * Entity refs of the platform owners' groups: their members manage decommissioning plans
       * and act on the campaigns of any team (`maas.campaign.manage-all`).
       */
      platformOwners?: string[];
      /** Entity refs of the groups whose members record vendor decisions. */
      vendorDeciders?: string[];
      /** Entity refs of the groups whose members may post data-quality measurements by hand. */
      measurementPublishers?: string[];
      /**
       * Entity refs of the only groups whose members may move campaigns at all (narrowing);
       * unset, every user may, and maas-backend keeps each campaign to its owner team.
       */
      campaignManagers?: string[];
    };
  };
}
