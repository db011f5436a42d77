import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  checkDataAct,
  DecommissionPlan,
  Finding,
  isMartechToolEntity,
  isVendorEntity,
  maasKinds,
  SprawlView,
  ToolReversibility,
  VendorDecision,
  VendorDecisionKind,
  VendorEntity,
  VendorView,
} from '@maas/plugin-maas-common';
import { DateTime } from 'luxon';
import { MaasSettings } from '../config/readMaasConfig';
import { MaasStore, NewPlan, PlanPatch } from '../database/MaasStore';
import { computeAudit } from '../domain/audit';
import { decisionDeadline } from '../domain/deadlines';
import { computeOwnershipMatrix } from '../domain/ownershipMatrix';
import { assertMove } from '../domain/planStateMachine';
import { buildPlatform, Platform, refOf } from '../domain/platform';
import {
  toolReversibility,
  vendorReversibility,
} from '../domain/platformReversibility';
import { computeSprawl } from '../domain/sprawl';
import { MeasurementsService } from './MeasurementsService';

/** The current day, ISO; injected so tests and "as of" views can move it. */
export type Clock = () => string;

export const systemClock: Clock = () => DateTime.utc().toISODate()!;

/**
 * Everything the MaaS API answers, composed from the catalogue (read with the caller's
 * credentials, so the catalogue's permissions apply), the plugin's store and the settings.
 */
export class MaasService {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      store: MaasStore;
      settings: MaasSettings;
      measurements?: MeasurementsService;
      clock?: Clock;
    },
  ) {}

  get settings(): MaasSettings {
    return this.deps.settings;
  }

  today(): string {
    return (this.deps.clock ?? systemClock)();
  }

  async loadPlatform(credentials: BackstageCredentials): Promise<Platform> {
    const entities: Entity[] = [];
    for await (const page of this.deps.catalog.streamEntities(
      {
        filter: [
          { kind: [...maasKinds] },
          { kind: ['Group', 'User', 'Template'] },
        ],
        pageSize: 1000,
        // Counting every matching entity costs the catalogue a query the reports never read.
        totalItems: 'exclude',
      },
      { credentials },
    )) {
      entities.push(...page);
    }
    return buildPlatform(entities);
  }

  private async decisionsByVendor(): Promise<Map<string, VendorDecision[]>> {
    const byVendor = new Map<string, VendorDecision[]>();
    for (const d of await this.deps.store.listDecisions()) {
      byVendor.set(d.vendorRef, [...(byVendor.get(d.vendorRef) ?? []), d]);
    }
    return byVendor;
  }

  private async decidedTerms(): Promise<Map<string, Set<string>>> {
    const terms = new Map<string, Set<string>>();
    for (const d of await this.deps.store.listDecisions()) {
      if (!d.termEnd) continue;
      if (!terms.has(d.vendorRef)) terms.set(d.vendorRef, new Set());
      terms.get(d.vendorRef)!.add(d.termEnd);
    }
    return terms;
  }

  /** Vendors, least reversible first: score, Data Act checks, deadline, decisions. */
  async vendors(
    credentials: BackstageCredentials,
    options: { asOf?: string; on?: string },
  ): Promise<VendorView[]> {
    const asOf = options.asOf ?? this.today();
    const platform = await this.loadPlatform(credentials);
    const decisions = await this.decisionsByVendor();
    return vendorReversibility(platform, this.deps.settings.reversibility).map(
      score => {
        const vendor = platform.byRef.get(score.ref) as VendorEntity;
        const deadline = decisionDeadline(vendor, asOf);
        const history = decisions.get(score.ref) ?? [];
        const latest = history[history.length - 1];
        return {
          ...score,
          contract: vendor.spec.contract ?? null,
          dataAct: {
            asOf: { date: asOf, checks: checkDataAct(vendor, asOf) },
            ...(options.on
              ? {
                  on: {
                    date: options.on,
                    checks: checkDataAct(vendor, options.on),
                  },
                }
              : {}),
          },
          deadline: deadline ?? null,
          latestDecision: latest ?? null,
          decidedForCurrentTerm: Boolean(
            deadline && history.some(d => d.termEnd === deadline.termEnd),
          ),
        };
      },
    );
  }

  async vendor(
    credentials: BackstageCredentials,
    vendorRef: string,
    options: { asOf?: string; on?: string },
  ): Promise<VendorView> {
    const all = await this.vendors(credentials, options);
    const found = all.find(v => v.ref === vendorRef);
    if (!found)
      throw new NotFoundError(`No vendor ${vendorRef} in the catalogue`);
    return {
      ...found,
      decisions: await this.deps.store.listDecisions(vendorRef),
    };
  }

  async tools(credentials: BackstageCredentials): Promise<ToolReversibility[]> {
    const platform = await this.loadPlatform(credentials);
    return toolReversibility(platform, this.deps.settings.reversibility).sort(
      (a, b) => a.score - b.score || a.ref.localeCompare(b.ref),
    );
  }

  async recordDecision(
    credentials: BackstageCredentials,
    vendorRef: string,
    input: { decision: VendorDecisionKind; note?: string; decidedBy: string },
  ): Promise<VendorDecision> {
    const vendor = await this.deps.catalog.getEntityByRef(vendorRef, {
      credentials,
    });
    if (!vendor || !isVendorEntity(vendor)) {
      throw new NotFoundError(`No vendor ${vendorRef} in the catalogue`);
    }
    return this.deps.store.addDecision({
      vendorRef: refOf(vendor),
      decision: input.decision,
      ...(input.note ? { note: input.note } : {}),
      decidedBy: input.decidedBy,
      decidedAt: new Date().toISOString(),
      ...(vendor.spec.contract?.end
        ? { termEnd: vendor.spec.contract.end }
        : {}),
    });
  }

  /** The sprawl report of a loaded platform. */
  async sprawlOf(platform: Platform, asOf: string) {
    const decisions = await this.decisionsByVendor();
    const exitingVendors = new Set(
      [...decisions.entries()]
        .filter(([, list]) => list[list.length - 1]?.decision === 'exit')
        .map(([ref]) => ref),
    );
    const toolScores = new Map(
      toolReversibility(platform, this.deps.settings.reversibility).map(t => [
        t.ref,
        t.score,
      ]),
    );
    return computeSprawl({
      platform,
      asOf,
      settings: this.deps.settings.sprawl,
      toolScores,
      exitingVendors,
    });
  }

  async sprawl(
    credentials: BackstageCredentials,
    options: { asOf?: string },
  ): Promise<SprawlView> {
    const platform = await this.loadPlatform(credentials);
    const report = await this.sprawlOf(platform, options.asOf ?? this.today());
    const plans = await this.deps.store.listPlans();
    const openPlans = new Map(
      plans
        .filter(p => p.state === 'planned' || p.state === 'in-progress')
        .map(p => [p.toolRef, p]),
    );
    return {
      ...report,
      candidates: report.candidates.map(c => ({
        ...c,
        plan: openPlans.has(c.ref)
          ? { id: openPlans.get(c.ref)!.id, state: openPlans.get(c.ref)!.state }
          : null,
      })),
      plans: {
        open: plans.filter(
          p => p.state === 'planned' || p.state === 'in-progress',
        ).length,
        doneInWindow: plans.filter(
          p =>
            p.state === 'done' &&
            p.completedAt &&
            p.completedAt.slice(0, 10) > report.retirement.windowStart &&
            p.completedAt.slice(0, 10) <= report.retirement.windowEnd,
        ).length,
      },
    };
  }

  async audit(
    credentials: BackstageCredentials,
    options: { asOf?: string },
  ): Promise<{ asOf: string; horizonDays: number; findings: Finding[] }> {
    const asOf = options.asOf ?? this.today();
    const platform = await this.loadPlatform(credentials);
    return {
      asOf,
      horizonDays: this.deps.settings.audit.horizonDays,
      findings: await this.auditOf(platform, asOf),
    };
  }

  /** The findings on a loaded platform, SLA breaches included when measurements are kept. */
  async auditOf(platform: Platform, asOf: string): Promise<Finding[]> {
    return computeAudit({
      platform,
      asOf,
      horizonDays: this.deps.settings.audit.horizonDays,
      decidedTerms: await this.decidedTerms(),
      ...(this.deps.measurements
        ? {
            sla: {
              report: await this.deps.measurements.compliance(platform, {
                asOf,
              }),
              targetSharePct: this.deps.measurements.targetSharePct,
            },
          }
        : {}),
    });
  }

  async ownershipMatrix(credentials: BackstageCredentials) {
    return computeOwnershipMatrix(await this.loadPlatform(credentials));
  }

  async listPlans(): Promise<DecommissionPlan[]> {
    return this.deps.store.listPlans();
  }

  /** A plan with its history and what still depends on its tool (what blocks completion). */
  async getPlan(credentials: BackstageCredentials, id: string) {
    const plan = await this.deps.store.getPlan(id);
    if (!plan) throw new NotFoundError(`No decommissioning plan ${id}`);
    const platform = await this.loadPlatform(credentials);
    return {
      ...plan,
      blockers: platform.dependentsOf(plan.toolRef),
      events: await this.deps.store.listPlanEvents(id),
    };
  }

  async createPlan(
    credentials: BackstageCredentials,
    plan: NewPlan,
    actor: string,
  ): Promise<DecommissionPlan> {
    const platform = await this.loadPlatform(credentials);
    for (const [field, ref] of [
      ['toolRef', plan.toolRef],
      ['successorRef', plan.successorRef],
    ] as const) {
      if (
        ref &&
        !isMartechToolEntity(platform.byRef.get(ref) ?? ({} as Entity))
      ) {
        throw new NotFoundError(
          `${field}: no martech tool ${ref} in the catalogue`,
        );
      }
    }
    if (plan.successorRef === plan.toolRef) {
      throw new ConflictError('A tool cannot be its own successor');
    }
    return this.deps.store.createPlan(plan, actor);
  }

  async updatePlan(
    credentials: BackstageCredentials,
    id: string,
    patch: PlanPatch,
    actor: string,
  ): Promise<DecommissionPlan> {
    const plan = await this.deps.store.getPlan(id);
    if (!plan) throw new NotFoundError(`No decommissioning plan ${id}`);
    if (patch.state && patch.state !== plan.state) {
      assertMove(plan.state, patch.state);
    } else if (plan.state === 'done' || plan.state === 'cancelled') {
      throw new ConflictError(
        `Plan ${id} is ${plan.state}: it can no longer change`,
      );
    }
    if (patch.state === 'done') {
      const platform = await this.loadPlatform(credentials);
      const blockers = platform.dependentsOf(plan.toolRef);
      if (blockers.length > 0) {
        throw new ConflictError(
          `Plan ${id} cannot complete: ${blockers.length} catalogue ${
            blockers.length === 1
              ? 'entity still depends'
              : 'entities still depend'
          } on ${plan.toolRef}: ${blockers.join(', ')}`,
        );
      }
    }
    const effective =
      patch.state === plan.state ? { ...patch, state: undefined } : patch;
    return this.deps.store.updatePlan(id, effective, {
      actor,
      expectedState: plan.state,
    });
  }
}
