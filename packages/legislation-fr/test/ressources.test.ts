import { parsePeriod } from "@zero/engine";
import { describe, expect, it } from "vitest";
import { datedList, PPA_REVENUS_ACTIVITE, RSA_AUTRES_RESSOURCES } from "../src/ressources.ts";

describe("dated resource lists", () => {
  const list = datedList([
    { since: "2009-06-01", source: "A", items: ["salaire_net"] },
    { since: "2016-01-01", source: "B", items: ["salaire_net", "aah"] },
  ]);

  it("gives the version in force at the start of the period, the first one before it", () => {
    expect(list.at(parsePeriod("2009-01"))).toEqual(["salaire_net"]);
    expect(list.at(parsePeriod("2015-12"))).toEqual(["salaire_net"]);
    expect(list.at(parsePeriod("2016-01"))).toEqual(["salaire_net", "aah"]);
    expect(list.at(parsePeriod("2024"))).toEqual(["salaire_net", "aah"]);
  });

  it("refuses versions out of date order or without a date", () => {
    expect(() => datedList([])).toThrow();
    expect(() =>
      datedList([
        { since: "2016-01-01", source: "B", items: [] },
        { since: "2009-06-01", source: "A", items: [] },
      ]),
    ).toThrow();
    expect(() => datedList([{ since: "juin 2009", source: "A", items: [] }])).toThrow();
  });

  it("dates the model's lists from the texts that set them", () => {
    expect(RSA_AUTRES_RESSOURCES.versions[0]).toMatchObject({ since: "2009-06-01", source: "CASF art. R262-6 et R262-11" });
    expect(PPA_REVENUS_ACTIVITE.versions[0]).toMatchObject({ since: "2016-01-01", source: "CSS art. L842-4 et R844-1" });
  });
});
