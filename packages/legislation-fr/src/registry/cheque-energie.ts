// The variables of variables/cheque_energie/ (chèque énergie), listed explicitly.
import type { Variable } from "@zero/engine";
import { cheque_energie } from "../../variables/cheque_energie/cheque_energie.ts";
import { cheque_energie_eligibilite_logement } from "../../variables/cheque_energie/cheque_energie_eligibilite_logement.ts";
import { cheque_energie_exceptionnel_montant } from "../../variables/cheque_energie/cheque_energie_exceptionnel_montant.ts";
import { cheque_energie_montant } from "../../variables/cheque_energie/cheque_energie_montant.ts";
import { cheque_energie_unites_consommation } from "../../variables/cheque_energie/cheque_energie_unites_consommation.ts";
import { residence_saint_martin } from "../../variables/cheque_energie/residence_saint_martin.ts";

export const chequeEnergieVariables: readonly Variable[] = [
  cheque_energie,
  cheque_energie_eligibilite_logement,
  cheque_energie_exceptionnel_montant,
  cheque_energie_montant,
  cheque_energie_unites_consommation,
  residence_saint_martin,
];
