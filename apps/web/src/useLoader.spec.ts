import { serialLoader } from './useLoader';

/** A load whose answers the test releases one by one, in the order it chooses. */
function controlledLoad() {
  const subject = { value: 'first project' };
  const shown = { value: '' };
  const waiting: Array<() => void> = [];
  const load = async () => {
    const asked = subject.value;
    await new Promise<void>((answer) => waiting.push(answer));
    shown.value = asked;
  };
  /** Answers the newest pending call first (the order that overwrote a newer answer before), until none is left. */
  const answerNewestFirst = async (done: Promise<void>) => {
    let settled = false;
    void done.then(() => { settled = true; });
    while (!settled) {
      waiting.pop()?.();
      await new Promise((r) => setImmediate(r));
    }
  };
  return { subject, shown, waiting, load, answerNewestFirst };
}

/** Lets the first requested load start (it runs from a microtask), so the next change comes while it is in flight. */
const inFlight = () => new Promise((r) => setImmediate(r));

describe('the page loader', () => {
  it('given a load in flight, when the user picks another subject and its answer would come first, then the screen shows the subject picked last', async () => {
    const page = controlledLoad();
    const loader = serialLoader(page.load);
    const first = loader.run();
    await inFlight();
    page.subject.value = 'P29';
    const second = loader.run();

    await page.answerNewestFirst(Promise.all([first, second]));

    expect(page.shown.value).toBe('P29');
    expect(loader.loading.value).toBe(false);
  });

  it('given a load in flight, when several changes come meanwhile, then one more load runs after it, with the latest subject', async () => {
    const page = controlledLoad();
    let calls = 0;
    const loader = serialLoader(async () => { calls += 1; await page.load(); });
    loader.run();
    await inFlight();
    page.subject.value = 'P30';
    loader.run();
    page.subject.value = 'P29';
    const last = loader.run();
    expect(loader.loading.value).toBe(true);

    await page.answerNewestFirst(last);

    expect(calls).toBe(2);
    expect(page.shown.value).toBe('P29');
    expect(loader.loading.value).toBe(false);
  });

  it('a failed load shows its error until a later load succeeds', async () => {
    let fail = true;
    const loader = serialLoader(async () => { if (fail) throw new Error('查询失败：读模型尚未就绪'); });
    await loader.run();
    expect(loader.error.value).toBe('查询失败：读模型尚未就绪');
    expect(loader.loading.value).toBe(false);
    fail = false;
    await loader.run();
    expect(loader.error.value).toBe('');
  });
});
