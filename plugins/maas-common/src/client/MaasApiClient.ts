import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { CampaignStatus } from '../kinds/Campaign';
import { CertificationRole } from '../api/certification';
import { NewAudienceValue, NewCampaignResults } from '../api/readouts';
import {
  CampaignRef,
  DecommissionPlanChange,
  MaasApi,
  MaasRequestOptions,
  NewCampaign,
  NewDecommissionPlan,
  NewVendorDecision,
} from './MaasApi';

/** The plugin id maas-backend is discovered and addressed by. @public */
export const MAAS_PLUGIN_ID = 'maas';

type Query = Record<string, string | undefined>;

interface Request {
  query?: Query;
  body?: unknown;
  /** A body sent as it is, e.g. a CSV file, with its media type. */
  text?: { content: string; type: string };
  options?: MaasRequestOptions;
  headers?: Record<string, string>;
}

/** What a method of {@link MaasApi} resolves to. */
type Answer<M extends keyof MaasApi> = Awaited<ReturnType<MaasApi[M]>>;

/**
 * {@link MaasApi} over HTTP. Runs in the browser and in Node: give it the app's `discoveryApi`
 * and `fetchApi` in the frontend, the `discovery` service (and, by default, the global fetch)
 * in a backend, where each call then carries the token the caller got for maas-backend.
 *
 * @public
 */
export class MaasApiClient implements MaasApi {
  private readonly discoveryApi: {
    getBaseUrl(pluginId: string): Promise<string>;
  };
  private readonly fetchApi: { fetch: typeof fetch };

  constructor(options: {
    discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
    fetchApi?: { fetch: typeof fetch };
  }) {
    this.discoveryApi = options.discoveryApi;
    // Called through a wrapper: a browser's fetch throws when called on another object.
    this.fetchApi = options.fetchApi ?? { fetch: (...args) => fetch(...args) };
  }

  getKpis(options?: MaasRequestOptions): ReturnType<MaasApi['getKpis']> {
    return this.json<Answer<'getKpis'>>('GET', '/kpis', { options });
  }

  getHistory(
    query: { from?: string; to?: string } = {},
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['getHistory']> {
    return this.json<Answer<'getHistory'>>('GET', '/history', {
      query,
      options,
    });
  }

  getVendors(
    query: { on?: string } = {},
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['getVendors']> {
    return this.json<Answer<'getVendors'>>('GET', '/vendors', {
      query,
      options,
    });
  }

  getVendor(
    ref: string,
    query: { on?: string } = {},
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['getVendor']> {
    return this.json<Answer<'getVendor'>>('GET', vendorPath(ref), {
      query,
      options,
    });
  }

  recordDecision(
    ref: string,
    decision: NewVendorDecision,
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['recordDecision']> {
    return this.json<Answer<'recordDecision'>>(
      'POST',
      `${vendorPath(ref)}/decisions`,
      { body: decision, options },
    );
  }

  getTools(options?: MaasRequestOptions): ReturnType<MaasApi['getTools']> {
    return this.json<Answer<'getTools'>>('GET', '/tools', { options });
  }

  getSprawl(options?: MaasRequestOptions): ReturnType<MaasApi['getSprawl']> {
    return this.json<Answer<'getSprawl'>>('GET', '/sprawl', { options });
  }

  getBudget(options?: MaasRequestOptions): ReturnType<MaasApi['getBudget']> {
    return this.json<Answer<'getBudget'>>('GET', '/budget', { options });
  }

  getToolUsage(
    ref: string,
    query: { from?: string; to?: string } = {},
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['getToolUsage']> {
    return this.json<Answer<'getToolUsage'>>(
      'GET',
      `${entityPath('tools', ref, 'MartechTool')}/usage`,
      { query, options },
    );
  }

  getAudit(options?: MaasRequestOptions): ReturnType<MaasApi['getAudit']> {
    return this.json<Answer<'getAudit'>>('GET', '/audit', { options });
  }

  async getAuditCsv(options?: MaasRequestOptions) {
    const res = await this.request('GET', '/audit', {
      query: { format: 'csv' },
      options,
    });
    return res.text();
  }

  getOwnershipMatrix(
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['getOwnershipMatrix']> {
    return this.json<Answer<'getOwnershipMatrix'>>('GET', '/audit/matrix', {
      options,
    });
  }

  getPlans(options?: MaasRequestOptions): ReturnType<MaasApi['getPlans']> {
    return this.json<Answer<'getPlans'>>('GET', '/plans', { options });
  }

  createPlan(
    plan: NewDecommissionPlan,
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['createPlan']> {
    return this.json<Answer<'createPlan'>>('POST', '/plans', {
      body: plan,
      options,
    });
  }

  updatePlan(
    id: string,
    version: number,
    change: DecommissionPlanChange,
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['updatePlan']> {
    return this.json<Answer<'updatePlan'>>(
      'PATCH',
      `/plans/${encodeURIComponent(id)}`,
      { body: change, options, headers: { 'If-Match': `"${version}"` } },
    );
  }

  getCompliance(
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['getCompliance']> {
    return this.json<Answer<'getCompliance'>>(
      'GET',
      '/data-products/compliance',
      { options },
    );
  }

  getCampaigns(
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['getCampaigns']> {
    return this.json<Answer<'getCampaigns'>>('GET', '/campaigns', { options });
  }

  getCampaign(
    ref: CampaignRef,
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['getCampaign']> {
    return this.json<Answer<'getCampaign'>>('GET', campaignPath(ref), {
      options,
    });
  }

  createCampaign(
    campaign: NewCampaign,
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['createCampaign']> {
    return this.json<Answer<'createCampaign'>>('POST', '/campaigns', {
      body: campaign,
      options,
    });
  }

  setCampaignStatus(
    ref: CampaignRef,
    status: CampaignStatus,
    options?: MaasRequestOptions,
  ) {
    return this.json<Answer<'setCampaignStatus'>>('PATCH', campaignPath(ref), {
      body: { status },
      options,
    });
  }

  getCampaignReadiness(ref: CampaignRef, options?: MaasRequestOptions) {
    return this.json<Answer<'getCampaignReadiness'>>(
      'GET',
      `${campaignPath(ref)}/readiness`,
      { options },
    );
  }

  getReadouts(options?: MaasRequestOptions) {
    return this.json<Answer<'getReadouts'>>('GET', '/readouts', { options });
  }

  getReadout(ref: CampaignRef, options?: MaasRequestOptions) {
    return this.json<Answer<'getReadout'>>(
      'GET',
      `${campaignPath(ref)}/readout`,
      { options },
    );
  }

  getGlossary(options?: MaasRequestOptions) {
    return this.json<Answer<'getGlossary'>>('GET', '/glossary', { options });
  }

  getGlossaryTerm(ref: string, options?: MaasRequestOptions) {
    return this.json<Answer<'getGlossaryTerm'>>(
      'GET',
      entityPath('glossary', ref, 'GlossaryTerm'),
      { options },
    );
  }

  postResults(
    ref: CampaignRef,
    results: NewCampaignResults,
    options?: MaasRequestOptions,
  ) {
    return this.json<Answer<'postResults'>>(
      'POST',
      `${campaignPath(ref)}/results`,
      { body: results, options },
    );
  }

  uploadResultsCsv(
    ref: CampaignRef,
    csv: string,
    options?: MaasRequestOptions,
  ) {
    return this.json<Answer<'uploadResultsCsv'>>(
      'POST',
      `${campaignPath(ref)}/results`,
      { text: { content: csv, type: 'text/csv' }, options },
    );
  }

  postAudienceValue(
    audienceRef: string,
    value: NewAudienceValue,
    options?: MaasRequestOptions,
  ) {
    return this.json<Answer<'postAudienceValue'>>(
      'POST',
      `${entityPath('audiences', audienceRef, 'Audience')}/value`,
      { body: value, options },
    );
  }

  getCertification(audienceRef: string, options?: MaasRequestOptions) {
    return this.json<Answer<'getCertification'>>(
      'GET',
      certificationPath(audienceRef),
      { options },
    );
  }

  certifyAudience(
    audienceRef: string,
    role: CertificationRole,
    options?: MaasRequestOptions,
  ) {
    return this.json<Answer<'certifyAudience'>>(
      'POST',
      certificationPath(audienceRef),
      { body: { role }, options },
    );
  }

  withdrawCertification(
    audienceRef: string,
    role: CertificationRole,
    options?: MaasRequestOptions,
  ) {
    return this.json<Answer<'withdrawCertification'>>(
      'DELETE',
      `${certificationPath(audienceRef)}/${encodeURIComponent(role)}`,
      { options },
    );
  }

  getTaxonomy(
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['getTaxonomy']> {
    return this.json<Answer<'getTaxonomy'>>('GET', '/taxonomy', { options });
  }

  getInventoryImports(
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['getInventoryImports']> {
    return this.json<Answer<'getInventoryImports'>>(
      'GET',
      '/inventory/imports',
      { options },
    );
  }

  requestInventoryImport(
    providerId?: string,
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['requestInventoryImport']> {
    return this.json<Answer<'requestInventoryImport'>>(
      'POST',
      '/inventory/imports',
      { body: providerId ? { providerId } : {}, options },
    );
  }

  private async json<T>(
    method: string,
    path: string,
    request: Request,
  ): Promise<T> {
    return (await this.request(method, path, request)).json();
  }

  private async request(
    method: string,
    path: string,
    request: Request,
  ): Promise<Response> {
    const { query = {}, body, text, options, headers = {} } = request;
    const base = await this.discoveryApi.getBaseUrl(MAAS_PLUGIN_ID);
    let content: { type: string; body: string } | undefined;
    if (text) content = { type: text.type, body: text.content };
    else if (body !== undefined)
      content = { type: 'application/json', body: JSON.stringify(body) };
    const res = await this.fetchApi.fetch(`${base}${path}${search(query)}`, {
      method,
      headers: {
        ...headers,
        ...(content ? { 'Content-Type': content.type } : {}),
        ...(options?.token ? { Authorization: `Bearer ${options.token}` } : {}),
      },
      ...(content ? { body: content.body } : {}),
    });
    if (!res.ok) throw await ResponseError.fromResponse(res);
    return res;
  }
}

function search(query: Query): string {
  const entries = Object.entries(query).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}

/** `vendor:braze` → `/vendors/default/braze`. */
function vendorPath(ref: string): string {
  return entityPath('vendors', ref, 'Vendor');
}

/** `audience:repeat-buyers` → `/audiences/default/repeat-buyers/certification`. */
function certificationPath(ref: string): string {
  return `${entityPath('audiences', ref, 'Audience')}/certification`;
}

function entityPath(collection: string, ref: string, defaultKind: string) {
  const { namespace, name } = parseEntityRef(ref, {
    defaultKind,
    defaultNamespace: 'default',
  });
  return `/${collection}/${encodeURIComponent(namespace)}/${encodeURIComponent(
    name,
  )}`;
}

function campaignPath(ref: CampaignRef): string {
  return `/campaigns/${encodeURIComponent(ref.namespace)}/${encodeURIComponent(
    ref.name,
  )}`;
}
