import {
  add,
  ageInYears,
  allOf,
  countMembers,
  eq,
  ge,
  Instant,
  lt,
  maximum,
  mul,
  parsePeriod,
  select,
  sub,
  sumMembers,
  where,
} from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { css } from "../../src/legal-references.ts";

export const ars = defineVariable({
  name: "ars",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "year",
  label: "Allocation de rentrée scolaire",
  // For each child à charge on the day of the rentrée (September of the year) who turns 6
  // before the next 1 February and is not yet 18 on 15 September (CSS art. L543-1, R543-1,
  // R543-2), an amount that depends on the age reached on 31 December (6 to 10, 11 to 14, 15
  // and over: R543-2, D543-1), a share of the BMAF. Due when the resources of the reference
  // year (N-2) are below a ceiling raised by 30 % per child à charge (R543-5); above it, the
  // allocation différentielle: the ceiling plus the amounts of 1 January of the year for the
  // children entitled, less the resources (L543-2, R543-6-1), not paid under a minimum (the
  // whole ARS as in OpenFisca-France). Rentrée 2020: the exceptional majoration per child
  // (décret n° 2020-985). Schooling (L543-1) is presumed (R543-4).
  reference: css("L543-1", "L543-2", "R543-1", "R543-2", "R543-4", "R543-5", "R543-6-1", "D543-1"),
  formulas: {
    "2002-01-01": ({ famille, period, parameters }) => {
      const annee = period.start.year;
      const rentree = parsePeriod(`${annee}-09`);
      const p = parameters(rentree);
      const pf = p.prestations_sociales.prestations_familiales;
      const ars = pf.education_presence_parentale.ars;
      const cond = ars.ars_cond;
      const bmaf: number = pf.bmaf.bmaf;

      const naissance = famille.members("date_naissance", rentree);
      const ageRentree = famille.members("age", rentree);
      // The ages the law names, from the birth date; the age in September when only it is given.
      const sansDate = eq(naissance, 0);
      const agePour = (jour: Instant): Float64Array => where(sansDate, ageRentree, ageInYears(naissance, jour));
      const ageFevrier = agePour(new Instant(annee + 1, 1, 31));
      const ageSeptembre = agePour(new Instant(annee, 9, 15));
      const ageDecembre = agePour(new Instant(annee, 12, 31));
      const enfant = allOf(
        famille.memberHasRole("enfant"),
        famille.members("prestations_familiales_enfant_a_charge", rentree),
        ge(ageFevrier, cond.age_entree_primaire),
        lt(ageSeptembre, cond.age_sortie_lycee),
      );
      const bande = (m: typeof ars.ars_m): Float64Array =>
        select(
          [
            [ge(ageDecembre, cond.age_entree_lycee), m.taux_lycee],
            [ge(ageDecembre, cond.age_entree_college), m.taux_college],
          ],
          m.taux_primaire,
        );
      // At the rentrée's BMAF, with the exceptional majoration of 2020 (none otherwise).
      const majoration: number = ars.ars_maj.taux_majoration_exceptionnelle ?? 0;
      const plein = sumMembers(famille, mul(bmaf, add(bande(ars.ars_m), majoration)), enfant);
      if (toutNul(plein)) return 0;
      // The allocation différentielle counts the amounts in force on 1 January of the year.
      const janvier = parameters(`${annee}-01-01`).prestations_sociales.prestations_familiales;
      const montantsJanvier = sumMembers(famille, mul(janvier.bmaf.bmaf, bande(janvier.education_presence_parentale.ars.ars_m)), enfant);
      const aCharge = countMembers(
        famille,
        allOf(famille.memberHasRole("enfant"), famille.members("prestations_familiales_enfant_a_charge", rentree)),
      );
      const plafond = mul(ars.ars_plaf.plafond_ressources, add(1, mul(ars.ars_plaf.majoration_par_enf_supp, aCharge)));
      const ressources = famille("prestations_familiales_base_ressources", rentree);
      const differentielle = maximum(0, sub(add(plafond, montantsJanvier), ressources));
      const montant = where(lt(ressources, plafond), plein, differentielle);
      return where(ge(montant, ars.montant_minimum_verse), montant);
    },
  },
});
