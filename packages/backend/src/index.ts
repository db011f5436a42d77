/*
 * The MaaS for Backstage backend, on Backstage's new backend system.
 * One `backend.add` per feature; configuration lives in app-config*.yaml.
 */

import { createBackend } from '@backstage/backend-defaults';
import { readinessServiceFactory } from './health/readinessServiceFactory';

const backend = createBackend();

// Readiness that fails while the database (or a shared cache store) is down, not only before
// start-up and during shutdown.
backend.add(readinessServiceFactory);

// Serves the frontend bundle in production builds.
backend.add(import('@backstage/plugin-app-backend'));

// Sign-in: the guest provider for local use (see auth.providers in app-config.yaml).
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// Sign-in as any demo user, in development only: the start command records the demo's
// certifications as the people holding the keys (auth.providers.demo in app-config.yaml).
backend.add(import('./auth/demoUsersModule'));

// Catalog, with the Template kind and processing errors written to the log.
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// Lists entities that failed processing, with their errors (the frontend's "Unprocessed entities").
backend.add(import('@backstage/plugin-catalog-backend-module-unprocessed'));
// The MaaS kinds: Vendor, MartechTool, DataProduct, Audience, Campaign.
backend.add(import('@maas/plugin-catalog-backend-module-maas'));

// Scaffolder: campaign templates are launched through it.
backend.add(import('@backstage/plugin-scaffolder-backend'));
// The MaaS actions: consent, channel and experiment checks, recording the campaign.
backend.add(import('@maas/plugin-scaffolder-backend-module-maas'));

// Permissions, with the app's policy: MaaS mutations for the configured groups.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('./permissions/module'));

// MaaS: scores, sprawl, decommissioning plans, ownership audit, at /api/maas.
backend.add(import('@maas/plugin-maas-backend'));

// The event bus the catalogue, scaffolder and MaaS share: with it, a campaign recorded on
// one replica reaches the campaign entity provider on every replica, not only its own.
backend.add(import('@backstage/plugin-events-backend'));

// Notifications, pushed live to the browser through signals: maas-backend sends its reminders
// (decision deadlines, Data Act checks, certification expiries) to the inbox at /notifications.
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// Search over the catalogue, with the in-memory (Lunr) engine: no external service needed.
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));

backend.start();
