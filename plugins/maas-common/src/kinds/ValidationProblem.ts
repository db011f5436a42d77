/**
 * One thing wrong with an entity: where (`spec.licenses.active`) and what (`must be a number`).
 *
 * @public
 */
export interface ValidationProblem {
  path: string;
  message: string;
}
