import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maasApiRef } from '../api/MaasApi';

/**
 * The decommissioning plans and the sprawl report (candidates, retirement progress);
 * `retry` reloads both after a plan is created or moved.
 */
export function useDecommissioning() {
  const api = useApi(maasApiRef);
  return useAsyncRetry(async () => {
    const [plans, sprawl] = await Promise.all([
      api.getPlans(),
      api.getSprawl(),
    ]);
    return { plans: plans.items, sprawl };
  }, [api]);
}
