// The three users' jobs, in a real browser, against the app started by scripts/e2e.sh.
import { after, before, describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import {
  app,
  asDemoUser,
  openBrowser,
  screenshotOnFailure,
  signInAsGuest,
} from './browser.mjs';

const shots = 'test-results/e2e';
mkdirSync(shots, { recursive: true });

let browser;
let page;

before(async () => {
  ({ browser, page } = await openBrowser());
  await signInAsGuest(page);
});

after(async () => {
  await browser?.close();
});

async function openTab(name, path) {
  await page.goto(`${app}/maas${path}`);
  await page.getByRole('tab', { name }).waitFor();
}

/** Runs a test's steps, keeping a screenshot of the page when one fails. */
const withScreenshotOnFailure = (name, steps) =>
  screenshotOnFailure(page, shots, name, steps);

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
    // Each title shows twice: the tile's, and its link to the glossary term.
    await page.getByText('Ownership and SLA coverage').first().waitFor();
    await page.getByText('Exploitable consent rate').first().waitFor();
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
      page.getByRole('cell', { name: 'Didomi SAS' }),
    );
    // The table's cell: the renewal calendar below names vendors too.
    await page.getByRole('cell', { name: 'Didomi SAS' }).click();
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
      page.getByRole('cell', { name: 'Hootsuite Inc.' }),
    );
    await page.getByRole('cell', { name: 'Hootsuite Inc.' }).click();
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
    // The findings table's search box (the ownership matrix has one too).
    const findings = page
      .locator('[class*="MuiPaper-root"]')
      .filter({ has: page.getByText(/^Findings \(/) })
      .last();
    await filterTable(
      findings.getByRole('textbox', { name: 'Search' }),
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
    // The best-ranked candidate without a plan.
    await page
      .getByRole('button', { name: /^Plan its retirement: / })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    // A date no demo plan uses, to find the new plan's card.
    const target = `2028-0${1 + (Date.now() % 9)}-17`;
    await dialog.getByLabel('Target date').fill(target);
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    const plan = page
      .locator('[class*="MuiCard-root"]', { hasText: `Target ${target}` })
      .first();
    await plan.getByRole('button', { name: 'Start' }).click();
    await plan.getByRole('button', { name: 'Complete' }).waitFor();
  });
});

describe('the shared glossary', () => {
  const it = itWithScreenshot;
  it('finds a term by its synonym in the Glossary tab and opens it', async () => {
    await openTab('Glossary', '/glossary');
    await page.getByText(/^Glossary \(\d+ of \d+ terms\)$/).waitFor();
    await page.getByRole('link', { name: 'Active customer' }).waitFor();
    await page.screenshot({ path: `${shots}/glossary.png`, fullPage: true });
    await page.getByLabel('Search by title or synonym').fill('MQL');
    await page.getByText(/^Glossary \(1 of \d+ terms\)$/).waitFor();
    await page.getByRole('link', { name: 'Marketing-qualified lead' }).click();
    await page
      .getByRole('heading', { name: 'Marketing-qualified lead' })
      .first()
      .waitFor();
    await page.getByText('Glossary term', { exact: true }).waitFor();
    await page
      .getByText(
        'A prospect whose lead score in the CRM reached 60 (fit and engagement) and who opted in to be contacted, handed to sales.',
      )
      .waitFor();
    await page
      .getByRole('link', { name: 'Salesforce Sales Cloud' })
      .first()
      .waitFor();
    await page.getByText(/^Replaces/).waitFor();
    await page.screenshot({
      path: `${shots}/glossary-term.png`,
      fullPage: true,
    });
  });

  it('follows a KPI tile to the term it computes', async () => {
    await openTab('Overview', '');
    await page
      .getByRole('link', { name: 'Ownership and SLA coverage' })
      .click();
    await page
      .getByRole('heading', { name: 'Ownership and SLA coverage' })
      .first()
      .waitFor();
    await page.getByText(/^KPI Ownership and SLA coverage: /).waitFor();
    await page.getByText('Co-owned by marketing and IT').waitFor();
  });
});

describe('two-key certification', () => {
  const it = itWithScreenshot;
  it('shows the keys the start command turned, and lets the guest turn the marketing key', async () => {
    // New-store catchment belongs to Marketing Operations, the guest's team. Its demo marketing
    // key holder withdraws the key, so the guest can turn it again in the browser.
    await asDemoUser(
      'sofia.marino',
      'DELETE',
      '/audiences/default/new-store-catchment/certification/marketing',
    );
    await page.goto(`${app}/catalog/default/audience/new-store-catchment`);
    await page.getByText('Certification incomplete').waitFor();
    await page
      .getByText(/user:default\/raj\.patel \(group:default\/data-platform\)/)
      .waitFor();
    await page.getByRole('button', { name: 'Certify as marketing' }).click();
    await page.getByText(/^Certified until \d{4}-\d{2}-\d{2}$/).waitFor();
    await page
      .getByText(
        /user:default\/northwind\.guest \(group:default\/marketing-ops\)/,
      )
      .waitFor();
    await page.screenshot({
      path: `${shots}/certification.png`,
      fullPage: true,
    });
  });
});

// The KPIs of DESIGN.md's table the platform computes (maas-common's builtInKpiTerms names each).
const BUILT_IN_KPIS = 13;

describe('campaign readouts', () => {
  const it = itWithScreenshot;
  it('shows every KPI with a value on a fresh start', async () => {
    await openTab('Overview', '');
    // The tile's title, and its term's link below it.
    await page.getByText('CAC and LTV per segment').first().waitFor();
    // The catalogue shows the demo's campaigns a moment after maas-backend records them.
    let tiles = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      tiles = await page.$$eval('[aria-label$=" value"]', els =>
        els.map(e => [e.getAttribute('aria-label'), e.textContent]),
      );
      if (
        tiles.length === BUILT_IN_KPIS &&
        tiles.every(([, v]) => v !== 'No data')
      ) {
        break;
      }
      await page.waitForTimeout(5_000);
      await page.reload();
      await page.getByText('CAC and LTV per segment').first().waitFor();
    }
    assert.deepEqual(
      tiles.filter(([, v]) => v === 'No data').map(([label]) => label),
      [],
    );
    assert.equal(tiles.length, BUILT_IN_KPIS);
    await page.getByText(/^Benchmark 3 : 1/).waitFor();
    await page.screenshot({ path: `${shots}/kpis.png`, fullPage: true });
  });

  it('lists every campaign with its verdict and lift intervals, by team', async () => {
    await openTab('Campaign readouts', '/readouts');
    await page
      .getByRole('link', { name: 'Autumn reactivation email journey' })
      .waitFor();
    for (const verdict of [
      'Positive',
      'Inconclusive',
      'Negative',
      'Insufficient data',
      'Invalid split',
    ]) {
      await page.getByText(verdict, { exact: true }).first().waitFor();
    }
    await page
      .getByRole('img', {
        name: /^B: -\d+ % \(95 % interval -\d+ % to -\d+ %\)$/,
      })
      .waitFor();
    await page.screenshot({ path: `${shots}/readouts.png`, fullPage: true });
    await openSelect('Team');
    await page.getByRole('option', { name: 'performance-media' }).click();
    await page.getByText('Campaigns (1)').waitFor();
    await page
      .getByRole('link', { name: 'Black Friday paid social' })
      .waitFor();
  });

  it('opens a readout on the campaign page', async () => {
    await page.goto(`${app}/catalog/default/campaign/checkout-landing-ab`);
    await page.getByText('Campaign readout', { exact: true }).waitFor();
    await page.getByText(/B converted \d+ % less than the holdout/).waitFor();
    await page
      .getByText(/Split check \(sample-ratio mismatch\): as planned/)
      .waitFor();
    await page.getByTestId('readout-cumulative-rates').waitFor();
    await page
      .getByRole('table', { name: 'Comparisons with the control' })
      .waitFor();
    await page.screenshot({ path: `${shots}/readout.png`, fullPage: true });
  });

  it('uploads results as CSV from the campaign page, refusing a file with a bad line whole', async () => {
    await page.goto(`${app}/catalog/default/campaign/winter-sms-win-back`);
    await page.getByText('Insufficient data', { exact: true }).waitFor();
    const today = new Date().toISOString().slice(0, 10);
    const header = 'day,arm,users,conversions,revenue,spend,newCustomers';
    const upload = lines =>
      page.locator('input[type="file"]').setInputFiles({
        name: 'results.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from([header, ...lines].join('\n')),
      });
    const treated = `${today},treatment,2700,150,9000,675,15`;
    await upload([treated, `${today},holdout,lots,14,840,0,1`]);
    await page
      .getByText(
        /The results were not uploaded: Invalid results CSV: line 3, users: must be a number, got "lots"/,
      )
      .waitFor();
    await upload([treated, `${today},holdout,300,14,840,0,1`]);
    await page
      .getByText('Results uploaded: 2 rows, 2 new, 0 corrected, 0 unchanged')
      .waitFor();
    // Read again: both arms now have enough conversions, up to today.
    await page.getByText(new RegExp(` to ${today}\\.$`)).waitFor();
    assert.equal(
      await page.getByText('Insufficient data', { exact: true }).count(),
      0,
    );
    await page.screenshot({ path: `${shots}/upload.png`, fullPage: true });
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

/** The names of the campaigns the launches below recorded. */
const launched = [];

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
        launched.push(name);
        await page.screenshot({
          path: `${shots}/launched-${slug}.png`,
          fullPage: true,
        });
      });
    });
  }

  it('takes a launched campaign live from its page', async () => {
    assert.ok(launched.length > 0, 'no campaign was launched');
    await withScreenshotOnFailure('go-live', async () => {
      await page.goto(`${app}/catalog/default/campaign/${launched[0]}`);
      await page.getByText('Campaign status').waitFor();
      await page.getByRole('heading', { name: 'draft', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Go live' }).click();
      await page.getByRole('heading', { name: 'live', exact: true }).waitFor();
      await page.getByText(/live since \d{4}-\d{2}-\d{2}/).waitFor();
      await page.getByRole('button', { name: 'Cancel' }).waitFor();
      await page.screenshot({ path: `${shots}/live.png`, fullPage: true });
    });
  });
});
