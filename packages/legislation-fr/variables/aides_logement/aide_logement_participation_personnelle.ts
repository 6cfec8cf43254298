import { add, maximum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement } from "../../src/aides-logement.ts";

export const aide_logement_participation_personnelle = defineVariable({
  name: "aide_logement_participation_personnelle",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Participation personnelle du ménage (Pp = P0 + Tp × (R − R0))",
  // P0 is the larger of a share of L + C and a floor; Tp = TF + TL applies to the annual
  // resources above R0 (CCH art. D823-17, arrêté du 27 septembre 2019, art. 14).
  reference: cch("D823-17"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const p0 = allocationsLogement(parameters(period)).locatif.formule.pp_particip_perso.p0_particip_min;
      const depense = add(famille("aide_logement_loyer_retenu", period), famille("aide_logement_charges", period));
      const participationMinimale = maximum(mul(depense, p0.p0_taux), p0.p0_forfait);
      const tp = add(famille("aide_logement_taux_famille", period), famille("aide_logement_taux_loyer", period));
      const ressources = maximum(0, sub(famille("aide_logement_base_ressources", period), famille("aide_logement_R0", period)));
      return add(participationMinimale, mul(tp, ressources));
    },
  },
});
