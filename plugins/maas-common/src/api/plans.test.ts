import { isOpenPlanState, planStates } from './plans';

describe('open plan states', () => {
  it('holds planned and in-progress plans open, done and cancelled ones closed', () => {
    expect(planStates.filter(isOpenPlanState)).toEqual([
      'planned',
      'in-progress',
    ]);
  });
});
