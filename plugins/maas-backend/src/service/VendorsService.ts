import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  checkDataAct,
  isVendorEntity,
  ReversibilitySettings,
  ToolReversibility,
  VendorDecision,
  VendorDecisionKind,
  VendorEntity,
  VendorView,
} from '@maas/plugin-maas-common';
import { MaasStore } from '../database/MaasStore';
import { decisionDeadline } from '../domain/deadlines';
import { decisionsByVendor } from '../domain/decisions';
import { refOf } from '../domain/platform';
import {
  toolReversibility,
  vendorReversibility,
} from '../domain/platformReversibility';
import { PlatformReader } from './PlatformReader';

/** Vendors and tools with their reversibility, Data Act checks, deadlines and decisions. */
export class VendorsService {
  constructor(
    private readonly deps: {
      platform: PlatformReader;
      store: MaasStore;
      reversibility: ReversibilitySettings;
    },
  ) {}

  /** Vendors, least reversible first: score, Data Act checks, deadline, decisions. */
  async vendors(
    credentials: BackstageCredentials,
    options: { asOf?: string; on?: string },
  ): Promise<VendorView[]> {
    const asOf = options.asOf ?? this.deps.platform.today();
    const platform = await this.deps.platform.load(credentials);
    const decisions = decisionsByVendor(await this.deps.store.listDecisions());
    return vendorReversibility(platform, this.deps.reversibility).map(score => {
      const vendor = platform.byRef.get(score.ref) as VendorEntity;
      const deadline = decisionDeadline(vendor, asOf);
      const history = decisions.get(score.ref) ?? [];
      const latest = history[history.length - 1];
      return {
        ...score,
        contract: vendor.spec.contract ?? null,
        dataAct: {
          asOf: { date: asOf, checks: checkDataAct(vendor, asOf) },
          ...(options.on
            ? {
                on: {
                  date: options.on,
                  checks: checkDataAct(vendor, options.on),
                },
              }
            : {}),
        },
        deadline: deadline ?? null,
        latestDecision: latest ?? null,
        decidedForCurrentTerm: Boolean(
          deadline && history.some(d => d.termEnd === deadline.termEnd),
        ),
      };
    });
  }

  async vendor(
    credentials: BackstageCredentials,
    vendorRef: string,
    options: { asOf?: string; on?: string },
  ): Promise<VendorView> {
    const all = await this.vendors(credentials, options);
    const found = all.find(v => v.ref === vendorRef);
    if (!found)
      throw new NotFoundError(`No vendor ${vendorRef} in the catalogue`);
    return {
      ...found,
      decisions: await this.deps.store.listDecisions(vendorRef),
    };
  }

  async tools(credentials: BackstageCredentials): Promise<ToolReversibility[]> {
    const platform = await this.deps.platform.load(credentials);
    return toolReversibility(platform, this.deps.reversibility).sort(
      (a, b) => a.score - b.score || a.ref.localeCompare(b.ref),
    );
  }

  async recordDecision(
    credentials: BackstageCredentials,
    vendorRef: string,
    input: { decision: VendorDecisionKind; note?: string; decidedBy: string },
  ): Promise<VendorDecision> {
    const vendor = await this.deps.platform.entity(vendorRef, credentials);
    if (!vendor || !isVendorEntity(vendor)) {
      throw new NotFoundError(`No vendor ${vendorRef} in the catalogue`);
    }
    return this.deps.store.addDecision({
      vendorRef: refOf(vendor),
      decision: input.decision,
      ...(input.note ? { note: input.note } : {}),
      decidedBy: input.decidedBy,
      decidedAt: new Date().toISOString(),
      ...(vendor.spec.contract?.end
        ? { termEnd: vendor.spec.contract.end }
        : {}),
    });
  }
}
