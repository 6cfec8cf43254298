import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { statutDuDemandeur } from "../../src/aides-logement.ts";

/** Whether the aide can be computed here, with OpenFisca-France's items. */
export const TypesAideLogementNonCalculable = defineEnum("TypesAideLogementNonCalculable", {
  calculable: "Calculable",
  locataire_foyer: "Non calculable (Locataire foyer)",
});

export const aide_logement_non_calculable = defineVariable({
  name: "aide_logement_non_calculable",
  entity: "famille",
  valueType: "enum",
  possibleValues: TypesAideLogementNonCalculable,
  default: "calculable",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide au logement non calculable",
  // The redevance of a logement-foyer mixes rent, charges and services (CCH art. L823-1): a
  // simulator cannot always tell them apart, and says so for a resident.
  reference: cch("L823-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) => statutDuDemandeur(famille, period, "locataire_foyer"),
  },
});
