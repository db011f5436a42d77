import { ToolCategoryId } from './categories';

/**
 * A capability a martech tool can serve (`MartechTool.spec.capabilities`). Sprawl analysis groups
 * tools by capability: two active tools serving the same one overlap.
 *
 * @public
 */
export interface Capability {
  id: string;
  title: string;
  category: ToolCategoryId;
}

/**
 * The capability taxonomy. Ids are stable: entities refer to them.
 *
 * @public
 */
export const capabilities: readonly Capability[] = [
  {
    id: 'event-collection',
    title: 'Event collection (web, app, server)',
    category: 'cdp',
  },
  {
    id: 'customer-profile-unification',
    title: 'Customer profile unification',
    category: 'cdp',
  },
  { id: 'identity-resolution', title: 'Identity resolution', category: 'cdp' },
  {
    id: 'audience-segmentation',
    title: 'Audience segmentation',
    category: 'cdp',
  },
  {
    id: 'contact-management',
    title: 'Contact and account management',
    category: 'crm',
  },
  { id: 'sales-pipeline', title: 'Sales pipeline', category: 'crm' },
  { id: 'lead-scoring', title: 'Lead scoring', category: 'crm' },
  {
    id: 'email-sending',
    title: 'Marketing email sending',
    category: 'engagement',
  },
  {
    id: 'transactional-email',
    title: 'Transactional email',
    category: 'engagement',
  },
  { id: 'sms-messaging', title: 'SMS messaging', category: 'engagement' },
  {
    id: 'push-notifications',
    title: 'Mobile push notifications',
    category: 'engagement',
  },
  { id: 'in-app-messaging', title: 'In-app messaging', category: 'engagement' },
  {
    id: 'whatsapp-messaging',
    title: 'WhatsApp and chat-app messaging',
    category: 'engagement',
  },
  {
    id: 'journey-orchestration',
    title: 'Journey orchestration',
    category: 'engagement',
  },
  { id: 'web-analytics', title: 'Web analytics', category: 'analytics' },
  {
    id: 'product-analytics',
    title: 'Product analytics',
    category: 'analytics',
  },
  {
    id: 'session-replay',
    title: 'Session replay and heat-maps',
    category: 'analytics',
  },
  {
    id: 'multi-touch-attribution',
    title: 'Multi-touch attribution',
    category: 'analytics',
  },
  {
    id: 'marketing-mix-modelling',
    title: 'Marketing-mix modelling',
    category: 'analytics',
  },
  {
    id: 'bi-dashboards',
    title: 'BI dashboards and reporting',
    category: 'analytics',
  },
  {
    id: 'consent-collection',
    title: 'Consent collection (CMP)',
    category: 'consent',
  },
  {
    id: 'preference-management',
    title: 'Preference and subscription management',
    category: 'consent',
  },
  {
    id: 'data-subject-requests',
    title: 'Data-subject requests',
    category: 'consent',
  },
  {
    id: 'client-side-tagging',
    title: 'Client-side tag management',
    category: 'tag-management',
  },
  {
    id: 'server-side-tagging',
    title: 'Server-side tag management',
    category: 'tag-management',
  },
  { id: 'paid-search', title: 'Paid search', category: 'advertising' },
  { id: 'paid-social', title: 'Paid social', category: 'advertising' },
  {
    id: 'programmatic-display',
    title: 'Programmatic display and video',
    category: 'advertising',
  },
  {
    id: 'paid-media-activation',
    title: 'Paid-media audience activation',
    category: 'advertising',
  },
  {
    id: 'conversion-api',
    title: 'Server-side conversion APIs',
    category: 'advertising',
  },
  {
    id: 'affiliate-tracking',
    title: 'Affiliate and partner tracking',
    category: 'advertising',
  },
  {
    id: 'ab-testing',
    title: 'A/B and multivariate testing',
    category: 'experimentation',
  },
  {
    id: 'feature-flagging',
    title: 'Feature flags',
    category: 'experimentation',
  },
  {
    id: 'onsite-personalisation',
    title: 'Onsite personalisation',
    category: 'experimentation',
  },
  {
    id: 'product-recommendations',
    title: 'Product recommendations',
    category: 'experimentation',
  },
  {
    id: 'web-content-management',
    title: 'Web content management',
    category: 'content',
  },
  {
    id: 'digital-asset-management',
    title: 'Digital asset management',
    category: 'content',
  },
  {
    id: 'creative-production',
    title: 'Creative production and design',
    category: 'content',
  },
  { id: 'social-publishing', title: 'Social publishing', category: 'social' },
  { id: 'social-listening', title: 'Social listening', category: 'social' },
  {
    id: 'data-warehousing',
    title: 'Data warehousing',
    category: 'data-infrastructure',
  },
  {
    id: 'data-ingestion',
    title: 'Data ingestion (ELT)',
    category: 'data-infrastructure',
  },
  { id: 'reverse-etl', title: 'Reverse ETL', category: 'data-infrastructure' },
  {
    id: 'data-quality-monitoring',
    title: 'Data-quality monitoring',
    category: 'data-infrastructure',
  },
  { id: 'loyalty-programme', title: 'Loyalty programme', category: 'commerce' },
  { id: 'ratings-reviews', title: 'Ratings and reviews', category: 'commerce' },
  {
    id: 'helpdesk',
    title: 'Help desk and ticketing',
    category: 'customer-service',
  },
  { id: 'live-chat', title: 'Live chat', category: 'customer-service' },
  {
    id: 'customer-surveys',
    title: 'Customer surveys and NPS',
    category: 'customer-service',
  },
  {
    id: 'generative-content',
    title: 'Generative copy and images',
    category: 'marketing-ai',
  },
  {
    id: 'predictive-scoring',
    title: 'Predictive scoring (churn, propensity, LTV)',
    category: 'marketing-ai',
  },
  {
    id: 'campaign-planning',
    title: 'Campaign planning and approvals',
    category: 'work-management',
  },
];

const byId = new Map(capabilities.map(c => [c.id, c]));

/**
 * A capability of the built-in list. What config adds or aliases (`maas.taxonomy`) is in the
 * {@link Taxonomy} maas-backend serves; code that has one should ask it instead.
 *
 * @public
 */
export function getCapability(id: string): Capability | undefined {
  return byId.get(id);
}
