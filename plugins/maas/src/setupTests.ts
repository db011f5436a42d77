import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// recharts' ResponsiveContainer measures its parent, which jsdom cannot.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as any).ResizeObserver =
  (globalThis as any).ResizeObserver ?? ResizeObserverStub;

// CI runs seven jest projects in parallel on two cores; the first render of a
// tab (Material UI, recharts) can take longer than testing-library's 1 s
// default, which made findBy* queries fail on a busy machine.
configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(30000);
