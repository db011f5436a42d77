import { usePermission } from '@backstage/plugin-permission-react';
import { screen } from '@testing-library/react';
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
    expect(
      screen.queryByRole('button', { name: 'Create plan' }),
    ).not.toBeInTheDocument();
  });
});
