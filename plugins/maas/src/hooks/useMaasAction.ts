import { useCallback } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { MaasApi } from '@maas/plugin-maas-common';
import { coreApiRefs } from '../api/coreApiRefs';
import { maasApiRef } from '../api/MaasApi';

/**
 * Runs a change against maas-backend and tells the user how it went: the success message as a
 * toast that goes away, a failure with maas-backend's reason as one that stays. Resolves whether
 * the change was made.
 */
export function useMaasAction() {
  const api = useApi(maasApiRef);
  const toastApi = useApi(coreApiRefs.toast);
  return useCallback(
    async (
      change: (maas: MaasApi) => Promise<unknown>,
      messages: { success?: string; failure: (reason: string) => string },
    ): Promise<boolean> => {
      try {
        await change(api);
      } catch (error) {
        toastApi.post({
          title: messages.failure((error as Error).message),
          status: 'danger',
        });
        return false;
      }
      if (messages.success) {
        toastApi.post({
          title: messages.success,
          status: 'success',
          timeout: 5000,
        });
      }
      return true;
    },
    [api, toastApi],
  );
}
