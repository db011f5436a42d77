export interface Config {
  /** The app's permission policy (packages/backend/src/permissions). */
  permissionPolicy?: {
    maas?: {
      /** Entity refs of the groups whose members manage decommissioning plans. */
      platformOwners?: string[];
      /** Entity refs of the groups whose members record vendor decisions. */
      vendorDeciders?: string[];
      /** Entity refs of the groups whose members may post data-quality measurements by hand. */
      measurementPublishers?: string[];
      /** Entity refs of the groups whose members move campaigns through their statuses. */
      campaignManagers?: string[];
    };
  };
}
