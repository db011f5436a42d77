// Readable at a glance: every tab of the marketing platform page, and the MaaS entity cards, at
// 1280 and 1920 pixels wide in Backstage's light and dark themes. On each: no text cut at its
// box's edge, no chart label overlapping another or running out of its chart, an accessibility
// scan (axe-core) with no serious or critical violation, and a full-page screenshot kept in
// test-results/e2e/readable/. The tabs are read from the page, so a tab added later is covered.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { app, backend, demoToken, signInAsGuest } from './browser.mjs';
import { launchChromium } from './chromium.mjs';

const shots = 'test-results/e2e/readable';
mkdirSync(shots, { recursive: true });

const widths = [1280, 1920];
const themes = ['light', 'dark'];

/** One entity of each MaaS kind of the demo, with the cards its page shows. */
const entities = [
  { path: 'vendor/didomi', cards: ['Ownership', 'Reversibility'] },
  {
    path: 'martechtool/braze-engagement',
    cards: ['Ownership', 'Reversibility', 'Capabilities and overlaps'],
  },
  {
    path: 'dataproduct/crm-customers-consented',
    cards: ['Ownership', 'Consent', 'SLA'],
  },
  {
    path: 'audience/repeat-buyers',
    cards: ['Ownership', 'Required consent', 'SLA', 'Certification'],
  },
];

const slug = text =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

/** Waits until the page has its data: no request under way and no progress bar left. */
async function settle(page) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="progress"]'),
  );
}

/** Text that its box cuts: clipped with an ellipsis, or kept on one line and hidden past the edge. */
function cutTexts(page) {
  return page.evaluate(() => {
    const cut = [];
    // The page's content and the sidebar; the header bar above the content is Backstage's own.
    const elements = [...document.querySelectorAll('main, nav')].flatMap(
      root => [...root.querySelectorAll('*')],
    );
    for (const el of elements) {
      // Tabs scroll sideways with buttons of their own: nothing is lost there.
      if (el.closest('[role="tablist"]')) continue;
      const text = el.textContent?.trim();
      if (!text || el.clientWidth === 0) continue;
      const style = getComputedStyle(el);
      const clips =
        style.textOverflow === 'ellipsis' ||
        (style.whiteSpace === 'nowrap' &&
          (style.overflowX === 'hidden' || style.overflowX === 'clip'));
      if (clips && el.scrollWidth > el.clientWidth + 1) {
        cut.push(
          `${text.slice(0, 80)} (${el.scrollWidth} px in ${el.clientWidth})`,
        );
      }
    }
    return [...new Set(cut)];
  });
}

/**
 * The category labels of every bar chart: how many there are, how many rows of bars they name
 * (stacked bars share a row), and those that overlap another or run out of the chart.
 */
function chartLabels(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.recharts-wrapper')].map(chart => {
      // The chart's own surface is its largest svg: the legend's icons are svgs too, and where
      // the legend lands in the wrapper depends on when it rendered.
      const surface = [...chart.querySelectorAll('svg')]
        .map(svg => svg.getBoundingClientRect())
        .reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
      const labels = [
        ...chart.querySelectorAll('.recharts-yAxis-tick-labels text'),
      ].map(t => ({ text: t.textContent, box: t.getBoundingClientRect() }));
      const bars = new Set(
        [...chart.querySelectorAll('.recharts-bar-rectangle')].map(bar => {
          const box = bar.getBoundingClientRect();
          return Math.round(box.top + box.height / 2);
        }),
      ).size;
      const problems = [];
      labels.forEach((a, i) => {
        if (a.box.left < surface.left - 1 || a.box.right > surface.right + 1) {
          problems.push(`"${a.text}" runs out of its chart`);
        }
        for (const b of labels.slice(i + 1)) {
          const apart =
            a.box.bottom <= b.box.top + 0.5 ||
            b.box.bottom <= a.box.top + 0.5 ||
            a.box.right <= b.box.left + 0.5 ||
            b.box.right <= a.box.left + 0.5;
          if (!apart) problems.push(`"${a.text}" overlaps "${b.text}"`);
        }
      });
      return { labels: labels.length, bars, problems };
    }),
  );
}

/** The serious and critical accessibility violations on the page, kept as JSON beside the shots. */
async function accessibilityViolations(page, name) {
  const results = await new AxeBuilder({ page }).analyze();
  writeFileSync(
    `${shots}/axe-${name}.json`,
    JSON.stringify(results.violations, null, 2),
  );
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(
      v =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map(n => n.target.join(' '))
          .join('; ')})`,
    );
}

/**
 * A screenshot of the whole page. Backstage scrolls its content inside the page rather than the
 * page itself, so the window is made as tall as that content for the shot.
 */
async function screenshotWhole(page, path) {
  const viewport = page.viewportSize();
  const height = await page.evaluate(() =>
    Math.max(
      window.innerHeight,
      ...[...document.querySelectorAll('*')]
        .filter(el => /auto|scroll/.test(getComputedStyle(el).overflowY))
        .map(el => el.scrollHeight + el.getBoundingClientRect().top),
    ),
  );
  await page.setViewportSize({
    ...viewport,
    height: Math.min(Math.ceil(height), 20000),
  });
  try {
    await page.screenshot({ path, fullPage: true });
  } finally {
    await page.setViewportSize(viewport);
  }
}

/**
 * The checks every page gets, with `more` of its own before the accessibility scan; the
 * screenshot is taken first, so a failure still leaves it.
 */
async function checkPage(page, name, more) {
  await settle(page);
  await screenshotWhole(page, `${shots}/${name}.png`);
  assert.deepEqual(await cutTexts(page), [], 'text cut at its edge');
  for (const chart of await chartLabels(page)) {
    assert.deepEqual(chart.problems, [], 'chart labels');
    if (chart.bars > 0) {
      assert.equal(chart.labels, chart.bars, 'a label for every bar');
    }
  }
  await more?.(page);
  assert.deepEqual(
    await accessibilityViolations(page, name),
    [],
    'serious or critical accessibility violations',
  );
}

/** The number in a heading such as "Done (2)". */
async function countIn(page, pattern) {
  const text = await page.getByText(pattern).first().textContent();
  return Number(/\((\d+)/.exec(text)[1]);
}

const box = locator => locator.first().boundingBox();

/** What the issue asked of particular tabs, beyond what every tab gets. */
const tabChecks = {
  'Stack & sprawl': async page => {
    const overlaps = await countIn(
      page,
      /^Capabilities served by more than one tool in use \(\d+\)/,
    );
    const all = await countIn(page, /^Capabilities in use \(\d+\)/);
    assert.ok(overlaps > 0 && all > overlaps, `${overlaps} of ${all}`);
    const labels = await page
      .getByTestId('overlap-chart')
      .locator('.recharts-yAxis-tick-labels text')
      .count();
    assert.equal(labels, overlaps, 'one row per overlapping capability');
    const licences = page.getByTestId('licence-chart');
    assert.ok(
      (await licences.locator('.recharts-yAxis-tick-labels text').count()) > 10,
      'the licence chart names its bars',
    );
  },
  'Ownership audit': async page => {
    for (const heading of [
      'By severity',
      'Who must act',
      'Owning teams with the most findings',
    ]) {
      await page.getByText(heading, { exact: true }).waitFor();
    }
    const findings = page
      .locator('[class*="MuiPaper-root"]')
      .filter({ has: page.getByText(/^Findings \(/) })
      .last();
    const headers = await findings.locator('thead th').evaluateAll(cells =>
      cells.map(c => ({
        text: c.textContent.trim(),
        width: c.getBoundingClientRect().width,
      })),
    );
    const widest = headers.reduce((a, b) => (b.width > a.width ? b : a));
    assert.equal(widest.text, 'Finding', JSON.stringify(headers));
    const matrix = await box(
      page
        .locator('[class*="MuiPaper-root"]')
        .filter({ has: page.getByText('Who owns what') })
        .last(),
    );
    const table = await box(findings);
    const above = matrix.y + matrix.height <= table.y + 1;
    const beside =
      matrix.x + matrix.width <= table.x + 1 ||
      matrix.x >= table.x + table.width - 1;
    assert.ok(above || beside, 'the matrix is beside or above the findings');
    // A summary link filters the table, and "Show all" undoes it.
    const total = await countIn(page, /^Findings \(\d+\)/);
    await page
      .getByRole('link')
      .filter({ has: page.getByText('high', { exact: true }) })
      .first()
      .click();
    await page
      .getByText(new RegExp(`^Findings \\(\\d+ of ${total}\\)`))
      .waitFor();
    assert.match(page.url(), /severity=high/);
    await page.getByRole('link', { name: 'Show all' }).click();
    await page.getByText(`Findings (${total})`, { exact: false }).waitFor();
  },
  Decommissioning: async page => {
    for (const column of [
      /^Done \(\d+\)/,
      /^In progress \(\d+\)/,
      /^Planned \(\d+\)/,
    ]) {
      assert.ok((await countIn(page, column)) > 0, `${column} has a plan`);
    }
    await page
      .getByText(/\d+ of \d+ steps done/)
      .first()
      .waitFor();
    await page
      .getByText(/^Decommissioning candidates \(\d+\), ranked/)
      .waitFor();
    await page
      .getByRole('button', { name: /^Plan its retirement: / })
      .first()
      .waitFor();
  },
};

/** The tabs of the marketing platform page, as the page lists them. */
async function readTabs(page) {
  await page.goto(`${app}/maas`);
  await page.getByRole('tab').first().waitFor();
  return (await page.getByRole('tab').allTextContents()).map(t => t.trim());
}

for (const theme of themes) {
  for (const width of widths) {
    describe(`at ${width} px in the ${theme} theme`, () => {
      let context;
      let page;

      before(async () => {
        context = await browser.newContext({
          viewport: { width, height: 1000 },
        });
        // Backstage keeps the chosen theme here (AppThemeSelector).
        await context.addInitScript(t => {
          window.localStorage.setItem('theme', t);
        }, theme);
        page = await context.newPage();
        page.setDefaultTimeout(60_000);
        await signInAsGuest(page);
        assert.equal(
          await page.evaluate(() => document.body.dataset.themeMode),
          theme,
        );
      });

      after(async () => {
        await context?.close();
      });

      test('every tab of the marketing platform page', async t => {
        const tabs = await readTabs(page);
        assert.ok(tabs.length >= 6, `tabs: ${tabs.join(', ')}`);
        for (const tab of tabs) {
          await t.test(tab, async () => {
            await page.goto(`${app}/maas`);
            await page.getByRole('tab', { name: tab, exact: true }).click();
            await checkPage(
              page,
              `${slug(tab)}-${width}-${theme}`,
              tabChecks[tab],
            );
          });
        }
      });

      test('the entity cards', async t => {
        for (const entity of entities) {
          await t.test(entity.path, async () => {
            await page.goto(`${app}/catalog/default/${entity.path}`);
            for (const card of entity.cards) {
              await page.getByText(card, { exact: true }).first().waitFor();
            }
            await checkPage(page, `${slug(entity.path)}-${width}-${theme}`);
          });
        }
        const campaign = await firstCampaign();
        if (!campaign) {
          t.diagnostic('no campaign in the catalogue: its cards were not seen');
          return;
        }
        await t.test(`campaign/${campaign}`, async () => {
          await page.goto(`${app}/catalog/default/campaign/${campaign}`);
          await page.getByText('Campaign experiment').waitFor();
          await page.getByText('Campaign status').waitFor();
          await checkPage(page, `campaign-${width}-${theme}`);
        });
      });
    });
  }
}

/** A campaign of the catalogue (the launch tests record some), as the guest reads it. */
async function firstCampaign() {
  const res = await fetch(
    `${backend}/api/catalog/entities/by-query?filter=kind=campaign&limit=1`,
    {
      headers: {
        Authorization: `Bearer ${await demoToken('northwind.guest')}`,
      },
    },
  );
  const { items } = await res.json();
  return items?.[0]?.metadata.name;
}
