import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { GlossaryTermView } from '@maas/plugin-maas-common';
import { computeGlossary } from '../domain/glossaryView';
import { AuditService } from './AuditService';
import { InsightsService } from './InsightsService';
import { PlatformReader } from './PlatformReader';

/** The shared glossary: the terms, with the KPIs computing them and the audit's findings. */
export class GlossaryService {
  constructor(
    private readonly deps: {
      platform: PlatformReader;
      audit: AuditService;
      insights: InsightsService;
    },
  ) {}

  async glossary(
    credentials: BackstageCredentials,
  ): Promise<GlossaryTermView[]> {
    const { platform, audit, insights } = this.deps;
    const asOf = platform.today();
    const loaded = await platform.load(credentials);
    const [kpis, findings] = await Promise.all([
      insights.kpisOf(loaded, asOf),
      audit.auditOf(loaded, asOf),
    ]);
    return computeGlossary(loaded, kpis, findings);
  }

  /** One term of a glossary already computed; a 404 when the catalogue holds none by that ref. */
  static term(glossary: GlossaryTermView[], ref: string): GlossaryTermView {
    const wanted = ref.toLocaleLowerCase('en-US');
    const found = glossary.find(
      t => t.ref.toLocaleLowerCase('en-US') === wanted,
    );
    if (!found)
      throw new NotFoundError(`No glossary term ${ref} in the catalogue`);
    return found;
  }
}
