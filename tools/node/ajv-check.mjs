// AJV (Draft 2020-12, formats asserted) judging instances against schemas of the bundle.
// Usage: node ajv-check.mjs BUNDLE.json < jobs.jsonl > verdicts.jsonl
// Each job line is {"schema": "<JSON pointer into the bundle>", "instance": <value>}; each verdict
// line is the list of AJV's error messages for it ([] when valid), in the order of the jobs.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const ID = "urn:armrest:bundle";
const bundle = JSON.parse(readFileSync(process.argv[2], "utf8"));
// strict: false so that OpenAPI's own keywords (example, x-...) are ignored, as OpenAPI tools do.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
const INT32 = [-(2 ** 31), 2 ** 31 - 1];
ajv.addFormat("int32", { type: "number", validate: (n) => Number.isInteger(n) && n >= INT32[0] && n <= INT32[1] });
ajv.addFormat("int64", { type: "number", validate: (n) => Number.isInteger(n) });
ajv.addSchema({ ...bundle, $id: ID });

const compiled = new Map();
function validator(pointer) {
  if (!compiled.has(pointer)) compiled.set(pointer, ajv.getSchema(`${ID}#${pointer}`));
  return compiled.get(pointer);
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
for await (const line of lines) {
  if (!line.trim()) continue;
  const job = JSON.parse(line);
  const validate = validator(job.schema);
  if (!validate) {
    out.push(JSON.stringify([`no schema at ${job.schema}`]));
    continue;
  }
  const ok = validate(job.instance);
  out.push(JSON.stringify(ok ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`)));
}
process.stdout.write(out.join("\n") + (out.length ? "\n" : ""));
