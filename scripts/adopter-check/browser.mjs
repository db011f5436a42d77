#!/usr/bin/env node
// The adopter app in Chromium: signs in as guest, opens the MaaS page and a MartechTool's entity
// page, and fails on a missing card or any console error. Screenshots go to <shots folder>.
//
//   node browser.mjs <app url> <shots folder>
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../e2e/chromium.mjs';

const [app, shots] = process.argv.slice(2);
if (!app || !shots) {
  console.error('usage: browser.mjs <app url> <shots folder>');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

const browser = await launchChromium();
const errors = [];
let step = 'start';
try {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 1000 },
  });
  page.setDefaultTimeout(60_000);
  page.on('console', message => {
    if (message.type() === 'error') errors.push(`${step}: ${message.text()}`);
  });
  page.on('pageerror', error => errors.push(`${step}: ${error.message}`));

  /** Opens a path and waits for each heading or text, then keeps a screenshot. */
  const visit = async (name, path, headings, texts = []) => {
    step = name;
    if (path) await page.goto(new URL(path, app).href);
    try {
      for (const heading of headings) {
        await page
          .getByRole('heading', { name: heading, exact: true })
          .first()
          .waitFor();
      }
      for (const text of texts) {
        await page.getByText(text, { exact: true }).first().waitFor();
      }
    } finally {
      await page.screenshot({
        path: join(shots, `${name}.png`),
        fullPage: true,
      });
    }
    console.log(`  ${name}: ${[...headings, ...texts].join(', ')}`);
  };

  step = 'sign-in';
  await page.goto(app);
  await page.getByRole('button', { name: /enter/i }).click();
  await visit('catalog', null, ['My Company Catalog']);
  await visit(
    'maas-page',
    '/maas',
    ['Marketing platform'],
    ['Ownership and SLA coverage'],
  );
  await visit(
    'martechtool-page',
    '/catalog/default/martechtool/braze-engagement',
    ['Braze'],
    ['Ownership', 'Reversibility', 'Capabilities and overlaps'],
  );
} catch (error) {
  console.error(`adopter-check browser: ${step}: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
if (errors.length > 0) {
  console.error(`console errors:\n  ${errors.join('\n  ')}`);
  process.exitCode = 1;
}
