import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

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
    /** Reminders sent through Backstage's notifications (the notifications backend must be installed). */
    reminders?: {
      /** false sends none. Default true. */
      enabled?: boolean;
      /**
       * Days before a vendor's decision deadline (term end minus notice) at which its owner and
       * technical owner are reminded, while no decision is recorded for the term; also the steps
       * for a Data Act check that will fail within maas.audit.horizonDays. Default
       * [120, 90, 60, 30, 7].
       */
      offsetsDays?: number[];
      /** Entity refs (groups or users) told of every reminder too, e.g. the platform owners. Default none. */
      alsoNotify?: string[];
      /** When the reminder task runs (one replica at a time). Default every hour, first 30 seconds after start. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /** How long computed views are served warm. */
    cache?: {
      /**
       * Seconds a computed view (scores, sprawl, audit, KPIs, compliance) is kept for every
       * caller who may read the same entities. Views are keyed by the projection's version and
       * the count of MaaS writes, so catalogue edits and MaaS writes show at once; the TTL only
       * bounds how long an unused view is kept. 0 turns the cache off. Default 60.
       */
      ttlSeconds?: number;
    };
    /**
     * maas-backend's projection of the catalogue entities the views read, in its own database:
     * fed by the catalogue module's events as entities are processed, and reconciled against
     * the catalogue on a schedule (one replica at a time) for deletions and missed events.
     */
    projection?: {
      /** Seconds between reconciliations against the catalogue. Default 30. */
      reconcileSeconds?: number;
      /**
       * Seconds an entity changed by an event is left alone by the reconciliation: an entity
       * is projected when it is processed, a moment before the catalogue serves it. Also how
       * long a deleted entity may stay in the views at most, beyond one reconciliation.
       * Default 60.
       */
      graceSeconds?: number;
      /**
       * Seconds a caller's catalogue read permission (`catalog.entity.read`, and for a
       * conditional decision the entities it lets them read) is reused before the policy is
       * asked again: how long a change of permissions may take to reach their views. 0 asks on
       * every request. Default 10.
       */
      permissionSeconds?: number;
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
    /** Two-key certification of audiences. */
    certification?: {
      /** Days a key stays valid after it is turned; a certification lapses with its older key. Default 180. */
      validDays?: number;
      /**
       * Read an audience's `spec.certified: true` as certification granted, without the two keys:
       * only for a catalogue whose changes are reviewed (e.g. in Git) before they reach it.
       * Default false: `spec.certified: true` means certification requested.
       */
      trustCatalogue?: boolean;
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
