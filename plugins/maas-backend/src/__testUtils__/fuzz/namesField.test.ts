import { namesField } from './namesField';

describe('namesField', () => {
  it.each([
    'Invalid plan: targetDate: must be between 1970-01-01 and 2100-12-31',
    'Invalid measurements: measurements.3.completenessPct: must be at most 100 %',
    'Invalid body: (body): is not JSON (Unexpected end of JSON input)',
    'If-Match: must be the ETag of one version, such as "3", got "*"',
    'successorRef: must not be the tool itself (martechtool:default/x)',
    'Campaign "winter": spec.end must not be before spec.start (2026-12-01)',
    'Invalid results CSV: line 5, users: must be a whole number',
    'Invalid results CSV: line 1: unknown column "clicks"',
  ])('accepts %p', message => expect(namesField(message)).toBe(true));

  it.each([
    'Invalid plan',
    'Invalid results CSV: line five went wrong',
    'Something went wrong',
    'value too long for type character varying(255)',
    undefined,
  ])('refuses %p', message => expect(namesField(message)).toBe(false));
});
