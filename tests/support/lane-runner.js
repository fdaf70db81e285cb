// @ts-check
'use strict';
const { relative } = require('node:path');
const { default: JestRunner, EmittingTestRunner } = require('jest-runner');

/**
 * Test lanes. A heavy suite (a browser beside the app, several app processes, a build, a 100,000-row import) uses
 * more than its core: two of them at once on a 2-core machine starve each other and everything else. So heavy
 * suites run one at a time, in a lane of their own, while the light suites fill the other worker slots: never
 * more than `maxWorkers` suites run at once, and never two heavy ones. The heavy lane holds one slot from the
 * start until its last suite ends (its suites are the long ones: it starts at once and never waits behind
 * light ones); the light suites share the others, and all of them once the heavy lane is done.
 *
 * Jest's own runner does the work: one pool per lane (the heavy one of a single worker). A light suite takes a
 * slot when it is about to start (jest awaits `test-file-start` before handing the file to a worker) and gives
 * it back when it ends. `--runInBand` runs everything in band, as jest does.
 *
 * Options (jest.config.js): `{ heavy: ['tests/web/', 'tests/startup.int-spec.ts', …] }`, prefixes of paths
 * relative to the rootDir.
 */
class LaneRunner extends EmittingTestRunner {
  /**
   * @param {import('@jest/types').Config.GlobalConfig} globalConfig
   * @param {import('jest-runner').TestRunnerContext} context
   * @param {{ heavy?: string[] }} [options]
   */
  constructor(globalConfig, context, options = {}) {
    super(globalConfig, context, options);
    this.heavy = options.heavy ?? [];
    /** @type {Map<string, Set<(data: any) => unknown>>} */
    this.listeners = new Map();
  }

  /** @param {any} test */
  isHeavy(test) {
    const path = relative(test.context.config.rootDir, test.path).split('\\').join('/');
    return this.heavy.some((prefix) => path.startsWith(prefix));
  }

  /**
   * @param {any[]} tests
   * @param {any} watcher
   * @param {{ serial: boolean }} options
   */
  async runTests(tests, watcher, options) {
    const heavy = tests.filter((t) => this.isHeavy(t));
    const light = tests.filter((t) => !this.isHeavy(t));
    if (options.serial || heavy.length === 0 || light.length === 0) {
      // one lane: in band, all light, or all heavy (then one at a time)
      const workers = options.serial || light.length > 0 ? this._globalConfig.maxWorkers : 1;
      return this.runLane(tests, watcher, options, workers, undefined);
    }
    const slots = new Slots(this._globalConfig.maxWorkers);
    const heavyLane = async () => {
      await slots.acquire();
      try {
        await this.runLane(heavy, watcher, options, 1, undefined);
      } finally {
        slots.release();
      }
    };
    await Promise.all([heavyLane(), this.runLane(light, watcher, options, this._globalConfig.maxWorkers, slots)]);
  }

  /**
   * @param {any[]} tests
   * @param {any} watcher
   * @param {{ serial: boolean }} options
   * @param {number} maxWorkers
   * @param {Slots | undefined} slots taken by each suite of this lane while it runs
   */
  async runLane(tests, watcher, options, maxWorkers, slots) {
    const runner = new JestRunner({ ...this._globalConfig, maxWorkers }, this._context);
    const forward = (/** @type {string} */ name) => runner.on(/** @type {any} */ (name), (data) => this.emit(name, data));
    runner.on('test-file-start', async (data) => {
      if (slots) await slots.acquire();
      await this.emit('test-file-start', data);
    });
    for (const name of ['test-file-success', 'test-file-failure']) {
      runner.on(/** @type {any} */ (name), async (data) => {
        if (slots) slots.release();
        await this.emit(name, data);
      });
    }
    forward('test-case-start');
    forward('test-case-result');
    await runner.runTests(tests, watcher, options);
  }

  /**
   * @param {string} name
   * @param {(data: any) => unknown} listener
   */
  on(name, listener) {
    const set = this.listeners.get(name) ?? new Set();
    this.listeners.set(name, set);
    set.add(listener);
    return () => { set.delete(listener); };
  }

  /**
   * @param {string} name
   * @param {unknown} data
   */
  async emit(name, data) {
    await Promise.all([...(this.listeners.get(name) ?? [])].map((listener) => listener(data)));
  }
}

/** A count of running suites no greater than the worker slots; waiters are served in order. */
class Slots {
  /** @param {number} size */
  constructor(size) {
    this.free = size;
    /** @type {(() => void)[]} */
    this.waiting = [];
  }

  /** @returns {Promise<void>} */
  acquire() {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => { this.waiting.push(resolve); });
  }

  release() {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

module.exports = LaneRunner;
