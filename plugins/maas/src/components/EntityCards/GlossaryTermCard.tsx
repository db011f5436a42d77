import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { GlossaryTermView } from '@maas/plugin-maas-common';
import { Grid, Typography } from '@material-ui/core';
import { useGlossaryTerm } from '../../hooks/useGlossary';
import { AsyncState } from '../common/AsyncState';
import {
  GlossaryLinks,
  termStatusTitles,
  TermUsage,
} from '../GlossaryTab/GlossaryLinks';

function Field(props: { title: string; children: React.ReactNode }) {
  return (
    <Grid item xs={12}>
      <Typography variant="overline" display="block">
        {props.title}
      </Typography>
      {props.children}
    </Grid>
  );
}

function TermDetail({ term }: { term: GlossaryTermView }) {
  return (
    <Grid container spacing={1}>
      <Field title="Definition">
        <Typography>{term.definition}</Typography>
      </Field>
      {term.formula && (
        <Field title="Formula">
          <Typography variant="body2" component="code">
            {term.formula}
          </Typography>
        </Field>
      )}
      <Field title="Status">
        <Typography variant="body2">
          {termStatusTitles[term.status]}
          {term.unit ? ` · counted in ${term.unit}` : ''}
          {term.synonyms.length > 0
            ? ` · also called ${term.synonyms.join(', ')}`
            : ''}
        </Typography>
        {term.replacedBy && (
          <Typography variant="body2">
            Replaced by{' '}
            <EntityRefLink
              entityRef={term.replacedBy.ref}
              title={term.replacedBy.title}
            />
          </Typography>
        )}
        {term.replaces.map(replaced => (
          <Typography variant="body2" key={replaced.ref}>
            Replaces{' '}
            <EntityRefLink entityRef={replaced.ref} title={replaced.title} />
          </Typography>
        ))}
      </Field>
      <Field title="Implemented in">
        <GlossaryLinks
          links={term.implementedBy}
          none="Nowhere yet: nothing computes its number"
        />
      </Field>
      <Field title="Used by">
        <TermUsage term={term} />
      </Field>
      {term.findings.length > 0 && (
        <Field title="Audit findings">
          {term.findings.map(f => (
            <Typography
              variant="body2"
              color="error"
              key={`${f.rule} ${f.message}`}
            >
              {f.rule}: {f.message}
            </Typography>
          ))}
        </Field>
      )}
    </Grid>
  );
}

/**
 * A glossary term: its definition and formula, its status, where it is computed, the KPIs and
 * templates using it, and what the audit finds on it.
 */
export function GlossaryTermCard() {
  const { entity } = useEntity();
  const state = useGlossaryTerm(stringifyEntityRef(entity));
  return (
    <InfoCard title="Glossary term" variant="gridItem">
      <AsyncState {...state}>{term => <TermDetail term={term} />}</AsyncState>
    </InfoCard>
  );
}
