// SPDX-License-Identifier: GPL-3.0-or-later
// Checks recorded answers of sitekeeper-server against docs/api/openapi.yaml: each file (written by
// `sitekeeper-server --record-replies DIR`) holds {method, path, status, body}; its body must match
// the schema the spec gives for that path, method and status, and the status must be one the spec
// lists there. Usage: node validate-replies.mjs NODE_TOOLS_DIR OPENAPI_YAML DIR...
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [toolsDir, specPath, ...dirs] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(toolsDir), 'package.json'));
const SwaggerParser = require('@apidevtools/swagger-parser');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const spec = await SwaggerParser.dereference(specPath);
// OpenAPI 3.0 schemas are JSON Schema with a few extra words (example, nullable ...): not errors.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

const templates = Object.keys(spec.paths).map((template) => ({
  template,
  regex: new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$'),
}));
const validators = new Map();
function validatorFor(template, method, status) {
  const operation = spec.paths[template][method];
  if (!operation) return { error: `the spec has no ${method.toUpperCase()} ${template}` };
  const response = operation.responses[String(status)] ?? operation.responses.default;
  if (!response) return { error: `the spec lists no ${status} for ${method.toUpperCase()} ${template}` };
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return { error: `the spec gives no JSON body for ${status} of ${method.toUpperCase()} ${template}` };
  const key = `${method} ${template} ${status}`;
  if (!validators.has(key)) validators.set(key, ajv.compile(schema));
  return { validate: validators.get(key) };
}

let checked = 0;
const failures = [];
for (const dir of dirs) {
  if (!fs.existsSync(dir)) continue;
  const files = fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.json'));
  for (const file of files) {
    const full = path.join(dir, String(file));
    let reply;
    try {
      reply = JSON.parse(fs.readFileSync(full, 'utf8'));
    } catch (e) {
      failures.push(`${full}: not JSON (${e.message})`);
      continue;
    }
    ++checked;
    const where = `${full}: ${reply.method} ${reply.path} ${reply.status}`;
    const match = templates.find((t) => t.regex.test(reply.path));
    if (!match) {
      // Paths the spec does not have answer 404 with an Error, after the token check every path
      // but /v1/health has (401, 429); anything else is a contract break.
      const error = spec.components.schemas.Error;
      if (![401, 404, 429].includes(reply.status) || !ajv.validate(error, reply.body))
        failures.push(`${where}: a path the spec does not have, answered other than 401/404/429 with an Error`);
      continue;
    }
    const method = reply.method.toLowerCase();
    const { validate, error } = validatorFor(match.template, method, reply.status);
    if (!validate) {
      // 405 for a method the path does not have is the server's documented answer to any path.
      if (reply.status === 405 && ajv.validate(spec.components.schemas.Error, reply.body)) continue;
      failures.push(`${where}: ${error}`);
      continue;
    }
    if (!validate(reply.body))
      failures.push(`${where}: ${ajv.errorsText(validate.errors)}\n  body: ${JSON.stringify(reply.body).slice(0, 400)}`);
  }
}
console.log(`${checked} answers checked against ${specPath}, ${failures.length} do not match`);
for (const failure of failures.slice(0, 50)) console.log(failure);
if (checked === 0) {
  console.log('no recorded answers found: nothing was checked');
  process.exit(1);
}
process.exit(failures.length === 0 ? 0 : 1);
