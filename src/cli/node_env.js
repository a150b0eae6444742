// node_env.js - pre-js for the programs built to run under Node: hand them the process's
// environment (Emscripten otherwise shows a fixed one), so that SOURCE_DATE_EPOCH and the
// like work the same as in the native build.
Module['preRun'] = Module['preRun'] || [];
Module['preRun'].push(function () {
  for (var key in process.env) ENV[key] = process.env[key];
});
