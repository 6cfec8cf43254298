import { add, allOf, eq, gt, le, lt, maximum, minimum, mul, not, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, arrondi, sommeDansLeGroupe } from "../../src/aides-logement.ts";

export const aide_logement_base_ressources_eval_forfaitaire = defineVariable({
  name: "aide_logement_base_ressources_eval_forfaitaire",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  end: "2020-03-31",
  label: "Évaluation forfaitaire des ressources d'un parent (aides au logement, jusqu'en mars 2020)",
  // When the parents' resources of year N-2 were at most 1 015 times the hourly SMIC while a parent
  // now earns a salary, that parent's resources are twelve times last month's salary after the
  // deduction for professional costs (or 1 500 hourly SMIC for a self-employed person), unless a
  // parent receives the AAH or the demandeur (or a conjoint) is under 25 with a small salary; then
  // the 30 % abattements and the neutralisation apply (CCH art. R351-7 then R822-20, repealed with
  // the contemporanéisation).
  reference: cch("R822-20"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period);
      const d = p.impot_revenu.calcul_revenus_imposables.deductions;
      const ressources = allocationsLogement(p).ressources;
      const moisPrecedent = period.lastMonth;
      const n2 = period.thisYear.offset(-2, "year");
      const dN2 = parameters(n2).impot_revenu.calcul_revenus_imposables.deductions;
      const parent = individu.hasRole("famille", "parent");

      // The forfaitaire evaluation of this person.
      const salaireAnnualise = mul(individu("salaire_imposable", moisPrecedent), 12);
      const abattementSalaire = arrondi(minimum(maximum(mul(salaireAnnualise, d.abatpro.taux), d.abatpro.min), d.abatpro.max));
      const salaries = maximum(0, sub(salaireAnnualise, abattementSalaire));
      const juillet = period.start.month >= 7 ? period.start.year : period.start.year - 1;
      const smicJuillet: number = parameters(`${juillet}-07-01`).marche_travail.salaire_minimum.smic.smic_b_horaire;
      const evaluation = maximum(salaries, mul(individu("travailleur_non_salarie", period), 1500 * smicJuillet));

      // The parents' resources of year N-2.
      const salairesN2 = individu("revenu_assimile_salaire", n2);
      const min2 = (dN2.abatpro as { readonly min2?: number }).min2 ?? dN2.abatpro.min;
      const plancher = where(individu("chomeur_longue_duree", n2), min2, dN2.abatpro.min);
      const forfait = arrondi(minimum(maximum(mul(salairesN2, dN2.abatpro.taux), plancher), dN2.abatpro.max));
      const fraisReels = individu("frais_reels", n2);
      const salairesNets = where(gt(fraisReels, forfait), sub(salairesN2, fraisReels), maximum(0, sub(salairesN2, forfait)));
      const pensionsN2 = add(
        mul(individu("pensions_alimentaires_percues", n2, "add"), individu("pensions_alimentaires_percues_decl", n2)),
        individu("retraite_imposable", n2, "add"),
        individu("pensions_invalidite", n2, "add"),
      );
      const pensionsNettes = maximum(0, sub(pensionsN2, arrondi(maximum(mul(pensionsN2, dN2.abatpen.taux), dN2.abatpen.min))));
      const rpns = add(
        individu("rpns_imposables", n2),
        individu("rpns_pvce", n2),
        individu("rpns_pvct", n2),
        individu("moins_values_court_terme_non_salaries", n2),
        individu("moins_values_long_terme_non_salaries", n2),
      );
      const declarantPrincipal = individu.hasRole("foyer_fiscal", "declarant_principal");
      const duFoyer = (name: string): Float64Array => mul(individu.group("foyer_fiscal", name, n2), declarantPrincipal);
      const base = add(
        sommeDansLeGroupe(individu, "famille", salairesNets, parent),
        rpns,
        sommeDansLeGroupe(individu, "famille", pensionsNettes, parent),
        sommeDansLeGroupe(individu, "famille", duFoyer("aide_logement_base_revenus_fiscaux"), parent),
        sommeDansLeGroupe(individu, "famille", duFoyer("pensions_alimentaires_versees"), parent),
      );

      // The conditions.
      const smicN2: number = parameters(n2.stop).marche_travail.salaire_minimum.smic.smic_b_horaire;
      const enCouple = individu.group("famille", "en_couple", period);
      const aah = sommeDansLeGroupe(individu, "famille", individu("aah", moisPrecedent), parent);
      const salairesParents = sommeDansLeGroupe(individu, "famille", individu("salaire_imposable", moisPrecedent), parent);
      const jeune = gt(sommeDansLeGroupe(individu, "famille", lt(individu("age", period), 25), parent), 0);
      const plafondJeune = where(enCouple, ressources.autres.dar_9, ressources.autres.dar_8);
      const neutralisationJeune = allOf(jeune, lt(salairesParents, plafondJeune));
      const applicable = allOf(le(base, 1015 * smicN2), gt(evaluation, 0), eq(aah, 0), not(neutralisationJeune));

      const taux: number = ressources.abattements.chomage_indemnise;
      const abattement = mul(
        sub(1, mul(individu("aide_logement_abattement_revenus_activite_professionnelle", period), taux)),
        sub(1, mul(individu("aide_logement_abattement_indemnites_chomage", period), taux)),
      );
      const neutralise = sub(1, individu("aide_logement_condition_neutralisation", period));
      return mul(mul(where(applicable, evaluation), abattement), neutralise);
    },
  },
});
