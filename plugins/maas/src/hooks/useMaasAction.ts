import { useCallback } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { MaasApi } from '@maas/plugin-maas-common';
import { maasApiRef } from '../api/MaasApi';

/**
 * Runs a change against maas-backend and tells the user how it went: the success message as a
 * transient alert, a failure with maas-backend's reason. Resolves whether the change was made.
 */
export function useMaasAction() {
  const api = useApi(maasApiRef);
  const alertApi = useApi(alertApiRef);
  return useCallback(
    async (
      change: (maas: MaasApi) => Promise<unknown>,
      messages: { success?: string; failure: (reason: string) => string },
    ): Promise<boolean> => {
      try {
        await change(api);
      } catch (error) {
        alertApi.post({
          message: messages.failure((error as Error).message),
          severity: 'error',
        });
        return false;
      }
      if (messages.success) {
        alertApi.post({
          message: messages.success,
          severity: 'success',
          display: 'transient',
        });
      }
      return true;
    },
    [api, alertApi],
  );
}
