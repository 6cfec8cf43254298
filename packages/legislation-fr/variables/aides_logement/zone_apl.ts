import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { zoneOfDepcom } from "../../src/zone-apl-table.ts";

/**
 * The three zones of the loyers plafonds (zone 1 includes the former « 1 bis »), after
 * OpenFisca-France's « non renseigné » so that item indices match its own (a client may
 * send an index, and its tests assert `zone_apl: 2` for zone 2).
 */
export const TypesZoneApl = defineEnum("TypesZoneApl", {
  non_renseigne: "Non renseignée",
  zone_1: "Zone 1",
  zone_2: "Zone 2",
  zone_3: "Zone 3",
});

export const zone_apl = defineVariable({
  name: "zone_apl",
  entity: "menage",
  valueType: "enum",
  possibleValues: TypesZoneApl,
  default: "zone_2",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Zone géographique des aides au logement (loyers plafonds)",
  // Zones of the arrêté du 17 mars 1978, used by the barème (CCH art. D823-16 and
  // arrêté du 27 septembre 2019); from the commune's code (data/zone_apl.csv), zone 2
  // when the code is unknown. A zone given as « non renseignée » is read as zone 2 too.
  reference: cch("D823-16"),
  formulas: {
    "0001-01-01": ({ menage, period }) => {
      const depcom = menage.strings("depcom", period);
      const out = new Int32Array(menage.count);
      // Ménages of a batch often share a few communes: look each code up once per call.
      const seen = new Map<string, number>();
      for (let i = 0; i < out.length; i++) {
        const code = depcom[i]!;
        let z = seen.get(code);
        if (z === undefined) {
          z = zoneOfDepcom(code); // 1, 2 or 3: the item's index
          seen.set(code, z);
        }
        out[i] = z;
      }
      return out;
    },
  },
});
