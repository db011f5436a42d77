import { createDevApp } from '@backstage/dev-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider } from '@backstage/test-utils';
import { maasApiRef, MaasApi } from '../src/api/MaasApi';
import { MaasPage } from '../src/components/MaasPage/MaasPage';
import { maasPlugin } from '../src/plugin';
import {
  findings,
  glossary,
  history,
  inventoryImports,
  kpis,
  matrix,
  plans,
  sprawl,
  taxonomy,
  vendor,
} from '../src/__testUtils__/responses';
import { brazeUsage, budget } from '../src/__testUtils__/intakeResponses';

// The plugin alone, against a mocked maas-backend answering with demo-shaped data:
// `npm start` in this folder.
const mockMaas: MaasApi = {
  getKpis: async () => ({ asOf: '2026-11-22', kpis }),
  getHistory: async () => ({ items: history }),
  getVendors: async () => ({ items: [vendor] }),
  getVendor: async () => vendor,
  recordDecision: async (ref, d) => ({
    id: 1,
    vendorRef: ref,
    decision: d.decision,
    decidedBy: 'user:default/guest',
    decidedAt: new Date().toISOString(),
  }),
  getTools: async () => ({ items: [] }),
  getSprawl: async () => sprawl,
  getBudget: async () => budget,
  getToolUsage: async () => brazeUsage,
  getAudit: async () => ({ asOf: '2026-11-22', horizonDays: 120, findings }),
  getAuditCsv: async () => 'severity,rule\r\n',
  getOwnershipMatrix: async () => matrix,
  getPlans: async () => ({ items: plans }),
  createPlan: async p => ({
    ...plans[0],
    id: 'new',
    toolRef: p.tool,
    targetDate: p.targetDate,
  }),
  updatePlan: async (id, version, change) => ({
    ...plans[0],
    id,
    state: change.state ?? plans[0].state,
    version: version + 1,
  }),
  getCompliance: async () => ({
    window: { from: '', to: '', days: 30 },
    dataProducts: [],
    audiences: [],
  }),
  // The page shows campaigns through the catalogue, not through these.
  getCampaigns: async () => ({ items: [] }),
  getCampaign: async () => {
    throw new Error('No campaign in the mock');
  },
  createCampaign: async () => {
    throw new Error('No campaign in the mock');
  },
  setCampaignStatus: async () => {
    throw new Error('No campaign in the mock');
  },
  getCampaignReadiness: async () => {
    throw new Error('No campaign in the mock');
  },
  getReadouts: async () => ({ items: [] }),
  getReadout: async () => {
    throw new Error('No campaign in the mock');
  },
  postResults: async () => {
    throw new Error('No campaign in the mock');
  },
  uploadResultsCsv: async () => {
    throw new Error('No campaign in the mock');
  },
  postAudienceValue: async () => {
    throw new Error('No audience in the mock');
  },
  // The page shows no audience page, where certifications are.
  getCertification: async () => {
    throw new Error('No certification in the mock');
  },
  certifyAudience: async () => {
    throw new Error('No certification in the mock');
  },
  withdrawCertification: async () => {
    throw new Error('No certification in the mock');
  },
  getGlossary: async () => ({ items: glossary }),
  getGlossaryTerm: async ref => {
    const term = glossary.find(t => t.ref === ref);
    if (!term) throw new Error(`No term ${ref} in the mock`);
    return term;
  },
  getTaxonomy: async () => taxonomy,
  getInventoryImports: async () => ({ items: inventoryImports }),
  requestInventoryImport: async providerId => ({
    ...(providerId ? { providerId } : {}),
    requestedBy: 'user:default/guest',
    requestedAt: new Date().toISOString(),
  }),
};

const mockCatalog = { getEntities: async () => ({ items: [] }) };

createDevApp()
  .registerPlugin(maasPlugin)
  .addPage({
    title: 'Marketing platform',
    path: '/maas',
    element: (
      <TestApiProvider
        apis={[
          [maasApiRef, mockMaas],
          [catalogApiRef, mockCatalog],
        ]}
      >
        <MaasPage />
      </TestApiProvider>
    ),
  })
  .render();
