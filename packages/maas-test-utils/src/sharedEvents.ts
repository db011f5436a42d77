import {
  createServiceFactory,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { EventsService, eventsServiceRef } from '@backstage/plugin-events-node';

/**
 * One in-memory events bus for every plugin of a test backend, as the events service of a real
 * backend is: `startTestBackend`'s default gives each plugin a bus of its own, so an event one
 * plugin publishes never reaches another's subscription.
 */
export function sharedEvents(): {
  bus: EventsService;
  factory: ServiceFactory<EventsService, 'plugin'>;
} {
  const bus = mockServices.events();
  return {
    bus,
    factory: createServiceFactory({
      service: eventsServiceRef,
      deps: {},
      factory: () => bus,
    }),
  };
}
