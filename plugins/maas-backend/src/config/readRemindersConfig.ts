import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';

/** What `maas.reminders` configures, with defaults applied. */
export interface RemindersConfig {
  enabled: boolean;
  /** Days before a decision deadline (or a Data Act failure) to remind at, largest first. */
  offsetsDays: number[];
  /** Entity refs notified of every reminder besides the subject's owners. */
  alsoNotify: string[];
  schedule: SchedulerServiceTaskScheduleDefinition;
}

export const defaultReminderOffsetsDays = [120, 90, 60, 30, 7];

const defaultSchedule: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 1 },
  timeout: { minutes: 10 },
  initialDelay: { seconds: 30 },
};

const KEY = 'maas.reminders';

function fail(key: string, expected: string, got: unknown): never {
  throw new Error(
    `Invalid config: ${KEY}.${key} must be ${expected}, got ${JSON.stringify(
      got,
    )}`,
  );
}

function offsets(config: Config | undefined): number[] {
  const value = config?.getOptional('offsetsDays');
  if (value === undefined) return defaultReminderOffsetsDays;
  const expected = 'a list of whole numbers of days from 0 to 3660';
  if (!Array.isArray(value) || value.length === 0) {
    fail('offsetsDays', expected, value);
  }
  for (const day of value) {
    if (typeof day !== 'number' || !Number.isInteger(day)) {
      fail('offsetsDays', expected, value);
    }
    if (day < 0 || day > 3660) fail('offsetsDays', expected, value);
  }
  if (new Set(value).size !== value.length) {
    fail('offsetsDays', 'a list without repeats', value);
  }
  return [...(value as number[])].sort((a, b) => b - a);
}

function recipients(config: Config | undefined): string[] {
  const refs = config?.getOptionalStringArray('alsoNotify') ?? [];
  return refs.map(ref => {
    try {
      return stringifyEntityRef(
        parseEntityRef(ref.toLocaleLowerCase('en-US'), {
          defaultKind: 'group',
          defaultNamespace: 'default',
        }),
      );
    } catch {
      return fail('alsoNotify', 'a list of entity references', refs);
    }
  });
}

/**
 * Reads `maas.reminders` at start-up; a bad value stops the backend with a message naming the
 * key.
 */
export function readRemindersConfig(maas: Config | undefined): RemindersConfig {
  const config = maas?.getOptionalConfig('reminders');
  const schedule = config?.getOptionalConfig('schedule');
  return {
    enabled: config?.getOptionalBoolean('enabled') ?? true,
    offsetsDays: offsets(config),
    alsoNotify: recipients(config),
    schedule: schedule
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule)
      : defaultSchedule,
  };
}
