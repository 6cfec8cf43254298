import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";

export const StatutsEtablissementScolaire = defineEnum("StatutsEtablissementScolaire", {
  inconnu: "Inconnu",
  public: "Public",
  prive_sous_contrat: "Privé sous contrat",
  prive_hors_contrat: "Privé hors contrat",
});

export const statuts_etablissement_scolaire = defineVariable({
  name: "statuts_etablissement_scolaire",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: StatutsEtablissementScolaire,
  default: "inconnu",
  setInputPolicy: "dispatchByPeriod",
  label: "Statut de l'établissement d'enseignement (public, privé sous contrat ou hors contrat)",
  reference: codeEducation("L151-3"),
});
