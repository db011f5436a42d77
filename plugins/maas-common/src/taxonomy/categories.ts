/**
 * The categories a martech tool belongs to (`MartechTool.spec.category`), and that group the
 * capability taxonomy.
 *
 * @public
 */
export const toolCategories = [
  {
    id: 'cdp',
    title: 'Customer data platform',
    description: 'Collects events, unifies profiles and builds audiences.',
  },
  {
    id: 'crm',
    title: 'CRM',
    description:
      'Contacts, accounts, sales pipeline and B2B marketing automation.',
  },
  {
    id: 'engagement',
    title: 'Customer engagement',
    description:
      'Email, SMS, push and in-app messaging, and the journeys that send them.',
  },
  {
    id: 'analytics',
    title: 'Analytics and measurement',
    description:
      'Web and product analytics, attribution, marketing-mix models, dashboards.',
  },
  {
    id: 'consent',
    title: 'Consent and privacy',
    description: 'Consent collection, preferences and data-subject requests.',
  },
  {
    id: 'tag-management',
    title: 'Tag management',
    description:
      'Client- and server-side tags that feed analytics and ad platforms.',
  },
  {
    id: 'advertising',
    title: 'Advertising',
    description:
      'Paid search, paid social, programmatic, affiliates and ad measurement.',
  },
  {
    id: 'experimentation',
    title: 'Experimentation and personalisation',
    description:
      'A/B tests, feature flags, onsite personalisation and recommendations.',
  },
  {
    id: 'content',
    title: 'Content',
    description:
      'Web content management, digital assets and creative production.',
  },
  {
    id: 'social',
    title: 'Social media',
    description: 'Organic social publishing, community and listening.',
  },
  {
    id: 'data-infrastructure',
    title: 'Data infrastructure',
    description:
      'Warehouse, ingestion, reverse ETL and data-quality monitoring.',
  },
  {
    id: 'commerce',
    title: 'Commerce and loyalty',
    description: 'Loyalty programmes, reviews and promotions.',
  },
  {
    id: 'customer-service',
    title: 'Customer service',
    description: 'Help desk, live chat and customer feedback.',
  },
  {
    id: 'marketing-ai',
    title: 'Marketing AI',
    description: 'Generative content, predictive models and AI decisioning.',
  },
  {
    id: 'work-management',
    title: 'Marketing work management',
    description: 'Campaign planning, briefs, approvals and budgets.',
  },
] as const;

/** @public */
export type ToolCategoryId = (typeof toolCategories)[number]['id'];

/** @public */
export const toolCategoryIds: readonly ToolCategoryId[] = toolCategories.map(
  c => c.id,
);
