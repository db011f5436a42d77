import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { maasApiRef } from '../api/MaasApi';

/** Every campaign with its readout, as maas-backend computes them from the results. */
export function useReadouts() {
  const api = useApi(maasApiRef);
  return useAsync(async () => (await api.getReadouts()).items, [api]);
}
