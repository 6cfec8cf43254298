import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { MembershipView } from "@zero/schemas";
import { fetchMembers } from "../api.ts";
import { Loading } from "../../../components/loading.tsx";
import { useLoad } from "../../../data/use-load.ts";
import { AddMemberForm } from "./add-member-form.tsx";
import { MembersTable } from "./members-table.tsx";
import { canManageMembers, roleLabel } from "./roles.ts";

/** "Membres": the list (admins, coordinators) and, for admins, the form to add one. */
export function MembersSection({ membership, onAudited }: { membership: MembershipView; onAudited: () => void }) {
  const { state, reload } = useLoad(async () => {
    const members = await fetchMembers(membership.organisationId);
    // The server writes every read of the members to the audit log: the page refreshes what shows it.
    onAudited();
    return members;
  }, membership.organisationId);

  return (
    <section aria-labelledby="membres" className={fr.cx("fr-mt-6w")}>
      <h2 id="membres">Membres</h2>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && (
        <Alert severity="error" role="alert" small description={`Impossible d'afficher les membres. ${state.message}`} />
      )}
      {state.status === "loaded" && <MembersTable members={state.data} organisationName={membership.organisationName} />}
      {!canManageMembers(membership.role) && (
        <p className={fr.cx("fr-text--sm")}>
          En tant que {roleLabel(membership.role).toLowerCase()}, vous consultez la liste des membres. L'ajout d'un membre et le journal
          d'audit sont réservés aux administrateur·rices de l'organisation.
        </p>
      )}
      {canManageMembers(membership.role) && (
        <AddMemberForm
          organisationId={membership.organisationId}
          // Reading the list again also refreshes the audit log (see above).
          onAdded={reload}
        />
      )}
    </section>
  );
}
