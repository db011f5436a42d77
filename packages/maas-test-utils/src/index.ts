/**
 * Test helpers shared by the MaaS plugins.
 *
 * @packageDocumentation
 */

export * from './startMaasTestBackend';
export * from './reachable';
export * from './describeOnEachDatabase';
export * from './sharedEvents';
export * from './eventually';
export * from './demoInventoryConfig';
