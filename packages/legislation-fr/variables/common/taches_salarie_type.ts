import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";

export const TypesTachesSalarieType = defineEnum("TypesTachesSalarieType", {
  non_renseigne: "Non renseigné",
  production_animale_vegetale: "Tâches dans les activités liées au cycle de la production animale et végétale",
  prolongement_production: "Tâches dans les activités constituant le prolongement direct de l'acte de production",
  travaux_forestiers: "Tâches dans les activités liées aux travaux forestiers",
});

export const taches_salarie_type = defineVariable({
  name: "taches_salarie_type",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesTachesSalarieType,
  setInputPolicy: "dispatchByPeriod",
  // The tasks that can make an agricultural employee an occasional worker (CRPM art. L741-16);
  // not said: none of them, as in OpenFisca.
  default: "non_renseigne",
  label: "Nature des tâches du salarié agricole",
  reference: ["Code rural et de la pêche maritime, article L741-16", "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071367"],
});
