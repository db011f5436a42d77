import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { maasApiRef } from '../api/MaasApi';

/** The reversibility score of a vendor or a tool; undefined when maas-backend has none for it. */
export function useReversibility(entity: Entity) {
  const api = useApi(maasApiRef);
  const ref = stringifyEntityRef(entity);
  const isVendor = entity.kind === 'Vendor';
  return useAsync(async () => {
    if (isVendor) return api.getVendor(ref);
    const { items } = await api.getTools();
    return items.find(t => t.ref === ref);
  }, [api, ref, isVendor]);
}
