// Bad input: each refusal shows a clear message next to its input (the input is aria-invalid
// and aria-describedby points at the message), nothing already built is lost (nodes, keys,
// vnodes and the link are unchanged), and the console stays clean (the runner fails a test on
// console errors). HTML in a name is text: no <img> element, no dialog.
import { openApp, until, untilEqual } from './helpers.mjs';

/** Submit, then check the message next to `input` and that nothing changed. */
async function refused(t, u, input, submit, expected, what) {
  const before = await u.snapshot();
  await submit();
  await untilEqual(() => u.describedBy(input), expected, `${what}: message next to the input`);
  t.assert.ok(await u.invalid(input), `${what}: the input is aria-invalid`);
  t.assert.ok(await u.page.getByRole('alert').filter({ hasText: expected }).isVisible(), `${what}: message visible`);
  t.assert.deepEqual(await u.snapshot(), before, `${what}: nothing changed`);
  t.log(`${what} → ${expected}`);
}

export default [
  {
    name: 'node names: duplicate, 65 characters, tab, BEL are refused next to the name field',
    fn: async (t) => {
      const { assert } = t;
      const u = await openApp(t, '/');
      const add = () => u.addNodeButton.click();
      await u.nodeName.fill('node1');
      await refused(t, u, u.nodeName, add, u.t('C.DuplicateNode', 'node1'), 'duplicate name');
      assert.equal(await u.invalid(u.nodeWeight), false, 'the weight is not blamed');
      assert.equal(await u.nodeName.inputValue(), 'node1', 'the typed name survives a refusal');

      await u.nodeName.fill('  node2  ');
      await refused(t, u, u.nodeName, add, u.t('C.DuplicateNode', 'node2'), 'duplicate after trimming');

      await u.nodeName.fill('n'.repeat(65));
      await refused(t, u, u.nodeName, add, u.t('C.NameTooLong', 64), '65-character name');

      await u.nodeName.fill('bad\tname');
      assert.equal(await u.nodeName.inputValue(), 'bad\tname', 'the field holds the tab');
      await refused(t, u, u.nodeName, add, u.t('C.ControlCharacter'), 'tab in a name');

      // A BEL cannot be typed: insert it as text input (as a paste or an IME would).
      await u.nodeName.fill('');
      await u.nodeName.focus();
      await u.page.keyboard.insertText('bell\u0007node');
      assert.equal(await u.nodeName.inputValue(), 'bell\u0007node');
      await refused(t, u, u.nodeName, add, u.t('C.ControlCharacter'), 'BEL in a name');

      // Fixing the name clears the error.
      await u.nodeName.fill('node5');
      await add();
      await u.nodeRow('node5').waitFor();
      assert.equal(await u.invalid(u.nodeName), false);
      assert.deepEqual(await u.alerts(), []);
    },
  },
  {
    name: 'node names: empty takes the suggestion; 64 characters and 64 CJK characters are accepted',
    fn: async (t) => {
      const { assert } = t;
      const u = await openApp(t, '/');
      await u.nodeName.fill('   ');
      await u.addNodeButton.click();
      await u.nodeRow('node5').waitFor();
      const long = 'L'.repeat(64);
      await u.addNode(long, 1);
      await u.nodeRow(long).waitFor();
      const cjk = '节'.repeat(64); // 64 characters, 192 bytes: the limit counts characters
      await u.addNode(cjk, 1);
      await u.nodeRow(cjk).waitFor();
      assert.deepEqual(await u.nodeCount(), { total: 7, live: 7 });
      assert.deepEqual(await u.alerts(), []);
      await untilEqual(async () => (await u.hash()).includes(`,${cjk}&`), true, 'the CJK name in the link');
    },
  },
  {
    name: '<img src=x onerror=alert(1)> as a node and key name renders as text, in the page and via a link',
    fn: async (t) => {
      const { assert } = t;
      const evil = '<img src=x onerror=alert(1)>';
      const dialogs = [];
      const watch = (page) => page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
      watch(t.page);
      const u = await openApp(t, '/');
      const images = () => u.page.evaluate(() => document.querySelectorAll('img').length);

      await u.addNode(evil, 2);
      await u.nodeRow(evil).waitFor();
      await u.legendChip(evil).waitFor();
      assert.equal(await u.rowWeight(evil).inputValue(), '2');
      await u.killButton(evil).click();
      await u.movesCause('R.ChangeKilled', evil).waitFor();
      await u.addKeyName.fill('<script>alert(2)</script>');
      await u.addKeyButton.click();
      await u.ring.getByText(u.t('R.LookupTitle', '<script>alert(2)</script>'), { exact: true }).waitFor();
      assert.equal(await images(), 0, 'no <img> element');
      assert.equal(await u.page.evaluate(() => document.querySelectorAll('main script').length), 0, 'no <script> element');

      // Through the link it made.
      const link = await u.page.evaluate(() => location.hash);
      assert.ok(link.includes('%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E*2!'), link);
      const other = await t.newPage();
      watch(other);
      const v = await openApp(t, `/${link}`, { page: other });
      await v.nodeRow(evil).waitFor();
      assert.equal(await v.nodeState(evil), v.t('P.Dead'));
      assert.equal(await other.evaluate(() => document.querySelectorAll('img').length), 0);
      // Give a stray onerror a chance to fire: the next frames after all images would load.
      await other.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      assert.deepEqual(dialogs, [], 'no dialog opened');
    },
  },
  {
    name: 'weight 0, 101, "abc", "1e", 2.5, -3 and 99999999999 are refused next to the weight field',
    fn: async (t) => {
      const { assert } = t;
      const u = await openApp(t, '/');
      const add = () => u.addNodeButton.click();
      await u.nodeName.fill('heavy');
      for (const [w, msg] of [
        ['0', u.t('C.WeightOutOfRange', 0, 1, 100)],
        ['101', u.t('C.WeightOutOfRange', 101, 1, 100)],
        ['abc', u.t('C.NotANumber', 'abc')],
        ['1e', u.t('C.NotANumber', '1e')],
        ['2.5', u.t('C.NotANumber', '2.5')],
        ['-3', u.t('C.NotANumber', '-3')],
        // Too big for the core's u32: still the range message, not "not a whole number".
        ['99999999999', u.t('C.WeightOutOfRange', 99999999999, 1, 100)],
      ]) {
        await u.nodeWeight.fill('');
        await u.nodeWeight.pressSequentially(w); // typed, as a user would
        assert.equal(await u.nodeWeight.inputValue(), w, `the field takes ${JSON.stringify(w)}`);
        await refused(t, u, u.nodeWeight, add, msg, `weight ${w}`);
        assert.equal(await u.invalid(u.nodeName), false, `weight ${w}: the name is not blamed`);
        assert.equal(await u.nodeWeight.inputValue(), w, 'the typed weight survives a refusal');
      }
      // An empty weight field means the default, 1 (documented in panel_node_form.rs).
      await u.nodeWeight.fill('');
      await add();
      await u.nodeRow('heavy').waitFor();
      assert.equal(await u.rowWeight('heavy').inputValue(), '1');
      // 100 is the top of the range.
      await u.nodeName.fill('heavier');
      await u.nodeWeight.fill('100');
      await add();
      await u.nodeRow('heavier').waitFor();
      assert.equal(await u.rowWeight('heavier').inputValue(), '100');
    },
  },
  {
    name: "a row's weight box refuses 0 under its row; Escape restores the weight",
    fn: async (t) => {
      const { assert } = t;
      const u = await openApp(t, '/');
      const box = u.rowWeight('node2');
      const before = await u.snapshot();
      await box.fill('0');
      await box.press('Enter');
      await untilEqual(() => u.describedBy(box), u.t('C.WeightOutOfRange', 0, 1, 100), 'row error');
      assert.ok(await u.invalid(box));
      assert.equal(await box.inputValue(), '0', 'the refused value stays beside its message');
      assert.deepEqual(await u.snapshot(), before);
      await box.press('Escape');
      await untilEqual(() => box.inputValue(), '1', 'Escape puts the weight back');
      await box.fill('101');
      await box.press('Enter');
      await untilEqual(() => u.describedBy(box), u.t('C.WeightOutOfRange', 101, 1, 100), 'row error');
      assert.deepEqual(await u.snapshot(), before);
    },
  },
  {
    name: 'vnodes 2000, 0, 2.5, "x" and 99999999999 are refused next to the vnodes field',
    fn: async (t) => {
      const { assert } = t;
      const u = await openApp(t, '/');
      const enter = () => u.vnodesNumber.press('Enter');
      for (const [v, msg] of [
        ['2000', u.t('C.VnodesOutOfRange', 2000, 1, '1,024')],
        ['0', u.t('C.VnodesOutOfRange', 0, 1, '1,024')],
        ['2.5', u.t('C.NotANumber', '2.5')],
        ['x', u.t('C.NotANumber', 'x')],
        ['99999999999', u.t('C.VnodesOutOfRange', 99999999999, 1, '1,024')],
      ]) {
        await u.vnodesNumber.fill(v);
        await refused(t, u, u.vnodesNumber, enter, msg, `vnodes ${v}`);
        assert.equal(await u.vnodesNumber.inputValue(), v, 'the refused value stays in the box');
      }
      assert.equal(await u.vnodesSlider.getAttribute('aria-valuetext'), u.t('P.VnodesValueText', 16));
      await u.vnodesNumber.fill('1024');
      await enter();
      await untilEqual(u.pointCount, 4096, 'vnodes on the ring at the top of the range');
      assert.deepEqual(await u.alerts(), []);
    },
  },
  {
    name: 'generating 2,000,000 keys (or +1,000,000 on top of 400, or 99,999,999,999, or "ten") is refused; nothing is added',
    fn: async (t) => {
      const u = await openApp(t, '/');
      const tooMany = (n) => `${u.t('C.TooManyKeys', n, '1,000,000')} ${u.t('C.NothingAdded')}`;
      await u.generateCount.fill('2000000');
      await refused(t, u, u.generateCount, () => u.generateButton.click(), tooMany('2,000,400'), 'generate 2,000,000');
      await refused(t, u, u.generateCount, () => u.quickButton(1_000_000).click(), tooMany('1,000,400'), 'quick +1,000,000');
      await u.generateCount.fill('99999999999');
      await refused(t, u, u.generateCount, () => u.generateButton.click(), tooMany('100,000,000,399'), 'generate 99,999,999,999');
      await u.generateCount.fill('ten');
      await refused(t, u, u.generateCount, () => u.generateButton.click(), u.t('C.NotANumber', 'ten'), 'generate "ten"');
      t.assert.equal(await u.keysStatus.textContent(), '', 'no "added" status');
    },
  },
  {
    name: 'key names: empty, duplicate, 257 characters, unknown key to remove',
    fn: async (t) => {
      const u = await openApp(t, '/');
      const add = () => u.addKeyButton.click();
      await refused(t, u, u.addKeyName, add, u.t('C.EmptyName'), 'empty key');
      await u.addKeyName.fill('key-5');
      await refused(t, u, u.addKeyName, add, u.t('C.DuplicateKey', 'key-5'), 'duplicate key');
      await u.addKeyName.fill('k'.repeat(257));
      await refused(t, u, u.addKeyName, add, u.t('C.NameTooLong', 256), '257-character key');
      await u.removeKeyName.fill('no-such-key');
      await refused(t, u, u.removeKeyName, () => u.removeKeyButton.click(), u.t('C.UnknownKey', 'no-such-key'), 'remove unknown key');
    },
  },
  {
    name: 'a paste with one bad line adds nothing and keeps the text for fixing',
    fn: async (t) => {
      const { assert } = t;
      const u = await openApp(t, '/');
      await u.pasteSummary.click();
      await u.pasteArea.fill('fresh-1\nfresh\t2\nfresh-3');
      const msg = `${u.t('C.PasteLine', 2, u.t('C.ControlCharacter'))} ${u.t('C.NothingAdded')}`;
      await refused(t, u, u.pasteArea, () => u.pasteAddButton.click(), msg, 'tab on line 2');
      assert.equal(await u.pasteArea.inputValue(), 'fresh-1\nfresh\t2\nfresh-3');
      await u.pasteArea.fill('fresh-1\n\nfresh-2\nkey-3\nfresh-3');
      await u.pasteAddButton.click();
      await untilEqual(u.keyCount, 403, 'keys after the fixed paste');
      await u.keysStatus.filter({ hasText: u.t('P.KeysAddedSkipped', 3, 1) }).waitFor();
      assert.equal(await u.pasteArea.inputValue(), '', 'the box is emptied once the keys are on the ring');
    },
  },
  {
    name: 'a 1,000,000-line paste over the key limit is held, refused, and nothing is lost',
    fn: async (t) => {
      const { assert } = t;
      const u = await openApp(t, '/');
      await u.pasteSummary.click();
      await u.pasteArea.waitFor();
      // Big pastes never reach the text area (panel_key_paste.rs holds them from 100 kB on), so
      // dispatch a real paste event carrying the text, as the clipboard would.
      const started = Date.now();
      const bytes = await u.pasteArea.evaluate((el) => {
        const text = Array.from({ length: 1_000_000 }, (_, i) => `pasted-${i}`).join('\n');
        const data = new DataTransfer();
        data.setData('text/plain', text);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        return text.length;
      });
      await u.pasteHeld.waitFor();
      const mb = `${(bytes / 1e6).toFixed(1)} MB`;
      assert.equal((await u.pasteHeld.textContent()).trim(), `${u.t('P.PasteHeld', '1,000,000', mb)}${u.t('P.PasteDiscard')}`);
      assert.equal(await u.pasteArea.count(), 0, 'the text area is replaced by the summary');

      const before = await u.snapshot();
      await u.pasteAddButton.click();
      // The limit is crossed at line 999,601 (400 keys already on the ring).
      const msg = `${u.t('C.PasteLine', '999,601', u.t('C.TooManyKeys', '1,000,400', '1,000,000'))} ${u.t('C.NothingAdded')}`;
      await u.keys.getByRole('alert').filter({ hasText: msg }).waitFor({ timeout: 20_000 });
      t.log(`paste + refusal took ${Date.now() - started} ms`);
      assert.deepEqual(await u.snapshot(), before, 'nothing changed');
      await u.pasteHeld.waitFor();
      await u.pasteDiscardButton.click();
      await u.pasteArea.waitFor();
    },
  },
  {
    name: 'a 200,000-line paste under the limit is added',
    fn: async (t) => {
      const u = await openApp(t, '/');
      await u.pasteSummary.click();
      await u.pasteArea.evaluate((el) => {
        const data = new DataTransfer();
        data.setData('text/plain', Array.from({ length: 200_000 }, (_, i) => `bulk-${i}`).join('\n'));
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await u.pasteHeld.waitFor();
      await u.pasteAddButton.click();
      await untilEqual(u.keyCount, 200_400, 'keys after the big paste', 20_000);
      await u.keysStatus.filter({ hasText: u.t('P.KeysAdded', '200,000') }).waitFor();
      await u.pasteArea.waitFor();
      // Named keys beyond 16,000 link characters are left out of the link, and the page says so.
      await u.page.getByRole('status').filter({ hasText: u.t('C.LinkTruncated', '16,000') }).waitFor();
      await until(async () => (await u.page.evaluate(() => location.hash.length)) < 20_000, { message: 'a short link' });
    },
  },
];
