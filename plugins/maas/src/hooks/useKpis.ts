import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { maasApiRef } from '../api/MaasApi';

/** The platform KPIs and the daily snapshots their trends are drawn from. */
export function useKpis() {
  const api = useApi(maasApiRef);
  return useAsync(async () => {
    const [{ kpis }, { items }] = await Promise.all([
      api.getKpis(),
      api.getHistory(),
    ]);
    return { kpis, history: items };
  }, [api]);
}
