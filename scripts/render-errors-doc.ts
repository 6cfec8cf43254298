// Rewrites the table of docs/api/errors.md from the error catalogue.
import { readFileSync, writeFileSync } from "node:fs";
import { composeErrorCatalogue } from "../apps/api/src/errors/catalogue.ts";
import { renderErrorTable } from "../apps/api/src/errors/catalogue-doc.ts";
import { API_MODULES } from "../apps/api/src/modules/index.ts";

const path = new URL("../docs/api/errors.md", import.meta.url);
const doc = readFileSync(path, "utf8");
const [head, rest] = doc.split("<!-- errors:start -->");
const tail = rest?.split("<!-- errors:end -->")[1];
if (head === undefined || tail === undefined) throw new Error("markers missing in docs/api/errors.md");
writeFileSync(path, `${head}<!-- errors:start -->\n${renderErrorTable(composeErrorCatalogue(API_MODULES))}\n<!-- errors:end -->${tail}`);
