import { ProjectionState, ProjectionStore } from '../database/ProjectionStore';
import { ProjectionReader } from './ProjectionReader';

/** A store whose state reads are answered by hand with the state as it was when each began. */
function storeAnsweredByHand() {
  const pending: Array<() => void> = [];
  let writes = 0;
  const store = {
    state: () => {
      const seen = writes;
      return new Promise<ProjectionState>(answer =>
        pending.push(() => answer({ version: 0, writes: seen })),
      );
    },
    changesSince: async () => [],
    countWrite: async () => {
      writes++;
    },
  } as unknown as ProjectionStore;
  const answerAll = () => {
    for (const answer of pending.splice(0)) answer();
  };
  return { store, pending, answerAll };
}

const flush = () => new Promise(resolve => setImmediate(resolve));

describe('ProjectionReader', () => {
  it('shares one state read among the callers who arrive while one runs', async () => {
    const { store, pending, answerAll } = storeAnsweredByHand();
    const reader = new ProjectionReader(store);
    const first = reader.current();
    const waiting = Array.from({ length: 50 }, () => reader.current());
    expect(pending).toHaveLength(1);
    answerAll();
    await first;
    await flush();
    // The 50 who arrived during the first read share the one read after it.
    expect(pending).toHaveLength(1);
    answerAll();
    await Promise.all(waiting);
  });

  it('never answers a caller with a read begun before it asked, so a write made before is seen', async () => {
    const { store, answerAll } = storeAnsweredByHand();
    const reader = new ProjectionReader(store);
    const before = reader.current();
    await store.countWrite();
    const after = reader.current();
    answerAll();
    expect((await before).writes).toBe(0);
    await flush();
    answerAll();
    expect((await after).writes).toBe(1);
  });
});
