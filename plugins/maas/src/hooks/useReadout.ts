import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maasApiRef } from '../api/MaasApi';

/** A campaign's readout and each arm's cumulative figures per day; `retry` reads it again. */
export function useReadout(namespace: string, name: string) {
  const api = useApi(maasApiRef);
  return useAsyncRetry(
    () => api.getReadout({ namespace, name }),
    [api, namespace, name],
  );
}
