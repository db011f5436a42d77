import { useMemo, useState } from 'react';
import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  glossaryTermStatuses,
  GlossaryTermView,
  matchesGlossarySearch,
} from '@maas/plugin-maas-common';
import { Box, MenuItem, Paper, TextField, Typography } from '@material-ui/core';
import { useGlossary } from '../../hooks/useGlossary';
import { AsyncState } from '../common/AsyncState';
import { shortRef } from '../common/format';
import { pagedSearchableTable } from '../common/tableOptions';
import { GlossaryLinks, termStatusTitles, TermUsage } from './GlossaryLinks';

const ownershipTitles: Record<GlossaryTermView['ownership'], string> = {
  'co-owned': 'co-owned',
  'marketing-only': 'no IT owner',
  'it-only': 'no marketing owner',
  'same-owner': 'one group on both sides',
};

const columns: TableColumn<GlossaryTermView>[] = [
  {
    title: 'Term',
    render: t => (
      <>
        <EntityRefLink entityRef={t.ref} title={t.title} />
        {t.synonyms.length > 0 && (
          <Typography variant="caption" display="block" color="textSecondary">
            also: {t.synonyms.join(', ')}
          </Typography>
        )}
      </>
    ),
  },
  { title: 'Status', render: t => termStatusTitles[t.status] },
  {
    title: 'Definition',
    render: t => (
      <>
        <Typography variant="body2">{t.definition}</Typography>
        {t.replacedBy && (
          <Typography variant="caption" color="textSecondary">
            Use{' '}
            <EntityRefLink
              entityRef={t.replacedBy.ref}
              title={t.replacedBy.title}
              underline="always"
            />{' '}
            instead
          </Typography>
        )}
      </>
    ),
  },
  {
    title: 'Owners (marketing / IT)',
    render: t => (
      <>
        <Typography variant="body2">
          {t.owner ? shortRef(t.owner) : 'none'} /{' '}
          {t.technicalOwner ? shortRef(t.technicalOwner) : 'none'}
        </Typography>
        <Typography variant="caption" color="textSecondary">
          {ownershipTitles[t.ownership]}
        </Typography>
      </>
    ),
  },
  {
    title: 'Implemented in',
    render: t => <GlossaryLinks links={t.implementedBy} none="Nowhere yet" />,
  },
  { title: 'Used by', render: t => <TermUsage term={t} /> },
];

const tableOptions = { ...pagedSearchableTable, pageSize: 20, search: false };

/** The terms whose words match the search and whose status is the one chosen. */
function filterTerms(
  terms: GlossaryTermView[],
  search: string,
  status: string,
): GlossaryTermView[] {
  return terms.filter(
    t =>
      (status === 'all' || t.status === status) &&
      matchesGlossarySearch(search, [shortRef(t.ref), t.title, ...t.synonyms]),
  );
}

/**
 * The shared glossary: each term's definition, status and owners, where it is computed, and the
 * KPIs and templates using it; searched by title and synonym, filtered by status.
 */
export function GlossaryTab() {
  const state = useGlossary();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('all');
  const terms = useMemo(
    () => filterTerms(state.value ?? [], search, status),
    [state.value, search, status],
  );
  return (
    <AsyncState
      {...state}
      isEmpty={v => v.length === 0}
      emptyTitle="No glossary term in the catalogue"
      emptyDescription="Register GlossaryTerm entities (see the maas-common README) for marketing and IT to define their words together."
    >
      {() => (
        <>
          {/* On a surface of its own: the fields' grey labels fall short of 4.5:1 on the light
              theme's page background, and pass on the paper's. */}
          <Box
            component={Paper}
            display="flex"
            flexWrap="wrap"
            mb={2}
            p={2}
            style={{ gap: 16 }}
          >
            <TextField
              id="maas-glossary-search"
              label="Search by title or synonym"
              value={search}
              onChange={e => setSearch(e.target.value)}
              style={{ minWidth: 240 }}
            />
            <TextField
              select
              id="maas-glossary-status"
              label="Status"
              value={status}
              onChange={e => setStatus(e.target.value)}
              style={{ minWidth: 160 }}
            >
              <MenuItem value="all">Any status</MenuItem>
              {glossaryTermStatuses.map(s => (
                <MenuItem key={s} value={s}>
                  {termStatusTitles[s]}
                </MenuItem>
              ))}
            </TextField>
          </Box>
          <Table
            title={`Glossary (${terms.length} of ${
              state.value?.length ?? 0
            } terms)`}
            options={tableOptions}
            columns={columns}
            data={terms}
          />
        </>
      )}
    </AsyncState>
  );
}
