import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const TypesAllegementCotisationAllocationsFamilialesModeRecouvrement = defineEnum(
  "TypesAllegementCotisationAllocationsFamilialesModeRecouvrement",
  {
    fin_d_annee: "Régularisation en fin d'année",
    anticipe_regularisation_fin_de_periode: "Anticipé avec régularisation en fin de période",
    progressif: "Progressif",
  },
);

export const allegement_cotisation_allocations_familiales_mode_recouvrement = defineVariable({
  name: "allegement_cotisation_allocations_familiales_mode_recouvrement",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesAllegementCotisationAllocationsFamilialesModeRecouvrement,
  setInputPolicy: "dispatchByPeriod",
  default: "fin_d_annee",
  label: "Mode de recouvrement de la réduction de cotisation d'allocations familiales",
  reference: css("L241-6-1"),
});
