import { Select } from "@codegouvfr/react-dsfr/Select";
import type { MembershipView } from "@zero/schemas";
import { roleLabel } from "./roles.ts";

type Props = {
  memberships: MembershipView[];
  selectedId: string;
  onSelect: (organisationId: string) => void;
};

/** Shown when the user administers several organisations. */
export function OrganisationSelect({ memberships, selectedId, onSelect }: Props) {
  return (
    <Select
      label="Organisation"
      hint="Les membres et le journal affichés sont ceux de l'organisation choisie."
      nativeSelectProps={{ value: selectedId, onChange: (event) => onSelect(event.target.value) }}
    >
      {memberships.map((membership) => (
        <option key={membership.organisationId} value={membership.organisationId}>
          {membership.organisationName} — {roleLabel(membership.role)}
        </option>
      ))}
    </Select>
  );
}
