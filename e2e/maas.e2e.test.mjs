// The three users' jobs, in a real browser, against the app started by scripts/e2e.sh.
import { after, before, describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const app = process.env.E2E_APP_URL ?? 'http://localhost:3000';
const shots = 'test-results/e2e';
mkdirSync(shots, { recursive: true });

let browser;
let page;

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(app);
  await page.getByRole('button', { name: /enter/i }).click();
  await page.getByText('Northwind Retail Catalog').waitFor();
});

after(async () => {
  await browser?.close();
});

async function openTab(name, path) {
  await page.goto(`${app}/maas${path}`);
  await page.getByRole('tab', { name }).waitFor();
}

/** Runs a test's steps, keeping a screenshot of the page when one fails. */
async function withScreenshotOnFailure(name, steps) {
  try {
    await steps();
  } catch (error) {
    await page
      .screenshot({ path: `${shots}/failed-${name}.png`, fullPage: true })
      .catch(() => {});
    throw error;
  }
}

/** `it`, keeping a screenshot of the page when the test fails. */
function itWithScreenshot(name, fn) {
  const file = name.toLowerCase().replace(/[^a-z]+/g, '-');
  return test(name, () => withScreenshotOnFailure(file, fn));
}

/** Opens the Material UI select whose label is `label`. */
async function openSelect(label) {
  await page
    .locator('[class*="MuiFormControl-root"]', { hasText: label })
    .locator('[aria-haspopup="listbox"]')
    .first()
    .click();
}

/**
 * Types into a table's search box until the expected row shows: a table that re-renders as its
 * data arrives can drop what was typed before.
 */
async function filterTable(input, text, expected) {
  for (let attempt = 0; attempt < 5; attempt++) {
    await input.fill(text);
    try {
      await expected.waitFor({ timeout: 10_000 });
      return;
    } catch {
      await input.fill('');
    }
  }
  throw new Error(`filtering by "${text}" never showed the expected row`);
}

describe('the marketing platform page', () => {
  const it = itWithScreenshot;
  it('is in the sidebar', async () => {
    await page
      .getByRole('link', { name: 'Marketing platform' })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Marketing platform' }).waitFor();
  });

  it('shows the KPIs with their definitions', async () => {
    await openTab('Overview', '');
    await page.getByText('Ownership and SLA coverage').waitFor();
    await page.getByText('Exploitable consent rate').waitFor();
    await page.screenshot({ path: `${shots}/overview.png`, fullPage: true });
  });

  it('offers the campaign templates in the service catalogue', async () => {
    await openTab('Service catalogue', '/catalogue');
    await page.getByText('Email nurture journey').first().waitFor();
    await page.getByText('SMS win-back').first().waitFor();
    await page.screenshot({
      path: `${shots}/service-catalogue.png`,
      fullPage: true,
    });
  });

  it('shows the overlaps of the stack', async () => {
    await openTab('Stack & sprawl', '/stack');
    await page.getByText(/Overlapping tools cost/).waitFor();
    await page.getByText(/Decommissioning candidates/).waitFor();
    await page.screenshot({ path: `${shots}/stack.png`, fullPage: true });
  });

  it("shows a vendor's score and Data Act checks", async () => {
    await openTab('Vendors', '/vendors');
    await filterTable(
      page.getByPlaceholder('Filter'),
      'Didomi',
      page.getByText('Didomi SAS'),
    );
    await page.getByText('Didomi SAS').click();
    await page.getByText('Didomi SAS: reversibility 98.6 / 100').waitFor();
    await page.getByText('EU Data Act switching checks').waitFor();
    await page
      .getByText(/Export API: [0-9.]+ of 15/)
      .first()
      .waitFor();
    await page.screenshot({ path: `${shots}/vendors.png`, fullPage: true });
  });

  it('lets the CMO–CIO pair record a decision on a vendor', async () => {
    await openTab('Vendors', '/vendors');
    await filterTable(
      page.getByPlaceholder('Filter'),
      'Hootsuite',
      page.getByText('Hootsuite Inc.'),
    );
    await page.getByText('Hootsuite Inc.').click();
    await openSelect('Decision');
    await page.getByRole('option', { name: 'Renegotiate' }).click();
    const note = `e2e ${Date.now()}: ask for a capped egress fee`;
    await page.getByLabel('Note').fill(note);
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText(`renegotiate — ${note}`).waitFor();
  });

  it('finds the planted audit gaps and downloads the CSV', async () => {
    await openTab('Ownership audit', '/audit');
    await page.getByText(/Findings \(\d+\)/).waitFor();
    await filterTable(
      page.getByRole('textbox', { name: 'Search' }).first(),
      'cart-abandoners',
      page.getByText(/requires TCF purposes 5/).first(),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download CSV/ }).click(),
    ]);
    const file = `${shots}/audit.csv`;
    await download.saveAs(file);
    assert.equal(
      readFileSync(file, 'utf8').split('\r\n')[0],
      'severity,rule,kind,entity,title,owner,technical_owner,must_act,message',
    );
    await page.screenshot({ path: `${shots}/audit.png`, fullPage: true });
  });

  it('shows decommissioning progress against the target', async () => {
    await openTab('Decommissioning', '/decommissioning');
    await page.getByText('Retired in the last 12 months').waitFor();
    await page.getByText(/against a target of 20 %/).waitFor();
    await page.screenshot({
      path: `${shots}/decommissioning.png`,
      fullPage: true,
    });
  });

  it('lets the platform owner plan a retirement and start it', async () => {
    await openTab('Decommissioning', '/decommissioning');
    await openSelect('Tool');
    await page.getByRole('option').first().click();
    // A date no demo plan uses, to find the new plan's card.
    const target = `2028-0${1 + (Date.now() % 9)}-17`;
    await page.getByLabel('Target date').fill(target);
    await page.getByRole('button', { name: 'Create plan' }).click();
    const plan = page
      .locator('[class*="MuiCard-root"]', { hasText: `Target ${target}` })
      .first();
    await plan.getByRole('button', { name: 'Start' }).click();
    await plan.getByRole('button', { name: 'Complete' }).waitFor();
  });
});

// The pairs the demo catalogue lets through the consent and channel checks.
const launches = [
  {
    template: 'Email nurture journey',
    audience: 'Repeat buyers',
    channel: 'Braze',
  },
  {
    template: 'Paid-social prospecting with a holdout',
    audience: 'Repeat buyers',
    channel: 'Meta Ads',
  },
  {
    template: 'Landing-page A/B test',
    audience: 'Push-engaged',
    channel: 'Optimizely Web',
  },
  {
    template: 'SMS win-back',
    audience: 'SMS win-back',
    channel: 'Attentive',
  },
];

async function pick(field, text) {
  // The scaffolder's entity pickers are Material UI autocompletes named by their form field.
  const input = page.locator(`#root_${field}`);
  await input.click();
  await input.fill(text);
  await page
    .getByRole('option', { name: new RegExp(text, 'i') })
    .first()
    .click();
}

/**
 * The catalogue shows a new campaign once it has processed and stitched it: reload until its
 * page shows the title and the MaaS campaign card.
 */
async function waitForEntityPage(title) {
  for (let attempt = 0; attempt < 24; attempt++) {
    try {
      await page
        .getByRole('heading', { name: title })
        .first()
        .waitFor({ timeout: 5_000 });
      await page.getByText('Campaign experiment').waitFor({ timeout: 10_000 });
      return;
    } catch {
      await page.reload();
    }
  }
  throw new Error(
    `the catalogue never showed "${title}" with its campaign card`,
  );
}

describe('launching campaigns from the service catalogue', () => {
  for (const launch of launches) {
    it(`launches "${launch.template}" and finds the campaign in the catalogue`, async () => {
      const slug = launch.template
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')
        .replace(/-$/, '');
      const name = `e2e-${slug}-${Date.now().toString(36)}`;
      const title = `End-to-end ${launch.template}`;
      await withScreenshotOnFailure(slug, async () => {
        await openTab('Service catalogue', '/catalogue');
        await page
          .getByRole('button', { name: `Launch ${launch.template}` })
          .click();
        await page.getByLabel('Name').fill(name);
        await page.getByLabel('Title').fill(title);
        await page.getByLabel('Start').fill('2026-12-01');
        await page.getByLabel('End').fill('2027-01-15');
        await page.getByRole('button', { name: 'Next' }).click();
        await pick('audience', launch.audience);
        await pick('channel', launch.channel);
        await page.getByRole('button', { name: 'Next' }).click();
        await page.getByRole('button', { name: 'Review' }).click();
        await page.getByRole('button', { name: 'Create' }).click();
        await page
          .getByRole('link', { name: /Open the campaign in the catalogue/ })
          .click();
        await waitForEntityPage(title);
        await page.screenshot({
          path: `${shots}/launched-${slug}.png`,
          fullPage: true,
        });
      });
    });
  }
});
