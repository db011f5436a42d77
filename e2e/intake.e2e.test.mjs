// The platform owner's intake in a real browser, against the app started by scripts/e2e.sh:
// reminders in the notifications inbox, licence usage on a tool's page, the budget, the renewal
// calendar.
import { after, before, describe, test } from 'node:test';
import { mkdirSync } from 'node:fs';
import {
  app,
  backend,
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

const it = (name, steps) =>
  test(name, () =>
    screenshotOnFailure(
      page,
      shots,
      name.toLowerCase().replace(/[^a-z]+/g, '-'),
      steps,
    ),
  );

describe("the platform owner's intake", () => {
  it('finds a decision-deadline reminder in the notifications inbox', async () => {
    // The demo runs the reminder task every minute (app-config.yaml) and copies the platform
    // owners, the guest's team, on every reminder: wait for the task's run after start-up.
    const reminder = page.getByText(
      /^Decision due (in \d+ days|today|tomorrow) for /,
    );
    for (let attempt = 0; ; attempt++) {
      await page.goto(`${app}/notifications`);
      try {
        await reminder.first().waitFor({ timeout: 15_000 });
        break;
      } catch (error) {
        if (attempt >= 12) throw error;
      }
    }
    await page.screenshot({
      path: `${shots}/notifications.png`,
      fullPage: true,
    });
  });

  it("shows a tool's licence usage over time once a system posted it", async () => {
    const day = n =>
      new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    for (const [asOf, active] of [
      [day(60), 36],
      [day(30), 30],
      [day(0), 24],
    ]) {
      const res = await fetch(
        `${backend}/api/maas/tools/default/braze-engagement/usage`,
        {
          method: 'POST',
          headers: {
            // The demo's pipeline token (app-config.yaml), as SSO would post.
            Authorization: 'Bearer maas-demo-pipeline-token',
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({ asOf, active, source: 'e2e-sso' }),
        },
      );
      if (!res.ok)
        throw new Error(`usage post: ${res.status} ${await res.text()}`);
    }
    await page.goto(`${app}/catalog/default/martechtool/braze-engagement`);
    await page.getByText(/^24 of \d+ seats in use/).waitFor();
    await page
      .getByText(`Reported by e2e-sso for ${day(0)}`, { exact: false })
      .waitFor();
    await page.getByTestId('licence-usage-chart').waitFor();
    await page.screenshot({
      path: `${shots}/licence-usage.png`,
      fullPage: true,
    });
  });

  it('shows who funds the stack and what unused seats cost', async () => {
    await page.goto(`${app}/maas/stack`);
    await page.getByText(/^Spend in EUR: /).waitFor();
    await page.getByText(/ % co-funded$/).waitFor();
    await page.getByText('Unused seats').waitFor();
    await page.screenshot({ path: `${shots}/budget.png`, fullPage: true });
  });

  it('lays out the next 12 months of decision deadlines', async () => {
    await page.goto(`${app}/maas/vendors`);
    await page.getByText('Renewal calendar').waitFor();
    await page
      .getByText(
        /decision deadlines \(term end − notice\) in the next 12 months/,
      )
      .waitFor();
    await page.screenshot({ path: `${shots}/renewals.png`, fullPage: true });
  });
});
