// What the browser suites share: Debian's Chromium through playwright-core, and calls to
// maas-backend as a demo user.
import assert from 'node:assert/strict';
import { launchChromium } from './chromium.mjs';

export const backend = process.env.E2E_BACKEND_URL ?? 'http://localhost:7007';

/** Starts Chromium and opens a page in a fresh context. */
export async function openBrowser() {
  const browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  return { browser, page };
}

/** A Backstage token for a demo user (the development-only demo sign-in). */
export async function demoToken(user) {
  const signIn = await fetch(`${backend}/api/auth/demo/refresh?user=${user}`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  const { backstageIdentity } = await signIn.json();
  return backstageIdentity.token;
}

/**
 * Calls maas-backend as another demo user, for what the browser's guest cannot do: the other
 * team's half of a scenario.
 */
export async function asDemoUser(user, method, path, body) {
  const res = await fetch(`${backend}/api/maas${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await demoToken(user)}`,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  assert.ok(
    res.ok,
    `${method} ${path} as ${user}: ${res.status} ${await res.clone().text()}`,
  );
  return res.json();
}

export const app = process.env.E2E_APP_URL ?? 'http://localhost:3000';

/** Opens the app and enters as Guest (the demo user northwind.guest). */
export async function signInAsGuest(page) {
  await page.goto(app);
  await page.getByRole('button', { name: /enter/i }).click();
  await page.getByText('Northwind Retail Catalog').waitFor();
}

/** Runs a test's steps, keeping a screenshot of the page in `dir` when they fail. */
export async function screenshotOnFailure(page, dir, name, steps) {
  try {
    await steps();
  } catch (error) {
    await page
      .screenshot({ path: `${dir}/failed-${name}.png`, fullPage: true })
      .catch(() => {});
    throw error;
  }
}
