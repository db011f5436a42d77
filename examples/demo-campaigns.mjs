#!/usr/bin/env node
// Launches the demo's campaigns through maas-backend's API, as the demo guest (a platform owner,
// who may act for any team), takes them live (the launch policy runs at each step) and completes
// those that have ended; then posts their results per arm and day over the last 90 days, and
// each segment's lifetime value, with the pipeline token, as a warehouse would. The results are
// deterministic (seeded per campaign) and chosen so that the readouts show every verdict:
// positive, inconclusive, negative, insufficient data and a broken split. Idempotent: a launch
// is bound to its task id, a day posted again replaces itself, a segment value is one per day.
//
//   node examples/demo-campaigns.mjs [--backend http://localhost:7007]
//
// The pipeline token is MAAS_PIPELINE_TOKEN, or the demo token of app-config.yaml.

import { callMaas, seeded, userToken } from './demoApi.mjs';

const args = process.argv.slice(2);
const i = args.indexOf('--backend');
const backend = i >= 0 ? args[i + 1] : 'http://localhost:7007';
const pipeline = process.env.MAAS_PIPELINE_TOKEN ?? 'maas-demo-pipeline-token';
const DAY = 86_400_000;
const today = new Date(new Date().toISOString().slice(0, 10));
const day = offset =>
  new Date(today.getTime() + offset * DAY).toISOString().slice(0, 10);

/**
 * The campaigns: what is launched (the template's pair of audience and channel that the demo
 * catalogue lets through its checks), how it runs (days relative to today), and what its arms
 * do: people assigned per day, conversion rate, revenue per conversion, spend per person
 * reached, the share of converters who are new customers.
 */
const campaigns = [
  {
    name: 'autumn-reactivation-email',
    title: 'Autumn reactivation email journey',
    owner: 'group:default/crm',
    template: 'template:default/email-nurture-journey',
    audience: 'audience:default/repeat-buyers',
    channel: 'martechtool:default/braze-engagement',
    start: -88,
    end: -46,
    status: 'completed',
    experiment: { holdoutPct: 10, baselineConversionPct: 2.5 },
    daily: 8_000,
    arms: { treatment: 0.032, holdout: 0.025 },
    order: 68,
    spendPerUser: 0.045,
    newShare: 0.04,
  },
  {
    name: 'black-friday-paid-social',
    title: 'Black Friday paid social',
    owner: 'group:default/performance-media',
    template: 'template:default/paid-social-prospecting',
    audience: 'audience:default/repeat-buyers',
    channel: 'martechtool:default/meta-ads',
    start: -40,
    end: -20,
    status: 'completed',
    experiment: { holdoutPct: 15, baselineConversionPct: 1.2 },
    daily: 4_000,
    arms: { treatment: 0.0123, holdout: 0.012 },
    order: 85,
    spendPerUser: 0.35,
    newShare: 0.15,
  },
  {
    name: 'checkout-landing-ab',
    title: 'Checkout landing page A/B',
    owner: 'group:default/ecommerce-marketing',
    template: 'template:default/landing-page-ab-test',
    audience: 'audience:default/app-push-engaged',
    channel: 'martechtool:default/optimizely-web',
    start: -30,
    end: 10,
    status: 'live',
    experiment: {
      holdoutPct: 20,
      variants: ['A', 'B'],
      baselineConversionPct: 3,
    },
    daily: 2_500,
    arms: { A: 0.0305, B: 0.0225, holdout: 0.03 },
    order: 54,
    spendPerUser: 0.15,
    newShare: 0.08,
  },
  {
    name: 'winter-sms-win-back',
    title: 'Winter SMS win-back',
    owner: 'group:default/crm',
    template: 'template:default/sms-win-back',
    audience: 'audience:default/win-back-sms',
    channel: 'martechtool:default/attentive',
    start: -6,
    end: 24,
    status: 'live',
    experiment: { holdoutPct: 10, baselineConversionPct: 4 },
    daily: 120,
    arms: { treatment: 0.05, holdout: 0.04 },
    order: 42,
    spendPerUser: 0.25,
    newShare: 0.1,
  },
  {
    name: 'holiday-gift-guide-email',
    title: 'Holiday gift guide email',
    owner: 'group:default/crm',
    template: 'template:default/email-nurture-journey',
    audience: 'audience:default/repeat-buyers',
    channel: 'martechtool:default/braze-engagement',
    start: -25,
    end: 5,
    status: 'live',
    experiment: { holdoutPct: 10, baselineConversionPct: 2.5 },
    daily: 6_000,
    arms: { treatment: 0.03, holdout: 0.025 },
    // The assignment sent 14 % of the audience to the holdout instead of 10 %: a broken split.
    shares: { treatment: 0.86, holdout: 0.14 },
    order: 72,
    spendPerUser: 0.04,
    newShare: 0.03,
  },
];

/** Lifetime value per customer of the segments, as the warehouse's model computed it. */
const segmentValues = [
  [
    'repeat-buyers',
    310,
    'BG/NBD with Gamma-Gamma spend, 24 months, discounted 10 %',
  ],
  ['app-push-engaged', 180, 'cohort average margin, 24 months'],
  ['win-back-sms', 95, 'cohort average margin, 24 months'],
  ['lapsed-customers-90d', 120, 'cohort average margin, 24 months'],
];

/** A call that waits for the catalogue: a 404, or a launch refused for an entity not found. */
const call = (bearer, method, path, body) =>
  callMaas(backend, bearer, method, path, body, {
    notYet: (res, text) =>
      res.status === 404 || (res.status === 422 && /not-found/.test(text)),
  });

/** A normal draw from a seeded uniform generator (Box-Muller). */
function gaussian(random) {
  return (
    Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  );
}

/** A binomial count, drawn as its normal approximation: what a random assignment gives. */
function binomial(random, n, p) {
  const draw = Math.round(
    n * p + gaussian(random) * Math.sqrt(n * p * (1 - p)),
  );
  return Math.min(n, Math.max(0, draw));
}

/**
 * Each arm's rows, one per day from the campaign's start (as recorded) to its end or yesterday.
 * Seeded per campaign and day of the campaign, so every run gives the same figures and the same
 * verdicts, whatever the date.
 */
function resultsOf(c, recorded) {
  const arms = Object.keys(c.arms);
  const holdout = (c.experiment.holdoutPct ?? 0) / 100;
  const variants = arms.filter(a => a !== 'holdout');
  const share = arm =>
    c.shares?.[arm] ??
    (arm === 'holdout' ? holdout : (1 - holdout) / variants.length);
  const first = Date.parse(recorded.spec.start);
  const last = Math.min(Date.parse(recorded.spec.end), today.getTime() - DAY);
  const length = Math.max(1, (Date.parse(recorded.spec.end) - first) / DAY);
  const rows = [];
  for (let index = 0; first + index * DAY <= last; index++) {
    const date = new Date(first + index * DAY).toISOString().slice(0, 10);
    const random = seeded(`${c.name}/${index}`);
    // More people enter in the first days, as an audience is worked through.
    const wave = 1.6 - (1.2 * index) / length;
    let left = Math.round(c.daily * wave * (0.9 + random() * 0.2));
    let rest = 1;
    arms.forEach((arm, i) => {
      // Each arm draws its share of the people not yet assigned; the last takes the rest.
      const users =
        i === arms.length - 1
          ? left
          : binomial(random, left, share(arm) / rest);
      left -= users;
      rest -= share(arm);
      const conversions = binomial(random, users, c.arms[arm]);
      rows.push({
        day: date,
        arm,
        users,
        conversions,
        revenue: Math.round(conversions * c.order * (0.8 + random() * 0.4)),
        spend:
          arm === 'holdout'
            ? 0
            : Math.round(
                users * c.spendPerUser * (0.9 + random() * 0.2) * 100,
              ) / 100,
        newCustomers: binomial(random, conversions, c.newShare),
      });
    });
  }
  return rows;
}

/** The campaign as recorded, or undefined before its launch. */
async function recorded(bearer, path) {
  const res = await fetch(`${backend}/api/maas${path}`, {
    headers: { Authorization: `Bearer ${bearer}` },
  });
  if (res.status === 404) return undefined;
  if (!res.ok)
    throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

const guest = await userToken(backend);
const lifecycle = ['draft', 'live', 'completed'];
let launched = 0;
let moved = 0;
let rows = 0;
for (const c of campaigns) {
  const path = `/campaigns/default/${c.name}`;
  // A campaign launched by an earlier run keeps its dates: the task is bound to its spec.
  let campaign = await recorded(guest, path);
  if (!campaign) {
    campaign = await call(guest, 'POST', '/campaigns', {
      name: c.name,
      title: c.title,
      owner: c.owner,
      template: c.template,
      audience: c.audience,
      channels: [c.channel],
      start: day(c.start),
      end: day(c.end),
      budget: {
        amount: Math.round(c.daily * (c.end - c.start) * c.spendPerUser),
        currency: 'EUR',
      },
      experiment: c.experiment,
      kpis: ['conversion-rate', 'incremental-revenue'],
      taskId: `demo-${c.name}`,
    });
    launched++;
  }
  // Forward only: a campaign its team (or the daily job) has moved further stays there.
  for (const to of ['live', 'completed']) {
    const at = lifecycle.indexOf(campaign.status);
    if (at < 0 || at >= lifecycle.indexOf(to)) continue;
    if (lifecycle.indexOf(to) > lifecycle.indexOf(c.status)) continue;
    campaign = await call(guest, 'PATCH', path, { status: to });
    moved++;
  }
  const results = resultsOf(c, campaign);
  if (results.length && campaign.status !== 'draft') {
    await call(pipeline, 'POST', `${path}/results`, { rows: results });
    rows += results.length;
  }
}
// The warehouse recomputes lifetime values monthly; the latest is yesterday's.
const recomputed = [
  [-89, 0.94],
  [-60, 0.96],
  [-30, 0.98],
  [-1, 1],
];
for (const [audience, amount, method] of segmentValues) {
  for (const [offset, drift] of recomputed) {
    await call(pipeline, 'POST', `/audiences/default/${audience}/value`, {
      asOf: day(offset),
      ltv: { amount: Math.round(amount * drift), currency: 'EUR' },
      method,
    });
  }
}
const { items } = await call(guest, 'GET', '/readouts');
const verdicts = items
  .filter(v => campaigns.some(c => c.name === v.campaign.name))
  .map(v => `${v.campaign.name} ${v.readout.verdict}`);
console.log(
  `campaigns: ${
    campaigns.length
  } (${launched} launched, ${moved} moves), ${rows} result rows, ${
    segmentValues.length
  } segment values; readouts: ${verdicts.join(', ')}`,
);
