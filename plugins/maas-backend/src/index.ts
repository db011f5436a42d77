/**
 * The MaaS backend plugin: reversibility scores, EU Data Act checks, vendor decisions, tool
 * sprawl, decommissioning plans and the ownership audit.
 *
 * @packageDocumentation
 */

export { maasPlugin as default } from './plugin';
