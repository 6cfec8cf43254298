import { allOf, anyOf, lt, select, toDays, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { cch } from "../../src/legal-references.ts";
import { TypeEtatLogement } from "./etat_logement.ts";
import { TypesZoneApl } from "./zone_apl.ts";
import { TypesStatutOccupationLogement } from "../common/statut_occupation_logement.ts";

/** OpenFisca-France's « no date given » (date.max). */
const PAS_DE_DATE = toDays("9999-12-31");

export const aides_logement_primo_accedant_eligibilite = defineVariable({
  name: "aides_logement_primo_accedant_eligibilite",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Accédant à la propriété ouvrant droit à une aide au logement",
  // A loan signed before 2018 keeps its aide; one signed in 2018 or 2019 opens it only when it is
  // a prêt conventionné for an older dwelling (acquisition with or without works, improvement,
  // enlargement) in zone 3; none after (loi n° 2017-1837 du 30 décembre 2017, art. 126 ; CCH
  // art. L831-1 and L841-1).
  reference: [
    ...cch("L831-1", "L841-1"),
    "Loi n° 2017-1837 du 30 décembre 2017, art. 126",
    "https://www.legifrance.gouv.fr/eli/loi/2017/12/30/CPAX1723900L/jo/article_126",
  ],
  formulas: {
    "0001-01-01": ({ menage, period }) => {
      const accedant = TypesStatutOccupationLogement.is(menage("statut_occupation_logement", period), "primo_accedant");
      if (toutNul(accedant)) return 0; // nobody accédant: no loan to read
      const datePretConventionne = menage("aide_logement_date_pret_conventionne", period);
      const pretConventionneDate = lt(datePretConventionne, PAS_DE_DATE);
      const pretConventionne = anyOf(menage("aide_logement_est_pret_conventionne", period), pretConventionneDate);
      const datePret = where(pretConventionneDate, datePretConventionne, menage("aide_logement_date_pret", period));
      const logementAncien = TypeEtatLogement.isIn(menage("etat_logement", period), [
        "acquisition_amelioration",
        "acquisition_sans_amelioration_logement_existant",
        "amelioration",
        "agrandissement_amenagement",
      ]);
      const zone3 = TypesZoneApl.is(menage("zone_apl", period), "zone_3");
      const eligible = select(
        [
          [lt(datePret, toDays("2018-01-01")), 1],
          [lt(datePret, toDays("2020-01-01")), allOf(pretConventionne, logementAncien, zone3)],
        ],
        0,
      );
      return allOf(accedant, eligible);
    },
  },
});
