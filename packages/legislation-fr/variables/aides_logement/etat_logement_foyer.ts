import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

/** Whether the room of a logement-foyer was rehabilitated, with OpenFisca-France's items. */
export const TypeEtatLogementFoyer = defineEnum("TypeEtatLogementFoyer", {
  non_renseigne: "Non renseigne",
  logement_rehabilite: "Logement rehabilité",
  logement_non_rehabilite: "Logement non rehabilité",
});

export const etat_logement_foyer = defineVariable({
  name: "etat_logement_foyer",
  entity: "menage",
  valueType: "enum",
  possibleValues: TypeEtatLogementFoyer,
  default: "non_renseigne",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "État du logement en foyer ou en résidence du CROUS (réhabilité ou non)",
  // A student's room not rehabilitated has its own lower plafond (CCH art. L823-1 and its arrêté).
  reference: cch("L823-1"),
});
