import { fr } from "@codegouvfr/react-dsfr";
import { COLORS } from "./map-style.ts";

export function MapLegend({ withEncounters }: { withEncounters: boolean }) {
  const items = [
    { color: COLORS.structure, label: "Structure avec des places libres ou sans déclaration" },
    { color: COLORS.structureFull, label: "Structure complète ce soir" },
    ...(withEncounters ? [{ color: COLORS.encounter, label: "Rencontre" }] : []),
    { color: COLORS.sector, label: "Contour d'un secteur d'équipe", outline: true },
  ];
  return (
    <ul className={`zero-legend ${fr.cx("fr-raw-list")}`} aria-label="Légende de la carte">
      {items.map((item) => (
        <li key={item.label}>
          <span
            className={"outline" in item ? "zero-legend-outline" : "zero-legend-dot"}
            style={"outline" in item ? { borderColor: item.color } : { background: item.color }}
            aria-hidden="true"
          />{" "}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
