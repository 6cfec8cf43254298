import { le, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const bail_reel_solidaire = defineVariable({
  name: "bail_reel_solidaire",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Éligibilité au bail réel solidaire",
  // The revenus fiscaux de référence of N-2 of the household's foyers fiscaux (their main
  // declarants') within the ceiling of its zone and size (CCH art. L255-1 and R255-1).
  reference: [
    ...cch("L255-1", "R255-1"),
    "Ordonnance n° 2016-985 du 20 juillet 2016 relative au bail réel solidaire",
    "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000032918488",
    "Arrêté du 26 mars 2004 relatif aux plafonds de ressources (accession sociale)",
    "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000437021",
  ],
  formulas: {
    "2024-07-01": ({ menage, period }) => {
      const individus = menage.persons;
      const declarantPrincipal = individus.hasRole("foyer_fiscal", "declarant_principal");
      const rfr = menage.sum(where(declarantPrincipal, individus.group("foyer_fiscal", "rfr", period.thisYear.offset(-2, "year"))));
      return le(rfr, menage("bail_reel_solidaire_plafond_total", period));
    },
  },
});
