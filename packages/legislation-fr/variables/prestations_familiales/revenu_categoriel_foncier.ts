import { anyOf, gt, maximum, minimum, mul, select, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const revenu_categoriel_foncier = defineVariable({
  name: "revenu_categoriel_foncier",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenu catégoriel foncier",
  // Counted in the resources of the prestations familiales (CSS art. R532-3). A deficit charged on the global income (4BC, 4BB), the micro-foncier (4BE: gross rents less
  // a flat allowance, CGI art. 32), or the real regime's income (4BA) less past deficits (4BD).
  reference: cgi("28", "32", "156"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const micro = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.micro.microfoncier;
      const f = (name: string) => foyer_fiscal(name, period);
      const [f4ba, f4bb, f4bc, f4bd, f4be] = [f("f4ba"), f("f4bb"), f("f4bc"), f("f4bd"), f("f4be")];
      return select(
        [
          [anyOf(gt(f4bc, 0), gt(f4bb, 0)), mul(-1, f4bc)],
          [gt(f4be, 0), mul(minimum(f4be, micro.plafond_recettes), 1 - micro.taux)],
        ],
        maximum(0, sub(f4ba, f4bd)),
      );
    },
  },
});
