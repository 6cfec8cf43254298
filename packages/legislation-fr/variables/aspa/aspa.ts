import { add, allOf, anyOf, div, eq, maximum, not, select, sub, where, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { toutNul } from "../../src/formula-helpers.ts";

interface ParametresAspa {
  readonly montant_maximum_annuel: { readonly personnes_seules: number; readonly couples: number };
  readonly plafond_ressources: { readonly personnes_seules: number; readonly couples: number };
}

/**
 * Per famille, who may receive what: one allocataire of the ASPA alone (`seul`), two (`deux`),
 * or one with the other parent allocataire of the ASI, married (`mixteMaries`) or not (`mixte`);
 * the monthly ceiling that applies; the famille's monthly resources.
 */
function situationAspa(famille: Population, period: Period, p: ParametresAspa) {
  const demandeur = (name: string) => famille.valueFromPerson(famille.members(name, period), "demandeur");
  const conjoint = (name: string) => famille.valueFromPerson(famille.members(name, period), "conjoint");
  const [demandeurAspa, conjointAspa] = [demandeur("aspa_eligibilite"), conjoint("aspa_eligibilite")];
  const [demandeurAsi, conjointAsi] = [demandeur("asi_eligibilite"), conjoint("asi_eligibilite")];
  const maries = famille("maries", period);
  const seul = allOf(eq(famille("asi_aspa_nb_alloc", period), 1), anyOf(demandeurAspa, conjointAspa));
  const deux = allOf(demandeurAspa, conjointAspa);
  const avecAsi = anyOf(allOf(demandeurAsi, conjointAspa), allOf(conjointAsi, demandeurAspa));
  const mixteMaries = allOf(avecAsi, maries);
  const mixte = allOf(avecAsi, not(maries));
  const plafondSeulOuCouple = where(famille("en_couple", period), p.plafond_ressources.couples, p.plafond_ressources.personnes_seules);
  const plafond = div(
    select([
      [seul, plafondSeulOuCouple],
      [anyOf(deux, avecAsi), p.plafond_ressources.couples],
    ]),
    12,
  );
  return { seul, deux, mixteMaries, mixte, avecAsi, plafond, ressources: famille("asi_aspa_base_ressources", period) };
}

/** The amount paid: the maximal amount less what the resources and it exceed the ceiling by, half of the couple's with the ASI. */
function montantServi(
  famille: Population,
  period: Period,
  p: ParametresAspa,
  montantMax: (s: ReturnType<typeof situationAspa>) => Float64Array,
) {
  const s = situationAspa(famille, period, p);
  const max = montantMax(s);
  const depassement = maximum(0, sub(add(s.ressources, max), s.plafond));
  const couple = p.montant_maximum_annuel.couples / 12;
  return maximum(
    0,
    select([
      [anyOf(s.seul, s.deux), sub(max, depassement)],
      [s.avecAsi, sub(couple / 2, div(depassement, 2))],
    ]),
  );
}

export const aspa = defineVariable({
  name: "aspa",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  calculateOutput: "add",
  label: "Allocation de solidarité aux personnes âgées",
  // The maximal amount (of a person alone, or of a couple when both are beneficiaries)
  // within the ceiling (a person alone, or a couple whether one or both are beneficiaries)
  // less the resources (CSS art. L815-1, L815-9, D815-1 and D815-2). When the other parent
  // may receive the ASI, half of the couple's amount within the couple's ceiling, the
  // maximal amounts of both allowances counted (D815-3 and D815-20). Paid to the famille, as
  // OpenFisca.
  reference: css("L815-1", "L815-9", "D815-1", "D815-2", "D815-3"),
  formulas: {
    "2006-01-01": ({ famille, period, parameters }) => {
      const p = parameters(period).prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa;
      // Nobody of age in the batch: no need to evaluate anyone's resources.
      if (toutNul(famille.sum(famille.members("aspa_eligibilite", period), "parent"))) return 0;
      const asi = parameters(period).prestations_sociales.prestations_etat_de_sante.invalidite.asi;
      const [seul, couple] = [p.montant_maximum_annuel.personnes_seules, p.montant_maximum_annuel.couples];
      return montantServi(famille, period, p, (s) =>
        div(
          select([
            [s.seul, seul],
            [s.deux, couple],
            [s.mixteMaries, asi.montant_couple / 2 + couple / 2],
            [s.mixte, asi.montant_seul + couple / 2],
          ]),
          12,
        ),
      );
    },
    // Since April 2020 the ASI is the ceiling less the resources: the other parent's ASI
    // counts with half of the couple's ASPA (loi n° 2019-1446 du 24 décembre 2019).
    "2020-04-01": ({ famille, period, parameters }) => {
      const p = parameters(period).prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa;
      if (toutNul(famille.sum(famille.members("aspa_eligibilite", period), "parent"))) return 0;
      const [seul, couple] = [p.montant_maximum_annuel.personnes_seules / 12, p.montant_maximum_annuel.couples / 12];
      const asiDesParents = famille.sum(famille.members("asi", period), "parent");
      return montantServi(famille, period, p, (s) =>
        select([
          [s.seul, seul],
          [s.deux, couple],
          [s.avecAsi, add(asiDesParents, couple / 2)],
        ]),
      );
    },
  },
});
