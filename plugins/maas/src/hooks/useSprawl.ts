import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { maasApiRef } from '../api/MaasApi';

/** The sprawl report: overlaps by capability, licence use, decommissioning candidates. */
export function useSprawl() {
  const api = useApi(maasApiRef);
  return useAsync(() => api.getSprawl(), [api]);
}
