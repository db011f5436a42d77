import { InfoCard } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Box, List, ListItem, ListItemText } from '@material-ui/core';
import { useSprawl } from '../../hooks/useSprawl';
import { capabilityTitle, useTaxonomy } from '../../hooks/useTaxonomy';
import { AsyncState } from '../common/AsyncState';

/** A tool's capabilities, and the other tools in use that serve each of them. */
export function CapabilitiesCard() {
  const { entity } = useEntity();
  const ref = stringifyEntityRef(entity);
  const capabilities = ((entity.spec as any)?.capabilities ?? []) as string[];
  const state = useSprawl();
  const taxonomy = useTaxonomy();
  return (
    <InfoCard title="Capabilities and overlaps" variant="gridItem">
      <AsyncState {...state}>
        {sprawl => (
          <List dense>
            {capabilities.map(c => {
              // Sprawl counts a capability written by an alias under its id.
              const id = taxonomy?.getCapability(c)?.id ?? c;
              const others = (
                sprawl.capabilities.find(x => x.capability === id)?.tools ?? []
              ).filter(t => t.ref !== ref);
              return (
                <ListItem key={c}>
                  <ListItemText
                    primary={capabilityTitle(taxonomy, c)}
                    secondary={
                      others.length === 0 ? (
                        'No other tool in use serves it'
                      ) : (
                        // The names wrap between them, however many there are.
                        <Box
                          component="span"
                          display="flex"
                          flexWrap="wrap"
                          alignItems="baseline"
                        >
                          <Box component="span" mr={0.5}>
                            Also served by
                          </Box>
                          {others.map((t, i) => (
                            <Box component="span" key={t.ref} mr={0.5}>
                              <EntityRefLink
                                entityRef={t.ref}
                                title={t.title}
                              />
                              {i < others.length - 1 && ','}
                            </Box>
                          ))}
                        </Box>
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
