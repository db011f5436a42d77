import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DataProductEntity,
  LaunchFacts,
  Taxonomy,
} from '@maas/plugin-maas-common';
import { MaasStore } from '../database/MaasStore';
import { CertificationService } from './CertificationService';
import { MeasurementsService } from './MeasurementsService';

/** What the launch policy reads of a campaign: its references, resolved to full refs. */
export type LaunchSubject = LaunchFacts['campaign'];

/**
 * Gathers what the launch policy decides on, at the moment it is asked: the campaign's owner,
 * template, audience, sources and channels straight from the catalogue (with the plugin's own
 * credentials, so the policy sees everything whoever asks), the open decommissioning plans,
 * the audience's certification and its sources' freshness; and the merged taxonomy, so that a
 * channel naming a capability by a `maas.taxonomy` alias serves a template naming its id.
 */
export class LaunchFactsReader {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      store: MaasStore;
      certifications: CertificationService;
      measurements: MeasurementsService;
      today: () => string;
      taxonomy: Taxonomy;
    },
  ) {}

  async read(campaign: LaunchSubject): Promise<LaunchFacts> {
    const { catalog, auth } = this.deps;
    const credentials = await auth.getOwnServiceCredentials();
    const refs = [
      campaign.owner,
      campaign.template,
      campaign.audience,
      ...campaign.channels,
    ];
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs: refs },
      { credentials },
    );
    const at = (i: number): Entity | undefined => items[i] ?? undefined;
    const audience = await this.deps.certifications.readAudience(
      campaign.audience,
    );
    const products = (audience?.sources ?? [])
      .map(s => s.dataProduct)
      .filter((p): p is DataProductEntity => !!p);
    return {
      campaign,
      owner: at(0),
      template: at(1),
      audience: audience?.audience ?? at(2),
      sources: audience?.sources ?? [],
      channels: campaign.channels.map((ref, i) => ({ ref, entity: at(3 + i) })),
      plans: await this.deps.store.listPlans(),
      taxonomy: this.deps.taxonomy,
      ...(audience
        ? {
            certification: await this.deps.certifications.statusOf(audience),
            freshness: await this.deps.measurements.freshnessOf(
              products,
              this.deps.today(),
            ),
          }
        : {}),
    };
  }
}
