import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Finding, OwnershipMatrix } from '@maas/plugin-maas-common';
import { MaasStore } from '../database/MaasStore';
import { computeAudit } from '../domain/audit';
import { decidedTerms } from '../domain/decisions';
import { computeOwnershipMatrix } from '../domain/ownershipMatrix';
import { Platform } from '../domain/platform';
import { CertificationService } from './CertificationService';
import { LicenceUsageService } from './LicenceUsageService';
import { MeasurementsService } from './MeasurementsService';
import { PlatformReader } from './PlatformReader';

/** The ownership audit: its findings, and who owns what. */
export class AuditService {
  constructor(
    private readonly deps: {
      platform: PlatformReader;
      store: MaasStore;
      measurements: MeasurementsService;
      certifications: CertificationService;
      horizonDays: number;
      usage: LicenceUsageService;
    },
  ) {}

  async audit(
    credentials: BackstageCredentials,
    options: { asOf?: string },
  ): Promise<{ asOf: string; horizonDays: number; findings: Finding[] }> {
    const asOf = options.asOf ?? this.deps.platform.today();
    const platform = await this.deps.platform.load(credentials);
    return {
      asOf,
      horizonDays: this.deps.horizonDays,
      findings: await this.auditOf(platform, asOf),
    };
  }

  /**
   * The findings on a loaded platform, SLA breaches from the measurements and certifications
   * from their keys included.
   */
  async auditOf(platform: Platform, asOf: string): Promise<Finding[]> {
    const { measurements } = this.deps;
    return computeAudit({
      platform,
      asOf,
      horizonDays: this.deps.horizonDays,
      decidedTerms: decidedTerms(await this.deps.store.listDecisions()),
      sla: {
        report: await measurements.compliance(platform, { asOf }),
        targetSharePct: measurements.targetSharePct,
      },
      certifications: {
        byRef: await this.deps.certifications.statusesOf(platform),
        now: new Date(),
      },
      usage: await this.deps.usage.latest(asOf),
    });
  }

  async ownershipMatrix(
    credentials: BackstageCredentials,
  ): Promise<OwnershipMatrix> {
    return computeOwnershipMatrix(await this.deps.platform.load(credentials));
  }
}
