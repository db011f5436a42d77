import { planStates } from '@maas/plugin-maas-common';
import { assertMove, canMove } from './planStateMachine';

describe('decommissioning plan states', () => {
  it.each([
    ['planned', 'in-progress'],
    ['planned', 'cancelled'],
    ['in-progress', 'done'],
    ['in-progress', 'cancelled'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(canMove(from, to)).toBe(true);
    expect(() => assertMove(from, to)).not.toThrow();
  });

  const legal = new Set([
    'planned>in-progress',
    'planned>cancelled',
    'in-progress>done',
    'in-progress>cancelled',
  ]);
  const illegal = planStates.flatMap(from =>
    planStates
      .filter(to => !legal.has(`${from}>${to}`))
      .map(to => [from, to] as const),
  );

  it.each(illegal)('refuses %s → %s with a conflict', (from, to) => {
    expect(canMove(from, to)).toBe(false);
    expect(() => assertMove(from, to)).toThrow(
      expect.objectContaining({ name: 'ConflictError' }),
    );
  });

  it('names the legal moves in the refusal', () => {
    expect(() => assertMove('planned', 'done')).toThrow(
      'A plan cannot move from planned to done; from planned it can move to in-progress or cancelled',
    );
    expect(() => assertMove('done', 'planned')).toThrow('done is final');
  });
});
