import { expect } from '@esm-bundle/chai';
import { runStepsInSlices } from '../../src/validate/yield-to-page.js';

/** Steps that keep the page busy for about `milliseconds`, in steps of one millisecond. */
function* busySteps(milliseconds: number): Generator<void, number> {
  const end = performance.now() + milliseconds;
  let steps = 0;
  while (performance.now() < end) {
    const stepEnd = performance.now() + 1;
    while (performance.now() < stepEnd);
    steps += 1;
    yield;
  }
  return steps;
}

describe('work done ahead (`ahead`)', () => {
  it("lets the page's own tasks go first: a timer set while it runs fires long before it ends", async () => {
    let timerFiredAt = Infinity;
    const started = performance.now();
    // The page's own script (a site's, the map's drawing) asks for a turn as the work starts.
    setTimeout(() => (timerFiredAt = performance.now()), 0);
    const work = runStepsInSlices(busySteps(400), { sliceMilliseconds: 4, ahead: true });
    const steps = await work;
    const endedAt = performance.now();
    expect(steps).to.be.above(10);
    expect(timerFiredAt - started, 'the timer waited for the whole work').to.be.below((endedAt - started) / 2);
  });

  it("goes on, between the page's own tasks, on a page that is never idle", async () => {
    // The page's own work: a task of 5 ms, again and again without a pause, for two seconds.
    let busy = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const end = performance.now() + 5;
      while (performance.now() < end);
      if (busy) channel.port2.postMessage(null);
      else channel.port1.close();
    };
    channel.port2.postMessage(null);
    const stopBusy = new Promise<'page busy to the end'>((resolve) =>
      setTimeout(() => {
        busy = false;
        resolve('page busy to the end');
      }, 2000),
    );
    const work = runStepsInSlices(busySteps(40), { sliceMilliseconds: 4, ahead: true }).then(() => 'work done');
    expect(await Promise.race([work, stopBusy])).to.equal('work done');
    busy = false;
  });

  it('still ends, and gives what the steps return', async () => {
    function* counted(): Generator<number, string> {
      for (let step = 0; step < 5; step += 1) yield step;
      return 'done';
    }
    expect(await runStepsInSlices(counted(), { sliceMilliseconds: 0, ahead: true })).to.equal('done');
  });
});
