import { usePermission } from '@backstage/plugin-permission-react';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { plans, sprawl } from '../../__testUtils__/responses';
import { renderTab } from '../../__testUtils__/renderTab';
import { DecommissioningTab } from './DecommissioningTab';

// usePermission caches answers across renders; each test says what the user may do.
jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));
const allow = (allowed: boolean) =>
  (usePermission as jest.Mock).mockReturnValue({ loading: false, allowed });

describe('DecommissioningTab', () => {
  beforeEach(() => allow(true));

  it('shows progress against the target and the plans by state, and moves a plan', async () => {
    const updatePlan = jest.fn(async () => ({
      ...plans[0],
      state: 'in-progress' as const,
    }));
    await renderTab(<DecommissioningTab />, {
      maas: {
        getPlans: async () => ({ items: plans }),
        getSprawl: async () => sprawl,
        updatePlan,
      },
    });
    expect(
      await screen.findByText(
        '1 of 45 tools (2.2 %) against a target of 20 %: 8 more to retire',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Planned (1)')).toBeInTheDocument();
    expect(screen.getByText(/1 of 2 steps done/)).toBeInTheDocument();
    // Each step, done or to do.
    expect(screen.getByText('Export the data')).toBeInTheDocument();
    expect(screen.getByTitle('done')).toBeInTheDocument();
    expect(screen.getByTitle('to do')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(updatePlan).toHaveBeenCalledWith('p1', 3, { state: 'in-progress' });
  });

  it('shows the refusal when a plan cannot complete', async () => {
    const refused = { ...plans[0], state: 'in-progress' as const };
    const { alerts } = await renderTab(<DecommissioningTab />, {
      maas: {
        getPlans: async () => ({ items: [refused] }),
        getSprawl: async () => sprawl,
        updatePlan: async () => {
          throw new Error(
            'Plan p1 cannot complete: 1 catalogue entity still depends on martechtool:default/hotjar',
          );
        },
      },
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Complete' }),
    );
    expect(alerts).toContain(
      'Plan p1 cannot complete: 1 catalogue entity still depends on martechtool:default/hotjar',
    );
  });

  it('hides the buttons from those without the permission', async () => {
    allow(false);
    await renderTab(<DecommissioningTab />, {
      maas: {
        getPlans: async () => ({ items: plans }),
        getSprawl: async () => sprawl,
      },
    });
    expect(await screen.findByText('Planned (1)')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Start' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText('Mailchimp')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Plan its retirement/ }),
    ).not.toBeInTheDocument();
  });

  it('lists the ranked candidates with their reasons, and plans the retirement of one', async () => {
    const createPlan = jest.fn(async () => plans[0]);
    const planned = {
      ...sprawl,
      candidates: [
        ...sprawl.candidates,
        {
          ref: 'martechtool:default/hotjar',
          title: 'Hotjar',
          lifecycle: 'active',
          weight: 3,
          reasons: [
            {
              reason: 'eliminate' as const,
              detail: 'TIME disposition is eliminate',
            },
          ],
          plan: { id: 'p1', state: 'planned' as const },
        },
      ],
    };
    await renderTab(<DecommissioningTab />, {
      maas: {
        getPlans: async () => ({ items: plans }),
        getSprawl: async () => planned,
        createPlan,
      },
    });
    expect(
      await screen.findByText('Decommissioning candidates (2), ranked'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('email-sending also served by Braze'),
    ).toBeInTheDocument();
    // Hotjar has an open plan: it shows the plan, not the action.
    const hotjar = screen.getByText('Hotjar').closest('tr')!;
    expect(within(hotjar).getByText('Planned')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Plan its retirement: Hotjar' }),
    ).not.toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Plan its retirement: Mailchimp' }),
    );
    const dialog = await screen.findByRole('dialog');
    const create = within(dialog).getByRole('button', { name: 'Create plan' });
    expect(create).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText(/Target date/), {
      target: { value: '2027-06-30' },
    });
    await userEvent.click(create);
    expect(createPlan).toHaveBeenCalledWith(
      expect.objectContaining({
        tool: 'martechtool:default/mailchimp',
        targetDate: '2027-06-30',
      }),
    );
  });
});
