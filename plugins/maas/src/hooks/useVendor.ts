import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maasApiRef } from '../api/MaasApi';

/** One vendor with its decision history; `retry` reloads it after a decision is recorded. */
export function useVendor(vendorRef: string) {
  const api = useApi(maasApiRef);
  return useAsyncRetry(() => api.getVendor(vendorRef), [api, vendorRef]);
}
