import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const TypesCategoriesDemandeurEmploi = defineEnum("TypesCategoriesDemandeurEmploi", {
  pas_de_categorie: "Aucune catégorie",
  categorie_1: "Catégorie 1 - Personnes sans emploi, immédiatement disponibles en recherche de CDI plein temps.",
  categorie_2: "Catégorie 2 - Personnes sans emploi, immédiatement disponibles en recherche de CDI à temps partiel.",
  categorie_3: "Catégorie 3 - Personnes sans emploi, immédiatement disponibles en recherche de CDD.",
  categorie_4: "Catégorie 4 - Personnes sans emploi, non immédiatement disponibles et à la recherche d’un emploi.",
  categorie_5:
    "Catégorie 5 - Personnes non immédiatement disponibles, parce que titulaires d'un ou de plusieurs emplois, et à la recherche d'un autre emploi.",
  categorie_6: "Catégorie 6 - Personnes non immédiatement disponibles, en recherche d'un autre emploi en CDI à plein temps.",
  categorie_7: "Catégorie 7 - Personnes non immédiatement disponibles, en recherche d'un autre emploi en CDI à temps partiel.",
  categorie_8: "Catégorie 8 - Personnes non immédiatement disponibles, en recherche d'un autre emploi en CDD.",
});

export const pole_emploi_categorie_demandeur_emploi = defineVariable({
  name: "pole_emploi_categorie_demandeur_emploi",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesCategoriesDemandeurEmploi,
  default: "pas_de_categorie",
  label: "Catégorie d'inscription du demandeur d'emploi à France Travail",
  reference: codeTravail("L5411-1", "R5411-10"),
});
