import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { maasApiRef } from '../api/MaasApi';

/** Every vendor with its reversibility, Data Act checks and decision deadline. */
export function useVendors() {
  const api = useApi(maasApiRef);
  return useAsync(() => api.getVendors(), [api]);
}
