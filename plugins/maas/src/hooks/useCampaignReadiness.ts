import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maasApiRef } from '../api/MaasApi';

/**
 * A campaign as maas-backend holds it now (the catalogue may lag behind), what the launch
 * policy says of it, and the moves the signed-in user may make.
 */
export function useCampaignReadiness(namespace: string, name: string) {
  const api = useApi(maasApiRef);
  return useAsyncRetry(async () => {
    const ref = { namespace, name };
    const [campaign, readiness] = await Promise.all([
      api.getCampaign(ref),
      api.getCampaignReadiness(ref),
    ]);
    return { campaign, readiness };
  }, [api, namespace, name]);
}
