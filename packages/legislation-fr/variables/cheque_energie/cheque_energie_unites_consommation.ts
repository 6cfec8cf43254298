import { add, clip, mul, sub, sumMembers } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEnergie } from "../../src/legal-references.ts";

export const cheque_energie_unites_consommation = defineVariable({
  name: "cheque_energie_unites_consommation",
  entity: "menage",
  valueType: "float",
  definitionPeriod: "year",
  label: "Unités de consommation du ménage pour le chèque énergie",
  // One unit for the first person, 0.5 for the second, 0.3 for each further one; a child in
  // alternating residence counts for half a person (Code de l'énergie, art. R124-1).
  reference: codeEnergie("R124-1"),
  formulas: {
    "2017-01-01": ({ menage, period, parameters }) => {
      const uc = parameters(period).prestations_sociales.solidarite_insertion.autre_solidarite.cheque_energie.unites_consommation;
      const gardesAlternees = sumMembers(menage, menage.members("garde_alternee", period.firstMonth));
      const personnes = sub(menage.nbPersons(), mul(0.5, gardesAlternees));
      return add(
        uc.premiere_personne,
        mul(uc.deuxieme_personne, clip(sub(personnes, 1), 0, 1)),
        mul(uc.autres_personnes, clip(sub(personnes, 2), 0, Infinity)),
      );
    },
  },
});
