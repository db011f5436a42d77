import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /**
       * Inventory imports: spreadsheets (CSV or XLSX) whose rows become MartechTool entities and
       * the vendors they name Vendor entities. Keyed by an id of your choice; or one import
       * with its keys directly here (id `default`). See the README's "Inventory import".
       */
      maasInventory?:
        | InventoryImportConfig
        | { [id: string]: InventoryImportConfig };
      /** The provider of Campaign entities launched through maas-backend. */
      maasCampaigns?: {
        /** Set false to leave launched campaigns out of the catalogue. Default true. */
        enabled?: boolean;
        /**
         * How often every campaign is read again (changes also arrive at once through the
         * events bus). Default: every minute.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}

/** One inventory import (`catalog.providers.maasInventory.<id>`). */
interface InventoryImportConfig {
  /** A file path (relative to the backend's working directory) or an http(s) URL (read through the URL reader, so `backend.reading.allow` and integrations apply). */
  source: string;
  /** csv or xlsx. Default: csv for a name ending in .csv, xlsx otherwise. */
  format?: 'csv' | 'xlsx';
  /** XLSX: the worksheet to read. Default: the first. */
  sheet?: string;
  /** The row holding the column headers. Default 1. */
  headerRow?: number;
  /** CSV: the field delimiter. Default `,`. */
  delimiter?: string;
  /** What a row does not say. */
  defaults?: {
    /** The namespace of every entity. Default `default`. */
    namespace?: string;
    /** `spec.owner` of tools and vendors without an owner column or cell, e.g. `group:martech`. */
    owner?: string;
    /** `spec.technicalOwner` likewise. */
    technicalOwner?: string;
    /** `spec.lifecycle` of tools without one, e.g. `active`. */
    lifecycle?: string;
    /** The currency of an amount written without one (ISO 4217). */
    currency?: string;
  };
  /** One MartechTool per row. */
  tools: InventoryColumnMapping;
  /** The vendors the rows name, one Vendor each. Absent: tools refer to vendors the catalogue has from elsewhere. */
  vendors?: InventoryColumnMapping;
  /** How often the file is read again. Default: hourly, first 10 s after start-up. */
  schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
}

/** Which column fills which field. */
interface InventoryColumnMapping {
  /**
   * Entity field → column header (matched ignoring case), nested as in the entity:
   * `{title: Tool, licenses: {active: Seats used}}`. Fields: `name` (default: the title
   * hyphenated), `title`, `description`, `tags`, and the kind's spec fields.
   */
  columns?: { [field: string]: string | { [field: string]: any } };
  /** Entity field → {cell text: value}, e.g. `{lifecycle: {Phase Out: sunsetting}}`. */
  values?: { [field: string]: { [cellText: string]: string } };
}
