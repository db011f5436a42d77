import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { MAAS_PLUGIN_ID, MaasRequestOptions } from '@maas/plugin-maas-common';

/** What a call to maas-backend carries on behalf of the user who launched the task. */
export async function maasRequestOptions(
  auth: AuthService,
  credentials: BackstageCredentials,
): Promise<MaasRequestOptions> {
  const { token } = await auth.getPluginRequestToken({
    onBehalfOf: credentials,
    targetPluginId: MAAS_PLUGIN_ID,
  });
  return { token };
}
