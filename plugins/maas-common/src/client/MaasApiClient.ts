import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
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
    ref: { namespace: string; name: string },
    options?: MaasRequestOptions,
  ): ReturnType<MaasApi['getCampaign']> {
    return this.json<Answer<'getCampaign'>>(
      'GET',
      `/campaigns/${encodeURIComponent(ref.namespace)}/${encodeURIComponent(
        ref.name,
      )}`,
      { options },
    );
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
    const { query = {}, body, options, headers = {} } = request;
    const base = await this.discoveryApi.getBaseUrl(MAAS_PLUGIN_ID);
    const res = await this.fetchApi.fetch(`${base}${path}${search(query)}`, {
      method,
      headers: {
        ...headers,
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(options?.token ? { Authorization: `Bearer ${options.token}` } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
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
  const { namespace, name } = parseEntityRef(ref, {
    defaultKind: 'Vendor',
    defaultNamespace: 'default',
  });
  return `/vendors/${encodeURIComponent(namespace)}/${encodeURIComponent(
    name,
  )}`;
}
