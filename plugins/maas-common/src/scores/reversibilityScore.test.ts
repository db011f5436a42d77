import type { MartechToolEntity } from '../kinds/MartechTool';
import type { VendorEntity } from '../kinds/Vendor';
import {
  defaultReversibilitySettings,
  ReversibilitySettings,
  scoreTool,
  scoreVendor,
} from './reversibilityScore';

function tool(name: string, dataPortability?: object): MartechToolEntity {
  return {
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'MartechTool',
    metadata: { name },
    spec: {
      vendor: 'vendor:v',
      owner: 'group:crm',
      category: 'engagement',
      capabilities: ['email-sending'],
      lifecycle: 'active',
      ...(dataPortability ? { dataPortability } : {}),
    },
  } as MartechToolEntity;
}

function vendor(contract?: object): VendorEntity {
  return {
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'Vendor',
    metadata: { name: 'v' },
    spec: { owner: 'group:procurement', ...(contract ? { contract } : {}) },
  } as VendorEntity;
}

const open = tool('open', {
  exportApi: 'full',
  bulkExport: true,
  formats: ['csv', 'json'],
  openStandards: ['Apache Parquet'],
  selfService: true,
  documentedSchema: true,
});
const closed = tool('closed', {
  exportApi: 'none',
  bulkExport: false,
  formats: ['pdf'],
  openStandards: [],
  selfService: false,
  documentedSchema: false,
});
const goodContract = vendor({
  noticeDays: 30,
  exitClause: true,
  dataReturn: { clause: true, withinDays: 30, assistance: 'included' },
  deletionCertificate: true,
  egressFees: 'none',
});
const badContract = vendor({
  noticeDays: 180,
  exitClause: false,
  dataReturn: { clause: false },
  deletionCertificate: false,
  egressFees: 'uncapped',
});

describe('scoreTool', () => {
  it('gives 100 to a fully portable tool on a clean contract with no dependents', () => {
    const result = scoreTool(open, goodContract, 0);
    expect(result.score).toBe(100);
    expect(result.criteria.every(c => c.points === c.maxPoints)).toBe(true);
  });

  it('leaves only the dependency points to a closed tool on a bad contract', () => {
    // Default weights sum to 100, so points equal weights: dependencies 15 × 10/(10+0) = 15.
    expect(scoreTool(closed, badContract, 0).score).toBe(15);
    // 10 dependents halve the dependency value: 7.5.
    expect(scoreTool(closed, badContract, 10).score).toBe(7.5);
  });

  it('shows each criterion with its points and why', () => {
    const { criteria } = scoreTool(
      tool('partial', {
        exportApi: 'partial',
        bulkExport: true,
        formats: ['csv'],
        openStandards: [],
        selfService: false,
        documentedSchema: true,
      }),
      vendor({ noticeDays: 105, egressFees: 'capped' }),
      5,
    );
    const byName = Object.fromEntries(criteria.map(c => [c.criterion, c]));
    expect(byName.exportApi).toMatchObject({
      value: 0.5,
      points: 7.5,
      detail: 'partial export API',
    });
    expect(byName.openFormats).toMatchObject({ value: 0.5, points: 5 });
    expect(byName.noticePeriod).toMatchObject({
      value: 0.5,
      points: 2.5,
      detail: "105 days' notice",
    });
    expect(byName.egressFees).toMatchObject({ value: 0.5, points: 5 });
    expect(byName.exitClause).toMatchObject({
      value: null,
      points: 0,
      detail: 'exit clause not declared',
    });
    expect(byName.dependencies).toMatchObject({ value: 0.667, points: 10 });
  });

  it('counts undeclared criteria as zero', () => {
    expect(scoreTool(tool('silent'), vendor(), 0).score).toBe(15);
  });

  it('follows the configured weights', () => {
    // A tool that exports well from a vendor with a bad contract, against one that exports
    // badly from a vendor with a good contract.
    const a = () => scoreTool(open, badContract, 0).score;
    const b = () => scoreTool(closed, goodContract, 0).score;
    expect(a()).toBeGreaterThan(b());
    const contractHeavy: ReversibilitySettings = {
      ...defaultReversibilitySettings,
      weights: {
        ...defaultReversibilitySettings.weights,
        exitClause: 40,
        dataReturn: 40,
      },
    };
    expect(scoreTool(open, badContract, 0, contractHeavy).score).toBeLessThan(
      scoreTool(closed, goodContract, 0, contractHeavy).score,
    );
  });
});

describe('scoreVendor', () => {
  it('takes each portability criterion from its weakest tool', () => {
    const result = scoreVendor(
      goodContract,
      [
        { ref: 'martechtool:default/open', tool: open },
        { ref: 'martechtool:default/closed', tool: closed },
      ],
      0,
    );
    const exportApi = result.criteria.find(c => c.criterion === 'exportApi')!;
    expect(exportApi).toMatchObject({
      value: 0,
      source: 'martechtool:default/closed',
    });
    // Only the contract (40) and dependency (15) points remain.
    expect(result.score).toBe(55);
    // An average of the two tools' scores would have said 77.5.
    const average =
      (scoreTool(open, goodContract, 0).score +
        scoreTool(closed, goodContract, 0).score) /
      2;
    expect(average).toBe(77.5);
  });

  it('scores the portability of a vendor without tools as unknown', () => {
    const result = scoreVendor(goodContract, [], 0);
    expect(
      result.criteria.find(c => c.criterion === 'bulkExport'),
    ).toMatchObject({
      value: null,
      detail: 'no tools in use',
    });
  });
});
