import { EntityProvider } from '@backstage/plugin-catalog-react';
import { CampaignRecord, LaunchRefusedError } from '@maas/plugin-maas-common';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { maasEntity } from '../../__testUtils__/entities';
import { renderTab } from '../../__testUtils__/renderTab';
import { CampaignLifecycleCard } from './CampaignLifecycleCard';

const entity = maasEntity('Campaign', 'winter-nurture', {
  owner: 'group:crm',
  status: 'draft',
});

const record: CampaignRecord = {
  namespace: 'default',
  name: 'winter-nurture',
  spec: {
    owner: 'group:default/crm',
    template: 'template:default/email-nurture-journey',
    audience: 'audience:default/repeat-buyers',
    channels: ['martechtool:default/braze-engagement'],
    start: '2026-12-01',
  },
  status: 'draft',
  createdBy: 'user:default/ines.garcia',
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
};

const consentLost = {
  code: 'consent-purposes-not-carried',
  field: 'audience',
  message:
    'the template requires TCF purpose 5 (Create profiles to personalise content), which its source dataproduct:default/crm does not carry',
};

function render(maas: object) {
  return renderTab(
    <EntityProvider entity={entity}>
      <CampaignLifecycleCard />
    </EntityProvider>,
    { maas },
  );
}

describe('CampaignLifecycleCard', () => {
  it('takes a draft live for its team, and shows it live', async () => {
    let current = record;
    const setCampaignStatus = jest.fn(async () => {
      current = { ...record, status: 'live', liveAt: '2026-12-02T10:00:00Z' };
      return current;
    });
    await render({
      getCampaign: async () => current,
      getCampaignReadiness: async () => ({
        status: current.status,
        problems: [],
        moves:
          current.status === 'draft'
            ? ['live', 'cancelled']
            : ['completed', 'cancelled'],
      }),
      setCampaignStatus,
    });
    expect(await screen.findByText('draft')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Go live' }));
    expect(setCampaignStatus).toHaveBeenCalledWith(
      { namespace: 'default', name: 'winter-nurture' },
      'live',
    );
    expect(await screen.findByText('live')).toBeInTheDocument();
    expect(screen.getByText(/live since 2026-12-02/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Complete' }),
    ).toBeInTheDocument();
  });

  it('names what keeps it from going live, and offers nothing to outsiders', async () => {
    await render({
      getCampaign: async () => record,
      getCampaignReadiness: async () => ({
        status: 'draft',
        problems: [consentLost],
        moves: [],
      }),
    });
    expect(
      await screen.findByText('It cannot go live now:'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`${consentLost.message} (${consentLost.code})`),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the reasons of a refusal to go live', async () => {
    const { alerts } = await render({
      getCampaign: async () => record,
      getCampaignReadiness: async () => ({
        status: 'draft',
        problems: [],
        moves: ['live', 'cancelled'],
      }),
      setCampaignStatus: async () => {
        throw new LaunchRefusedError([consentLost]);
      },
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Go live' }),
    );
    expect(await screen.findByText('Refused:')).toBeInTheDocument();
    expect(
      screen.getByText(`${consentLost.message} (${consentLost.code})`),
    ).toBeInTheDocument();
    expect(alerts[0]).toContain('The campaign did not move');
  });
});
