/**
 * The MaaS scaffolder actions that launch standardised, consent-checked campaigns.
 *
 * @packageDocumentation
 */

export { scaffolderModuleMaas as default } from './module';
