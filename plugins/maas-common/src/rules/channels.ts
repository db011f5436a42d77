import type { Entity } from '@backstage/catalog-model';
import { isOpenPlanState, type DecommissionPlan } from '../api/plans';
import { isMartechToolEntity } from '../kinds/MartechTool';
import { Taxonomy } from '../taxonomy/Taxonomy';
import type { RuleProblem } from './RuleProblem';

/** A channel of a campaign: its ref, and what the catalogue holds there, if anything. @public */
export interface ChannelCandidate {
  ref: string;
  entity?: Entity;
}

/** @public */
export type ChannelProblem = RuleProblem<
  | 'channel-not-found'
  | 'channel-not-active'
  | 'channel-being-decommissioned'
  | 'channel-lacks-capability'
> & { channelRef: string };

/**
 * Why channels cannot run a campaign: not an active martech tool of the catalogue, an open
 * decommissioning plan on it, or none of the capabilities the campaign needs (any one of
 * `capabilities` will do; none listed, none needed). In the order of the channels.
 *
 * Capabilities are compared as the `taxonomy` resolves them (default: the built-in one), so a
 * tool that names a capability by an alias of `maas.taxonomy` serves a template that names it
 * by its id, and the other way round.
 *
 * @public
 */
export function channelProblems(input: {
  channels: readonly ChannelCandidate[];
  plans: readonly DecommissionPlan[];
  capabilities?: readonly string[];
  taxonomy?: Taxonomy;
}): ChannelProblem[] {
  const taxonomy = input.taxonomy ?? Taxonomy.builtIn();
  const idOf = (capability: string) =>
    taxonomy.getCapability(capability)?.id ?? capability;
  const wanted = input.capabilities ?? [];
  const wantedIds = new Set(wanted.map(idOf));
  const problems: ChannelProblem[] = [];
  for (const { ref, entity } of input.channels) {
    const problem = (code: ChannelProblem['code'], message: string) =>
      problems.push({ code, channelRef: ref, message });
    if (!entity || !isMartechToolEntity(entity)) {
      problem(
        'channel-not-found',
        `${ref} is not a martech tool in the catalogue`,
      );
      continue;
    }
    const name = entity.metadata.title ?? entity.metadata.name;
    if (entity.spec.lifecycle !== 'active') {
      problem(
        'channel-not-active',
        `${name} is ${entity.spec.lifecycle}, not active`,
      );
    }
    const plan = input.plans.find(
      p => p.toolRef === ref && isOpenPlanState(p.state),
    );
    if (plan) {
      problem(
        'channel-being-decommissioned',
        `${name} is being decommissioned (plan ${plan.state}, target ${plan.targetDate})`,
      );
    }
    if (
      wanted.length &&
      !entity.spec.capabilities.some(c => wantedIds.has(idOf(c)))
    ) {
      problem(
        'channel-lacks-capability',
        `${name} does not serve ${wanted
          .map(c => taxonomy.getCapability(c)?.title ?? c)
          .join(' or ')}`,
      );
    }
  }
  return problems;
}
