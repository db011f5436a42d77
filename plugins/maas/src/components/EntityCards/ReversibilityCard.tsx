import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { maasApiRef } from '../../api/MaasApi';
import { AsyncState } from '../common/AsyncState';
import { criterionTitle } from '../common/format';

/** How easily the data comes back: the score and each criterion's part. */
export function ReversibilityCard() {
  const { entity } = useEntity();
  const api = useApi(maasApiRef);
  const ref = stringifyEntityRef(entity);
  const state = useAsync(async () => {
    if (entity.kind === 'Vendor') return api.getVendor(ref);
    const { items } = await api.getTools();
    return items.find(t => t.ref === ref);
  }, [api, ref]);
  return (
    <InfoCard title="Reversibility" variant="gridItem">
      <AsyncState {...state} isEmpty={v => !v} emptyTitle="Not scored">
        {score =>
          score && (
            <>
              <Typography variant="h4" component="p">
                {score.score} / 100
              </Typography>
              <List dense>
                {score.criteria.map(c => (
                  <ListItem key={c.criterion}>
                    <ListItemText
                      primary={`${criterionTitle(c.criterion)}: ${
                        c.points
                      } of ${c.maxPoints}`}
                      secondary={c.detail}
                    />
                  </ListItem>
                ))}
              </List>
            </>
          )
        }
      </AsyncState>
    </InfoCard>
  );
}
