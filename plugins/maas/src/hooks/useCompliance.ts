import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { maasApiRef } from '../api/MaasApi';

/** Each data product's and audience's SLA compliance over the window. */
export function useCompliance() {
  const api = useApi(maasApiRef);
  return useAsync(() => api.getCompliance(), [api]);
}
