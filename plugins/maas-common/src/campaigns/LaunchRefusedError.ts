import { CustomErrorBase, ResponseError } from '@backstage/errors';
import type { LaunchProblem } from '../rules/launchPolicy';

/**
 * The launch policy refuses a campaign, or its going live. maas-backend answers it as a 422
 * whose error carries `problems`, every reason with its code, sentence and field.
 *
 * @public
 */
export class LaunchRefusedError extends CustomErrorBase {
  name = 'LaunchRefusedError' as const;
  /** Read by Backstage's error handler, which answers with this status. */
  readonly statusCode = 422;
  readonly problems: LaunchProblem[];

  constructor(problems: LaunchProblem[], what = 'The campaign is refused') {
    super(`${what}: ${problems.map(p => p.message).join('; ')}`);
    this.problems = problems;
  }
}

/**
 * The reasons of a launch refusal in an error from maas-backend's client (a `ResponseError` of
 * a 422), or undefined when the error is another one.
 *
 * @public
 */
export function launchProblemsOf(error: unknown): LaunchProblem[] | undefined {
  const problems = ResponseError.is(error)
    ? (error.body?.error as { problems?: unknown } | undefined)?.problems
    : (error as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(problems) ? (problems as LaunchProblem[]) : undefined;
}

/**
 * What to tell a person about an error from maas-backend's client: the server's own message
 * (which names the reason), not the status line.
 *
 * @public
 */
export function maasErrorMessage(error: unknown): string {
  if (ResponseError.is(error)) return error.cause?.message ?? error.message;
  return error instanceof Error ? error.message : String(error);
}
