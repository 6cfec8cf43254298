import { maximum, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const ppe = defineVariable({
  name: "ppe",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  end: "2015-12-31",
  label: "Prime pour l'emploi",
  // The prime less the RSA activité the declarants received for the year: both reward the same
  // earnings and are not cumulated (CGI art. 200 sexies, as amended by the law of 1 December 2008).
  reference: cgi("200 sexies"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => {
      const rsaActivite = foyer_fiscal.sum(foyer_fiscal.members("rsa_activite_individu", period), "declarant");
      return maximum(sub(foyer_fiscal("ppe_brute", period), rsaActivite), 0);
    },
  },
});
