import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import type { MemberView } from "@zero/schemas";
import { useEffect, useId, useState, type FormEvent } from "react";
import { addMember } from "../api.ts";
import { addMemberErrors, EMPTY_MEMBER, MEMBER_FIELDS, type MemberField, type MemberValues } from "./add-member-errors.ts";
import { ASSIGNABLE_ROLES, roleLabel } from "./roles.ts";
import type { FieldErrors } from "./validation-details.ts";

/**
 * "Ajouter un membre" (admins). The API checks the values (VALIDATION_FAILED details become
 * messages under each field) and writes the creation, with its motif, to the audit log.
 */
export function AddMemberForm({ organisationId, onAdded }: { organisationId: string; onAdded: (member: MemberView) => void }) {
  const idPrefix = useId();
  const fieldId = (field: MemberField) => `${idPrefix}-${field}`;
  const [values, setValues] = useState<MemberValues>(EMPTY_MEMBER);
  const [errors, setErrors] = useState<FieldErrors<MemberField>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [added, setAdded] = useState<MemberView | null>(null);
  const [submitting, setSubmitting] = useState(false);

  // After a refused submission, the focus goes to the first field to correct.
  useEffect(() => {
    const first = MEMBER_FIELDS.find((field) => errors[field] !== undefined);
    if (first !== undefined) document.getElementById(`${idPrefix}-${first}`)?.focus();
  }, [errors, idPrefix]);

  const change = (field: MemberField) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    setFailure(null);
    setAdded(null);
    try {
      const member = await addMember(organisationId, values);
      setValues(EMPTY_MEMBER);
      setErrors({});
      setAdded(member);
      onAdded(member);
    } catch (error) {
      const next = addMemberErrors(error);
      setErrors(next.fields);
      setFailure(next.general);
    } finally {
      setSubmitting(false);
    }
  };

  const errorProps = (field: MemberField) =>
    errors[field] === undefined ? {} : ({ state: "error", stateRelatedMessage: errors[field] } as const);
  const nativeProps = (field: MemberField) => ({
    id: fieldId(field),
    name: field,
    value: values[field],
    onChange: change(field),
    "aria-invalid": errors[field] !== undefined || undefined,
  });

  return (
    <section aria-labelledby={`${idPrefix}-title`} className={fr.cx("fr-mt-6w")}>
      <h3 id={`${idPrefix}-title`}>Ajouter un membre</h3>
      <p>
        Le compte est créé dans cette organisation avec le rôle choisi. Transmettez le mot de passe provisoire à la personne par un canal
        sûr (jamais dans le même message que l'adresse).
      </p>
      {added !== null && (
        <Alert
          severity="success"
          role="status"
          small
          closable
          onClose={() => setAdded(null)}
          description={
            `${added.displayName} (${added.email}) a été ajouté·e comme ` +
            `${roleLabel(added.role)}. La création est inscrite au journal d'audit.`
          }
          className={fr.cx("fr-mb-3w")}
        />
      )}
      {failure !== null && <Alert severity="error" role="alert" small description={failure} className={fr.cx("fr-mb-3w")} />}
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <fieldset className={fr.cx("fr-fieldset")}>
          <legend className={fr.cx("fr-fieldset__legend", "fr-sr-only")}>Nouveau membre</legend>
          <div className={fr.cx("fr-fieldset__element")}>
            <Input
              label="Nom affiché"
              hintText="Prénom et nom, tels que les collègues les liront."
              {...errorProps("displayName")}
              nativeInputProps={{ ...nativeProps("displayName"), autoComplete: "off" }}
            />
          </div>
          <div className={fr.cx("fr-fieldset__element")}>
            <Input
              label="Adresse électronique"
              hintText="Format attendu : nom@domaine.fr. Elle sert d'identifiant de connexion."
              {...errorProps("email")}
              nativeInputProps={{ ...nativeProps("email"), type: "email", autoComplete: "off" }}
            />
          </div>
          <div className={fr.cx("fr-fieldset__element")}>
            <Select
              label="Rôle"
              hint="Il détermine ce que la personne pourra voir et faire dans l'organisation."
              {...errorProps("role")}
              nativeSelectProps={nativeProps("role")}
            >
              <option value="" disabled>
                Choisir un rôle
              </option>
              {ASSIGNABLE_ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleLabel(role)}
                </option>
              ))}
            </Select>
          </div>
          <div className={fr.cx("fr-fieldset__element")}>
            <PasswordInput
              label="Mot de passe provisoire"
              hintText="12 caractères minimum."
              messagesHint=""
              messages={errors.password === undefined ? [] : [{ severity: "error", message: errors.password }]}
              nativeInputProps={{ ...nativeProps("password"), autoComplete: "new-password" }}
            />
          </div>
          <div className={fr.cx("fr-fieldset__element")}>
            <Input
              textArea
              label="Motif"
              hintText={
                "Obligatoire. Pourquoi créez-vous ce compte ? Le motif est inscrit au journal " +
                "d'audit de l'organisation, avec votre identifiant et la date (3 caractères minimum)."
              }
              {...errorProps("purpose")}
              nativeTextAreaProps={{ ...nativeProps("purpose"), rows: 2 }}
            />
          </div>
          <div className={fr.cx("fr-fieldset__element")}>
            <Button type="submit" iconId="fr-icon-user-add-line" disabled={submitting}>
              {submitting ? "Ajout en cours…" : "Ajouter le membre"}
            </Button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
