import { allOf, anyOf, eq, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";
import { TypesScolarite } from "../common/scolarite.ts";
import { TypesClasse } from "./annee_etude.ts";
import { StatutsEtablissementScolaire } from "./statuts_etablissement_scolaire.ts";

export const bourse_criteres_sociaux_eligibilite_etude = defineVariable({
  name: "bourse_criteres_sociaux_eligibilite_etude",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Conditions d'études de la bourse sur critères sociaux remplies",
  // Full-time (not in alternance) in higher education, in a public or private établissement under
  // contract, not in doctorate (circulaire du 8 juin 2020, annexe 1).
  reference: BCS_REFERENCE,
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const etablissement = individu("statuts_etablissement_scolaire", period);
      const annee = individu("annee_etude", period);
      const doctorant = anyOf(...(["doctorat_1", "doctorat_2", "doctorat_3"] as const).map((a) => eq(annee, TypesClasse.index(a))));
      return allOf(
        eq(individu("scolarite", period), TypesScolarite.index("enseignement_superieur")),
        not(individu("alternant", period)),
        anyOf(
          eq(etablissement, StatutsEtablissementScolaire.index("public")),
          eq(etablissement, StatutsEtablissementScolaire.index("prive_sous_contrat")),
        ),
        not(doctorant),
      );
    },
  },
});
