import { anyOf, div, where } from "@zero/engine";
import { TypesStatutMarital } from "../common/statut_marital.ts";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rsa_activite_individu = defineVariable({
  name: "rsa_activite_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  end: "2015-12-31",
  label: "Revenu de solidarité active - activité au niveau de l'individu",
  // The family's RSA activité of the year, shared in halves between a couple (or a married person), to be
  // deducted from each declarant's prime pour l'emploi (CGI art. 200 sexies).
  reference: cgi("200 sexies"),
  formulas: {
    "2009-06-01": ({ individu, period }) => {
      const janvier = period.firstMonth;
      const rsaActivite = individu.group("famille", "rsa_activite", period, "add");
      const partage = anyOf(
        TypesStatutMarital.is(individu("statut_marital", janvier), "marie"),
        individu.group("famille", "en_couple", janvier),
      );
      return where(partage, div(rsaActivite, 2), rsaActivite);
    },
  },
});
