import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import { useReversibility } from '../../hooks/useReversibility';
import { AsyncState } from '../common/AsyncState';
import { criterionTitle } from '../common/format';

/** How easily the data comes back: the score and each criterion's part. */
export function ReversibilityCard() {
  const { entity } = useEntity();
  const state = useReversibility(entity);
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
