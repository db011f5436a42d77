import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  makeValidator,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { EventsService } from '@backstage/plugin-events-node';
import {
  CampaignReadiness,
  CampaignRecord,
  CampaignStatus,
  campaignToEntity,
  describeValidationProblems,
  LaunchProblem,
  launchPolicy,
  LaunchRefusedError,
  MAAS_CAMPAIGNS_TOPIC,
  templateRequirements,
  validateMaasEntity,
} from '@maas/plugin-maas-common';
import { CampaignStore } from '../database/CampaignStore';
import {
  hasEnded,
  initialStatus,
  LaunchRequest,
  legalMoves,
  taskMismatch,
} from '../domain/campaignLaunch';
import { campaignStatus } from '../domain/campaignStatus';
import { LaunchFactsReader } from './LaunchFactsReader';
import { Memberships } from './Memberships';

/** A launch as the API receives it: the campaign, the status asked for, the launching task. */
export interface CampaignLaunch extends LaunchRequest {
  title?: string;
  description?: string;
  status?: 'draft' | 'live';
}

/** Who records the daily job's moves. */
export const COMPLETION_ACTOR = 'maas:campaign-completion';

// The catalogue's own entity policies: an entity they refuse would never reach the catalogue.
const cataloguePolicies = EntityPolicies.allOf([
  new SchemaValidEntityPolicy(),
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(makeValidator()),
]);

/**
 * Campaigns: launched through the launch policy by their owner team, moved through their
 * lifecycle (going live runs the policy again), completed after their end, announced on the
 * events bus for the catalogue.
 */
export class CampaignService {
  constructor(
    private readonly deps: {
      store: CampaignStore;
      events: EventsService;
      facts: LaunchFactsReader;
      memberships: Memberships;
    },
  ) {}

  private async announce(campaign: CampaignRecord) {
    await this.deps.events.publish({
      topic: MAAS_CAMPAIGNS_TOPIC,
      eventPayload: { namespace: campaign.namespace, name: campaign.name },
    });
  }

  /** 400 unless the catalogue would take the campaign as it would be recorded. */
  private async assertCatalogueAccepts(launch: CampaignLaunch, actor: string) {
    const entity = campaignToEntity(
      {
        ...launch,
        status: 'draft',
        createdBy: actor,
        createdAt: '',
        updatedAt: '',
      },
      'http://maas',
    );
    const problems = validateMaasEntity(entity);
    if (problems.length > 0) {
      throw new InputError(describeValidationProblems(entity, problems));
    }
    try {
      await cataloguePolicies.enforce(entity);
    } catch (error) {
      throw new InputError(
        `The catalogue would refuse this campaign: ${(error as Error).message}`,
      );
    }
  }

  /** The launch policy's problems for a spec, against the catalogue now. */
  private async check(spec: CampaignRecord['spec']) {
    const facts = await this.deps.facts.read(spec);
    return { facts, problems: launchPolicy(facts) };
  }

  /**
   * Records a launch: the same task again answers its campaign (200), another request with its
   * id is a 409; an unknown owner, template, audience or channel, or anything else the launch
   * policy refuses, is a 422 with every reason; someone outside the owner team (and not a
   * platform owner) gets a 403.
   */
  async create(
    launch: CampaignLaunch,
    credentials: BackstageCredentials,
    actor: string,
  ): Promise<{ campaign: CampaignRecord; created: boolean }> {
    if (launch.taskId) {
      const recorded = await this.deps.store.getByTask(launch.taskId);
      if (recorded) return this.again(recorded, launch, actor);
    }
    await this.assertCatalogueAccepts(launch, actor);
    const { facts, problems } = await this.check(launch.spec);
    if (problems.some(p => p.code === 'owner-not-found')) {
      throw new LaunchRefusedError(problems);
    }
    await this.deps.memberships.assertMayActFor(
      credentials,
      launch.spec.owner,
      `launch a campaign for ${launch.spec.owner}`,
    );
    const start = initialStatus(
      facts.template ? templateRequirements(facts.template).goLive : undefined,
      launch.status,
    );
    const all: LaunchProblem[] = start.problem
      ? [...problems, start.problem]
      : problems;
    if (all.length > 0) throw new LaunchRefusedError(all);
    const result = await this.deps.store.create(
      {
        namespace: launch.namespace,
        name: launch.name,
        ...(launch.title ? { title: launch.title } : {}),
        ...(launch.description ? { description: launch.description } : {}),
        spec: launch.spec,
        status: start.status,
        ...(launch.taskId ? { taskId: launch.taskId } : {}),
      },
      actor,
    );
    // Two retries of one task at once: the loser gets the winner's record, if it is the same.
    if (!result.created) return this.again(result.campaign, launch, actor);
    await this.announce(result.campaign);
    return result;
  }

  private again(
    recorded: CampaignRecord,
    launch: CampaignLaunch,
    actor: string,
  ): { campaign: CampaignRecord; created: boolean } {
    const mismatch = taskMismatch(recorded, launch, actor);
    if (mismatch) throw new ConflictError(mismatch);
    return { campaign: recorded, created: false };
  }

  list(): Promise<CampaignRecord[]> {
    return this.deps.store.list();
  }

  private async record(namespace: string, name: string) {
    const campaign = await this.deps.store.get(namespace, name);
    if (!campaign) throw new NotFoundError(`No campaign ${namespace}/${name}`);
    return campaign;
  }

  async get(namespace: string, name: string) {
    const campaign = await this.record(namespace, name);
    return {
      ...campaign,
      history: await this.deps.store.history(namespace, name),
    };
  }

  /**
   * Moves a campaign, for its owner team or a platform owner. Going live runs the launch policy
   * against the catalogue now (a consent basis or a decommissioning plan may have changed since
   * the launch); cancelling and completing do not, so a campaign the policy now refuses can
   * still be stopped.
   */
  async setStatus(
    namespace: string,
    name: string,
    to: CampaignStatus,
    credentials: BackstageCredentials,
    actor: string,
  ): Promise<CampaignRecord> {
    const campaign = await this.record(namespace, name);
    await this.deps.memberships.assertMayActFor(
      credentials,
      campaign.spec.owner,
      `move campaign ${namespace}/${name}`,
    );
    if (campaign.status === to) return campaign;
    campaignStatus.assertMove(campaign.status, to);
    if (to === 'live') {
      const { problems } = await this.check(campaign.spec);
      if (problems.length > 0) {
        throw new LaunchRefusedError(
          problems,
          `Campaign ${namespace}/${name} cannot go live`,
        );
      }
    }
    const moved = await this.deps.store.setStatus(
      namespace,
      name,
      campaign.status,
      to,
      actor,
    );
    await this.announce(moved);
    return moved;
  }

  /** What the policy says now, and the moves this caller may make. */
  async readiness(
    namespace: string,
    name: string,
    credentials: BackstageCredentials,
  ): Promise<CampaignReadiness> {
    const campaign = await this.record(namespace, name);
    const [{ problems }, mayAct] = await Promise.all([
      this.check(campaign.spec),
      this.deps.memberships.mayActFor(credentials, campaign.spec.owner),
    ]);
    return {
      status: campaign.status,
      problems,
      moves: mayAct
        ? legalMoves(campaign.status).filter(
            to => to !== 'live' || problems.length === 0,
          )
        : [],
    };
  }

  /** Completes the live campaigns whose end is before `today`; answers those it completed. */
  async completeEnded(today: string): Promise<string[]> {
    const completed: string[] = [];
    for (const campaign of await this.deps.store.list()) {
      if (!hasEnded(campaign, today)) continue;
      try {
        const moved = await this.deps.store.setStatus(
          campaign.namespace,
          campaign.name,
          'live',
          'completed',
          COMPLETION_ACTOR,
        );
        await this.announce(moved);
        completed.push(`${campaign.namespace}/${campaign.name}`);
      } catch (error) {
        // Moved meanwhile (by its team, or by another replica's run): nothing left to do.
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    return completed;
  }
}
