import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { GlossaryLink, GlossaryTermView } from '@maas/plugin-maas-common';
import { Typography } from '@material-ui/core';
import { formatValue } from '../common/format';

/** Entities a term links to, each a link when the catalogue holds it. */
export function GlossaryLinks({
  links,
  none,
}: {
  links: GlossaryLink[];
  none: string;
}) {
  if (links.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {none}
      </Typography>
    );
  }
  return (
    <>
      {links.map(link => (
        <Typography variant="body2" key={link.ref}>
          {link.inCatalogue ? (
            <EntityRefLink entityRef={link.ref} title={link.title} />
          ) : (
            `${link.ref} (not in the catalogue)`
          )}
        </Typography>
      ))}
    </>
  );
}

/** The built-in KPIs computing a term, and the templates and campaigns naming it. */
export function TermUsage({ term }: { term: GlossaryTermView }) {
  if (term.kpis.length === 0 && term.usedBy.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No KPI or template uses it
      </Typography>
    );
  }
  return (
    <>
      {term.kpis.map(kpi => (
        <Typography variant="body2" key={kpi.id}>
          KPI {kpi.title}: {formatValue(kpi.value, kpi.unit)}
        </Typography>
      ))}
      {term.usedBy.map(use => (
        <Typography variant="body2" key={`${use.ref} ${use.kpi}`}>
          {use.kind}{' '}
          {use.inCatalogue ? (
            // Underlined: a link amid words must not be told apart by its colour alone.
            <EntityRefLink
              entityRef={use.ref}
              title={use.title}
              underline="always"
            />
          ) : (
            use.ref
          )}{' '}
          (as “{use.kpi}”)
        </Typography>
      ))}
    </>
  );
}

/** How each status reads. */
export const termStatusTitles: Record<GlossaryTermView['status'], string> = {
  approved: 'Approved',
  draft: 'Draft',
  deprecated: 'Deprecated',
};
