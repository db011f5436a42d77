// The suite in an app on Backstage's legacy frontend system (packages/app-legacy: `createApp`
// and an EntityPage.tsx wired with plugins/maas/README.md's lines only), built and served by
// scripts/e2e.sh beside the main app, against the same backend: the MaaS page's tabs and an
// entity page of each MaaS kind show their cards, and the browser logs no error.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { asDemoUser, backend, demoToken, openBrowser } from './browser.mjs';

const app = process.env.E2E_LEGACY_APP_URL ?? 'http://localhost:3001';
const shots = 'test-results/e2e/legacy-app';
mkdirSync(shots, { recursive: true });

let browser;
let page;
/** What the browser logged as an error since the current test began. */
let errors = [];

/** scripts/e2e.sh builds the app while the main app starts; wait for it to be served. */
async function waitForApp() {
  const log = 'test-results/e2e/app-legacy.log';
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(app)).ok) return;
    } catch {
      // Not served yet.
    }
    if (existsSync(log) && readFileSync(log, 'utf8').includes('build failed')) {
      break;
    }
    await new Promise(done => setTimeout(done, 2_000));
  }
  throw new Error(`the legacy app is not served on ${app} (see ${log})`);
}

before(async () => {
  await waitForApp();
  ({ browser, page } = await openBrowser());
  page.on('console', message => {
    if (message.type() === 'error') {
      errors.push(`${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', error => errors.push(String(error)));
  await page.goto(app);
  await page.getByRole('button', { name: /enter/i }).click();
  await page.getByText('Northwind Retail Catalog').waitFor();
});

after(async () => {
  await browser?.close();
});

/** A test that fails on a console error too, keeping a screenshot of the page when it fails. */
function it(name, steps) {
  const file = name.toLowerCase().replace(/[^a-z]+/g, '-');
  return test(name, async () => {
    errors = [];
    try {
      await steps();
      assert.deepEqual(errors, [], 'the browser logged errors');
    } catch (error) {
      await page
        .screenshot({ path: `${shots}/failed-${file}.png`, fullPage: true })
        .catch(() => {});
      throw error;
    }
  });
}

// Each MaaS card by its title, with something it shows only once its data has loaded.
const cards = {
  ownership: ['Ownership', /Co-owned by marketing and IT|Not co-owned/],
  reversibility: ['Reversibility', /^[0-9.]+ \/ 100$/],
  capabilities: [
    'Capabilities and overlaps',
    /No other tool in use serves it|Also served by/,
  ],
  licenceUsage: ['Licence usage', /seats in use/],
  consent: [/^(Required consent|Consent)$/, /^\d+\. [A-Z]/],
  sla: ['SLA', /Over \d+ days:|the stalest source is|No measurements yet/],
  certification: ['Certification', 'Marketing key'],
  campaign: ['Campaign experiment', /Holdout \d+ %/],
  campaignLifecycle: ['Campaign status', /Launched by /],
};

function card(title) {
  return page.locator('[class*="MuiCard-root"]').filter({
    has: page.locator('[class*="MuiCardHeader-title"]', {
      hasText: typeof title === 'string' ? new RegExp(`^${title}$`) : title,
    }),
  });
}

/** Opens an entity's page and checks that exactly the given MaaS cards show, each loaded. */
async function expectCards(path, heading, expected) {
  await page.goto(`${app}/catalog/${path}`);
  await page.getByRole('heading', { name: heading }).first().waitFor();
  for (const name of expected) {
    const [title, content] = cards[name];
    await card(title).getByText(content).first().waitFor();
  }
  for (const [name, [title]] of Object.entries(cards)) {
    if (!expected.includes(name)) {
      assert.equal(
        await card(title).count(),
        0,
        `${path} shows the ${name} card`,
      );
    }
  }
  await page.screenshot({
    path: `${shots}/${path.replace(/\//g, '-')}.png`,
    fullPage: true,
  });
}

describe('an app on the legacy frontend system', () => {
  it('shows every tab of the MaaS page', async () => {
    const tabs = [
      ['Overview', 'Ownership and SLA coverage'],
      ['Service catalogue', 'Email nurture journey'],
      ['Stack & sprawl', /Overlapping tools cost/],
      ['Vendors', /Vendors \(\d+\), least reversible first/],
      ['Ownership audit', /Findings \(\d+\)/],
      ['Decommissioning', 'Retired in the last 12 months'],
    ];
    await page.goto(`${app}/maas`);
    for (const [tab, content] of tabs) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByText(content).first().waitFor();
    }
  });

  it('shows the cards of a martech tool', () =>
    expectCards('default/martechtool/braze-engagement', 'Braze', [
      'ownership',
      'reversibility',
      'capabilities',
      'licenceUsage',
    ]));

  it('shows the cards of a vendor', () =>
    expectCards('default/vendor/braze', 'Braze, Inc.', [
      'ownership',
      'reversibility',
    ]));

  it('shows the cards of a data product', () =>
    expectCards(
      'default/dataproduct/crm-customers-consented',
      'Consented CRM customers',
      ['ownership', 'consent', 'sla'],
    ));

  it('shows the cards of an audience', () =>
    expectCards('default/audience/repeat-buyers', /^Repeat buyers/, [
      'ownership',
      'consent',
      'sla',
      'certification',
    ]));

  it('shows the cards of a campaign', async () => {
    // A campaign of its own, recorded as the scaffolder's last step would, so this suite needs
    // no other to have launched one.
    const name = `e2e-legacy-${Date.now().toString(36)}`;
    await asDemoUser('northwind.guest', 'POST', '/campaigns', {
      name,
      title: 'Legacy app campaign',
      owner: 'group:crm',
      template: 'template:email-nurture-journey',
      audience: 'audience:repeat-buyers',
      channels: ['martechtool:braze-engagement'],
      start: '2026-12-01',
      end: '2027-01-15',
      budget: { amount: 5000, currency: 'EUR' },
      experiment: { holdoutPct: 10, baselineConversionPct: 2.5 },
      kpis: ['conversion-rate', 'incremental-revenue'],
    });
    // The catalogue shows it once its provider has passed it on and the entity is processed.
    const token = await demoToken('northwind.guest');
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(
        `${backend}/api/catalog/entities/by-name/campaign/default/${name}`,
        { headers: { Authorization: `Bearer ${token}` } },
      );
      if (res.ok) break;
      assert.ok(attempt < 60, `the catalogue never showed campaign ${name}`);
      await new Promise(done => setTimeout(done, 2_000));
    }
    await expectCards(`default/campaign/${name}`, 'Legacy app campaign', [
      'ownership',
      'campaign',
      'campaignLifecycle',
    ]);
  });
});
