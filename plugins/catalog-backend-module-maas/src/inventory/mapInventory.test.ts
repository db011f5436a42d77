import { readFileSync } from 'node:fs';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { demoInventoryConfig } from '@internal/maas-test-utils';
import { Taxonomy } from '@maas/plugin-maas-common';
import {
  InventoryProviderConfig,
  readInventoryProviderConfigs,
} from './InventoryProviderConfig';
import { mapInventory } from './mapInventory';
import { readSpreadsheet, Sheet } from './readSpreadsheet';

const demo = demoInventoryConfig();
const taxonomy = Taxonomy.fromConfig(demo.maas.taxonomy);
const [config] = readInventoryProviderConfigs(new ConfigReader(demo));

async function sample(): Promise<Sheet> {
  return readSpreadsheet(readFileSync(config.source), config);
}

function byName(entities: Entity[]) {
  return new Map(entities.map(e => [e.metadata.name, e]));
}

/** A CSV sheet and a mapping for it, for the cases the sample does not have. */
async function csv(
  text: string,
  mapping: Record<string, any>,
): Promise<{ sheet: Sheet; config: InventoryProviderConfig }> {
  const [csvConfig] = readInventoryProviderConfigs(
    new ConfigReader({
      catalog: {
        providers: {
          maasInventory: { source: 'inventory.csv', ...mapping },
        },
      },
    }),
  );
  return {
    sheet: await readSpreadsheet(Buffer.from(text), csvConfig),
    config: csvConfig,
  };
}

describe('mapInventory on the sample spreadsheet', () => {
  it('reads the Tools sheet, one tool per good row and one vendor per vendor named', async () => {
    const sheet = await sample();
    expect(sheet.name).toBe('Tools');
    expect(sheet.rows).toHaveLength(12);
    const mapped = mapInventory(sheet, config, taxonomy);
    expect(mapped.tools).toHaveLength(11);
    expect(mapped.vendors).toHaveLength(11);
    expect(byName(mapped.tools).has('canva-teams')).toBe(false);
    // The bad row's vendor is fine, and loads.
    expect(byName(mapped.vendors).has('canva')).toBe(true);
  });

  it('reports the bad row with its row, column, cell and reason', async () => {
    const mapped = mapInventory(await sample(), config, taxonomy);
    expect(mapped.problems).toEqual([
      {
        row: 9,
        column: 'Licences active',
        cell: 'I9',
        field: 'spec.licenses.active',
        entityRef: 'martechtool:default/canva-teams',
        level: 'error',
        message:
          'spec.licenses.active must be a whole number (the cell reads "about 40")',
      },
    ]);
  });

  it('maps cells onto fields the way the YAML would say them', async () => {
    const mapped = mapInventory(await sample(), config, taxonomy);
    const hubspot = byName(mapped.tools).get('hubspot-marketing-hub')!;
    expect(hubspot.metadata).toMatchObject({
      name: 'hubspot-marketing-hub',
      namespace: 'default',
      title: 'HubSpot Marketing Hub',
    });
    expect(
      hubspot.metadata.annotations?.['backstage.io/managed-by-location'],
    ).toBe(`file:${config.source}`);
    expect(hubspot.spec).toEqual({
      vendor: 'vendor:default/hubspot',
      owner: 'group:crm',
      technicalOwner: 'group:martech-it',
      lifecycle: 'active',
      category: 'engagement',
      capabilities: ['email-sending', 'journey-orchestration', 'lead-scoring'],
      disposition: 'migrate',
      cost: { amount: 42000, currency: 'EUR' },
      licenses: { purchased: 25, active: 19 },
      personalData: true,
      dataPortability: { exportApi: 'full' },
      sla: { support: 'Business hours' },
    });
    const quantum = byName(mapped.tools).get('quantum-metric')!;
    // "Experience analytics" is the capability app-config adds; "Pilot" maps to evaluation.
    expect(quantum.spec).toMatchObject({
      capabilities: ['experience-analytics', 'session-replay'],
      lifecycle: 'evaluation',
      owner: 'group:ecommerce-marketing',
    });
    // Usercentrics has no licence counts: no licenses field at all.
    expect(byName(mapped.tools).get('usercentrics')!.spec).not.toHaveProperty(
      'licenses',
    );
    expect(byName(mapped.tools).get('mailjet')!.spec!.lifecycle).toBe(
      'sunsetting',
    );
  });

  it('makes one vendor of the rows that name it, contract dates from date cells', async () => {
    const mapped = mapInventory(await sample(), config, taxonomy);
    expect(byName(mapped.vendors).get('hubspot')).toMatchObject({
      kind: 'Vendor',
      metadata: { name: 'hubspot', title: 'HubSpot' },
      spec: {
        owner: 'group:marketing-ops',
        technicalOwner: 'group:martech-it',
        contract: { end: '2027-03-31', noticeDays: 60, renewal: 'auto' },
      },
    });
    expect(
      byName(mapped.vendors).get('quantum-metric')!.spec!.contract,
    ).toEqual({ end: '2027-06-30', noticeDays: 90, renewal: 'manual' });
  });

  it('gives the same entities every time: names come from the rows', async () => {
    const first = mapInventory(await sample(), config, taxonomy);
    const second = mapInventory(await sample(), config, taxonomy);
    expect(second).toEqual(first);
  });

  it('without the configured taxonomy, refuses the capability config added', async () => {
    const mapped = mapInventory(await sample(), config, Taxonomy.builtIn());
    expect(mapped.problems.map(p => [p.row, p.cell, p.field])).toEqual([
      [4, 'D4', 'spec.capabilities[0]'],
      [9, 'I9', 'spec.licenses.active'],
    ]);
  });
});

describe('mapInventory on other sheets', () => {
  const saasMapping = {
    defaults: { owner: 'group:marketing-ops' },
    tools: {
      columns: {
        title: 'Application Name',
        vendor: 'Vendor',
        category: 'Category',
        capabilities: 'Custom: Capabilities',
        lifecycle: 'Status',
        cost: { amount: 'Annual Spend', currency: 'Currency' },
        licenses: { purchased: 'Licenses', active: 'Active Users' },
        owner: 'App Owner',
      },
      values: {
        lifecycle: {
          Active: 'active',
          'Under review': 'evaluation',
          Cancelled: 'sunsetting',
        },
      },
    },
    vendors: { columns: { contract: { end: 'Renewal Date' } } },
  };

  it('reads the sample SaaS-management export with its own column names', async () => {
    const { sheet, config: saas } = await csv(
      readFileSync(
        config.source.replace(
          'martech-inventory.xlsx',
          'saas-management-export.csv',
        ),
        'utf8',
      ),
      saasMapping,
    );
    const mapped = mapInventory(sheet, saas, taxonomy);
    expect(mapped.problems).toEqual([]);
    expect(
      mapped.tools.map(t => [
        t.metadata.name,
        t.spec!.lifecycle,
        t.spec!.capabilities,
        t.spec!.cost,
      ]),
    ).toEqual([
      [
        'typeform',
        'active',
        ['customer-surveys'],
        { amount: 4800, currency: 'EUR' },
      ],
      [
        'miro',
        'active',
        ['campaign-planning'],
        { amount: 7200, currency: 'EUR' },
      ],
      [
        'unbounce',
        'evaluation',
        ['web-content-management', 'ab-testing'],
        { amount: 5400, currency: 'USD' },
      ],
      [
        'semrush',
        'sunsetting',
        ['paid-search'],
        { amount: 3600, currency: 'USD' },
      ],
    ]);
    expect(byName(mapped.vendors).get('unbounce')!.spec!.contract).toEqual({
      end: '2027-01-20',
    });
  });

  it('reports a field no column or default gives, naming where to map it', async () => {
    const { sheet, config: c } = await csv('Tool\nBraze\n', {
      tools: { columns: { title: 'Tool' } },
    });
    const mapped = mapInventory(sheet, c, taxonomy);
    expect(mapped.tools).toEqual([]);
    expect(mapped.problems.map(p => p.message)).toContain(
      'spec.capabilities is required (no column gives it: map one under catalog.providers.maasInventory.tools.columns, or set a default)',
    );
    expect(mapped.problems.every(p => p.row === 2 && !p.column)).toBe(true);
  });

  it('reports a repeated tool, a vendor whose rows disagree, and an empty name', async () => {
    const { sheet, config: c } = await csv(
      [
        'Tool,Vendor,Category,Capabilities,Contract end',
        'Braze,Braze,engagement,email-sending,2027-01-31',
        'braze,Braze,engagement,push-notifications,2027-01-31',
        ',Braze,engagement,sms-messaging,',
        'Braze Canvas,Braze,engagement,journey-orchestration,2027-06-30',
      ].join('\n'),
      {
        defaults: { owner: 'group:crm', lifecycle: 'active' },
        tools: {
          columns: {
            title: 'Tool',
            vendor: 'Vendor',
            category: 'Category',
            capabilities: 'Capabilities',
          },
        },
        vendors: { columns: { contract: { end: 'Contract end' } } },
      },
    );
    const mapped = mapInventory(sheet, c, taxonomy);
    expect(mapped.tools.map(t => t.metadata.name)).toEqual([
      'braze',
      'braze-canvas',
    ]);
    expect(mapped.problems.map(p => [p.row, p.cell, p.level])).toEqual([
      [3, 'A3', 'error'],
      [4, 'A4', 'error'],
      [5, 'E5', 'warning'],
    ]);
    expect(mapped.problems[0].message).toContain(
      'names the tool "braze" again: row 2 already does',
    );
    expect(mapped.problems[2].message).toBe(
      'vendor "braze": contract.end reads "2027-06-30" here but "2027-01-31" on row 2; row 2\'s is kept',
    );
    expect(mapped.vendors).toHaveLength(1);
    expect(mapped.vendors[0].spec!.contract).toEqual({ end: '2027-01-31' });
  });

  it('fails the whole import when a mapped column is missing, listing the headers it has', async () => {
    const { sheet, config: c } = await csv('Name,Vendor\nBraze,Braze\n', {
      tools: { columns: { title: 'Tool', vendor: 'Vendor' } },
    });
    expect(() => mapInventory(sheet, c, taxonomy)).toThrow(
      'the file has no column "Tool" (tools.columns.title); its row 1 has: "Name", "Vendor"',
    );
  });

  it('reads money, numbers and booleans as people write them', async () => {
    const { sheet, config: c } = await csv(
      [
        'Tool;Vendor;Kind;Does;Cost;Seats;Used;PII',
        'Klaviyo;Klaviyo;ESP;Email sending;EUR 12.500,50;1 200;"1,100";yes',
        'Attentive;Attentive;ESP;SMS messaging;$9,000;40;35;No',
        'Jasper;Jasper;Marketing AI;Generative content;lots;40;35;maybe',
      ].join('\n'),
      {
        delimiter: ';',
        defaults: { owner: 'group:crm', lifecycle: 'active', currency: 'EUR' },
        tools: {
          columns: {
            title: 'Tool',
            vendor: 'Vendor',
            category: 'Kind',
            capabilities: 'Does',
            cost: 'Cost',
            licenses: { purchased: 'Seats', active: 'Used' },
            personalData: 'PII',
          },
        },
      },
    );
    const mapped = mapInventory(sheet, c, taxonomy);
    expect(mapped.tools.map(t => t.spec)).toEqual([
      {
        vendor: 'vendor:default/klaviyo',
        owner: 'group:crm',
        lifecycle: 'active',
        category: 'engagement',
        capabilities: ['email-sending'],
        cost: { amount: 12500.5, currency: 'EUR' },
        licenses: { purchased: 1200, active: 1100 },
        personalData: true,
      },
      {
        vendor: 'vendor:default/attentive',
        owner: 'group:crm',
        lifecycle: 'active',
        category: 'engagement',
        capabilities: ['sms-messaging'],
        cost: { amount: 9000, currency: 'USD' },
        licenses: { purchased: 40, active: 35 },
        personalData: false,
      },
    ]);
    const problems = mapped.problems.map(
      p => `${p.row} ${p.cell} ${p.message}`,
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^4 E4 spec.cost.amount must be a number/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^4 H4 spec.personalData must be true or false/),
    );
  });
});
