import * as frontendPluginApi from '@backstage/frontend-plugin-api';

// Read through a variable: a bundler then checks no export by name, so an app on 1.55 builds
// without "export 'coreApis' was not found".
const api: Partial<typeof frontendPluginApi> = frontendPluginApi;

/**
 * The core utility APIs this plugin uses, in either frontend system and on every supported
 * release. Backstage 1.57 (frontend-plugin-api 1.0) groups them in `coreApis` and deprecates the
 * separate refs; an app on 1.55 resolves frontend-plugin-api 0.18, which has only the separate
 * ones. Both are the same ref objects, so each app gets the implementations it registered.
 */
export const coreApiRefs: Pick<
  typeof frontendPluginApi.coreApis,
  'discovery' | 'fetch' | 'toast'
> = api.coreApis ?? {
  discovery: api.discoveryApiRef!,
  fetch: api.fetchApiRef!,
  toast: api.toastApiRef!,
};
