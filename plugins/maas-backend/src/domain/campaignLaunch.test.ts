import { CampaignRecord } from '@maas/plugin-maas-common';
import {
  hasEnded,
  initialStatus,
  legalMoves,
  taskMismatch,
} from './campaignLaunch';

const spec = {
  owner: 'group:default/crm',
  template: 'template:default/email-nurture-journey',
  audience: 'audience:default/repeat-buyers',
  channels: ['martechtool:default/braze-engagement'],
  start: '2026-12-01',
  end: '2027-01-15',
  experiment: { holdoutPct: 10, variants: ['A'] },
};

const recorded: CampaignRecord = {
  namespace: 'default',
  name: 'winter-nurture',
  spec,
  status: 'draft',
  taskId: 'task-1',
  createdBy: 'user:default/ines.garcia',
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
};

describe('taskMismatch', () => {
  const request = {
    namespace: 'default',
    name: 'winter-nurture',
    spec: { ...spec, experiment: { variants: ['A'], holdoutPct: 10 } },
    taskId: 'task-1',
  };

  it('takes the same task again, whatever the order of the spec', () => {
    expect(
      taskMismatch(recorded, request, 'user:default/ines.garcia'),
    ).toBeUndefined();
  });

  it('binds the task to its requester, its name and its spec', () => {
    expect(
      taskMismatch(
        recorded,
        {
          ...request,
          name: 'other',
          spec: { ...spec, channels: ['martechtool:default/mailchimp'] },
        },
        'user:default/lucas.martin',
      ),
    ).toBe(
      'Task task-1 already launched a campaign and is bound to it: it was launched by user:default/ines.garcia; it recorded default/winter-nurture, not default/other; it recorded another spec. A task launches one campaign; start a new launch for another',
    );
  });
});

describe('initialStatus', () => {
  it('goes live at once only where the template says on-launch', () => {
    expect(initialStatus('on-launch', undefined)).toEqual({ status: 'live' });
    expect(initialStatus('on-launch', 'draft')).toEqual({ status: 'draft' });
    expect(initialStatus('by-owner', undefined)).toEqual({ status: 'draft' });
    expect(initialStatus('by-owner', 'live').problem).toMatchObject({
      code: 'go-live-not-on-launch',
      field: 'status',
    });
  });
});

describe('the lifecycle', () => {
  it('moves draft → live → completed, and draft or live → cancelled', () => {
    expect(legalMoves('draft')).toEqual(['live', 'cancelled']);
    expect(legalMoves('live')).toEqual(['completed', 'cancelled']);
    expect(legalMoves('completed')).toEqual([]);
    expect(legalMoves('cancelled')).toEqual([]);
  });

  it('ends a live campaign the day after its end', () => {
    const live = { ...recorded, status: 'live' as const };
    expect(hasEnded(live, '2027-01-15')).toBe(false);
    expect(hasEnded(live, '2027-01-16')).toBe(true);
    expect(hasEnded(recorded, '2027-01-16')).toBe(false);
    expect(
      hasEnded({ ...live, spec: { ...spec, end: undefined } }, '2099-01-01'),
    ).toBe(false);
  });
});
