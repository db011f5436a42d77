/**
 * Test helpers shared by the MaaS plugins.
 *
 * @packageDocumentation
 */

export * from './startMaasTestBackend';
