/**
 * `pnpm example fleet-sync`: N worker processes on BullMQ sync M athletes from the Strava and
 * WHOOP sandboxes with shared token stores, leases and rate budgets (see fleet-sync/index.ts).
 */
await import('./fleet-sync/index.js');
