import { DecommissionPlan } from '../api/plans';
import { MartechToolEntity } from '../kinds/MartechTool';
import { Taxonomy } from '../taxonomy/Taxonomy';
import { channelProblems } from './channels';

const tool = (
  name: string,
  lifecycle: MartechToolEntity['spec']['lifecycle'],
  capabilities: string[],
) =>
  ({
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'MartechTool',
    metadata: { name, namespace: 'default', title: name.toUpperCase() },
    spec: {
      vendor: 'v',
      owner: 'g',
      category: 'engagement',
      capabilities,
      lifecycle,
    },
  } as MartechToolEntity);

const plan = (
  toolRef: string,
  state: DecommissionPlan['state'],
): DecommissionPlan => ({
  id: `plan-${state}`,
  toolRef,
  targetDate: '2027-03-31',
  state,
  steps: [],
  createdBy: 'user:default/a',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  version: 1,
});

describe('channelProblems', () => {
  it('accepts active tools serving one of the capabilities, with only closed plans', () => {
    expect(
      channelProblems({
        channels: [
          {
            ref: 'martechtool:default/esp',
            entity: tool('esp', 'active', ['email-sending']),
          },
        ],
        plans: [
          plan('martechtool:default/esp', 'cancelled'),
          plan('martechtool:default/esp', 'done'),
        ],
        capabilities: ['sms-sending', 'email-sending'],
      }),
    ).toEqual([]);
  });

  it('names every problem of every channel, in the order of the channels', () => {
    const problems = channelProblems({
      channels: [
        {
          ref: 'martechtool:default/old',
          entity: tool('old', 'sunsetting', ['email-sending']),
        },
        {
          ref: 'martechtool:default/ads',
          entity: tool('ads', 'active', ['paid-social']),
        },
        { ref: 'martechtool:default/ghost' },
        {
          ref: 'martechtool:default/esp',
          entity: tool('esp', 'active', ['email-sending']),
        },
      ],
      plans: [plan('martechtool:default/esp', 'in-progress')],
      capabilities: ['email-sending'],
    });
    expect(problems).toEqual([
      {
        code: 'channel-not-active',
        channelRef: 'martechtool:default/old',
        message: 'OLD is sunsetting, not active',
      },
      {
        code: 'channel-lacks-capability',
        channelRef: 'martechtool:default/ads',
        message: 'ADS does not serve Marketing email sending',
      },
      {
        code: 'channel-not-found',
        channelRef: 'martechtool:default/ghost',
        message:
          'martechtool:default/ghost is not a martech tool in the catalogue',
      },
      {
        code: 'channel-being-decommissioned',
        channelRef: 'martechtool:default/esp',
        message:
          'ESP is being decommissioned (plan in-progress, target 2027-03-31)',
      },
    ]);
  });

  it('needs no capability when none is listed, and refuses what is not a tool', () => {
    expect(
      channelProblems({
        channels: [
          {
            ref: 'martechtool:default/ads',
            entity: tool('ads', 'active', ['paid-social']),
          },
          {
            ref: 'group:default/crm',
            entity: {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Group',
              metadata: { name: 'crm' },
            },
          },
        ],
        plans: [],
      }).map(p => p.code),
    ).toEqual(['channel-not-found']);
  });

  it('compares capabilities as maas.taxonomy resolves them: an alias is its id, an added one counts', () => {
    const taxonomy = Taxonomy.fromConfig({
      capabilities: [
        {
          id: 'rcs-messaging',
          title: 'RCS messaging',
          category: 'engagement',
        },
      ],
      aliases: { capabilities: { 'mail-sending': 'email-sending' } },
    });
    const channels = [
      {
        ref: 'martechtool:default/esp',
        entity: tool('esp', 'active', ['mail-sending']),
      },
      {
        ref: 'martechtool:default/chat',
        entity: tool('chat', 'active', ['rcs-messaging']),
      },
    ];
    // The tool says the alias, the template the id; and the other way round.
    expect(
      channelProblems({
        channels: channels.slice(0, 1),
        plans: [],
        capabilities: ['email-sending'],
        taxonomy,
      }),
    ).toEqual([]);
    expect(
      channelProblems({
        channels: [
          {
            ref: 'martechtool:default/esp',
            entity: tool('esp', 'active', ['email-sending']),
          },
        ],
        plans: [],
        capabilities: ['mail-sending'],
        taxonomy,
      }),
    ).toEqual([]);
    expect(
      channelProblems({
        channels,
        plans: [],
        capabilities: ['rcs-messaging'],
        taxonomy,
      }),
    ).toEqual([
      {
        code: 'channel-lacks-capability',
        channelRef: 'martechtool:default/esp',
        message: 'ESP does not serve RCS messaging',
      },
    ]);
    // Without the taxonomy an alias is only a word: it matches nothing but itself.
    expect(
      channelProblems({
        channels: channels.slice(0, 1),
        plans: [],
        capabilities: ['email-sending'],
      }).map(p => p.code),
    ).toEqual(['channel-lacks-capability']);
  });
});
