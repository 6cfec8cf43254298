import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { TypesCategorieSalarie as Categorie } from "./categorie_salarie.ts";
import { plafondApplicable, remunerationSalariale } from "../../src/remuneration-salariale.ts";

const NON_CADRE = Categorie.index("prive_non_cadre");
const CADRE = Categorie.index("prive_cadre");

export const salaire_net = defineVariable({
  name: "salaire_net",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Salaire net perçu",
  // When only the gross pay is known, for private-sector employees: gross salary and
  // bonuses minus the employee's social contributions (CSS art. L241-3 ; AGIRC-ARRCO), the
  // CSG (art. L136-1-1 and L136-8) and the CRDS; a prime de partage de la valeur counts
  // with its own exemptions (src/remuneration-salariale.ts). Tranches and the CET (on the
  // salary within eight ceilings) use the ceiling that applies to the employee: reduced
  // for part-time work. Simplified: no overtime, no employer-paid
  // supplementary cover in the CSG base, public sector not modelled.
  reference: css("L241-3", "L136-1-1", "L136-8"),
  formulas: {
    "2019-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period).prelevements_sociaux;
      const c = p.cotisations_salariales_prive;
      const heuresTempsPlein: number = parameters(period).marche_travail.salaire_minimum.smic.nb_heures_travail_mensuel;
      const plafonds = plafondApplicable(individu, period, p.pss.plafond_securite_sociale_mensuel, heuresTempsPlein);
      const csg = p.contributions_sociales.csg_activite;
      const tauxCsgCrds: number = csg.taux_deductible + csg.taux_non_deductible + p.contributions_sociales.crds;
      const remuneration = remunerationSalariale(individu, period, parameters);
      if (!remuneration) return 0;
      const { brut, ppvSoumiseCsg, ppvExoneree } = remuneration;
      const categorie = individu("categorie_salarie", period);
      const out = new Float64Array(individu.count);
      for (let i = 0; i < out.length; i++) {
        const b = brut[i]!;
        const ppv = ppvSoumiseCsg[i]!;
        const pss = plafonds[i]!;
        if (b + ppv + ppvExoneree[i]! <= 0 || (categorie[i] !== NON_CADRE && categorie[i] !== CADRE)) continue;
        const t1 = Math.min(b, pss);
        const t2 = Math.min(Math.max(0, b - pss), 7 * pss);
        let cotisations =
          t1 * (c.vieillesse_plafonnee + c.retraite_complementaire_tranche_1 + c.contribution_equilibre_general_tranche_1) +
          b * (c.vieillesse_deplafonnee + c.assurance_chomage) +
          t2 * (c.retraite_complementaire_tranche_2 + c.contribution_equilibre_general_tranche_2) +
          (b > pss ? Math.min(b, 8 * pss) * c.contribution_equilibre_technique : 0);
        if (categorie[i] === CADRE) cotisations += Math.min(b, 4 * pss) * c.apec;
        const assietteCsg = Math.min(b + ppv, 4 * pss) * (1 - csg.abattement) + Math.max(0, b + ppv - 4 * pss);
        out[i] = b + ppv + ppvExoneree[i]! - cotisations - assietteCsg * tauxCsgCrds;
      }
      return out;
    },
  },
});
