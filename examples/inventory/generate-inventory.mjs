#!/usr/bin/env node
// Writes the sample inventory files the catalogue's inventory import reads:
//
//   martech-inventory.xlsx       the Nordic subsidiary's stack as its platform owner keeps it:
//                                a "Read me" sheet, then a "Tools" sheet, one tool per row, with
//                                one deliberately bad row (Canva Teams: "about 40" active licences)
//   saas-management-export.csv   the same kind of list as a SaaS-management tool exports it, with
//                                a custom field for the capabilities
//
//   node examples/inventory/generate-inventory.mjs
//
// Deterministic: the same rows every run. The XLSX is a zip whose entries carry the time they
// were written, so regenerate and commit it only when the rows change.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const here = dirname(fileURLToPath(import.meta.url));

const headers = [
  'Tool',
  'Vendor',
  'Category',
  'Capabilities',
  'Lifecycle',
  'TIME',
  'Annual cost',
  'Licences purchased',
  'Licences active',
  'Business owner',
  'IT owner',
  'Personal data',
  'Export API',
  'Support',
  'Contract end',
  'Notice (days)',
  'Renewal',
];

const day = iso => new Date(`${iso}T00:00:00Z`);

// Tool, vendor, category, capabilities, lifecycle, TIME, cost (EUR/year), purchased, active,
// business owner, IT owner, personal data, export API, support, contract end, notice, renewal.
// prettier-ignore
const tools = [
  ['HubSpot Marketing Hub', 'HubSpot', 'Engagement', 'Email sending; Journey orchestration; Lead scoring', 'Live', 'Migrate', 42000, 25, 19, 'CRM', 'Martech IT', 'Yes', 'Full', 'Business hours', day('2027-03-31'), 60, 'Auto'],
  ['HubSpot Sales Hub', 'HubSpot', 'CRM', 'Contact management; Sales pipeline', 'Live', 'Migrate', 30000, 20, 17, 'CRM', 'Martech IT', 'Yes', 'Full', 'Business hours', day('2027-03-31'), 60, 'Auto'],
  // "Experience analytics" is not in the built-in taxonomy: app-config.yaml adds it (maas.taxonomy).
  ['Quantum Metric', 'Quantum Metric', 'Analytics', 'Experience analytics; Session replay', 'Pilot', 'Invest', 55000, 10, 6, 'Ecommerce Marketing', 'Web Platform', 'Yes', 'Partial', '24x7', day('2027-06-30'), 90, 'Manual'],
  ['Matomo', 'InnoCraft', 'Analytics', 'Web analytics', 'Live', 'Tolerate', 9000, 15, 4, 'Marketing Analytics', 'Web Platform', 'Yes', 'Full', 'Business hours', day('2026-12-31'), 30, 'Auto'],
  ['Usercentrics', 'Usercentrics', 'Consent', 'Consent collection', 'Live', 'Invest', 18000, null, null, 'Legal DPO', 'Martech IT', 'Yes', 'Full', '24x7', day('2027-09-30'), 90, 'Auto'],
  ['Mailjet', 'Sinch', 'Engagement', 'Transactional email; Email sending', 'Phasing out', 'Eliminate', 7200, 10, 3, 'CRM', 'Martech IT', 'Yes', 'Partial', 'Business hours', day('2027-01-31'), 30, 'Auto'],
  ['Sprout Social', 'Sprout Social', 'Social', 'Social publishing; Social listening', 'Live', 'Tolerate', 14400, 12, 11, 'Brand', 'Martech IT', 'No', 'Partial', 'Business hours', day('2027-05-31'), 60, 'Auto'],
  // The deliberately bad row: a licence count in words. The import reports it (row 9, column
  // "Licences active", cell I9) and loads every other row.
  ['Canva Teams', 'Canva', 'Content', 'Creative production', 'Live', 'Tolerate', 3000, 30, 'about 40', 'Brand', 'Martech IT', 'No', 'Partial', 'Business hours', day('2027-07-31'), 30, 'Auto'],
  ['Bynder', 'Bynder', 'Content', 'Digital asset management', 'Live', 'Invest', 38000, 50, 44, 'Brand', 'Martech IT', 'No', 'Full', '24x7', day('2027-11-30'), 90, 'Manual'],
  ['Yotpo', 'Yotpo', 'Commerce', 'Ratings and reviews; Loyalty programme', 'Live', 'Tolerate', 24000, 8, 8, 'Ecommerce Marketing', 'Martech IT', 'Yes', 'Partial', 'Business hours', day('2027-02-28'), 60, 'Auto'],
  ['Gorgias', 'Gorgias', 'Customer service', 'Helpdesk; Live chat', 'Live', 'Invest', 21600, 25, 23, 'Ecommerce Marketing', 'Martech IT', 'Yes', 'Full', 'Business hours', day('2027-04-30'), 30, 'Auto'],
  ['Asana', 'Asana', 'Work management', 'Campaign planning', 'Live', 'Tolerate', 6000, 40, 36, 'Marketing Ops', 'Martech IT', 'No', 'Full', 'Business hours', day('2027-08-31'), 30, 'Auto'],
];

const readMe = [
  ['Martech inventory — Northwind Nordics'],
  [''],
  [
    'One row per tool on the "Tools" sheet. Vendors repeat on each of their tools\' rows.',
  ],
  [
    'Lifecycle: Pilot, Live or Phasing out. TIME: Tolerate, Invest, Migrate or Eliminate.',
  ],
  ["Capabilities: separated by semicolons, in the platform's taxonomy words."],
  ["Owners: the team's name as in the company directory."],
];

async function writeWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Northwind marketing platform';
  workbook.created = day('2026-12-01');
  workbook.modified = day('2026-12-01');

  const about = workbook.addWorksheet('Read me');
  readMe.forEach(row => about.addRow(row));
  about.getColumn(1).width = 90;
  about.getRow(1).font = { bold: true, size: 14 };

  const sheet = workbook.addWorksheet('Tools', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(headers);
  sheet.getRow(1).font = { bold: true };
  tools.forEach(row => sheet.addRow(row));
  sheet.columns.forEach((column, i) => {
    column.width = Math.max(12, headers[i].length + 2);
  });
  sheet.getColumn('A').width = 24;
  sheet.getColumn('D').width = 52;
  sheet.getColumn('G').numFmt = '€#,##0';
  sheet.getColumn('O').numFmt = 'yyyy-mm-dd';
  sheet.autoFilter = { from: 'A1', to: `Q${tools.length + 1}` };

  const file = join(here, 'martech-inventory.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

// A generic SaaS-management export: its own column names and status words.
// prettier-ignore
const saasExport = [
  ['Application Name', 'Vendor', 'Category', 'Custom: Capabilities', 'Status', 'Annual Spend', 'Currency', 'Licenses', 'Active Users', 'App Owner', 'Renewal Date'],
  ['Typeform', 'Typeform', 'Customer service', 'Customer surveys', 'Active', '4,800', 'EUR', '10', '9', 'Marketing Analytics', '2027-05-01'],
  ['Miro', 'Miro', 'Work management', 'Campaign planning', 'Active', '7,200', 'EUR', '60', '22', 'Marketing Ops', '2027-02-15'],
  ['Unbounce', 'Unbounce', 'Content', 'Web content management; A/B testing', 'Under review', '5,400', 'USD', '5', '2', 'Growth Lab', '2027-01-20'],
  ['Semrush', 'Semrush', 'Advertising', 'Paid search', 'Cancelled', '3,600', 'USD', '3', '1', 'Performance Media', '2026-12-20'],
];

function csvField(value) {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function writeCsv() {
  const file = join(here, 'saas-management-export.csv');
  writeFileSync(
    file,
    `${saasExport.map(row => row.map(csvField).join(',')).join('\n')}\n`,
  );
  return file;
}

console.log(`wrote ${await writeWorkbook()}`);
console.log(`wrote ${writeCsv()}`);
