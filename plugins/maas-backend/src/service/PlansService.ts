import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  DecommissionPlan,
  isMartechToolEntity,
  isOpenPlanState,
} from '@maas/plugin-maas-common';
import { MaasStore, NewPlan, PlanPatch } from '../database/MaasStore';
import { Platform } from '../domain/platform';
import { assertMove } from '../domain/planStateMachine';
import { PreconditionFailedError } from '../errors';
import { versionFromIfMatch } from './ifMatch';
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

  /**
   * The rules a plan's tools follow on creation and on every change: the tool and its successor
   * are martech tools of the catalogue, and a tool does not succeed itself.
   */
  private checkTools(
    platform: Platform,
    refs: { toolRef?: string; successorRef?: string },
    toolRef: string,
  ) {
    for (const field of ['toolRef', 'successorRef'] as const) {
      const ref = refs[field];
      const entity = ref ? platform.byRef.get(ref) : undefined;
      if (ref && !(entity && isMartechToolEntity(entity))) {
        throw new NotFoundError(
          `${field}: no martech tool ${ref} in the catalogue`,
        );
      }
    }
    if (refs.successorRef === toolRef) {
      throw new InputError(
        `successorRef: must not be the tool itself (${toolRef})`,
      );
    }
  }

  async createPlan(
    credentials: BackstageCredentials,
    plan: NewPlan,
    actor: string,
  ): Promise<DecommissionPlan> {
    const platform = await this.deps.platform.load(credentials);
    this.checkTools(platform, plan, plan.toolRef);
    return this.deps.store.createPlan(plan, actor);
  }

  /**
   * Applies a change made against the version `ifMatch` names (the If-Match header: 428 without
   * it, 412 when the plan has moved on since, here or in the database when another replica wins
   * the race).
   */
  async updatePlan(
    credentials: BackstageCredentials,
    id: string,
    patch: PlanPatch,
    actor: string,
    ifMatch: string | undefined,
  ): Promise<DecommissionPlan> {
    const plan = await this.deps.store.getPlan(id);
    if (!plan) throw new NotFoundError(`No decommissioning plan ${id}`);
    const version = versionFromIfMatch(ifMatch);
    if (plan.version !== version) {
      throw new PreconditionFailedError(
        `Plan ${id} is at version ${plan.version}, not ${version}: it changed meanwhile; read it again and redo the change`,
      );
    }
    if (patch.state && patch.state !== plan.state) {
      assertMove(plan.state, patch.state);
    } else if (!isOpenPlanState(plan.state)) {
      throw new ConflictError(
        `Plan ${id} is ${plan.state}: it can no longer change`,
      );
    }
    const needsPlatform = patch.state === 'done' || Boolean(patch.successorRef);
    const platform = needsPlatform
      ? await this.deps.platform.load(credentials)
      : undefined;
    if (platform && patch.successorRef) {
      this.checkTools(
        platform,
        { successorRef: patch.successorRef },
        plan.toolRef,
      );
    }
    if (platform && patch.state === 'done') {
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
      expectedVersion: plan.version,
    });
  }
}
