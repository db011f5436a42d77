import { createRouteRef } from '@backstage/core-plugin-api';

/** The marketing platform page. @public */
export const rootRouteRef = createRouteRef({ id: 'maas' });
