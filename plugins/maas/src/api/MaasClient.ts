import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { MaasApi } from './MaasApi';

/** The {@link MaasApi} over HTTP, with the signed-in user's credentials. @public */
export class MaasClient implements MaasApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  private async request(path: string, init?: RequestInit): Promise<Response> {
    const base = await this.deps.discoveryApi.getBaseUrl('maas');
    const res = await this.deps.fetchApi.fetch(`${base}${path}`, {
      ...init,
      headers: {
        ...(init?.body ? { 'Content-Type': 'application/json' } : {}),
        ...init?.headers,
      },
    });
    if (!res.ok) throw await ResponseError.fromResponse(res);
    return res;
  }

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    return (await this.request(path, init)).json();
  }

  private static query(params: Record<string, string | undefined>): string {
    const entries = Object.entries(params).filter(
      ([, v]) => v !== undefined,
    ) as string[][];
    return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
  }

  private static vendorPath(ref: string): string {
    const [, rest] = ref.split(':');
    const [namespace, name] = rest.includes('/')
      ? rest.split('/')
      : ['default', rest];
    return `/vendors/${encodeURIComponent(namespace)}/${encodeURIComponent(
      name,
    )}`;
  }

  getKpis() {
    return this.json<Awaited<ReturnType<MaasApi['getKpis']>>>('/kpis');
  }

  getHistory(options: { from?: string; to?: string } = {}) {
    return this.json<Awaited<ReturnType<MaasApi['getHistory']>>>(
      `/history${MaasClient.query(options)}`,
    );
  }

  getVendors(options: { on?: string } = {}) {
    return this.json<Awaited<ReturnType<MaasApi['getVendors']>>>(
      `/vendors${MaasClient.query(options)}`,
    );
  }

  getVendor(ref: string, options: { on?: string } = {}) {
    return this.json<Awaited<ReturnType<MaasApi['getVendor']>>>(
      `${MaasClient.vendorPath(ref)}${MaasClient.query(options)}`,
    );
  }

  recordDecision(
    ref: string,
    decision: Parameters<MaasApi['recordDecision']>[1],
  ) {
    return this.json<Awaited<ReturnType<MaasApi['recordDecision']>>>(
      `${MaasClient.vendorPath(ref)}/decisions`,
      { method: 'POST', body: JSON.stringify(decision) },
    );
  }

  getTools() {
    return this.json<Awaited<ReturnType<MaasApi['getTools']>>>('/tools');
  }

  getSprawl() {
    return this.json<Awaited<ReturnType<MaasApi['getSprawl']>>>('/sprawl');
  }

  getAudit() {
    return this.json<Awaited<ReturnType<MaasApi['getAudit']>>>('/audit');
  }

  async getAuditCsv() {
    return (await this.request('/audit?format=csv')).text();
  }

  getOwnershipMatrix() {
    return this.json<Awaited<ReturnType<MaasApi['getOwnershipMatrix']>>>(
      '/audit/matrix',
    );
  }

  getPlans() {
    return this.json<Awaited<ReturnType<MaasApi['getPlans']>>>('/plans');
  }

  createPlan(plan: Parameters<MaasApi['createPlan']>[0]) {
    return this.json<Awaited<ReturnType<MaasApi['createPlan']>>>('/plans', {
      method: 'POST',
      body: JSON.stringify(plan),
    });
  }

  updatePlan(id: string, change: Parameters<MaasApi['updatePlan']>[1]) {
    return this.json<Awaited<ReturnType<MaasApi['updatePlan']>>>(
      `/plans/${encodeURIComponent(id)}`,
      { method: 'PATCH', body: JSON.stringify(change) },
    );
  }

  getCompliance() {
    return this.json<Awaited<ReturnType<MaasApi['getCompliance']>>>(
      '/data-products/compliance',
    );
  }
}
