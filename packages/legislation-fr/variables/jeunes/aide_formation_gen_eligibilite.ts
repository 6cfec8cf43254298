import { allOf, anyOf, eq, gt, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { TypesScolarite } from "../common/scolarite.ts";

export const aide_formation_gen_eligibilite = defineVariable({
  name: "aide_formation_gen_eligibilite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Éligibilité à l'aide aux personnes en formation labellisée Grande École du numérique",
  // In a training labelled by the Grande École du numérique, of a nationality that opens the bourses
  // sur critères sociaux, neither in alternance nor in a famille receiving the RSA unless majoré
  // (décret du 12 avril 2017); the other rules of non-cumul are not modelled.
  reference: [
    "Décret du 12 avril 2017 relatif à l'aide accordée aux personnes inscrites dans une formation labellisée Grande École du numérique",
    "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000034429379/",
  ],
  formulas: {
    "2017-04-14": ({ individu, period }) => {
      const rsaNonMajore = allOf(
        gt(individu.group("famille", "rsa", period), 0),
        not(individu.group("famille", "rsa_majore_eligibilite", period)),
      );
      return allOf(
        eq(individu("scolarite", period), TypesScolarite.index("grande_ecole_du_numerique")),
        individu("bourse_criteres_sociaux_eligibilite_nationalite", period),
        not(anyOf(individu("alternant", period), rsaNonMajore)),
      );
    },
  },
});
