import type { MemberView } from "@zero/schemas";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { roleLabel } from "./roles.ts";

export function MembersTable({ members, organisationName }: { members: MemberView[]; organisationName: string }) {
  const sorted = [...members].sort((a, b) => a.displayName.localeCompare(b.displayName, "fr"));
  return (
    <Table
      caption={`Membres de ${organisationName} (${members.length})`}
      headers={["Nom", "Adresse électronique", "Rôle"]}
      data={sorted.map((member) => [member.displayName, member.email, roleLabel(member.role)])}
      noCaption
      bordered
      className="zero-table-full-width"
    />
  );
}
