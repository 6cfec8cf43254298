import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useId, useState } from "react";
import { fetchMySessions, revokeOtherSessions, revokeSession } from "../api.ts";
import { formatDateTime } from "../../admin/components/format.ts";
import { messageOf } from "../../../data/error-message.ts";
import { useLoad } from "../../../data/use-load.ts";

/** « Mes sessions »: where the account is open, and closing the others. `revision` reloads it. */
export function SessionsSection({ revision }: { revision: number }) {
  const titleId = useId();
  const loaded = useLoad(fetchMySessions, String(revision));
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const sessions = loaded.data?.sessions ?? null;
  const problem = failure ?? (loaded.state.status === "failed" ? loaded.state.message : null);

  const act = async (work: () => Promise<string>) => {
    setPending(true);
    setNotice(null);
    try {
      setNotice(await work());
      setFailure(null);
      await loaded.reload();
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setPending(false);
    }
  };

  const others = (sessions ?? []).filter((s) => !s.current);

  return (
    <section aria-labelledby={titleId} className={fr.cx("fr-mt-6w")}>
      <h2 id={titleId}>Mes sessions</h2>
      <p>
        Chaque connexion ouvre une session, qui se ferme d'elle-même après un temps sans activité, et dans tous les cas le soir de la
        connexion. Fermez celles que vous ne reconnaissez pas, puis changez votre mot de passe.
      </p>
      {problem !== null && <Alert severity="error" small description={problem} className={fr.cx("fr-mb-3w")} />}
      {notice !== null && <Alert severity="success" small role="status" description={notice} className={fr.cx("fr-mb-3w")} />}
      {sessions === null ? (
        problem === null && <p>Chargement des sessions…</p>
      ) : (
        <div className={fr.cx("fr-table", "fr-table--bordered") + " zero-table-full-width"}>
          <table>
            <caption className={fr.cx("fr-sr-only")}>Mes sessions ouvertes ({sessions.length})</caption>
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Ouverte le</th>
                <th scope="col">Dernière activité</th>
                <th scope="col">Fin sans activité</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id}>
                  <td>{session.current ? <strong>Cette session</strong> : "Autre session"}</td>
                  <td>{formatDateTime(session.createdAt)}</td>
                  <td>{formatDateTime(session.lastSeenAt)}</td>
                  <td>{formatDateTime(session.expiresAt)}</td>
                  <td>
                    {session.current ? (
                      "Utilisez « Se déconnecter »"
                    ) : (
                      <Button
                        priority="secondary"
                        size="small"
                        disabled={pending}
                        onClick={() =>
                          void act(async () => {
                            await revokeSession(session.id);
                            return "La session a été fermée.";
                          })
                        }
                        title={`Fermer la session ouverte le ${formatDateTime(session.createdAt)}`}
                      >
                        Fermer
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {others.length > 0 && (
        <Button
          priority="secondary"
          iconId="fr-icon-logout-box-r-line"
          disabled={pending}
          onClick={() =>
            void act(async () => {
              const { revoked } = await revokeOtherSessions();
              return revoked > 1 ? `${revoked} sessions ont été fermées.` : "L'autre session a été fermée.";
            })
          }
        >
          Fermer toutes mes autres sessions
        </Button>
      )}
    </section>
  );
}
