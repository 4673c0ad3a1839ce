// Regressions: each test is a bug that was seen and fixed, written as the behaviour that must
// hold (clipped node names, overflowing figures, too many tab stops, a stale paste error,
// unreadable ring labels on a phone).
import { openApp, untilEqual } from './helpers.mjs';

/** The name span of a node row: the element whose title is the full name. */
const nameCell = (u, name) => u.nodeRow(name).getByRole('rowheader').getByTitle(name, { exact: true });

async function clipped(u, name) {
  return nameCell(u, name).evaluate((el) => ({ shown: el.clientWidth, needed: el.scrollWidth }));
}

const REGRESSIONS = [
  {
    name: 'node names are readable in the node table at 1280×800 (English), before and after a kill',
    fn: async (t) => {
      const u = await openApp(t, '/');
      for (const name of ['node1', 'node2', 'node3', 'node4']) {
        const c = await clipped(u, name);
        t.assert.ok(c.needed <= c.shown, `${name} is cut: ${c.shown}px shown of ${c.needed}px`);
      }
      await u.killButton('node1').click();
      await u.reviveButton('node1').waitFor();
      for (const name of ['node1', 'node2', 'node3', 'node4']) {
        const c = await clipped(u, name);
        t.assert.ok(c.needed <= c.shown, `after a kill ${name} is cut: ${c.shown}px shown of ${c.needed}px`);
      }
    },
  },
  {
    name: 'with 100 nodes (one dead) and 1,000,000 keys every name in the node table is readable (1280×800)',
    fn: async (t) => {
      const names = Array.from({ length: 100 }, (_, i) => (i === 6 ? 'n7!' : `n${i + 1}`));
      const u = await openApp(t, `/#v=1&n=${names.join(',')}&vn=160&k=1000000&s=ring`);
      await untilEqual(u.keyCount, 1_000_000, 'key count', 30_000);
      await u.showAllNodes();
      const cut = [];
      for (const name of ['n1', 'n50', 'n100']) {
        const c = await clipped(u, name);
        if (c.needed > c.shown) cut.push(`${name}: ${c.shown}px of ${c.needed}px`);
      }
      t.assert.deepEqual(cut, [], 'names cut in the 100-node table');
    },
  },
  {
    name: 'the statistics figures fit their tiles with 1,000,000 keys (1280×800)',
    fn: async (t) => {
      const u = await openApp(t, '/#v=1&n=a,b,c,d&vn=16&k=1000000&s=ring');
      await untilEqual(u.keyCount, 1_000_000, 'key count', 30_000);
      const over = await u.stats.getByRole('definition').evaluateAll((dds) =>
        dds.filter((dd) => dd.scrollWidth > dd.clientWidth).map((dd) => `${dd.textContent}: ${dd.scrollWidth}px in ${dd.clientWidth}px`),
      );
      t.assert.deepEqual(over, [], 'figures spilling out of their tiles');
    },
  },
  {
    name: 'Tab gets past the ring in a few presses (its ticks are reached with the arrow keys)',
    fn: async (t) => {
      const u = await openApp(t, '/');
      await u.schemeButton('R.SchemeArticle').focus();
      let presses = 0;
      const inNodes = () => u.nodes.evaluate((panel) => panel.contains(document.activeElement));
      while (!(await inNodes()) && presses < 200) {
        await u.page.keyboard.press('Tab');
        presses++;
      }
      // The figure (1), the legend's four chips (4), then the Nodes panel: about 6.
      t.assert.ok(presses <= 10, `${presses} Tab presses from the scheme switch to the Nodes panel`);
    },
  },
  {
    name: 'an old paste error does not stay next to a new pasted text',
    fn: async (t) => {
      const u = await openApp(t, '/');
      await u.pasteSummary.click();
      await u.pasteArea.fill('ok-1\nbad\tkey');
      await u.pasteAddButton.click();
      await u.keys.getByRole('alert').filter({ hasText: /Line 2/ }).waitFor();
      await u.pasteArea.evaluate((el) => {
        const data = new DataTransfer();
        data.setData('text/plain', Array.from({ length: 20_000 }, (_, i) => `fine-${i}`).join('\n'));
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await u.pasteHeld.waitFor();
      t.assert.deepEqual(await u.alerts(), [], 'the "Line 2: … control characters" error still shows beside a paste with no such line');
    },
  },
  {
    name: 'on a 390×844 phone the ring hub and the top mark are at least 10 px',
    fn: async (t) => {
      const page = await t.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const u = await openApp(t, '/', { page });
      const small = await u.ringFigure.evaluate((fig) => {
        const out = [];
        const walker = document.createTreeWalker(fig, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const el = walker.currentNode.parentElement;
          const text = walker.currentNode.textContent.trim();
          if (!text || el.getBoundingClientRect().width === 0) continue;
          let px = parseFloat(getComputedStyle(el).fontSize);
          if (el instanceof SVGElement) {
            const m = el.getScreenCTM();
            px *= Math.hypot(m.a, m.b);
          }
          if (px < 10) out.push(`${text.slice(0, 30)}: ${px.toFixed(1)}px`);
        }
        return out;
      });
      t.assert.deepEqual(small, [], 'text too small to read on a phone');
    },
  },
];

export default REGRESSIONS;
