// Smoke test: the built app loads, mounts, and logs no console errors.
export default [
  {
    name: 'app loads and renders',
    fn: async (t) => {
      const page = await t.open('/'); // waits until #app or <main> has content
      const text = await page.evaluate(
        () => (document.querySelector('#app') || document.querySelector('main')).textContent.trim(),
      );
      t.assert.ok(text.length > 0, 'app root is empty');
      await t.screenshot('smoke');
    },
  },
];
