import { ReactElement } from 'react';
import { Entity } from '@backstage/catalog-model';
import {
  catalogApiRef,
  entityRouteRef,
  EntityProvider,
} from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { coreApiRefs } from '../api/coreApiRefs';
import { maasApiRef, MaasApi } from '../api/MaasApi';

/**
 * Renders a tab with the MaaS API (and the catalogue) answering as given.
 *
 * Await it: renderInTestApp renders inside an async act() scope, and a test
 * that queries while that scope is still open overlaps it with testing-library's
 * own act() calls, which left React's queued updates unflushed (the tab stayed
 * on its loading state) on a busy CI machine.
 */
export async function renderTab(
  element: ReactElement,
  options: {
    maas: Partial<MaasApi>;
    catalog?: object;
    allowed?: boolean;
    /** Where the app starts, with its query: `/?severity=high`. */
    route?: string;
  },
) {
  const alerts: string[] = [];
  const result = await renderInTestApp(
    <TestApiProvider
      apis={[
        [maasApiRef, options.maas],
        [catalogApiRef, options.catalog ?? {}],
        [
          permissionApiRef,
          {
            authorize: async () => ({
              result:
                options.allowed === false
                  ? AuthorizeResult.DENY
                  : AuthorizeResult.ALLOW,
            }),
          },
        ],
        [
          coreApiRefs.toast,
          {
            post: (toast: { title: string }) => {
              alerts.push(toast.title);
              return { close: () => {} };
            },
          },
        ],
      ]}
    >
      {element}
    </TestApiProvider>,
    {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      ...(options.route ? { routeEntries: [options.route] } : {}),
    },
  );
  return { result, alerts };
}

/** Renders an entity card on the given entity, with the MaaS API answering as given. */
export function renderCard(
  card: ReactElement,
  entity: Entity,
  maas: Partial<MaasApi> = {},
) {
  return renderTab(<EntityProvider entity={entity}>{card}</EntityProvider>, {
    maas,
  });
}
