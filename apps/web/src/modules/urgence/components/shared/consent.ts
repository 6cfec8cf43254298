import type { ConsentBody } from "@zero/schemas";

export type ConsentChoice = {
  given: boolean;
  /** Shared with the whole SIAO network, or kept within the recording organisation. */
  audience: "network" | "organisation";
  purposes: ConsentBody["purposes"];
};

export const DEFAULT_CONSENT: ConsentChoice = { given: false, audience: "network", purposes: ["orientation", "follow_up", "statistics"] };

export const CONSENT_PURPOSE_LABELS: Record<string, string> = {
  orientation: "orientation vers un hébergement",
  follow_up: "suivi par les équipes",
  statistics: "statistiques anonymes",
};

export function consentBody(choice: ConsentChoice, networkId: string, organisationId: string): Omit<ConsentBody, "purpose"> {
  return {
    purposes: choice.purposes,
    audiences: [choice.audience === "network" ? { type: "network", id: networkId } : { type: "organisation", id: organisationId }],
  };
}
