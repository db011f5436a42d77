import { createBackendModule } from '@backstage/backend-plugin-api';
import { makeValidator, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  authProvidersExtensionPoint,
  createProxyAuthenticator,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';

const validators = makeValidator();

/**
 * Signs in as any user of the demo organisation: `GET /api/auth/demo/refresh?user=raj.patel`
 * answers a token for `user:default/raj.patel`, with the groups the catalogue gives it. The
 * start command records the demo's certifications with it, as the people who hold the keys,
 * and the tests act as each team. Like the guest provider, it works only in development
 * (`NODE_ENV=development`) and only where `auth.providers.demo` is configured: never in the
 * production configuration.
 */
export const demoUsersAuthenticator = createProxyAuthenticator({
  defaultProfileTransform: async (result: { userEntityRef: string }) => ({
    profile: { displayName: result.userEntityRef },
  }),
  initialize() {
    return { enabled: process.env.NODE_ENV === 'development' };
  },
  async authenticate({ req }, { enabled }) {
    if (!enabled) {
      throw new NotAllowedError(
        'The demo users sign-in works only in a development environment',
      );
    }
    const name = req.query.user;
    if (typeof name !== 'string' || !validators.isValidEntityName(name)) {
      throw new InputError(
        'Name a demo user: ?user=<name of a catalogue User>',
      );
    }
    return {
      result: {
        userEntityRef: stringifyEntityRef({
          kind: 'User',
          namespace: 'default',
          name,
        }),
      },
    };
  },
});

/** The `demo` sign-in provider, for the demo and the tests (see {@link demoUsersAuthenticator}). */
export default createBackendModule({
  pluginId: 'auth',
  moduleId: 'demo-users-provider',
  register(reg) {
    reg.registerInit({
      deps: { providers: authProvidersExtensionPoint },
      async init({ providers }) {
        providers.registerProvider({
          providerId: 'demo',
          factory: createProxyAuthProviderFactory({
            authenticator: demoUsersAuthenticator,
            // Only users the catalogue has, with the memberships it gives them.
            signInResolver: async ({ result }, ctx) =>
              ctx.signInWithCatalogUser({ entityRef: result.userEntityRef }),
          }),
        });
      },
    });
  },
});
