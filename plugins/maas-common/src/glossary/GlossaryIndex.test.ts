import { GlossaryTermEntity } from '../kinds/GlossaryTerm';
import { GlossaryIndex } from './GlossaryIndex';
import {
  glossaryWordsOf,
  matchesGlossarySearch,
  normalizeGlossaryWord,
} from './glossaryWords';

const term = (
  name: string,
  spec: Partial<GlossaryTermEntity['spec']> = {},
  metadata: { namespace?: string; title?: string } = {},
): GlossaryTermEntity => ({
  apiVersion: 'maas.dev/v1alpha1',
  kind: 'GlossaryTerm',
  metadata: { name, namespace: 'default', ...metadata },
  spec: {
    owner: 'group:crm',
    technicalOwner: 'group:data-platform',
    definition: `What ${name} means.`,
    status: 'approved',
    ...spec,
  },
});

describe('glossary words', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(normalizeGlossaryWord('  Conversion-Rate ')).toBe('conversion rate');
    expect(normalizeGlossaryWord('Client  actif')).toBe('client actif');
    expect(normalizeGlossaryWord('Résumé_rate')).toBe('resume rate');
    expect(normalizeGlossaryWord('LTV:CAC')).toBe('ltv cac');
  });

  it("lists a term's name, title and synonyms once each", () => {
    expect(
      glossaryWordsOf(
        term(
          'active-customer',
          { synonyms: ['active client', 'Active Customer'] },
          { title: 'Active customer' },
        ),
      ),
    ).toEqual([
      {
        word: 'active customer',
        written: 'active-customer',
        field: 'metadata.name',
      },
      {
        word: 'active client',
        written: 'active client',
        field: 'spec.synonyms[0]',
      },
    ]);
  });
});

describe('matchesGlossarySearch', () => {
  const words = ['conversion-rate', 'Conversion rate', 'CVR'];
  it('finds a term by part of any of its words, as glossary words', () => {
    expect(matchesGlossarySearch('cvr', words)).toBe(true);
    expect(matchesGlossarySearch('Conversion R', words)).toBe(true);
    expect(matchesGlossarySearch('conversion_rate', words)).toBe(true);
    expect(matchesGlossarySearch('revenue', words)).toBe(false);
    expect(matchesGlossarySearch('  ', words)).toBe(true);
  });
});

describe('GlossaryIndex', () => {
  const active = term(
    'active-customer',
    { synonyms: ['active client'] },
    { title: 'Active customer' },
  );
  const financeActive = term(
    'active-buyer',
    { definition: 'A customer who paid an invoice this year.' },
    { namespace: 'finance', title: 'Active customer' },
  );
  const draft = term('reactivation-rate', { status: 'draft' });
  const lead = term('lead', {
    status: 'deprecated',
    replacedBy: 'glossaryterm:marketing-qualified-lead',
  });
  const index = new GlossaryIndex([active, financeActive, draft, lead]);

  it('finds a term by its name, title or synonym, in any namespace', () => {
    expect(index.termsFor('Active client', 'default')).toEqual([active]);
    expect(index.termsFor('active customer', 'marketing')).toEqual([
      active,
      financeActive,
    ]);
    expect(index.termsFor('active-buyer', 'default')).toEqual([financeActive]);
  });

  it('reads a reference as that one term', () => {
    expect(
      index.termsFor('glossaryterm:finance/active-buyer', 'default'),
    ).toEqual([financeActive]);
    expect(index.termsFor('finance/active-buyer', 'default')).toEqual([
      financeActive,
    ]);
    expect(index.termsFor('glossaryterm:active-buyer', 'default')).toEqual([]);
    expect(index.termsFor('glossaryterm:active-buyer', 'finance')).toEqual([
      financeActive,
    ]);
    expect(index.termsFor('glossaryterm:Not A Ref!', 'default')).toEqual([]);
  });

  it('takes a slash in a word for a word when no term has that ref', () => {
    const ratio = term('ltv-cac', {}, { title: 'LTV/CAC' });
    expect(new GlossaryIndex([ratio]).termsFor('LTV/CAC', 'default')).toEqual([
      ratio,
    ]);
  });

  it('says when no approved term defines a KPI, and why', () => {
    expect(index.define('active client', 'default')).toEqual({
      terms: [active],
      approved: [active],
    });
    expect(index.define('customer happiness', 'default').problem).toBe(
      'no term of the glossary defines "customer happiness"',
    );
    expect(index.define('reactivation-rate', 'default').problem).toBe(
      '"reactivation-rate" is defined only by glossaryterm:default/reactivation-rate (draft), not by an approved term',
    );
    expect(index.define('Lead', 'default').problem).toBe(
      '"Lead" is defined only by glossaryterm:default/lead (deprecated, replaced by glossaryterm:marketing-qualified-lead), not by an approved term',
    );
  });

  it('finds two approved terms answering to one word, across namespaces', () => {
    expect(index.collisions()).toEqual([
      {
        word: 'active customer',
        terms: [
          {
            ref: 'glossaryterm:default/active-customer',
            written: 'active-customer',
            field: 'metadata.name',
          },
          {
            ref: 'glossaryterm:finance/active-buyer',
            written: 'Active customer',
            field: 'metadata.title',
          },
        ],
      },
    ]);
  });

  it('leaves draft and deprecated terms out of collisions', () => {
    const old = term(
      'old-active-customer',
      { status: 'deprecated' },
      { title: 'Active customer' },
    );
    const proposed = term('active-client', { status: 'draft' });
    expect(new GlossaryIndex([active, old, proposed]).collisions()).toEqual([]);
  });
});
