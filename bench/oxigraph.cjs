// The peer in bench/: Oxigraph (npm oxigraph, the WASM build) answering
// SPARQL questions over talkgraph's own N-Quads export, in memory.
//
//   node bench/oxigraph.cjs OXIGRAPH_MODULE_DIR EXPORT.nq QUESTIONS.json ROUNDS MODE
//
// QUESTIONS.json is [{"name": ..., "sparql": ...}]. MODE "graphs" loads the
// export as it is (N-Quads, one named graph per post) and queries the union
// of the graphs; "merged" drops the graph labels and loads one graph of
// distinct triples. Every post restates the triples about the entities it
// names, and over the union Oxigraph joins every copy with every copy, so
// "merged" is the peer at its fastest (the provenance lost). The load is
// timed apart; each question runs ROUNDS times, timing the query only. It
// prints one JSON object: {"quads", "load_ms", "questions": [{"name", "ms":
// [...], "rows"}]}.
"use strict";
const fs = require("fs");
const path = require("path");

const [moduleDir, exportPath, questionsPath, roundsArg, modeArg] = process.argv.slice(2);
const oxigraph = require(path.resolve(moduleDir, "node_modules", "oxigraph"));
const questions = JSON.parse(fs.readFileSync(questionsPath, "utf8"));
const rounds = parseInt(roundsArg || "3", 10);
const merged = modeArg === "merged";

const store = new oxigraph.Store();
let data = fs.readFileSync(exportPath, "utf8");
if (merged) {
  // Every line of talkgraph's export ends with its graph label: "<g> .".
  data = data.replace(/ <[^<>"]*> \.$/gm, " .");
}
let t0 = process.hrtime.bigint();
store.load(data, { format: merged ? "application/n-triples" : "application/n-quads" });
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;

const out = { quads: store.size, load_ms: loadMs, questions: [] };
for (const q of questions) {
  const ms = [];
  let rows = 0;
  for (let i = 0; i < rounds; i++) {
    t0 = process.hrtime.bigint();
    const res = store.query(q.sparql, { use_default_graph_as_union: !merged });
    rows = res.length;
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  out.questions.push({ name: q.name, ms, rows });
}
console.log(JSON.stringify(out));
