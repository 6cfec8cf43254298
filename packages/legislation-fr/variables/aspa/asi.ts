import { add, allOf, div, eq, maximum, mul, select, sub, where, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { toutNul } from "../../src/formula-helpers.ts";

interface ParametresAsi {
  readonly plafond_ressource_seul: number;
  readonly plafond_ressource_couple: number;
}

/**
 * For each person: whether they are the famille's only allocataire of the ASI or the ASPA,
 * or one of its two allocataires of the ASI; the monthly ceiling that applies (a person alone
 * or a couple); the famille's monthly resources.
 */
function situationAsi(individu: Population, period: Period, asi: ParametresAsi) {
  const seulAllocataire = eq(individu.group("famille", "asi_aspa_nb_alloc", period), 1);
  const deuxAllocataires = eq(individu.group("famille", "asi_nb_alloc", period), 2);
  const plafondSeulOuCouple = where(
    individu.group("famille", "en_couple", period),
    asi.plafond_ressource_couple,
    asi.plafond_ressource_seul,
  );
  const plafond = div(
    select([
      [seulAllocataire, plafondSeulOuCouple],
      [deuxAllocataires, asi.plafond_ressource_couple],
    ]),
    12,
  );
  return { seulAllocataire, deuxAllocataires, plafond, ressources: individu.group("famille", "asi_aspa_base_ressources", period) };
}

export const asi = defineVariable({
  name: "asi",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  calculateOutput: "add",
  label: "Allocation supplémentaire d'invalidité",
  // Paid to a parent who meets its conditions (asi_eligibilite) when they are the famille's
  // only allocataire of the ASI or the ASPA, the ceiling being that of a person alone or of a
  // couple; or when both parents may receive it, each half of the couple's. Until March 2020,
  // the maximal amount (that of a person alone, of two spouses, or twice that of a person alone
  // for a pacsed or concubin couple) within the ceiling less the resources (CSS art. L815-24,
  // D815-20 and D815-21 in their version of the time); since April 2020, the ceiling less the
  // resources (loi n° 2019-1446 du 24 décembre 2019 de financement de la sécurité sociale pour 2020).
  // As in OpenFisca, nothing when the other parent may receive the ASPA.
  reference: css("L815-24", "D815-20", "D815-21"),
  formulas: {
    "2007-01-01": ({ individu, period, parameters }) => {
      const eligible = allOf(individu("asi_eligibilite", period), individu.hasRole("famille", "parent"));
      if (toutNul(eligible)) return 0;
      const asi = parameters(period).prestations_sociales.prestations_etat_de_sante.invalidite.asi;
      const { seulAllocataire, deuxAllocataires, plafond, ressources } = situationAsi(individu, period, asi);
      const maries = individu.group("famille", "maries", period);
      const montantMax = div(
        select([
          [seulAllocataire, asi.montant_seul],
          [allOf(deuxAllocataires, maries), asi.montant_couple],
          [deuxAllocataires, 2 * asi.montant_seul],
        ]),
        12,
      );
      const depassement = maximum(0, sub(add(ressources, montantMax), plafond));
      const part = select([
        [seulAllocataire, 1],
        [deuxAllocataires, 0.5],
      ]);
      return where(eligible, mul(part, maximum(0, sub(montantMax, depassement))));
    },
    "2020-04-01": ({ individu, period, parameters }) => {
      const eligible = allOf(individu("asi_eligibilite", period), individu.hasRole("famille", "parent"));
      if (toutNul(eligible)) return 0;
      const asi = parameters(period).prestations_sociales.prestations_etat_de_sante.invalidite.asi;
      const { seulAllocataire, deuxAllocataires, plafond, ressources } = situationAsi(individu, period, asi);
      const part = select([
        [seulAllocataire, 1],
        [deuxAllocataires, 0.5],
      ]);
      return where(eligible, mul(part, maximum(0, sub(plafond, ressources))));
    },
  },
});
