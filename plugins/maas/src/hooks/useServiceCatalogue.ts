import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { maasApiRef } from '../api/MaasApi';

/** What marketing teams can use: campaign templates, certified audiences, data products' SLAs. */
export function useServiceCatalogue() {
  const catalog = useApi(catalogApiRef);
  const maas = useApi(maasApiRef);
  return useAsync(async () => {
    const [templates, audiences, compliance] = await Promise.all([
      catalog.getEntities({
        filter: { kind: 'Template', 'spec.type': 'campaign' },
      }),
      catalog.getEntities({
        filter: { kind: 'Audience', 'spec.certified': 'true' },
      }),
      maas.getCompliance(),
    ]);
    return {
      templates: templates.items,
      audiences: audiences.items,
      compliance,
    };
  }, [catalog, maas]);
}
