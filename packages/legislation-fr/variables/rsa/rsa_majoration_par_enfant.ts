import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";
import { coefficientFoyer, majorationsRsa } from "../../src/bareme-foyer.ts";
import { memberGroupIndex } from "../../src/formula-helpers.ts";

export const rsa_majoration_par_enfant = defineVariable({
  name: "rsa_majoration_par_enfant",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Majoration du montant forfaitaire du RSA qu'apporte le dernier enfant du foyer",
  // A child or young person under 25 is à charge only if his own resources do not exceed
  // the majoration he brings (CASF art. R262-3); for a parent alone entitled to the
  // majoration for isolation, the majorations of art. L262-9 apply.
  reference: casf("R262-3", "L262-9", "R262-1"),
  formulas: {
    "2009-06-01": ({ famille, period, parameters }) => {
      const rsa = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.rsa;
      const base: number = rsa.rsa_m.montant_de_base_du_rsa;
      const isolement = rsa.rsa_maj.majoration_isolement_en_base_rsa;
      const majorations = majorationsRsa(rsa);
      const ageMax: number = rsa.rsa_cond.age_pac;

      const enfant = famille.memberHasRole("enfant");
      const age = famille.members("age", period);
      const groupe = memberGroupIndex(famille);
      const candidats = new Float64Array(famille.count);
      const plusJeune = new Float64Array(famille.count).fill(Infinity);
      for (let p = 0; p < groupe.length; p++) {
        if (!enfant[p] || age[p]! < 0 || age[p]! >= ageMax) continue;
        candidats[groupe[p]!]! += 1;
        plusJeune[groupe[p]!] = Math.min(plusJeune[groupe[p]!]!, age[p]!);
      }
      const parents = famille("nb_parents", period);
      const isolementRecent = famille("rsa_isolement_recent", period);
      const enceinte = famille.any(famille.members("enceinte", period), "parent");
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const n = candidats[i]!;
        if (n === 0) continue;
        const majore = parents[i] === 1 && (isolementRecent[i] || enceinte[i] || plusJeune[i]! < isolement.age_limite_enfant);
        if (majore) {
          const sansEnfant = enceinte[i] ? isolement.femmes_enceintes : 1;
          out[i] =
            base * (n === 1 ? isolement.femmes_enceintes + isolement.par_enfant_a_charge - sansEnfant : isolement.par_enfant_a_charge);
        } else {
          out[i] = base * (coefficientFoyer(parents[i]!, n, majorations) - coefficientFoyer(parents[i]!, n - 1, majorations));
        }
      }
      return out;
    },
  },
});
