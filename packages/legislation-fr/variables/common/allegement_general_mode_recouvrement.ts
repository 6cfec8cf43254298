import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const TypesAllegementGeneralModeRecouvrement = defineEnum("TypesAllegementGeneralModeRecouvrement", {
  fin_d_annee: "Régularisation en fin d'année",
  anticipe_regularisation_fin_de_periode: "Anticipé avec régularisation en fin de période",
  progressif: "Progressif",
});

export const allegement_general_mode_recouvrement = defineVariable({
  name: "allegement_general_mode_recouvrement",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesAllegementGeneralModeRecouvrement,
  setInputPolicy: "dispatchByPeriod",
  default: "fin_d_annee",
  label: "Mode de recouvrement de la réduction générale des cotisations patronales",
  reference: css("L241-13"),
});
