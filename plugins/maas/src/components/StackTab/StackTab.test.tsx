import { screen } from '@testing-library/react';
import { sprawl } from '../../__testUtils__/responses';
import { renderTab } from '../../__testUtils__/renderTab';
import { StackTab } from './StackTab';

describe('StackTab', () => {
  it('shows the overlap cost, the redundancy groups and the ranked candidates', async () => {
    await renderTab(<StackTab />, { maas: { getSprawl: async () => sprawl } });
    expect(
      await screen.findByText('Overlapping tools cost €198,000 a year'),
    ).toBeInTheDocument();
    expect(screen.getByText('Redundancy groups (1)')).toBeInTheDocument();
    expect(
      screen.getAllByText('Marketing email sending').length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByText('Decommissioning candidates (1), ranked'),
    ).toBeInTheDocument();
    expect(screen.getByText('eliminate')).toBeInTheDocument();
    expect(screen.getByText('redundant')).toBeInTheDocument();
  });

  it('shows the error message', async () => {
    await renderTab(<StackTab />, {
      maas: {
        getSprawl: async () => {
          throw new Error('sprawl unavailable');
        },
      },
    });
    expect(
      await screen.findByText('Error: sprawl unavailable'),
    ).toBeInTheDocument();
  });
});
