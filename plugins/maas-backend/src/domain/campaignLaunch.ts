import {
  CampaignRecord,
  CampaignStatus,
  LaunchProblem,
  TemplateRequirements,
} from '@maas/plugin-maas-common';
import { campaignStatus } from './campaignStatus';
import { stableJson } from './stableJson';

/** What a launch asks to record: who, which campaign, which spec. */
export interface LaunchRequest {
  namespace: string;
  name: string;
  spec: CampaignRecord['spec'];
  taskId?: string;
}

/**
 * Whether a recorded campaign is the one a task asks for again: a task id is bound to its
 * requester, the campaign's name and its spec. Otherwise, the sentence of the 409.
 */
export function taskMismatch(
  recorded: CampaignRecord,
  request: LaunchRequest,
  actor: string,
): string | undefined {
  const differences: string[] = [];
  if (recorded.createdBy !== actor) {
    differences.push(`it was launched by ${recorded.createdBy}`);
  }
  if (
    recorded.namespace !== request.namespace ||
    recorded.name !== request.name
  ) {
    differences.push(
      `it recorded ${recorded.namespace}/${recorded.name}, not ${request.namespace}/${request.name}`,
    );
  }
  if (stableJson(recorded.spec) !== stableJson(request.spec)) {
    differences.push('it recorded another spec');
  }
  return differences.length
    ? `Task ${
        request.taskId
      } already launched a campaign and is bound to it: ${differences.join(
        '; ',
      )}. A task launches one campaign; start a new launch for another`
    : undefined;
}

/**
 * The status a launch starts in: live when the template goes live on launch (unless a draft is
 * asked for), a draft otherwise; asking for live from a template that does not go live on
 * launch is refused, as its campaigns go live later by their owner team.
 */
export function initialStatus(
  goLive: TemplateRequirements['goLive'] | undefined,
  requested: 'draft' | 'live' | undefined,
): { status: CampaignStatus; problem?: LaunchProblem } {
  if (goLive === 'on-launch') return { status: requested ?? 'live' };
  if (requested === 'live') {
    return {
      status: 'draft',
      problem: {
        code: 'go-live-not-on-launch',
        field: 'status',
        message:
          "the template's campaigns go live after the launch, by their owner team (it has no maas.dev/go-live: on-launch): launch it as a draft, then take it live",
      },
    };
  }
  return { status: 'draft' };
}

/** The moves a campaign may make from its status (draft → live → completed; → cancelled). */
export function legalMoves(from: CampaignStatus): CampaignStatus[] {
  return (['live', 'completed', 'cancelled'] as const).filter(to =>
    campaignStatus.canMove(from, to),
  );
}

/** Whether a live campaign's last day is behind it: the daily job completes it. */
export function hasEnded(campaign: CampaignRecord, today: string): boolean {
  return (
    campaign.status === 'live' &&
    campaign.spec.end !== undefined &&
    campaign.spec.end < today
  );
}
