import type {
  ConsentBody,
  CreatePersonBody,
  CreateRequestBody,
  DeclareAvailabilityBody,
  EncounterBody,
  ExportQuery,
  ProposalBody,
  RecordChangeBody,
  RecordChangeDecision,
  RequestQuery,
  TransitionBody,
} from "@zero/schemas";
import { URGENCE_ENDPOINTS as U } from "@zero/schemas/urgence/endpoints";
import { ApiError, type ApiErrorBody } from "../../data/client.ts";
import { call, endpointUrl } from "../../data/call.ts";

// The Urgence sociale API (docs/urgence.md): the module's pages reach the server only through
// this file. Paths, parameters and answers come from the module's table in @zero/schemas
// (packages/schemas/src/urgence/paths.ts and routes.ts), the same the API registers.
// Reads of people are audited by the server; `purpose` says why (kept in the audit log).

export const fetchNetworks = () => call(U.networks.list);

export function searchPeople(query: { q?: string; birthYear?: number; birthYearTolerance?: number; limit?: number; purpose: string }) {
  return call(U.people.list, { query });
}
export const fetchPerson = (id: string, purpose: string) => call(U.people.get, { params: { id }, query: { purpose } });
export const createPerson = (body: CreatePersonBody) => call(U.people.create, { body });
export const giveConsent = (id: string, body: ConsentBody) => call(U.people.giveConsent, { params: { id }, body });
export const fetchTimeline = (id: string, purpose: string) => call(U.people.timeline, { params: { id }, query: { purpose } });

export const createEncounter = (body: EncounterBody) => call(U.encounters.create, { body });
export const fetchEncounters = (organisationId: string, from?: string, limit?: number) =>
  call(U.encounters.list, { query: { organisationId, from, limit } });

export const createRequest = (body: CreateRequestBody) => call(U.requests.create, { body });
export const fetchRequests = (query: { networkId: string; status?: RequestQuery["status"]; structureId?: string; limit?: number }) =>
  call(U.requests.list, { query });
export const transitionRequest = (id: string, body: TransitionBody) => call(U.requests.transition, { params: { id }, body });
export const decideProposal = (id: string, body: ProposalBody) => call(U.requests.proposal, { params: { id }, body });

export const runMatching = (networkId: string, dryRun: boolean, purpose: string) =>
  call(U.matching.run, { body: { networkId, dryRun, purpose } });

export const fetchStructures = (networkId: string, date?: string) => call(U.structures.list, { query: { networkId, date } });
export const fetchAvailability = (id: string, date?: string) => call(U.structures.availability, { params: { id }, query: { date } });
export const declareAvailability = (id: string, body: DeclareAvailabilityBody) => call(U.structures.declare, { params: { id }, body });

export const fetchNetworkMap = (query: { networkId: string; from?: string; sectorId?: string }) => call(U.map.get, { query });

export const fetchDashboard = (networkId: string, months = 12) => call(U.dashboard.get, { query: { networkId, months } });
export const dashboardCsvUrl = (networkId: string, months = 12) => endpointUrl(U.dashboard.csv, { query: { networkId, months } });

// A person's data export, RGPD art. 15 (docs/api/export.md): a file to download, made by
// the organisation that registered the person or the SIAO coordination, audited by the server.

export type ExportFormat = NonNullable<ExportQuery["format"]>;

/** Fetches the export and hands it to the browser as a download named by the server (the record's id). */
export async function downloadPersonExport(personId: string, format: ExportFormat, purpose: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(endpointUrl(U.export.person, { params: { id: personId }, query: { format, purpose } }), {
      credentials: "same-origin",
      headers: { accept: format === "pdf" ? "application/pdf" : "application/json" },
    });
  } catch {
    throw new ApiError(0, {
      code: "NETWORK_ERROR",
      message: "Le serveur est injoignable. Vérifiez votre connexion puis réessayez.",
    });
  }
  if (!response.ok) throw new ApiError(response.status, await errorOf(response));
  const disposition = response.headers.get("content-disposition") ?? "";
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `zero-export.${format}`;
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The browser has taken the file; the data does not stay in the page.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

async function errorOf(response: Response): Promise<ApiErrorBody> {
  try {
    const body = (await response.json()) as { error?: ApiErrorBody };
    if (body.error && typeof body.error.code === "string" && typeof body.error.message === "string") return body.error;
  } catch {
    // Not JSON: the generic message below.
  }
  return {
    code: `HTTP_${response.status}`,
    message: "L'export n'a pas pu être fait. Réessayez dans quelques instants.",
  };
}

// Changes to a person's record that only its owner organisation or the SIAO coordination
// make: the partners propose them, the owner decides (docs/decisions/0018).

export const proposeChange = (id: string, body: RecordChangeBody) => call(U.proposals.propose, { params: { id }, body });

export const fetchProposals = (id: string, purpose: string) => call(U.proposals.list, { params: { id }, query: { purpose } });

export const decideRecordChange = (proposalId: string, body: RecordChangeDecision) =>
  call(U.proposals.decide, { params: { proposalId }, body });
