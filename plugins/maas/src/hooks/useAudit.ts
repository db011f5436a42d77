import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { maasApiRef } from '../api/MaasApi';

/** The ownership audit's findings and the ownership matrix. */
export function useAudit() {
  const api = useApi(maasApiRef);
  return useAsync(async () => {
    const [audit, matrix] = await Promise.all([
      api.getAudit(),
      api.getOwnershipMatrix(),
    ]);
    return { audit, matrix };
  }, [api]);
}
