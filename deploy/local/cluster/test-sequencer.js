// `cluster test` runs its files one at a time in this order: jest's own (failed first, then the
// slowest), except that fault (d), the Temporal server's restart, comes last. With
// AEO_CLUSTER_TEMPORAL=dev the server it kills is the light profile's dev server, which the other
// files' services and workers use as well.
const Sequencer = require('@jest/test-sequencer').default;

const LAST = /[\\/]faults[\\/]temporal-restart\.int-spec\.ts$/;

class ClusterSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    return [...sorted.filter((t) => !LAST.test(t.path)), ...sorted.filter((t) => LAST.test(t.path))];
  }
}

module.exports = ClusterSequencer;
