import { useCallback } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { MaasApi, maasErrorMessage } from '@maas/plugin-maas-common';
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
    async <T>(
      change: (maas: MaasApi) => Promise<T>,
      messages: {
        /** The toast on success; a function makes it from what the change answered. */
        success?: string | ((result: T) => string);
        failure: (reason: string) => string;
      },
    ): Promise<boolean> => {
      let result: T;
      try {
        result = await change(api);
      } catch (error) {
        toastApi.post({
          title: messages.failure(maasErrorMessage(error)),
          status: 'danger',
        });
        return false;
      }
      const success =
        typeof messages.success === 'function'
          ? messages.success(result)
          : messages.success;
      if (success) {
        toastApi.post({ title: success, status: 'success', timeout: 5000 });
      }
      return true;
    },
    [api, toastApi],
  );
}
