import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { SprawlView, Taxonomy } from '@maas/plugin-maas-common';
import { Box, Grid, Typography } from '@material-ui/core';
import { useSprawl } from '../../hooks/useSprawl';
import { useTaxonomy } from '../../hooks/useTaxonomy';
import { AsyncState } from '../common/AsyncState';
import { formatMoney } from '../common/format';
import { pagedSearchableTable } from '../common/tableOptions';
import { CandidatesTable } from '../DecommissioningTab/CandidatesTable';
import { LicenceChart } from './LicenceChart';
import { OverlapChart } from './OverlapChart';
import { InventoryImportCard } from './InventoryImportCard';
import { BudgetView } from './BudgetView';
import { UnusedSeats } from './UnusedSeats';

type Coverage = SprawlView['capabilities'][number] & {
  combinedCost: SprawlView['redundancyGroups'][number]['combinedCost'];
};

const toolLinks = (tools: Coverage['tools']) => (
  <Box display="flex" flexWrap="wrap">
    {tools.map(t => (
      <Box key={t.ref} mr={1}>
        <EntityRefLink entityRef={t.ref} title={t.title} />
      </Box>
    ))}
  </Box>
);

// Category titles from the served taxonomy, so a category `maas.taxonomy` adds has its title.
const capabilityColumns = (
  taxonomy: Taxonomy | undefined,
): TableColumn<Coverage>[] => [
  { title: 'Capability', field: 'title' },
  {
    title: 'Category',
    field: 'category',
    render: c => taxonomy?.getCategory(c.category)?.title ?? c.category,
  },
  {
    title: 'Tools in use',
    field: 'tools.length',
    type: 'numeric',
    customSort: (a, b) => a.tools.length - b.tools.length,
  },
  // Searched by tool title too: "which capabilities does Braze serve?"
  {
    title: 'Tools',
    field: 'toolTitles',
    customFilterAndSearch: (term: string, c) =>
      c.tools.some(t =>
        t.title.toLocaleLowerCase().includes(term.toLocaleLowerCase()),
      ),
    render: c => toolLinks(c.tools),
  },
  {
    title: 'Cost / year',
    render: c => formatMoney(c.combinedCost),
  },
];

const capabilityOptions = { ...pagedSearchableTable, pageSize: 20 };

/** Licence bars beyond this many make a page nobody scrolls: the least used come first. */
const MAX_LICENCE_BARS = 40;

/**
 * Every capability in use with its tools and what they cost a year: the server's combined cost
 * for a redundancy group, the tool's own cost for a capability that one tool serves.
 */
function coverageRows(report: SprawlView): Coverage[] {
  const groups = new Map(
    report.redundancyGroups.map(g => [g.capability, g.combinedCost]),
  );
  return report.capabilities.map(c => ({
    ...c,
    combinedCost:
      groups.get(c.capability) ??
      c.tools.flatMap(t => (t.cost ? [t.cost] : [])),
  }));
}

/** The stack: overlaps by capability, licence use, and what to decommission first. */
export function StackTab() {
  const state = useSprawl();
  const taxonomy = useTaxonomy();
  return (
    <AsyncState {...state}>
      {report => {
        const licences = report.licences.slice(0, MAX_LICENCE_BARS);
        const underUsed = new Set(
          report.candidates
            .filter(c => c.reasons.some(r => r.reason === 'under-used'))
            .map(c => c.ref),
        );
        const coverage = coverageRows(report);
        return (
          <Grid container spacing={3}>
            <Grid item xs={12}>
              <Typography variant="h6" component="h2">
                Overlapping tools cost {formatMoney(report.overlapCost)} a year
              </Typography>
            </Grid>
            <Grid item xs={12} lg={6}>
              <InfoCard
                title={`Capabilities served by more than one tool in use (${report.redundancyGroups.length})`}
                subheader={`Most tools first; all ${report.capabilities.length} capabilities in use are in the table below`}
              >
                <OverlapChart groups={report.redundancyGroups} />
              </InfoCard>
            </Grid>
            <Grid item xs={12} lg={6}>
              <InfoCard
                title="Licence utilisation"
                subheader={`Active licences / purchased, least used first${
                  report.licences.length > licences.length
                    ? ` (the ${licences.length} least used of ${report.licences.length})`
                    : ''
                }; red: over-allocated or under-used`}
              >
                <LicenceChart licences={licences} underUsed={underUsed} />
              </InfoCard>
            </Grid>
            <Grid item xs={12}>
              <Table
                title={`Capabilities in use (${coverage.length})`}
                options={capabilityOptions}
                columns={capabilityColumns(taxonomy)}
                data={coverage}
              />
            </Grid>
            <Grid item xs={12}>
              <CandidatesTable candidates={report.candidates} />
            </Grid>
            <Grid item xs={12}>
              <InventoryImportCard />
            </Grid>
            <Grid item xs={12} md={6}>
              <UnusedSeats
                licences={report.licences}
                total={report.unusedSeatCost}
              />
            </Grid>
            <Grid item xs={12}>
              <Typography variant="h6">Budget: who funds the stack</Typography>
              <BudgetView />
            </Grid>
          </Grid>
        );
      }}
    </AsyncState>
  );
}
