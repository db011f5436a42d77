import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Taxonomy } from '@maas/plugin-maas-common';
import { inventoryImports, sprawl } from '../../__testUtils__/responses';
import { budget } from '../../__testUtils__/intakeResponses';
import { renderTab } from '../../__testUtils__/renderTab';
import { byToolsThenTitle } from './OverlapChart';
import { StackTab } from './StackTab';

// The tab's inventory import card and budget view ask for theirs on every render.
const answers = {
  getInventoryImports: async () => ({ items: inventoryImports }),
  getBudget: async () => budget,
};

describe('StackTab', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows the overlap cost, every capability in a table and the ranked candidates', async () => {
    await renderTab(<StackTab />, {
      maas: { ...answers, getSprawl: async () => sprawl },
    });
    expect(
      await screen.findByText('Overlapping tools cost €198,000 a year'),
    ).toBeInTheDocument();
    expect(await screen.findByText('65.5 % co-funded')).toBeInTheDocument();
    expect(
      screen.getByText('Capabilities served by more than one tool in use (1)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Capabilities in use (2)')).toBeInTheDocument();
    expect(
      screen.getAllByText('Marketing email sending').length,
    ).toBeGreaterThan(0);
    // A capability one tool serves is in the table, with that tool's cost.
    const single = screen.getByText('Loyalty programme').closest('tr')!;
    expect(within(single).getByText('Talon.One')).toBeInTheDocument();
    expect(within(single).getByText('€60,000')).toBeInTheDocument();
    expect(
      screen.getByText('Decommissioning candidates (1), ranked'),
    ).toBeInTheDocument();
    expect(screen.getByText('eliminate')).toBeInTheDocument();
    expect(screen.getByText('redundant')).toBeInTheDocument();
    // The inventory import's result, its bad row included.
    expect(await screen.findByText('Inventory import')).toBeInTheDocument();
    expect(await screen.findByText('I9')).toBeInTheDocument();
  });

  it('names every bar of both charts', async () => {
    const licences = Array.from({ length: 30 }, (_, i) => ({
      ref: `martechtool:default/tool-${i}`,
      title: `Tool number ${i} with a rather long product name`,
      purchased: 100,
      active: i,
      utilisationPct: i,
      source: 'catalogue' as const,
      unusedSeats: 100 - i,
    }));
    // jsdom lays nothing out: the charts' containers measure as 600 px wide here.
    jest
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue({ width: 600, height: 1200 } as DOMRect);
    await renderTab(<StackTab />, {
      maas: { ...answers, getSprawl: async () => ({ ...sprawl, licences }) },
    });
    const chart = await screen.findByTestId('licence-chart');
    for (const l of licences) {
      expect(chart.textContent).toContain(`Tool number ${l.active} with`);
    }
    expect(screen.getByTestId('overlap-chart').textContent).toContain(
      'Marketing email sending',
    );
  });

  it('finds the capabilities of a tool by its name', async () => {
    await renderTab(<StackTab />, {
      maas: { ...answers, getSprawl: async () => sprawl },
    });
    const [search] = await screen.findAllByPlaceholderText('Filter');
    await userEvent.type(search, 'talon');
    const table = () => screen.getByText('Loyalty programme').closest('table')!;
    await waitFor(() =>
      expect(
        within(table()).queryByText('Marketing email sending'),
      ).not.toBeInTheDocument(),
    );
    expect(within(table()).getByText('Talon.One')).toBeInTheDocument();
  });

  it('names a category that maas.taxonomy adds by its title', async () => {
    const taxonomy = Taxonomy.fromConfig({
      categories: [{ id: 'digital-experience', title: 'Digital experience' }],
      capabilities: [
        {
          id: 'experience-analytics',
          title: 'Experience analytics',
          category: 'digital-experience',
        },
      ],
    }).toDocument();
    await renderTab(<StackTab />, {
      maas: {
        ...answers,
        getTaxonomy: async () => taxonomy,
        getSprawl: async () => ({
          ...sprawl,
          capabilities: [
            {
              capability: 'experience-analytics',
              title: 'Experience analytics',
              category: 'digital-experience',
              tools: sprawl.capabilities[0].tools,
            },
          ],
        }),
      },
    });
    expect(await screen.findByText('Digital experience')).toBeInTheDocument();
  });

  it('says so when no capability has more than one tool', async () => {
    await renderTab(<StackTab />, {
      maas: {
        ...answers,
        getSprawl: async () => ({
          ...sprawl,
          redundancyGroups: [],
          overlapCost: [],
        }),
      },
    });
    expect(
      await screen.findByText(
        'No capability is served by more than one tool in use.',
      ),
    ).toBeInTheDocument();
  });

  it('orders the overlaps by their number of tools, then by title', () => {
    const group = (title: string, tools: number) => ({
      ...sprawl.redundancyGroups[0],
      title,
      tools: sprawl.redundancyGroups[0].tools
        .slice(0, 1)
        .concat(
          Array.from(
            { length: tools - 1 },
            () => sprawl.redundancyGroups[0].tools[1],
          ),
        ),
    });
    const sorted = [group('B', 2), group('C', 3), group('A', 2)]
      .sort(byToolsThenTitle)
      .map(g => g.title);
    expect(sorted).toEqual(['C', 'A', 'B']);
  });

  it('shows the error message', async () => {
    await renderTab(<StackTab />, {
      maas: {
        ...answers,
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
