import type { MembershipView, SessionView } from "@zero/schemas";
import { createContext, useContext, type ReactNode } from "react";

type Network = { siaoOrganisationId: string; name: string; members: { organisationId: string; name: string; kind: string }[] };

export type UrgenceContextValue = {
  session: SessionView;
  network: Network;
  /** The user's memberships in organisations of this network. */
  memberships: MembershipView[];
};

const UrgenceContext = createContext<UrgenceContextValue | null>(null);

export function UrgenceProvider({ value, children }: { value: UrgenceContextValue; children: ReactNode }) {
  return <UrgenceContext.Provider value={value}>{children}</UrgenceContext.Provider>;
}

export function useUrgence(): UrgenceContextValue {
  const value = useContext(UrgenceContext);
  if (value === null) throw new Error("useUrgence must be used inside <UrgenceProvider>");
  return value;
}
