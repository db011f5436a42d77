/**
 * IAB Europe Transparency & Consent Framework v2.2 purposes. Ids are the framework's.
 *
 * @public
 */
export const tcfPurposes = [
  { id: 1, name: 'Store and/or access information on a device' },
  { id: 2, name: 'Use limited data to select advertising' },
  { id: 3, name: 'Create profiles for personalised advertising' },
  { id: 4, name: 'Use profiles to select personalised advertising' },
  { id: 5, name: 'Create profiles to personalise content' },
  { id: 6, name: 'Use profiles to select personalised content' },
  { id: 7, name: 'Measure advertising performance' },
  { id: 8, name: 'Measure content performance' },
  {
    id: 9,
    name: 'Understand audiences through statistics or combinations of data from different sources',
  },
  { id: 10, name: 'Develop and improve services' },
  { id: 11, name: 'Use limited data to select content' },
] as const;

/** @public */
export type TcfPurposeId = (typeof tcfPurposes)[number]['id'];

/**
 * Purposes that TCF policy allows only on the basis of consent: 1 always, 3 to 6 since v2.2.
 * Legitimate interest is not a valid legal basis for them.
 *
 * @public
 */
export const consentOnlyPurposes: readonly number[] = [1, 3, 4, 5, 6];

/** @public */
export function getTcfPurposeName(id: number): string | undefined {
  return tcfPurposes.find(p => p.id === id)?.name;
}

/**
 * Purposes for a sentence, each with its name, e.g. "5 (Create profiles to personalise content),
 * 6 (Use profiles to select personalised content)".
 *
 * @public
 */
export function describeTcfPurposes(ids: readonly number[]): string {
  const list = ids
    .map(id => `${id} (${getTcfPurposeName(id) ?? 'unknown purpose'})`)
    .join(', ');
  return `TCF purpose${ids.length > 1 ? 's' : ''} ${list}`;
}
