import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { DECONJUGALISATION_AAH } from "./aah_base_ressources_conjugalisee.ts";

export const aah_base = defineVariable({
  name: "aah_base",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Montant de l'AAH avant les réductions pour hospitalisation ou incarcération",
  // The ceiling (twelve monthly amounts, raised for a couple until September 2023 and by
  // half per child) less the resources, within the monthly amount (CSS art. L821-3,
  // D821-2 and D821-3).
  reference: css("L821-3", "D821-2", "D821-3"),
  formulas: {
    "2011-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period).prestations_sociales.prestations_etat_de_sante.invalidite.aah;
      const montant: number = p.montant;
      const majCouple: number = period.start.toString() >= DECONJUGALISATION_AAH ? 0 : p.majoration_plafond.majoration_plafond_couple;
      const majEnfant: number = p.majoration_plafond.majoration_par_enfant_supplementaire;
      const eligible = individu("aah_eligible", period);
      // Nobody eligible (most batches): no need to evaluate anyone's resources.
      // (The shared zero vector: readers skip it, as they skip an undeclared income.)
      if (!eligible.some((e) => e === 1)) return 0;
      const ressources = individu("aah_base_ressources_conjugalisee", period);
      const enCouple = individu.group("famille", "en_couple", period);
      const parent = individu.hasRole("famille", "parent");
      const nbEnfants = individu.group("famille", "af_nbenf", period);
      const out = new Float64Array(individu.count);
      for (let i = 0; i < out.length; i++) {
        if (!eligible[i]) continue;
        const couple = parent[i] && enCouple[i] ? majCouple : 0;
        const plafond = montant * (1 + couple + majEnfant * nbEnfants[i]!);
        out[i] = Math.max(0, Math.min(montant, plafond - ressources[i]!));
      }
      return out;
    },
  },
});
