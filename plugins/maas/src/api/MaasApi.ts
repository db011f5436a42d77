import { createApiRef } from '@backstage/core-plugin-api';
import type { MaasApi } from '@maas/plugin-maas-common';

export type { MaasApi };

/** The MaaS backend, as the frontend uses it; implemented by maas-common's `MaasApiClient`. @public */
export const maasApiRef = createApiRef<MaasApi>({ id: 'plugin.maas.api' });
