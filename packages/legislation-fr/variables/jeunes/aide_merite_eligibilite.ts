import { allOf, anyOf, eq, gt, Period } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { TypesMention } from "./mention_baccalaureat.ts";

/** The previous academic year (September to June, ten months) of a month: that of the rentrée before the current one. */
function anneeUniversitairePrecedente(period: Period): Period {
  const mois = period.start.month;
  const moisDepuisSeptembre = mois >= 9 ? mois - 9 + 12 : mois - 9 + 24;
  return new Period("month", period.firstMonth.start.offset(-moisDepuisSeptembre, "month"), 10);
}

export const aide_merite_eligibilite = defineVariable({
  name: "aide_merite_eligibilite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Éligibilité à l'aide au mérite",
  // A student with a bourse sur critères sociaux or an allocation annuelle who had the mention très
  // bien at the baccalauréat, or who had the aid the previous academic year, or two years before with
  // a service civique in between (Code de l'éducation, art. D821-2 and following); the conditions of
  // attendance and the limit of three years are not modelled.
  reference: [
    "Code de l'éducation, articles D821-2 et suivants (aide au mérite)",
    "https://www.legifrance.gouv.fr/codes/id/LEGISCTA000030722211/",
    "Étudiant.gouv.fr, aide au mérite",
    "https://www.etudiant.gouv.fr/fr/aide-au-merite-1291",
  ],
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const ressources = gt(individu("bourse_criteres_sociaux", period), 0);
      const allocation = gt(individu("allocation_annuelle_etudiant", period), 0);
      const mention = individu("mention_baccalaureat", period);
      const tresBien = anyOf(
        eq(mention, TypesMention.index("mention_tres_bien")),
        eq(mention, TypesMention.index("mention_tres_bien_felicitations_jury")),
      );
      const anneePrecedente = anneeUniversitairePrecedente(period);
      const deuxAnsAvant = anneePrecedente.offset(-12, "month");
      const percueLAnDernier = gt(individu("aide_merite_eligibilite", anneePrecedente, "add"), 0);
      const apresServiceCivique = allOf(
        gt(individu("aide_merite_eligibilite", deuxAnsAvant, "add"), 0),
        gt(individu("service_civique", anneePrecedente, "add"), 0),
      );
      return allOf(individu("etudiant", period), anyOf(ressources, allocation), anyOf(tresBien, percueLAnDernier, apresServiceCivique));
    },
  },
});
