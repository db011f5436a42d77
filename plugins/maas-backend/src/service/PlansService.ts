import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  DecommissionPlan,
  isMartechToolEntity,
  isOpenPlanState,
} from '@maas/plugin-maas-common';
import { MaasStore, NewPlan, PlanPatch } from '../database/MaasStore';
import { assertMove } from '../domain/planStateMachine';
import { PlatformReader } from './PlatformReader';

/** Decommissioning plans: created for catalogue tools, moved through their states. */
export class PlansService {
  constructor(
    private readonly deps: { platform: PlatformReader; store: MaasStore },
  ) {}

  async listPlans(): Promise<DecommissionPlan[]> {
    return this.deps.store.listPlans();
  }

  /** A plan with its history and what still depends on its tool (what blocks completion). */
  async getPlan(credentials: BackstageCredentials, id: string) {
    const plan = await this.deps.store.getPlan(id);
    if (!plan) throw new NotFoundError(`No decommissioning plan ${id}`);
    const platform = await this.deps.platform.load(credentials);
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
    const platform = await this.deps.platform.load(credentials);
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
    } else if (!isOpenPlanState(plan.state)) {
      throw new ConflictError(
        `Plan ${id} is ${plan.state}: it can no longer change`,
      );
    }
    if (patch.state === 'done') {
      const platform = await this.deps.platform.load(credentials);
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
