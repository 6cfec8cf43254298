import { allOf, anyOf, defineEnum, eq, le, not, select } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const CategorieMenageLogementSocial = defineEnum("CategorieMenageLogementSocial", {
  categorie_1: "Une personne seule",
  categorie_2: "Deux personnes ne comportant aucune pers. à charge à l'exclusion des jeunes ménages",
  categorie_3: "Trois personnes ou une pers. seule avec une pers. à charge ou jeune ménage sans personne à charge",
  categorie_4: "Quatre personnes ou une pers. seule avec deux pers. à charge",
  categorie_5: "Cinq personnes ou une pers. seule avec trois pers. à charge",
  categorie_6: "Six personnes ou une pers. seule avec quatre pers. à charge",
});

export const logement_social_categorie_menage = defineVariable({
  name: "logement_social_categorie_menage",
  entity: "famille",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: CategorieMenageLogementSocial,
  default: "categorie_1",
  setInputPolicy: "dispatchByPeriod",
  label: "Catégorie de ménage pour les plafonds de ressources du logement social",
  // By the persons and the persons à charge; a « jeune ménage » is a couple without one whose ages add
  // up to 55 at most (arrêté du 29 juillet 1987, art. 1er).
  reference: [
    ...cch("L441-1", "R441-1"),
    "Arrêté du 29 juillet 1987 relatif aux plafonds de ressources des bénéficiaires de la législation sur les habitations à loyer modéré",
    "https://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000000294318",
  ],
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const personnes = famille.nbPersons();
      const aCharge = famille("al_nb_personnes_a_charge", period);
      const seule = allOf(eq(famille.nbPersons("parent"), 1), eq(aCharge, 0));
      const jeuneMenage = allOf(not(seule), le(famille.sum(famille.members("age", period), "parent"), 55));
      const c = (k: 1 | 2 | 3 | 4 | 5) => CategorieMenageLogementSocial.index(`categorie_${k}`);
      return select(
        [
          [seule, c(1)],
          [allOf(eq(personnes, 2), eq(aCharge, 0), not(jeuneMenage)), c(2)],
          [anyOf(eq(aCharge, 1), allOf(jeuneMenage, eq(aCharge, 0))), c(3)],
          [eq(aCharge, 2), c(4)],
          [eq(aCharge, 3), c(5)],
        ],
        CategorieMenageLogementSocial.index("categorie_6"),
      );
    },
  },
});
