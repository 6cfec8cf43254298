import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";
import { TypesTnsAutresRevenusTypeActivite as TypeActivite } from "../common/tns_autres_revenus_type_activite.ts";

const ACHAT_REVENTE = TypeActivite.index("achat_revente");

export const rsa_eligibilite_tns = defineVariable({
  name: "rsa_eligibilite_tns",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  default: true,
  label: "Les travailleurs non salariés du foyer remplissent les conditions d'accès au RSA",
  // Until 2016: a farmer's profit at most 800 hourly SMIC (raised with the size of the
  // foyer); other self-employed: no employee and a turnover within the micro-enterprise
  // limits (CASF art. R262-19 to R262-23, version antérieure à 2017).
  reference: casf("R262-19", "R262-23"),
  formulas: {
    "2009-06-01": ({ famille, period, parameters }) => {
      const p = parameters(period);
      const agricole = p.prestations_sociales.solidarite_insertion.minima_sociaux.rsa.exploitant_agricole;
      const micro = p.impot_revenu.calcul_revenus_imposables.rpns.micro;
      const smicHoraire: number = p.marche_travail.salaire_minimum.smic.smic_b_horaire;
      const annee = period.lastYear;

      const beneficeAgricole = famille.members("rpns_benefice_exploitant_agricole", annee);
      const chiffreAffaires = famille.members("rpns_autres_revenus_chiffre_affaires", annee, "add");
      const typeActivite = famille.members("tns_autres_revenus_type_activite", period);
      const avecEmploye = famille.members("tns_avec_employe", period);
      const parent = famille.memberHasRole("parent");
      const nbParents = famille("nb_parents", period);
      const nbEnfants = famille("rsa_nb_enfants", period);

      const nonEligible = new Uint8Array(parent.length);
      const agricoleParPersonne = new Float64Array(parent.length);
      for (let i = 0; i < parent.length; i++) {
        if (!parent[i]) continue;
        agricoleParPersonne[i] = beneficeAgricole[i]!;
        const plafond = typeActivite[i] === ACHAT_REVENTE ? micro.plafond_ca_vente : micro.plafond_ca_services;
        // Declaring an employee means being self-employed: no RSA, whatever the turnover.
        if (chiffreAffaires[i]! > plafond || avecEmploye[i]) nonEligible[i] = 1;
      }
      const horsConditions = famille.any(nonEligible);
      const agricoleFoyer = famille.sum(agricoleParPersonne);
      const out = new Uint8Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const n = nbParents[i]!;
        const e = nbEnfants[i]!;
        const coef =
          1 +
          (n + e >= 2 ? agricole.maj_2p : 0) +
          (n >= 2 && e >= 1 ? agricole.maj_1e_2ad + (e - 1) * agricole.maj_e_sup : 0) +
          (n === 1 && e >= 2 ? (e - 1) * agricole.maj_e_sup : 0);
        const plafondAgricole = agricole.plafond_rsa * smicHoraire * coef;
        out[i] = !horsConditions[i] && agricoleFoyer[i]! <= plafondAgricole ? 1 : 0;
      }
      return out;
    },
    // The turnover and employee conditions were abolished on 1 January 2017.
    "2017-01-01": () => true,
  },
});
