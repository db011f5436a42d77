import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  MaasPermissionPolicy,
  readMaasPolicySettings,
} from './MaasPermissionPolicy';

/** Installs the app's permission policy. */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'maas-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(
          new MaasPermissionPolicy(readMaasPolicySettings(config)),
        );
      },
    });
  },
});
