import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { maasApiRef } from '../api/MaasApi';

/** A tool's licence usage over the last year, and the figures maas-backend reads now. */
export function useToolUsage(entity: Entity) {
  const api = useApi(maasApiRef);
  const ref = stringifyEntityRef(entity);
  return useAsync(() => api.getToolUsage(ref), [api, ref]);
}
