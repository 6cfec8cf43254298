import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const prestations_familiales = defineVariable({
  name: "prestations_familiales",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "year",
  label: "Prestations familiales",
  // The family benefits of the year, after the CRDS (CSS art. L511-1): AF, CF, ARS, AEEH, PAJE, ASF; the
  // ARS after CRDS and the former AES are inputs in Zéro.
  reference: css("L511-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) =>
      add(
        famille("af_nettes_crds", period, "add"),
        famille("cf_net_crds", period, "add"),
        famille("ars_nette_crds", period),
        famille("aeeh", period, "add"),
        famille("aes", period, "add"),
        famille("paje_nette_crds", period, "add"),
        famille("asf_nette_crds", period, "add"),
      ),
  },
});
