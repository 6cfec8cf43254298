import { sumMembers } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const nbJ = defineVariable({
  name: "nbJ",
  entity: "foyer_fiscal",
  valueType: "int",
  definitionPeriod: "year",
  label: "Nombre d'enfants majeurs célibataires sans enfant rattachés au foyer",
  // Box J of the return (CGI art. 6, 3).
  reference: cgi("6", "196 B"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) =>
      sumMembers(foyer_fiscal, foyer_fiscal.members("enfant_majeur_celibataire_sans_enfant", period)),
  },
});
