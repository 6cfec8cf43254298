import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { useCallback, useState } from "react";
import { useSearchParams } from "react-router";
import { AccessDenied } from "../components/access-denied.tsx";
import { AuditLogSection } from "../components/audit-log-section.tsx";
import { MembersSection } from "../components/members-section.tsx";
import { OrganisationSelect } from "../components/organisation-select.tsx";
import { administrableMemberships, canReadAudit, roleLabel } from "../components/roles.ts";
import { useSession } from "../../auth/session-context.tsx";
import { usePageTitle } from "../../../components/use-page-title.ts";

/**
 * /administration, behind RequireSession: the members of an organisation (admins and
 * coordinators) and its audit log (admins). The server enforces the same rules.
 */
export function AdministrationPage() {
  usePageTitle("Administration");
  const { state } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const [auditRevision, setAuditRevision] = useState(0);
  const onAudited = useCallback(() => setAuditRevision((value) => value + 1), []);

  const session = state.status === "authenticated" ? state.session : null;
  const memberships = administrableMemberships(session?.memberships ?? []);
  const wanted = searchParams.get("organisation");
  const membership = memberships.find((m) => m.organisationId === wanted) ?? memberships[0];

  return (
    <div className={fr.cx("fr-container", "fr-mb-8w")}>
      <Breadcrumb currentPageLabel="Administration" homeLinkProps={{ to: "/" }} segments={[]} />
      <h1>Administration</h1>
      {session === null || membership === undefined ? (
        <AccessDenied />
      ) : (
        <>
          {memberships.length > 1 ? (
            <OrganisationSelect
              memberships={memberships}
              selectedId={membership.organisationId}
              onSelect={(organisationId) => setSearchParams({ organisation: organisationId }, { replace: true })}
            />
          ) : (
            <>
              <p className={fr.cx("fr-text--lead", "fr-mb-1w")}>{membership.organisationName}</p>
              <p>Votre rôle dans cette organisation : {roleLabel(membership.role)}.</p>
            </>
          )}
          <MembersSection key={membership.organisationId} membership={membership} onAudited={onAudited} />
          {canReadAudit(membership.role) && (
            <AuditLogSection
              key={membership.organisationId}
              organisationId={membership.organisationId}
              currentUserId={session.user.id}
              revision={auditRevision}
            />
          )}
        </>
      )}
    </div>
  );
}
