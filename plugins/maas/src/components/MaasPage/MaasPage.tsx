import {
  Content,
  Header,
  Page,
  TabbedLayout,
} from '@backstage/core-components';
import { AuditTab } from '../AuditTab/AuditTab';
import { DecommissioningTab } from '../DecommissioningTab/DecommissioningTab';
import { GlossaryTab } from '../GlossaryTab/GlossaryTab';
import { OverviewTab } from '../OverviewTab/OverviewTab';
import { ReadoutsTab } from '../ReadoutsTab/ReadoutsTab';
import { ServiceCatalogueTab } from '../ServiceCatalogueTab/ServiceCatalogueTab';
import { StackTab } from '../StackTab/StackTab';
import { VendorsTab } from '../VendorsTab/VendorsTab';

/** The marketing platform: one page, a tab per job. */
export function MaasPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Marketing platform"
        subtitle="Campaign services, the martech stack, vendors and ownership, for marketing and IT together"
      />
      <Content>
        <TabbedLayout>
          <TabbedLayout.Route path="/" title="Overview">
            <OverviewTab />
          </TabbedLayout.Route>
          <TabbedLayout.Route path="/catalogue" title="Service catalogue">
            <ServiceCatalogueTab />
          </TabbedLayout.Route>
          <TabbedLayout.Route path="/readouts" title="Campaign readouts">
            <ReadoutsTab />
          </TabbedLayout.Route>
          <TabbedLayout.Route path="/stack" title="Stack & sprawl">
            <StackTab />
          </TabbedLayout.Route>
          <TabbedLayout.Route path="/vendors" title="Vendors">
            <VendorsTab />
          </TabbedLayout.Route>
          <TabbedLayout.Route path="/audit" title="Ownership audit">
            <AuditTab />
          </TabbedLayout.Route>
          <TabbedLayout.Route path="/decommissioning" title="Decommissioning">
            <DecommissioningTab />
          </TabbedLayout.Route>
          <TabbedLayout.Route path="/glossary" title="Glossary">
            <GlossaryTab />
          </TabbedLayout.Route>
        </TabbedLayout>
      </Content>
    </Page>
  );
}
