import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const minima_sociaux = defineVariable({
  name: "minima_sociaux",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "year",
  label: "Minima sociaux",
  // AAH and its complément, minimum vieillesse, RSA, ASS, prime d'activité after CRDS; the former AEFA,
  // API, PSA and the garantie jeunes are inputs in Zéro.
  reference: casf("L262-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const desMembres = (name: string) => famille.sum(famille.members(name, period, "add"));
      return add(
        desMembres("aah"),
        desMembres("caah"),
        famille("minimum_vieillesse", period, "add"),
        famille("rsa", period, "add"),
        famille("aefa", period),
        famille("api", period, "add"),
        desMembres("ass"),
        famille("psa", period, "add"),
        famille("ppa_nette_crds", period, "add"),
        desMembres("garantie_jeunes"),
      );
    },
  },
});
