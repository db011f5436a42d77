import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maasApiRef } from '../api/MaasApi';

/** An audience's two-key certification, with the keys the signed-in user may turn. */
export function useCertification(audienceRef: string) {
  const api = useApi(maasApiRef);
  return useAsyncRetry(
    () => api.getCertification(audienceRef),
    [api, audienceRef],
  );
}
