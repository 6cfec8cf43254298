import { add, allOf, anyOf, gt, lt, maximum, mul, sub, where, type ParametersAccessor, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import {
  allocationsLogement,
  arrondi,
  arrondiCentaineSuperieure,
  duDemandeur,
  menageDuDemandeur,
  statutDuDemandeur,
} from "../../src/aides-logement.ts";
import type { FrenchParameters } from "../../src/parameter-types.generated.ts";
import { toutNul } from "../../src/formula-helpers.ts";

/** Per famille, a foyer fiscal variable of the parents who are its declarant principal (the demandeur's and the conjoint's foyers). */
function desFoyersDesParents(famille: Population, name: string, period: Period): Float64Array {
  const persons = famille.persons;
  const principal = persons.hasRole("foyer_fiscal", "declarant_principal");
  return famille.sum(mul(persons.group("foyer_fiscal", name, period), principal), "parent");
}

/**
 * Per famille, the students' floor of resources: a forfait for a demandeur student, less a
 * minoration when boursier; its own in a logement-foyer or a CROUS residence (CCH art. R822-18).
 */
function plancherDesEtudiants(
  famille: Population,
  period: Period,
  e: ReturnType<typeof allocationsLogement>["ressources"]["etudiants"],
  etudiant: Uint8Array,
): Float64Array {
  const boursier = duDemandeur(famille, "boursier", period);
  const foyer = anyOf(statutDuDemandeur(famille, period, "locataire_foyer"), menageDuDemandeur(famille, "logement_crous", period));
  const plancherLocatif = maximum(
    0,
    sub(mul(etudiant, e.locatif.dar_4_forfait_ressources), mul(boursier, e.locatif.dar_5_minoration_boursier)),
  );
  const plancherFoyer = maximum(
    0,
    sub(mul(etudiant, e.foyer.dar_11_forfait_ressources_foyer), mul(boursier, e.foyer.dar_12_minoration_boursier)),
  );
  return where(foyer, plancherFoyer, plancherLocatif);
}

/**
 * The famille's resources: the parents' (less the special abattements of the elderly and
 * disabled), the other members' beyond 125 % of the ASPA ceiling, the patrimoine, the foyers'
 * other income and alimony paid; less the abattement for double activity; the students' floor (a
 * demandeur student, a lower one when boursier, its own in a foyer or a CROUS residence) as a
 * minimum, or since 2021 instead of the resources; rounded up to the hundred euros; at least the
 * accédant's floor.
 */
function baseRessources(
  famille: Population,
  period: Period,
  parameters: ParametersAccessor<FrenchParameters>,
  individuelles: ArrayLike<number>,
  biactivite: ArrayLike<number>,
  pensionsVersees: Period,
  plancherEtudiant: Uint8Array,
  plancherRemplace: boolean,
): Float64Array {
  const n2 = period.thisYear.offset(-2, "year");
  const ressources = allocationsLogement(parameters(period)).ressources;
  const plafondEnfant: number =
    1.25 * parameters(n2.stop).prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.plafond_ressources.personnes_seules;
  const individu = famille.members("aide_logement_base_ressources_individu", period);
  const parents = maximum(
    0,
    sub(famille.sum(individuelles, "parent"), desFoyersDesParents(famille, "abattements_speciaux_prestations_familiales", n2)),
  );
  const enfants = famille.sum(maximum(0, sub(individu, plafondEnfant)), "enfant");
  const total = add(
    parents,
    enfants,
    famille("aide_logement_base_ressources_patrimoine", period),
    desFoyersDesParents(famille, "aide_logement_base_revenus_fiscaux", n2),
    desFoyersDesParents(famille, "pensions_alimentaires_versees", pensionsVersees),
  );
  const apresAbattement = maximum(0, sub(total, mul(biactivite, ressources.abattements.dar_1_double_activite)));

  const etudiant = allOf(duDemandeur(famille, "etudiant", period), plancherEtudiant);
  // No demandeur student (of the floor's age): no floor, whoever is boursier.
  const plancher = toutNul(etudiant) ? 0 : plancherDesEtudiants(famille, period, ressources.etudiants, etudiant);
  // To the cent first, so that a year recombined from months does not step up the rounding.
  const avecPlancher = plancherRemplace ? where(etudiant, plancher, apresAbattement) : maximum(apresAbattement, plancher);
  const centimes = arrondi(avecPlancher, 2);
  const arrondie = arrondiCentaineSuperieure(centimes);

  const accedant = menageDuDemandeur(famille, "aides_logement_primo_accedant_eligibilite", period);
  return where(accedant, maximum(arrondie, menageDuDemandeur(famille, "aides_logement_primo_accedant_ressources", period)), arrondie);
}

export const aide_logement_base_ressources = defineVariable({
  name: "aide_logement_base_ressources",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Base ressources annuelle des aides au logement (R)",
  // CCH art. R822-2 s.: the parents' resources (their forfaitaire evaluation until March 2020
  // when it applies), the dependants' beyond 125 % of the ASPA ceiling, the patrimoine and the
  // foyers' other income, less alimony paid and the special abattements (CGI art. 157 bis), less
  // the abattement for double activity (of year N-2 until 2020); the students' floor; rounded up to
  // the hundred euros; the accédant's floor. Since 2021, the students' floor only before 28.
  reference: [
    ...cch("R822-2", "R822-4", "R822-18"),
    "Décret n° 2019-1574 du 30 décembre 2019",
    "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000039701752",
  ],
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const individu = famille.members("aide_logement_base_ressources_individu", period);
      const forfaitaire = famille.members("aide_logement_base_ressources_eval_forfaitaire", period);
      const individuelles = where(gt(forfaitaire, 0), forfaitaire, individu);
      const n2 = period.thisYear.offset(-2, "year");
      const biactivite = famille("aide_logement_biactivite", n2.lastMonth);
      return baseRessources(famille, period, parameters, individuelles, biactivite, n2, new Uint8Array(famille.count).fill(1), false);
    },
    "2021-01-01": ({ famille, period, parameters }) => {
      const individu = famille.members("aide_logement_base_ressources_individu", period);
      const ageMax: number = allocationsLogement(parameters(period)).ressources.etudiants.age_max;
      const jeune = lt(duDemandeur(famille, "age", period), ageMax);
      return baseRessources(
        famille,
        period,
        parameters,
        individu,
        famille("aide_logement_biactivite", period),
        period.lastYear,
        jeune,
        true,
      );
    },
  },
});
