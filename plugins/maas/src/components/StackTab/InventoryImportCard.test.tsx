import { usePermission } from '@backstage/plugin-permission-react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InventoryImportResult } from '@maas/plugin-maas-common';
import { renderTab } from '../../__testUtils__/renderTab';
import { inventoryImports } from '../../__testUtils__/responses';
import { InventoryImportCard } from './InventoryImportCard';

// usePermission caches answers across renders; each test says what the user may do.
jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));
const allow = (allowed: boolean) =>
  (usePermission as jest.Mock).mockReturnValue({ loading: false, allowed });

describe('InventoryImportCard', () => {
  beforeEach(() => allow(true));

  it('shows what the last import loaded and the row it could not, with its cell and column', async () => {
    await renderTab(<InventoryImportCard />, {
      maas: { getInventoryImports: async () => ({ items: inventoryImports }) },
    });
    expect(
      await screen.findByText(
        'nordics: martech-inventory.xlsx (Tools) — imported, some rows not loaded',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /12 rows read: 11 tools and 11 vendors in the catalogue, 1 problem/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('I9')).toBeInTheDocument();
    expect(screen.getByText('Licences active')).toBeInTheDocument();
    expect(
      screen.getByText(
        'spec.licenses.active must be a whole number (the cell reads "about 40")',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('not loaded')).toBeInTheDocument();
  });

  it('runs the import on request and shows the new result when it comes', async () => {
    const fixed: InventoryImportResult = {
      ...inventoryImports[0],
      finishedAt: '2999-01-01T00:00:00.000Z',
      status: 'imported',
      entities: { vendors: 11, tools: 12 },
      problems: [],
      problemCount: 0,
    };
    let answers = [inventoryImports[0]];
    const requestInventoryImport = jest.fn(async () => {
      answers = [fixed];
      return {
        requestedBy: 'user:default/guest',
        requestedAt: new Date().toISOString(),
      };
    });
    const { alerts } = await renderTab(<InventoryImportCard />, {
      maas: {
        getInventoryImports: async () => ({ items: answers }),
        requestInventoryImport,
      },
    });
    await userEvent.click(await screen.findByText('Import now'));
    expect(requestInventoryImport).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText(
        'nordics: martech-inventory.xlsx (Tools) — imported',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/12 tools and 11 vendors/)).toBeInTheDocument();
    expect(screen.queryByText('I9')).not.toBeInTheDocument();
    expect(alerts).toEqual([
      'Import requested: the result shows here when it is done',
    ]);
  });

  it('offers no button to those without maas.inventory.import', async () => {
    allow(false);
    await renderTab(<InventoryImportCard />, {
      maas: { getInventoryImports: async () => ({ items: inventoryImports }) },
    });
    expect(await screen.findByText('I9')).toBeInTheDocument();
    expect(screen.queryByText('Import now')).not.toBeInTheDocument();
  });

  it('says so when no import has run, and why a failed one read nothing', async () => {
    await renderTab(<InventoryImportCard />, {
      maas: { getInventoryImports: async () => ({ items: [] }) },
    });
    expect(
      await screen.findByText('No inventory import has run yet'),
    ).toBeInTheDocument();

    await renderTab(<InventoryImportCard />, {
      maas: {
        getInventoryImports: async () => ({
          items: [
            {
              ...inventoryImports[0],
              status: 'failed',
              problems: [],
              problemCount: 0,
              error: 'the workbook has no worksheet "Tools"',
            },
          ],
        }),
      },
    });
    expect(
      await screen.findByText(/the workbook has no worksheet "Tools"/),
    ).toBeInTheDocument();
  });
});
