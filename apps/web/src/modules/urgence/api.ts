import type {
  AvailabilityView,
  ConsentBody,
  CreatePersonBody,
  CreateRequestBody,
  Dashboard,
  DeclareAvailabilityBody,
  EncounterBody,
  EncounterView,
  MatchingResult,
  NetworkList,
  NetworkMap,
  PeoplePage,
  PersonView,
  ProposalBody,
  RecordChangeBody,
  RecordChangeDecision,
  RecordChangeList,
  RecordChangeView,
  RequestView,
  StructureView,
  Timeline,
  TransitionBody,
} from "@zero/schemas";
import { apiRequest, ApiError, type ApiErrorBody } from "../../data/client.ts";

// The Urgence sociale API (docs/urgence.md): the module's pages reach the server only through
// this file. Reads of people are audited by the server; `purpose` says why (kept in the audit log).

function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

const id = (value: string) => encodeURIComponent(value);

export const fetchNetworks = () => apiRequest<NetworkList>("GET", "/api/urgence/networks");

export function searchPeople(params: {
  q?: string;
  birthYear?: number;
  birthYearTolerance?: number;
  limit?: number;
  purpose: string;
}): Promise<PeoplePage> {
  return apiRequest<PeoplePage>("GET", `/api/urgence/people${query(params)}`);
}
export const fetchPerson = (personId: string, purpose: string) =>
  apiRequest<PersonView>("GET", `/api/urgence/people/${id(personId)}${query({ purpose })}`);
export const createPerson = (body: CreatePersonBody) => apiRequest<PersonView>("POST", "/api/urgence/people", body);
export const giveConsent = (personId: string, body: ConsentBody) =>
  apiRequest<PersonView>("POST", `/api/urgence/people/${id(personId)}/consents`, body);
export const fetchTimeline = (personId: string, purpose: string) =>
  apiRequest<Timeline>("GET", `/api/urgence/people/${id(personId)}/timeline${query({ purpose })}`);

export const createEncounter = (body: EncounterBody) => apiRequest<EncounterView>("POST", "/api/urgence/encounters", body);
export const fetchEncounters = (organisationId: string, from?: string, limit?: number) =>
  apiRequest<EncounterView[]>("GET", `/api/urgence/encounters${query({ organisationId, from, limit })}`);

export const createRequest = (body: CreateRequestBody) => apiRequest<RequestView>("POST", "/api/urgence/requests", body);
export const fetchRequests = (params: { networkId: string; status?: string; structureId?: string; limit?: number }) =>
  apiRequest<RequestView[]>("GET", `/api/urgence/requests${query(params)}`);
export const transitionRequest = (requestId: string, body: TransitionBody) =>
  apiRequest<RequestView>("POST", `/api/urgence/requests/${id(requestId)}/transition`, body);
export const decideProposal = (requestId: string, body: ProposalBody) =>
  apiRequest<RequestView>("POST", `/api/urgence/requests/${id(requestId)}/proposal`, body);

export const runMatching = (networkId: string, dryRun: boolean, purpose: string) =>
  apiRequest<MatchingResult>("POST", "/api/urgence/matching", { networkId, dryRun, purpose });

export const fetchStructures = (networkId: string, date?: string) =>
  apiRequest<StructureView[]>("GET", `/api/urgence/structures${query({ networkId, date })}`);
export const fetchAvailability = (structureId: string, date?: string) =>
  apiRequest<AvailabilityView>("GET", `/api/urgence/structures/${id(structureId)}/availability${query({ date })}`);
export const declareAvailability = (structureId: string, body: DeclareAvailabilityBody) =>
  apiRequest<AvailabilityView>("PUT", `/api/urgence/structures/${id(structureId)}/availability`, body);

export const fetchNetworkMap = (params: { networkId: string; from?: string; sectorId?: string }) =>
  apiRequest<NetworkMap>("GET", `/api/urgence/map${query(params)}`);

export const fetchDashboard = (networkId: string, months = 12) =>
  apiRequest<Dashboard>("GET", `/api/urgence/dashboard${query({ networkId, months })}`);
export const dashboardCsvUrl = (networkId: string, months = 12) => `/api/urgence/dashboard.csv${query({ networkId, months })}`;

// A person's data export, RGPD art. 15 (docs/api/export.md): a file to download, made by
// the organisation that registered the person or the SIAO coordination, audited by the server.

export type ExportFormat = "pdf" | "json";

/** Fetches the export and hands it to the browser as a download named by the server (the record's id). */
export async function downloadPersonExport(personId: string, format: ExportFormat, purpose: string): Promise<void> {
  const search = new URLSearchParams({ format, purpose });
  let response: Response;
  try {
    response = await fetch(`/api/urgence/people/${encodeURIComponent(personId)}/export?${search.toString()}`, {
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

export const proposeChange = (personId: string, body: RecordChangeBody) =>
  apiRequest<RecordChangeView>("POST", `/api/urgence/people/${id(personId)}/proposals`, body);

export const fetchProposals = (personId: string, purpose: string) =>
  apiRequest<RecordChangeList>("GET", `/api/urgence/people/${id(personId)}/proposals?purpose=${encodeURIComponent(purpose)}`);

export const decideRecordChange = (proposalId: string, body: RecordChangeDecision) =>
  apiRequest<RecordChangeView>("POST", `/api/urgence/proposals/${id(proposalId)}/decision`, body);
