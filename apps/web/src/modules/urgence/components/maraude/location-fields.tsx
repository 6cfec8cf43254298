import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState } from "react";

export type Place = { address: string; sector: string; latitude: number | null; longitude: number | null };

/** Where: an address or place name, a sector, and/or the device's current position. */
export function LocationFields({ value, onChange }: { value: Place; onChange: (value: Place) => void }) {
  const [locating, setLocating] = useState<"idle" | "pending" | "failed">("idle");

  const locate = () => {
    if (!("geolocation" in navigator)) {
      setLocating("failed");
      return;
    }
    setLocating("pending");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating("idle");
        onChange({ ...value, latitude: round(position.coords.latitude), longitude: round(position.coords.longitude) });
      },
      () => setLocating("failed"),
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  };

  return (
    <fieldset className={fr.cx("fr-fieldset")} aria-labelledby="lieu-legende">
      <legend id="lieu-legende" className={fr.cx("fr-fieldset__legend")}>
        Lieu
      </legend>
      <div className={fr.cx("fr-fieldset__element")}>
        <Input
          label="Adresse ou lieu"
          hintText="Par exemple : parvis de la gare Saint-Charles"
          nativeInputProps={{
            id: "encounter-address",
            value: value.address,
            onChange: (e) => onChange({ ...value, address: e.target.value }),
          }}
        />
      </div>
      <div className={fr.cx("fr-fieldset__element")}>
        <Input
          label="Secteur"
          hintText="Le secteur de la tournée"
          nativeInputProps={{
            id: "encounter-sector",
            value: value.sector,
            onChange: (e) => onChange({ ...value, sector: e.target.value }),
          }}
        />
      </div>
      <div className={fr.cx("fr-fieldset__element")}>
        <Button type="button" priority="secondary" iconId="fr-icon-map-pin-2-line" onClick={locate} disabled={locating === "pending"}>
          Utiliser ma position actuelle
        </Button>
        <p role="status" className={fr.cx("fr-text--sm", "fr-mt-1w", "fr-mb-0")}>
          {locating === "pending" && "Recherche de la position…"}
          {locating === "failed" && "Position indisponible : indiquez l'adresse ou le lieu."}
          {locating !== "pending" && value.latitude !== null && value.longitude !== null && (
            <>
              Position enregistrée : {value.latitude.toFixed(5)}, {value.longitude.toFixed(5)}.{" "}
              <button
                type="button"
                className={fr.cx("fr-link", "fr-text--sm")}
                onClick={() => onChange({ ...value, latitude: null, longitude: null })}
              >
                Retirer la position
              </button>
            </>
          )}
        </p>
      </div>
    </fieldset>
  );
}

/** About 1 m: more would only pretend to a precision phones do not have. */
const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;
