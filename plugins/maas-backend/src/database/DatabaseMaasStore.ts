import { randomUUID } from 'node:crypto';
import { DatabaseService } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import {
  DecommissionPlan,
  isOpenPlanState,
  openPlanStates,
  PlanState,
  VendorDecision,
} from '@maas/plugin-maas-common';
import { PreconditionFailedError } from '../errors';
import { connectDatabase } from './connectDatabase';
import { isUniqueViolation } from './isUniqueViolation';
import { MaasStore, NewPlan, PlanEvent, PlanPatch } from './MaasStore';
import { iso } from './iso';

type PlanRow = {
  id: string;
  tool_ref: string;
  successor_ref: string | null;
  target_date: string;
  state: PlanState;
  steps: string;
  note: string | null;
  created_by: string;
  created_at: unknown;
  updated_at: unknown;
  completed_at: unknown | null;
  version: number | string;
};

function toPlan(row: PlanRow): DecommissionPlan {
  return {
    id: row.id,
    toolRef: row.tool_ref,
    ...(row.successor_ref ? { successorRef: row.successor_ref } : {}),
    targetDate: row.target_date,
    state: row.state,
    steps: JSON.parse(row.steps),
    ...(row.note ? { note: row.note } : {}),
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    ...(row.completed_at ? { completedAt: iso(row.completed_at) } : {}),
    version: Number(row.version),
  };
}

/** {@link MaasStore} on the plugin's own database (SQLite or PostgreSQL), through knex. */
export class DatabaseMaasStore implements MaasStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseMaasStore> {
    return new DatabaseMaasStore(await connectDatabase(options.database));
  }

  constructor(private readonly db: Knex) {}

  async addDecision(
    decision: Omit<VendorDecision, 'id'>,
  ): Promise<VendorDecision> {
    const [row] = await this.db('maas_vendor_decisions')
      .insert({
        vendor_ref: decision.vendorRef,
        decision: decision.decision,
        note: decision.note ?? null,
        decided_by: decision.decidedBy,
        decided_at: new Date(decision.decidedAt),
        term_end: decision.termEnd ?? null,
      })
      .returning('id');
    const id = typeof row === 'object' ? row.id : row;
    return { id: Number(id), ...decision };
  }

  async listDecisions(vendorRef?: string): Promise<VendorDecision[]> {
    const query = this.db('maas_vendor_decisions').orderBy([
      { column: 'decided_at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ]);
    if (vendorRef) query.where({ vendor_ref: vendorRef });
    const rows = await query;
    return rows.map(row => ({
      id: Number(row.id),
      vendorRef: row.vendor_ref,
      decision: row.decision,
      ...(row.note ? { note: row.note } : {}),
      decidedBy: row.decided_by,
      decidedAt: iso(row.decided_at),
      ...(row.term_end ? { termEnd: row.term_end } : {}),
    }));
  }

  private async openPlanConflict(toolRef: string, tx: Knex = this.db) {
    const open = await tx<PlanRow>('maas_decommission_plans')
      .where({ tool_ref: toolRef })
      .whereIn('state', [...openPlanStates])
      .first();
    return open
      ? new ConflictError(
          `${toolRef} already has an open decommissioning plan (${open.id}, ${open.state})`,
        )
      : undefined;
  }

  async createPlan(plan: NewPlan, actor: string): Promise<DecommissionPlan> {
    try {
      return await this.db.transaction(async tx => {
        const conflict = await this.openPlanConflict(plan.toolRef, tx);
        if (conflict) throw conflict;
        const now = new Date();
        const id = randomUUID();
        await tx('maas_decommission_plans').insert({
          id,
          tool_ref: plan.toolRef,
          successor_ref: plan.successorRef ?? null,
          target_date: plan.targetDate,
          state: 'planned',
          steps: JSON.stringify(plan.steps),
          note: plan.note ?? null,
          created_by: actor,
          created_at: now,
          updated_at: now,
          version: 1,
        });
        await tx('maas_decommission_plan_events').insert({
          plan_id: id,
          actor,
          at: now,
          change: JSON.stringify({ created: { ...plan, state: 'planned' } }),
        });
        const row = await tx<PlanRow>('maas_decommission_plans')
          .where({ id })
          .first();
        return toPlan(row!);
      });
    } catch (error) {
      // A concurrent create passed the check above too; the partial unique index on open plans
      // (migration 20261203_planRaces) let only one of them in.
      if (isUniqueViolation(error)) {
        throw (
          (await this.openPlanConflict(plan.toolRef)) ??
          new ConflictError(
            `${plan.toolRef} already has an open decommissioning plan`,
          )
        );
      }
      throw error;
    }
  }

  async getPlan(id: string): Promise<DecommissionPlan | undefined> {
    const row = await this.db<PlanRow>('maas_decommission_plans')
      .where({ id })
      .first();
    return row ? toPlan(row) : undefined;
  }

  async listPlans(filter?: { toolRef?: string }): Promise<DecommissionPlan[]> {
    const query = this.db<PlanRow>('maas_decommission_plans').orderBy([
      { column: 'target_date', order: 'asc' },
      { column: 'id', order: 'asc' },
    ]);
    if (filter?.toolRef) query.where({ tool_ref: filter.toolRef });
    return (await query).map(toPlan);
  }

  async updatePlan(
    id: string,
    patch: PlanPatch,
    options: {
      actor: string;
      expectedState: PlanState;
      expectedVersion?: number;
    },
  ): Promise<DecommissionPlan> {
    return this.db.transaction(async tx => {
      const now = new Date();
      const update: Record<string, unknown> = {
        updated_at: now,
        version: tx.raw('version + 1'),
      };
      if (patch.successorRef !== undefined)
        update.successor_ref = patch.successorRef || null;
      if (patch.targetDate !== undefined) update.target_date = patch.targetDate;
      if (patch.steps !== undefined) update.steps = JSON.stringify(patch.steps);
      if (patch.note !== undefined) update.note = patch.note || null;
      if (patch.state !== undefined) {
        update.state = patch.state;
        if (!isOpenPlanState(patch.state)) update.completed_at = now;
      }
      const count = await tx('maas_decommission_plans')
        .where({
          id,
          state: options.expectedState,
          ...(options.expectedVersion !== undefined
            ? { version: options.expectedVersion }
            : {}),
        })
        .update(update);
      if (count === 0) {
        const current = await tx<PlanRow>('maas_decommission_plans')
          .where({ id })
          .first();
        if (!current) throw new NotFoundError(`No decommissioning plan ${id}`);
        if (
          options.expectedVersion !== undefined &&
          Number(current.version) !== options.expectedVersion
        ) {
          throw new PreconditionFailedError(
            `Plan ${id} is at version ${current.version} now, not ${options.expectedVersion}: it changed meanwhile; read it again and redo the change`,
          );
        }
        throw new ConflictError(
          `Plan ${id} is ${current.state} now, not ${options.expectedState}: it changed meanwhile`,
        );
      }
      await tx('maas_decommission_plan_events').insert({
        plan_id: id,
        actor: options.actor,
        at: now,
        change: JSON.stringify(patch),
      });
      const row = await tx<PlanRow>('maas_decommission_plans')
        .where({ id })
        .first();
      return toPlan(row!);
    });
  }

  async listPlanEvents(planId: string): Promise<PlanEvent[]> {
    const rows = await this.db('maas_decommission_plan_events')
      .where({ plan_id: planId })
      .orderBy('id', 'asc');
    return rows.map(row => ({
      id: Number(row.id),
      planId: row.plan_id,
      actor: row.actor,
      at: iso(row.at),
      change: JSON.parse(row.change),
    }));
  }
}
