import { allOf, anyOf, eq, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEnergie } from "../../src/legal-references.ts";
import { CGCT_LO6314_3 } from "../../src/cheque-energie.ts";
import { TypesStatutOccupationLogement as Statut } from "../common/statut_occupation_logement.ts";

/** The occupancy statuses of a dwelling with its own energy contract: owners and tenants. */
const STATUTS_ELIGIBLES = ["primo_accedant", "proprietaire", "locataire_hlm", "locataire_vide", "locataire_meuble"] as const;

export const cheque_energie_eligibilite_logement = defineVariable({
  name: "cheque_energie_eligibilite_logement",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "year",
  setInputPolicy: "dispatchByPeriod",
  label: "Logement ouvrant droit au chèque énergie",
  // One cheque per dwelling, the main home of its occupant who is owner or tenant (Code de
  // l'énergie, art. L124-1 and R124-1); not in Saint-Martin (CGCT art. LO6314-3). A person
  // housed free of charge or in a foyer is not counted here (the social residences' own
  // amount is not modelled).
  reference: [...codeEnergie("L124-1", "R124-1"), ...CGCT_LO6314_3],
  formulas: {
    "2017-01-01": ({ menage, period }) => {
      const statut = menage("statut_occupation_logement", period.firstMonth);
      const occupant = anyOf(...STATUTS_ELIGIBLES.map((s) => eq(statut, Statut.index(s))));
      return allOf(occupant, not(menage("residence_saint_martin", period.firstMonth)));
    },
  },
});
