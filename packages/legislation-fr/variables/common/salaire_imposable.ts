import { defineVariable } from "../../src/define-variable.ts";
import { cgi, css } from "../../src/legal-references.ts";
import { plafondApplicable, remunerationSalariale } from "../../src/remuneration-salariale.ts";

export const salaire_imposable = defineVariable({
  name: "salaire_imposable",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Salaire imposable",
  // When not given: the net salary plus the non-deductible CSG and the CRDS, which are
  // taxable (CGI art. 79, 83 and 154 quinquies ; CSS art. L136-8). Like `salaire_net`,
  // derived only for private-sector employees whose gross salary is known.
  reference: [...cgi("79", "83", "154 quinquies"), ...css("L136-8")],
  formulas: {
    "2019-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period).prelevements_sociaux;
      const heuresTempsPlein: number = parameters(period).marche_travail.salaire_minimum.smic.nb_heures_travail_mensuel;
      const plafonds = plafondApplicable(individu, period, p.pss.plafond_securite_sociale_mensuel, heuresTempsPlein);
      const csg = p.contributions_sociales.csg_activite;
      const tauxImposable: number = csg.taux_non_deductible + p.contributions_sociales.crds;
      const remuneration = remunerationSalariale(individu, period, parameters);
      if (!remuneration) return 0;
      const { brut, ppvSoumiseCsg, ppvExoneree } = remuneration;
      const net = individu("salaire_net", period);
      const out = new Float64Array(individu.count);
      for (let i = 0; i < out.length; i++) {
        const b = brut[i]! + ppvSoumiseCsg[i]!;
        const pss = plafonds[i]!;
        if (b <= 0 || net[i] === 0) continue;
        const assietteCsg = Math.min(b, 4 * pss) * (1 - csg.abattement) + Math.max(0, b - 4 * pss);
        // The exceptional PPV within its ceiling is free of income tax as well.
        out[i] = net[i]! - ppvExoneree[i]! + assietteCsg * tauxImposable;
      }
      return out;
    },
  },
});
