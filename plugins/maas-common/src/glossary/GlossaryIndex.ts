import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { GlossaryTermEntity } from '../kinds/GlossaryTerm';
import { glossaryWordsOf, normalizeGlossaryWord } from './glossaryWords';

/** Two approved terms or more answering to the same word: one word, several definitions. @public */
export interface GlossaryCollision {
  /** The word, as {@link normalizeGlossaryWord} gives it. */
  word: string;
  /** Each term, with how and where it writes the word; sorted by ref. */
  terms: Array<{ ref: string; written: string; field: string }>;
}

/** How the glossary reads a KPI name, and whether an approved term defines it. @public */
export interface KpiDefinition {
  /** Every term the name resolves to, whatever its status; sorted by ref. */
  terms: GlossaryTermEntity[];
  /** Of those, the approved ones: the name is defined when there is one. */
  approved: GlossaryTermEntity[];
  /** Why it is not defined, in a sentence; absent when it is. */
  problem?: string;
}

const REF_KIND = /^glossaryterm:/i;

function refOf(term: GlossaryTermEntity): string {
  return stringifyEntityRef(term).toLocaleLowerCase('en-US');
}

/**
 * The glossary's terms, indexed by the words they answer to (name, title, synonyms). A KPI name
 * written as a reference (`glossaryterm:finance/active-customer`, or `finance/active-customer`
 * when such a term exists) names that one term; any other name is a word, looked up in every
 * namespace.
 *
 * @public
 */
export class GlossaryIndex {
  private readonly byWord = new Map<string, GlossaryTermEntity[]>();
  private readonly byRef = new Map<string, GlossaryTermEntity>();

  constructor(readonly terms: readonly GlossaryTermEntity[]) {
    const sorted = [...terms].sort((a, b) => refOf(a).localeCompare(refOf(b)));
    for (const term of sorted) {
      this.byRef.set(refOf(term), term);
      for (const { word } of glossaryWordsOf(term)) {
        this.byWord.set(word, [...(this.byWord.get(word) ?? []), term]);
      }
    }
  }

  /** The term of a ref, in any letters; undefined when the glossary has none. */
  term(ref: string): GlossaryTermEntity | undefined {
    return this.byRef.get(ref.toLocaleLowerCase('en-US'));
  }

  /** The terms a KPI name resolves to, written in an entity of the given namespace. */
  termsFor(kpi: string, namespace: string): GlossaryTermEntity[] {
    const asRef = REF_KIND.test(kpi);
    if (asRef || kpi.includes('/')) {
      let term: GlossaryTermEntity | undefined;
      try {
        const ref = parseEntityRef(kpi, {
          defaultKind: 'GlossaryTerm',
          defaultNamespace: namespace,
        });
        term = this.term(stringifyEntityRef(ref));
      } catch {
        term = undefined;
      }
      if (term) return [term];
      // `LTV/CAC` is a word; `glossaryterm:…` is a reference and nothing else.
      if (asRef) return [];
    }
    return this.byWord.get(normalizeGlossaryWord(kpi)) ?? [];
  }

  /** Whether an approved term defines a KPI name, and if not, why. */
  define(kpi: string, namespace: string): KpiDefinition {
    const terms = this.termsFor(kpi, namespace);
    const approved = terms.filter(t => t.spec.status === 'approved');
    if (approved.length > 0 || terms.length === 0) {
      return {
        terms,
        approved,
        ...(terms.length === 0
          ? { problem: `no term of the glossary defines "${kpi}"` }
          : {}),
      };
    }
    const described = terms.map(t => {
      const replacement =
        t.spec.status === 'deprecated' && typeof t.spec.replacedBy === 'string'
          ? `, replaced by ${t.spec.replacedBy}`
          : '';
      return `${stringifyEntityRef(t)} (${t.spec.status}${replacement})`;
    });
    return {
      terms,
      approved,
      problem: `"${kpi}" is defined only by ${described.join(
        ', ',
      )}, not by an approved term`,
    };
  }

  /** Every word two approved terms or more answer to, across namespaces, sorted by word. */
  collisions(): GlossaryCollision[] {
    const found: GlossaryCollision[] = [];
    const approved = new Set(
      this.terms.filter(t => t.spec.status === 'approved'),
    );
    for (const [word, terms] of this.byWord) {
      const colliding = terms.filter(t => approved.has(t));
      if (colliding.length < 2) continue;
      found.push({
        word,
        terms: colliding.map(t => {
          const spoken = glossaryWordsOf(t).find(w => w.word === word)!;
          return {
            ref: stringifyEntityRef(t),
            written: spoken.written,
            field: spoken.field,
          };
        }),
      });
    }
    return found.sort((a, b) => a.word.localeCompare(b.word));
  }
}
