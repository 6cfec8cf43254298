import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const TypesAllegementCotisationMaladieModeRecouvrement = defineEnum("TypesAllegementCotisationMaladieModeRecouvrement", {
  fin_d_annee: "Paiement en fin d'année des cotisations avec l'allègement exact",
  anticipe: "Paiement anticipé des cotisations et régularisation de l'allègement en fin de période",
  progressif: "Paiement anticipé des cotisations et régularisation progressive de l'allègement",
});

export const allegement_cotisation_maladie_mode_recouvrement = defineVariable({
  name: "allegement_cotisation_maladie_mode_recouvrement",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesAllegementCotisationMaladieModeRecouvrement,
  setInputPolicy: "dispatchByPeriod",
  // Unless told otherwise, as OpenFisca: each month, the reduction of the months so far minus what
  // was already deducted (progressive regularisation).
  default: "progressif",
  label: "Mode de recouvrement de la réduction de cotisation maladie",
  reference: css("L241-2-1"),
});
