import { add, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch, css } from "../../src/legal-references.ts";

export const aide_logement_base_revenus_fiscaux = defineVariable({
  name: "aide_logement_base_revenus_fiscaux",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenus du foyer fiscal retenus pour les aides au logement",
  // The foyer's net categorical income other than salaries, pensions and profits: land income,
  // annuities, capital income (with that taxed at a flat rate), capital gains, less the
  // deductible childcare and dependants' expenses (CCH art. R822-4 former R351-5 ; CSS art.
  // R831-6 and D542-10 former).
  reference: [...cch("R822-4"), ...css("R831-6")],
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => {
      const ff = (name: string, option?: "add") => foyer_fiscal(name, period, option);
      const revenus = add(
        ff("revenu_categoriel_foncier"),
        ff("rente_viagere_titre_onereux_net"),
        ff("revenu_categoriel_capital"),
        ff("revenus_capitaux_prelevement_liberatoire", "add"),
        ff("revenus_capitaux_prelevement_forfaitaire_unique_ir", "add"),
        ff("revenu_categoriel_plus_values"),
        ff("plus_values_prelevement_forfaitaire_unique_ir"),
        ff("glo_taxation_ir_forfaitaire"),
      );
      return sub(sub(sub(revenus, ff("f7ga")), ff("f7gb")), ff("f7gc"));
    },
  },
});
