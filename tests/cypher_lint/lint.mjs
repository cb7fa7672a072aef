// Lint Cypher statements with Neo4j's parser: node lint.mjs < request.json > diagnostics.json
// request: {"labels": [...], "relationshipTypes": [...], "statements": [{"query": "...", "parameters": ["rows"]}]}
// answer:  [[{"severity": 1, "message": "...", "offsets": {...}}, ...], ...]  (one list per statement)
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const request = JSON.parse(readFileSync(0, 'utf8'));
const answer = request.statements.map(({ query, parameters }) => {
  const dbSchema = {
    labels: request.labels,
    relationshipTypes: request.relationshipTypes,
    parameters: Object.fromEntries((parameters ?? []).map((name) => [name, null])),
  };
  return lintCypherQuery(query, dbSchema).diagnostics.map(({ severity, message, offsets }) => ({
    severity, message, offsets,
  }));
});
process.stdout.write(JSON.stringify(answer));
