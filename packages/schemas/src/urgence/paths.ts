import { definePaths } from "../routes.ts";

/**
 * Where each Urgence sociale endpoint is (docs/urgence.md), grouped by the API's feature folders
 * (apps/api/src/modules/urgence/<feature>/routes.ts): plain strings, read by the web app at run
 * time. Their schemas are in ./routes.ts.
 */
export const URGENCE_PATHS = definePaths("/api/urgence", {
  people: {
    list: { method: "GET", path: "/people" },
    create: { method: "POST", path: "/people" },
    get: { method: "GET", path: "/people/:id" },
    update: { method: "PATCH", path: "/people/:id" },
    changeStatus: { method: "POST", path: "/people/:id/status" },
    timeline: { method: "GET", path: "/people/:id/timeline" },
    giveConsent: { method: "POST", path: "/people/:id/consents" },
    withdrawConsent: { method: "POST", path: "/people/:id/consents/:consentId/withdraw" },
    erase: { method: "POST", path: "/people/:id/erasure" },
    merge: { method: "POST", path: "/people/:id/merge" },
    split: { method: "POST", path: "/people/:id/split" },
  },
  proposals: {
    propose: { method: "POST", path: "/people/:id/proposals" },
    list: { method: "GET", path: "/people/:id/proposals" },
    decide: { method: "POST", path: "/proposals/:proposalId/decision" },
  },
  export: {
    person: { method: "GET", path: "/people/:id/export" },
  },
  encounters: {
    create: { method: "POST", path: "/encounters" },
    list: { method: "GET", path: "/encounters" },
  },
  requests: {
    create: { method: "POST", path: "/requests" },
    list: { method: "GET", path: "/requests" },
    get: { method: "GET", path: "/requests/:id" },
    transition: { method: "POST", path: "/requests/:id/transition" },
    proposal: { method: "POST", path: "/requests/:id/proposal" },
  },
  structures: {
    list: { method: "GET", path: "/structures" },
    create: { method: "POST", path: "/structures" },
    get: { method: "GET", path: "/structures/:id" },
    availability: { method: "GET", path: "/structures/:id/availability" },
    declare: { method: "PUT", path: "/structures/:id/availability" },
  },
  matching: {
    run: { method: "POST", path: "/matching" },
  },
  duplicates: {
    list: { method: "GET", path: "/duplicates" },
  },
  dashboard: {
    get: { method: "GET", path: "/dashboard" },
    csv: { method: "GET", path: "/dashboard.csv" },
  },
  settings: {
    get: { method: "GET", path: "/networks/:networkId/settings" },
    put: { method: "PUT", path: "/networks/:networkId/settings" },
    applyInactivity: { method: "POST", path: "/inactivity" },
  },
  networks: {
    list: { method: "GET", path: "/networks" },
    addMember: { method: "PUT", path: "/networks/:networkId/members/:organisationId" },
    removeMember: { method: "DELETE", path: "/networks/:networkId/members/:organisationId" },
  },
  sectors: {
    list: { method: "GET", path: "/sectors" },
    create: { method: "POST", path: "/sectors" },
    update: { method: "PATCH", path: "/sectors/:id" },
    remove: { method: "DELETE", path: "/sectors/:id" },
  },
  map: {
    get: { method: "GET", path: "/map" },
  },
});
