import { add, eq, maximum, mul, select, sub, where, type NumericVector } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

const ZONES = ["A", "Abis", "B1", "B2", "C"] as const;

export const bail_reel_solidaire_plafond_total = defineVariable({
  name: "bail_reel_solidaire_plafond_total",
  entity: "menage",
  valueType: "float",
  definitionPeriod: "month",
  label: "Plafond de ressources du bail réel solidaire",
  // The ceiling of the zone for the number of persons of the household (six or more in the last
  // column), raised for each person beyond six (CCH art. R255-1; the ceilings of the arrêté of the year).
  reference: [
    ...cch("L255-1", "R255-1"),
    "Ordonnance n° 2016-985 du 20 juillet 2016 relative au bail réel solidaire",
    "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000032918488",
    "Arrêté du 26 mars 2004 relatif aux plafonds de ressources (accession sociale)",
    "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000437021",
  ],
  formulas: {
    "2024-07-01": ({ menage, period, parameters }) => {
      const brs = parameters(period).prestations_sociales.bail_reel_solidaire;
      const nbMax = brs.parametres_generaux.nombre_personnes_maximum;
      const zones = menage.strings("bail_reel_solidaire_zones_menage", period);
      const personnes = menage.nbPersons();
      const plafondDeLaZone = (zone: (typeof ZONES)[number]): Float64Array => {
        const p = brs.plafonds_par_zones[`zone_${zone}`];
        const base = select(
          [
            [eq(personnes, 1), p.nb_personnes_1],
            [eq(personnes, 2), p.nb_personnes_2],
            [eq(personnes, 3), p.nb_personnes_3],
            [eq(personnes, 4), p.nb_personnes_4],
            [eq(personnes, 5), p.nb_personnes_5],
          ],
          p.nb_personnes_6,
        );
        return add(base, mul(maximum(0, sub(personnes, nbMax)), p.nb_personnes_supplementaires));
      };
      let plafond: Float64Array = new Float64Array(menage.count);
      for (const zone of ZONES) plafond = where(dansLaZone(zones, zone), plafondDeLaZone(zone), plafond);
      return plafond;
    },
  },
});

/** Whether each household's zone is this one. */
function dansLaZone(zones: readonly string[], zone: string): NumericVector {
  const out = new Uint8Array(zones.length);
  for (let i = 0; i < out.length; i++) out[i] = zones[i] === zone ? 1 : 0;
  return out;
}
