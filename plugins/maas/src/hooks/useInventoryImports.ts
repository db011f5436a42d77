import { useCallback, useEffect, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maasApiRef } from '../api/MaasApi';

/** How often the results are read again while a requested import has not answered. */
const POLL_MS = 2000;
/** How long to wait for a requested import's result before giving up polling. */
const WAIT_MS = 120_000;

/**
 * The latest result of each inventory import. `awaitImport(requestedAt)` reads them again every
 * few seconds until every import has a result that finished after the request.
 */
export function useInventoryImports() {
  const api = useApi(maasApiRef);
  const state = useAsyncRetry(() => api.getInventoryImports(), [api]);
  const [waitingSince, setWaitingSince] = useState<string>();
  const { retry, value } = state;

  const answered =
    waitingSince !== undefined &&
    (value?.items ?? []).length > 0 &&
    (value?.items ?? []).every(r => r.finishedAt >= waitingSince);

  useEffect(() => {
    if (waitingSince === undefined) return undefined;
    if (answered || Date.now() - Date.parse(waitingSince) > WAIT_MS) {
      setWaitingSince(undefined);
      return undefined;
    }
    const timer = setTimeout(retry, POLL_MS);
    return () => clearTimeout(timer);
  }, [waitingSince, answered, retry, value]);

  const awaitImport = useCallback(
    (requestedAt: string) => {
      setWaitingSince(requestedAt);
      retry();
    },
    [retry],
  );
  return { ...state, waiting: waitingSince !== undefined, awaitImport };
}
