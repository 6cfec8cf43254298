import { defineDbModule } from "../module.ts";
import * as urgence from "./migrations/0003-urgence.ts";
import * as urgenceSectors from "./migrations/0004-urgence-sectors.ts";
import * as urgencePeopleSearch from "./migrations/0005-urgence-people-search.ts";
import { URGENCE_ROLES, type UrgenceTables } from "./schema.ts";

/** Urgence sociale: the by-name list, encounters, requests, structures and places, sectors. */
export const urgenceDb = defineDbModule<UrgenceTables>()({
  name: "urgence",
  roles: URGENCE_ROLES,
  migrations: () => ({
    "0003-urgence": urgence,
    "0004-urgence-sectors": urgenceSectors,
    "0005-urgence-people-search": urgencePeopleSearch,
  }),
});
