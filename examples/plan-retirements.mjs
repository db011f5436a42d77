#!/usr/bin/env node
// Gives the demo's decommissioning board plans in each state, through maas-backend's API, as a
// platform owner (a member of group:marketing-ops, permissionPolicy.maas.platformOwners):
// Adobe Campaign Classic's retirement done, Tealium iQ's in progress with some steps done,
// Salesforce Marketing Cloud's planned. Idempotent: a tool that already has a plan keeps it,
// and a demo plan left half-way by an interrupted run is taken on to its state.
//
//   node examples/plan-retirements.mjs [--backend http://localhost:7007]

import { backendArgument, demoClient } from './demoClient.mjs';

const { call } = demoClient(backendArgument());
/** The demo's Head of Marketing Platform; the guest signs in to the browser. */
const owner = 'sofia.marino';

const step = (title, done, group) => ({
  title,
  done,
  ...(group ? { owner: `group:default/${group}` } : {}),
});

const plans = [
  {
    tool: 'martechtool:default/adobe-campaign-classic',
    successor: 'martechtool:default/braze-engagement',
    targetDate: '2026-09-30',
    state: 'done',
    steps: [
      step('Export the subscriber history', true, 'martech-it'),
      step('Rebuild the journeys in Braze', true, 'crm'),
      step('Cancel the contract', true, 'procurement'),
    ],
    note: 'Every journey runs in Braze since September.',
  },
  {
    tool: 'martechtool:default/tealium-iq',
    successor: 'martechtool:default/gtm-web',
    targetDate: '2027-03-31',
    state: 'in-progress',
    steps: [
      step('Export the tag configuration', true, 'web-platform'),
      step('Rebuild the tags in Google Tag Manager', true, 'web-platform'),
      step('Move Adobe Analytics off Tealium iQ', false, 'marketing-analytics'),
      step('Give notice on the contract', false, 'procurement'),
    ],
  },
  {
    tool: 'martechtool:default/sfmc-engagement',
    successor: 'martechtool:default/braze-engagement',
    targetDate: '2027-06-30',
    state: 'planned',
    steps: [
      step('Export the data', false, 'martech-it'),
      step('Migrate audiences and journeys to Braze', false, 'crm'),
      step('Cancel the contract', false, 'procurement'),
    ],
  },
];

/** The way to `done`, one move at a time; a cancelled plan stays cancelled. */
const order = ['planned', 'in-progress', 'done'];

const existing = (await call(owner, 'GET', '/plans')).items;
let created = 0;
let moved = 0;
for (const demo of plans) {
  let plan = existing.find(p => p.toolRef === demo.tool);
  if (!plan) {
    plan = await call(owner, 'POST', '/plans', {
      tool: demo.tool,
      successor: demo.successor,
      targetDate: demo.targetDate,
      steps: demo.steps,
      ...(demo.note ? { note: demo.note } : {}),
    });
    created++;
  }
  while (
    order.includes(plan.state) &&
    order.indexOf(plan.state) < order.indexOf(demo.state)
  ) {
    plan = await call(
      owner,
      'PATCH',
      `/plans/${plan.id}`,
      { state: order[order.indexOf(plan.state) + 1] },
      { 'If-Match': `"${plan.version}"` },
    );
    moved++;
  }
}
console.log(
  `decommissioning plans: ${plans.length} in the demo, ${created} created, ${moved} moves`,
);
