import { InfoCard } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { getCapability } from '@maas/plugin-maas-common';
import { List, ListItem, ListItemText } from '@material-ui/core';
import { useSprawl } from '../../hooks/useSprawl';
import { AsyncState } from '../common/AsyncState';

/** A tool's capabilities, and the other tools in use that serve each of them. */
export function CapabilitiesCard() {
  const { entity } = useEntity();
  const ref = stringifyEntityRef(entity);
  const capabilities = ((entity.spec as any)?.capabilities ?? []) as string[];
  const state = useSprawl();
  return (
    <InfoCard title="Capabilities and overlaps" variant="gridItem">
      <AsyncState {...state}>
        {sprawl => (
          <List dense>
            {capabilities.map(c => {
              const others = (
                sprawl.capabilities.find(x => x.capability === c)?.tools ?? []
              ).filter(t => t.ref !== ref);
              return (
                <ListItem key={c}>
                  <ListItemText
                    primary={getCapability(c)?.title ?? c}
                    secondary={
                      others.length === 0 ? (
                        'No other tool in use serves it'
                      ) : (
                        <>
                          Also served by{' '}
                          {others.map((t, i) => (
                            <span key={t.ref}>
                              {i > 0 && ', '}
                              <EntityRefLink
                                entityRef={t.ref}
                                title={t.title}
                              />
                            </span>
                          ))}
                        </>
                      )
                    }
                  />
                </ListItem>
              );
            })}
          </List>
        )}
      </AsyncState>
    </InfoCard>
  );
}
