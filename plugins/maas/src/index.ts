/**
 * The MaaS frontend plugin: the marketing platform page and the MaaS entity cards.
 *
 * @packageDocumentation
 */

export { maasPlugin, MaasPage } from './plugin';
export { maasApiRef, type MaasApi } from './api/MaasApi';
