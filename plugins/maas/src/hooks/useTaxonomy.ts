import { useApi } from '@backstage/core-plugin-api';
import { MaasApi, Taxonomy } from '@maas/plugin-maas-common';
import useAsync from 'react-use/esm/useAsync';
import { maasApiRef } from '../api/MaasApi';

// One request per app, however many cards ask: the taxonomy changes only with config.
const loaded = new WeakMap<MaasApi, Promise<Taxonomy>>();

function taxonomyOf(api: MaasApi): Promise<Taxonomy> {
  let taxonomy = loaded.get(api);
  if (!taxonomy) {
    taxonomy = Promise.resolve()
      .then(() => api.getTaxonomy())
      .then(document => Taxonomy.fromDocument(document));
    // A failed load is tried again by the next card that asks.
    taxonomy.catch(() => loaded.delete(api));
    loaded.set(api, taxonomy);
  }
  return taxonomy;
}

/**
 * The taxonomy maas-backend serves: the built-in capabilities and categories with what
 * `maas.taxonomy` adds and aliases. Undefined while it loads or if it cannot be read; callers
 * then show ids (see {@link capabilityTitle}).
 */
export function useTaxonomy(): Taxonomy | undefined {
  const api = useApi(maasApiRef);
  return useAsync(() => taxonomyOf(api), [api]).value;
}

/** A capability's title, or the id as written while the taxonomy is not there or lacks it. */
export function capabilityTitle(
  taxonomy: Taxonomy | undefined,
  id: string,
): string {
  return taxonomy?.getCapability(id)?.title ?? id;
}
