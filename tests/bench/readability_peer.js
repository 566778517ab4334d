#!/usr/bin/env node
// Peer runner for the batch benchmark: Mozilla's Readability.js on jsdom over many
// pages in one process.
//
// For every page it builds a jsdom document from the page bytes (jsdom sniffs the
// charset, as lede decodes its input) and runs new Readability(document).parse(),
// which gives the title and the cleaned body, then closes the window so memory does
// not grow with the page count. One JSON object goes to stdout at the end:
// {"peer": "readability.js", "pages": N, "failed": F, "seconds": S, "body_chars": C}
// where seconds is the loop alone (reading + parsing + extraction), without node's
// start-up and the require() of jsdom.
//
// The packages are not part of the repository: install them in a folder of your own,
//   mkdir -p /work/peers && cd /work/peers && npm install @mozilla/readability jsdom
// and point at its node_modules with --node-modules DIR or LEDE_BENCH_NODE_MODULES.
//
// Usage: node readability_peer.js [--node-modules DIR] [--from LIST] [FILE ...]
'use strict';

const fs = require('fs');
const path = require('path');

// Returns the paths listed in the file, one per line, blank and '#' lines skipped.
function readList(file) {
  return fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
}

// Returns the module NAME loaded from DIR (a node_modules folder) or the default path.
function load(name, dir) {
  return require(dir ? require.resolve(name, {paths: [dir, path.dirname(dir)]}) : name);
}

function main(argv) {
  let nodeModules = process.env.LEDE_BENCH_NODE_MODULES || '';
  const paths = [];
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--node-modules') nodeModules = argv[++i];
    else if (argv[i] === '--from') paths.push(...readList(argv[++i]));
    else paths.push(argv[i]);
  }
  let JSDOM; let VirtualConsole; let Readability;
  try {
    ({JSDOM, VirtualConsole} = load('jsdom', nodeModules));
    ({Readability} = load('@mozilla/readability', nodeModules));
  } catch (error) {
    console.log(JSON.stringify({peer: 'readability.js', error: 'not installed: ' + error.message}));
    return 3;
  }
  // A silent console: jsdom's CSS and script complaints are not the peer's output.
  const quiet = new VirtualConsole();
  let pages = 0; let failed = 0; let bodyChars = 0;
  const start = process.hrtime.bigint();
  for (const file of paths) {
    const html = fs.readFileSync(file);
    let dom = null;
    try {
      dom = new JSDOM(html, {contentType: 'text/html', virtualConsole: quiet});
      const article = new Readability(dom.window.document).parse();
      if (article) bodyChars += (article.content || '').length + (article.title || '').length;
      ++pages;
    } catch (error) {  // a peer failing one page must not stop the run
      ++failed;
    } finally {
      if (dom) dom.window.close();
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(JSON.stringify({peer: 'readability.js', pages, failed, seconds, body_chars: bodyChars}));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
