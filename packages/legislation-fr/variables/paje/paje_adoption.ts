import { allOf, between, countMembers, le, lt, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { css } from "../../src/legal-references.ts";
import { bmafPaje, plafondPrimesPaje } from "../../src/paje-plafonds.ts";

export const paje_adoption = defineVariable({
  name: "paje_adoption",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Prime à l'adoption de la prestation d'accueil du jeune enfant",
  // One prime per child under 20 adopted or entrusted for adoption, under the resources
  // ceiling of the primes (that of the allocation de base; its taux partiel ceiling for
  // children adopted since April 2014), counting the children à charge (CSS art. L531-2,
  // R531-1, D531-2); 459.5 % of the BMAF since August 2005, rounded to the cent, frozen at
  // the April 2013 BMAF from April 2014 to March 2018 (LFSS 2014, art. 74, III). Paid once, in
  // the month after the child's arrival in the foyer (at the latest in the second, D531-2, II).
  reference: css("L531-2", "R531-1", "D531-2"),
  formulas: {
    "2004-01-01": ({ famille, period, parameters }) => {
      const p = parameters(period);
      const pf = p.prestations_sociales.prestations_familiales;
      const arrivee = famille.members("date_adoption", period);
      const moisPrecedent = period.offset(-1);
      const concernes = allOf(
        famille.members("adoption", period),
        famille.members("est_enfant_dans_famille", period),
        between(arrivee, moisPrecedent.start.days, period.start.days),
        lt(famille.members("age", period), pf.def_pac.enfants.age_limite),
      );
      const nbPrimes = countMembers(famille, concernes);
      if (toutNul(nbPrimes)) return 0;
      const prime = Math.round(100 * pf.petite_enfance.paje.paje_cm2.montant.prime_adoption * bmafPaje(period, parameters)) / 100;
      const dateEnfant = famille.max(where(concernes, arrivee, -Infinity), "enfant");
      const plafond = plafondPrimesPaje(famille, period, p, famille("af_nbenf", period), dateEnfant);
      const ressources = famille("prestations_familiales_base_ressources", period);
      return where(le(ressources, plafond), mul(nbPrimes, prime));
    },
  },
});
