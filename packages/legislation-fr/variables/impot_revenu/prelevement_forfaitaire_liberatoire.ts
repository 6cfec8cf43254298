import { add, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const prelevement_forfaitaire_liberatoire = defineVariable({
  name: "prelevement_forfaitaire_liberatoire",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Prelèvement forfaitaire libératoire sur les revenus du capital",
  // The flat levy in full discharge of the income tax, counted negative: on life-insurance products (2DH)
  // and fixed-income products (2EE), on dividends on option (2DA, 2008 to 2012); since 2013 on the life
  // insurance by duration and date, anonymous products, solidarity savings and non-cooperative states
  // (CGI art. 125-0 A, 125 A). The single rate applied to 2EE is OpenFisca's simplification.
  reference: cgi("125-0 A", "125 A"),
  formulas: {
    "2002-01-01": ({ foyer_fiscal, period, parameters }) => {
      const pf = parameters(period).taxation_capital.prelevement_forfaitaire;
      return mul(
        -1,
        add(
          mul(
            foyer_fiscal("f2dh", period),
            pf.liberatoire_assurance_vie.bons_contrats_placements.apres_le_1_1_90.duree_8_ans_et_produits_apres_1998,
          ),
          mul(
            foyer_fiscal("f2ee", period),
            pf.liberatoire_taux_fixe.autres_produits_de_placement_a_revenu_fixe.courus_entre_le_1_1_95_et_apres,
          ),
        ),
      );
    },
    "2008-01-01": ({ foyer_fiscal, period, parameters }) => {
      const pf = parameters(period).taxation_capital.prelevement_forfaitaire;
      return mul(
        -1,
        add(
          mul(foyer_fiscal("f2da", period), pf.liberatoire_taux_fixe.dividendes),
          mul(
            foyer_fiscal("f2ee", period),
            pf.liberatoire_taux_fixe.autres_produits_de_placement_a_revenu_fixe.courus_entre_le_1_1_95_et_apres,
          ),
          mul(
            foyer_fiscal("f2dh", period),
            pf.liberatoire_assurance_vie.bons_contrats_placements.apres_le_1_1_90.duree_8_ans_et_produits_apres_1998,
          ),
        ),
      );
    },
    "2013-01-01": ({ foyer_fiscal, period, parameters }) => {
      const pf = parameters(period).taxation_capital.prelevement_forfaitaire;
      const av = pf.liberatoire_assurance_vie.bons_contrats_placements;
      const f = (name: string) => foyer_fiscal(name, period);
      return mul(
        -1,
        add(
          mul(av.apres_le_1_1_90.duree_8_ans_et_produits_apres_1998, f("assurance_vie_pl_non_anonyme_plus8ans_depuis1990")),
          mul(av.entre_1_1_83_et_31_12_89.six_ans_produits_apres_98, f("assurance_vie_pl_non_anonyme_plus6ans_avant1990")),
          mul(av.apres_le_1_1_90.duree_moins_de_4_ans, f("assurance_vie_pl_non_anonyme_moins4ans_depuis1990")),
          mul(av.apres_le_1_1_90.duree_4_a_8_ans, f("assurance_vie_pl_non_anonyme_4_8_ans_depuis1990")),
          mul(av.avec_anonymat, f("assurance_vie_pl_anonyme")),
          mul(pf.liberatoire_taux_fixe.produits_epargne_solidaire_partage, f("produit_epargne_solidaire")),
          mul(av.produits_vers_etats_non_cooperatifs, f("produit_etats_non_cooperatif")),
        ),
      );
    },
  },
});
