import { Router } from 'express';
import { toCsv } from '../domain/csv';
import { AuditService } from './AuditService';
import { parseInput, viewQuery } from './parseInput';
import { RouteHelpers } from './routeHelpers';
import { ViewCache } from './ViewCache';

/** The ownership audit and the ownership matrix, as JSON or CSV. */
export function addAuditRoutes(
  router: Router,
  deps: { audit: AuditService; views: ViewCache },
  helpers: RouteHelpers,
) {
  const { audit, views } = deps;
  const auditView = views.define(
    'audit',
    (credentials, params: { asOf?: string }) =>
      audit.audit(credentials, params),
    { warm: {} },
  );

  router.get('/audit', async (req, res) => {
    const query = parseInput(viewQuery, req.query, 'query');
    const credentials = await helpers.credentials(req);
    if (query.format !== 'csv') {
      await auditView.send(req, res, credentials, { asOf: query.asOf });
      return;
    }
    const report = await auditView.get<
      Awaited<ReturnType<AuditService['audit']>>
    >(credentials, { asOf: query.asOf });
    res
      .type('text/csv; charset=utf-8')
      .attachment(`maas-audit-${report.asOf}.csv`)
      .send(
        toCsv(report.findings, [
          { header: 'severity', value: f => f.severity },
          { header: 'rule', value: f => f.rule },
          { header: 'kind', value: f => f.kind },
          { header: 'entity', value: f => f.entityRef },
          { header: 'title', value: f => f.title },
          { header: 'owner', value: f => f.owner },
          { header: 'technical_owner', value: f => f.technicalOwner },
          { header: 'must_act', value: f => f.mustAct },
          { header: 'message', value: f => f.message },
        ]),
      );
  });

  router.get('/audit/matrix', async (req, res) => {
    const query = parseInput(viewQuery, req.query, 'query');
    const credentials = await helpers.credentials(req);
    const matrix = await views.get(credentials, 'matrix', {}, () =>
      audit.ownershipMatrix(credentials),
    );
    if (query.format === 'csv') {
      const rows = matrix.rows.flatMap(r =>
        matrix.kinds.map(kind => ({
          group: r.group,
          known: r.known,
          kind,
          ...r.cells[kind],
        })),
      );
      res
        .type('text/csv; charset=utf-8')
        .attachment('maas-ownership-matrix.csv')
        .send(
          toCsv(rows, [
            { header: 'group', value: r => r.group },
            { header: 'in_catalogue', value: r => r.known },
            { header: 'kind', value: r => r.kind },
            { header: 'marketing_owner_of', value: r => r.marketing },
            { header: 'it_owner_of', value: r => r.it },
            { header: 'co_owned', value: r => r.coOwned },
          ]),
        );
      return;
    }
    res.json(matrix);
  });
}
