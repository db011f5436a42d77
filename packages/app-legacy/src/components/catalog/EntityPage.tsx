import { Grid } from '@material-ui/core';
import {
  EntityAboutCard,
  EntityLayout,
  EntityOrphanWarning,
  EntityProcessingErrorsPanel,
  EntityRelationWarning,
  EntitySwitch,
  hasCatalogProcessingErrors,
  hasRelationWarnings,
  isOrphan,
} from '@backstage/plugin-catalog';
import {
  EntityMaasOwnershipCard,
  EntityReversibilityCard,
  EntityCapabilitiesCard,
  EntityLicenceUsageCard,
  EntityConsentCard,
  EntitySlaCard,
  EntityCertificationCard,
  EntityCampaignCard,
  EntityCampaignLifecycleCard,
  EntityCampaignReadoutCard,
  isMaasEntity,
  isReversibilityAvailable,
  isCapabilitiesAvailable,
  isLicenceUsageAvailable,
  isConsentAvailable,
  isSlaAvailable,
  isCertificationAvailable,
  isCampaignAvailable,
} from '@maas/plugin-maas';

// The entity page of a legacy app as `@backstage/create-app` wrote it, cut down to what the
// catalogue shows here, with the MaaS lines of plugins/maas/README.md.

const entityWarningContent = (
  <>
    <EntitySwitch>
      <EntitySwitch.Case if={isOrphan}>
        <Grid item xs={12}>
          <EntityOrphanWarning />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
    <EntitySwitch>
      <EntitySwitch.Case if={hasRelationWarnings}>
        <Grid item xs={12}>
          <EntityRelationWarning />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
    <EntitySwitch>
      <EntitySwitch.Case if={hasCatalogProcessingErrors}>
        <Grid item xs={12}>
          <EntityProcessingErrorsPanel />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
  </>
);

const maasCards = (
  <>
    <EntitySwitch>
      <EntitySwitch.Case if={isMaasEntity}>
        <Grid item md={6} xs={12}>
          <EntityMaasOwnershipCard />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
    <EntitySwitch>
      <EntitySwitch.Case if={isReversibilityAvailable}>
        <Grid item md={6} xs={12}>
          <EntityReversibilityCard />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
    <EntitySwitch>
      <EntitySwitch.Case if={isCapabilitiesAvailable}>
        <Grid item md={6} xs={12}>
          <EntityCapabilitiesCard />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
    <EntitySwitch>
      <EntitySwitch.Case if={isLicenceUsageAvailable}>
        <Grid item md={6} xs={12}>
          <EntityLicenceUsageCard />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
    <EntitySwitch>
      <EntitySwitch.Case if={isConsentAvailable}>
        <Grid item md={6} xs={12}>
          <EntityConsentCard />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
    <EntitySwitch>
      <EntitySwitch.Case if={isSlaAvailable}>
        <Grid item md={6} xs={12}>
          <EntitySlaCard />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
    <EntitySwitch>
      <EntitySwitch.Case if={isCertificationAvailable}>
        <Grid item md={6} xs={12}>
          <EntityCertificationCard />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
    <EntitySwitch>
      <EntitySwitch.Case if={isCampaignAvailable}>
        <Grid item md={6} xs={12}>
          <EntityCampaignCard />
        </Grid>
        <Grid item xs={12}>
          <EntityCampaignReadoutCard />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
    <EntitySwitch>
      <EntitySwitch.Case if={isCampaignAvailable}>
        <Grid item md={6} xs={12}>
          <EntityCampaignLifecycleCard />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
  </>
);

const overviewContent = (
  <Grid container spacing={3} alignItems="stretch">
    {entityWarningContent}
    <Grid item md={6} xs={12}>
      <EntityAboutCard />
    </Grid>
    {maasCards}
  </Grid>
);

const defaultEntityPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      {overviewContent}
    </EntityLayout.Route>
  </EntityLayout>
);

// The MaaS kinds, like every kind without a page of its own, get the default page.
export const entityPage = (
  <EntitySwitch>
    <EntitySwitch.Case>{defaultEntityPage}</EntitySwitch.Case>
  </EntitySwitch>
);
