import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { readMaasConfig } from './readMaasConfig';

const reminders = (config: JsonObject) =>
  readMaasConfig(new ConfigReader({ maas: { reminders: config } })).reminders;

describe('maas.reminders', () => {
  it('defaults to 120, 90, 60, 30 and 7 days, hourly, to the owners only', () => {
    expect(readMaasConfig(new ConfigReader({})).reminders).toEqual({
      enabled: true,
      offsetsDays: [120, 90, 60, 30, 7],
      alsoNotify: [],
      schedule: {
        frequency: { hours: 1 },
        timeout: { minutes: 10 },
        initialDelay: { seconds: 30 },
      },
    });
  });

  it('reads offsets largest first, extra recipients as full refs, and a schedule', () => {
    const read = reminders({
      offsetsDays: [14, 60],
      alsoNotify: ['marketing-ops', 'user:default/ines.garcia'],
      schedule: { frequency: { minutes: 5 }, timeout: { minutes: 1 } },
      enabled: false,
    });
    expect(read.offsetsDays).toEqual([60, 14]);
    expect(read.alsoNotify).toEqual([
      'group:default/marketing-ops',
      'user:default/ines.garcia',
    ]);
    expect(read.schedule).toMatchObject({
      frequency: { minutes: 5 },
      timeout: { minutes: 1 },
    });
    expect(read.enabled).toBe(false);
  });

  it.each([
    [
      { offsetsDays: [] },
      'maas.reminders.offsetsDays must be a list of whole numbers',
    ],
    [
      { offsetsDays: [30, 1.5] },
      'maas.reminders.offsetsDays must be a list of whole numbers',
    ],
    [
      { offsetsDays: [30, -1] },
      'maas.reminders.offsetsDays must be a list of whole numbers',
    ],
    [
      { offsetsDays: 30 },
      'maas.reminders.offsetsDays must be a list of whole numbers',
    ],
    [
      { offsetsDays: [30, 30] },
      'maas.reminders.offsetsDays must be a list without repeats',
    ],
    [
      { alsoNotify: ['group:'] },
      'maas.reminders.alsoNotify must be a list of entity references',
    ],
  ])('refuses %j, naming the key', (config, message) => {
    expect(() => reminders(config)).toThrow(message);
  });
});
