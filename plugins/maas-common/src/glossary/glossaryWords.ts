import { GlossaryTermEntity } from '../kinds/GlossaryTerm';

/**
 * A word as the glossary compares it: case, accents, punctuation and spacing do not count, so
 * `Conversion-rate`, `conversion rate` and `Conversion Rate` are one word.
 *
 * @public
 */
export function normalizeGlossaryWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-US')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A word a term answers to, and where the term says it. @public */
export interface GlossaryWord {
  /** As {@link normalizeGlossaryWord} gives it. */
  word: string;
  /** As the term writes it. */
  written: string;
  /** `metadata.name`, `metadata.title` or `spec.synonyms[i]`. */
  field: string;
}

/**
 * The words a term answers to: its name, its title and its synonyms, each once (a title that is
 * the name in other letters counts once, where the term first says it).
 *
 * @public
 */
export function glossaryWordsOf(term: GlossaryTermEntity): GlossaryWord[] {
  const candidates: Array<[string, unknown]> = [
    ['metadata.name', term.metadata.name],
    ['metadata.title', term.metadata.title],
    ...(Array.isArray(term.spec.synonyms) ? term.spec.synonyms : []).map(
      (s, i): [string, unknown] => [`spec.synonyms[${i}]`, s],
    ),
  ];
  const words: GlossaryWord[] = [];
  for (const [field, written] of candidates) {
    if (typeof written !== 'string') continue;
    const word = normalizeGlossaryWord(written);
    if (word && !words.some(w => w.word === word)) {
      words.push({ word, written, field });
    }
  }
  return words;
}

/**
 * Whether a search matches any of a term's words (its name, title, synonyms), compared as
 * glossary words: `cvr` finds the term whose synonym is `CVR`, `conversion r` finds
 * `Conversion rate`. An empty search matches every term.
 *
 * @public
 */
export function matchesGlossarySearch(
  search: string,
  words: readonly string[],
): boolean {
  const wanted = normalizeGlossaryWord(search);
  return (
    !wanted || words.some(word => normalizeGlossaryWord(word).includes(wanted))
  );
}
