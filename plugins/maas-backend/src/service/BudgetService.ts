import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { BudgetReport, Taxonomy } from '@maas/plugin-maas-common';
import { computeBudget } from '../domain/budget';
import { PlatformReader } from './PlatformReader';

/** Who funds the stack: the tools' yearly cost by funder, category and currency. */
export class BudgetService {
  constructor(
    private readonly deps: { platform: PlatformReader; taxonomy: Taxonomy },
  ) {}

  async budget(credentials: BackstageCredentials): Promise<BudgetReport> {
    return computeBudget(
      await this.deps.platform.load(credentials),
      this.deps.taxonomy,
    );
  }
}
