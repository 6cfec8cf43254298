import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const ZoneLogementSocial = defineEnum("ZoneLogementSocial", {
  paris_communes_limitrophes: "Paris et communes limitrophes",
  ile_de_france: "Île-de-France hors Paris et communes limitrophes",
  autres_regions: "Autres régions",
});

/** Paris and the communes that border it (arrêté du 29 juillet 1987, annexe). */
const PARIS_ET_LIMITROPHES = new Set([
  "75056",
  "93001",
  "93006",
  "94018",
  "92024",
  "94033",
  "94037",
  "92040",
  "94041",
  "94042",
  "94043",
  "93045",
  "93061",
  "92044",
  "92046",
  "93048",
  "92049",
  "92051",
  "94052",
  "93055",
  "92062",
  "92064",
  "93066",
  "94067",
  "94069",
  "93070",
  "92073",
  "92075",
  "94080",
]);

export const zone_logement_social = defineVariable({
  name: "zone_logement_social",
  entity: "menage",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: ZoneLogementSocial,
  default: "autres_regions",
  setInputPolicy: "dispatchByPeriod",
  label: "Zone des plafonds de ressources du logement social",
  // Paris and its bordering communes, the rest of Île-de-France, the other regions (arrêté du 29 juillet 1987).
  reference: [
    ...cch("L441-1", "R441-1"),
    "Arrêté du 29 juillet 1987 relatif aux plafonds de ressources des bénéficiaires de la législation sur les habitations à loyer modéré",
    "https://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000000294318",
  ],
  formulas: {
    "0001-01-01": ({ menage, period }) => {
      const depcom = menage.strings("depcom", period);
      const idf = menage("residence_ile_de_france", period);
      const out = new Int32Array(depcom.length);
      // A set lookup per household: no vector helper reads strings.
      for (let i = 0; i < out.length; i++) {
        out[i] = PARIS_ET_LIMITROPHES.has(depcom[i]!.trim())
          ? ZoneLogementSocial.index("paris_communes_limitrophes")
          : idf[i]
            ? ZoneLogementSocial.index("ile_de_france")
            : ZoneLogementSocial.index("autres_regions");
      }
      return out;
    },
  },
});
