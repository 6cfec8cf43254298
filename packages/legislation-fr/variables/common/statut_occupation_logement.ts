import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

/** Occupancy status of the dwelling, with OpenFisca-France's item names. */
export const TypesStatutOccupationLogement = defineEnum("TypesStatutOccupationLogement", {
  non_renseigne: "Non renseigné",
  primo_accedant: "Accédant à la propriété",
  proprietaire: "Propriétaire (non accédant) du logement",
  locataire_hlm: "Locataire d'un logement HLM",
  locataire_vide: "Locataire ou sous-locataire d'un logement loué vide non-HLM",
  locataire_meuble: "Locataire ou sous-locataire d'un logement loué meublé ou d'une chambre d'hôtel",
  loge_gratuitement: "Logé gratuitement par des parents, des amis ou l'employeur",
  locataire_foyer: "Locataire d'un foyer (résidence universitaire, maison de retraite, foyer de jeune travailleur, résidence sociale...)",
  sans_domicile: "Sans domicile stable",
});

export const statut_occupation_logement = defineVariable({
  name: "statut_occupation_logement",
  entity: "menage",
  valueType: "enum",
  possibleValues: TypesStatutOccupationLogement,
  default: "non_renseigne",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Statut d'occupation du logement",
  // The forfait logement depends on it (CASF art. R262-9 and R262-10).
  reference: casf("R262-9", "R262-10"),
});
