import {
  certificationRoles,
  maasAudienceCertifyPermission,
} from '@maas/plugin-maas-common';
import { Router } from 'express';
import { z } from 'zod';
import { CertificationService } from './CertificationService';
import { parseInput, refFromPath } from './parseInput';
import { RouteHelpers } from './routeHelpers';

const certifyBody = z.object({ role: z.enum(certificationRoles) }).strict();
const roleParam = z.enum(certificationRoles);

/** Two-key certification of audiences: read it, turn a key, withdraw one. */
export function addCertificationRoutes(
  router: Router,
  deps: { certifications: CertificationService },
  helpers: RouteHelpers,
) {
  const { certifications } = deps;
  const path = '/audiences/:namespace/:name/certification';

  router.get(path, async (req, res) => {
    const credentials = await helpers.credentials(req, ['user']);
    res.json(
      await certifications.get(
        refFromPath('audience', req.params),
        credentials,
      ),
    );
  });

  router.post(path, async (req, res) => {
    const credentials = await helpers.authorize(
      req,
      maasAudienceCertifyPermission,
      ['user'],
    );
    const { role } = parseInput(certifyBody, req.body, 'certification');
    const ref = refFromPath('audience', req.params);
    const certification = await helpers.audited(
      req,
      'audience-certify',
      { audience: ref, role },
      () => certifications.certify(ref, role, credentials),
    );
    res.status(201).json(certification);
  });

  router.delete(`${path}/:role`, async (req, res) => {
    const credentials = await helpers.authorize(
      req,
      maasAudienceCertifyPermission,
      ['user'],
    );
    const role = parseInput(roleParam, req.params.role, 'key');
    const ref = refFromPath('audience', req.params);
    const certification = await helpers.audited(
      req,
      'audience-certification-withdraw',
      { audience: ref, role },
      () => certifications.withdraw(ref, role, credentials),
    );
    res.json(certification);
  });
}
