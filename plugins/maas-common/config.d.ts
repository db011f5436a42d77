/**
 * Configuration read by more than one MaaS package. Declared once here, in the package they all
 * depend on, so an app that installs any one of them has the schema.
 */
export interface Config {
  /** MaaS for Backstage. */
  maas?: {
    /**
     * The adopter's own taxonomy, merged with the built-in capabilities and categories (which
     * stay the default). maas-backend, the catalogue module and the scaffolder module all read
     * it, so it is declared here, in the package all three depend on: the catalogue validates
     * and the launch checks compare against the same list. Checked at start-up; a bad entry
     * stops the backend naming its key.
     */
    taxonomy?: {
      /** Categories to add. */
      categories?: Array<{
        /** Lower-case words joined by hyphens, not already a category. */
        id: string;
        title: string;
        description?: string;
      }>;
      /** Capabilities to add. */
      capabilities?: Array<{
        /** Lower-case words joined by hyphens, not already a capability. */
        id: string;
        title: string;
        /** A category id (built in or added above) or a category alias. */
        category: string;
      }>;
      /** Other names for existing ids: `alias: id`. Entities may use either; sprawl groups them. */
      aliases?: {
        capabilities?: { [alias: string]: string };
        categories?: { [alias: string]: string };
      };
    };
  };
}
