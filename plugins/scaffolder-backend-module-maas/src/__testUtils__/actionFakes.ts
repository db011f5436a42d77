// What the action tests share: a small catalogue, maas-backend at the edge, a task context.
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type { ActionContext } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { MaasApiClient } from '@maas/plugin-maas-common';

const maasEntity = (
  kind: string,
  name: string,
  spec: object,
  title?: string,
): Entity => ({
  apiVersion: 'maas.dev/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', ...(title ? { title } : {}) },
  spec: spec as any,
});

const entities = new Map<string, Entity>(
  [
    maasEntity(
      'Audience',
      'repeat-buyers',
      {
        owner: 'group:crm',
        definition: 'x',
        sourceDataProducts: ['dataproduct:crm'],
        certified: true,
        estimatedSize: 412000,
      },
      'Repeat buyers',
    ),
    maasEntity(
      'Audience',
      'cart-abandoners',
      {
        owner: 'group:crm',
        definition: 'x',
        sourceDataProducts: ['dataproduct:web'],
        certified: false,
        estimatedSize: 38000,
      },
      'Web cart abandoners',
    ),
    maasEntity('DataProduct', 'crm', {
      owner: 'g',
      consent: { purposes: [1, 3, 4, 5, 6, 7] },
    }),
    maasEntity('DataProduct', 'web', {
      owner: 'g',
      consent: { purposes: [1, 7, 8] },
    }),
    maasEntity(
      'MartechTool',
      'braze',
      {
        vendor: 'v',
        owner: 'g',
        category: 'engagement',
        capabilities: ['email-sending'],
        lifecycle: 'active',
      },
      'Braze',
    ),
    maasEntity(
      'MartechTool',
      'mailchimp',
      {
        vendor: 'v',
        owner: 'g',
        category: 'engagement',
        capabilities: ['email-sending'],
        lifecycle: 'active',
      },
      'Mailchimp',
    ),
    maasEntity(
      'MartechTool',
      'old-esp',
      {
        vendor: 'v',
        owner: 'g',
        category: 'engagement',
        capabilities: ['email-sending'],
        lifecycle: 'sunsetting',
      },
      'Old ESP',
    ),
    maasEntity(
      'MartechTool',
      'ads',
      {
        vendor: 'v',
        owner: 'g',
        category: 'advertising',
        capabilities: ['paid-social'],
        lifecycle: 'active',
      },
      'Ads',
    ),
  ].map(e => [
    `${e.kind.toLocaleLowerCase('en-US')}:default/${e.metadata.name}`,
    e,
  ]),
);

/** The catalogue at the edge: the entities above, by reference. */
export const catalog = {
  getEntityByRef: async (ref: string) => entities.get(ref),
  getEntitiesByRefs: async ({ entityRefs }: { entityRefs: string[] }) => ({
    items: entityRefs.map(r => entities.get(r)),
  }),
} as unknown as CatalogService;

/** maas-backend at the edge: canned answers by method and path, what was posted, and as whom. */
export function fakeMaas(answers: Record<string, unknown>) {
  const posted: unknown[] = [];
  const authorizations: string[] = [];
  const maas = new MaasApiClient({
    discoveryApi: { getBaseUrl: async () => 'http://maas.test/api/maas' },
    fetchApi: {
      fetch: async (url, init) => {
        const method = init?.method ?? 'GET';
        authorizations.push(
          (init?.headers as Record<string, string>).Authorization,
        );
        const path = new URL(String(url)).pathname.replace(/^\/api\/maas/, '');
        if (method === 'POST') posted.push(JSON.parse(String(init?.body)));
        const key = `${method} ${path}`;
        const answer = answers[key];
        if (answer instanceof Response) return answer;
        return key in answers
          ? Response.json(answer)
          : new Response(null, { status: 404 });
      },
    },
  });
  return { maas, posted, authorizations };
}

export const auth = mockServices.auth();

/**
 * A task context with the given input; `extra` overrides parts of it. Typed with this package's
 * scaffolder-node: the test utilities still depend on the release before.
 */
export function context(
  input: object,
  extra: object = {},
): ActionContext<any, any> {
  return createMockActionContext({
    input: input as any,
    getInitiatorCredentials: async () =>
      mockCredentials.user('user:default/ines.garcia'),
    ...extra,
  });
}
