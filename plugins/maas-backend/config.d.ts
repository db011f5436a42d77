export interface Config {
  /** MaaS for Backstage. */
  maas?: {
    /** The vendor and tool reversibility score. */
    reversibility?: {
      /**
       * Relative weight of each criterion; only the ratios matter. Defaults: maas-common's
       * `defaultReversibilitySettings.weights`, listed in the README's Configuration section.
       */
      weights?: {
        exportApi?: number;
        bulkExport?: number;
        openFormats?: number;
        selfService?: number;
        documentedSchema?: number;
        exitClause?: number;
        dataReturn?: number;
        deletionCertificate?: number;
        egressFees?: number;
        noticePeriod?: number;
        dependencies?: number;
      };
      /** How each criterion's value (0 to 1) is read from the entities. */
      scales?: {
        /** Defaults: full 1, partial 0.5, none 0. */
        exportApi?: { full?: number; partial?: number; none?: number };
        /** Defaults: none 1, capped 0.5, uncapped 0. */
        egressFees?: { none?: number; capped?: number; uncapped?: number };
        /** A data-return clause by the help given. Defaults: included 1, paid 0.75, none 0.5. */
        dataReturnAssistance?: {
          included?: number;
          paid?: number;
          none?: number;
        };
        /** Full value up to fullScoreDays (default 30), 0 from zeroScoreDays (default 180). */
        noticePeriod?: { fullScoreDays?: number; zeroScoreDays?: number };
        /** Dependents at which the dependency value is halved. Default 10. */
        dependencies?: { halfScoreAt?: number };
        /** Export formats counted as open. Default: csv, tsv, json, ndjson, jsonl, xml, yaml, parquet, avro, orc. */
        openFormats?: string[];
      };
    };
    /** The ownership audit. */
    audit?: {
      /** Days ahead in which decision deadlines and Data Act failures become findings. Default 120. */
      horizonDays?: number;
    };
    /** How long computed views are served warm. */
    cache?: {
      /**
       * Seconds a computed view (scores, sprawl, audit, KPIs, compliance) is reused for the same
       * caller; MaaS writes refresh it at once, catalogue edits show after at most this long.
       * 0 turns the cache off. Default 60.
       */
      ttlSeconds?: number;
    };
    /** Data-quality measurements posted by pipelines. */
    measurements?: {
      /** How many days old a measurement's timestamp may be when it arrives. Default 400. */
      maxAgeDays?: number;
      /** How many minutes ahead of the server's clock a timestamp may be. Default 60. */
      maxAheadMinutes?: number;
    };
    /** The daily snapshots behind the trends. */
    history?: {
      /** Recomputing past snapshots (`POST /api/maas/history/backfill`). */
      backfill?: {
        /** The most days one backfill may recompute. Default 90. */
        maxDays?: number;
        /** How many days a backfill recomputes per minute at most, so it never hogs a replica. Default 120. */
        daysPerMinute?: number;
      };
    };
    /** Data-product SLA compliance. */
    sla?: {
      /** Days of measurements compliance is computed over. Default 30. */
      windowDays?: number;
      /** Share of measurements that must meet each SLA term, in percent. Default 95. */
      targetSharePct?: number;
    };
    /** Tool sprawl and decommissioning. */
    sprawl?: {
      /** Share of tools to retire each year, in percent. Default 20. */
      yearlyRetirementTargetPct?: number;
      /** Licence utilisation under which a tool is under-used, in percent. Default 50. */
      underusedBelowPct?: number;
      /** Reversibility score under which a tool is a candidate. Default 40. */
      lowReversibilityBelow?: number;
    };
  };
}
