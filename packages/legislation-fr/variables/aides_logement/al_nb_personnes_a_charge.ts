import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement } from "../../src/aides-logement.ts";

export const al_nb_personnes_a_charge = defineVariable({
  name: "al_nb_personnes_a_charge",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  label: "Nombre de personnes à charge au sens des aides au logement",
  // Children of the famille under the age limit (21 years); the other dependants
  // (ascendants, disabled relatives) and the children's income ceiling are not modelled.
  reference: cch("L823-1", "R823-4"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const limite: number = allocationsLogement(parameters(period)).ressources.personnes_a_charge.age_limite_enfants_charge;
      const ages = famille.members("age", period);
      const enfant = famille.memberHasRole("enfant");
      const aCharge = new Uint8Array(ages.length);
      for (let i = 0; i < ages.length; i++) aCharge[i] = enfant[i] && ages[i]! < limite ? 1 : 0;
      return famille.sum(aCharge);
    },
  },
});
