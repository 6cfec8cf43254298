import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useEffect, useRef, useState, type FormEvent } from "react";

type Props = { onSearch: (text: string, birthYear: number | null) => void; busy: boolean; autoFocus?: boolean };

/** Name or alias, and birth year (±1 year): Enter searches; `autoFocus` puts the focus in the name field. */
export function PersonSearchForm({ onSearch, busy, autoFocus = false }: Props) {
  const [text, setText] = useState("");
  const [year, setYear] = useState("");
  const field = useRef<HTMLInputElement>(null);
  // Not the autoFocus attribute: after a client-side navigation the layout moves the focus
  // to the main content (FocusOnNavigation), and this effect runs after it.
  useEffect(() => {
    if (autoFocus) field.current?.focus();
  }, [autoFocus]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const birthYear = /^\d{4}$/.test(year) ? Number(year) : null;
    onSearch(text, birthYear);
  };
  return (
    <form role="search" aria-label="Rechercher une personne" onSubmit={submit} className={fr.cx("fr-mb-3w")}>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--bottom")}>
        <div className={fr.cx("fr-col-12", "fr-col-sm-6")}>
          <Input
            label="Nom, prénom ou alias"
            className={fr.cx("fr-mb-0")}
            nativeInputProps={{ name: "q", value: text, ref: field, onChange: (e) => setText(e.target.value), autoComplete: "off" }}
          />
        </div>
        <div className={fr.cx("fr-col-6", "fr-col-sm-3")}>
          <Input
            label="Année de naissance"
            className={fr.cx("fr-mb-0")}
            nativeInputProps={{
              name: "birthYear",
              inputMode: "numeric",
              pattern: "\\d{4}",
              maxLength: 4,
              value: year,
              onChange: (e) => setYear(e.target.value),
            }}
          />
        </div>
        <div className={fr.cx("fr-col-6", "fr-col-sm-3")}>
          <Button type="submit" iconId="fr-icon-search-line" disabled={busy}>
            Rechercher
          </Button>
        </div>
      </div>
    </form>
  );
}
