import { maximum, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { arrondi } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const ip_net = defineVariable({
  name: "ip_net",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Impôt après décote (et réduction sous condition de revenus), avant réductions d'impôt",
  reference: cgi("197"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => {
      const f = (name: string) => foyer_fiscal(name, period);
      return arrondi(maximum(0, sub(sub(f("ir_plaf_qf"), f("decote")), f("reduction_ss_condition_revenus"))));
    },
    "2020-01-01": ({ foyer_fiscal, period }) =>
      arrondi(sub(foyer_fiscal("ir_plaf_qf", period), foyer_fiscal("decote_gain_fiscal", period))),
  },
});
