import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const revenu_assimile_salaire = defineVariable({
  name: "revenu_assimile_salaire",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Salaires et revenus assimilés imposables (avant déduction pour frais professionnels)",
  // Salaries and unemployment benefits of the year are taxed together (CGI art. 79).
  reference: cgi("79"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const salaire = individu("salaire_imposable", period, "add");
      const chomage = individu("chomage_imposable", period, "add");
      const out = new Float64Array(individu.count);
      for (let i = 0; i < out.length; i++) out[i] = salaire[i]! + chomage[i]!;
      return out;
    },
  },
});
