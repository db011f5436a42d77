import { ConflictError } from '@backstage/errors';

/**
 * A small state machine over named states: which moves are legal, and a 409 naming the legal
 * ones for any other.
 */
export function createStateMachine<S extends string>(
  what: string,
  allowed: Record<S, readonly S[]>,
) {
  return {
    canMove(from: S, to: S): boolean {
      return allowed[from].includes(to);
    },
    assertMove(from: S, to: S): void {
      if (!allowed[from].includes(to)) {
        const legal = allowed[from];
        throw new ConflictError(
          `${what} cannot move from ${from} to ${to}; ${
            legal.length
              ? `from ${from} it can move to ${legal.join(' or ')}`
              : `${from} is final`
          }`,
        );
      }
    },
    isFinal(state: S): boolean {
      return allowed[state].length === 0;
    },
  };
}
