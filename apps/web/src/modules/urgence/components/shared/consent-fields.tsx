import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { CONSENT_PURPOSE_LABELS, type ConsentChoice } from "./consent.ts";

type Props = {
  idPrefix: string;
  value: ConsentChoice;
  onChange: (value: ConsentChoice) => void;
  networkName: string;
  organisationName: string;
};

/** Consent: given or not, to whom (the network or the recording organisation only), for what. */
export function ConsentFields({ idPrefix, value, onChange, networkName, organisationName }: Props) {
  const purposes = Object.keys(CONSENT_PURPOSE_LABELS) as ConsentChoice["purposes"];
  return (
    <>
      <Checkbox
        id={`${idPrefix}-consent`}
        legend="Consentement"
        hintText="Lisez à la personne ce que la liste nominative contient et qui la consulte ; elle peut retirer son accord à tout moment."
        options={[
          {
            label: "La personne accepte que sa fiche soit partagée",
            nativeInputProps: {
              checked: value.given,
              onChange: (event) => onChange({ ...value, given: event.target.checked }),
            },
          },
        ]}
      />
      {value.given && (
        <>
          <RadioButtons
            legend="Avec qui"
            name={`${idPrefix}-audience`}
            options={[
              {
                label: `Tout le réseau ${networkName}`,
                nativeInputProps: { checked: value.audience === "network", onChange: () => onChange({ ...value, audience: "network" }) },
              },
              {
                label: `${organisationName} seulement`,
                nativeInputProps: {
                  checked: value.audience === "organisation",
                  onChange: () => onChange({ ...value, audience: "organisation" }),
                },
              },
            ]}
          />
          <Checkbox
            legend="Pour quoi"
            orientation="horizontal"
            options={purposes.map((code) => ({
              label: CONSENT_PURPOSE_LABELS[code] ?? code,
              nativeInputProps: {
                checked: value.purposes.includes(code),
                onChange: (event) =>
                  onChange({
                    ...value,
                    purposes: event.target.checked ? [...value.purposes, code] : value.purposes.filter((p) => p !== code),
                  }),
              },
            }))}
          />
        </>
      )}
    </>
  );
}
