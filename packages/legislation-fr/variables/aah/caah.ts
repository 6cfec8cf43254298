import { allOf, anyOf, eq, ge, gt, maximum, mul, not, parsePeriod, where, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { TypesStatutOccupationLogement } from "../common/statut_occupation_logement.ts";

/** Receives the AAH, or the ASI with its conditions met (CSS art. L821-1-1, L821-1-2). */
export function beneficiaireAahOuAsi(individu: Population, period: Period): Uint8Array {
  const asi = allOf(individu("asi_eligibilite", period), gt(individu("asi", period), 0));
  return anyOf(gt(individu("aah", period), 0), asi);
}

/** Not living in a foyer: the reference person of the ménage or their conjoint, not a tenant of a foyer (CSS art. D821-3). */
export function logementIndependant(individu: Population, period: Period): Uint8Array {
  const foyer = eq(individu.group("menage", "statut_occupation_logement", period), TypesStatutOccupationLogement.index("locataire_foyer"));
  const titulaire = anyOf(individu.hasRole("menage", "personne_de_reference"), individu.hasRole("menage", "conjoint"));
  return allOf(titulaire, not(foyer));
}

/** No professional income in the twelve months before the month, nor self-employed income the year before (CSS art. L821-1-1). */
export function sansActiviteDouzeMois(individu: Population, period: Period): Uint8Array {
  const douzeMois = parsePeriod(`month:${String(period.firstMonth.offset(-12))}:12`);
  const salaires = individu("salaire_imposable", douzeMois, "add");
  const nonSalaries = individu("rpns_imposables", period.lastYear);
  return allOf(eq(salaires, 0), eq(nonSalaries, 0));
}

export const caah = defineVariable({
  name: "caah",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  calculateOutput: "add",
  label: "Complément de l'allocation aux adultes handicapés",
  // Until June 2005, a share of the AAH for an incapacity of 80 % and an aide au logement
  // outside a foyer (CSS art. L821-1-1 and D821-3 in their version of the time); from July
  // 2005, the greater of the complément de ressources (the garantie de ressources less the
  // AAH) and the majoration pour la vie autonome (L821-1-1, L821-1-2, D821-3); since
  // December 2019, the majoration only (loi n° 2018-1317 du 28 décembre 2018, art. 266).
  reference: css("L821-1-1", "L821-1-2", "D821-3"),
  formulas: {
    "1994-07-01": ({ individu, period, parameters }) => {
      const invalidite = parameters(period).prestations_sociales.prestations_etat_de_sante.invalidite;
      const foyer = eq(
        individu.group("menage", "statut_occupation_logement", period),
        TypesStatutOccupationLogement.index("locataire_foyer"),
      );
      const eligible = allOf(
        allOf(gt(individu.group("famille", "aide_logement_montant", period), 0), beneficiaireAahOuAsi(individu, period)),
        ge(individu("taux_incapacite", period), invalidite.aah.taux_capacite.taux_incapacite),
        not(foyer),
      );
      return where(eligible, invalidite.caah.taux_montant_complement_ressources * invalidite.aah.montant);
    },
    "2005-07-01": ({ individu, period, parameters }) => {
      const invalidite = parameters(period).prestations_sociales.prestations_etat_de_sante.invalidite;
      const eligible = allOf(
        allOf(
          ge(individu("taux_incapacite", period), invalidite.aah.taux_capacite.taux_incapacite),
          beneficiaireAahOuAsi(individu, period),
        ),
        logementIndependant(individu, period),
        sansActiviteDouzeMois(individu, period),
      );
      const complement = Math.max(invalidite.caah.garantie_ressources - invalidite.aah.montant, 0);
      const aideLogement = gt(individu.group("famille", "aide_logement_montant", period), 0);
      const majoration = where(aideLogement, invalidite.caah.majoration_vie_autonome);
      return where(eligible, maximum(majoration, complement));
    },
    "2015-07-01": ({ individu, period }) =>
      mul(maximum(individu("complement_ressources_aah", period), individu("mva", period)), individu("eligibilite_caah", period)),
    "2019-12-01": ({ individu, period }) => mul(individu("mva", period), individu("eligibilite_caah", period)),
  },
});
