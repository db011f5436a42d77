import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { maasApiRef } from '../api/MaasApi';

/** Who funds the stack: the tools' yearly cost by funder, category and currency. */
export function useBudget() {
  const api = useApi(maasApiRef);
  return useAsync(() => api.getBudget(), [api]);
}
