import type { RecordChangeBody, RecordChangeDecision, RecordChangeList, RecordChangeView } from "@zero/schemas";
import { apiRequest } from "../data/client.ts";

// Changes to a person's record that only its owner organisation or the SIAO coordination
// make: the partners propose them, the owner decides (docs/decisions/0018).

const id = (value: string) => encodeURIComponent(value);

export const proposeChange = (personId: string, body: RecordChangeBody) =>
  apiRequest<RecordChangeView>("POST", `/api/urgence/people/${id(personId)}/proposals`, body);

export const fetchProposals = (personId: string, purpose: string) =>
  apiRequest<RecordChangeList>("GET", `/api/urgence/people/${id(personId)}/proposals?purpose=${encodeURIComponent(purpose)}`);

export const decideRecordChange = (proposalId: string, body: RecordChangeDecision) =>
  apiRequest<RecordChangeView>("POST", `/api/urgence/proposals/${id(proposalId)}/decision`, body);
