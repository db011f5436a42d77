import type { Entity } from '@backstage/catalog-model';
import type { DecommissionPlan } from '../api/plans';
import {
  templateRequirements,
  type TemplateRequirements,
} from '../campaigns/templateRequirements';
import { type AudienceEntity, isAudienceEntity } from '../kinds/Audience';
import type { CampaignEntity } from '../kinds/Campaign';
import {
  certificationProblems,
  type CertificationStatus,
} from './certification';
import { type ChannelCandidate, channelProblems } from './channels';
import { type ConsentSource, consentCoverage } from './consentCoverage';
import { checkExperimentPower } from './experimentPower';
import { freshnessProblems, type SourceFreshness } from './freshness';
import type { RuleProblem } from './RuleProblem';
import type { Taxonomy } from '../taxonomy/Taxonomy';

/**
 * One reason the launch policy refuses a campaign: the rule's stable code and sentence, what
 * the rule adds (which source, which channel…), and the field of the request it concerns
 * (`owner`, `template`, `audience`, `channels.0`, `experiment`).
 *
 * @public
 */
export interface LaunchProblem extends RuleProblem {
  field: string;
  /** The source of the audience concerned (consent, freshness). */
  sourceRef?: string;
  missingPurposes?: number[];
  currentFreshnessHours?: number;
  targetHours?: number;
  /** The channel concerned. */
  channelRef?: string;
  /** What would give the experiment its power. */
  requiredHoldoutPct?: number;
  requiredAudienceSize?: number;
}

/** Everything the policy decides on, read from the catalogue and maas-backend at that moment. @public */
export interface LaunchFacts {
  /** The campaign as asked for, its references resolved to full refs. */
  campaign: {
    owner: string;
    template: string;
    audience: string;
    channels: readonly string[];
    experiment?: CampaignEntity['spec']['experiment'];
  };
  /** What the catalogue holds at each reference; undefined where it holds nothing. */
  owner?: Entity;
  template?: Entity;
  audience?: Entity;
  /** The audience's sources, each with its data product if the catalogue has it. */
  sources: readonly ConsentSource[];
  /** The campaign's channels, in its order. */
  channels: readonly ChannelCandidate[];
  plans: readonly DecommissionPlan[];
  /** The audience's certification as maas-backend records it. */
  certification?: CertificationStatus;
  /** Freshness per source ref, where it is measured. */
  freshness?: ReadonlyMap<string, SourceFreshness>;
  /**
   * The taxonomy the catalogue validates against (built in plus `maas.taxonomy`), by which a
   * channel's capabilities are compared with the template's; the built-in one when not given.
   */
  taxonomy?: Taxonomy;
}

/**
 * What the audience step of a launch checks: certification where it is required, then per
 * source the consent purposes it must carry and its freshness SLA. The scaffolder's consent
 * check runs this for early feedback; the launch policy runs it again at the server.
 *
 * @public
 */
export function audienceProblems(input: {
  sources: readonly ConsentSource[];
  requirements: Pick<
    TemplateRequirements,
    'requiredPurposes' | 'requiresCertifiedAudience' | 'checkFreshness'
  >;
  certification?: CertificationStatus;
  freshness?: ReadonlyMap<string, SourceFreshness>;
}): RuleProblem[] {
  const { sources, requirements, certification, freshness } = input;
  const problems: RuleProblem[] = certificationProblems(certification, {
    required: requirements.requiresCertifiedAudience,
  });
  for (const source of sources) {
    problems.push(
      ...consentCoverage({
        requiredPurposes: requirements.requiredPurposes,
        sources: [source],
        requiredBy: 'the template',
      }).problems,
    );
    const fresh = requirements.checkFreshness
      ? freshness?.get(source.ref)
      : undefined;
    if (source.dataProduct && fresh) {
      problems.push(...freshnessProblems([{ ref: source.ref, ...fresh }]));
    }
  }
  return problems;
}

/**
 * Whether the experiment can detect the lift it is meant to: the lift the template fixes, else
 * the one the campaign states (`minimumDetectableEffectPct`), else the template's default; with
 * the audience's size now, the campaign's holdout and variants and its baseline conversion (or
 * the template's). A template without an experiment step checks only a lift the campaign states.
 * The scaffolder records the lift rounded to one decimal, so a design whose lift rounds to the
 * stated one passes.
 *
 * @public
 */
export function powerProblems(input: {
  audienceSize: number;
  experiment?: CampaignEntity['spec']['experiment'];
  power?: TemplateRequirements['power'];
}): RuleProblem[] {
  const { audienceSize, experiment, power } = input;
  const stated = experiment?.minimumDetectableEffectPct;
  if (!power && stated === undefined) return [];
  const liftPct =
    power?.minimumLiftPct.fixed ??
    stated ??
    power?.minimumLiftPct.default ??
    10;
  const baselineConversionPct =
    power?.baselineConversionPct.fixed ??
    experiment?.baselineConversionPct ??
    power?.baselineConversionPct.default ??
    2;
  const variants = experiment?.variants?.length || power?.variants || 1;
  const result = checkExperimentPower(
    {
      audienceSize,
      holdoutPct: experiment?.holdoutPct ?? 0,
      variants,
      baselineConversionPct,
    },
    liftPct,
  );
  return result.minimumDetectableEffectPct <= liftPct ? [] : result.problems;
}

const field =
  (name: string) =>
  (problem: Omit<LaunchProblem, 'field'>): LaunchProblem => ({
    ...problem,
    field: name,
  });

/**
 * The one launch policy: what a campaign must satisfy to be recorded, and again to go live,
 * against the catalogue as it is at that moment. Its owner, template and audience exist; the
 * template is a campaign template that can be read; the audience is certified where the template
 * requires it and every source carries the template's purposes (and meets its freshness SLA);
 * every channel is an active martech tool with no open decommissioning plan that serves one of
 * the template's capabilities; the experiment can detect its lift. Every reason is listed,
 * in that order; none means the campaign may go ahead.
 *
 * @public
 */
export function launchPolicy(facts: LaunchFacts): LaunchProblem[] {
  const { campaign } = facts;
  const problems: LaunchProblem[] = [];
  const refuse = (code: string, name: string, message: string) =>
    problems.push({ code, field: name, message });

  if (!facts.owner) {
    refuse(
      'owner-not-found',
      'owner',
      `the owner ${campaign.owner} is not in the catalogue`,
    );
  }
  let requirements: TemplateRequirements | undefined;
  if (!facts.template) {
    refuse(
      'template-not-found',
      'template',
      `the template ${campaign.template} is not in the catalogue`,
    );
  } else {
    requirements = templateRequirements(facts.template);
    if (!requirements.isCampaignTemplate) {
      refuse(
        'template-not-campaign',
        'template',
        `${campaign.template} is not a campaign template (spec.type: campaign)`,
      );
    }
    for (const sentence of requirements.invalid) {
      refuse(
        'template-invalid',
        'template',
        `the template cannot be read: ${sentence}`,
      );
    }
  }

  const audience: AudienceEntity | undefined =
    facts.audience && isAudienceEntity(facts.audience)
      ? facts.audience
      : undefined;
  if (!audience) {
    refuse(
      'audience-not-found',
      'audience',
      `the audience ${campaign.audience} is not in the catalogue`,
    );
  } else if (requirements) {
    problems.push(
      ...audienceProblems({
        sources: facts.sources,
        requirements,
        certification: facts.certification,
        freshness: facts.freshness,
      }).map(field('audience')),
    );
  }

  for (const problem of channelProblems({
    channels: facts.channels,
    plans: facts.plans,
    capabilities: requirements?.channelCapabilities ?? [],
    taxonomy: facts.taxonomy,
  })) {
    const index = campaign.channels.indexOf(problem.channelRef);
    problems.push(field(`channels.${Math.max(0, index)}`)(problem));
  }

  if (audience && requirements) {
    problems.push(
      ...powerProblems({
        audienceSize: audience.spec.estimatedSize ?? 0,
        experiment: campaign.experiment,
        power: requirements.power,
      }).map(field('experiment')),
    );
  }
  return problems;
}
